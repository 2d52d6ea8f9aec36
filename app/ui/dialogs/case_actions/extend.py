"""Extend the deadline of a request, with its reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app.domain.deadlines import extension_days_for, extension_problem, extension_reason_problem
from app.domain.errors import DomainError
from app.services import requests, settings
from app.services.case import CaseRequest
from app.ui.dialogs.case_actions.base import (
    ActionDialog,
    ctrl_enter_accepts,
    long_date,
    pydate,
    qdate,
    short_date,
)
from app.ui.forms.ui_extend import Ui_ExtendDialog
from app.ui.operations import Operations
from app.ui.problems import problem_text


class ExtendDialog(ActionDialog):
    """Extend the deadline by N working days or to a new due date, with a reason."""

    def __init__(self, ops: Operations, request: CaseRequest, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.request = request
        self.calendar = None
        self.ui = Ui_ExtendDialog()
        self.ui.setupUi(self)
        self.setObjectName("extendDialog")
        self.setWindowTitle(self.tr("Extend the deadline — {0}").format(request.reg_number))
        self.field_errors = {
            "reason": self.ui.reasonError,
            "days": self.ui.daysError,
            "new_due": self.ui.daysError,
            "status": self.ui.generalError,
        }
        self.general_error = self.ui.generalError
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ui.currentDueLabel.setText(
            self.tr("The current due date is <b>{0}</b>.").format(long_date(request.due_date))
        )
        due = request.due_date or dt.date.today()
        self.ui.newDueEdit.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        self.ui.newDueEdit.setDate(qdate(due + dt.timedelta(days=14)))
        self.clear_errors()
        self._sync_modes()
        self.ui.byDaysRadio.toggled.connect(lambda _c: self._sync_modes())
        self.ui.daysSpin.valueChanged.connect(lambda _v: self.preview())
        self.ui.newDueEdit.dateChanged.connect(lambda _d: self.preview())
        self.ui.reasonEdit.textChanged.connect(self.ui.reasonError.hide)
        self.ui.buttonBox.accepted.connect(self.confirm)
        self.ui.buttonBox.rejected.connect(self.reject)
        ctrl_enter_accepts(self, self.ui.reasonEdit, self.confirm)
        self.ui.reasonEdit.setFocus()
        self.ok_button.setEnabled(False)
        self.ui.previewLabel.setText(self.tr("Counting the new due date…"))
        ops.query(lambda ctx: settings.calendar(ctx), self._calendar_loaded, owner=self)

    def _calendar_loaded(self, calendar) -> None:
        self.calendar = calendar
        if self.request.due_date is not None:
            self.ui.newDueEdit.setDate(
                qdate(calendar.add_working_days(self.request.due_date, self.ui.daysSpin.value()))
            )
        self.preview()

    def _sync_modes(self) -> None:
        by_days = self.ui.byDaysRadio.isChecked()
        self.ui.daysSpin.setEnabled(by_days)
        self.ui.newDueEdit.setEnabled(not by_days)
        self.preview()

    def extension(self) -> tuple[int, dt.date]:
        """(working days added, resulting due date); DomainError (the domain's coded problem)
        when the choice is invalid."""
        due = self.request.due_date
        by_days = self.ui.byDaysRadio.isChecked()
        new_due = None if by_days else pydate(self.ui.newDueEdit.date())
        today = self.ops.ctx.today()
        found = extension_problem(self.calendar, due, new_due, today)
        if found is not None:
            raise DomainError(found)
        if by_days:
            days = self.ui.daysSpin.value()
            new_due = self.calendar.add_working_days(due, days)
            found = extension_problem(self.calendar, due, new_due, today)
            if found is not None:
                raise DomainError(found)
            return days, new_due
        return extension_days_for(self.calendar, due, new_due), new_due

    def preview(self) -> bool:
        if self.calendar is None:
            return False
        self.ui.daysError.hide()
        try:
            days, new_due = self.extension()
        except DomainError as exc:
            self.show_field_error(
                exc.field if exc.field in self.field_errors else "days", problem_text(exc.first)
            )
            self.ui.previewLabel.setText(self.tr("Choose a later working day."))
            self.ok_button.setEnabled(False)
            return False
        self.ui.previewLabel.setText(
            self.tr("New due date: <b>{0}</b> — {1} working days after {2}.").format(
                long_date(new_due), days, short_date(self.request.due_date)
            )
        )
        self.ok_button.setText(self.tr("Extend to {0}").format(short_date(new_due)))
        self.ok_button.setEnabled(not self._busy)
        return True

    def confirm(self) -> None:
        self.clear_errors()
        reason = self.ui.reasonEdit.toPlainText().strip()
        missing = extension_reason_problem(reason)
        if missing is not None:
            self.show_problem(missing)
            self.ui.reasonEdit.setFocus()
            return
        if not self.preview():
            return
        rid, seen = self.request.id, self.request.version
        if self.ui.byDaysRadio.isChecked():
            days = self.ui.daysSpin.value()
            self.submit(lambda ctx: requests.extend(ctx, rid, reason, days=days, seen=seen))
        else:
            new_due = pydate(self.ui.newDueEdit.date())
            self.submit(lambda ctx: requests.extend(ctx, rid, reason, new_due=new_due, seen=seen))
