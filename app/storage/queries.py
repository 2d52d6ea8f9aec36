"""The register's queries: one filter, turned into SQL that uses the indexes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import (
    Date,
    Integer,
    RowMapping,
    and_,
    any_,
    bindparam,
    func,
    intersect,
    or_,
    union,
)
from sqlalchemy import select as sa_select
from sqlalchemy import text as sql_text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from app.domain.dashboard import LetterStage
from app.domain.identifiers import is_valid_iin
from app.domain.names import name_keys
from app.domain.requests import OPEN_STATUSES, Status
from app.storage.letter_clauses import (  # noqa: F401 (the register's, re-exported)
    _letter_state,
    _Unindexed,
    final_answer,
    letter_stage_clause,
    letter_state_clause,
)
from app.storage.models import (
    AttachmentKey,
    ClockStopRow,
    ExtensionRow,
    Letter,
    Operator,
    Request,
    RequestNameKey,
    RequestSubjectKey,
    StatusChange,
    Subject,
)

SORTABLE = {
    "reg_number": (Request.reg_year, Request.reg_seq),
    "received_date": (Request.received_date,),
    "sender": (Request.sender,),
    "subject": (Subject.surname, Subject.given_name, Subject.patronymic),
    "type": (Request.type,),
    "status": (Request.status,),
    "due_date": (Request.due_date,),
    "assignee": (Request.assignee,),
    "operator": (Operator.short_name, Operator.name_ru),
    "id": (Request.id,),
}
# Sort keys whose columns live in another table (joined only when sorting by them).
_SORT_JOINS = {"subject": Subject, "operator": Operator}


@dataclass
class RequestFilter:
    statuses: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    operator_id: int | None = None
    assignee: str | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    open_only: bool = False
    due_before: dt.date | None = None  # due_date < this
    due_on_or_before: dt.date | None = None  # due_date <= this
    due_after: dt.date | None = None  # due_date > this
    due_on: dt.date | None = None
    # overdue now (due_date < this), or extended after the deadline had passed: a breach stays
    breached_before: dt.date | None = None
    clock_stopped: bool = False
    letters: str | None = None  # a LetterStage value: where the request's letters stand
    subject_id: int | None = None
    search: str = ""
    # the ids a name search found (:func:`resolved`, PostgreSQL), in place of its text
    within: tuple[int, ...] | None = None
    sort: str = "reg_number"
    descending: bool = True
    extra: dict = field(default_factory=dict)


def _where(stmt, f: RequestFilter, dense: bool = False):
    status = _status_part(f)
    if f.breached_before is None:
        stmt = stmt.where(*(col(Request.status).in_(v) for v in status))
    else:  # the status goes inside each of the breach's two ranges
        stmt = stmt.where(_breached(f.breached_before, status))
    if f.types:
        stmt = stmt.where(col(Request.type).in_(list(f.types)))
    if f.operator_id is not None:
        stmt = stmt.where(Request.operator_id == f.operator_id)
    if f.assignee is not None:
        stmt = stmt.where(Request.assignee == f.assignee)
    if f.subject_id is not None:
        stmt = stmt.where(Request.subject_id == f.subject_id)
    if f.received_from is not None:
        stmt = stmt.where(Request.received_date >= f.received_from)
    if f.received_to is not None:
        stmt = stmt.where(Request.received_date <= f.received_to)
    if f.due_before is not None:
        stmt = stmt.where(Request.due_date < f.due_before)
    if f.due_on_or_before is not None:
        stmt = stmt.where(Request.due_date <= f.due_on_or_before)
    if f.due_after is not None:
        stmt = stmt.where(Request.due_date > f.due_after)
    if f.due_on is not None:
        stmt = stmt.where(Request.due_date == f.due_on)
    if f.clock_stopped:
        stmt = stmt.where(Request.status == Status.WAITING.value)
    if f.letters:
        stmt = stmt.where(letter_stage_clause(LetterStage(f.letters)))
    text = f.search.strip()
    if text:
        stmt = stmt.where(_search_clause(text, dense))
    if f.within is not None:  # one array parameter (thousands of bound values cost more)
        found = bindparam("within", list(f.within), type_=ARRAY(Integer))
        stmt = stmt.where(col(Request.id) == any_(found))
    return stmt


def _status_part(f: RequestFilter) -> list[list[str]]:
    """The status part of ``f`` (open only, its statuses): the lists it must be in."""
    found = []
    if f.open_only:
        found.append(sorted(s.value for s in OPEN_STATUSES))
    if f.statuses:
        found.append(list(f.statuses))
    return found


def _breached(before: dt.date, status: list[list[str]]):
    """Due before ``before``, or extended after the deadline had passed (a breach stays),
    with the status in each of ``status``.

    Two index ranges, not a look at every request of the status: the due part a range of
    (status, due date), the late extensions (few) a list of ids looked up by their key, their
    status checked on the row (``_Unindexed``: SQLite would otherwise read the whole status
    range and test each id against the list)."""
    late = select(ExtensionRow.request_id).where(ExtensionRow.late_days > 0)
    extended = col(Request.id).in_(late.correlate(None))
    return or_(
        and_(*(col(Request.status).in_(v) for v in status), Request.due_date < before),
        and_(extended, *(_Unindexed(Request.status).in_(v) for v in status)),
    )


def _search_clause(text: str, dense: bool = False):
    """Registration number, IIN, or a name in any script (the subject's, the sender's as
    written, or a word of a scanned letter).

    Only clauses that can match are added. Names are index ranges (:func:`name_ids`); a
    registration number is a substring of it. ``dense``: the names match many requests, so
    the register's order is read from its index and each id checked against the matches
    (``id + 0`` keeps SQLite from looking up every match by its id and sorting them all).
    """
    clauses = []
    digits = text.replace(" ", "")
    whole_iin = len(digits) == 12 and is_valid_iin(digits)
    # registration numbers always hold digits; no numbering pattern makes twelve in a row, so a
    # whole IIN is looked up by its index alone (a substring would read every request)
    if any(ch.isdigit() for ch in text) and not whole_iin:
        clauses.append(col(Request.reg_number).contains(text))
    if digits.isdigit():  # an IIN or a number: no name is made of digits
        # a whole IIN is one key of the IIN index (a range would leave the planner guessing)
        iin_clause = Subject.iin == digits if whole_iin else key_prefix(Subject.iin, digits)
        iin_match = select(Subject.id).where(iin_clause)
        clauses.append(col(Request.subject_id).in_(iin_match.correlate(None)))
        return or_(*clauses)
    found = name_ids(text)
    if found is not None:
        clauses.append((Request.id + 0 if dense else col(Request.id)).in_(found))
    else:  # nothing a name key keeps (punctuation only): the sender as written
        clauses.append(col(Request.sender).contains(text))
    return or_(*clauses)


def name_ids(text: str):
    """The ids of the requests whose names hold every word of ``text``, as one UNION of index
    ranges (None when ``text`` has no word a name key keeps, or is a number).

    Every word must start a word of one of the request's names, by name key (any script): the
    linked subject's (``request_subject_key``), the sender's as written
    (``request_name_key``) or the words of one of its scanned letters (``attachment_key``).
    """
    if text.replace(" ", "").isdigit():
        return None
    keys = name_keys(text)
    if not keys:
        return None
    return union(*(_every_key(t, keys) for t in (RequestSubjectKey, RequestNameKey, AttachmentKey)))


def _every_key(table, keys: list[str]):
    """The requests with, for every key, a row of ``table`` starting with it."""
    ranges = [
        sa_select(table.request_id).where(key_prefix(table.key, key)) for key in dict.fromkeys(keys)
    ]
    if len(ranges) == 1:
        return ranges[0]
    return sa_select(intersect(*ranges).subquery().c.request_id)


def _names_only(f: RequestFilter):
    """:func:`name_ids` of the search when the filter is a name search alone and no digit
    (a registration number) is in it, else None: then the count reads the key indexes alone."""
    text = f.search.strip()
    if not text or any(ch.isdigit() for ch in text):
        return None
    if f != RequestFilter(search=f.search, sort=f.sort, descending=f.descending):
        return None
    return name_ids(text)


# A name search that found more requests than this stays a subquery (the list would be long)
LISTED = 20_000


def resolved(session: Session, f: RequestFilter) -> RequestFilter:
    """On PostgreSQL, ``f`` with a name search (no digit: no registration number in it)
    replaced by the ids it finds, read once from the key indexes alone (:func:`name_ids`).
    PostgreSQL's planner cannot tell how many ids the UNION gives and joins it with every
    request; given the list it picks a plan for that many (a few looked up by their key, many
    checked along the register's order index). SQLite keeps the subquery (its own plans are
    chosen by :func:`request_ids`); other filters stay as they are."""
    text = f.search.strip()
    if session.connection().dialect.name != "postgresql" or f.within is not None:
        return f
    if not text or any(ch.isdigit() for ch in text):
        return f
    names = name_ids(text)
    if names is None:
        return f
    found = list(session.connection().execute(names.limit(LISTED + 1)).scalars())
    if len(found) > LISTED:
        return f
    return replace(f, search="", within=tuple(found))


def numeric_search(f: RequestFilter) -> bool:
    """The search is digits alone (an IIN or a part of a registration number): its clause is
    the same whatever how many it matches, so nothing needs counting before its page."""
    digits = f.search.replace(" ", "")
    return bool(digits) and digits.isdigit()


def whole_iin_search(f: RequestFilter) -> bool:
    """The search is one whole valid IIN: one subject's requests, a few rows at most."""
    digits = f.search.replace(" ", "")
    return len(digits) == 12 and is_valid_iin(digits)


