"""Reads through the SQLite driver alone, without SQLAlchemy, for a command-line call that only
reads a setting: loading the ORM and the table models takes several times longer than such a
whole call (``derbes deadline`` reads the calendar's overrides and nothing else).

Only a SQLite file at this program's schema is read here; anything else (a server URL, an older
or a newer schema, a file that is not Derbes's) returns None, and the caller opens the database
the ordinary way, which upgrades, refuses or explains it. The file is opened read-only and
creates nothing: without a -wal beside it (no program has it open) it is read as immutable, so
SQLite makes no -wal/-shm; with one, it is read through it.
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


def revision(conn: sqlite3.Connection) -> str | None:
    """The schema revision Alembic stamped into the database, or None."""
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return None
    return rows[0][0] if len(rows) == 1 else None


def calendar_overrides(conn: sqlite3.Connection) -> list[tuple[dt.date, str, str]]:
    """The officer's calendar overrides: (day, kind, note), by day (the ``calendar_override``
    table of ``app.storage.models``)."""
    rows = conn.execute("SELECT day, kind, note FROM calendar_override ORDER BY day").fetchall()
    return [(dt.date.fromisoformat(str(day)[:10]), kind, note or "") for day, kind, note in rows]
