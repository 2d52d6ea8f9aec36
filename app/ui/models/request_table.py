"""The request register as a table over the database, fetched lazily (after Anki's browser table).

New criteria are shown from two index reads off the GUI thread, whatever the register's size:
the count and the first page of rows (a LIMIT in the register's order). The model then knows
how many rows there are and the ids of the rows it has fetched (``None`` for the others). A
small register (at most :data:`ALL_IDS` rows) also reads every id at once in a second, cheap
query; a big one never does: its pages are read by position (LIMIT/OFFSET in the same order),
so the first page at a million requests costs what it costs at a thousand. Row data is fetched
in pages of :data:`PAGE_SIZE` when the view first asks for a row of a page that is not cached:
the row shows "…" until its page arrives, then ``dataChanged`` repaints it. Page fetches go
through ``ops.query`` one at a time (the pages wanted most recently first, so a fast scroll
does not queue up pages that are long out of sight), never a query per row and never on the
GUI thread.

After a change made anywhere (:meth:`refresh`) the count (or every id, for a small register) is
queried again together with the pages around the rows last shown, so the view does not
flicker; when the ids are the same the model only repaints, otherwise it resets (the screen
restores its selection by ids).
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from app.domain.deadlines import Urgency
from app.services import register
from app.services.register import Criteria, RegisterRow
from app.ui import labels
from app.ui.operations import Operations

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

PAGE_SIZE = register.PAGE
ALL_IDS = 5_000  # at most this many rows: every id read at once (else pages by position)
CACHE_ROWS = 20_000  # rows kept; the oldest fetched go first
PAGES_PER_FETCH = 3
MAX_WANTED = 4  # pages remembered as wanted; older wishes are out of sight by now
LOADING = "…"

ID_ROLE = Qt.ItemDataRole.UserRole

(NUMBER, RECEIVED, SENDER, SUBJECT, TYPE, STATUS, DUE, DAYS_LEFT, ASSIGNEE, OPERATOR) = range(10)
COLUMN_COUNT = 10
# The server-side sort key of each column (RequestFilter.sort).
SORT_KEYS = (
    "reg_number",
    "received_date",
    "sender",
    "subject",
    "type",
    "status",
    "due_date",
    "due_date",
    "assignee",
    "operator",
)
_DONE_TEXT = labels.URGENCY_COLORS[Urgency.DONE][1]
_CENTRED = (RECEIVED, DUE, DAYS_LEFT)


def headers() -> tuple[str, ...]:
    # Spelled out so that pyside6-lupdate finds each string in this context.
    return (
        QCoreApplication.translate("RequestTableModel", "Number"),
        QCoreApplication.translate("RequestTableModel", "Received"),
        QCoreApplication.translate("RequestTableModel", "Sender"),
        QCoreApplication.translate("RequestTableModel", "Subject"),
        QCoreApplication.translate("RequestTableModel", "Type"),
        QCoreApplication.translate("RequestTableModel", "Status"),
        QCoreApplication.translate("RequestTableModel", "Due date"),
        QCoreApplication.translate("RequestTableModel", "Days left"),
        QCoreApplication.translate("RequestTableModel", "Assignee"),
        QCoreApplication.translate("RequestTableModel", "Operator"),
    )


def column_for_sort(key: str) -> int:
    """The column whose header shows the sort ``key``."""
    return SORT_KEYS.index(key) if key in SORT_KEYS else NUMBER


def _date(value) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def days_left_text(row: RegisterRow) -> str:
    text = _days_left_text(row)
    if row.late_days and row.urgency is not Urgency.OVERDUE:
        # extended after the deadline had passed: the breach stays in sight
        text += " · " + QCoreApplication.translate("RequestTableModel", "late by {0}").format(
            row.late_days
        )
    return text


def _days_left_text(row: RegisterRow) -> str:
    if row.urgency is Urgency.DONE:
        return labels.urgency_label(Urgency.DONE)
    if row.urgency is Urgency.STOPPED:
        if row.remaining_days is None:
            return labels.urgency_label(Urgency.STOPPED)
        return QCoreApplication.translate("RequestTableModel", "stopped, {0} left").format(
            row.remaining_days
        )
    if row.urgency is Urgency.TODAY:
        return QCoreApplication.translate("RequestTableModel", "today")
    if row.urgency is Urgency.OVERDUE:
        return QCoreApplication.translate("RequestTableModel", "overdue by {0}").format(
            -(row.days_left or 0)
        )
    return str(row.days_left)


class _Shown:
    """A row as the view shows it: the texts are made once, on the GUI thread."""

    __slots__ = ("row", "texts")

    def __init__(self, row: RegisterRow):
        self.row = row
        self.texts = (
            row.reg_number,
            _date(row.received_date),
            row.sender,
            row.subject_name,
            labels.type_label(row.type),
            labels.status_label(row.status),
            _date(row.due_date),
            days_left_text(row),
            row.assignee,
            row.operator_name,
        )


class _Token:
    """Marks one reload; a newer reload cancels it (the worker then skips the query).
    ``skip_ids`` is set on the worker when the first step brought every id already, or when
    there are too many to read them all."""

    __slots__ = ("cancelled", "skip_ids")

    def __init__(self):
        self.cancelled = False
        self.skip_ids = False


class RequestTableModel(QAbstractTableModel):
    """Read-only; the request id of each row under ``ID_ROLE`` (known before its data is)."""

    loading_changed = Signal(bool)  # the ids are being (re)loaded
    reloaded = Signal()  # new ids arrived (after the reset, if there was one)
    count_changed = Signal(int)
    failed = Signal(object)  # an exception from a query

    def __init__(self, ops: Operations, parent: QObject | None = None):
        super().__init__(parent)
        self.ops = ops
        self._criteria = Criteria()
        self._ids: list[int | None] = []  # the id of each row; None: its page is not read yet
        self._count = 0  # the rows shown
        self._complete = True  # self._ids holds every id
        self._paged = False  # too many rows to read every id: pages are read by position
        self._loaded_once = False
        self._cache: OrderedDict[int, _Shown | None] = OrderedDict()  # None: id gone
        self._row_of: dict[int, int] | None = None
        self._generation = 0  # bumped whenever the ids change: older page fetches are dropped
        self._token = _Token()
        self._loading = False
        self._wanted: OrderedDict[int, None] = OrderedDict()  # page numbers, newest last
        self._fetching = False
        self._last_row = 0
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)

    # -- what is shown ------------------------------------------------------------------------

    @property
    def criteria(self) -> Criteria:
        return self._criteria

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def loaded_once(self) -> bool:
        return self._loaded_once

    def set_criteria(self, criteria: Criteria, load: bool = True) -> None:
        """Show the requests ``criteria`` select (filters and sort) and load their ids, or with
        ``load=False`` only remember them for the first :meth:`refresh`."""
        self._criteria = criteria
        if load:
            self._reload_in_two_steps()

    def refresh(self) -> None:
        """Data changed somewhere: query the ids again and the rows around those last shown
        (the first time: load the criteria in two steps, like :meth:`set_criteria`)."""
        if not self._loaded_once and not self._loading:
            self._reload_in_two_steps()
            return
        last = min(self._last_row, max(len(self._ids) - 1, 0))
        self._reload(fresh=True, anchor=(max(last - PAGE_SIZE // 2, 0), last))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        key = SORT_KEYS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._criteria.sort, self._criteria.descending):
            return
        self.set_criteria(dataclasses.replace(self._criteria, sort=key, descending=descending))

    # -- rows and ids -------------------------------------------------------------------------

    def request_id(self, row: int) -> int | None:
        """The id shown in ``row`` (None while its page has not been read)."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def ids(self) -> list[int]:
        """The ids known, in row order (every id when :attr:`complete`)."""
        return [i for i in self._ids if i is not None]

    @property
    def complete(self) -> bool:
        """Every id of the rows is known (not only those of the pages read)."""
        return self._complete

    @property
    def paged(self) -> bool:
        """The rows are too many to read every id: pages are read by their position."""
        return self._paged

    def row_data(self, row: int) -> RegisterRow | None:
        shown = self._cache.get(self._ids[row]) if 0 <= row < len(self._ids) else None
        return shown.row if shown is not None else None

    def is_row_loaded(self, row: int) -> bool:
        return 0 <= row < len(self._ids) and self._ids[row] in self._cache

    def rows_of(self, request_ids: Iterable[int]) -> list[int]:
        """Rows showing these requests (those not shown are left out), in row order."""
        if self._row_of is None:
            self._row_of = {rid: row for row, rid in enumerate(self._ids) if rid is not None}
        return sorted(self._row_of[i] for i in request_ids if i in self._row_of)

    # -- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return headers()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in _CENTRED:
                return Qt.AlignmentFlag.AlignCenter
            if role == Qt.ItemDataRole.ToolTipRole and section == DAYS_LEFT:
                return QCoreApplication.translate(
                    "RequestTableModel",
                    "Working days from today to the due date; the colour shows how urgent",
                )
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < self._count or not 0 <= column < COLUMN_COUNT:
            return None
        request_id = self._ids[row] if row < len(self._ids) else None
        if role == ID_ROLE:
            return request_id
        try:
            if request_id is None:
                raise KeyError(row)
            shown = self._cache[request_id]
        except KeyError:
            if role == Qt.ItemDataRole.DisplayRole:
                self._want(row)
                return LOADING if column == NUMBER else ""
            return None
        if shown is None:
            return None
        self._last_row = row
        r = shown.row
        if role == Qt.ItemDataRole.DisplayRole:
            return shown.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(shown, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == DAYS_LEFT:
                return labels.URGENCY_COLORS[self._shown_urgency(r)][0]
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == DAYS_LEFT:
                return labels.URGENCY_COLORS[self._shown_urgency(r)][1]
            if r.urgency is Urgency.DONE:
                return QColor(_DONE_TEXT)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _CENTRED:
            return Qt.AlignmentFlag.AlignCenter
        return None

    @staticmethod
    def _shown_urgency(r: RegisterRow) -> Urgency:
        """An open request extended late keeps the overdue colour: the breach stays visible."""
        if r.late_days and r.urgency not in (Urgency.DONE, Urgency.STOPPED):
            return Urgency.OVERDUE
        return r.urgency

    def _tooltip(self, shown: _Shown, column: int) -> str | None:
        r = shown.row
        if column == DAYS_LEFT:
            if r.late_days:
                return QCoreApplication.translate(
                    "RequestTableModel",
                    "{0}; extended after the due date had passed by {1} working days",
                ).format(labels.urgency_label(r.urgency), r.late_days)
            return labels.urgency_label(r.urgency)
        if column in (SENDER, SUBJECT, TYPE, STATUS, OPERATOR) and shown.texts[column]:
            return shown.texts[column]
        return None

    # -- loading ids --------------------------------------------------------------------------

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _reload(self, fresh: bool, anchor: Sequence[int]) -> None:
        self._token.cancelled = True
        token = self._token = _Token()
        criteria = self._criteria
        pages = sorted({row // PAGE_SIZE for row in anchor})
        paged = self._paged

        def load(ctx):
            if token.cancelled:
                return None
            if paged:  # the count and the pages around those shown, by position
                return _positions(ctx, criteria, pages)
            found = register.ids(ctx, criteria)
            if len(found) > ALL_IDS:
                return _positions(ctx, criteria, pages, len(found))
            wanted = [i for p in pages for i in found[p * PAGE_SIZE : (p + 1) * PAGE_SIZE]]
            return found, wanted, register.rows(ctx, wanted)

        self._set_loading(True)
        self.ops.query(
            load,
            lambda result: self._ids_arrived(token, fresh, result),
            lambda exc: self._reload_failed(token, exc),
            owner=self,
        )

    def _ids_arrived(self, token: _Token, fresh: bool, result) -> None:
        if token is not self._token or result is None:
            return  # a newer reload is on its way
        ids, wanted, rows = result
        if fresh:
            self._cache.clear()
        self._store(wanted, rows)
        self._generation += 1
        self._wanted.clear()
        paged = None in ids
        same = ids == self._ids and self._complete
        if paged and self._paged and len(ids) == self._count:
            # the same count and the same ids where both were read: the rows repaint
            same = all(self._ids[row] == i for row, i in enumerate(ids) if i is not None)
            if same:
                self._ids, self._row_of = ids, None
        if same:
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, COLUMN_COUNT - 1))
        else:
            self._reset(ids, paged)
        self._finished()

    def _reset(self, ids: list[int | None], paged: bool = False) -> None:
        self.beginResetModel()
        self._ids = ids
        self._count = len(ids)
        self._paged = paged
        self._complete = not paged and None not in ids
        self._row_of = None
        self._last_row = 0
        self.endResetModel()

    def _finished(self) -> None:
        self._loaded_once = True
        self._set_loading(False)
        self.count_changed.emit(self._count)
        self.reloaded.emit()
        if self._wanted:
            self._fetch_timer.start()

    def _reload_in_two_steps(self) -> None:
        """New criteria: the count and the first page first, then every id when they are few
        (two queries; the second one does nothing for a big register)."""
        self._token.cancelled = True
        token = self._token = _Token()
        criteria = self._criteria

        def first_page(ctx):
            if token.cancelled:
                return None
            head = register.head(ctx, criteria, PAGE_SIZE)
            # read by all_ids, next on this thread
            token.skip_ids = head.ids is not None or head.count > ALL_IDS
            return head

        def all_ids(ctx):
            if token.cancelled or token.skip_ids:
                return None
            return register.ids(ctx, criteria)

        self._set_loading(True)
        self.ops.query(
            first_page,
            lambda result: self._head_arrived(token, result),
            lambda exc: self._reload_failed(token, exc),
            owner=self,
        )
        self.ops.query(
            all_ids,
            lambda result: self._all_ids_arrived(token, result),
            lambda exc: self._reload_failed(token, exc),
            owner=self,
        )

    def _head_arrived(self, token: _Token, head) -> None:
        if token is not self._token or token.cancelled or head is None:
            return
        self._store([r.id for r in head.rows], head.rows)
        self._generation += 1
        self._wanted.clear()
        first = [r.id for r in head.rows]
        paged = head.ids is None and head.count > ALL_IDS
        self._reset(first + [None] * (head.count - len(first)), paged)
        if self._complete or paged:  # the second step does nothing
            self._finished()
        else:
            self._loaded_once = True
            self.count_changed.emit(self._count)

    def _all_ids_arrived(self, token: _Token, ids) -> None:
        if token is not self._token or token.cancelled or ids is None:
            return
        shown = self._ids.index(None) if None in self._ids else len(self._ids)
        self._generation += 1
        if ids[:shown] == self._ids[:shown] and len(ids) == self._count:
            self._ids = ids
            self._complete = True
            self._row_of = None
            if self._count > shown:  # rows shown as "…" until now
                self.dataChanged.emit(
                    self.index(shown, 0), self.index(self._count - 1, COLUMN_COUNT - 1)
                )
        else:
            self._reset(ids, len(ids))  # a change came in between the two queries
        self._finished()

    def _reload_failed(self, token: _Token, exc: Exception) -> None:
        if token is self._token:
            self._set_loading(False)
            self.failed.emit(exc)

    # -- fetching pages -----------------------------------------------------------------------

    def _store(self, request_ids: Sequence[int], rows: Sequence[RegisterRow]) -> None:
        by_id = {r.id: r for r in rows}
        for request_id in request_ids:
            row = by_id.get(request_id)
            self._cache[request_id] = _Shown(row) if row is not None else None
            self._cache.move_to_end(request_id)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)

    def _want(self, row: int) -> None:
        page = row // PAGE_SIZE
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > MAX_WANTED:
            self._wanted.popitem(last=False)
        if not self._fetching and not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def _page_ids(self, page: int) -> list[int]:
        return self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]

    def _fetch_wanted(self) -> None:
        if self._fetching or not (self._complete or self._paged):
            return  # the ids are on their way; _finished() asks again
        pages = []
        while self._wanted and len(pages) < PAGES_PER_FETCH:
            page, _ = self._wanted.popitem(last=True)
            if any(i is None or i not in self._cache for i in self._page_ids(page)):
                pages.append(page)
        if not pages:
            return
        generation = self._generation
        self._fetching = True
        if self._paged:  # by position: the ids come with their rows
            criteria = self._criteria
            self.ops.query(
                lambda ctx: _positions(ctx, criteria, pages),
                lambda found: self._positions_arrived(generation, pages, found),
                lambda exc: self._page_failed(generation, [], exc),
                owner=self,
            )
            return
        wanted = [i for p in pages for i in self._page_ids(p)]
        self.ops.query(
            lambda ctx: register.rows(ctx, wanted),
            lambda rows: self._page_arrived(generation, pages, wanted, rows),
            lambda exc: self._page_failed(generation, wanted, exc),
            owner=self,
        )

    def _positions_arrived(self, generation: int, pages, found) -> None:
        if generation == self._generation:
            ids, wanted, rows = found
            for page in pages:  # the ids of these pages, where the model keeps them
                first = page * PAGE_SIZE
                known = ids[first : first + PAGE_SIZE]
                self._ids[first : first + len(known)] = known
            self._row_of = None
            if len(ids) != self._count:
                self._page_failed(generation, [], None)  # rows came or went: read again
                self.refresh()
                return
        else:
            wanted, rows = [], []
        self._page_arrived(generation, pages, wanted, rows)

    def _page_arrived(self, generation: int, pages, wanted, rows) -> None:
        self._fetching = False
        if generation == self._generation:
            self._store(wanted, rows)
            last_row = self._count - 1
            for page in pages:
                first = page * PAGE_SIZE
                if first <= last_row:
                    self.dataChanged.emit(
                        self.index(first, 0),
                        self.index(min(first + PAGE_SIZE - 1, last_row), COLUMN_COUNT - 1),
                    )
        if self._wanted:
            self._fetch_timer.start()

    def _page_failed(self, generation: int, wanted, exc: Exception | None) -> None:
        self._fetching = False
        if generation == self._generation:
            # Shown empty rather than asked for again at every repaint; refresh() retries.
            self._store(wanted, ())
        if exc is not None:
            self.failed.emit(exc)


def _positions(ctx, criteria: Criteria, pages: Sequence[int], count: int | None = None):
    """For a register read by position: (the ids of every row, None where not read; the ids
    of ``pages``; their rows), from a count and one LIMIT/OFFSET read per page."""
    total = register.count_of(ctx, criteria) if count is None else count
    ids: list[int | None] = [None] * total
    wanted, rows = [], []
    for page in pages:
        found = register.window(ctx, criteria, page * PAGE_SIZE, PAGE_SIZE)
        page_ids = [r.id for r in found.rows]
        ids[page * PAGE_SIZE : page * PAGE_SIZE + len(page_ids)] = page_ids
        wanted += page_ids
        rows += found.rows
    return ids[:total], wanted, rows
