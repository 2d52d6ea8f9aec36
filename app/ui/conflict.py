"""Someone else changed the record: say who and when, and offer to reload it.

Shown when a save is refused with :class:`app.services.versions.Conflict` (optimistic locking):
the officer's change was NOT saved, nothing of the other officer's was overwritten. "Reload"
reads the record again (the caller's ``on_reload``); "Close" keeps the form as it is, and saving
it again is refused again until it is reloaded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.versions import Conflict
from app.ui.problems import problem_text


def show_conflict(
    parent: QWidget, exc: Conflict, on_reload: Callable[[], None] | None = None
) -> QMessageBox:
    """A window-modal box (opened, not exec'd) naming who changed the record and when."""
    box = QMessageBox(parent)
    box.setObjectName("conflictBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Conflict", "Changed by someone else"))
    box.setText(problem_text(exc.first))
    box.setInformativeText(
        QCoreApplication.translate(
            "Conflict", "Your change was not saved, and nothing of theirs was overwritten."
        )
    )
    reload = box.addButton(
        QCoreApplication.translate("Conflict", "Reload"), QMessageBox.ButtonRole.AcceptRole
    )
    reload.setObjectName("conflictReloadButton")
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(reload)

    def answered(button) -> None:
        if button is reload and on_reload is not None:
            on_reload()

    box.buttonClicked.connect(answered)
    box.open()
    return box
