"""Dispatch one or several final letters: method, date, weight class, a tracking number each.

Every tracking number is checked as it is typed by the domain's rule
(:func:`app.domain.dispatch.check_tracking`): a valid UPU S10 number gets a tick, anything else
a warning, and the dispatch is then possible only once the officer ticks "keep the numbers that
are not UPU S10". The date is checked live too (not in the future, not before a letter's own
date). The service checks everything again in its one transaction; ``dispatched(results)`` is
emitted when it committed. The delivery notice or the return of one letter is
:class:`LetterOutcomeDialog`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from app.domain import dispatch as rules
from app.domain.dispatch import Method
from app.domain.errors import Problem
from app.services import dispatch
from app.services.outgoing import OutgoingRow
from app.ui.forms.ui_dispatch_dialog import Ui_DispatchDialog
from app.ui.forms.ui_letter_outcome import Ui_LetterOutcomeDialog
from app.ui.messages import describe_error
from app.ui.operations import Operations
from app.ui.problems import problem_text

LETTER, ADDRESSEE, TRACKING, CHECK = range(4)
OK_MARK = "✓"


def method_names() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        Method.REGISTERED.value: QCoreApplication.translate("DispatchDialog", "Registered post"),
        Method.HAND.value: QCoreApplication.translate("DispatchDialog", "Hand delivery"),
        Method.EMAIL.value: QCoreApplication.translate("DispatchDialog", "E-mail"),
        Method.COURIER.value: QCoreApplication.translate("DispatchDialog", "Courier"),
    }


class DispatchDialog(QDialog):
    """``DispatchDialog(ops, letters, parent)``: ``letters`` are the Outgoing screen's rows."""

    dispatched = Signal(object)  # list[dispatch.Dispatched]

    def __init__(
        self, ops: Operations, letters: Sequence[OutgoingRow], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("dispatchDialog")
        self.ops = ops
        self.letters = list(letters)
        self.ui = Ui_DispatchDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("dispatchButton")
        self.ok_button.setText(self.tr("&Dispatch"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        for value, name in method_names().items():
            ui.methodCombo.addItem(name, value)
        for grams in rules.WEIGHT_CLASSES:
            ui.weightCombo.addItem(self.tr("up to {0} g").format(grams), grams)
        ui.dateEdit.setDate(QDate(ops.ctx.today()))
        ui.dateEdit.setMaximumDate(QDate(ops.ctx.today()))
        self.setWindowTitle(
            self.tr("Dispatch letter {0}").format(self.letters[0].out_number)
            if len(self.letters) == 1
            else self.tr("Dispatch {0} letters").format(len(self.letters))
        )
        table = ui.lettersTable
        table.setRowCount(len(self.letters))
        self.tracking_edits: list[QLineEdit] = []
        for row, letter in enumerate(self.letters):
            table.setItem(row, LETTER, QTableWidgetItem(letter.out_number))
            table.setItem(row, ADDRESSEE, QTableWidgetItem(letter.addressee))
            edit = QLineEdit(letter.tracking, objectName=f"tracking_{row}")
            edit.setMaxLength(rules.MAX_TRACKING)
            edit.setPlaceholderText("RR123456785KZ")
            edit.textChanged.connect(self.check)
            table.setCellWidget(row, TRACKING, edit)
            table.setItem(row, CHECK, QTableWidgetItem(""))
            self.tracking_edits.append(edit)
        header = table.horizontalHeader()
        header.setSectionResizeMode(ADDRESSEE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LETTER, QHeaderView.ResizeMode.ResizeToContents)
        table.setColumnWidth(TRACKING, 170)
        table.setColumnWidth(CHECK, 120)
        table.setWordWrap(False)
        ui.methodCombo.currentIndexChanged.connect(self.check)
        ui.dateEdit.dateChanged.connect(self.check)
        ui.noteEdit.textChanged.connect(self.check)
        ui.acceptCheck.toggled.connect(self.check)
        ui.generalError.hide()
        self.check()
        if self.tracking_edits:
            self.tracking_edits[0].setFocus()

    # -- what the officer typed ---------------------------------------------------------------

    def method(self) -> Method:
        return Method(self.ui.methodCombo.currentData())

    def sent_on(self) -> dt.date:
        return self.ui.dateEdit.date().toPython()

    def order(self) -> dispatch.Dispatch:
        registered = self.method() is Method.REGISTERED
        return dispatch.Dispatch(
            method=self.method().value,
            sent_on=self.sent_on(),
            items=[
                dispatch.Item(letter.id, edit.text())
                for letter, edit in zip(self.letters, self.tracking_edits, strict=True)
            ],
            weight=self.ui.weightCombo.currentData() if registered else None,
            note=self.ui.noteEdit.text(),
            accept_non_s10=self.ui.acceptCheck.isChecked(),
        )

    # -- live checks --------------------------------------------------------------------------

    def check(self, *_args) -> bool:
        """Check every field by the domain's rules; True when the dispatch may be saved."""
        ui, method = self.ui, self.method()
        takes_tracking = method in (Method.REGISTERED, Method.COURIER)
        ui.weightCombo.setEnabled(method is Method.REGISTERED)
        ui.lettersTable.setColumnHidden(TRACKING, not takes_tracking)
        ui.lettersTable.setColumnHidden(CHECK, method is not Method.REGISTERED)
        errors: list[Problem] = []
        warnings: list[Problem] = []
        for row, edit in enumerate(self.tracking_edits):
            found = rules.check_tracking(method, edit.text() if takes_tracking else "")
            mark = ""
            if found.error:
                errors.append(found.error)
                mark = problem_text(found.error)
            elif found.warning:
                warnings.append(found.warning)
                mark = "⚠ " + self.tr("not S10")
            elif found.value and method is Method.REGISTERED:
                mark = OK_MARK
            item = ui.lettersTable.item(row, CHECK)
            item.setText(mark)
            item.setToolTip(problem_text(found.warning) if found.warning else "")
        newest = max((x.out_date for x in self.letters if x.out_date), default=None)
        date_problem = rules.sent_problem(self.sent_on(), newest, self.ops.ctx.today())
        ui.dateError.setText(problem_text(date_problem) if date_problem else "")
        ui.dateError.setVisible(date_problem is not None)
        note = rules.note_problem(ui.noteEdit.text())
        if note:
            errors.append(note)
        if warnings:
            ui.warningLabel.setText("\n".join(problem_text(w) for w in warnings))
        ui.warningLabel.setVisible(bool(warnings))
        ui.acceptCheck.setVisible(bool(warnings))
        ok = (
            bool(self.letters)
            and not errors
            and date_problem is None
            and (not warnings or ui.acceptCheck.isChecked())
        )
        self.ok_button.setEnabled(ok)
        return ok

    def has_warning(self) -> bool:
        return self.ui.warningLabel.isVisibleTo(self)

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        if not self.check():
            return
        order = self.order()
        self.ok_button.setEnabled(False)
        self.ui.generalError.hide()
        self.ops.mutate(
            lambda ctx: dispatch.dispatch(ctx, order),
            on_done=self._saved,
            on_error=self._failed,
            owner=self,
        )

    def _saved(self, results) -> None:
        self.dispatched.emit(results)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ok_button.setEnabled(True)
        text = describe_error(exc)
        self.ui.generalError.setText(text)
        self.ui.generalError.show()


class LetterOutcomeDialog(QDialog):
    """The delivery notice or the return of one posted letter."""

    saved = Signal(object)  # dispatch.Dispatched

    def __init__(self, ops: Operations, letter: OutgoingRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("letterOutcomeDialog")
        self.ops = ops
        self.letter = letter
        self.ui = Ui_LetterOutcomeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        sent = letter.sent_on.strftime("%d.%m.%Y") if letter.sent_on else ""
        ui.letterLabel.setText(
            self.tr("Letter {0} to {1}, sent on {2}").format(
                letter.out_number, letter.addressee, sent
            )
        )
        ui.dateEdit.setDate(QDate(ops.ctx.today()))
        ui.dateEdit.setMaximumDate(QDate(ops.ctx.today()))
        ui.dateEdit.dateChanged.connect(self.check)
        ui.returnedRadio.toggled.connect(self.check)
        self.check()

    def returned(self) -> bool:
        return self.ui.returnedRadio.isChecked()

    def check(self, *_args) -> bool:
        field = "returned_on" if self.returned() else "delivered_on"
        day = self.ui.dateEdit.date().toPython()
        found = rules.outcome_problem(day, self.letter.sent_on, self.ops.ctx.today(), field)
        self.ui.dateError.setText(problem_text(found) if found else "")
        self.ui.dateError.setVisible(found is not None)
        self.ui.noteEdit.setEnabled(self.returned())
        self.save_button.setEnabled(found is None)
        return found is None

    def save(self) -> None:
        if not self.check():
            return
        letter_id, day = self.letter.id, self.ui.dateEdit.date().toPython()
        note = self.ui.noteEdit.text()
        if self.returned():
            fn = lambda ctx: dispatch.record_return(ctx, letter_id, day, note)  # noqa: E731
        else:
            fn = lambda ctx: dispatch.record_delivery(ctx, letter_id, day)  # noqa: E731
        self.save_button.setEnabled(False)
        self.ops.mutate(fn, on_done=self._saved, on_error=self._failed, owner=self)

    def _saved(self, result) -> None:
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        text = describe_error(exc)
        self.ui.dateError.setText(text)
        self.ui.dateError.show()
