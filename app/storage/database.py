"""Engines, sessions and the one transaction helper.

SQLite is the embedded default (WAL, foreign keys on, a busy timeout, and every write transaction
begun IMMEDIATE so concurrent writers queue instead of failing half-way). PostgreSQL is reached by
URL with the same code. Expected failures (a locked database, an unreachable server) become
:class:`StorageError` with a message for the user; anything else is a bug and propagates.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import NullPool
from sqlmodel import Session, create_engine

APP_NAME = "Derbes"
BUSY_TIMEOUT_MS = 30_000


class StorageError(Exception):
    """An expected storage failure, shown to the user as it is."""


class DatabaseBusy(StorageError):
    pass


class DatabaseTooNew(StorageError):
    pass


class NotADerbesDatabase(StorageError):
    pass


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "derbes.sqlite3"


def resolve_url(target: str | os.PathLike | None = None) -> URL:
    """``--db`` / ``DERBES_DB`` / the user data folder, as a SQLAlchemy URL."""
    target = target or os.environ.get("DERBES_DB") or default_database_path()
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


class Database:
    """One database: its engine and the way sessions and transactions are opened."""

    def __init__(self, target: str | os.PathLike | URL | None = None, *, pool: bool = True):
        self.url = target if isinstance(target, URL) else resolve_url(target)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite:
            Path(self.url.database).parent.mkdir(parents=True, exist_ok=True)
            self.engine = _sqlite_engine(self.url)
        else:
            kwargs = {} if pool else {"poolclass": NullPool}
            self.engine = create_engine(self.url, pool_pre_ping=True, **kwargs)

    def __repr__(self) -> str:
        return f"Database({describe(self.url)!r})"

    @property
    def label(self) -> str:
        return describe(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with translate_errors(), Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on any error."""
        with (
            translate_errors(),
            Session(self._writer, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @property
    def _writer(self) -> Engine:
        if self.is_sqlite:
            return self.engine.execution_options(sqlite_begin="IMMEDIATE")
        return self.engine

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_engine(url: URL) -> Engine:
    engine = create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite otherwise defers it).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


@contextmanager
def translate_errors() -> Iterator[None]:
    try:
        yield
    except OperationalError as exc:
        text = str(exc.orig).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseBusy(
                "The database is locked by another program or user; nothing was saved. "
                "Try again in a moment."
            ) from exc
        if "could not connect" in text or "connection refused" in text or "timeout" in text:
            raise StorageError(f"Cannot reach the database server: {exc.orig}") from exc
        if "unable to open database" in text or "readonly" in text:
            raise StorageError(f"Cannot open the database file: {exc.orig}") from exc
        if "file is not a database" in text:
            raise NotADerbesDatabase("The file is not a database.") from exc
        raise
    except DBAPIError as exc:
        if "file is not a database" in str(exc.orig).lower():
            raise NotADerbesDatabase("The file is not a database.") from exc
        raise
