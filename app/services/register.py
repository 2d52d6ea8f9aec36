"""The register and the dashboard: which requests are due when."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.calendar import WorkCalendar
from app.domain.dashboard import LetterStage
from app.domain.deadlines import URGENCY_WINDOWS, Urgency, request_urgency
from app.domain.requests import Status
from app.services import deadlines
from app.services.context import Context
from app.storage import queries, register_search
from app.storage.models import Request
from app.storage.queries import RequestFilter


def urgency_filter(
    ctx: Context,
    which: str,
    base: RequestFilter | None = None,
    calendar: WorkCalendar | None = None,
) -> RequestFilter:
    """The filter that shows the dashboard's bucket ``which`` (an :class:`Urgency` value);
    ``calendar`` saves reading the working days again."""
    f = dataclasses.replace(base or RequestFilter(), open_only=True)
    today = ctx.today()
    which = Urgency(which)

    def working() -> WorkCalendar:
        if calendar is not None:
            return calendar
        with ctx.read() as session:
            return deadlines.load_calendar(session)

    if which is Urgency.OVERDUE:
        f.breached_before = today  # extended late stays among the overdue
    elif which is Urgency.TODAY:
        f.due_on = today
    elif which in URGENCY_WINDOWS:
        f.due_after = today
        f.due_on_or_before = working().add_working_days(today, URGENCY_WINDOWS[which])
    elif which is Urgency.STOPPED:
        f.clock_stopped = True
    elif which is Urgency.LATER:
        f.due_after = working().add_working_days(today, URGENCY_WINDOWS[Urgency.WITHIN_10])
    return f


def due_within_filter(ctx: Context, days: int, base: RequestFilter | None = None) -> RequestFilter:
    f = dataclasses.replace(base or RequestFilter(), open_only=True)
    with ctx.read() as session:
        calendar = deadlines.load_calendar(session)
    f.due_on_or_before = calendar.add_working_days(ctx.today(), days)
    f.due_after = None
    return f


def list_requests(ctx: Context, f: RequestFilter, limit: int | None = None) -> list[Request]:
    with ctx.read() as session:
        stmt = queries.request_select(f)
        if limit:
            stmt = stmt.limit(limit)
        return list(session.exec(stmt).all())


def count(ctx: Context, f: RequestFilter) -> int:
    with ctx.read() as session:
        return queries.count(session, f)


def count_of(ctx: Context, c: Criteria) -> int:
    """How many requests the register shows for ``c``."""
    return count(ctx, to_filter(ctx, c))


# The dashboard's tiles, in their order: each is a set of register criteria, so a tile's count
# and the register it opens are the same query.
TILES: tuple[tuple[str, dict], ...] = (
    ("overdue", {"urgency": Urgency.OVERDUE.value}),
    ("due_today", {"urgency": Urgency.TODAY.value}),
    ("due_within_3", {"urgency": Urgency.WITHIN_3.value}),
    ("due_within_10", {"urgency": Urgency.WITHIN_10.value}),
    ("clock_stopped", {"urgency": Urgency.STOPPED.value}),
    ("answers_to_print", {"letters": LetterStage.TO_PRINT.value}),
    ("letters_to_post", {"letters": LetterStage.TO_POST.value}),
    ("awaiting_delivery", {"letters": LetterStage.AWAITING_DELIVERY.value}),
)
TILE_NAMES = tuple(name for name, _ in TILES)


def tile_filters(name: str, operator_id: int | None = None, assignee: str | None = None) -> dict:
    """The register filters (``Criteria`` fields) that list tile ``name``."""
    found = dict(TILES)[name]
    extra = {"operator_id": operator_id, "assignee": assignee}
    return {**found, **{k: v for k, v in extra.items() if v is not None}}


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    open: int
    overdue: int
    due_today: int
    due_within_3: int
    due_within_10: int
    clock_stopped: int
    answers_to_print: int
    letters_to_post: int
    awaiting_delivery: int
    answer_ready: int
    nearest: tuple[Request, ...]
    operator_id: int | None = None
    assignee: str | None = None

    def counts(self) -> dict[str, int]:
        """Every tile's count (and the open and answer-ready totals)."""
        tiles = {name: getattr(self, name) for name in TILE_NAMES}
        return {"open": self.open, **tiles, "answer_ready": self.answer_ready}


