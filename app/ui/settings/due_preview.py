"""What a change of the terms or of the calendar will do to open requests' due dates, shown
before it is made: which requests move, from which due date to which. The officer applies it
or cancels; nothing is written until then (the list comes from a service's preview)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.deadlines import DueChange
from app.ui.widgets.scan_list import plural


def _day(day: dt.date | None) -> str:
    if day is None:
        return QCoreApplication.translate("DueChangesDialog", "clock stopped")
    return day.strftime("%d.%m.%Y")


class DueChangesDialog(QDialog):
    """Lists the requests a change moves; Apply accepts, Cancel (the default) rejects."""

    def __init__(self, changes: list[DueChange], what: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dueChangesDialog")
        self.setWindowTitle(self.tr("Due dates that will move"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.changes = [c for c in changes if c.moved]
        layout = QVBoxLayout(self)
        n = len(self.changes)
        text = self.tr(
            "%n open request(s) will get a new due date. {0} "
            "You can undo the whole change afterwards.",
            "",
            n,
        )
        summary = QLabel(
            plural(text, n).format(what),
            objectName="dueChangesSummary",
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.table = QTableWidget(len(self.changes), 4, objectName="dueChangesTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Request"),
                self.tr("Due date now"),
                self.tr("New due date"),
                self.tr("Working days"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, change in enumerate(self.changes):
            days = (
                str(change.new_days)
                if change.old_days == change.new_days
                else f"{change.old_days} → {change.new_days}"
            )
            cells = (change.reg_number, _day(change.old_due), _day(change.new_due), days)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(objectName="dueChangesButtons")
        self.apply_button = buttons.addButton(
            self.tr("&Apply and move them"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("applyDueChangesButton")
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelDueChangesButton")
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.table.item(r, c).text() for c in range(3))
            for r in range(self.table.rowCount())
        ]
