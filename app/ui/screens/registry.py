"""The screens of the main window, in navigation order. Adding a screen is one line here."""

from __future__ import annotations

from app.ui.screens.base import Screen
from app.ui.screens.dashboard import DashboardScreen
from app.ui.screens.outgoing import OutgoingScreen
from app.ui.screens.reports import ReportsScreen
from app.ui.screens.requests import RequestsScreen
from app.ui.screens.settings import SettingsScreen
from app.ui.screens.subjects import SubjectsScreen


def screen_classes() -> list[type[Screen]]:
    return [
        DashboardScreen,
        RequestsScreen,
        OutgoingScreen,
        ReportsScreen,
        SubjectsScreen,
        SettingsScreen,
    ]
