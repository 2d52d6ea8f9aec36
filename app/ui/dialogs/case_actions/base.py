"""What the case window's small dialogs share: the dates they show and take, and ActionDialog,
which puts a refusal at its field, runs one change through ``ops`` and closes on success.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QWidget

from app.domain.errors import DomainError, Problem
from app.services.versions import Conflict
from app.ui.conflict import show_conflict
from app.ui.messages import describe_error
from app.ui.operations import Operations
from app.ui.problems import problem_text


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def long_date(day: dt.date | None) -> str:
    """'Fri 04.12.2026' in the interface's language."""
    if day is None:
        return "—"
    return QLocale().toString(qdate(day), "ddd dd.MM.yyyy")


def short_date(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "—"


class ActionDialog(QDialog):
    """Shared behaviour: errors at their fields, one change through ``ops``, closed on success."""

    applied = Signal(object)  # what the service returned

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._busy = False

    # Subclasses fill these after setupUi.
    field_errors: dict[str, QLabel]
    general_error: QLabel
    ok_button = None

    def clear_errors(self) -> None:
        for label in {*self.field_errors.values(), self.general_error}:
            label.clear()
            label.hide()

    def show_field_error(self, field: str, text: str) -> None:
        label = self.field_errors.get(field, self.general_error)
        label.setText(text)
        label.show()

    def show_problem(self, problem: Problem) -> None:
        """The problem worded by its code, at its field."""
        self.show_field_error(problem.field, problem_text(problem))

    def submit(self, fn) -> None:
        """Run the change; close on success, show the refusal where it belongs otherwise."""
        if self._busy:
            return
        self._busy = True
        if self.ok_button is not None:
            self.ok_button.setEnabled(False)
        self.ops.mutate(fn, on_done=self._succeeded, on_error=self._failed, owner=self)

    def _succeeded(self, result) -> None:
        self._busy = False
        self.applied.emit(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        if self.ok_button is not None:
            self.ok_button.setEnabled(True)
        if isinstance(exc, Conflict):  # another officer changed the case: who, when, reload
            self.conflict_box = show_conflict(self, exc, on_reload=self._reload_case)
        elif isinstance(exc, DomainError) and any(
            p.field in self.field_errors for p in exc.problems
        ):
            for problem in exc.problems:
                self.show_problem(problem)
        else:
            self.show_field_error("", describe_error(exc))

    def _reload_case(self) -> None:
        case_view = self.parent()
        self.reject()
        if callable(getattr(case_view, "reload", None)):
            case_view.reload()


def ctrl_enter_accepts(dialog: QDialog, edit: QPlainTextEdit, slot) -> None:
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.activated.connect(slot)