def key_prefix(column, prefix: str):
    """``column`` starts with ``prefix`` (name keys and IINs are ASCII), as an index range:
    a LIKE 'x%' would read every row."""
    return and_(col(column) >= prefix, col(column) < prefix + "\uffff")


def _ordered(stmt, f: RequestFilter, joined: bool = False):
    """``stmt`` sorted by ``f.sort`` (ties broken by id, so the order is total and stable);
    ``joined``: ``stmt`` already joins the subject and the operator."""
    key = f.sort if f.sort in SORTABLE else "reg_number"
    table = None if joined else _SORT_JOINS.get(key)
    if table is Subject:
        stmt = stmt.outerjoin(Subject, Subject.id == Request.subject_id)
    elif table is Operator:
        stmt = stmt.join(Operator, Operator.id == Request.operator_id)
    order = [c.desc() if f.descending else c.asc() for c in (*SORTABLE[key], Request.id)]
    if key in ("due_date", "subject"):
        # Requests without a due date (clock stopped) or without a subject go last either way.
        nulls = SORTABLE[key][0].is_(None)
        order.insert(0, nulls.asc())
    return stmt.order_by(*order)


def soonest_due(session: Session, f: RequestFilter, limit: int) -> list[Request]:
    """The ``limit`` open requests of ``f`` due soonest (overdue first; those without a due
    date left out): the first few of each open status along the (status, due date) index,
    merged, instead of sorting every open request."""
    found: list[Request] = []
    for status in sorted(s.value for s in OPEN_STATUSES):
        if f.statuses and status not in f.statuses:
            continue
        stmt = (
            _where(select(Request), f)
            .where(Request.status == status, col(Request.due_date).is_not(None))
            .order_by(Request.due_date, Request.id)
            .limit(limit)
        )
        found.extend(session.exec(stmt).all())
    found.sort(key=lambda r: (r.due_date, r.id))
    return found[:limit]