def dashboard(
    ctx: Context,
    operator_id: int | None = None,
    nearest: int = 10,
    assignee: str | None = None,
) -> Dashboard:
    """Every tile's count for one operator and one assignee ("" = nobody; None = any)."""
    today = ctx.today()
    base = Criteria(operator_id=operator_id, assignee=assignee)
    with ctx.read() as session:
        calendar = _calendar(session)  # its working-day totals kept from the last call

        def f(**kw) -> RequestFilter:
            return to_filter(ctx, dataclasses.replace(base, **kw), calendar)

        # Each tile is its register filter counted: an index range each (one query summing
        # every tile over the open requests measured several times slower on 200 000), all
        # in one statement (one round trip)
        open_filter = f(status=OPEN)
        filters = {name: f(**criteria) for name, criteria in TILES}
        filters["open"] = open_filter
        filters["answer_ready"] = f(status=Status.ANSWER_READY.value)
        counts = queries.counts(session, filters)
        near = queries.soonest_due(session, open_filter, nearest)
        return Dashboard(
            today=today,
            nearest=tuple(near),
            operator_id=operator_id,
            assignee=assignee,
            **counts,
        )


def assignees(ctx: Context) -> list[str]:
    """Every assignee named on a request, in order."""
    with ctx.read() as session:
        return queries.assignees(session)


# -- the register screen ------------------------------------------------------------------------

OPEN = "open"  # a pseudo-status for Criteria.status: every status that still owes an answer


@dataclass(frozen=True)
class Criteria:
    """What the officer asked the register to show, as plain values (the screen's filter bar)."""

    type: str | None = None
    status: str | None = None  # a Status value, or OPEN
    urgency: str | None = None  # an Urgency value (the dashboard's buckets)
    letters: str | None = None  # a LetterStage value (the dashboard's letter tiles)
    due_on: dt.date | None = None  # due that day (the dashboard's calendar)
    operator_id: int | None = None
    assignee: str | None = None  # "" = nobody assigned
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    search: str = ""
    sort: str = "reg_number"
    descending: bool = True


def to_filter(ctx: Context, c: Criteria, calendar: WorkCalendar | None = None) -> RequestFilter:
    f = RequestFilter(
        types=(c.type,) if c.type else (),
        operator_id=c.operator_id,
        assignee=c.assignee,
        received_from=c.received_from,
        received_to=c.received_to,
        search=c.search,
        sort=c.sort,
        descending=c.descending,
        letters=LetterStage(c.letters).value if c.letters else None,
        due_on=c.due_on,
    )
    if c.status == OPEN:
        f.open_only = True
    elif c.status:
        f.statuses = (c.status,)
    if c.urgency:
        f = urgency_filter(ctx, c.urgency, f, calendar)
    return f


def ids(ctx: Context, c: Criteria) -> list[int]:
    """The ids of the requests the register shows for ``c``, in its order (one query)."""
    f = to_filter(ctx, c)
    with ctx.read() as session:
        return queries.request_ids(session, f)


@dataclass(frozen=True)
class RegisterRow:
    """One line of the register, ready to show."""

    id: int
    reg_number: str
    received_date: dt.date
    sender: str
    subject_id: int | None
    subject_name: str
    type: str
    status: str
    due_date: dt.date | None
    remaining_days: int | None  # working days left when the clock stopped
    days_left: int | None  # working days from today to the due date (negative: overdue)
    urgency: Urgency
    assignee: str
    operator_id: int
    operator_name: str
    late_days: int = 0  # extended after the deadline had passed by this many working days


def rows(ctx: Context, request_ids: Sequence[int]) -> list[RegisterRow]:
    """Display rows for ``request_ids`` in their order, from one query."""
    with ctx.read() as session:
        calendar = deadlines.load_calendar(session)
        found = queries.register_rows(session, request_ids)
    return _display(found, calendar, ctx.today())


@dataclass(frozen=True)
class Head:
    """How many requests the criteria select and the first rows of them; ``ids`` holds every
    id when the first rows were all of them (else None)."""

    count: int
    rows: list[RegisterRow]
    ids: list[int] | None = None


# The rows the register reads at once: its first page for every criteria, and each page the
# view fetches as it scrolls. More than a screenful (a full-height window shows some forty);
# fewer rows a page are less to read, order and join for each keystroke of a search (on
# PostgreSQL at a million subjects a name search's first page of 200 took 11 ms, of 100 8 ms).
PAGE = 100


def head(ctx: Context, c: Criteria, size: int = PAGE) -> Head:
    """The count and the first ``size`` rows for ``c``: what the register shows at once. Two
    index reads (a LIMIT in the register's order, and a count), never every id."""
    return window(ctx, c, 0, size, counted=True)


