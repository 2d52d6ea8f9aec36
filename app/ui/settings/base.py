"""What every page of the Settings screen is: a widget that knows what it shows and refreshes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from app.ui.screens.settings import SettingsScreen

LANGUAGES = ("en", "kk", "ru")


def ui_language(language_pref: str) -> str:
    """The interface language in force: the stored choice, else the system's, else English."""
    language = language_pref or QLocale.system().name().split("_")[0]
    return language if language in LANGUAGES else "en"


class SettingsPage(QWidget):
    """A page of the Settings screen. Subclasses set ``topics`` and implement ``refresh``."""

    topics: frozenset[str] = frozenset()

    def __init__(self, screen: SettingsScreen):
        super().__init__(screen)
        self.screen = screen
        self.ops = screen.ops
        self.prefs = screen.prefs
        self.stale = True

    @classmethod
    def title(cls) -> str:  # pragma: no cover - each page overrides
        raise NotImplementedError

    def refresh(self) -> None:
        """Load what the page shows (asynchronously, through ``self.ops``)."""

    def save_state(self) -> None:
        """Remember layout (columns, splitters) before the window closes."""

    def tell(self, label: QLabel, text: str) -> None:
        """Say what just happened, on the page and in the window's status bar."""
        label.setText(text)
        label.show()
        self.screen.navigator.post_message(text)


MESSAGE_STYLE = (
    "QLabel { background: #e6f0fb; color: #1f4e87; border: 1px solid #c5d9f0;"
    " border-radius: 4px; padding: 6px 10px; }"
)
HINT_STYLE = "color: #666;"