def request_select(f: RequestFilter) -> SelectOfScalar:
    return _ordered(_where(select(Request), f), f)


# A search's first page: walking the register's order index and checking each id against the
# matches reads about (offset + limit) * requests / matches index entries; looking every match
# up by its id and sorting them reads ``matches`` rows, each a random page, about DENSE times
# dearer than an index entry. The cheaper one is taken (by the largest id, not a count).
DENSE = 13
_INDEXED_SORTS = frozenset({"reg_number", "received_date", "id"})


def request_ids(
    session: Session,
    f: RequestFilter,
    limit: int | None = None,
    offset: int = 0,
    matches: int | None = None,
) -> list[int]:
    """The ids of every request the filter shows (or ``limit`` of them from ``offset``), in its
    order: one query, one column (a covering index scan where the sort allows). ``matches``:
    how many the filter selects, when known (it picks how a search's page is read)."""
    dense = False
    sqlite = session.connection().dialect.name == "sqlite"  # PostgreSQL: see resolved()
    if sqlite and limit is not None and matches and f.sort in _INDEXED_SORTS:
        largest = session.connection().execute(sa_select(func.max(Request.id))).scalar() or 0
        dense = matches * matches * DENSE >= (offset + limit) * largest
    stmt = _ordered(_where(sa_select(Request.id), f, dense), f)
    if limit is not None:
        stmt = stmt.limit(limit)
    if offset:
        stmt = stmt.offset(offset)
    return list(session.connection().execute(stmt).scalars())


