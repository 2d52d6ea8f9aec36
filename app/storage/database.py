"""Engines, sessions and the one transaction helper.

SQLite is the embedded default (WAL with ``synchronous=FULL``: a compliance desk does not trade
the last acknowledged letter for speed; foreign keys on, a busy timeout, and every write
transaction begun IMMEDIATE so concurrent writers queue instead of failing half-way). A new
SQLite file is created 0600 in a 0700 folder, and its -wal/-shm are kept as private. PostgreSQL is reached by
URL with the same code, with a connect timeout and a statement timeout. Expected failures (a
locked database, an unreachable server, a full disk) become :class:`StorageError` carrying a code
and params, classified by the driver's error codes (``sqlite_errorcode``, SQLSTATE) and exception
classes, never by message text; anything else is a bug and propagates.

A write transaction records which tables its INSERT, UPDATE and DELETE statements touched (ORM
flushes and Core statements alike); :func:`recording` collects them for the transactions
committed on this thread, so a caller learns what a change touched without being told.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool
from sqlalchemy.sql.dml import UpdateBase
from sqlmodel import Session, create_engine

from app.storage import privacy
from app.storage.errors import (  # re-exported: callers import them from here too
    DatabaseBusy as DatabaseBusy,
)
from app.storage.errors import (
    DatabaseTooNew as DatabaseTooNew,
)
from app.storage.errors import (
    NotADerbesDatabase as NotADerbesDatabase,
)
from app.storage.errors import (
    StorageError as StorageError,
)
from app.storage.errors import (
    WriteWhileReading as WriteWhileReading,
)
from app.storage.limits import BUSY_TIMEOUT_MS, CONNECT_TIMEOUT_S, STATEMENT_TIMEOUT_S


def resolve_url(target: str | os.PathLike) -> URL:
    """A file path or a database URL (``postgresql://…``) as a SQLAlchemy URL."""
    text = os.fspath(target)
    if "://" in text:
        url = make_url(text)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite", database=str(path))


def describe(url: URL) -> str:
    """The database for the status bar: a file path or a server URL without its password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


_WRITTEN = "derbes_written"  # execution option: the set a write transaction records into
# execution option: the SQLite journal mode a transaction asks for (WAL unless it is a bulk
# one); in a pooled connection's ``info``: the mode it is in
_JOURNAL = "derbes_journal"
_recorders = threading.local()


class Database:
    """One database: its engine and the way sessions and transactions are opened."""

    def __init__(self, target: str | os.PathLike | URL, *, pool: bool = True):
        self.url = target if isinstance(target, URL) else resolve_url(target)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite:
            path = Path(self.url.database)
            try:
                privacy.private_dir(path.parent)
                privacy.create_private_file(path)  # before SQLite makes it with the umask's mode
            except OSError:  # a folder that cannot be written: SQLite says so, by its code
                pass
            self.engine = _sqlite_engine(self.url)
        else:
            kwargs = {} if pool else {"poolclass": NullPool}
            self.engine = create_engine(
                self.url,
                pool_pre_ping=True,
                connect_args={
                    "connect_timeout": CONNECT_TIMEOUT_S,
                    "options": f"-c statement_timeout={STATEMENT_TIMEOUT_S * 1000}",
                },
                **kwargs,
            )
        event.listen(self.engine, "before_cursor_execute", _record_write)

    def __repr__(self) -> str:
        return f"Database({describe(self.url)!r})"

    @property
    def label(self) -> str:
        return describe(self.url)

    @contextmanager
    def session(self, read_only: bool = False) -> Iterator[Session]:
        """A session for reading; nothing it does is committed.

        ``read_only`` makes the database refuse writes too (SQLite ``PRAGMA query_only``, a
        PostgreSQL READ ONLY transaction); a write then raises :class:`WriteWhileReading`.

        A read-only PostgreSQL session that ends well ends with COMMIT (it can have changed
        nothing), not with the pool's ROLLBACK: at a ROLLBACK psycopg forgets every statement
        it has prepared on the connection, and the register's searches would be planned
        again at every keystroke.
        """
        bind = self.engine
        if read_only:
            option = "derbes_read_only" if self.is_sqlite else "postgresql_readonly"
            bind = self.engine.execution_options(**{option: True})
        with (
            translate_errors(self.label, read_only=read_only),
            Session(bind, expire_on_commit=False) as session,
        ):
            yield session
            if read_only and not self.is_sqlite and session.in_transaction():
                session.expunge_all()  # nothing to flush: a read commits no object
                session.commit()

    @contextmanager
    def transaction(self, bulk: bool = False) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on any error.

        The tables it wrote are in ``session.info["derbes_written"]``; once committed they are
        added to every :func:`recording` open on this thread.

        ``bulk``: one large transaction that mostly adds pages to the file (the bulk demo into
        a new database). On SQLite it runs with a rollback journal instead of the WAL when no
        other connection has the file open: the WAL would receive every page and the
        checkpoint at the commit copy each one again into the file (2 GB written twice for the
        demo of 20 000 letters with their PDFs), while a rollback journal keeps only the pages
        the file had before, and the new ones are written once, into the file. Durability is
        the same (``synchronous=FULL``: the journal, then the file, synced). The connection is
        back in WAL mode as soon as it is returned to the pool (see :func:`_sqlite_engine`).
        With another connection open the mode cannot change, and it runs in the WAL as any
        other transaction. Nothing on PostgreSQL.
        """
        written: set[str] = set()
        bind = self.engine.execution_options(**{_WRITTEN: written})
        if self.is_sqlite:
            bind = bind.execution_options(sqlite_begin="IMMEDIATE")
            if bulk:
                bind = bind.execution_options(**{_JOURNAL: "delete"})
        with translate_errors(self.label), Session(bind, expire_on_commit=False) as session:
            session.info[_WRITTEN] = written
            with session.begin():
                yield session
            for record in getattr(_recorders, "stack", ()):
                record.update(written)

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def recording() -> Iterator[set[str]]:
    """Collect the tables written by the transactions committed on this thread inside the block."""
    stack = _recorders.__dict__.setdefault("stack", [])
    tables: set[str] = set()
    stack.append(tables)
    try:
        yield tables
    finally:
        stack.remove(tables)


_WRITE_SQL = re.compile(
    r"""^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+["`]?(\w+)""",
    re.IGNORECASE,
)


def _record_write(conn, _cursor, statement, _parameters, context, _executemany) -> None:
    written = conn.get_execution_options().get(_WRITTEN)
    if written is None:
        return
    compiled = getattr(context, "compiled", None)
    stmt = getattr(compiled, "statement", None)
    name = getattr(getattr(stmt, "table", None), "name", None)
    if isinstance(stmt, UpdateBase) and name:
        written.add(name)
        return
    match = _WRITE_SQL.match(statement)
    if match:
        written.add(match.group(1))


def _sqlite_engine(url: URL) -> Engine:
    engine = create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, record):
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite otherwise defers it).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        record.info[_JOURNAL] = "wal"
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=FULL")
        # 64 MB of pages per connection (the default is 2 MB): the register's searches and
        # pages read index and row pages spread over a large file again and again
        cursor.execute("PRAGMA cache_size=-65536")
        cursor.close()
        privacy.protect_sqlite_side_files(Path(url.database))

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        options = conn.get_execution_options()
        # Every transaction says whether it may write (a pooled connection keeps the pragma).
        read_only = 1 if options.get("derbes_read_only") else 0
        conn.exec_driver_sql(f"PRAGMA query_only={read_only}")
        # the journal a bulk transaction asks for (Database.transaction), WAL for any other
        wanted = options.get(_JOURNAL, "wal")
        if conn.connection.info.get(_JOURNAL, "wal") != wanted:
            _set_journal(conn.connection.dbapi_connection, conn.connection.info, wanted)
        conn.exec_driver_sql(f"BEGIN {options.get('sqlite_begin', 'DEFERRED')}")

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection, record):
        # a bulk transaction's connection back in WAL mode at once (the file too: readers
        # that open it meanwhile find it as every other transaction leaves it); should the
        # file be busy, the connection's next transaction asks again (_on_begin)
        if dbapi_connection is not None and record.info.get(_JOURNAL, "wal") != "wal":
            _set_journal(dbapi_connection, record.info, "wal")

    return engine


