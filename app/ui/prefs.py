"""Per-user window preferences in a QSettings INI file (after Picard's config and PreserveGeometry).

Business settings live in the database (services.settings); these are only how the window looks
for this user on this machine: geometry, splitters, table columns, last filters, language.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from app.storage.database import APP_NAME


def settings_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "derbes.ini"


class Prefs:
    """Typed access with defaults; values are JSON text so types survive the INI file."""

    DEFAULTS: dict[str, Any] = {
        "ui/language": "",  # "" = the system's
        "ui/last_database": "",
        "register/filters": {},
        "register/sort": ["reg_number", True],
    }

    def __init__(self, path: Path | None = None):
        path = path or settings_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: str, default: Any = None) -> Any:
        raw = self.qsettings.value(key)
        if raw is None:
            return self.DEFAULTS.get(key, default) if default is None else default
        try:
            return json.loads(raw)
        except (TypeError, ValueError):
            return self.DEFAULTS.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self.qsettings.setValue(key, json.dumps(value, ensure_ascii=False))

    def get_bytes(self, key: str) -> QByteArray | None:
        raw = self.qsettings.value(key)
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.qsettings.setValue(key, value)

    def sync(self) -> None:
        self.qsettings.sync()


def restore_geometry(prefs: Prefs, widget: QWidget, key: str) -> None:
    state = prefs.get_bytes(f"geometry/{key}")
    if state is not None:
        widget.restoreGeometry(state)


def save_geometry(prefs: Prefs, widget: QWidget, key: str) -> None:
    prefs.set_bytes(f"geometry/{key}", widget.saveGeometry())


def restore_splitter(prefs: Prefs, splitter: QSplitter, key: str) -> None:
    state = prefs.get_bytes(f"splitter/{key}")
    if state is not None:
        splitter.restoreState(state)


def save_splitter(prefs: Prefs, splitter: QSplitter, key: str) -> None:
    prefs.set_bytes(f"splitter/{key}", splitter.saveState())


def restore_header(prefs: Prefs, header: QHeaderView, key: str) -> None:
    state = prefs.get_bytes(f"header/{key}")
    if state is not None:
        header.restoreState(state)


def save_header(prefs: Prefs, header: QHeaderView, key: str) -> None:
    prefs.set_bytes(f"header/{key}", header.saveState())