# The columns the register table shows, fetched for a page of ids at a time.
def _extended_late():
    """The request was extended after its deadline had passed (the breach it recorded)."""
    late = select(ExtensionRow.id).where(
        ExtensionRow.request_id == Request.id, ExtensionRow.late_days > 0
    )
    return late.exists()


def late_days_column():
    """Working days the request's deadline had been missed when it was extended (0: never)."""
    return (
        sa_select(func.coalesce(func.max(ExtensionRow.late_days), 0))
        .where(ExtensionRow.request_id == Request.id)
        .scalar_subquery()
        .label("late_days")
    )


REGISTER_COLUMNS = (
    Request.id,
    Request.reg_number,
    Request.received_date,
    Request.sender,
    Request.type,
    Request.status,
    Request.due_date,
    Request.remaining_days,
    Request.assignee,
    Request.subject_id,
    Request.operator_id,
    Subject.surname,
    Subject.given_name,
    Subject.patronymic,
    Operator.short_name.label("operator_short_name"),
    Operator.name_ru.label("operator_name_ru"),
)


def _register_select():
    return (
        sa_select(*REGISTER_COLUMNS, late_days_column())
        .join(Operator, Operator.id == Request.operator_id)
        .outerjoin(Subject, Subject.id == Request.subject_id)
    )


def register_rows(session: Session, ids: Sequence[int]) -> list[RowMapping]:
    """Display rows for ``ids`` in ONE query (joined with subject and operator), in the order
    of ``ids``; ids that no longer exist are left out."""
    if not ids:
        return []
    stmt = _register_select().where(col(Request.id).in_(list(ids)))
    found = {row["id"]: row for row in session.connection().execute(stmt).mappings()}
    return [found[i] for i in ids if i in found]


def register_page(
    session: Session, f: RequestFilter, limit: int, offset: int = 0
) -> list[RowMapping]:
    """Display rows of the filter's requests, ``limit`` of them from ``offset``, in its order,
    in ONE query (no id query first): for filters that select a few requests (a whole IIN),
    where sorting their joined rows costs less than another round trip."""
    stmt = _ordered(_where(_register_select(), f), f, joined=True).limit(limit)
    if offset:
        stmt = stmt.offset(offset)
    return list(session.connection().execute(stmt).mappings())


def count(session: Session, f: RequestFilter) -> int:
    if f.within is not None and f == RequestFilter(
        within=f.within, sort=f.sort, descending=f.descending
    ):
        return len(f.within)  # the ids a name search found, alone
    names = _names_only(f)
    if names is not None:  # the key indexes alone: no request row is read
        found = names.subquery()
        return session.connection().execute(sa_select(func.count()).select_from(found)).scalar()
    return session.exec(_where(select(func.count()).select_from(Request), f)).one()


def counts(session: Session, filters: dict[str, RequestFilter]) -> dict[str, int]:
    """How many requests each of ``filters`` selects, by name, as :func:`count` counts them:
    the filters without a search in ONE statement, a scalar count each (each planned on its
    own): the dashboard's dozen tiles in one round trip, not a dozen statements."""
    one = {k: f for k, f in filters.items() if not f.search.strip() and f.within is None}
    found = {k: count(session, f) for k, f in filters.items() if k not in one}
    if one:
        names = list(one)
        columns = [
            _where(sa_select(func.count()).select_from(Request), one[k])
            .scalar_subquery()
            .label(f"n{i}")
            for i, k in enumerate(names)
        ]
        row = session.connection().execute(sa_select(*columns)).one()
        found.update(zip(names, row, strict=True))
    return {k: found[k] for k in filters}


