"""Which database a command opens, refused before anything is written when it is none Derbes
can keep letters in (an unparsable URL, another server, an in-memory SQLite, a missing, empty or
foreign file, a read-only one for a command that writes)."""

from __future__ import annotations

import re
from pathlib import Path

from app.cli.output import _clean
from app.domain.errors import DomainError


def _writes(args) -> bool:
    """A command that changes the database: a daily backup is made first (at most one a day)."""
    return (
        (args.command, getattr(args, "action", None))
        in (
            ("request", "add"),
            ("subjects", "merge"),
            ("subjects", "import"),
        )
        or (args.command == "letter" and bool(getattr(args, "finalise", False)))
        or (args.command == "purge" and not getattr(args, "dry_run", False))
        or args.command in ("dispatch", "delivered", "returned", "close-waited")
    )


def _url(args):
    """The database ``--db`` (or DERBES_DB, or the data folder) names, refused when it is none
    Derbes can keep letters in: an unparsable URL, another server, an in-memory SQLite."""
    from sqlalchemy.exc import ArgumentError

    from app.services.startup import resolve_url

    try:
        url = resolve_url(args.db)
    except (ArgumentError, ValueError):
        raise DomainError.at("db", "db_url_invalid", url=_shown_url(args.db or "")) from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise DomainError.at("db", "db_url_memory")
        return url
    if backend != "postgresql" or url.get_driver_name() != "psycopg":
        raise DomainError.at("db", "db_url_unsupported", scheme=url.drivername)
    from app.services import credentials

    return credentials.with_password(url)  # the keyring's password, for every connection made


def _shown_url(text: str) -> str:
    """A URL as it may be printed: without a password."""
    return _clean(re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", text))


_SQLITE_HEADER = b"SQLite format 3\x00"


def _context(args, create: bool = False, writes: bool = False):
    """Open the database. Only ``demo`` may create one: any other command refuses a missing file,
    an empty one and a database without Derbes's tables before anything is written to it; a
    command that ``writes`` refuses a SQLite file it cannot write before SQLite opens it (which
    would leave -wal/-shm files it cannot remove beside a read-only database)."""
    from app.services.startup import open_database

    url = _url(args)
    if not create:
        _must_be_derbes(url)
        if writes and url.get_backend_name() == "sqlite":
            _must_be_writable(Path(url.database))
    ctx, _state = open_database(
        url.render_as_string(hide_password=False), daily_backup=_writes(args)
    )
    return ctx


def _database_files(args) -> list[Path]:
    """The files of the database the command works on: never an output."""
    from app.services.outputs import protected_paths

    url = _url(args)
    return protected_paths(url.database) if url.get_backend_name() == "sqlite" else []


def _must_be_writable(path: Path) -> None:
    import errno
    import os

    from app.services.errors import StorageError

    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError as exc:
        name = errno.errorcode.get(exc.errno or 0, type(exc).__name__)
        raise StorageError("db_readonly", database=str(path), error=name) from exc


def _must_be_derbes(url) -> None:
    """Refuse, without writing anything, a database that is missing or not Derbes's."""
    from app.services.errors import NotADerbesDatabase
    from app.storage.database import Database, describe, translate_errors
    from app.storage.schema import current_revision

    label = describe(url)
    if url.get_backend_name() != "sqlite":
        db = Database(url, pool=False)
        try:
            with translate_errors(label):
                revision = current_revision(db)
        finally:
            db.dispose()
    else:
        revision = _sqlite_revision(Path(url.database), label)
    if revision is None:
        raise NotADerbesDatabase("db_not_derbes", database=label)


def _sqlite_revision(path: Path, label: str) -> str | None:
    """The schema revision of a SQLite file, read through a read-only connection."""
    import sqlite3
    from urllib.request import pathname2url

    from app.services.errors import FileProblem, NotADerbesDatabase
    from app.storage.database import translate_errors

    try:
        if not path.exists():
            raise DomainError.at("db", "db_none", database=label)
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise FileProblem.from_os_error(exc, path) from exc
    if header != _SQLITE_HEADER:
        raise NotADerbesDatabase("db_not_derbes", database=label)
    # Read-only, and creating nothing: without a -wal file (no program has it open) the file is
    # read as immutable, so SQLite makes no -wal/-shm beside it; with one, it is read through it.
    wal = Path(f"{path}-wal").exists()
    mode = "mode=ro" if wal else "mode=ro&immutable=1"
    with translate_errors(label):
        conn = sqlite3.connect(f"file:{pathname2url(str(path))}?{mode}", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    return row[0] if row else None
