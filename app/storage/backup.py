"""Copies of a whole database.

SQLite: the online backup API into a new SQLite file (consistent while others write).
PostgreSQL: every table's rows, in dependency order, as JSON lines in a zip, with the schema
revision, so the same program can restore it into an empty database.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import sqlite3
import zipfile
from pathlib import Path

from sqlalchemy import MetaData, select

from app.storage.database import Database, StorageError, translate_errors


def backup_database(db: Database, target: Path) -> Path:
    """Copy ``db`` to ``target``; a file system failure propagates as ``OSError``."""
    with translate_errors(db.label):
        return _backup(db, Path(target))


def _backup(db: Database, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    if db.is_sqlite:
        target = target if target.suffix else target.with_suffix(".sqlite3")
        source = sqlite3.connect(db.url.database, timeout=30)
        try:
            dest = sqlite3.connect(target)
            try:
                source.backup(dest)
                ok = dest.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dest.close()
        finally:
            source.close()
        if ok != "ok":
            target.unlink(missing_ok=True)
            raise StorageError("db_backup_failed", path=str(target), result=str(ok))
        return target
    target = target if target.suffix else target.with_suffix(".zip")
    with (
        db.engine.connect() as conn,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        revision = conn.exec_driver_sql("select version_num from alembic_version").scalar()
        archive.writestr("revision.txt", revision or "")
        # The tables as they are in this database (it may be at an older schema).
        existing = MetaData()
        existing.reflect(conn)
        for table in existing.sorted_tables:
            lines = [
                json.dumps({k: _encode(v) for k, v in row._mapping.items()}, ensure_ascii=False)
                for row in conn.execute(select(table))
            ]
            archive.writestr(f"{table.name}.jsonl", "\n".join(lines))
    return target


def _encode(value):
    if isinstance(value, bytes | memoryview):
        return {"$b64": base64.b64encode(bytes(value)).decode()}
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value