def window(ctx: Context, c: Criteria, first: int, size: int, counted: bool = False) -> Head:
    """The rows ``first`` to ``first + size`` for ``c`` in the register's order (one LIMIT/OFFSET
    id query, then their rows), and with ``counted`` how many ``c`` selects (else -1)."""
    f = to_filter(ctx, c)
    with ctx.read() as session:
        calendar = _calendar(session)
        # The ids first, then their rows: ordering the narrow id query is much cheaper than
        # ordering the joined rows. One more id than asked tells whether a count is needed.
        if register_search.whole_iin_search(f):
            # one subject's requests: their rows at once, in order (one query, not three)
            rows = queries.register_page(session, f, size + 1, first)
            found = [r[0] for r in rows]
            total = -1
            if counted:
                total = _total(session, f, first, size, found)
            rows = rows[:size]
            every = found if first == 0 and total == len(found) else None
            return Head(total, _display(rows, calendar, ctx.today()), every)
        found = register_search.listed_ids(session, f)
        if found is not None:  # a name search alone: its ids, then one page of their rows
            rows = []
            if found.count:
                rows = queries.listed_page(session, found, f.sort, f.descending, size + 1, first)
            total = found.count if counted else -1
            every = [r[0] for r in rows] if first == 0 and total == len(rows) else None
            return Head(total, _display(rows[:size], calendar, ctx.today()), every)
        f = register_search.resolved(session, f)  # a name search's ids, read once
        total = -1
        if counted and f.search.strip() and not register_search.numeric_search(f):
            # a name search is counted first (its key indexes alone): how many match decides
            # how its page is read (a number's clause is the same either way)
            total = queries.count(session, f)
            found = queries.request_ids(session, f, size + 1, first, matches=total)
        else:  # a resolved name search alone: its count is its ids' (it picks the plan)
            matches = register_search.listed(f)
            found = queries.request_ids(session, f, size + 1, first, matches=matches)
        if counted and total < 0:
            total = register_search.listed(f)
            if total is None:
                total = _total(session, f, first, size, found)
        rows = queries.register_rows(session, found[:size])
    every = found if first == 0 and total == len(found) else None
    return Head(total, _display(rows, calendar, ctx.today()), every)


def _total(session, f: RequestFilter, first: int, size: int, found: list[int]) -> int:
    """How many ``f`` selects, given the ids ``found`` from ``first`` (one more than ``size``
    asked): the last page tells it without a count, unless it is empty past the first row
    (then the rows before it are counted)."""
    if len(found) <= size and (found or first == 0):
        return first + len(found)
    return queries.count(session, f)


_CALENDAR: list = []  # the last calendar read, with the overrides it was made of


def _calendar(session) -> WorkCalendar:
    """The calendar in force, the same instance while its overrides are unchanged: it keeps
    each year's running working-day totals (a fresh one counted a year day by day on every
    register page, a third of a search's time). The overrides are read as plain rows and the
    calendar built again only when they changed."""
    key = queries.calendar_key(session)
    if _CALENDAR and _CALENDAR[0] == key:
        return _CALENDAR[1]
    fresh = deadlines.load_calendar(session)
    _CALENDAR[:] = [key, fresh]
    return fresh


def _display(found, calendar, today: dt.date) -> list[RegisterRow]:
    """Register rows of display rows (:func:`app.storage.queries.register_rows`' columns, by
    position: a page is hundreds of rows, and looking each value up by its name cost a third
    of building them)."""
    by_key: dict[tuple, tuple[Urgency, int | None]] = {}  # a page shares few due dates
    out = []
    for r in found:
        (rid, number, received, sender, kind, status, due, remaining, assignee, subject_id,
         operator_id, surname, given, patronymic, short_name, name_ru, late) = r  # fmt: skip
        key = (status, due)
        if key not in by_key:
            by_key[key] = request_urgency(calendar, today, status, due)
        level, left = by_key[key]
        name = " ".join(p for p in (surname, given, patronymic) if p)
        out.append(
            RegisterRow(
                id=rid,
                reg_number=number,
                received_date=received,
                sender=sender,
                subject_id=subject_id,
                subject_name=name,
                type=kind,
                status=status,
                due_date=due,
                remaining_days=remaining,
                days_left=left,
                urgency=level,
                assignee=assignee,
                operator_id=operator_id,
                operator_name=short_name or name_ru,
                late_days=late or 0,
            )
        )
    return out


@dataclass(frozen=True)
class Page:
    """The ids of a register view and the rows of some of them (fetched together)."""

    ids: list[int]
    rows: list[RegisterRow]


def page(ctx: Context, c: Criteria, first: int = 0, size: int = 200) -> Page:
    """The ids for ``c`` and the display rows of ``size`` of them from row ``first``."""
    found = ids(ctx, c)
    return Page(found, rows(ctx, found[first : first + size]))
