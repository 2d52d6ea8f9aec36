"""What every screen of the main window is: a widget that knows its title and what to refresh."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.ui.navigation import Navigator
    from app.ui.operations import Operations
    from app.ui.prefs import Prefs


class Host(Protocol):
    """What a screen needs from the widget it is built in (the main window, or a test's)."""

    ops: Operations
    prefs: Prefs
    navigator: Navigator


class Screen(QWidget):
    """A page of the main window. Subclasses set ``key`` and ``topics`` and implement refresh.

    A screen reads and changes data only through ``self.ops`` (never a session), and refreshes
    when a change touches one of its ``topics``; a hidden screen refreshes when next shown. It
    asks for other screens and windows through ``self.navigator`` (signals the window wires).
    """

    key = ""
    topics: frozenset[str] = frozenset()
    shortcut = ""

    def __init__(self, host: Host):
        super().__init__(host)  # type: ignore[arg-type]  # the host is a QWidget
        self.ops = host.ops
        self.prefs = host.prefs
        self.navigator = host.navigator
        self._stale = True

    @classmethod
    def title(cls) -> str:
        """The screen's navigation title (kept with its entry in ``screens/registry.py``)."""
        from app.ui.screens.registry import title_of

        return title_of(cls.key)

    def refresh(self) -> None:
        """Load what the screen shows (asynchronously, through ``self.ops``)."""

    def load_now(self) -> None:
        """Start loading what the screen shows before it is first shown (the window's first
        screen, while the window is still being built); the show that follows does not load it
        again, unless a change touched the screen's topics meanwhile."""
        self._stale = False
        self.refresh()

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

    def register_view(self):
        """What File › Export register and Print register take from this screen: an
        :class:`app.services.registers.View`, or None where the screen shows no register."""
        return None

    def may_close(self) -> bool:
        """False keeps the window open (e.g. the user chose to go back to unsaved work)."""
        return True

    def save_state(self) -> None:
        """Remember layout (columns, splitters, filters) before the window closes."""
