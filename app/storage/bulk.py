"""The bulk write path: many rows of one table in one statement per batch, inside the caller's
transaction (the subject import, the large demo, the benchmark's database).

The ORM writes one row at a time and runs its mapper events; here rows are plain dicts and go to
the driver directly: on SQLite one ``executemany`` per batch of tuples (SQLAlchemy's per-row
parameter handling is most of the time of a large insert, so only the columns whose type needs
it, dates and times, are converted), on PostgreSQL psycopg 3's ``COPY … FROM STDIN``.

What the ORM path keeps and this path must keep itself (each caller, with the helpers here):

- the subjects' name keys (``surname_key``/``given_key``/``patronymic_key``, set by
  ``services.subjects`` on every save): :func:`subject_keys`, one computation per distinct name;
- the senders' name keys (``request_name_key``, kept by the mapper events of
  :mod:`app.storage.name_index`): ``name_index.rows`` for the new requests;
- the audit chain (``storage.audit.append``: each entry's ``prev_hash`` the hash before it, the
  PostgreSQL advisory lock, the writer's anchor): :func:`audit_entries`;
- the tables written (``Database.transaction`` records them for the views to refresh): COPY is
  not seen by the statement hook, so :func:`insert` records its table;
- the requests' letter flags (``notice_awaited``, ``answer_final``, migration 0019's triggers):
  on SQLite :func:`letter_flags_after` sets them once for all the letters a bulk write adds;
- ids: :func:`reserve_ids` hands out a block of ids under the transaction's write lock (no round
  trip per row) and :func:`sync_sequence` moves PostgreSQL's sequence past them.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import hashlib
import itertools
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    Numeric,
    String,
    Table,
    TypeDecorator,
    func,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

from app.domain.audit import GENESIS, Anchor, canonical_json
from app.domain.audit import _default as _audit_default
from app.domain.names import name_keys
from app.storage import audit as audit_log
from app.storage.database import _WRITTEN
from app.storage.models import AuditEntry, Letter, Request

BATCH = 10_000

# ``audit.canonical_json`` and the payload of ``audit.entry_hash``, their encoders built once
# (``json.dumps`` with options builds one per call, a large share of hashing many entries):
# the same options, so the same text (tests/unit/test_bulk_audit.py compares them).
_canonical_encoder = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=_audit_default)
_payload = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
# ``JSONEncoder.encode`` makes its C encoder anew on every call, most of the time of hashing
# a few hundred thousand small entries: the one the encoder above would make, made once (no
# circular check: an audit state is a tree of plain values), gives the same text.
_c_canonical = (
    json.encoder.c_make_encoder(
        None,
        _audit_default,
        json.encoder.encode_basestring,
        None,
        _canonical_encoder.key_separator,
        _canonical_encoder.item_separator,
        True,
        False,
        True,
    )
    if json.encoder.c_make_encoder is not None
    else None
)
_string = json.encoder.encode_basestring  # a JSON string, not ASCII-escaped (C)


def _canonical(value) -> str:
    if _c_canonical is None:
        return _canonical_encoder.encode(value)
    return "".join(_c_canonical(value, 0))


def _payload_of(parts: list) -> str:
    """``_payload(parts)``: a list of strings joined directly (each one's JSON text in C)."""
    if all(type(p) is str for p in parts):
        return "[" + ",".join(map(_string, parts)) + "]"
    return _payload(parts)


def _chunks(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def insert(
    connection: Connection,
    table: Table | type[SQLModel],
    rows: Iterable[dict],
    columns: Sequence[str] | None = None,
    batch: int = BATCH,
) -> int:
    """Insert ``rows`` (dicts with the same keys, ``columns`` or the first row's) into
    ``table``; returns how many. Given a model, the columns a row leaves out take the model's
    defaults (as the ORM would: ``default_factory`` called once per batch); given a table,
    their server default or NULL. ``rows`` may be a generator: it is read a batch at a time
    (on PostgreSQL into one COPY, so the server stores a batch while the next is made)."""
    model = None
    if not isinstance(table, Table):
        model, table = table, table.__table__
    chunks = _chunks(rows, batch)
    first = next(chunks, None)
    if first is None:
        return 0
    given = list(columns) if columns is not None else list(first[0])
    extra = list(_defaults(model, given)) if model is not None else []
    names = given + extra

    def filled(chunk: list[dict]) -> list[dict]:
        if not extra:
            return chunk
        missing = _defaults(model, given)
        return [row | missing for row in chunk]

    every = (filled(chunk) for chunk in itertools.chain([first], chunks))
    if connection.dialect.name == "postgresql":
        count = _copy(connection, table, names, every)
    else:
        count = 0
        converted: dict[str, dict] = {}  # per column, each distinct value's text, all batches
        for chunk in every:
            _executemany(connection, table, names, chunk, converted)
            count += len(chunk)
    written = connection.get_execution_options().get(_WRITTEN)
    if written is not None:
        written.add(table.name)
    return count


def _defaults(model: type[SQLModel], names: list[str]) -> dict[str, Any]:
    found = {}
    for name, info in model.model_fields.items():
        if name in names or name == "id" or name not in model.__table__.c:
            continue
        if info.default_factory is not None:
            found[name] = info.default_factory()
        elif info.default is not PydanticUndefined and info.default is not None:
            found[name] = info.default
    return found


def _executemany(
    connection: Connection,
    table: Table,
    names: list[str],
    rows: list[dict],
    caches: dict[str, dict] | None = None,
):
    dialect = connection.dialect
    plain, converted = [], []
    for n in names:
        process = table.c[n].type._cached_bind_processor(dialect)
        if process is None:
            plain.append(n)
        else:
            # dates and times become text on SQLite; a batch repeats a few values a great deal
            # (the import's timestamps, birth dates), so each distinct one is converted once
            seen = (caches if caches is not None else {}).setdefault(n, {None: None})
            values = [row[n] for row in rows]
            if table.c[n].type.__class__.__name__ == "JSON":  # lists and dicts: no key
                values = [process(v) for v in values]
            else:
                values = [seen[v] if v in seen else seen.setdefault(v, process(v)) for v in values]
            converted.append((n, values))
    order = plain + [n for n, _values in converted]
    marks = ", ".join("?" for _ in order)
    sql = f'INSERT INTO "{table.name}" ({", ".join(order)}) VALUES ({marks})'
    # each row's tuple in one pass of C (itemgetter), the converted values joined on
    params: Iterable[tuple] = map(_getter(plain), rows) if plain else (() for _ in rows)
    if converted:
        params = map(tuple.__add__, params, zip(*(v for _n, v in converted), strict=True))
    connection.exec_driver_sql(sql, list(params))


def _getter(names: list[str]):
    get = itemgetter(*names)
    if len(names) == 1:
        return lambda row: (get(row),)
    return get


def _copy(connection: Connection, table: Table, names: list[str], chunks: Iterable[list[dict]]):
    raw = connection.connection.driver_connection  # psycopg 3 (pyproject: psycopg[binary])
    sql = f'COPY "{table.name}" ({", ".join(names)}) FROM STDIN'
    # COPY's text format written here column by column, each batch in one write: psycopg's
    # write_row dumps value by value, most of an import's time on PostgreSQL. A column of
    # another type (bytes) leaves the table to write_row.
    kinds = [_copy_kind(table.c[n].type) for n in names]
    texts: dict = {}  # each distinct date or time's ISO text once
    count = 0
    # One COPY lasts as long as its caller takes to make the rows (the import checks a whole
    # file inside it): the connection's statement timeout (storage.limits, 60 s) would cancel a
    # large import on a slow or busy machine, so it is lifted for this statement only and set
    # back after it (set_config(..., true): this transaction only, nothing kept on failure).
    timeout = connection.exec_driver_sql("SELECT current_setting('statement_timeout')").scalar()
    connection.exec_driver_sql("SELECT set_config('statement_timeout', '0', true)")
    with raw.cursor() as cursor, cursor.copy(sql) as copy:
        for chunk in chunks:
            if None in kinds:
                for row in chunk:
                    copy.write_row([_copy_value(row[n]) for n in names])
            else:
                columns = [
                    _copy_column([row[n] for row in chunk], kind, texts)
                    for n, kind in zip(names, kinds, strict=True)
                ]
                copy.write(
                    "".join(f"{line}\n" for line in map("\t".join, zip(*columns, strict=True)))
                )
            count += len(chunk)
    connection.exec_driver_sql(
        "SELECT set_config('statement_timeout', %(value)s, true)", {"value": timeout}
    )
    return count


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_COPY_SPECIAL = re.compile(r"[\\\t\n\r]")
_NULL = "\\N"


def _copy_kind(column_type) -> str | None:
    if isinstance(column_type, TypeDecorator):  # sqlmodel's AutoString, its aware DateTime
        column_type = column_type.impl_instance
    name = column_type.__class__.__name__
    if name == "JSON":
        return "json"
    if isinstance(column_type, Boolean):
        return "bool"
    if isinstance(column_type, Date | DateTime):
        return "time"
    if isinstance(column_type, Integer | Float | Numeric):
        return "number"
    if isinstance(column_type, String):  # Text, AutoString
        return "text"
    return None


def _copy_value(value):
    return canonical_json(value) if isinstance(value, dict | list) else value


def _copy_column(values: list, kind: str, texts: dict) -> list[str]:
    """One column of a batch as COPY text: NULL as \\N, text escaped (backslash, tab and line
    breaks), booleans t/f, dates and times in ISO form (as psycopg dumps them)."""
    if kind == "json":
        # None as the ORM's JSON type stores it: JSON null, not SQL NULL
        values = ["null" if v is None else canonical_json(v) for v in values]
        kind = "text"
    if kind == "text":
        present = [v for v in values if v is not None]
        if _COPY_SPECIAL.search("".join(present)):
            values = [None if v is None else v.translate(_COPY_ESCAPES) for v in values]
        return [_NULL if v is None else v for v in values]
    if kind == "bool":
        return [_NULL if v is None else ("t" if v else "f") for v in values]
    if kind == "time":
        found = []
        for v in values:
            text = texts.get(v)
            if text is None:
                text = texts[v] = _NULL if v is None else v.isoformat()
            found.append(text)
        return found
    return [_NULL if v is None else str(v) for v in values]


@contextmanager
def sqlite_tuned(connection: Connection) -> Iterator[None]:
    """The pragma that is safe (and allowed) inside one bulk transaction on SQLite: a larger
    page cache, so the index B-trees being filled stay in memory until the commit. Durability is
    untouched: ``synchronous`` and ``temp_store`` cannot change inside a transaction, and need
    not (one commit is one sync either way); the journal mode is chosen before it begins
    (``Context.write(bulk=True)``, :meth:`app.storage.database.Database.transaction`)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    old = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql("PRAGMA cache_size=-262144")  # 256 MiB
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(old)}")


def reserve_ids(connection: Connection, table: Table, count: int) -> int:
    """The first of ``count`` consecutive ids nobody else can take before this transaction ends
    (SQLite: the transaction holds the write lock; PostgreSQL: the table is locked against other
    writers until the commit). Call :func:`sync_sequence` after inserting them."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f'LOCK TABLE "{table.name}" IN EXCLUSIVE MODE')
    last = connection.execute(select(func.max(table.c.id))).scalar() or 0
    return last + 1


def sync_sequence(connection: Connection, table: Table) -> None:
    """PostgreSQL: the id sequence past the largest id (rows inserted with their own ids)."""
    if connection.dialect.name != "postgresql":
        return
    connection.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f'GREATEST((SELECT MAX(id) FROM "{table.name}"), 1))'
        )
    )


