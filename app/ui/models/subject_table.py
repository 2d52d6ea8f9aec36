"""The Subjects screen's results: a table over pages of search results, never over all subjects.

The model holds only the rows fetched so far (plain :class:`~app.services.subject_card.SubjectRow`
values). When the view scrolls to the end and another page exists, ``fetchMore`` asks for it by
emitting ``more_wanted``; whoever owns the model loads the page off the GUI thread and hands it
back with :meth:`append_page`. The model itself never touches the database.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.domain.identifiers import mask_iin
from app.services.subject_card import SubjectRow
from app.ui import labels

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

NAME, IIN, BIRTH_DATE, STATUS, OPERATOR = range(5)
COLUMN_COUNT = 5
# Subjects whose processing has stopped are shown quieter than active ones.
_QUIET = QColor("#7a7a7a")
_QUIET_STATUSES = frozenset({"processing_stopped", "deregistered", "anonymised"})

ID_ROLE = Qt.ItemDataRole.UserRole


def _headers() -> tuple[str, ...]:
    # Spelled out so that pyside6-lupdate finds each string in this context.
    return (
        QCoreApplication.translate("SubjectTableModel", "Name"),
        QCoreApplication.translate("SubjectTableModel", "IIN"),
        QCoreApplication.translate("SubjectTableModel", "Birth date"),
        QCoreApplication.translate("SubjectTableModel", "Status"),
        QCoreApplication.translate("SubjectTableModel", "Operator / client"),
    )


class SubjectTableModel(QAbstractTableModel):
    """Rows of subjects found; read-only; the id of each row under ``ID_ROLE``."""

    more_wanted = Signal()  # the view wants the next page (see module docstring)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[SubjectRow] = []
        self._has_more = False
        self._waiting = False  # a page was asked for and has not arrived yet
        self._limit: int | None = None
        # IINs the officer revealed (through the audited ``subjects.reveal_iin``); every other
        # IIN is shown masked. Kept while the screen lives, across searches.
        self._revealed: dict[int, str] = {}

    # -- filling ------------------------------------------------------------------------------

    def set_page(self, rows: Sequence[SubjectRow], has_more: bool) -> None:
        """Replace everything with a first page."""
        self.beginResetModel()
        self._rows = list(rows)
        self._has_more = has_more
        self._waiting = False
        self.endResetModel()

    def append_page(self, rows: Sequence[SubjectRow], has_more: bool) -> None:
        """Add the page asked for by ``more_wanted`` (rows already shown are skipped)."""
        self._waiting = False
        known = {r.id for r in self._rows}
        fresh = [r for r in rows if r.id not in known]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        self._has_more = has_more and bool(fresh)

    def page_failed(self) -> None:
        """The asked-for page did not come; stop asking until the next search."""
        self._waiting = False
        self._has_more = False

    def set_limit(self, limit: int | None) -> None:
        """Never grow beyond ``limit`` rows by scrolling (the officer refines the search)."""
        self._limit = limit

    def clear(self) -> None:
        self.set_page([], False)

    # -- reading ------------------------------------------------------------------------------

    @property
    def has_more(self) -> bool:
        return self._has_more

    @property
    def at_limit(self) -> bool:
        return self._limit is not None and len(self._rows) >= self._limit

    def row_data(self, row: int) -> SubjectRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def subject_id(self, row: int) -> int | None:
        data = self.row_data(row)
        return data.id if data else None

    def row_of(self, subject_id: int) -> int | None:
        for row, data in enumerate(self._rows):
            if data.id == subject_id:
                return row
        return None

    # -- QAbstractItemModel -------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.row_data(index.row())
        if row is None or not 0 <= index.column() < COLUMN_COUNT:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, OPERATOR):
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.status in _QUIET_STATUSES:
            return _QUIET
        return None

    def reveal(self, subject_id: int, iin: str) -> None:
        """Show this subject's full IIN (the audited service call returned it)."""
        self._revealed[subject_id] = iin
        row = self.row_of(subject_id)
        if row is not None:
            index = self.index(row, IIN)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def revealed(self, subject_id: int) -> str | None:
        return self._revealed.get(subject_id)

    def _display(self, row: SubjectRow, column: int) -> str:
        if column == NAME:
            return row.full_name
        if column == IIN:
            return self._revealed.get(row.id) or mask_iin(row.iin)
        if column == BIRTH_DATE:
            return row.birth_date.strftime("%d.%m.%Y") if row.birth_date else ""
        if column == STATUS:
            return labels.label(labels.SUBJECT_STATUSES, row.status)
        if row.client_org:
            return f"{row.operator_name} · {row.client_org}"
        return row.operator_name

    def canFetchMore(self, parent: _Index = _ROOT) -> bool:
        if parent.isValid():
            return False
        return self._has_more and not self._waiting and not self.at_limit

    def fetchMore(self, parent: _Index = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self._waiting = True
        self.more_wanted.emit()
