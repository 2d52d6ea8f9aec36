"""What a screen may ask of the window it lives in, as signals.

Screens (and the pages and panels inside them) know only this object, never the main window:
they call ``navigator.open_case(id)`` and the window, which connected the signals when it built
the screens, does the rest. A test can give a screen its own ``Navigator`` and watch the signals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Navigator(QObject):
    register_requested = Signal(dict)  # open the request register with these filters
    case_requested = Signal(int)  # open the case window of a request
    subject_requested = Signal(int)  # show a subject's card on the Subjects screen
    new_letter_requested = Signal()  # register an incoming letter
    screen_requested = Signal(str)  # show a screen by its key ("settings", ...)
    close_requested = Signal()  # close the window (after the user agreed to lose edits)
    message_posted = Signal(str, int)  # a line for the status bar, shown for so many ms
    language_changed = Signal(str)  # the interface language chosen ("" = the system's)

    def open_register(self, **filters) -> None:
        """Filters as ``RequestsScreen.apply_filters`` takes them (urgency, status, type, ...)."""
        self.register_requested.emit(dict(filters))

    def open_case(self, request_id: int) -> None:
        self.case_requested.emit(int(request_id))

    def open_subject(self, subject_id: int) -> None:
        self.subject_requested.emit(int(subject_id))

    def new_letter(self) -> None:
        self.new_letter_requested.emit()

    def show_screen(self, key: str) -> None:
        self.screen_requested.emit(key)

    def close_window(self) -> None:
        self.close_requested.emit()

    def post_message(self, text: str, timeout_ms: int = 10_000) -> None:
        self.message_posted.emit(text, timeout_ms)

    def change_language(self, language: str) -> None:
        self.language_changed.emit(language)
