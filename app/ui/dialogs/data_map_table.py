"""One part of the data map as a table of kk/ru pairs, edited in place, with its problems at the
rows: the half a row lacks is asked for in its empty cell, and the sentences stand under the table.

``PairTable`` is promoted in ``forms/data_map_editor.ui``; :meth:`PairTable.configure` gives it its
columns after ``setupUi``. A row whose texts are all empty is a row being typed and is left out of
:meth:`PairTable.entries`; a row's extra data (a category's retention rule) rides on its first cell
(``DATA_ROLE``) so it moves and goes with the row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

DATA_ROLE = Qt.ItemDataRole.UserRole  # first cell: the row's extra data (a retention rule)
ASK_ROLE = Qt.ItemDataRole.UserRole + 1  # a cell's request for its missing text
ERROR = "#b3261e"
MISSING_BACKGROUND = QColor("#fdecea")


@dataclass(frozen=True)
class Column:
    key: str  # "kk", "ru", "country", or a read-only column's name
    header: str
    editable: bool = True
    stretch: bool = True


def pair_columns() -> list[Column]:
    kazakh = QCoreApplication.translate("PairTable", "Kazakh")
    russian = QCoreApplication.translate("PairTable", "Russian")
    return [Column("kk", kazakh), Column("ru", russian)]


def period_text(years: int, months: int) -> str:
    """«3 yr 6 mo» in the interface language; empty for no period."""
    parts = []
    if years:
        parts.append(QCoreApplication.translate("PairTable", "%1 yr").replace("%1", str(years)))
    if months:
        parts.append(QCoreApplication.translate("PairTable", "%1 mo").replace("%1", str(months)))
    return " ".join(parts)


class AskingDelegate(QStyledItemDelegate):
    """Paints an empty cell that must be filled with what it asks for, in red italics."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        ask = index.data(ASK_ROLE)
        if ask and not option.text:
            option.text = ask
            font = QFont(option.font)
            font.setItalic(True)
            option.font = font
            option.palette.setColor(option.palette.ColorRole.Text, QColor(ERROR))
            option.palette.setColor(option.palette.ColorRole.HighlightedText, QColor(ERROR))


class PairTable(QWidget):
    """A part of the data map: a table, Add / Remove / Up / Down, and the part's problems."""

    changed = Signal()
    current_row_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns: list[Column] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.table = QTableWidget(0, 0, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(AskingDelegate(self.table))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(self.tr("Double-click a cell to edit it; Enter keeps the text."))
        row.addWidget(self.table, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.down_button = QPushButton(self.tr("Down"), self)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row, 1)
        self.problems_label = QLabel(self)
        self.problems_label.setStyleSheet(f"color: {ERROR};")
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()
        layout.addWidget(self.problems_label)

        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_rows)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(lambda r, _c, _pr, _pc: self._current(r))

    def configure(self, name: str, columns: list[Column]) -> None:
        """Give the table its columns; ``name`` (the part) prefixes the object names tests use."""
        self.columns = columns
        self.table.setObjectName(f"{name}Table")
        for button, what in (
            (self.add_button, "Add"),
            (self.remove_button, "Remove"),
            (self.up_button, "Up"),
            (self.down_button, "Down"),
        ):
            button.setObjectName(f"{name}{what}Button")
        self.problems_label.setObjectName(f"{name}Problems")
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([c.header for c in columns])
        header = self.table.horizontalHeader()
        for col, column in enumerate(columns):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(col, mode)
        self._update_buttons()

    # -- rows -------------------------------------------------------------------------------

    def column(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def set_rows(self, rows: list[dict[str, Any]], data: list[Any] | None = None) -> None:
        """Show ``rows`` (each {"kk": …, "ru": …[, "country": …]}); ``data`` rides on each row."""
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for i, values in enumerate(rows):
            self._insert(self.table.rowCount(), values, data[i] if data else None)
        self.table.blockSignals(False)
        self._update_buttons()

    def _insert(self, row: int, values: dict[str, Any], data: Any = None) -> None:
        self.table.insertRow(row)
        for col, column in enumerate(self.columns):
            text = str(values.get(column.key, "") or "")
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if not column.editable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, col, item)
        self.table.item(row, 0).setData(DATA_ROLE, data)

    def text(self, row: int, key: str) -> str:
        item = self.table.item(row, self.column(key))
        return item.text().strip() if item is not None else ""

    def set_text(self, row: int, key: str, text: str) -> None:
        item = self.table.item(row, self.column(key))
        self.table.blockSignals(True)
        item.setText(text)
        item.setToolTip(text)
        self.table.blockSignals(False)

    def row_data(self, row: int) -> Any:
        item = self.table.item(row, 0)
        return item.data(DATA_ROLE) if item is not None else None

    def set_row_data(self, row: int, data: Any) -> None:
        self.table.blockSignals(True)
        self.table.item(row, 0).setData(DATA_ROLE, data)
        self.table.blockSignals(False)

    def entries(self) -> list[tuple[int, dict[str, str]]]:
        """(table row, values) of every row with some text, top to bottom."""
        out = []
        editable = [c.key for c in self.columns if c.editable]
        for row in range(self.table.rowCount()):
            values = {key: self.text(row, key) for key in editable}
            if any(values.values()):
                out.append((row, values))
        return out

    def add_row(self) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self._insert(row, {})
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, 0))
        self._update_buttons()
        self.changed.emit()

    def remove_rows(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self._update_buttons()
        if rows:
            self.changed.emit()

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        self.table.blockSignals(True)
        items = [self.table.takeItem(row, col) for col in range(self.table.columnCount())]
        self.table.removeRow(row)
        self.table.insertRow(target)
        for col, item in enumerate(items):
            self.table.setItem(target, col, item)
        self.table.blockSignals(False)
        self.table.setCurrentCell(
            target, self.table.currentColumn() if self.table.currentColumn() >= 0 else 0
        )
        self.changed.emit()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        item.setToolTip(item.text())
        column = self.columns[item.column()]
        if column.key == "country" and item.text() != item.text().strip().upper():
            self.table.blockSignals(True)
            item.setText(item.text().strip().upper())
            self.table.blockSignals(False)
        self.changed.emit()

    def _current(self, row: int) -> None:
        self._update_buttons()
        self.current_row_changed.emit(row)

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        has = 0 <= row < self.table.rowCount()
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.table.rowCount() - 1)

    # -- problems ---------------------------------------------------------------------------

    def show_problems(self, at_cells: dict[tuple[int, str], str], sentences: list[str]) -> None:
        """Mark each (row, column key) of ``at_cells`` with what it asks for, and list
        ``sentences`` under the table; cells not named are unmarked."""
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            for col, column in enumerate(self.columns):
                item = self.table.item(row, col)
                if item is None:
                    continue
                ask = at_cells.get((row, column.key))
                item.setData(ASK_ROLE, ask)
                item.setData(
                    Qt.ItemDataRole.BackgroundRole, QBrush(MISSING_BACKGROUND) if ask else None
                )
                item.setToolTip(ask if ask and not item.text() else item.text())
        self.table.blockSignals(False)
        self.table.viewport().update()
        self.problems_label.setText("\n".join(sentences))
        self.problems_label.setVisible(bool(sentences))
