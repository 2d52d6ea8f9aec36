"""Opening Register a letter in a test and waiting for it to settle (its debounced due-date and
subject searches, and whatever the worker and the pool still run), shared by its test files."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication

from app.ui.dialogs.register_letter import RegisterLetterDialog


def settle(qtbot, dialog, wait_idle, timeout: int = 10_000) -> None:
    """Let the debounced due-date and subject searches run and report back."""

    def quiet() -> bool:
        if not shiboken6.isValid(dialog):
            return True
        timers = (dialog._preview_timer, dialog._search_timer)
        return not any(t.isActive() for t in timers) and dialog.ops.idle

    qtbot.waitUntil(quiet, timeout=timeout)
    wait_idle(timeout)


def dialog_opener(qtbot, ops, prefs, wait_idle, timeout: int = 10_000):
    """A fixture's body: yields ``make()``, which opens a shown, settled dialog; at the end
    every dialog still open is discarded and the operations it started are let finish."""
    made: list[RegisterLetterDialog] = []

    def make() -> RegisterLetterDialog:
        dialog = RegisterLetterDialog(ops, prefs)
        made.append(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitExposed(dialog)
        settle(qtbot, dialog, wait_idle, timeout)
        return dialog

    yield make
    for dialog in made:
        if shiboken6.isValid(dialog):
            dialog._discarding = True
            dialog.reject()
    qtbot.waitUntil(lambda: ops.idle, timeout=timeout)
    QApplication.processEvents()
