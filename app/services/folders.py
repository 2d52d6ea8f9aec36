"""Where Derbes keeps its files on this machine, for the window and the command line (which do
not reach into app.storage for it)."""

from __future__ import annotations

from app.storage.database import APP_NAME, data_dir, default_database_path

__all__ = ["APP_NAME", "data_dir", "default_database_path"]
