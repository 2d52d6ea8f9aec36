"""The Outgoing screen's letters as a table over the database, fetched lazily.

The model holds the ordered ids of one list (:class:`app.domain.dispatch.State`), queried off
the GUI thread; rows are fetched by ids a page at a time when the view first asks for a row of
a page not cached (the row shows "…" until then). After a change :meth:`refresh` queries the
ids again and drops the cache.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.domain.dispatch import State
from app.services import outgoing
from app.services.outgoing import OutgoingRow
from app.ui.dialogs.dispatch_dialog import method_names
from app.ui.letters.names import kind_name
from app.ui.operations import Operations

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
PAGE_SIZE = 200
LOADING = "…"
ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

(NUMBER, DATE, KIND, REQUEST, ADDRESSEE, ADDRESS, METHOD, SENT, TRACKING, OUTCOME) = range(10)
COLUMN_COUNT = 10


def headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("OutgoingTableModel", "Number"),
        QCoreApplication.translate("OutgoingTableModel", "Date"),
        QCoreApplication.translate("OutgoingTableModel", "Kind"),
        QCoreApplication.translate("OutgoingTableModel", "Request"),
        QCoreApplication.translate("OutgoingTableModel", "Addressee"),
        QCoreApplication.translate("OutgoingTableModel", "Address"),
        QCoreApplication.translate("OutgoingTableModel", "Method"),
        QCoreApplication.translate("OutgoingTableModel", "Sent on"),
        QCoreApplication.translate("OutgoingTableModel", "Tracking number"),
        QCoreApplication.translate("OutgoingTableModel", "Delivered / returned"),
    )


def _date(value) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def outcome_text(row: OutgoingRow) -> str:
    if row.delivered_on:
        return QCoreApplication.translate("OutgoingTableModel", "delivered {0}").format(
            _date(row.delivered_on)
        )
    if row.returned_on:
        return QCoreApplication.translate("OutgoingTableModel", "returned {0}").format(
            _date(row.returned_on)
        )
    if row.closes_on:
        return QCoreApplication.translate(
            "OutgoingTableModel", "closes {0} without a notice"
        ).format(_date(row.closes_on))
    return ""


class OutgoingTableModel(QAbstractTableModel):
    loaded = Signal()  # the ids of the list arrived
    page_loaded = Signal(int)  # the rows of a page arrived
    failed = Signal(object)

    def __init__(self, ops: Operations, parent: QObject | None = None):
        super().__init__(parent)
        self.ops = ops
        self.state = State.TO_POST
        self.search = ""
        self.ids: list[int] = []
        self._rows: dict[int, OutgoingRow] = {}
        self._pending: set[int] = set()
        self._generation = 0

    # -- loading ------------------------------------------------------------------------------

    def show_list(self, state: State | str, search: str = "") -> None:
        self.state, self.search = State(state), search
        self.refresh()

    def refresh(self) -> None:
        state, search = self.state, self.search
        self.ops.query(
            lambda ctx: outgoing.ids(ctx, state, search=search),
            self._ids_arrived,
            self.failed.emit,
            owner=self,
            key="ids",
        )

    def _ids_arrived(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._generation += 1
        self.ids = list(ids)
        self._rows.clear()
        self._pending.clear()
        self.endResetModel()
        self.loaded.emit()

    def _fetch_page(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        wanted = self.ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        generation = self._generation

        def arrived(rows: list[OutgoingRow]) -> None:
            if generation != self._generation:
                return  # the list was loaded again meanwhile
            self._pending.discard(page)
            for row in rows:
                self._rows[row.id] = row
            first = page * PAGE_SIZE
            last = min(len(self.ids), first + PAGE_SIZE) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMN_COUNT - 1))
            self.page_loaded.emit(page)

        self.ops.query(
            lambda ctx: outgoing.rows(ctx, wanted),
            arrived,
            self.failed.emit,
            owner=self,
            key=("page", page),
        )

    def row_at(self, row: int) -> OutgoingRow | None:
        if not 0 <= row < len(self.ids):
            return None
        found = self._rows.get(self.ids[row])
        if found is None:
            self._fetch_page(row // PAGE_SIZE)
        return found

    # -- the model ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMN_COUNT:
            return headers()[section]
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        if role == ID_ROLE:
            return self.ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ROW_ROLE):
            return None
        row = self.row_at(index.row())
        if role == ROW_ROLE:
            return row
        if row is None:
            return LOADING if index.column() == NUMBER else ""
        return self._text(row, index.column())

    @staticmethod
    def _text(row: OutgoingRow, column: int) -> str:
        if column == NUMBER:
            return row.out_number
        if column == DATE:
            return _date(row.out_date)
        if column == KIND:
            return kind_name(row.kind)
        if column == REQUEST:
            return row.reg_number
        if column == ADDRESSEE:
            return row.addressee
        if column == ADDRESS:
            return " ".join(row.address.split())
        if column == METHOD:
            return method_names().get(row.method, row.method)
        if column == SENT:
            return _date(row.sent_on)
        if column == TRACKING:
            return row.tracking
        return outcome_text(row)
