"""Putting a backup back: checked first, what it replaces kept, then the database replaced.

Every backup is first turned into a verified scratch SQLite file (:func:`backup.scratch_copy`:
integrity, a revision this program knows, an intact audit chain). Then:

* SQLite: the scratch file is copied into the database through SQLite's online backup API (pages
  replaced under SQLite's own locks, so a connection left open elsewhere sees the restored
  database, never a mix);
* PostgreSQL: into an empty database, or, when the caller confirmed, after the old tables are
  dropped, all in ONE transaction: the schema at the backup's revision, every row, the sequences
  moved past the highest id. A failure leaves the database as it was.

The caller brings the restored database to this program's schema (``schema.ensure_current``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Date, DateTime, LargeBinary, MetaData, func, inspect, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from app.storage import backup as backups
from app.storage.database import Database, StorageError, translate_errors
from app.storage.schema import alembic_config, known_migrations, newest_migration

BATCH = 500
LOAD_CACHE_KB = 8192  # the page cache of a SQLite copy a backup's rows are loaded into


@dataclass(frozen=True)
class Restored:
    check: backups.BackupCheck
    kept: Path | None  # the copy of what was replaced (None: the database was empty)


def restore_database(
    db: Database, source: Path, keep_as: Path | None = None, replace: bool = False
) -> Restored:
    """Replace ``db`` by the backup at ``source``; what it held is first copied to ``keep_as``.

    Refused: a backup that fails its check (``backup_*``), the database itself as the source
    (``restore_same_file``), a PostgreSQL database with tables unless ``replace``
    (``restore_not_empty``)."""
    source = Path(os.path.abspath(Path(source).expanduser()))
    with (
        translate_errors(db.label),
        tempfile.TemporaryDirectory(prefix="derbes-restore-") as folder,
    ):
        scratch = Path(folder) / "restore.sqlite3"
        if db.is_sqlite and _same_file(Path(db.url.database), source):
            raise StorageError("restore_same_file", path=str(source), database=db.label)
        check = backups.scratch_copy(source, scratch)
        kept = None
        if db.is_sqlite:
            if _has_tables(db):
                kept = _keep(db, keep_as)
            db.dispose()
            _pages_into(scratch, Path(db.url.database))
            db.dispose()
        else:
            existing = _tables(db)
            if existing and not replace:
                raise StorageError("restore_not_empty", database=db.label, tables=len(existing))
            if existing:
                kept = _keep(db, keep_as)
            copy = Database(scratch, pool=False)
            try:
                with db.engine.begin() as conn:
                    for name in existing:
                        conn.execute(text(f'DROP TABLE IF EXISTS "{name}" CASCADE'))
                    _load(conn, check.revision, _sqlite_rows(copy), source)
            finally:
                copy.dispose()
            db.dispose()
    return Restored(check, kept)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _tables(db: Database) -> list[str]:
    return inspect(db.engine).get_table_names()


def _has_tables(db: Database) -> bool:
    path = Path(db.url.database)
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        return bool(_tables(db))
    except Exception:  # not readable as a database: still kept, as raw bytes
        return True


def _keep(db: Database, keep_as: Path | None) -> Path:
    """A copy of what is about to be replaced, not checked (it may be why one restores)."""
    if keep_as is None:
        raise ValueError("restoring over a database with data needs keep_as")
    target = backups.backup_target(db, keep_as)
    backups.privacy.private_dir(target.parent)
    with backups.private_temp(target.parent, target.name) as tmp:
        if db.is_sqlite:
            try:
                backups._copy_sqlite(Path(db.url.database), tmp)
            except sqlite3.DatabaseError:  # damaged: keep its bytes as they are
                with open(db.url.database, "rb") as src, open(tmp, "wb") as dst:
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)
        else:
            backups._dump_zip(db, tmp)
        backups.publish(tmp, target)
    return target


def _pages_into(scratch: Path, live: Path) -> None:
    source = sqlite3.connect(scratch)
    try:
        dest = sqlite3.connect(live, timeout=30)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    backups.privacy.protect_sqlite_side_files(live)


def _sqlite_rows(copy: Database) -> dict[str, _CopyRows]:
    """Every table's rows of the scratch copy, each read as it is loaded."""
    meta = MetaData()
    with copy.engine.connect() as conn:
        meta.reflect(conn)
    return {t.name: _CopyRows(copy, t) for t in meta.sorted_tables}


class _CopyRows:
    """One table's rows of a SQLite copy, read a batch at a time as they are loaded: a backup of
    a million subjects restored onto PostgreSQL must not be held in memory whole."""

    def __init__(self, copy: Database, table) -> None:
        self._copy, self._table = copy, table

    def __len__(self) -> int:
        with self._copy.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(self._table)).scalar_one()

    def __iter__(self):
        with self._copy.engine.connect() as conn:
            size = backups.rows_at_once(self._table, BATCH)
            result = conn.execution_options(yield_per=size).execute(select(self._table))
            for row in result:
                yield dict(row._mapping)


