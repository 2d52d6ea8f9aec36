"""The morning view: every tile (overdue, due soon, stopped, the letters to print, to post and
awaiting a delivery notice), the nearest deadlines, a month calendar of due dates and the intake
chart, for one operator and one assignee or for all.

Each tile is a set of register filters (:data:`app.services.register.TILES`): a click opens the
register with exactly them, so the register shows the tile's count.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.deadlines import Urgency
from app.services import dashboard as dashboard_service
from app.services import operators, register
from app.ui import labels, operations
from app.ui.dashboard.calendar import DueCalendar
from app.ui.prefs import DASHBOARD_ASSIGNEE, DASHBOARD_OPERATOR
from app.ui.screens.base import Screen

_LETTER_COLOURS = {
    "answers_to_print": (QColor("#e8f5e9"), QColor("#1b5e20")),
    "letters_to_post": (QColor("#e0f2f1"), QColor("#00514a")),
    "awaiting_delivery": (QColor("#f1f3f4"), QColor("#37474f")),
}
_TILE_COLOURS = {
    "overdue": Urgency.OVERDUE,
    "due_today": Urgency.TODAY,
    "due_within_3": Urgency.WITHIN_3,
    "due_within_10": Urgency.WITHIN_10,
    "clock_stopped": Urgency.STOPPED,
}
_COLUMNS = 4
CHART_HEIGHT = 260  # the intake chart's minimum height


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 12pt; font-weight: 600; margin-top: 6px;")
    return label


class DashboardScreen(Screen):
    key = "dashboard"
    topics = frozenset(
        {
            operations.REQUESTS,
            operations.CALENDAR,
            operations.SETTINGS,
            operations.LETTERS,
            operations.OPERATORS,
        }
    )

    def __init__(self, shell):
        super().__init__(shell)
        self.setObjectName("dashboardScreen")
        self.operator_id: int | None = self.prefs.get(DASHBOARD_OPERATOR)
        self.assignee: str | None = self.prefs.get(DASHBOARD_ASSIGNEE)
        self._operators: list[tuple[int, str]] = []
        self._assignees: list[str] = []
        self.board: register.Dashboard | None = None
        # What it shows is asked for before its widgets are built: on the worker the read
        # (its SQL runs without holding Python's lock) overlaps their building, and the first
        # paint has its counts sooner. The answer arrives through the event loop, once they
        # are built; the show that follows does not read again (see load_now).
        today = self.ops.ctx.today()
        self._read(today.year, today.month)
        self._stale = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(objectName="dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget()
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)

        top = QHBoxLayout()
        self.heading = QLabel(self.tr("Today"))
        self.heading.setObjectName("dashboardHeading")
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.heading.setWordWrap(True)  # a long Kazakh heading wraps rather than widen the screen
        top.addWidget(self.heading, 1)
        self.operator_combo = QComboBox(objectName="dashboardOperator")
        self.operator_combo.setToolTip(self.tr("Show the requests of one operator"))
        self.assignee_combo = QComboBox(objectName="dashboardAssignee")
        self.assignee_combo.setToolTip(self.tr("Show the requests of one assignee"))
        for text, combo in (
            (self.tr("&Operator:"), self.operator_combo),
            (self.tr("&Assignee:"), self.assignee_combo),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            top.addWidget(label)
            top.addWidget(combo)
        layout.addLayout(top)
        self._fill_filters()
        self.operator_combo.currentIndexChanged.connect(self._filters_changed)
        self.assignee_combo.currentIndexChanged.connect(self._filters_changed)

        layout.addLayout(self._build_tiles())

        middle = QHBoxLayout()
        middle.setSpacing(16)
        nearest_box = QVBoxLayout()
        nearest_box.addWidget(_heading(self.tr("Nearest deadlines")))
        self.table = self._build_nearest()
        nearest_box.addWidget(self.table, 1)
        middle.addLayout(nearest_box, 3)
        calendar_box = QVBoxLayout()
        calendar_box.addWidget(_heading(self.tr("Due dates this month")))
        self.calendar = DueCalendar(today=today)
        self.calendar.setMinimumSize(320, 240)
        self.calendar.day_chosen.connect(self._open_day)
        self.calendar.month_shown.connect(lambda _y, _m: self._load_month())
        calendar_box.addWidget(self.calendar, 1)
        middle.addLayout(calendar_box, 2)
        layout.addLayout(middle, 1)

        layout.addWidget(_heading(self.tr("Intake and the on-time rate")))
        # The chart (Qt Charts, loaded with it) is made when its months arrive, after the
        # tiles' first paint; until then its place is kept.
        self.chart = None
        self._chart_place = QWidget(objectName="intakeChartPlace")
        self._chart_place.setMinimumHeight(CHART_HEIGHT)
        layout.addWidget(self._chart_place)
        self._chart_layout = layout

    # -- building -----------------------------------------------------------------------------

    def _build_tiles(self) -> QGridLayout:
        captions = {
            "overdue": self.tr("Overdue"),
            "due_today": self.tr("Due today"),
            "due_within_3": self.tr("Due within 3 working days"),
            "due_within_10": self.tr("Due within 10 working days"),
            "clock_stopped": self.tr("Waiting for the subject\n(clock stopped)"),
            "answers_to_print": self.tr("Answers to print\n(no final letter yet)"),
            "letters_to_post": self.tr("Letters to post"),
            "awaiting_delivery": self.tr("Posted, awaiting\na delivery notice"),
        }
        grid = QGridLayout()
        grid.setSpacing(12)
        self.cards: dict[str, QPushButton] = {}
        self.counts: dict[str, QLabel] = {}
        for i, name in enumerate(register.TILE_NAMES):
            button = QPushButton(objectName=f"card_{name}")
            button.setMinimumHeight(90)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            if name in _TILE_COLOURS:
                background, text = labels.URGENCY_COLORS[_TILE_COLOURS[name]]
            else:
                background, text = _LETTER_COLOURS[name]
            button.setStyleSheet(
                f"QPushButton {{ background: {background.name()}; color: {text.name()};"
                " border: 1px solid #d6d6d6; border-radius: 8px; }"
                f" QPushButton:hover, QPushButton:focus {{ border: 2px solid {text.name()}; }}"
            )
            inner = QVBoxLayout(button)
            inner.setContentsMargins(14, 8, 14, 8)
            number = QLabel("—", objectName=f"count_{name}")
            number.setStyleSheet(f"font-size: 22pt; font-weight: 600; color: {text.name()};")
            caption = QLabel(captions[name])
            caption.setStyleSheet(f"font-size: 10pt; color: {text.name()};")
            caption.setWordWrap(True)
            for lbl in (number, caption):
                lbl.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                inner.addWidget(lbl)
            button.setAccessibleName(captions[name].replace("\n", " "))
            button.setToolTip(self.tr("Open the register filtered to these requests"))
            button.clicked.connect(lambda _=False, n=name: self.open_tile(n))
            self.counts[name] = number
            self.cards[name] = button
            grid.addWidget(button, i // _COLUMNS, i % _COLUMNS)
        return grid

    def _build_nearest(self) -> QTableWidget:
        table = QTableWidget(0, 5, objectName="nearestTable")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Sender"),
                self.tr("Type"),
                self.tr("Due"),
                self.tr("Working days left"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setMinimumHeight(200)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.cellActivated.connect(self._open_row)
        table.cellDoubleClicked.connect(self._open_row)
        return table

    # -- the filters ----------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        """The combos from the operators and assignees known (each keeps its choice)."""
        combos = (self.operator_combo, self.assignee_combo)
        blocked = [c.blockSignals(True) for c in combos]
        try:
            self._op_values: list[int | None] = [None]
            self.operator_combo.clear()
            self.operator_combo.addItem(self.tr("All operators"))
            known = list(self._operators)
            if self.operator_id is not None and self.operator_id not in {i for i, _ in known}:
                known.append(
                    (self.operator_id, self.tr("Operator No. {0}").format(self.operator_id))
                )
            for op_id, name in known:
                self.operator_combo.addItem(name)
                self._op_values.append(op_id)
            self.operator_combo.setCurrentIndex(self._op_values.index(self.operator_id))

            self._as_values: list[str | None] = [None, ""]
            self.assignee_combo.clear()
            self.assignee_combo.addItem(self.tr("Anyone"))
            self.assignee_combo.addItem(self.tr("Nobody assigned"))
            names = list(self._assignees)
            if self.assignee and self.assignee not in names:
                names.append(self.assignee)
            for name in names:
                self.assignee_combo.addItem(name)
                self._as_values.append(name)
            self.assignee_combo.setCurrentIndex(self._as_values.index(self.assignee))
        finally:
            for combo, was in zip(combos, blocked, strict=True):
                combo.blockSignals(was)

    def set_filters(self, operator_id: int | None = None, assignee: str | None = None) -> None:
        """Show the dashboard of one operator and one assignee ("" = nobody; None = any)."""
        self.operator_id, self.assignee = operator_id, assignee
        self.prefs.set(DASHBOARD_OPERATOR, operator_id)
        self.prefs.set(DASHBOARD_ASSIGNEE, assignee)
        self._fill_filters()
        self.refresh()

    def _filters_changed(self, *_args) -> None:
        op = self._op_values[max(0, self.operator_combo.currentIndex())]
        who = self._as_values[max(0, self.assignee_combo.currentIndex())]
        if (op, who) != (self.operator_id, self.assignee):
            self.set_filters(op, who)

    def tile_filters(self, name: str) -> dict:
        return register.tile_filters(name, self.operator_id, self.assignee)

    # -- loading --------------------------------------------------------------------------------

    def load_now(self) -> None:
        """Its read started when it was built (see ``__init__``): nothing to start again."""
        self._stale = False

    def refresh(self) -> None:
        self._read(*self.calendar.shown_month())

    def _read(self, year: int, month: int) -> None:
        """The tiles, the nearest deadlines and the month's due dates first (what the officer
        reads on opening); the intake chart and the list of assignees follow in a second read,
        so the first paint does not wait for them."""
        operator_id, assignee = self.operator_id, self.assignee

        def load(ctx):
            board = register.dashboard(ctx, operator_id, assignee=assignee)
            choices = [(o.id, o.short_name or o.name_ru) for o in operators.listed(ctx)]
            return (
                board,
                register.rows(ctx, [r.id for r in board.nearest]),
                dashboard_service.due_days(ctx, year, month, operator_id, assignee),
                choices,
            )

        def follow(ctx):
            months = dashboard_service.intake(ctx, operator_id=operator_id, assignee=assignee)
            return operator_id, assignee, months, register.assignees(ctx)

        self.ops.query(load, self._show, owner=self, key=("dashboard", self))
        self.ops.query(follow, self._show_more, owner=self, key=("dashboard-more", self))

    def _load_month(self) -> None:
        operator_id, assignee = self.operator_id, self.assignee
        year, month = self.calendar.shown_month()
        self.ops.query(
            lambda ctx: dashboard_service.due_days(ctx, year, month, operator_id, assignee),
            lambda counts: self.calendar.set_counts(counts, self.ops.ctx.today()),
            owner=self,
        )

    def _show_more(self, result) -> None:
        operator_id, assignee, months, self._assignees = result
        if (operator_id, assignee) != (self.operator_id, self.assignee):
            return  # the filters changed meanwhile: their own load follows
        self._fill_filters()
        if self.chart is None:
            from app.ui.dashboard.chart import IntakeChart

            self.chart = IntakeChart()
            self._chart_layout.replaceWidget(self._chart_place, self.chart)
            self._chart_place.deleteLater()
        self.chart.set_months(months)

    def _show(self, result) -> None:
        board, nearest, due, self._operators = result
        if (board.operator_id, board.assignee) != (self.operator_id, self.assignee):
            return  # the filters changed meanwhile: their own load follows
        self.board = board
        self._fill_filters()
        self.heading.setText(
            self.tr("Today, {0}: {1} open requests").format(
                board.today.strftime("%d.%m.%Y"), board.open
            )
        )
        for name, number in self.counts.items():
            number.setText(str(getattr(board, name)))
        self.calendar.set_counts(due, board.today)
        # Urgency and days left are the register's rows', counted by the domain.
        self.table.setRowCount(len(nearest))
        for row, r in enumerate(nearest):
            values = [
                r.reg_number,
                r.sender,
                labels.type_label(r.type),
                r.due_date.strftime("%d.%m.%Y"),
                str(r.days_left),
            ]
            background, fg = labels.URGENCY_COLORS[r.urgency]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                item.setBackground(background)
                item.setForeground(fg)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    # -- opening --------------------------------------------------------------------------------

    def open_tile(self, name: str) -> None:
        self.navigator.open_register(**self.tile_filters(name))

    def _open_day(self, day: dt.date) -> None:
        filters = dashboard_service.day_filters(day, self.operator_id, self.assignee)
        self.navigator.open_register(**filters)

    def _open_row(self, row: int, _col: int = 0) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.navigator.open_case(item.data(Qt.ItemDataRole.UserRole))