def _set_journal(dbapi_connection, info: dict, mode: str) -> None:
    """Ask SQLite for the journal ``mode``; ``info`` keeps the one in force. Leaving the WAL
    fails at once (SQLITE_BUSY, no waiting) while another connection has the file open: the
    mode stays, and so does the work's correctness (only its speed differs)."""
    with suppress(sqlite3.OperationalError):
        info[_JOURNAL] = dbapi_connection.execute(f"PRAGMA journal_mode={mode}").fetchone()[0]


# -- classifying driver errors by code -------------------------------------------------------

# SQLite primary result codes (https://sqlite.org/rescode.html) -> our code.
_SQLITE_CODES = {
    5: "db_busy",  # SQLITE_BUSY
    6: "db_busy",  # SQLITE_LOCKED
    3: "db_readonly",  # SQLITE_PERM
    8: "db_readonly",  # SQLITE_READONLY
    10: "db_io",  # SQLITE_IOERR
    11: "db_corrupt",  # SQLITE_CORRUPT
    13: "db_full",  # SQLITE_FULL
    14: "db_cantopen",  # SQLITE_CANTOPEN
    26: "db_not_a_database",  # SQLITE_NOTADB
}
# Extended codes looked up first: only migration 0005's audit triggers RAISE(ABORT).
_SQLITE_EXTENDED = {1811: "audit_append_only"}  # SQLITE_CONSTRAINT_TRIGGER

