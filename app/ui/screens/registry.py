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

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from app.ui.screens.base import Screen


@dataclass(frozen=True)
class ScreenEntry:
    """A screen the window lists before its module is loaded."""

    key: str
    title: Callable[[], str]  # in the interface's language, asked when the label is made
    load: Callable[[], type[Screen]]

    @classmethod
    def at(cls, key: str, path: str, title: Callable[[], str]) -> ScreenEntry:
        module, _, name = path.partition(":")
        return cls(key, title, lambda: getattr(importlib.import_module(module), name))

    @classmethod
    def of(cls, screen: type[Screen]) -> ScreenEntry:
        """A class already loaded (a test's window of chosen screens)."""
        return cls(screen.key, screen.title, lambda: screen)


def _tr(context: str, text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate(context, text)


def screen_entries() -> list[ScreenEntry]:
    at = ScreenEntry.at
    return [
        at(
            "dashboard",
            "app.ui.screens.dashboard:DashboardScreen",
            _tr("DashboardScreen", "Dashboard"),
        ),
        at("requests", "app.ui.screens.requests:RequestsScreen", _tr("RequestsScreen", "Requests")),
        at("outgoing", "app.ui.screens.outgoing:OutgoingScreen", _tr("OutgoingScreen", "Outgoing")),
        at("reports", "app.ui.screens.reports:ReportsScreen", _tr("ReportsScreen", "Reports")),
        at("subjects", "app.ui.screens.subjects:SubjectsScreen", _tr("SubjectsScreen", "Subjects")),
        at("settings", "app.ui.screens.settings:SettingsScreen", _tr("SettingsScreen", "Settings")),
    ]


def screen_classes() -> list[type[Screen]]:
    """Every screen's class (this loads all their modules)."""
    return [entry.load() for entry in screen_entries()]


def title_of(key: str) -> str:
    """The navigation title of the screen ``key``."""
    return next(entry.title() for entry in screen_entries() if entry.key == key)
