"""What every screen of the main window is: a widget that knows its title and what to refresh."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class Screen(QWidget):
    """A page of the main window. Subclasses set ``key`` and ``topics`` and implement refresh.

    A screen reads and changes data only through ``self.ops`` (never a session), and refreshes
    when a change touches one of its ``topics``; a hidden screen refreshes when next shown.
    """

    key = ""
    topics: frozenset[str] = frozenset()
    shortcut = ""

    def __init__(self, shell: MainWindow):
        super().__init__(shell)
        self.shell = shell
        self.ops = shell.ops
        self.prefs = shell.prefs
        self._stale = True

    @classmethod
    def title(cls) -> str:  # pragma: no cover - each screen overrides
        raise NotImplementedError

    def refresh(self) -> None:
        """Load what the screen shows (asynchronously, through ``self.ops``)."""

    def on_changed(self, topics: frozenset[str]) -> None:
        if not topics & self.topics:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def may_close(self) -> bool:
        """False keeps the window open (e.g. the user chose to go back to unsaved work)."""
        return True

    def save_state(self) -> None:
        """Remember layout (columns, splitters, filters) before the window closes."""
