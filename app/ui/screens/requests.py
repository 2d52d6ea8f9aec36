"""The request register: every incoming letter, filtered, searched and sorted on the server.

The table is a :class:`RequestTableModel` (ids for the whole filter, rows fetched in pages), so
it stays quick with hundreds of thousands of requests. Filters, sort and the column layout are
remembered between runs; the dashboard opens the register through :meth:`apply_filters`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.requests import RequestType, Status
from app.services import operators, register
from app.ui import labels, operations
from app.ui.forms.ui_requests_filters import Ui_RequestsFilters
from app.ui.messages import show_error
from app.ui.models.request_table import (
    COLUMN_COUNT,
    DAYS_LEFT,
    DUE,
    NUMBER,
    SORT_KEYS,
    RequestTableModel,
    column_for_sort,
)
from app.ui.prefs import (
    REGISTER_FILTERS,
    REGISTER_SORT,
    REGISTER_TABLE,
    restore_header,
    save_header,
)
from app.ui.screens.base import Screen
from app.ui.screens.register_chip import CHIP_FILTERS, RegisterChip
from app.ui.screens.register_filters import DEFAULT_FILTERS, URGENCY_CHOICES, normalised

FILTERS_KEY = REGISTER_FILTERS
SORT_KEY = REGISTER_SORT
HEADER_KEY = REGISTER_TABLE
SEARCH_DELAY_MS = 300

# What a typical cell of each column holds, for its default width (the officer's own layout
# is restored over these); None: sender and subject share the width left over.
_SAMPLES = (
    "ДД-2026/0000",
    "00.00.0000",
    None,
    None,
    "Consent withdrawal",
    "Waiting for subject",
    "00.00.0000",
    "overdue by 00",
    "Нұрланова Д.",
    "ИТМС («Техзор»)",
)
_NAME_COLUMNS = (2, 3)
_MIN_NAME_WIDTH = 140


def _to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class RequestsScreen(Screen):
    key = "requests"
    topics = frozenset(
        {
            operations.REQUESTS,
            operations.SUBJECTS,
            operations.CALENDAR,
            operations.SETTINGS,
            operations.OPERATORS,
        }
    )

    def __init__(self, shell):
        super().__init__(shell)
        self.setObjectName("requestsScreen")
        self.filter_bar = QWidget(objectName="filterBar")
        self.ui = Ui_RequestsFilters()
        self.ui.setupUi(self.filter_bar)
        self.model = RequestTableModel(self.ops, self)
        self.table = QTableView(objectName="requestTable")
        self.table.setModel(self.model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.table.viewport(), objectName="emptyLabel")
        self.empty_label.setText(self.tr("No requests match these filters."))
        self.empty_label.setStyleSheet("color: #777; font-size: 11pt; padding-top: 40px;")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        empty_layout = QVBoxLayout(self.table.viewport())
        empty_layout.addWidget(self.empty_label)
        self.empty_label.hide()

        self.chip = RegisterChip(self.filter_bar)  # the dashboard's letter and day filters
        self.ui.topRow.insertWidget(self.ui.topRow.indexOf(self.ui.countLabel), self.chip)
        self.chip.cleared.connect(
            lambda: self.apply_filters(**{k: None for k in CHIP_FILTERS}, keep=True)
        )
        self._fill_static_choices()
        self._setup_table()
        self._filters = self._restored_filters()
        self._sort = self._restored_sort()
        self._operators: list[tuple[int, str]] = []
        self._assignees: list[str] = []
        self._write_widgets()
        self.ui.clearButton.setEnabled(self._filters != DEFAULT_FILTERS)
        self.chip.show_filters(self._filters)
        self.model.set_criteria(self._criteria(), load=False)
        self._restore_layout()

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._widgets_changed)
        ui = self.ui
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self._widgets_changed)
        for combo in (
            ui.typeCombo,
            ui.statusCombo,
            ui.urgencyCombo,
            ui.operatorCombo,
            ui.assigneeCombo,
        ):
            combo.currentIndexChanged.connect(self._widgets_changed)
        ui.periodCheck.toggled.connect(self._period_toggled)
        ui.fromDate.dateChanged.connect(lambda _d: self._search_timer.start())
        ui.toDate.dateChanged.connect(lambda _d: self._search_timer.start())
        ui.clearButton.clicked.connect(self.clear_filters)
        ui.newLetterButton.clicked.connect(lambda: self.navigator.new_letter())
        ui.batchButton.clicked.connect(self.batch_letters)
        batch = QShortcut(QKeySequence("Ctrl+Shift+B"), self)
        batch.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        batch.activated.connect(self.batch_letters)

        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)

        self.model.count_changed.connect(self._show_count)
        self.model.loading_changed.connect(self._loading_changed)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.model.modelAboutToBeReset.connect(self._remember_view)
        self.model.modelReset.connect(self._restore_view)
        self._kept_ids: list[int] = []
        self._kept_current: int | None = None
        self._kept_scroll = 0
        self._scroll_to_top = False

    # -- building -----------------------------------------------------------------------------

    def _fill_static_choices(self) -> None:
        ui = self.ui
        self._values: dict[str, list] = {}
        add = self._add_choice
        add(ui.typeCombo, self.tr("All types"), None)
        for rtype in RequestType:
            add(ui.typeCombo, labels.type_label(rtype), rtype.value)
        add(ui.statusCombo, self.tr("All statuses"), None)
        add(ui.statusCombo, self.tr("Open (an answer is owed)"), register.OPEN)
        for status in Status:
            add(ui.statusCombo, labels.status_label(status), status.value)
        add(ui.urgencyCombo, self.tr("Any deadline"), None)
        for level in URGENCY_CHOICES:
            add(ui.urgencyCombo, labels.urgency_label(level), level.value)
        add(ui.operatorCombo, self.tr("All operators"), None)
        add(ui.assigneeCombo, self.tr("Anyone"), None)
        add(ui.assigneeCombo, self.tr("Nobody assigned"), "")
        for combo in (ui.typeCombo, ui.statusCombo, ui.urgencyCombo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def _setup_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = table.fontMetrics()
        for column, sample in enumerate(_SAMPLES):
            width = metrics.horizontalAdvance(sample) + 18 if sample else _MIN_NAME_WIDTH
            header.resizeSection(column, width)
        # The deadline first: due date and days left stand next to the received date.
        header.moveSection(header.visualIndex(DUE), 2)
        header.moveSection(header.visualIndex(DAYS_LEFT), 3)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._table_menu)
        table.activated.connect(self._open_index)  # Enter, and double-click
        self.filter_bar.setTabOrder(self.ui.newLetterButton, table)

    def _restore_layout(self) -> None:
        header = self.table.horizontalHeader()
        self._layout_restored = restore_header(self.prefs, header, HEADER_KEY)
        if header.isSectionHidden(NUMBER):
            header.showSection(NUMBER)
        key, descending, column = self._sort
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)
        self.table.setSortingEnabled(True)  # the model already has this sort: no query here
        header.sortIndicatorChanged.connect(self._sort_changed)

    # -- state --------------------------------------------------------------------------------

    def _restored_filters(self) -> dict[str, Any]:
        saved = self.prefs.get(FILTERS_KEY) or {}
        try:
            return normalised(saved if isinstance(saved, dict) else {})
        except (TypeError, ValueError):
            return dict(DEFAULT_FILTERS)  # a damaged preference: start clean

    def _restored_sort(self) -> tuple[str, bool, int]:
        saved = self.prefs.get(SORT_KEY) or []
        key = saved[0] if saved and saved[0] in SORT_KEYS else "reg_number"
        descending = bool(saved[1]) if len(saved) > 1 else True
        column = saved[2] if len(saved) > 2 and isinstance(saved[2], int) else -1
        if not (0 <= column < COLUMN_COUNT and SORT_KEYS[column] == key):
            column = column_for_sort(key)
        return key, descending, column

    def _save_filters(self) -> None:
        saved = {}
        for name, value in self._filters.items():
            if value is None or value == DEFAULT_FILTERS[name]:
                continue
            saved[name] = value.isoformat() if isinstance(value, dt.date) else value
        self.prefs.set(FILTERS_KEY, saved)

    def _criteria(self) -> register.Criteria:
        key, descending, _column = self._sort
        return register.Criteria(**self._filters, sort=key, descending=descending)

    def register_view(self):
        """The incoming register as the screen shows it: its filters, sort and visible columns."""
        from app.services.registers import View
        from app.ui.register_output import REQUEST_COLUMNS, shown_columns

        return View(
            "incoming", self._criteria(), columns=shown_columns(self.table, REQUEST_COLUMNS)
        )

    def filters(self) -> dict[str, Any]:
        """The filters in force (every key of :data:`DEFAULT_FILTERS`)."""
        return dict(self._filters)

    # -- the public face ----------------------------------------------------------------------

    def showEvent(self, event) -> None:
        if not self._layout_restored:
            self._layout_restored = True
            QTimer.singleShot(0, self, self._fit_names)
        super().showEvent(event)

    def _fit_names(self) -> None:
        """First run: sender and subject share what the other columns leave of the width."""
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(COLUMN_COUNT)
            if c not in _NAME_COLUMNS and c != COLUMN_COUNT - 1 and not header.isSectionHidden(c)
        )
        last = self.table.fontMetrics().horizontalAdvance(_SAMPLES[-1]) + 18
        spare = self.table.viewport().width() - others - last
        width = max(_MIN_NAME_WIDTH, spare // len(_NAME_COLUMNS))
        for column in _NAME_COLUMNS:
            header.resizeSection(column, width)
        # The deadline first: due date and days left stand next to the received date.
        header.moveSection(header.visualIndex(DUE), 2)
        header.moveSection(header.visualIndex(DAYS_LEFT), 3)

    def refresh(self) -> None:
        def load(ctx):
            ops = [(o.id, o.short_name or o.name_ru) for o in operators.all_operators(ctx)]
            return ops, register.assignees(ctx)

        self.ops.query(load, self._choices_loaded, owner=self)
        self.model.refresh()

    def apply_filters(self, keep: bool = False, **filters) -> None:
        """Show the register with exactly these filters (the others are cleared, or kept with
        ``keep``), e.g. ``apply_filters(urgency="overdue")`` or ``apply_filters(status="open")``.

        Keys: type, status (a status or "open"), urgency (overdue, today, within_3, within_10,
        later, stopped), operator_id, assignee ("" = nobody), received_from, received_to (dates or
        ISO text), search, letters (to_print, to_post, awaiting_delivery) and due_on (a day).
        """
        self._search_timer.stop()
        self._filters = normalised({**(self._filters if keep else {}), **filters})
        self._write_widgets()
        self._filters_applied()

    def clear_filters(self) -> None:
        self.apply_filters()

    def selected_request_ids(self) -> list[int]:
        """The requests selected in the table, in the order shown."""
        selection = self.table.selectionModel()
        rows = sorted(index.row() for index in selection.selectedRows())
        found = (self.model.request_id(row) for row in rows)
        return [request_id for request_id in found if request_id is not None]

    def current_request_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.request_id(index.row()) if index.isValid() else None

    def save_state(self) -> None:
        save_header(self.prefs, self.table.horizontalHeader(), HEADER_KEY)
        self._save_filters()
        self._save_sort()

    # -- widgets <-> filters ------------------------------------------------------------------

    def _write_widgets(self) -> None:
        ui, f = self.ui, self._filters
        widgets = (
            ui.searchEdit,
            ui.typeCombo,
            ui.statusCombo,
            ui.urgencyCombo,
            ui.operatorCombo,
            ui.assigneeCombo,
            ui.periodCheck,
            ui.fromDate,
            ui.toDate,
        )
        blocked = [w.blockSignals(True) for w in widgets]
        try:
            ui.searchEdit.setText(f["search"])
            self._select(ui.typeCombo, f["type"])
            self._select(ui.statusCombo, f["status"])
            self._select(ui.urgencyCombo, f["urgency"])
            self._fill_operators()
            self._fill_assignees()
            period = f["received_from"] is not None or f["received_to"] is not None
            ui.periodCheck.setChecked(period)
            today = self.ops.ctx.today()
            start = f["received_from"] or today.replace(day=1)
            end = f["received_to"] or today
            ui.fromDate.setDate(_to_qdate(start))
            ui.toDate.setDate(_to_qdate(end))
            ui.fromDate.setEnabled(period)
            ui.toDate.setEnabled(period)
        finally:
            for w, was in zip(widgets, blocked, strict=True):
                w.blockSignals(was)

    # Each combo's values are kept here by position and never read back from the combo:
    # None ("any") does not survive a trip through item data (an invalid QVariant), and
    # PySide6 6.12 on Python 3.11 even loses a reference to None on that trip.

    def _add_choice(self, combo: QComboBox, text: str, value) -> None:
        if value is None:
            combo.addItem(text)
        else:
            combo.addItem(text, value)
        self._values.setdefault(combo.objectName(), []).append(value)

    def _keep_choices(self, combo: QComboBox, count: int) -> None:
        while combo.count() > count:
            combo.removeItem(combo.count() - 1)
        del self._values[combo.objectName()][count:]

    def _value(self, combo: QComboBox):
        values, index = self._values[combo.objectName()], combo.currentIndex()
        return values[index] if 0 <= index < len(values) else None

    def _select(self, combo: QComboBox, value) -> None:
        values = self._values[combo.objectName()]
        combo.setCurrentIndex(values.index(value) if value in values else 0)

    def _fill_operators(self) -> None:
        combo, wanted = self.ui.operatorCombo, self._filters["operator_id"]
        was = combo.blockSignals(True)
        self._keep_choices(combo, 1)
        for op_id, name in self._operators:
            self._add_choice(combo, name, op_id)
        if wanted is not None and wanted not in {i for i, _ in self._operators}:
            self._add_choice(combo, self.tr("Operator No. {0}").format(wanted), wanted)
        self._select(combo, wanted)
        combo.blockSignals(was)

    def _fill_assignees(self) -> None:
        combo, wanted = self.ui.assigneeCombo, self._filters["assignee"]
        was = combo.blockSignals(True)
        self._keep_choices(combo, 2)
        names = list(self._assignees)
        if wanted and wanted not in names:
            names.append(wanted)
        for name in names:
            self._add_choice(combo, name, name)
        self._select(combo, wanted)
        combo.blockSignals(was)

    def _read_widgets(self) -> dict[str, Any]:
        ui = self.ui
        period = ui.periodCheck.isChecked()
        return {
            "type": self._value(ui.typeCombo),
            "status": self._value(ui.statusCombo),
            "urgency": self._value(ui.urgencyCombo),
            "operator_id": self._value(ui.operatorCombo),
            "assignee": self._value(ui.assigneeCombo),
            "received_from": _from_qdate(ui.fromDate.date()) if period else None,
            "received_to": _from_qdate(ui.toDate.date()) if period else None,
            "search": ui.searchEdit.text().strip(),
            **{name: self._filters[name] for name in CHIP_FILTERS},  # no widget of their own
        }

    def _widgets_changed(self, *_args) -> None:
        self._search_timer.stop()
        filters = normalised(self._read_widgets())
        if filters == self._filters:
            return
        self._filters = filters
        self._filters_applied()

    def _filters_applied(self) -> None:
        self.ui.clearButton.setEnabled(self._filters != DEFAULT_FILTERS)
        self.chip.show_filters(self._filters)
        self._save_filters()
        self._scroll_to_top = True
        self.model.set_criteria(self._criteria())

    def _period_toggled(self, on: bool) -> None:
        self.ui.fromDate.setEnabled(on)
        self.ui.toDate.setEnabled(on)
        self._widgets_changed()

    def _choices_loaded(self, result) -> None:
        self._operators, self._assignees = result
        self._fill_operators()
        self._fill_assignees()

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    # -- sort and count -----------------------------------------------------------------------

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if 0 <= column < COLUMN_COUNT:
            self._sort = (SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder, column)
            self._scroll_to_top = True
            self._save_sort()

    def _save_sort(self) -> None:
        key, descending, column = self._sort
        self.prefs.set(SORT_KEY, [key, descending, column])

    def _show_count(self, count: int) -> None:
        text = self.tr("1 request") if count == 1 else self.tr("%Ln requests", "", count)
        self.ui.countLabel.setText(text)
        filtered = self._filters != DEFAULT_FILTERS
        if count == 0:
            self.empty_label.setText(
                self.tr("No requests match these filters.")
                if filtered
                else self.tr("No letters are registered yet.")
            )
        self.empty_label.setVisible(count == 0)

    def _loading_changed(self, loading: bool) -> None:
        if loading and not self.model.loaded_once:
            self.ui.countLabel.setText(self.tr("Loading…"))

    # -- keeping the selection across reloads -------------------------------------------------

    def _remember_view(self) -> None:
        self._kept_ids = self.selected_request_ids()
        self._kept_current = self.current_request_id()
        self._kept_scroll = self.table.verticalScrollBar().value()

    def _restore_view(self) -> None:
        to_top, self._scroll_to_top = self._scroll_to_top, False
        bar = self.table.verticalScrollBar()
        if not to_top:
            # The rows keep their place on screen after a change made elsewhere.
            QTimer.singleShot(0, self, lambda v=self._kept_scroll: bar.setValue(v))
        rows = self.model.rows_of(self._kept_ids)
        selection = self.table.selectionModel()
        for row in rows:
            selection.select(
                self.model.index(row, 0),
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )
        if self._kept_current is not None:
            current = self.model.rows_of([self._kept_current])
            if current:
                index = self.model.index(current[0], 0)
                selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
                if to_top:
                    self.table.scrollTo(index)

    # -- menus and opening --------------------------------------------------------------------

    def _open_index(self, index) -> None:
        request_id = self.model.request_id(index.row()) if index.isValid() else None
        if request_id is not None:
            self.navigator.open_case(request_id)

    def batch_letters(self) -> None:
        """Generate or print one kind of letter for every selected request."""
        from app.ui.letters.batch import BatchLettersDialog

        ids = self.selected_request_ids()
        if not ids:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Batch letters"),
                self.tr("Select the requests to answer first (Ctrl+click or Shift+click)."),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("batchNothingSelected")
            box.open()
            return
        BatchLettersDialog(self.ops, self.prefs, ids, self).open()

    def dispatch_letters(self, clicked: int | None = None) -> None:
        """The dispatch dialog for the selected requests' (else the clicked one's) final letters
        still to post."""
        from app.ui.dispatch_open import open_dispatch

        ids = self.selected_request_ids() or ([clicked] if clicked is not None else [])
        if ids:
            open_dispatch(self.ops, self, ids, lambda w: setattr(self, "dispatch_dialog", w))

    def _table_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        open_action = menu.addAction(self.tr("&Open the case"))
        open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        open_action.triggered.connect(lambda: self._open_index(index))
        batch = menu.addAction(self.tr("&Batch letters for the selection…"))
        batch.triggered.connect(self.batch_letters)
        send = menu.addAction(self.tr("&Dispatch…"))
        send.setObjectName("dispatchAction")
        send.triggered.connect(lambda: self.dispatch_letters(self.model.request_id(index.row())))
        row = self.model.row_data(index.row())
        if row is not None:
            copy = menu.addAction(self.tr("&Copy the registration number"))
            copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(row.reg_number))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _header_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        titles = [self.model.headerData(c, Qt.Orientation.Horizontal) for c in range(COLUMN_COUNT)]
        for column, title in enumerate(titles):
            action = QAction(title, menu, checkable=True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column not in (NUMBER, DAYS_LEFT))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
            menu.addAction(action)
        menu.popup(header.mapToGlobal(pos))
