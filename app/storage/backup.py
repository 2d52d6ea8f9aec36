"""Copies of a whole database, and the check that a copy is whole.

SQLite: the online backup API into a new SQLite file (consistent while others write), made
self-contained (no -wal beside it). PostgreSQL: every table's rows, in dependency order, as JSON
lines in a zip, with the schema revision and a manifest of row counts, so the same program can
restore it into an empty database.

A backup is written to a private temporary file beside the target, checked, and only then given
its name, by a hard link that fails when the name is taken: an existing file (another database,
a text file) is never replaced, and the database itself or its -wal/-shm never is a target.

A backup is verified by opening it and checking it (:func:`check_backup`): SQLite's
``integrity_check``; for a zip, that it opens, every table file parses and the revision is there;
then the rows are loaded into a scratch SQLite file, and its audit chain is verified by the audit
module's public ``verify`` (a new backup of a database: from the head its last verification found
intact, ``since``; any other check: every entry). Refusals are :class:`StorageError` with a code (``backup_*``); a file
system failure propagates as ``OSError``.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import errno
import io
import json
import os
import sqlite3
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import LargeBinary, MetaData, select

from app.domain.audit import Anchor
from app.storage import privacy
from app.storage.database import Database, StorageError, translate_errors

SQLITE_HEADER = b"SQLite format 3\x00"
MANIFEST = "manifest.json"
REVISION = "revision.txt"
FORMAT = 1
PAGES_AT_ONCE = 4096  # SQLite pages copied between two calls of a backup's ``step``
Step = Callable[[int, int], None]
# What a backup is busy with, told as it moves from one part to the next (the steps after it
# are of that part): the database copied (its pages, or its rows into the zip), the copy
# checked (its integrity; a zip's rows loaded into a scratch copy), its audit chain recomputed.
Phase = Callable[[str], None]
COPYING, CHECKING, CHAIN = "copying", "checking", "chain"


def _tell(phase: Phase | None, name: str) -> None:
    if phase is not None:
        phase(name)


@dataclass(frozen=True)
class BackupCheck:
    """What the check of a backup found: it is whole, at ``revision``, its audit chain intact."""

    path: Path
    kind: str  # "sqlite" or "zip"
    revision: str
    audit_entries: int
    size: int
    head: Anchor | None = None  # the head of the verified chain
    recomputed: int | None = None  # entries whose hash was recomputed (None: every one)


def backup_database(db: Database, target: Path) -> Path:
    """Copy ``db`` to the new file ``target`` (a suffix is added when it has none) and check it.

    Refused: the database itself or its side files (``backup_is_database``), an existing file
    (``backup_exists``), a folder (``backup_is_folder``). A copy that fails its check is removed
    (``db_backup_failed``)."""
    return backup_checked(db, target).path


def backup_checked(
    db: Database,
    target: Path,
    since: Anchor | None = None,
    step: Step | None = None,
    phase: Phase | None = None,
) -> BackupCheck:
    """As :func:`backup_database`, with what the check of the new backup found. ``since``: the
    head of this database's chain as a full verification found it; only the entries after it
    are then recomputed (see ``audit.verify``). ``step(done, total)`` is called now and then,
    at safe points: what it raises stops the backup, and no part of it is left behind;
    ``phase(name)`` when it moves on to copying, checking, or its audit chain (:data:`Phase`)."""
    with translate_errors(db.label):
        return _backup(db, Path(target).expanduser(), since, step, phase)


def backup_target(db: Database, target: Path) -> Path:
    """The file a backup of ``db`` to ``target`` would be written to, or the refusal."""
    target = Path(os.path.abspath(target))
    if target.is_dir():
        raise StorageError("backup_is_folder", path=str(target))
    if not target.suffix:
        target = target.with_suffix(".sqlite3" if db.is_sqlite else ".zip")
    if db.is_sqlite and _is_database_file(Path(db.url.database), target):
        raise StorageError("backup_is_database", path=str(target), database=db.label)
    if target.is_dir():
        raise StorageError("backup_is_folder", path=str(target))
    if target.exists() or target.is_symlink():
        raise StorageError("backup_exists", path=str(target))
    return target


def _is_database_file(database: Path, target: Path) -> bool:
    names = {database.name + suffix for suffix in ("", *privacy.SQLITE_SIDE_FILES)}
    if target.name in names and _same_folder(database.parent, target.parent):
        return True
    try:
        return target.exists() and os.path.samefile(database, target)
    except OSError:
        return False


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _backup(
    db: Database, target: Path, since: Anchor | None, step: Step | None, phase: Phase | None
) -> BackupCheck:
    target = backup_target(db, target)
    privacy.private_dir(target.parent)
    with private_temp(target.parent, target.name) as tmp:
        _tell(phase, COPYING)
        if db.is_sqlite:
            _copy_sqlite(Path(db.url.database), tmp, step)
        else:
            _dump_zip(db, tmp, step)
        try:
            check = _check_new(tmp, since, step, phase)
        except StorageError as exc:
            raise StorageError("db_backup_failed", path=str(target), result=exc.code) from exc
        publish(tmp, target)
    return dataclasses.replace(check, path=target)


def _check_new(
    tmp: Path, since: Anchor | None, step: Step | None, phase: Phase | None
) -> BackupCheck:
    """The check of a copy just made. A SQLite copy is this module's own private file: it is
    checked where it is, not copied a second time into a scratch file (a database of a million
    subjects is some GB: the time and the temporary folder's space of a second copy), and made
    self-contained again after the check opened it as a database."""
    if backup_kind(tmp) != "sqlite":
        return check_backup(tmp, since, step, phase)
    check = scratch_copy(tmp, tmp, since, step, phase)
    _self_contained(tmp)
    return dataclasses.replace(check, size=tmp.stat().st_size)


@contextmanager
def private_temp(folder: Path, name: str) -> Iterator[Path]:
    """A new 0600 file in ``folder``, removed when the block ends unless it was published."""
    tmp = Path(folder) / f".{name}.{uuid.uuid4().hex[:8]}.part"
    privacy.create_private_file(tmp)
    try:
        yield tmp
    finally:
        tmp.unlink(missing_ok=True)
        for suffix in privacy.SQLITE_SIDE_FILES:
            tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)


def publish(tmp: Path, target: Path) -> None:
    """Give ``tmp`` the name ``target``, never replacing a file that is there (``backup_exists``)."""
    try:
        os.link(tmp, target)  # atomic, and fails when the name is taken
    except FileExistsError:
        raise StorageError("backup_exists", path=str(target)) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
            raise
        if target.exists():  # no hard links on this disk: check, then rename
            raise StorageError("backup_exists", path=str(target)) from None
        os.rename(tmp, target)
    privacy.make_private(target)


def _copy_sqlite(database: Path | str, dest_path: Path, step: Step | None = None) -> None:
    """The online backup API from ``database`` (a path, or a ``file:`` URI) into ``dest_path``
    (with ``step``: a batch of pages at a time, ``step(done, total)`` after each)."""
    uri = isinstance(database, str) and database.startswith("file:")
    source = sqlite3.connect(database, timeout=30, uri=uri, isolation_level=None)
    try:
        dest = sqlite3.connect(dest_path)
        try:
            if step is None:
                source.backup(dest)
            else:
                # One read transaction held across the batches: the copy is of one moment
                # while the window goes on writing through its own connection. Without it
                # SQLite restarts a batched backup from the first page whenever another
                # connection writes between two batches, and a backup of a large database
                # beside an officer at work would never end.
                source.execute("BEGIN")
                source.execute("select count(*) from sqlite_master").fetchone()
                try:
                    source.backup(
                        dest,
                        pages=PAGES_AT_ONCE,
                        progress=lambda _s, left, all_: step(all_ - left, all_),
                    )
                finally:
                    source.execute("COMMIT")
            # One self-contained file: no -wal to lose when the backup is copied.
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        source.close()


def _self_contained(path: Path) -> None:
    """The SQLite file at ``path`` in the rollback-journal mode: no -wal beside it to lose."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()


def _dump_zip(db: Database, path: Path, step: Step | None = None) -> None:
    with (
        db.engine.connect() as conn,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        with conn.begin():
            if conn.dialect.name == "postgresql":  # one snapshot of every table
                conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            revision = conn.exec_driver_sql("select version_num from alembic_version").scalar()
            archive.writestr(REVISION, revision or "")
            # The tables as they are in this database (it may be at an older schema).
            existing = MetaData()
            existing.reflect(conn)
            counts = {
                table.name: _write_table(archive, conn, table, step)
                for table in existing.sorted_tables
            }
        manifest = {
            "format": FORMAT,
            "revision": revision,
            "tables": counts,
            "created": dt.datetime.now(dt.UTC).isoformat(),
        }
        archive.writestr(MANIFEST, json.dumps(manifest, indent=1))


ROWS_AT_ONCE = 2000  # rows read from the server at a time
# ... of a table with files in it: scans (up to 20 MB each), letters' PDFs. 2000 of them at
# once held GBs, and the window makes the day's backup.
FILE_ROWS_AT_ONCE = 4
LINES_AT_ONCE_CHARS = 1 << 20  # a line longer than this (a file's) is written at once


def rows_at_once(table, usual: int) -> int:
    """How many rows of ``table`` to hold at a time: :data:`FILE_ROWS_AT_ONCE` for a table with
    a binary column (the files of scans and letters), else ``usual``."""
    has_files = any(isinstance(column.type, LargeBinary) for column in table.columns)
    return FILE_ROWS_AT_ONCE if has_files else usual


def _write_table(archive: zipfile.ZipFile, conn, table, step: Step | None = None) -> int:
    """One table's rows into the archive as JSON lines (joined by newlines), fetched through a
    server-side cursor a batch at a time, each line written as it is made: the window makes the
    day's backup, and a million subjects, or thousands of scans, must not sit in its memory at
    once. Returns how many rows were written."""
    count = 0
    batch = rows_at_once(table, ROWS_AT_ONCE)
    result = conn.execution_options(yield_per=batch).execute(select(table))
    keys = list(result.keys())
    with result, archive.open(f"{table.name}.jsonl", "w", force_zip64=True) as member:

        def write(lines: list[str]) -> None:
            nonlocal count
            member.write((("\n" if count else "") + "\n".join(lines)).encode("utf-8"))
            count += len(lines)

        for rows in result.partitions():
            lines = []
            for row in rows:
                lines.append(_line(dict(zip(keys, row, strict=True))))
                if len(lines[-1]) > LINES_AT_ONCE_CHARS:  # a file: written as it is encoded
                    write(lines)
                    lines = []
            if lines:
                write(lines)
            if step is not None:  # a safe point: a stop closes the server cursor, then the file
                step(count, 0)
    return count


def _encode(value):
    """A column's value JSON has no type for: a file's bytes, a date or time."""
    if isinstance(value, bytes | memoryview):
        return {"$b64": base64.b64encode(bytes(value)).decode()}
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not kept in a backup")


# One row as its line: JSON's C encoder, which asks _encode only about the values it cannot
# write itself (a third of a dump's time went into asking about every value).
_line = json.JSONEncoder(ensure_ascii=False, default=_encode).encode


# -- checking a backup ------------------------------------------------------------------------


def backup_kind(path: Path) -> str:
    """``"sqlite"`` or ``"zip"`` by the file's first bytes; else ``backup_unreadable``."""
    path = Path(path)
    if path.is_dir():
        raise StorageError("backup_is_folder", path=str(path))
    with open(path, "rb") as f:  # a missing file is an OSError for the caller
        head = f.read(len(SQLITE_HEADER))
    if head == SQLITE_HEADER:
        return "sqlite"
    if head[:4] == b"PK\x03\x04":
        return "zip"
    raise StorageError("backup_unreadable", path=str(path), error="neither SQLite nor zip")


def check_backup(
    path: Path, since: Anchor | None = None, step: Step | None = None, phase: Phase | None = None
) -> BackupCheck:
    """Open the backup and check it whole (see the module's docstring); the file is not changed.
    ``since``, ``step``, ``phase``: as for :func:`backup_checked` (``since`` None: the whole
    audit chain is recomputed)."""
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="derbes-check-") as scratch:
        return scratch_copy(path, Path(scratch) / "check.sqlite3", since, step, phase)


def scratch_copy(
    path: Path,
    scratch: Path,
    since: Anchor | None = None,
    step: Step | None = None,
    phase: Phase | None = None,
) -> BackupCheck:
    """Check the backup at ``path``, leaving a verified SQLite copy of it at ``scratch``
    (``scratch`` may be ``path`` itself, a SQLite file of the caller's own: it is then checked
    where it is, and opened as a database to be checked)."""
    from app.storage import restore  # the row loader (it imports this module)

    kind = backup_kind(path)
    _tell(phase, CHECKING)
    if kind == "sqlite":
        if Path(scratch) != path:  # a file of the caller's own may be checked where it is
            _read_sqlite(path, scratch, step)
        _integrity(scratch, path, step)
        revision = _sqlite_revision(scratch, path)
    else:
        revision, tables = read_archive(path)
        restore.check_revision(revision, path)
        db = Database(scratch, pool=False)
        try:
            restore.load_rows(db, revision, tables, path, step)
        finally:
            db.dispose()
        _integrity(scratch, path)
    restore.check_revision(revision, path)
    _tell(phase, CHAIN)
    found = restore.verify_audit(scratch, path, since, step)
    return BackupCheck(
        path, kind, revision, found.checked, path.stat().st_size, found.head, found.recomputed
    )


def _read_sqlite(path: Path, scratch: Path, step: Step | None = None) -> None:
    """The backup's pages (with its -wal, if one is beside it) into ``scratch``, read-only."""
    privacy.create_private_file(scratch)
    try:
        _copy_sqlite(f"{path.resolve().as_uri()}?mode=ro", scratch, step)
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            "backup_damaged", path=str(path), result=getattr(exc, "sqlite_errorname", "error")
        ) from exc


