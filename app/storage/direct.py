"""Reads through the database driver alone, without SQLAlchemy, for a command-line call that
only reads a setting: loading the ORM and the table models takes several times longer than such
a whole call (``derbes deadline`` reads the calendar's overrides and nothing else).

What is read here: a SQLite file, and a PostgreSQL URL that carries its password (one that does
not needs the keyring: the ordinary open). Anything that fails or does not fit returns None, and
the caller opens the database the ordinary way, which upgrades, refuses or explains it. A SQLite
file is opened read-only and creates nothing: without a -wal beside it (no program has it open)
it is read as immutable, so SQLite makes no -wal/-shm; with one, it is read through it. A
PostgreSQL session is READ ONLY, with the same connect and statement timeouts as the engine's.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_file(target: str | os.PathLike) -> Path | None:
    """The SQLite file ``target`` names, or None when it is a URL (a server, or any URL form)."""
    text = os.fspath(target)
    if "://" in text or not text or text == ":memory:":
        return None
    return Path(text).expanduser().resolve()


@contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection | None]:
    """A read-only connection to the SQLite file ``path``; None when it is none (missing, not
    SQLite, unreadable): the ordinary open then says what is wrong with it."""
    try:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                yield None
                return
    except OSError:
        yield None
        return
    mode = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?{mode}", uri=True)
    except sqlite3.Error:
        yield None
        return
    try:
        yield conn
    finally:
        conn.close()


_POSTGRES_SCHEMES = ("postgresql+psycopg://", "postgresql://", "postgres://")


def postgres_conninfo(target: str) -> str | None:
    """The libpq URI of a PostgreSQL URL that names its password and nothing SQLAlchemy alone
    reads (no query options), or None."""
    scheme = next((s for s in _POSTGRES_SCHEMES if target.startswith(s)), None)
    if scheme is None or "?" in target:
        return None
    rest = target[len(scheme) :]
    login = rest.split("@", 1)[0] if "@" in rest else ""
    if ":" not in login or not login.split(":", 1)[1]:
        return None  # no password in the URL: the keyring's, through the ordinary open
    return "postgresql://" + rest


@contextmanager
def postgres(conninfo: str, connect_timeout: int, statement_timeout_s: int) -> Iterator:
    """A read-only connection, or None when the server cannot be reached or refuses (the
    ordinary open then says why, by the error's code). Through libpq alone where psycopg's
    wheel ships it (:mod:`app.storage.libpq`: a tenth of psycopg's import), else psycopg."""
    from app.storage import libpq

    if libpq.available():
        quick = libpq.connect(conninfo, connect_timeout, statement_timeout_s)
        try:
            yield quick
        finally:
            if quick is not None:
                quick.close()
        return
    import psycopg

    try:
        conn = psycopg.connect(
            conninfo,
            connect_timeout=connect_timeout,
            options=f"-c statement_timeout={statement_timeout_s * 1000}",
        )
    except psycopg.Error:
        yield None
        return
    try:
        conn.read_only = True
        yield conn
    finally:
        conn.close()


def revision(conn) -> str | None:
    """The schema revision Alembic stamped into the database, or None (none, or unreadable)."""
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except Exception as exc:  # the driver's own error class: sqlite3's or psycopg's
        if not _driver_error(exc):
            raise
        return None
    return rows[0][0] if len(rows) == 1 else None


def calendar_overrides(conn) -> list[tuple[dt.date, str, str]]:
    """The officer's calendar overrides: (day, kind, note), by day (the ``calendar_override``
    table of ``app.storage.models``)."""
    rows = conn.execute("SELECT day, kind, note FROM calendar_override ORDER BY day").fetchall()
    return [(_day(day), kind, note or "") for day, kind, note in rows]


def _day(value) -> dt.date:
    if isinstance(value, dt.date):  # psycopg's
        return value
    return dt.date.fromisoformat(str(value)[:10])  # SQLite keeps it as text


def _driver_error(exc: BaseException) -> bool:
    if isinstance(exc, sqlite3.Error):
        return True
    libpq = __import__("sys").modules.get("app.storage.libpq")
    if libpq is not None and isinstance(exc, libpq.LibpqError):
        return True
    psycopg = __import__("sys").modules.get("psycopg")
    return psycopg is not None and isinstance(exc, psycopg.Error)


def is_driver_error(exc: BaseException) -> bool:
    """Whether ``exc`` is the driver's own error (a damaged, locked or refusing database)."""
    return _driver_error(exc)
