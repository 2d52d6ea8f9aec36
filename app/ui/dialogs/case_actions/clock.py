"""Stop the clock of a request (a reason and a date) or resume it (a date and a note)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app.domain.requests import (
    clock_resume_problem,
    clock_stop_problem,
    clock_stop_reason_problem,
)
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
from app.ui.forms.ui_stop_clock import Ui_ClockDialog
from app.ui.operations import Operations
from app.ui.problems import problem_text


class ClockDialog(ActionDialog):
    """Stop the clock (with a reason and a date) or resume it (with a date and a note)."""

    def __init__(
        self,
        ops: Operations,
        request: CaseRequest,
        mode: str,
        today: dt.date,
        stopped_on: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(ops, parent)
        if mode not in ("stop", "resume"):
            raise ValueError(mode)
        self.mode = mode
        self.request = request
        self.today = today
        self.stopped_on = stopped_on
        self.calendar = None
        self.ui = Ui_ClockDialog()
        self.ui.setupUi(self)
        self.setObjectName("stopClockDialog" if mode == "stop" else "resumeClockDialog")
        self.field_errors = {
            "reason": self.ui.reasonError,
            "stopped_on": self.ui.dateError,
            "resumed_on": self.ui.dateError,
            "status": self.ui.generalError,
        }
        self.general_error = self.ui.generalError
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ui.dateEdit.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        self.ui.dateEdit.setDate(qdate(today))
        number = request.reg_number
        if mode == "stop":
            self.setWindowTitle(self.tr("Stop the clock — {0}").format(number))
            self.ui.introLabel.setText(
                self.tr(
                    "While {0} waits for the subject's clarification its deadline does not run: "
                    "the working days after the date below are not counted until the clock "
                    "resumes, and then the remaining days continue."
                ).format(number)
            )
            self.ui.dateLabel.setText(self.tr("Stopped &on:"))
            self.ui.reasonLabel.setText(self.tr("&Reason:"))
            self.ui.reasonEdit.setPlaceholderText(
                self.tr("What was the subject asked to clarify or provide?")
            )
            self.ok_button.setText(self.tr("Stop the clock"))
        else:
            self.setWindowTitle(self.tr("Resume the clock — {0}").format(number))
            self.ui.introLabel.setText(
                self.tr(
                    "The clock of {0} stopped on {1}. From the day after the resume date the "
                    "remaining {2} working days count again."
                ).format(number, short_date(stopped_on), request.remaining_days or 0)
            )
            self.ui.dateLabel.setText(self.tr("Resumed &on:"))
            self.ui.reasonLabel.setText(self.tr("N&ote:"))
            self.ui.reasonEdit.setPlaceholderText(
                self.tr("Optional: what the subject answered, and when it arrived")
            )
            self.ok_button.setText(self.tr("Resume the clock"))
        self.clear_errors()
        self.ui.previewLabel.hide()
        self.ui.dateEdit.dateChanged.connect(lambda _d: self._check_date())
        self.ui.reasonEdit.textChanged.connect(self.ui.reasonError.hide)
        self.ui.buttonBox.accepted.connect(self.confirm)
        self.ui.buttonBox.rejected.connect(self.reject)
        ctrl_enter_accepts(self, self.ui.reasonEdit, self.confirm)
        self.ui.reasonEdit.setFocus() if mode == "stop" else self.ui.dateEdit.setFocus()
        if mode == "resume":
            ops.query(lambda ctx: settings.calendar(ctx), self._calendar_loaded, owner=self)

    def _calendar_loaded(self, calendar) -> None:
        self.calendar = calendar
        self._check_date()

    def day(self) -> dt.date:
        return pydate(self.ui.dateEdit.date())

    def _date_problem(self) -> str:
        """The domain's reason the date cannot be taken, worded for the window ("" if none)."""
        day = self.day()
        if self.mode == "stop":
            found = clock_stop_problem(day, self.today, self.request.received_date)
        else:
            found = clock_resume_problem(day, self.today, self.stopped_on)
        return problem_text(found) if found else ""

    def _check_date(self) -> bool:
        problem = self._date_problem()
        self.ui.dateError.setText(problem)
        self.ui.dateError.setVisible(bool(problem))
        self._update_preview(problem)
        return not problem

    def _update_preview(self, problem: str) -> None:
        if self.mode != "resume" or self.calendar is None or problem:
            self.ui.previewLabel.hide()
            return
        remaining = self.request.remaining_days or 0
        if remaining < 1:
            self.ui.previewLabel.hide()
            return
        due = self.calendar.add_working_days(self.day(), remaining)
        self.ui.previewLabel.setText(
            self.tr("The due date becomes {0} ({1} working days after {2}).").format(
                long_date(due), remaining, short_date(self.day())
            )
        )
        self.ui.previewLabel.show()

    def confirm(self) -> None:
        self.clear_errors()
        date_ok = self._check_date()
        text = self.ui.reasonEdit.toPlainText().strip()
        missing = clock_stop_reason_problem(text) if self.mode == "stop" else None
        if missing is not None:
            self.show_problem(missing)
            self.ui.reasonEdit.setFocus()
            return
        if not date_ok:
            self.ui.dateEdit.setFocus()
            return
        rid, day, seen = self.request.id, self.day(), self.request.version
        if self.mode == "stop":
            self.submit(lambda ctx: requests.stop_clock(ctx, rid, text, day, seen))
        else:
            self.submit(lambda ctx: requests.resume_clock(ctx, rid, day, text, seen))