# SQLite's virtual-machine instructions between two calls of ``step`` (some tens a second)
INTEGRITY_STEP = 10_000_000


def _integrity(scratch: Path, original: Path, step: Step | None = None) -> None:
    """SQLite's ``integrity_check`` of the file; ``step(0, 0)`` is called while it runs, and
    what it raises (a cancel) interrupts the check and is raised again."""
    stopped: list[BaseException] = []

    def safe_point() -> int:
        try:
            step(0, 0)
        except BaseException as exc:  # noqa: BLE001 (raised again once SQLite has stopped)
            stopped.append(exc)
            return 1  # interrupts the statement
        return 0

    if step is not None:
        step(0, 0)  # a safe point before the check begins, however small the file
    try:
        con = sqlite3.connect(scratch)
        try:
            if step is not None:
                con.set_progress_handler(safe_point, INTEGRITY_STEP)
            rows = con.execute("PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if stopped:
            raise stopped[0] from None
        raise StorageError(
            "backup_damaged", path=str(original), result=getattr(exc, "sqlite_errorname", "error")
        ) from exc
    result = "; ".join(str(r[0]) for r in rows[:3])
    if result != "ok":
        raise StorageError("backup_damaged", path=str(original), result=result)


def _sqlite_revision(scratch: Path, original: Path) -> str:
    con = sqlite3.connect(scratch)
    try:
        row = con.execute("select version_num from alembic_version").fetchone()
    except sqlite3.DatabaseError:
        row = None
    finally:
        con.close()
    if not row or not row[0]:
        raise StorageError("backup_unreadable", path=str(original), error="no schema revision")
    return str(row[0])


def read_archive(path: Path) -> tuple[str, dict[str, ArchiveRows]]:
    """The revision and every table's rows of a JSON-lines zip, or ``backup_unreadable``.

    Every row is parsed and counted here (a damaged file is refused before anything is loaded),
    but none is kept: each table's rows are read again from the zip as they are loaded
    (:class:`ArchiveRows`), so a backup of a million subjects is checked in little memory."""

    def unreadable(error: str) -> StorageError:
        return StorageError("backup_unreadable", path=str(path), error=error)

    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
            if bad is not None:
                raise unreadable(f"{bad} is damaged")
            names = set(archive.namelist())
            if REVISION not in names:
                raise unreadable(f"no {REVISION}")
            revision = archive.read(REVISION).decode("utf-8").strip()
            if not revision:
                raise unreadable("no schema revision")
            manifest = json.loads(archive.read(MANIFEST)) if MANIFEST in names else {}
            tables = {}
            for name in sorted(n for n in names if n.endswith(".jsonl")):
                rows = ArchiveRows(Path(path), name)
                rows.count = sum(1 for _row in _member_rows(archive, name))
                tables[name[: -len(".jsonl")]] = rows
    except (zipfile.BadZipFile, UnicodeDecodeError, json.JSONDecodeError, KeyError) as exc:
        raise unreadable(type(exc).__name__) from exc
    for table, count in (manifest.get("tables") or {}).items():
        if len(tables.get(table, ())) != count:
            raise unreadable(f"{table}: {len(tables.get(table, ()))} rows of {count}")
    return revision, tables


def _member_rows(archive: zipfile.ZipFile, name: str) -> Iterator[dict]:
    with archive.open(name) as member, io.TextIOWrapper(member, "utf-8", newline="\n") as text:
        for line in text:
            if line.strip():
                yield json.loads(line)


@dataclass
class ArchiveRows:
    """One table's rows in a zip backup, parsed from the file each time they are iterated;
    ``len`` is the number :func:`read_archive` counted when it checked them."""

    path: Path
    name: str
    count: int = 0

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[dict]:
        with zipfile.ZipFile(self.path) as archive:
            yield from _member_rows(archive, self.name)