def subject_keys(
    surname: str, given_name: str, patronymic: str, cache: dict[str, str]
) -> dict[str, str]:
    """The subject's name search keys, as ``services.subjects`` computes them; ``cache`` (one
    per bulk write) computes each distinct name once: names repeat a great deal."""

    def key(value: str) -> str:
        found = cache.get(value)
        if found is None:
            found = cache[value] = " ".join(name_keys(value or ""))
        return found

    return {
        "surname_key": key(surname),
        "given_key": key(given_name),
        "patronymic_key": key(patronymic),
    }


def audit_entries(session, entries: Iterable[tuple]) -> Anchor | None:
    """Append ``entries``, each ``(at, actor, action, entity, entity_id, before, after)``, to
    the audit chain in order, hashed in bulk from the chain's current head, inside the caller's
    transaction; returns the anchor the chain has once it commits (None: nothing appended), to
    set as the writer's ``anchor``."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_advisory_xact_lock(:k)").bindparams(k=audit_log._AUDIT_LOCK)
        )
    table = AuditEntry.__table__
    prev = session.execute(select(table.c.hash).order_by(table.c.id.desc()).limit(1)).scalar()
    prev = prev or GENESIS
    count = audit_log.entry_count(session)
    rows = []
    moments: dict[dt.datetime, str] = {}  # a bulk write dates its entries alike: each once
    for at, actor, action, entity, entity_id, before, after in entries:
        entity_id = str(entity_id if entity_id is not None else "")
        before = "" if before is None else _canonical(before)
        after = "" if after is None else _canonical(after)
        moment = moments.get(at)
        if moment is None:
            at_utc = at.astimezone(dt.UTC) if at.tzinfo else at.replace(tzinfo=dt.UTC)
            moment = moments[at] = at_utc.isoformat()
        payload = _payload_of([prev, moment, actor, action, entity, entity_id, before, after])
        digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
        rows.append(
            {
                "at": at,
                "actor": actor,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "before": before,
                "after": after,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    if not rows:
        return None
    insert(connection, table, rows)  # in order: ids ascend as the chain does
    session.info[audit_log._COUNT] = count + len(rows)
    last_id = session.execute(select(func.max(table.c.id))).scalar()
    return Anchor(audit_log.database_id(session), count + len(rows), last_id, prev)


@functools.cache
def utc(day: dt.date, hour: int = 10, minute: int = 0) -> dt.datetime:
    """A moment on ``day`` (UTC), for rows a bulk write dates in the past (each one made once:
    a bulk demo dates hundreds of thousands of rows on a few hundred days)."""
    return dt.datetime.combine(day, dt.time(hour, minute), dt.UTC)


@contextmanager
def indexes_rebuilt(connection: Connection, table: Table, when: bool = True) -> Iterator[None]:
    """Drop ``table``'s indexes for the block and build each once at its end, in the same
    transaction (a sorted build instead of a million random B-tree inserts): a rollback,
    a failure or a cancel restores them as they were. Only worth it when the rows added are
    many beside the rows already there (``when``).

    SQLite (measured on 300 000 subjects: 6.7 s instead of 7.6 s, and more as the table
    outgrows the page cache): readers keep their snapshot meanwhile (WAL).

    PostgreSQL: only into an empty table, and only when the table can be locked at once
    (:func:`_pg_indexes_rebuilt`), since dropping an index keeps every reader of the table out
    until the commit; else the rows go in with the indexes in place."""
    if not when:
        yield
    elif connection.dialect.name == "postgresql":
        with _pg_indexes_rebuilt(connection, table):
            yield
    elif connection.dialect.name == "sqlite":
        with _sqlite_indexes_rebuilt(connection, table):
            yield
    else:
        yield


@contextmanager
def _sqlite_indexes_rebuilt(connection: Connection, table: Table) -> Iterator[None]:
    found = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL",
        (table.name,),
    ).all()
    for name, _sql in found:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in found:
        connection.exec_driver_sql(sql)


# the table's own indexes (not those of its primary key or unique constraints) and its foreign
# keys to itself (their check on every row: most of a COPY's time with the indexes out; a
# foreign key to another table stays: dropping it would lock that table too)
_PG_INDEXES = """
SELECT i.relname, pg_get_indexdef(x.indexrelid)
FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
WHERE x.indrelid = CAST(%(table)s AS regclass)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
ORDER BY i.relname
"""
_PG_SELF_KEYS = """
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
WHERE conrelid = CAST(%(table)s AS regclass) AND confrelid = conrelid AND contype = 'f'
ORDER BY conname
"""


@contextmanager
def _pg_indexes_rebuilt(connection: Connection, table: Table) -> Iterator[None]:
    """PostgreSQL: a COPY of a million subjects spent more than half of its server time
    maintaining seven indexes row by row and checking the foreign key to the table itself
    (NULL on every new row) (measured: 23.6 s of the backend's CPU; dropped and made again
    after it, 13.0-14.3 s, most of the rest the check of the foreign key to ``operator``, kept).
    Dropping them takes the table's ACCESS EXCLUSIVE lock until the commit,
    so only when it is free right now (NOWAIT: no queueing behind a reader, and the readers
    behind it) and the table holds no row (nothing to hide from anyone: a first import into a
    new database); otherwise nothing changes. Built with more sort memory for this
    transaction only (``set_config(..., true)``)."""
    name = table.name
    # in a savepoint: rolled back, it lets the lock go again (not held to the commit for nothing)
    savepoint = connection.begin_nested()
    try:
        connection.exec_driver_sql(f'LOCK TABLE "{name}" IN ACCESS EXCLUSIVE MODE NOWAIT')
    except DBAPIError:
        savepoint.rollback()  # someone reads or writes the table: keep its indexes
        yield
        return
    if connection.exec_driver_sql(f'SELECT EXISTS (SELECT 1 FROM "{name}")').scalar():
        savepoint.rollback()  # rows there: readers keep the table while the rows go in
        yield
        return
    savepoint.commit()  # the lock kept until the transaction ends
    indexes = connection.exec_driver_sql(_PG_INDEXES, {"table": name}).all()
    keys = connection.exec_driver_sql(_PG_SELF_KEYS, {"table": name}).all()
    for key, _definition in keys:
        connection.exec_driver_sql(f'ALTER TABLE "{name}" DROP CONSTRAINT "{key}"')
    for index, _definition in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{index}"')
    yield
    connection.exec_driver_sql("SELECT set_config('maintenance_work_mem', '256MB', true)")
    for _index, definition in indexes:
        connection.exec_driver_sql(definition)
    for key, definition in keys:
        connection.exec_driver_sql(f'ALTER TABLE "{name}" ADD CONSTRAINT "{key}" {definition}')


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Python's cycle collector paused for bulk work (a file's rows read, checked and written;
    the bulk demo built): a million rows are millions of lists, dicts and strings, none of
    them in a cycle, and every full collection walks all of them (measured on a million rows:
    reading and checking took 31 s of CPU with it, 22 s without). Reference counting still
    frees everything as usual; the collector resumes as it was (a cycle made meanwhile waits
    for its next pass)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


_FLAGS_TRIGGER = "letter_flags_insert"  # migration 0019's, on SQLite


@contextmanager
def letter_flags_after(connection: Connection) -> Iterator[None]:
    """SQLite: the letters inserted in the block set their requests' flags once at its end,
    instead of migration 0019's insert trigger firing per letter. The trigger reads the
    request's letters each time, each past its PDF (the columns it tests lie beyond it, so
    every insert walked the overflow pages of the request's letters: a third of the
    demo's letter inserts); here it is dropped for the block, in the caller's transaction,
    and created again as it was (its own SQL, from the schema). The flags are then set as the
    migration's backfill sets them, from the same conditions (:func:`_letter_state` and
    :func:`final_answer`, which ``tests/unit/test_request_letter_flags.py`` holds equal to the
    triggers), for the requests of the letters added: a letter only adds to what its request
    already had, so a flag set stays set, as the trigger leaves it. The update and delete
    triggers stay. PostgreSQL: nothing (the trigger fires; disabling it needs the table's
    owner and a lock)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    from app.domain.dispatch import State
    from app.storage.letter_clauses import _letter_state, final_answer

    found = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_FLAGS_TRIGGER,)
    ).scalar()
    if found is None:  # a schema before 0019: nothing keeps the flags
        yield
        return
    first = reserve_ids(connection, Letter.__table__, 1)
    connection.exec_driver_sql(f'DROP TRIGGER "{_FLAGS_TRIGGER}"')
    yield
    table = Request.__table__
    for flag, condition in (
        (table.c.notice_awaited, _letter_state(State.AWAITING)),
        (table.c.answer_final, final_answer()),
    ):
        added = select(Letter.request_id).where(Letter.id >= first, condition)
        connection.execute(
            update(table).where(table.c.id.in_(added), flag.is_(False)).values({flag: True})
        )
    connection.exec_driver_sql(found)
