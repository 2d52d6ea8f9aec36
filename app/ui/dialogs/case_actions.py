"""The small dialogs of the case window: stop or resume the clock, extend, change the status,
link a subject. Each is a Designer form; each checks what it can at once (the reason shown at the
field), runs its change through ``ops`` and stays open with the reason when the change is refused,
so nothing is saved on invalid input.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableWidgetItem,
    QWidget,
)

from app.domain.deadlines import extension_days_for, extension_problem, extension_reason_problem
from app.domain.errors import DomainError, Problem
from app.domain.identifiers import mask_iin
from app.domain.requests import (
    FINAL_STATUSES,
    Status,
    clock_resume_problem,
    clock_stop_problem,
    clock_stop_reason_problem,
)
from app.services import requests, settings, subjects
from app.services.case import Case, CaseRequest
from app.services.versions import Conflict
from app.ui import labels
from app.ui.conflict import show_conflict
from app.ui.forms.ui_change_status import Ui_ChangeStatusDialog
from app.ui.forms.ui_extend import Ui_ExtendDialog
from app.ui.forms.ui_link_subject import Ui_LinkSubjectDialog
from app.ui.forms.ui_stop_clock import Ui_ClockDialog
from app.ui.messages import describe_error
from app.ui.operations import Operations
from app.ui.problems import problem_text

SEARCH_KEY = "subject-search"  # the one subject search the link dialog waits for


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


def _ctrl_enter_accepts(dialog: QDialog, edit: QPlainTextEdit, slot) -> None:
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.activated.connect(slot)


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
        _ctrl_enter_accepts(self, self.ui.reasonEdit, self.confirm)
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
        _ctrl_enter_accepts(self, self.ui.reasonEdit, self.confirm)
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


class ChangeStatusDialog(ActionDialog):
    """Move the request to one of the statuses allowed from where it is; final ones confirm."""

    def __init__(self, ops: Operations, case: Case, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.request = request = case.request
        self.ui = Ui_ChangeStatusDialog()
        self.ui.setupUi(self)
        self.setObjectName("changeStatusDialog")
        self.setWindowTitle(self.tr("Change the status — {0}").format(request.reg_number))
        self.field_errors = {"status": self.ui.statusError, "note": self.ui.generalError}
        self.general_error = self.ui.generalError
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change status"))
        self.ui.currentLabel.setText(
            self.tr("{0} is now <b>{1}</b>.").format(
                request.reg_number, labels.status_label(request.status)
            )
        )
        for status in case.targets:
            self.ui.statusCombo.addItem(labels.status_label(status), status.value)
        self.clear_errors()
        self.ui.statusCombo.currentIndexChanged.connect(lambda _i: self._update_warning())
        self.ui.buttonBox.accepted.connect(self.confirm)
        self.ui.buttonBox.rejected.connect(self.reject)
        _ctrl_enter_accepts(self, self.ui.noteEdit, self.confirm)
        self.confirm_box: QMessageBox | None = None
        self._update_warning()
        self.ui.statusCombo.setFocus()

    def offered(self) -> list[str]:
        return [self.ui.statusCombo.itemData(i) for i in range(self.ui.statusCombo.count())]

    def choose(self, status: str) -> None:
        self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(status))

    def target(self) -> Status | None:
        value = self.ui.statusCombo.currentData()
        return Status(value) if value else None

    def _update_warning(self) -> None:
        target = self.target()
        final = target in FINAL_STATUSES
        self.ui.finalWarning.setVisible(final)
        if final:
            self.ui.finalWarning.setText(
                self.tr(
                    "“{0}” is final: the request closes today and cannot be reopened. "
                    "You will be asked to confirm."
                ).format(labels.status_label(target))
            )
        self.ok_button.setEnabled(target is not None)

    def confirm(self) -> None:
        self.clear_errors()
        target = self.target()
        if target is None:
            self.show_field_error("status", self.tr("No status can follow this one."))
            return
        if target in FINAL_STATUSES:
            box = QMessageBox(self)
            box.setObjectName("confirmFinalBox")
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Confirm a final status"))
            box.setText(
                self.tr("Mark {0} as “{1}”? This cannot be undone.").format(
                    self.request.reg_number, labels.status_label(target)
                )
            )
            yes = box.addButton(labels.status_label(target), QMessageBox.ButtonRole.AcceptRole)
            yes.setObjectName("confirmFinalButton")
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.buttonClicked.connect(lambda button: self._confirmed(button is yes, target))
            self.confirm_box = box
            box.open()
            return
        self._change(target)

    def _confirmed(self, yes: bool, target: Status) -> None:
        self.confirm_box = None
        if yes:
            self._change(target)

    def _change(self, target: Status) -> None:
        rid, note = self.request.id, self.ui.noteEdit.toPlainText().strip()
        seen = self.request.version
        self.submit(lambda ctx: requests.change_status(ctx, rid, target.value, note, seen))


class LinkSubjectDialog(ActionDialog):
    """Find a subject of the request's operator by IIN or name in any script, and link it."""

    SEARCH_DELAY_MS = 250

    def __init__(self, ops: Operations, request: CaseRequest, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.request = request
        self.ui = Ui_LinkSubjectDialog()
        self.ui.setupUi(self)
        self.setObjectName("linkSubjectDialog")
        self.setWindowTitle(self.tr("Link a subject — {0}").format(request.reg_number))
        self.field_errors = {"subject": self.ui.resultLabel}
        self.general_error = self.ui.resultLabel
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Link"))
        self.ok_button.setEnabled(False)
        table = self.ui.resultsTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("IIN"),
                self.tr("Born"),
                self.tr("Status"),
                self.tr("Address"),
            ]
        )
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._results: list = []
        self._timer = QTimer(self, singleShot=True, interval=self.SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.ui.searchEdit.textChanged.connect(lambda _t: self._timer.start())
        self.ui.searchEdit.returnPressed.connect(self._enter_in_search)
        table.itemSelectionChanged.connect(self._selection_changed)
        table.itemActivated.connect(lambda _item: self.confirm())
        self.ui.buttonBox.accepted.connect(self.confirm)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.resultLabel.setText(self.tr("Type an IIN or a name."))
        self.ui.resultLabel.show()
        self.ui.searchEdit.setText(request.sender)
        self.ui.searchEdit.selectAll()
        self.ui.searchEdit.setFocus()

    def _enter_in_search(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.search()
        elif self.ui.resultsTable.rowCount():
            self.ui.resultsTable.setFocus()
            if not self.ui.resultsTable.selectedItems():
                self.ui.resultsTable.selectRow(0)

    def search(self) -> None:
        text = self.ui.searchEdit.text().strip()
        if not text:
            self.ops.forget(self, SEARCH_KEY)  # a search still running is no longer wanted
            self._show([], text)
            return
        operator_id = self.request.operator_id
        self.ui.resultLabel.setText(self.tr("Searching…"))
        self.ops.query(
            lambda ctx: subjects.search(ctx, text, operator_id=operator_id, limit=100),
            lambda found: self._show(found, text),
            lambda exc: self.show_field_error("", describe_error(exc)),
            owner=self,
            key=SEARCH_KEY,
        )

    def _show(self, found: list, text: str) -> None:
        self._results = list(found)
        table = self.ui.resultsTable
        table.setRowCount(len(found))
        for row, s in enumerate(found):
            values = [
                s.full_name,
                # masked unless it is the IIN the officer searched for
                (s.iin if s.iin == "".join(text.split()) else mask_iin(s.iin)) or "—",
                short_date(s.birth_date),
                labels.label(labels.SUBJECT_STATUSES, s.status),
                s.address,
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                if s.id == self.request.subject_id:
                    item.setToolTip(self.tr("Linked to this request now"))
                table.setItem(row, col, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if not text:
            message = self.tr("Type an IIN or a name.")
        elif not found:
            message = self.tr(
                "Nobody of this operator matches “{0}”. Check the IIN, or try the surname alone."
            ).format(text)
        else:
            message = self.tr("{0} found. Choose one and press Link (or Enter).").format(len(found))
        self.ui.resultLabel.setText(message)
        self.ui.resultLabel.show()
        if len(found) == 1:
            table.selectRow(0)
        self._selection_changed()

    def results(self) -> list:
        return list(self._results)

    def selected_subject(self):
        rows = self.ui.resultsTable.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self._results[row] if 0 <= row < len(self._results) else None

    def _selection_changed(self) -> None:
        self.ok_button.setEnabled(self.selected_subject() is not None and not self._busy)

    def confirm(self) -> None:
        subject = self.selected_subject()
        if subject is None:
            self.show_field_error("subject", self.tr("Choose the subject in the list first."))
            return
        rid, sid, seen = self.request.id, subject.id, self.request.version
        self.submit(lambda ctx: requests.link_subject(ctx, rid, sid, seen))
