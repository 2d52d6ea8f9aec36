"""The screens of the main window, in navigation order. Adding a screen is one line here.

Each is named by its key, its title and where its class lives; the class's module is imported
and the screen built when it is first shown (the window starts with the dashboard alone: the
register, the subjects, the reports and the settings load their modules when the officer goes
there, or when a menu or a link asks for them).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from app.ui.screens.base import Screen


@dataclass(frozen=True)
class ScreenEntry:
    """A screen the window lists before its module is loaded."""

    key: str
    title: Callable[[], str]  # in the interface's language, asked when the label is made
    load: Callable[[], type[Screen]]

    @classmethod
    def at(cls, key: str, path: str, context: str, title: str) -> ScreenEntry:
        """``path`` is "module:Class"; ``title`` is translated in ``context`` (the class's)."""
        module, _, name = path.partition(":")
        return cls(
            key,
            lambda: QCoreApplication.translate(context, title),
            lambda: getattr(importlib.import_module(module), name),
        )

    @classmethod
    def of(cls, screen: type[Screen]) -> ScreenEntry:
        """A class already loaded (a test's window of chosen screens)."""
        return cls(screen.key, screen.title, lambda: screen)


# key, where the class is ("module:Class", whose name is the title's translation context),
# and the title, marked here for lupdate
_SCREENS = (
    (
        "dashboard",
        "app.ui.screens.dashboard:DashboardScreen",
        QT_TRANSLATE_NOOP("DashboardScreen", "Dashboard"),
    ),
    (
        "requests",
        "app.ui.screens.requests:RequestsScreen",
        QT_TRANSLATE_NOOP("RequestsScreen", "Requests"),
    ),
    (
        "outgoing",
        "app.ui.screens.outgoing:OutgoingScreen",
        QT_TRANSLATE_NOOP("OutgoingScreen", "Outgoing"),
    ),
    (
        "reports",
        "app.ui.screens.reports:ReportsScreen",
        QT_TRANSLATE_NOOP("ReportsScreen", "Reports"),
    ),
    (
        "subjects",
        "app.ui.screens.subjects:SubjectsScreen",
        QT_TRANSLATE_NOOP("SubjectsScreen", "Subjects"),
    ),
    (
        "settings",
        "app.ui.screens.settings:SettingsScreen",
        QT_TRANSLATE_NOOP("SettingsScreen", "Settings"),
    ),
)


def screen_entries() -> list[ScreenEntry]:
    return [
        ScreenEntry.at(key, path, path.rpartition(":")[2], title) for key, path, title in _SCREENS
    ]


def screen_classes() -> list[type[Screen]]:
    """Every screen's class (this loads all their modules)."""
    return [entry.load() for entry in screen_entries()]


def title_of(key: str) -> str:
    """The navigation title of the screen ``key``."""
    return next(entry.title() for entry in screen_entries() if entry.key == key)
