"""The morning view: what is overdue, due soon, stopped or ready, and the nearest deadlines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.domain.deadlines import Urgency
from app.services import register
from app.ui import labels, operations
from app.ui.screens.base import Screen

# (count attribute, register filter, colour key)
CARDS = (
    ("overdue", {"urgency": Urgency.OVERDUE.value}, Urgency.OVERDUE),
    ("due_today", {"urgency": Urgency.TODAY.value}, Urgency.TODAY),
    ("due_within_3", {"urgency": Urgency.WITHIN_3.value}, Urgency.WITHIN_3),
    ("due_within_10", {"urgency": Urgency.WITHIN_10.value}, Urgency.WITHIN_10),
    ("clock_stopped", {"urgency": Urgency.STOPPED.value}, Urgency.STOPPED),
    ("answer_ready", {"status": "answer_ready"}, Urgency.LATER),
)


class DashboardScreen(Screen):
    key = "dashboard"
    topics = frozenset({operations.REQUESTS, operations.CALENDAR, operations.SETTINGS})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DashboardScreen", "Dashboard")

    def __init__(self, shell):
        super().__init__(shell)
        self.setObjectName("dashboardScreen")
        captions = {
            "overdue": self.tr("Overdue"),
            "due_today": self.tr("Due today"),
            "due_within_3": self.tr("Due within 3 working days"),
            "due_within_10": self.tr("Due within 10 working days"),
            "clock_stopped": self.tr("Waiting for the subject\n(clock stopped)"),
            "answer_ready": self.tr("Answers ready to print and post"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        self.heading = QLabel(self.tr("Today"))
        self.heading.setObjectName("dashboardHeading")
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(self.heading)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.cards: dict[str, QPushButton] = {}
        self.counts: dict[str, QLabel] = {}
        for i, (name, filters, colour) in enumerate(CARDS):
            button = QPushButton(objectName=f"card_{name}")
            button.setMinimumHeight(96)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            background, text = labels.URGENCY_COLORS[colour]
            button.setStyleSheet(
                f"QPushButton {{ background: {background.name()}; color: {text.name()};"
                " border: 1px solid #d6d6d6; border-radius: 8px; }"
                f" QPushButton:hover, QPushButton:focus {{ border: 2px solid {text.name()}; }}"
            )
            inner = QVBoxLayout(button)
            inner.setContentsMargins(16, 10, 16, 10)
            number = QLabel("—", objectName=f"count_{name}")
            number.setStyleSheet(f"font-size: 24pt; font-weight: 600; color: {text.name()};")
            caption = QLabel(captions[name])
            caption.setStyleSheet(f"font-size: 11pt; color: {text.name()};")
            caption.setWordWrap(True)
            for lbl in (number, caption):
                lbl.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                inner.addWidget(lbl)
            button.setAccessibleName(captions[name])
            button.setToolTip(self.tr("Open the register filtered to these requests"))
            button.clicked.connect(lambda _=False, f=filters: self.navigator.open_register(**f))
            self.counts[name] = number
            grid.addWidget(button, i // 3, i % 3)
            self.cards[name] = button
        layout.addLayout(grid)

        nearest = QLabel(self.tr("Nearest deadlines"))
        nearest.setStyleSheet("font-size: 12pt; font-weight: 600; margin-top: 8px;")
        layout.addWidget(nearest)
        self.table = QTableWidget(0, 5, objectName="nearestTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Sender"),
                self.tr("Type"),
                self.tr("Due"),
                self.tr("Working days left"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellActivated.connect(self._open_row)
        self.table.cellDoubleClicked.connect(self._open_row)
        layout.addWidget(self.table, 1)
        self.board: register.Dashboard | None = None

    def refresh(self) -> None:
        def load(ctx):
            board = register.dashboard(ctx)
            return board, register.rows(ctx, [r.id for r in board.nearest])

        self.ops.query(load, self._show, owner=self)

    def _show(self, result) -> None:
        board, nearest = result
        self.board = board
        self.heading.setText(
            self.tr("Today, {0}: {1} open requests").format(
                board.today.strftime("%d.%m.%Y"), board.open
            )
        )
        for name, number in self.counts.items():
            number.setText(str(getattr(board, name)))
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

    def _open_row(self, row: int, _col: int = 0) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.navigator.open_case(item.data(Qt.ItemDataRole.UserRole))
