"""Settings › Calendar: a year's non-working days as Derbes counts them, and the overrides.

The table lists the days that differ from a plain Monday–Friday week (public holidays, days off
moved by the government, working Saturdays, the officer's overrides) with the reason for each;
the month grid beside it colours every day off. Overrides are added, edited and removed here;
after each change the officer is told how many open requests' due dates moved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.calendar import DayInfo, OverrideKind, WorkCalendar
from app.services import settings
from app.ui import operations
from app.ui.day_kinds import OFF_COLORS, WORK_COLORS, kind_colors, kind_text
from app.ui.dialogs.override_dialog import OverrideDialog
from app.ui.messages import show_error
from app.ui.prefs import CALENDAR_PAGE, restore_header, restore_splitter, save_header, save_splitter
from app.ui.settings.base import HINT_STYLE, MESSAGE_STYLE, SettingsPage
from app.ui.settings.due_preview import DueChangesDialog

DAY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class YearView:
    year: int
    days: list[DayInfo]  # the days that differ from a plain Mon–Fri week
    off: frozenset[dt.date]  # every non-working day of the year, weekends included
    overrides: dict[dt.date, tuple[int, str, str]]  # day -> (id, kind, note)
    calendar: WorkCalendar


def load_year(ctx, year: int, language: str) -> YearView:
    calendar = settings.calendar(ctx, language)
    overrides = {o.day: (o.id, o.kind, o.note) for o in settings.overrides(ctx)}
    day, off = dt.date(year, 1, 1), set()
    while day.year == year:
        if not calendar.is_working_day(day):
            off.add(day)
        day += dt.timedelta(days=1)
    return YearView(year, calendar.non_working_days(year), frozenset(off), overrides, calendar)


class CalendarPage(SettingsPage):
    topics = frozenset({operations.CALENDAR})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CalendarPage", "&Calendar")

    def __init__(self, screen, language: str = "en"):
        super().__init__(screen)
        self.setObjectName("calendarPage")
        self.language = language
        self.locale = QLocale({"kk": "kk_KZ", "ru": "ru_RU"}.get(language, "en_GB"))
        self.view: YearView | None = None
        self._painted: set[dt.date] = set()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Working days are Monday to Friday without the public holidays and the days off "
                "the government moved, plus the working Saturdays it named. When a transfer is "
                "announced during the year, add it here as an override."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        layout.addWidget(intro)

        top = QHBoxLayout()
        year_label = QLabel(self.tr("&Year:"))
        self.year_spin = QSpinBox(objectName="yearSpin")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(self.ops.ctx.today().year)
        self.year_spin.setKeyboardTracking(False)
        year_label.setBuddy(self.year_spin)
        self.year_spin.valueChanged.connect(lambda _y: self.refresh())
        self.summary = QLabel(objectName="calendarSummary")
        self.summary.setStyleSheet(HINT_STYLE)
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="calendarSplitter")
        self.table = QTableWidget(0, 5, objectName="calendarTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Weekday"),
                self.tr("Working?"),
                self.tr("Reason"),
                self.tr("Override"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        for col in (0, 1, 2, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self._activate())
        self.table.cellActivated.connect(lambda _r, _c: self._activate())
        self.splitter.addWidget(self.table)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.month = QCalendarWidget(objectName="monthCalendar")
        self.month.setGridVisible(True)
        self.month.setLocale(self.locale)
        self.month.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.month.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        plain = QTextCharFormat()
        plain.setForeground(QBrush(QColor("#2b2b2b")))
        for weekday in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.month.setWeekdayTextFormat(weekday, plain)  # the year's days say it, not the week
        self.month.setSelectedDate(QDate(self.ops.ctx.today()))
        self.month.clicked.connect(self._month_clicked)
        self.month.activated.connect(lambda _d: self.add_override())
        right_layout.addWidget(self.month)
        legend = QLabel(
            self.tr(
                "<span style='background:#fbe9e7;color:#8c2a1c'>&nbsp;12&nbsp;</span> day off"
                " &nbsp; <span style='background:#e8f3e8;color:#2e6b34'>&nbsp;12&nbsp;</span>"
                " working weekend day &nbsp; <b><u>12</u></b> your override"
            )
        )
        legend.setStyleSheet(HINT_STYLE)
        right_layout.addWidget(legend)
        right_layout.addStretch(1)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add an override…"), objectName="addOverrideButton")
        self.add_button.setToolTip(
            self.tr("Make a date a holiday or a working day (a government transfer)")
        )
        self.edit_button = QPushButton(
            self.tr("&Edit the override…"), objectName="editOverrideButton"
        )
        self.remove_button = QPushButton(
            self.tr("&Remove the override"), objectName="removeOverrideButton"
        )
        self.add_button.clicked.connect(self.add_override)
        self.edit_button.clicked.connect(self.edit_override)
        self.remove_button.clicked.connect(self.remove_override)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.message = QLabel(objectName="calendarMessage")
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        self.splitter.setSizes([640, 400])
        restore_splitter(self.prefs, self.splitter, CALENDAR_PAGE)
        restore_header(self.prefs, header, CALENDAR_PAGE)
        self._select_day: dt.date | None = None
        self._selection_changed()

    # -- loading ------------------------------------------------------------------------------

    def year(self) -> int:
        return self.year_spin.value()

    def refresh(self) -> None:
        year, language = self.year(), self.language
        self.ops.query(lambda ctx: load_year(ctx, year, language), self._show, owner=self)

    def _show(self, view: YearView) -> None:
        if view.year != self.year():
            return  # an older answer for a year no longer shown
        keep = self._select_day or self.current_day()
        self._select_day = None
        self.view = view
        table = self.table
        table.setRowCount(len(view.days))
        bold = QFont(table.font())
        bold.setBold(True)
        select_row = -1
        for row, info in enumerate(view.days):
            override = view.overrides.get(info.day)
            reason = kind_text(info.kind, info.working, info.name)
            values = [
                info.day.strftime("%d.%m.%Y"),
                self.locale.dayName(info.day.isoweekday(), QLocale.FormatType.LongFormat),
                self.tr("working day") if info.working else self.tr("day off"),
                reason,
                self.tr("yours") if override is not None else "",
            ]
            background, foreground = kind_colors(info.kind, info.working)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(DAY_ROLE, info.day.isoformat())
                item.setToolTip(value)
                if col == 2:
                    item.setBackground(background)
                    item.setForeground(foreground)
                if override is not None:
                    item.setFont(bold)
                table.setItem(row, col, item)
            if info.day == keep:
                select_row = row
        if select_row >= 0:
            table.selectRow(select_row)
        else:
            table.clearSelection()
            table.setCurrentCell(-1, -1)
        self._paint_month(view)
        off_weekdays = sum(1 for d in view.days if not d.working and d.day.weekday() < 5)
        working_weekends = sum(1 for d in view.days if d.working and d.day.weekday() >= 5)
        mine = sum(1 for d in view.overrides if d.year == view.year)
        self.summary.setText(
            self.tr("%1: %2 days off on weekdays, %3 working weekend days, %4 overrides of yours")
            .replace("%1", str(view.year))
            .replace("%2", str(off_weekdays))
            .replace("%3", str(working_weekends))
            .replace("%4", str(mine))
        )
        self._selection_changed()

    def _paint_month(self, view: YearView) -> None:
        month = self.month
        for day in self._painted:
            month.setDateTextFormat(QDate(day), QTextCharFormat())
        self._painted = set()
        target = month.selectedDate().toPython()
        if target.year != view.year:
            today = self.ops.ctx.today()
            target = today if today.year == view.year else dt.date(view.year, 1, 1)
        month.setDateRange(QDate(view.year, 1, 1), QDate(view.year, 12, 31))
        month.setSelectedDate(QDate(target))
        off_format = QTextCharFormat()
        off_format.setBackground(QBrush(OFF_COLORS[0]))
        off_format.setForeground(QBrush(OFF_COLORS[1]))
        work_format = QTextCharFormat()
        work_format.setBackground(QBrush(WORK_COLORS[0]))
        work_format.setForeground(QBrush(WORK_COLORS[1]))
        working_weekends = {d.day for d in view.days if d.working and d.day.weekday() >= 5}
        for day in sorted(view.off | working_weekends | set(view.overrides)):
            if day.year != view.year:
                continue
            fmt = QTextCharFormat(off_format if day in view.off else work_format)
            if day in view.overrides:
                fmt.setFontWeight(QFont.Weight.Bold)
                fmt.setFontUnderline(True)
            if day in view.off or day in working_weekends or day in view.overrides:
                month.setDateTextFormat(QDate(day), fmt)
                self._painted.add(day)

    # -- selection ----------------------------------------------------------------------------

    def current_day(self) -> dt.date | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None or not self.table.selectionModel().hasSelection():
            return None
        return dt.date.fromisoformat(item.data(DAY_ROLE))

    def current_override(self) -> tuple[int, str, str] | None:
        day = self.current_day()
        if day is None or self.view is None:
            return None
        return self.view.overrides.get(day)

    def _selection_changed(self) -> None:
        has_override = self.current_override() is not None
        self.edit_button.setEnabled(has_override)
        self.remove_button.setEnabled(has_override)
        day = self.current_day()
        if day is not None:
            self.month.setSelectedDate(QDate(day))

    def _month_clicked(self, date: QDate) -> None:
        day = date.toPython()
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(DAY_ROLE) == day.isoformat():
                self.table.selectRow(row)
                return
        self.table.clearSelection()
        self._selection_changed()

    def _activate(self) -> None:
        if self.current_override() is not None:
            self.edit_override()
        else:
            self.add_override()

    # -- changes ------------------------------------------------------------------------------

    def _suggested_day(self) -> dt.date:
        day = self.current_day()
        if day is None:
            day = self.month.selectedDate().toPython()
        if day.year != self.year():
            day = dt.date(self.year(), 1, 1)
        return day

    def add_override(self) -> OverrideDialog:
        day = self._suggested_day()
        working = self.view.calendar.is_working_day(day) if self.view else True
        kind = OverrideKind.HOLIDAY if working else OverrideKind.WORKDAY
        return self._open_dialog(None, day, kind.value, "")

    def edit_override(self) -> OverrideDialog | None:
        override = self.current_override()
        if override is None:
            return None
        override_id, kind, note = override
        return self._open_dialog(override_id, self.current_day(), kind, note)

    def _open_dialog(self, override_id, day, kind, note) -> OverrideDialog:
        dialog = OverrideDialog(
            self.ops,
            self,
            override_id=override_id,
            day=day,
            kind=kind,
            note=note,
            calendar=self.view.calendar if self.view else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda moved, d=dialog: self._override_saved(d.day(), moved))
        dialog.open()
        return dialog

    def _override_saved(self, day: dt.date, moved: int) -> None:
        self._select_day = day
        if day.year != self.year():
            self.year_spin.setValue(day.year)
        self.tell(self.message, self._moved_text(self.tr("The override is saved."), moved))

    def remove_override(self) -> QMessageBox | None:
        override = self.current_override()
        day = self.current_day()
        if override is None or day is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove the override"),
            self.tr(
                "Remove the override on %1? The day becomes what the official calendar says, "
                "and open requests' due dates are counted again."
            ).replace("%1", day.strftime("%d.%m.%Y")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmRemoveOverride")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("&Remove"))
        yes.setObjectName("confirmRemoveButton")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        override_id = override[0]
        yes_button = QMessageBox.StandardButton.Yes
        box.buttonClicked.connect(
            lambda button: (
                self._remove(override_id) if box.standardButton(button) == yes_button else None
            )
        )
        box.open()
        return box

    def _remove(self, override_id: int) -> None:
        """After the confirmation: show which open due dates move (if any), ask, remove."""
        self.preview_dialog = None

        def apply() -> None:
            self.ops.mutate(
                lambda ctx: settings.remove_override(ctx, override_id),
                on_done=lambda moved: self.tell(
                    self.message, self._moved_text(self.tr("The override is removed."), moved)
                ),
                on_error=lambda exc: show_error(self, exc),
                owner=self,
            )

        def previewed(changes) -> None:
            if not any(c.moved for c in changes):
                apply()
                return
            box = DueChangesDialog(
                changes, self.tr("The override is removed from the calendar."), self
            )
            self.preview_dialog = box
            box.accepted.connect(apply)
            box.open()

        self.ops.query(
            lambda ctx: settings.preview_remove_override(ctx, override_id),
            on_done=previewed,
            on_error=lambda exc: show_error(self, exc),
            owner=self,
        )

    def _moved_text(self, done: str, moved: int) -> str:
        if moved:
            return (
                done
                + " "
                + self.tr("Open requests whose due date moved: %n.", "", moved)
                + " "
                + self.tr("Settings › Deadlines can undo it.")
            )
        return done + " " + self.tr("No open request's due date moved.")

    def save_state(self) -> None:
        save_splitter(self.prefs, self.splitter, CALENDAR_PAGE)
        save_header(self.prefs, self.table.horizontalHeader(), CALENDAR_PAGE)
