"""The register's search: a registration number, an IIN, or a name in any script (the
subject's, the sender's as written, or a word of a scanned letter), as clauses that use the
indexes; and a name search resolved once into the ids it finds (:func:`resolved`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import lru_cache

from sqlalchemy import (
    Integer,
    String,
    Text,
    TypeDecorator,
    and_,
    any_,
    bindparam,
    cast,
    distinct,
    func,
    intersect,
    or_,
    union,
    union_all,
)
from sqlalchemy import select as sa_select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.sqltypes import NullType
from sqlalchemy.sql.visitors import InternalTraversal
from sqlmodel import Session, col, select

from app.domain.identifiers import is_valid_iin
from app.domain.names import name_keys
from app.storage.models import AttachmentKey, Request, RequestNameKey, RequestSubjectKey, Subject
from app.storage.request_filter import RequestFilter


class _IdList(TypeDecorator):
    """A list of ids as one parameter: a PostgreSQL integer array; on SQLite a JSON array."""

    impl = String
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            # imported here: the PostgreSQL dialect (some 25 ms) is not loaded on SQLite
            from sqlalchemy.dialects.postgresql import ARRAY

            return dialect.type_descriptor(ARRAY(Integer))
        return dialect.type_descriptor(String())

    def process_bind_param(self, value, dialect):
        if dialect.name == "postgresql":
            return list(value)
        return json.dumps(list(value))


class WithinIds(ColumnElement):
    """``column`` is one of ``ids`` (a name search's ids, :func:`resolved`), given as one
    parameter: ``= ANY(array)`` on PostgreSQL, ``IN (SELECT value FROM json_each(?))`` on
    SQLite. Untyped: SQLite would compare a Boolean element with 1, and lose the index."""

    inherit_cache = True
    _traverse_internals = [
        ("column", InternalTraversal.dp_clauseelement),
        ("ids", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column, ids):
        self.column = column
        self.ids = bindparam("within", list(ids), type_=_IdList())


@compiles(WithinIds)
def _within(element, compiler, **kw):
    column = compiler.process(element.column, **kw)
    return f"{column} IN (SELECT value FROM json_each({compiler.process(element.ids, **kw)}))"


@compiles(WithinIds, "postgresql")
def _within_pg(element, compiler, **kw):
    return compiler.process(element.column == any_(element.ids), **kw)


class ListedIds(ColumnElement):
    """``column`` is one of the ids a name search found (:func:`listed_ids`), given as the
    one text parameter ``within`` it read them as: a JSON array on SQLite (``json_each``), an
    array literal on PostgreSQL (cast, so the planner sees every id). Untyped, as WithinIds."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column):
        self.column = column


@compiles(ListedIds)
def _listed(element, compiler, **kw):
    column = compiler.process(element.column, **kw)
    ids = compiler.process(bindparam("within", type_=String), **kw)
    return f"{column} IN (SELECT value FROM json_each({ids}))"


@compiles(ListedIds, "postgresql")
def _listed_pg(element, compiler, **kw):
    # the text goes untyped (no ::VARCHAR): the server reads it as the array itself, a
    # constant of the plan; cast from a text value it stays an expression evaluated at run
    # time, and the ids are then searched one by one for every row (not hashed)
    column = compiler.process(element.column, **kw)
    ids = compiler.process(bindparam("within", type_=NullType()), **kw)
    return f"{column} = ANY({ids}::INTEGER[])"


def search_clause(text: str, dense: bool = False):
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
    return union(*_key_selects(keys))


def _key_selects(keys: list[str]):
    return [_every_key(t, keys) for t in (RequestSubjectKey, RequestNameKey, AttachmentKey)]


def _name_rows(text: str):
    """:func:`name_ids` with its repeats (UNION ALL): a request is found by its subject's name
    and by its sender's, often the same person, and the UNION's temporary index of every row
    cost more than the rest of the search (None as :func:`name_ids`)."""
    keys = name_keys(text)
    if not keys:
        return None
    return union_all(*_key_selects(keys))


def _every_key(table, keys: list[str]):
    """The requests with, for every key, a row of ``table`` starting with it."""
    ranges = [
        sa_select(table.request_id).where(key_prefix(table.key, key)) for key in dict.fromkeys(keys)
    ]
    if len(ranges) == 1:
        return ranges[0]
    return sa_select(intersect(*ranges).subquery().c.request_id)


def names_only(f: RequestFilter):
    """:func:`name_ids` of the search when the filter is a name search alone and no digit
    (a registration number) is in it, else None: then the count reads the key indexes alone."""
    text = f.search.strip()
    if not text or any(ch.isdigit() for ch in text):
        return None
    if f != RequestFilter(search=f.search, sort=f.sort, descending=f.descending):
        return None
    return name_ids(text)


# A name search that found more requests than this stays a subquery (the list would be long);
# so does one whose key rows, with their repeats, are this many (most are repeats then)
LISTED = 20_000
REPEATED = 3 * LISTED


def resolved(session: Session, f: RequestFilter) -> RequestFilter:
    """``f`` with a name search (no digit: no registration number in it) replaced by the ids
    it finds, read once from the key indexes alone (:func:`name_ids`); :func:`listed` is then
    their count, and the page is read along them.

    PostgreSQL's planner cannot tell how many ids the UNION gives and joins it with every
    request; given the list it picks a plan for that many (a few looked up by their key, many
    checked along the register's order index). SQLite read the UNION twice, to count it and
    again for the page (:func:`request_ids` picks its plan by the count): there the search is
    resolved only when it is the whole filter (else it keeps its subquery, and is counted
    first). Other filters stay as they are."""
    text = f.search.strip()
    if f.within is not None or not text or any(ch.isdigit() for ch in text):
        return f
    if session.connection().dialect.name != "postgresql" and f != RequestFilter(
        search=f.search, sort=f.sort, descending=f.descending
    ):
        return f
    names = _name_rows(text)
    if names is None:
        return f
    rows = _aggregated(session, names.limit(REPEATED).subquery())
    found = set(rows)
    if len(rows) >= REPEATED or len(found) > LISTED:
        return f
    return replace(f, search="", within=tuple(found))


def _aggregated(session: Session, found) -> list[int]:
    """The ``request_id`` column of ``found`` as one value (a JSON array on SQLite, an array
    on PostgreSQL): thousands of one-id rows cost more to fetch than to find."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        return connection.execute(sa_select(func.array_agg(found.c.request_id))).scalar() or []
    return json.loads(
        connection.execute(sa_select(func.json_group_array(found.c.request_id))).scalar()
    )


@dataclass(frozen=True)
class Listed:
    """The requests a name search alone found: how many, and their ids as the one parameter
    of the page's statement (:class:`ListedIds`)."""

    count: int
    ids: str  # SQLite: a JSON array, in order; PostgreSQL: an array literal
    largest: int = 0  # the largest request id (it picks how the page is read)


def listed_ids(session: Session, f: RequestFilter) -> Listed | None:
    """The requests of a name search that is the whole filter (no digit in it), read once
    from the key indexes alone, as :func:`resolved` reads them, from a statement built once
    for that many words; None for any other filter or when they are too many (``LISTED``,
    ``REPEATED``: :func:`resolved`'s limits), or the text keeps no key.

    They stay one value end to end: PostgreSQL counts and aggregates them itself and its
    array literal goes back as it came (turning thousands of ids into Python integers and
    back cost more than the queries); SQLite's JSON array is counted in Python and given back
    sorted (its IN list is built faster in order)."""
    text = f.search.strip()
    if not text or any(ch.isdigit() for ch in text):
        return None
    if f != RequestFilter(search=f.search, sort=f.sort, descending=f.descending):
        return None
    keys = list(dict.fromkeys(name_keys(text)))
    if not keys:
        return None
    params: dict = {"repeated": REPEATED}
    for n, key in enumerate(keys):
        params[f"key_{n}"], params[f"key_{n}_end"] = key, key + "\uffff"
    connection = session.connection()
    postgresql = connection.dialect.name == "postgresql"
    row = connection.execute(_found(postgresql, len(keys)), params).one()
    if postgresql:
        count, repeats, ids, largest = row
    else:
        found, largest = json.loads(row[0]), row[1]
        repeats, unique = len(found), set(found)
        count, ids = len(unique), json.dumps(sorted(unique))
    if repeats >= REPEATED or (count or 0) > LISTED:
        return None
    return Listed(count or 0, ids or "{}", largest or 0)


@lru_cache(maxsize=16)
def _found(postgresql: bool, words: int):
    """:func:`listed_ids`'s statement for ``words`` keys (parameters ``key_N``, ``key_N_end``
    and ``repeated``): :func:`_name_rows` aggregated, as one row."""

    def prefix(column, n: int):
        return and_(
            col(column) >= bindparam(f"key_{n}", type_=String),
            col(column) < bindparam(f"key_{n}_end", type_=String),
        )

    selects = []
    for table in (RequestSubjectKey, RequestNameKey, AttachmentKey):
        ranges = [sa_select(table.request_id).where(prefix(table.key, n)) for n in range(words)]
        if len(ranges) == 1:
            selects.append(ranges[0])
        else:
            selects.append(sa_select(intersect(*ranges).subquery().c.request_id))
    rows = union_all(*selects).limit(bindparam("repeated", type_=Integer)).subquery()
    found = rows.c.request_id
    largest = sa_select(func.max(Request.id)).scalar_subquery()
    if postgresql:  # one sort for the distinct ids (count(DISTINCT) would sort them again)
        ids = sa_select(func.array_agg(distinct(found)).label("ids"), func.count().label("n"))
        ids = ids.subquery()
        return sa_select(func.cardinality(ids.c.ids), ids.c.n, cast(ids.c.ids, Text), largest)
    return sa_select(func.json_group_array(found), largest)


def listed(f: RequestFilter) -> int | None:
    """How many requests ``f`` selects when it is a resolved name search alone (the length of
    its ids), else None."""
    if f.within is not None and f == RequestFilter(
        within=f.within, sort=f.sort, descending=f.descending
    ):
        return len(f.within)
    return None


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
