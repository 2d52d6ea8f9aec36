"""Backing up the whole database on request."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.services import paths
from app.services.context import Context
from app.services.errors import FileProblem
from app.storage.backup import backup_database


def backup(ctx: Context, target: Path | None = None) -> Path:
    """Copy the database (into the data folder's ``backups`` by default) and audit it.

    A file that cannot be written is a :class:`FileProblem`."""
    if target is None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = paths.backups_dir() / f"derbes-{stamp}"
    try:
        path = backup_database(ctx.db, Path(target))
    except OSError as exc:
        raise FileProblem.from_os_error(exc) from exc
    with ctx.write() as w:
        w.audit("database.backup", "database", "", None, {"path": str(path)})
    return path
