"""The program's folders on this machine (the platform's own places, through platformdirs)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "Derbes"


def data_dir() -> Path:
    """Databases and backups."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """The rotating log file."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """What this computer remembers about its databases (the audit anchors)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def backups_dir() -> Path:
    return data_dir() / "backups"


def default_database_path() -> Path:
    return data_dir() / "derbes.sqlite3"