# -- checks a backup must pass --------------------------------------------------------------


def check_revision(revision: str, path: Path) -> None:
    # by the migration files' names: the window's daily backup checks its copy without Alembic
    if revision not in known_migrations():
        raise StorageError(
            "backup_too_new", path=str(path), revision=revision, head=newest_migration()
        )


VERIFY_CACHE_KB = 4096  # the page cache of the copy whose audit chain is verified


def verify_audit(scratch: Path, original: Path, since=None, step=None):
    """The audit chain of the copy, by the audit module's own check (from ``since``'s head on,
    when given: see ``audit.verify``); what it found, refused as ``backup_audit_broken``."""
    from app.storage import audit

    db = Database(scratch, pool=False)
    try:
        with db.session() as session:
            # The log is read once from end to end: a large page cache (the database's own
            # 64 MB) keeps nothing that is read again, and the window making the day's backup
            # held it on top of its own memory.
            session.connection().exec_driver_sql(f"PRAGMA cache_size=-{VERIFY_CACHE_KB}")
            result = audit.verify(session, progress=step, since=since)
    finally:
        db.dispose()
    if not result.ok:
        raise StorageError(
            "backup_audit_broken",
            path=str(original),
            problems=len(result.problems),
            checked=result.checked,
        )
    return result


# -- loading rows into a schema ---------------------------------------------------------------


def load_rows(
    db: Database,
    revision: str,
    tables: Mapping[str, Iterable[dict]],
    source: Path,
    step: Callable[[int, int], None] | None = None,
) -> None:
    """Create the schema at ``revision`` in the empty ``db`` and insert ``tables``' rows.
    ``step(rows so far, rows in all)`` is called after each batch: what it raises stops the
    load (its transaction rolled back)."""
    with db.engine.begin() as conn:
        _load(conn, revision, tables, source, step)


def _load(
    conn,
    revision: str,
    tables: Mapping[str, Iterable[dict]],
    source: Path,
    step: Callable[[int, int], None] | None = None,
) -> None:
    from alembic import command  # only to load rows: a SQLite copy is checked without it

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    cfg.attributes["restoring"] = True  # the rows (seeded ones included) come from the backup
    command.upgrade(cfg, revision)
    meta = MetaData()
    meta.reflect(conn)
    unknown = set(tables) - set(meta.tables) - {"alembic_version"}
    if unknown:
        raise StorageError(
            "backup_unreadable", path=str(source), error=f"unknown tables {sorted(unknown)}"
        )
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        # the scratch copy a zip is loaded into: the database's 64 MB page cache made the
        # window 60 MB heavier while its daily backup was checked, for 7 % of the load's time
        conn.exec_driver_sql(f"PRAGMA cache_size=-{LOAD_CACHE_KB}")
    loaded = 0
    total = (
        sum(len(rows) for name, rows in tables.items() if name != "alembic_version") if step else 0
    )
    try:
        for table in meta.sorted_tables:
            rows = tables.get(table.name) or []
            if table.name == "alembic_version" or not rows:
                continue
            decoded = (_decode(table, row, source) for row in rows)  # a batch at a time
            size = backups.rows_at_once(table, BATCH)
            while batch := list(itertools.islice(decoded, size)):
                conn.execute(table.insert(), batch)
                loaded += len(batch)
                if step is not None:  # a safe point: a stop rolls the whole load back
                    step(loaded, total)
        if conn.dialect.name == "postgresql":
            _move_sequences(conn, meta)
    except (IntegrityError, StatementError) as exc:
        raise StorageError(
            "backup_unreadable", path=str(source), error=type(exc.orig or exc).__name__
        ) from exc


def _decode(table, row: dict, source: Path) -> dict:
    extra = set(row) - set(table.columns.keys())
    if extra:
        raise StorageError(
            "backup_unreadable", path=str(source), error=f"{table.name}: columns {sorted(extra)}"
        )
    out = {}
    for name, value in row.items():
        kind = table.columns[name].type
        if isinstance(value, dict) and set(value) == {"$b64"} and isinstance(kind, LargeBinary):
            value = backups.base64.b64decode(value["$b64"])
        elif isinstance(value, str) and isinstance(kind, DateTime):
            value = dt.datetime.fromisoformat(value)
        elif isinstance(value, str) and isinstance(kind, Date):
            value = dt.date.fromisoformat(value)
        out[name] = value
    return out


def _move_sequences(conn, meta: MetaData) -> None:
    for table in meta.sorted_tables:
        if "id" not in table.columns or not table.columns["id"].primary_key:
            continue
        conn.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:t, 'id'), COALESCE(MAX(id), 1), "
                f'MAX(id) IS NOT NULL) FROM "{table.name}"'
            ),
            {"t": f'"{table.name}"'},
        )