# PostgreSQL SQLSTATE (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_SQLSTATES = {
    "57014": "db_timeout",  # query_canceled (our statement timeout)
    "40001": "db_conflict",  # serialization_failure
    "40P01": "db_conflict",  # deadlock_detected
    "55P03": "db_busy",  # lock_not_available
    "3D000": "db_missing",  # invalid_catalog_name
    "57P01": "db_unreachable",  # admin_shutdown
    "57P02": "db_unreachable",  # crash_shutdown
    "57P03": "db_unreachable",  # cannot_connect_now
    "25006": "db_readonly",  # read_only_sql_transaction
    "DRB01": "audit_append_only",  # raised by migration 0005's audit triggers
}
_SQLSTATE_CLASSES = {
    "53": "db_resources",  # insufficient resources (disk full, out of memory, too many connections)
    "08": "db_unreachable",  # connection exception
    "28": "db_auth",  # invalid authorization
}

_CLASSES: dict[str, type[StorageError]] = {
    "db_busy": DatabaseBusy,
    "db_not_a_database": NotADerbesDatabase,
}


def classify(orig: BaseException, database: str = "") -> StorageError | None:
    """The expected failure a driver exception stands for, or None when it is a bug."""
    code, params = None, {"database": database}
    sqlite_code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(orig, sqlite3.Error) and sqlite_code is not None:
        code = _SQLITE_EXTENDED.get(sqlite_code) or _SQLITE_CODES.get(sqlite_code & 0xFF)
        params["error"] = getattr(orig, "sqlite_errorname", "") or str(sqlite_code)
    else:
        import psycopg

        if isinstance(orig, psycopg.Error):
            state = orig.sqlstate
            if state:
                code = _SQLSTATES.get(state) or _SQLSTATE_CLASSES.get(state[:2])
                params["error"] = state
                if code == "db_timeout":
                    params["seconds"] = STATEMENT_TIMEOUT_S
            elif isinstance(orig, psycopg.OperationalError):
                # No SQLSTATE: the connection itself failed (refused, timed out, refused login).
                code = "db_unreachable"
                params["error"] = type(orig).__name__
            if code in ("db_unreachable", "db_auth", "db_missing"):
                params["detail"] = str(orig).strip().splitlines()[0] if str(orig).strip() else ""
    if code is None:
        return None
    return _CLASSES.get(code, StorageError)(code, **params)


@contextmanager
def translate_errors(database: str = "", read_only: bool = False) -> Iterator[None]:
    """Turn the driver's expected failures into :class:`StorageError`; let bugs through."""
    try:
        yield
    except DBAPIError as exc:
        _raise_classified(exc.orig, exc, database, read_only)
        raise
    except sqlite3.Error as exc:  # the raw driver (backups use its online backup API)
        _raise_classified(exc, exc, database, read_only)
        raise


def _raise_classified(orig, exc, database: str, read_only: bool) -> None:
    error = classify(orig, database)
    if error is None:
        return
    if read_only and error.code == "db_readonly":
        raise WriteWhileReading("a read-only session was asked to write") from exc
    raise error from exc
