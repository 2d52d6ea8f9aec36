"""Extend the deadline of a request, with its reason in Kazakh and in Russian.

The notice to the subject prints the reason in its own language (issue 12), so the dialog asks
for the half the request's letter needs (:func:`app.domain.extension_reason.letter_languages`)
and offers the other; each half is judged as it is typed by the domain's rule (Russian words in
the Kazakh half, Kazakh in the Russian one), the same rule the service refuses by.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app.domain import extension_reason
from app.domain.deadlines import extension_days_for, extension_problem
from app.domain.errors import DomainError, Problem
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
    """Extend the deadline by N working days or to a new due date, with a reason in the
    language(s) the notice to the subject needs."""

    def __init__(self, ops: Operations, request: CaseRequest, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.request = request
        self.calendar = None
        self.ui = Ui_ExtendDialog()
        self.ui.setupUi(self)
        self.setObjectName("extendDialog")
        self.setWindowTitle(self.tr("Extend the deadline — {0}").format(request.reg_number))
        self.needed = extension_reason.letter_languages(request.language)
        self.reason_edits = {"kk": self.ui.reasonKkEdit, "ru": self.ui.reasonRuEdit}
        self.reason_errors = {"kk": self.ui.reasonKkError, "ru": self.ui.reasonRuError}
        self._touched: set[str] = set()  # the halves judged as typed (one asks for the other)
        self.field_errors = {
            "reason_kk": self.ui.reasonKkError,
            "reason_ru": self.ui.reasonRuError,
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
        self.ui.reasonHint.setText(self._hint())
        for lang, edit in self.reason_edits.items():
            edit.textChanged.connect(lambda lang=lang: self._reason_edited(lang))
            ctrl_enter_accepts(self, edit, self.confirm)
        self.ui.buttonBox.accepted.connect(self.confirm)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.reason_edits[self.needed[0]].setFocus()
        self.ok_button.setEnabled(False)
        self.ui.previewLabel.setText(self.tr("Counting the new due date…"))
        ops.query(lambda ctx: settings.calendar(ctx), self._calendar_loaded, owner=self)

    def _hint(self) -> str:
        if self.needed == ("ru",):
            return self.tr(
                "The letter came in Russian: the notice will say the reason in Russian, so it "
                "is required. Add it in Kazakh too if the notice may go out in Kazakh or in "
                "both languages."
            )
        return self.tr(
            "The notice will say the reason in Kazakh, so it is required. Add it in Russian "
            "too if the notice may go out in Russian or in both languages."
        )

    def reasons(self) -> dict[str, str]:
        """The reason as typed, each half trimmed."""
        return {lang: e.toPlainText().strip() for lang, e in self.reason_edits.items()}

    def reason_problems(self) -> list[Problem]:
        """The domain's rule of the halves, for the request's letter language."""
        halves = self.reasons()
        return extension_reason.reason_problems(halves["kk"], halves["ru"], self.request.language)

    def _reason_edited(self, lang: str) -> None:
        self._touched.add(lang)
        if any(self.reasons().values()):
            self._touched.update(self.reason_edits)  # a half typed asks for the other
        self._show_reason_problems(every=False)

    def _show_reason_problems(self, every: bool) -> list[Problem]:
        """Each half's problem at its field: all of them (``every``, on confirming), else those
        of the halves touched, and never "required" before the officer confirms."""
        found = self.reason_problems()
        by_field = {p.field: p for p in found}
        for lang, label in self.reason_errors.items():
            problem = by_field.get(extension_reason.FIELDS[lang])
            shown = problem is not None and (
                every or (lang in self._touched and problem.code != "extension_reason_required")
            )
            label.setText(problem_text(problem) if shown else "")
            label.setVisible(shown)
        return found

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
        found = self._show_reason_problems(every=True)
        if found:
            lang = next(x for x, f in extension_reason.FIELDS.items() if f == found[0].field)
            self.reason_edits[lang].setFocus()
            return
        if not self.preview():
            return
        halves = self.reasons()
        kk, ru = halves["kk"], halves["ru"]
        rid, seen = self.request.id, self.request.version
        if self.ui.byDaysRadio.isChecked():
            days = self.ui.daysSpin.value()
            self.submit(
                lambda ctx: requests.extend(
                    ctx, rid, reason_kk=kk, reason_ru=ru, days=days, seen=seen
                )
            )
        else:
            new_due = pydate(self.ui.newDueEdit.date())
            self.submit(
                lambda ctx: requests.extend(
                    ctx, rid, reason_kk=kk, reason_ru=ru, new_due=new_due, seen=seen
                )
            )
