"""The register's queries: one filter, turned into SQL that uses the indexes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache

from sqlalchemy import (
    Date,
    Integer,
    Row,
    RowMapping,
    and_,
    bindparam,
    func,
    or_,
)
from sqlalchemy import select as sa_select
from sqlalchemy import text as sql_text
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from app.domain.dashboard import LetterStage
from app.domain.requests import OPEN_STATUSES, Status
from app.storage.letter_clauses import _Unindexed, letter_stage_clause
from app.storage.models import (
    CalendarOverride,
    ClockStopRow,
    ExtensionRow,
    Letter,
    Operator,
    Request,
    StatusChange,
    Subject,
)
from app.storage.register_search import (
    Listed,
    ListedIds,
    WithinIds,
    listed,
    names_only,
    search_clause,
    whole_iin_search,
)
from app.storage.request_filter import RequestFilter

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
        stmt = stmt.where(search_clause(text, dense))
    if f.within is not None:  # one parameter (thousands of bound values cost more)
        stmt = stmt.where(WithinIds(Request.id + 0 if dense else Request.id, f.within))
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
    return list(session.connection().execute(stmt).scalars().all())


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


def register_rows(session: Session, ids: Sequence[int]) -> list[Row]:
    """Display rows for ``ids`` in ONE query (joined with subject and operator), in the order
    of ``ids``; ids that no longer exist are left out. Each row holds
    :data:`REGISTER_COLUMNS` then ``late_days``, in that order (as every display row does)."""
    if not ids:
        return []
    stmt = _register_select().where(col(Request.id).in_(list(ids)))
    found = {row[0]: row for row in session.connection().execute(stmt).all()}
    return [found[i] for i in ids if i in found]


def register_page(session: Session, f: RequestFilter, limit: int, offset: int = 0) -> list[Row]:
    """Display rows of the filter's requests, ``limit`` of them from ``offset``, in its order,
    in ONE query (no id query first): for filters that select a few requests (a whole IIN),
    where sorting their joined rows costs less than another round trip."""
    if whole_iin_search(f) and f == RequestFilter(
        search=f.search, sort=f.sort, descending=f.descending
    ):  # the search alone: its statement built once, given the IIN
        stmt = _iin_page(f.sort, f.descending, bool(offset))
        params = {"iin": f.search.replace(" ", ""), "page_limit": limit, "page_offset": offset}
        return session.connection().execute(stmt, params).all()
    stmt = _ordered(_where(_register_select(), f), f, joined=True).limit(limit)
    if offset:
        stmt = stmt.offset(offset)
    return session.connection().execute(stmt).all()


@lru_cache(maxsize=64)
def _iin_page(sort: str, descending: bool, offset: bool):
    """:func:`register_page`'s statement for a whole IIN alone (the SQL :func:`_where` makes of
    it), its IIN, limit and offset bound parameters: building and keying the statement for the
    compiled cache cost several times the query itself."""
    f = RequestFilter(sort=sort, descending=descending)
    match = sa_select(Subject.id).where(Subject.iin == bindparam("iin"))
    stmt = _register_select().where(col(Request.subject_id).in_(match.correlate(None)))
    stmt = _ordered(stmt, f, joined=True).limit(bindparam("page_limit", type_=Integer))
    if offset:
        stmt = stmt.offset(bindparam("page_offset", type_=Integer))
    return stmt


def listed_page(
    session: Session, found: Listed, sort: str, descending: bool, limit: int, offset: int = 0
) -> list[Row]:
    """Display rows of ``limit`` of the requests a name search alone found (``found``, from
    :func:`app.storage.register_search.listed_ids`) from ``offset``, in the register's order:
    ONE query (their ids ordered and cut inside it, then joined for their rows), from a
    statement built once. SQLite reads the order index or the matches' ids as
    :func:`request_ids` picks; PostgreSQL's planner sees every id (an array literal)."""
    connection = session.connection()
    postgresql = connection.dialect.name == "postgresql"
    key = sort if sort in SORTABLE else "reg_number"
    dense = None  # a sort no index keeps: the database's own plan
    if key in _INDEXED_SORTS:
        dense = found.count * found.count * DENSE >= (offset + limit) * found.largest
    stmt = _listed_page(postgresql, key, descending, dense, bool(offset))
    params = {"within": found.ids, "page_limit": limit, "page_offset": offset}
    return connection.execute(stmt, params).all()


@lru_cache(maxsize=256)  # sorts x directions x plans x offset or not: 240
def _listed_page(postgresql: bool, sort: str, descending: bool, dense: bool | None, offset: bool):
    """:func:`listed_page`'s statement (the SQL :func:`request_ids` and :func:`register_rows`
    make of a resolved name search, in one): parameters ``within``, ``page_limit`` and
    ``page_offset``.

    ``dense`` (an indexed sort): the order index is walked and each id checked (``id + 0``:
    no lookup by id); else the matches are looked up by their ids and sorted. SQLite takes
    the second when told; PostgreSQL's planner prices lookups by id as reads from disk and
    walked 40 000 index entries for 1 000 matches (twice the lookups' time, data cached):
    there the matches are read behind a fence (OFFSET 0) that the order cannot cross."""
    f = RequestFilter(sort=sort, descending=descending)
    if postgresql and dense is False:
        columns = dict.fromkeys((Request.id, *SORTABLE[sort]))
        matched = sa_select(*columns).where(ListedIds(Request.id)).offset(0).subquery()
        order = [matched.c[c.key] for c in (*SORTABLE[sort], Request.id)]
        order = [c.desc() if descending else c.asc() for c in order]
        ids = sa_select(matched.c.id).order_by(*order)
    else:
        ids = sa_select(Request.id).where(ListedIds(Request.id + 0 if dense else Request.id))
        ids = _ordered(ids, f)
    ids = ids.limit(bindparam("page_limit", type_=Integer))
    if offset:
        ids = ids.offset(bindparam("page_offset", type_=Integer))
    stmt = _register_select().where(col(Request.id).in_(ids.correlate(None)))
    return _ordered(stmt, f, joined=True)


_OVERRIDES = sa_select(CalendarOverride.day, CalendarOverride.kind, CalendarOverride.note)


def calendar_key(session: Session) -> tuple:
    """The calendar's overrides as sorted (day, kind, note): whether a kept calendar still
    holds (one plain query; the statement is built once)."""
    return tuple(sorted(tuple(r) for r in session.connection().execute(_OVERRIDES).all()))


def count(session: Session, f: RequestFilter) -> int:
    if listed(f) is not None:
        return listed(f)  # the ids a name search found, alone
    names = names_only(f)
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
