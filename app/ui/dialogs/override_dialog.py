"""Add or edit one calendar override: a date made a holiday or a working day, with a note.

The dialog saves through ``settings.save_override`` (which recomputes open requests' due dates)
and emits ``saved(moved)``: how many due dates moved.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.domain.calendar import OverrideKind, WorkCalendar
from app.domain.errors import DomainError
from app.services import settings
from app.ui.forms.ui_override_dialog import Ui_OverrideDialog
from app.ui.messages import describe_error, show_error
from app.ui.operations import Operations
from app.ui.problems import problem_text
from app.ui.settings.due_preview import DueChangesDialog


def format_day(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


class OverrideDialog(QDialog):
    """``OverrideDialog(ops, parent, override_id=None, day=…, kind=…, note=…, calendar=…)``.

    ``override_id`` None adds a new override; otherwise that override is edited. ``calendar``
    (the calendar as the program sees it) lets the dialog say what the chosen day is now.
    """

    saved = Signal(int)  # open requests whose due date moved

    def __init__(
        self,
        ops: Operations,
        parent: QWidget | None = None,
        override_id: int | None = None,
        day: dt.date | None = None,
        kind: str = OverrideKind.HOLIDAY.value,
        note: str = "",
        calendar: WorkCalendar | None = None,
    ):
        super().__init__(parent)
        self.ops = ops
        self.override_id = override_id
        self.calendar = calendar
        self.ui = Ui_OverrideDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.dayError.hide()
        ui.noteError.hide()
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.setWindowTitle(
            self.tr("Add a calendar override")
            if override_id is None
            else self.tr("Edit the calendar override")
        )
        ui.dayEdit.setDate(QDate(day or ops.ctx.today()))
        if kind == OverrideKind.WORKDAY.value:
            ui.workdayRadio.setChecked(True)
        else:
            ui.holidayRadio.setChecked(True)
        ui.noteEdit.setText(note)
        ui.dayEdit.dateChanged.connect(self._day_changed)
        self._day_changed()
        ui.dayEdit.setFocus()

    def day(self) -> dt.date:
        return self.ui.dayEdit.date().toPython()

    def kind(self) -> str:
        if self.ui.workdayRadio.isChecked():
            return OverrideKind.WORKDAY.value
        return OverrideKind.HOLIDAY.value

    def _day_changed(self, *_args) -> None:
        self.ui.dayError.hide()
        if self.calendar is None:
            self.ui.dayInfoLabel.clear()
            return
        day = self.day()
        calendar = self.calendar
        if day in calendar.overrides and self.override_id is None:
            self.ui.dayInfoLabel.setText(self.tr("already has an override"))
            return
        info = WorkCalendar((), calendar.language).info(day)  # the day without overrides
        if info.working:
            text = self.tr("Without an override: a working day")
        elif info.reason:
            text = self.tr("Without an override: a day off (%1)").replace("%1", info.reason)
        else:
            text = self.tr("Without an override: a day off")
        self.ui.dayInfoLabel.setText(text)
        self.ui.dayInfoLabel.setToolTip(text)

    def save(self) -> None:
        """Show which open due dates the day moves (computed without writing), ask, then save."""
        day, kind, note = self.day(), self.kind(), self.ui.noteEdit.text().strip()
        override_id = self.override_id
        self.save_button.setEnabled(False)
        self.preview_dialog = None

        def apply() -> None:
            self.ops.mutate(
                lambda ctx: settings.save_override(ctx, day, kind, note, override_id),
                on_done=self._saved,
                on_error=self._failed,
                owner=self,
            )

        def previewed(changes) -> None:
            if not any(c.moved for c in changes):
                apply()
                return
            box = DueChangesDialog(
                changes,
                self.tr("The day {0} changes in the calendar.").format(format_day(day)),
                self,
            )
            self.preview_dialog = box
            box.accepted.connect(apply)
            box.rejected.connect(lambda: self.save_button.setEnabled(True))
            box.open()

        self.ops.query(
            lambda ctx: settings.preview_override(ctx, day, kind, note, override_id),
            on_done=previewed,
            on_error=self._failed,
            owner=self,
        )

    def _saved(self, change: settings.OverrideChange) -> None:
        self.override_id = change.override_id
        self.saved.emit(change.moved)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(exc, DomainError):
            show_error(self, exc)
            return
        at = exc.by_field()
        if "day" in at:
            label, text = self.ui.dayError, problem_text(at["day"])
            self.ui.dayEdit.setFocus()
        elif "note" in at:
            label, text = self.ui.noteError, problem_text(at["note"])
        else:
            label, text = self.ui.noteError, describe_error(exc)
        label.setText(text)
        label.show()
