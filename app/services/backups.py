"""Backing up the whole database on request."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.services.context import Context
from app.storage.backup import backup_database
from app.storage.database import data_dir


def backup(ctx: Context, target: Path | None = None) -> Path:
    if target is None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = data_dir() / "backups" / f"derbes-{stamp}"
    path = backup_database(ctx.db, Path(target))
    with ctx.write() as w:
        w.audit("database.backup", "database", "", None, {"path": str(path)})
    return path
