"""Per-user window preferences in a QSettings INI file (after Picard's config and PreserveGeometry).

Business settings live in the database (services.settings); these are only how the window looks
for this user on this machine: geometry, splitters, table columns, last filters, language.

Every preference is declared once, below, with its key, type and default (an :class:`Option`),
and every saved layout (window geometry, splitter, table header) as a :class:`Layout`. Screens
pass the declarations, never key strings: an unknown key raises ``KeyError`` and a value of the
wrong type ``TypeError``, so a typo fails at once instead of silently storing a second setting.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import platformdirs
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from app.services.paths import APP_NAME

T = TypeVar("T")
NoneType = type(None)


def settings_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "derbes.ini"


@dataclass(frozen=True)
class Option(Generic[T]):
    """One preference: its key in the INI file, the JSON types it may hold, its default."""

    key: str
    types: tuple[type, ...]
    default: T

    def accepts(self, value: Any) -> bool:
        # exact types: True is not an int here, 1 is not a bool
        return type(value) in self.types

    def check(self, value: Any) -> None:
        if not self.accepts(value):
            names = " or ".join(t.__name__ for t in self.types)
            raise TypeError(f"preference {self.key!r} takes {names}, not {value!r}")


OPTIONS: dict[str, Option] = {}


def _option(key: str, types: type | tuple[type, ...], default: Any) -> Option:
    option = Option(key, types if isinstance(types, tuple) else (types,), default)
    option.check(default)
    if key in OPTIONS:
        raise ValueError(f"preference {key!r} is declared twice")
    OPTIONS[key] = option
    return option


# -- the preferences ----------------------------------------------------------------------------

LANGUAGE: Option[str] = _option("ui/language", str, "")  # "" = the system's
LAST_DATABASE: Option[str] = _option("ui/last_database", str, "")
# the database chosen in Settings › Database: a path or a URL, NEVER with a password in it
DATABASE_URL: Option[str] = _option("database/url", str, "")
REGISTER_FILTERS: Option[dict] = _option("register/filters", dict, {})
REGISTER_SORT: Option[list] = _option("register/sort", list, ["reg_number", True])
SUBJECTS_OPERATOR: Option[int | None] = _option("subjects/operator", (int, NoneType), None)
CASE_TAB: Option[int] = _option("case/tab", int, 0)
CASE_EXPLAIN_OPEN: Option[bool] = _option("case/explain_open", bool, False)
REGISTER_LETTER_OPERATOR: Option[int | None] = _option(
    "register_letter/operator_id", (int, NoneType), None
)
REGISTER_LETTER_CHANNEL: Option[str | None] = _option(
    "register_letter/channel", (str, NoneType), ""
)
REGISTER_LETTER_LANGUAGE: Option[str | None] = _option(
    "register_letter/language", (str, NoneType), ""
)
REGISTER_LETTER_SCAN_DIR: Option[str] = _option("register_letter/scan_dir", str, "")
LETTERS_FOLDER: Option[str] = _option("letters/last_folder", str, "")
CASE_FILE_FOLDER: Option[str] = _option("case_file/last_folder", str, "")
BATCH_KIND: Option[str] = _option("batch/kind", str, "acknowledgement")
BATCH_LANGUAGE: Option[str] = _option("batch/language", str, "own")
BATCH_FORMAT: Option[str | None] = _option("batch/format", (str, NoneType), None)
BATCH_FOLDER: Option[str] = _option("batch/folder", str, "")
BATCH_PRINT: Option[bool] = _option("batch/print", bool, False)
SETTINGS_TAB: Option[int] = _option("settings/tab", int, 0)
TEMPLATES_CURRENT: Option[str] = _option("settings/templates/current", str, "")
# the dashboard: its filters, and the day (ISO) its start-up reminder was last shown
DASHBOARD_OPERATOR: Option[int | None] = _option("dashboard/operator", (int, NoneType), None)
DASHBOARD_ASSIGNEE: Option[str | None] = _option("dashboard/assignee", (str, NoneType), None)
DASHBOARD_REMINDED: Option[str] = _option("dashboard/reminded", str, "")

# -- saved layouts --------------------------------------------------------------------------------

GEOMETRY, SPLITTER, HEADER = "geometry", "splitter", "header"


@dataclass(frozen=True)
class Layout:
    """The saved state of one window, dialog or panel: which parts (geometry, splitter, table
    header) it keeps, each under ``part/name`` in the INI file."""

    name: str
    parts: frozenset[str]

    def key(self, part: str) -> str:
        if part not in self.parts:
            raise KeyError(f"layout {self.name!r} keeps no {part} (only {sorted(self.parts)})")
        return f"{part}/{self.name}"


LAYOUTS: dict[str, Layout] = {}


def _layout(name: str, *parts: str) -> Layout:
    assert parts and set(parts) <= {GEOMETRY, SPLITTER, HEADER}, parts
    if name in LAYOUTS:
        raise ValueError(f"layout {name!r} is declared twice")
    LAYOUTS[name] = Layout(name, frozenset(parts))
    return LAYOUTS[name]


MAIN_WINDOW = _layout("main", GEOMETRY)
CASE_WINDOW = _layout("case", GEOMETRY, SPLITTER)
REGISTER_LETTER_DIALOG = _layout("register_letter", GEOMETRY)
PREPARE_LETTER_DIALOG = _layout("prepare_letter", GEOMETRY, SPLITTER)
BATCH_LETTERS_DIALOG = _layout("batch_letters", GEOMETRY)
REGISTER_TABLE = _layout("register", HEADER)
SUBJECTS_SCREEN = _layout("subjects", SPLITTER)
SUBJECTS_RESULTS = _layout("subjects.results", HEADER)
LETTERS_PANEL = _layout("letters_panel", HEADER)
OPERATORS_PAGE = _layout("settings/operators", SPLITTER, HEADER)
DEADLINES_PAGE = _layout("settings/deadlines", HEADER)
CALENDAR_PAGE = _layout("settings/calendar", SPLITTER, HEADER)
TEMPLATES_PAGE = _layout("settings/templates", SPLITTER)


def option(key: Option | str) -> Option:
    """The declaration itself, or the one declared under this key (``KeyError`` if none)."""
    if isinstance(key, Option):
        if OPTIONS.get(key.key) is not key:
            raise KeyError(f"preference {key.key!r} is not declared in app.ui.prefs")
        return key
    try:
        return OPTIONS[key]
    except KeyError:
        raise KeyError(f"preference {key!r} is not declared in app.ui.prefs") from None


class Prefs:
    """Typed access to the declared preferences; values are JSON text so types survive the INI
    file. A stored value of the wrong type (an old version, a hand edit) reads as the default."""

    def __init__(self, path: Path | None = None):
        path = path or settings_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: Option[T] | str) -> T:
        opt = option(key)
        raw = self.qsettings.value(opt.key)
        if raw is not None:
            try:
                value = json.loads(raw)
            except (TypeError, ValueError):
                pass
            else:
                if opt.accepts(value):
                    return value
        return json.loads(json.dumps(opt.default))  # a fresh copy of a list or dict default

    def set(self, key: Option[T] | str, value: T) -> None:
        opt = option(key)
        opt.check(value)
        self.qsettings.setValue(opt.key, json.dumps(value, ensure_ascii=False))

    def get_state(self, layout: Layout, part: str) -> QByteArray | None:
        raw = self.qsettings.value(layout.key(part))
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def get_bytes(self, key: str) -> QByteArray | None:
        """The saved state under a declared layout key such as ``"geometry/case"`` (for tests
        and tools; screens use :func:`restore_geometry` and friends)."""
        part, _, name = key.partition("/")
        layout = LAYOUTS.get(name)
        if layout is None or part not in layout.parts:
            raise KeyError(f"layout state {key!r} is not declared in app.ui.prefs")
        return self.get_state(layout, part)

    def set_state(self, layout: Layout, part: str, value: QByteArray) -> None:
        self.qsettings.setValue(layout.key(part), value)

    def sync(self) -> None:
        self.qsettings.sync()


def _declared(layout: Layout) -> Layout:
    if not isinstance(layout, Layout) or LAYOUTS.get(layout.name) is not layout:
        raise KeyError(f"layout {layout!r} is not declared in app.ui.prefs")
    return layout


def restore_geometry(prefs: Prefs, widget: QWidget, layout: Layout) -> bool:
    """Put the widget where it was; True when a saved geometry existed."""
    state = prefs.get_state(_declared(layout), GEOMETRY)
    if state is not None:
        widget.restoreGeometry(state)
    return state is not None


def save_geometry(prefs: Prefs, widget: QWidget, layout: Layout) -> None:
    prefs.set_state(_declared(layout), GEOMETRY, widget.saveGeometry())


def restore_splitter(prefs: Prefs, splitter: QSplitter, layout: Layout) -> bool:
    state = prefs.get_state(_declared(layout), SPLITTER)
    if state is not None:
        splitter.restoreState(state)
    return state is not None


def save_splitter(prefs: Prefs, splitter: QSplitter, layout: Layout) -> None:
    prefs.set_state(_declared(layout), SPLITTER, splitter.saveState())


def restore_header(prefs: Prefs, header: QHeaderView, layout: Layout) -> bool:
    """Columns as the user left them; True when a saved state existed."""
    state = prefs.get_state(_declared(layout), HEADER)
    if state is not None:
        header.restoreState(state)
    return state is not None


def save_header(prefs: Prefs, header: QHeaderView, layout: Layout) -> None:
    prefs.set_state(_declared(layout), HEADER, header.saveState())