def assignees(session: Session) -> list[str]:
    """The distinct assignees (none left out but nobody, ""), in order, from the assignee index:
    one step per name, each the next one above the last (a DISTINCT read every request)."""
    steps = sql_text(
        "WITH RECURSIVE found(name) AS ("
        " SELECT MIN(assignee) FROM request WHERE assignee > ''"
        " UNION ALL"
        " SELECT (SELECT MIN(assignee) FROM request WHERE assignee > found.name)"
        " FROM found WHERE found.name IS NOT NULL"
        ") SELECT name FROM found WHERE name IS NOT NULL"
    )
    return list(session.connection().execute(steps).scalars())


def id_select(f: RequestFilter):
    """The ids the filter selects, unordered, to use inside another query."""
    return _where(sa_select(Request.id), f)


def due_day_counts(session: Session, f: RequestFilter) -> dict[dt.date, int]:
    """How many of the filter's requests fall due on each day (requests without one left out)."""
    stmt = _where(sa_select(Request.due_date, func.count()).select_from(Request), f)
    rows = session.connection().execute(stmt.group_by(Request.due_date))
    return {day: n for day, n in rows if day is not None}


def _first_posted(answer_kinds: Sequence[str]):
    """The first day one of the request's ``answer_kinds`` letters was posted."""
    return (
        sa_select(func.min(Letter.sent_on))
        .where(
            Letter.request_id == Request.id,
            col(Letter.kind).in_(list(answer_kinds)),
            col(Letter.sent_on).is_not(None),
        )
        .scalar_subquery()
    )


def _first_moved(answered_by: Sequence[str]):
    """The first day the request moved to one of the ``answered_by`` statuses."""
    moved = (
        sa_select(func.min(StatusChange.at))
        .where(
            StatusChange.request_id == Request.id,
            col(StatusChange.to_status).in_(list(answered_by)),
        )
        .scalar_subquery()
    )
    # date() is SQLite's and PostgreSQL's both: the day of the (UTC) change
    return func.date(moved, type_=Date)


def answer_facts(
    session: Session, f: RequestFilter, answer_kinds: Sequence[str], answered_by: Sequence[str]
) -> list[tuple]:
    """The filter's requests counted by what decides whether they were answered on time, in
    one query: (received date, type, status, due date, the first day one of its
    ``answer_kinds`` letters was posted, the first day it moved to one of the ``answered_by``
    statuses, whether it was extended late, how many requests share all of these)."""
    inner = _where(
        sa_select(
            Request.received_date.label("received"),
            Request.type.label("type"),
            Request.status.label("status"),
            Request.due_date.label("due"),
            _first_posted(answer_kinds).label("posted"),
            _first_moved(answered_by).label("moved"),
            _extended_late().label("late"),
        ),
        f,
    ).subquery()
    keys = list(inner.c)
    stmt = sa_select(*keys, func.count()).group_by(*keys)
    return [tuple(row) for row in session.connection().execute(stmt)]


def report_facts(
    session: Session, f: RequestFilter, answer_kinds: Sequence[str], answered_by: Sequence[str]
) -> tuple[list[RowMapping], list[tuple]]:
    """The filter's requests with what a report counts (one row each: id, received, type,
    status, operator_id, channel, due, posted, moved, late; as :func:`answer_facts`), and the
    clock stops of those requests (request id, stopped on, resumed on)."""
    stmt = _where(
        sa_select(
            Request.id.label("id"),
            Request.received_date.label("received"),
            Request.type.label("type"),
            Request.status.label("status"),
            Request.operator_id.label("operator_id"),
            Request.channel.label("channel"),
            Request.due_date.label("due"),
            _first_posted(answer_kinds).label("posted"),
            _first_moved(answered_by).label("moved"),
            _extended_late().label("late"),
        ),
        f,
    )
    rows = list(session.connection().execute(stmt).mappings())
    stops = sa_select(
        ClockStopRow.request_id, ClockStopRow.stopped_on, ClockStopRow.resumed_on
    ).where(col(ClockStopRow.request_id).in_(id_select(f)))
    return rows, [tuple(r) for r in session.connection().execute(stops)]
