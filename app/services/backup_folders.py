"""Where a database's backups live: its own folder under the backups folder.

Apart from :mod:`app.services.backups` (which loads the audit and the backup copy), so that
opening a database, which names the folder a migration's copy would go to, loads neither
until an upgrade needs that copy."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

from app.services import paths

if TYPE_CHECKING:
    from app.storage.database import Database


def folder_for(db: Database) -> Path:
    """This database's own backups folder (two databases never share their rotation)."""
    label = db.label
    stem = Path(db.url.database).stem if db.is_sqlite else (db.url.database or "postgres")
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)[:40] or "database"
    return paths.backups_dir() / f"{slug}-{hashlib.sha256(label.encode()).hexdigest()[:8]}"
