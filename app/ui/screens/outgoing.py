"""Outgoing letters: the final letters to post, posted, awaiting a delivery notice, delivered
or returned; dispatch (one or several selected at once), the delivery notice or the return,
and the post office's day: its list of registered letters and the envelopes, printed through
the Qt print dialog or saved as PDF.

The screen reads through ``ops.query`` and changes through ``ops.mutate``; PDFs are made and
printed on the pool (``ops.pure``/``ops.long``), never on the database worker. When it is shown
on a new day it closes the sent requests whose delivery notice waited past the configured days
(``dispatch.close_waited``, once a day).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabBar,
    QTableView,
    QVBoxLayout,
)

from app.domain import dispatch as rules
from app.domain.dispatch import State
from app.services import dispatch, outgoing, outputs, post_office
from app.ui import operations, printing
from app.ui.dialogs.dispatch_dialog import DispatchDialog, LetterOutcomeDialog
from app.ui.messages import describe_error
from app.ui.models.outgoing_table import ROW_ROLE, OutgoingTableModel
from app.ui.operations import Cancelled
from app.ui.screens.base import Screen

WIDEST_COLUMN = 320  # pixels a column takes when fitted to its first rows
STATES = (State.TO_POST, State.POSTED, State.AWAITING, State.DONE)


class OutgoingScreen(Screen):
    key = "outgoing"
    topics = frozenset({operations.LETTERS, operations.REQUESTS, operations.OPERATORS})

    def __init__(self, shell):
        super().__init__(shell)
        self.setObjectName("outgoingScreen")
        self.counts: dict[str, int] = {}
        self.dialog: QDialog | None = None
        self.printer: QPrinter | None = None
        self._swept_on: dt.date | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)

        self.tabs = QTabBar(objectName="stateTabs")
        self.tabs.setExpanding(False)
        for _state in STATES:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(self._state_changed)
        top = QHBoxLayout()
        top.addWidget(self.tabs, 1)
        self.search = QLineEdit(objectName="outgoingSearch")
        self.search.setPlaceholderText(self.tr("Number, tracking number, request or sender"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.refresh)
        top.addWidget(self.search)
        layout.addLayout(top)

        actions = QHBoxLayout()
        self.dispatch_button = QPushButton(self.tr("&Dispatch…"), objectName="dispatchButton")
        self.dispatch_button.setToolTip(self.tr("Record the dispatch of the selected letters"))
        self.dispatch_button.clicked.connect(self.dispatch_selected)
        self.outcome_button = QPushButton(
            self.tr("Delivery &notice or return…"), objectName="outcomeButton"
        )
        self.outcome_button.clicked.connect(self.record_outcome)
        self.case_button = QPushButton(self.tr("Open the &case"), objectName="openCaseButton")
        self.case_button.clicked.connect(self.open_case)
        for b in (self.dispatch_button, self.outcome_button, self.case_button):
            actions.addWidget(b)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.model = OutgoingTableModel(self.ops, self)
        self.model.loaded.connect(self._loaded)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.failed.connect(self._failed)
        self.table = QTableView(objectName="outgoingTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.open_case())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for button in (self.dispatch_button, self.outcome_button, self.case_button):
            action = QAction(button.text(), self.table)
            action.triggered.connect(button.click)
            self.table.addAction(action)
        self._menu_actions = self.table.actions()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        post = QHBoxLayout()
        post.addWidget(QLabel(self.tr("Post office, day:")))
        self.day_edit = QDateEdit(objectName="postDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd.MM.yyyy")
        self.day_edit.setDate(QDate(self.ops.ctx.today()))
        post.addWidget(self.day_edit)
        self.selection_check = QCheckBox(self.tr("only the selected letters"))
        self.selection_check.setObjectName("selectionOnly")
        self.selection_check.setToolTip(
            self.tr("The list and the envelopes for the letters selected above, not the whole day")
        )
        post.addWidget(self.selection_check)
        self.print_list_button = QPushButton(self.tr("&Print the list…"), objectName="printList")
        self.print_list_button.clicked.connect(lambda: self.post_office("list", "print"))
        self.save_list_button = QPushButton(self.tr("Save the list…"), objectName="saveList")
        self.save_list_button.clicked.connect(lambda: self.post_office("list", "save"))
        self.size_combo = QComboBox(objectName="envelopeSize")
        for size in post_office.SIZES:
            self.size_combo.addItem(size, size)
        self.print_env_button = QPushButton(
            self.tr("Print &envelopes…"), objectName="printEnvelopes"
        )
        self.print_env_button.clicked.connect(lambda: self.post_office("envelopes", "print"))
        self.save_env_button = QPushButton(self.tr("Save envelopes…"), objectName="saveEnvelopes")
        self.save_env_button.clicked.connect(lambda: self.post_office("envelopes", "save"))
        for w in (self.print_list_button, self.save_list_button):
            post.addWidget(w)
        post.addSpacing(16)
        post.addWidget(QLabel(self.tr("Envelope:")))
        for w in (self.size_combo, self.print_env_button, self.save_env_button):
            post.addWidget(w)
        post.addStretch(1)
        layout.addLayout(post)
        wait_row = QHBoxLayout()
        wait_row.addWidget(QLabel(self.tr("Close a sent request after")))
        self.wait_spin = QSpinBox(objectName="noticeWait")
        self.wait_spin.setRange(1, rules.MAX_NOTICE_WAIT)
        self.wait_spin.setValue(rules.DEFAULT_NOTICE_WAIT)
        self.wait_spin.setSuffix(self.tr(" days without a notice"))
        self.wait_spin.setToolTip(
            self.tr("Days a sent answer waits for its delivery notice before the request closes")
        )
        self.wait_spin.editingFinished.connect(self.save_wait)
        wait_row.addWidget(self.wait_spin)
        wait_row.addStretch(1)
        layout.addLayout(wait_row)
        self.status = QLabel(objectName="outgoingStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._retitle()
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------------

    def state(self) -> State:
        return STATES[max(0, self.tabs.currentIndex())]

    def refresh(self) -> None:
        today = self.ops.ctx.today()
        if self._swept_on != today:  # once a day: close what waited long enough for a notice
            self._swept_on = today
            self.ops.mutate(
                dispatch.close_waited, on_done=self._swept, on_error=self._failed, owner=self
            )
        self.model.show_list(self.state(), self.search.text())
        self.ops.query(outgoing.counts, self._counted, owner=self, key="counts")
        self.ops.query(dispatch.notice_wait, self._wait_loaded, owner=self, key="wait")

    def _wait_loaded(self, days: int) -> None:
        self._wait = days
        if not self.wait_spin.hasFocus():
            self.wait_spin.setValue(days)

    def save_wait(self) -> None:
        days = self.wait_spin.value()
        if days == getattr(self, "_wait", None):
            return
        self._wait = days
        self.ops.mutate(
            lambda ctx: dispatch.set_notice_wait(ctx, days),
            on_done=lambda _r: self.ops.mutate(dispatch.close_waited, self._swept, owner=self),
            on_error=self._failed,
            owner=self,
        )

    def _swept(self, closed) -> None:
        if closed:
            self.navigator.post_message(
                self.tr("{0} sent requests closed: no delivery notice within the wait").format(
                    len(closed)
                )
            )

    def _counted(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self._retitle()

    def _retitle(self) -> None:
        names = {
            State.TO_POST: self.tr("To post"),
            State.POSTED: self.tr("Posted"),
            State.AWAITING: self.tr("Awaiting a delivery notice"),
            State.DONE: self.tr("Delivered or returned"),
        }
        for i, state in enumerate(STATES):
            count = self.counts.get(state.value)
            text = names[state] if count is None else f"{names[state]} ({count})"
            self.tabs.setTabText(i, text)

    def _state_changed(self, _index: int) -> None:
        self.model.show_list(self.state(), self.search.text())

    def _loaded(self) -> None:
        self._sized = False
        self._update_buttons()

    def _page_loaded(self, page: int) -> None:
        if page == 0 and not getattr(self, "_sized", False):  # once a list: fit the first rows
            self._sized = True
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(header.count() - 1):  # a long address elides, its tip whole
                header.resizeSection(column, min(header.sectionSize(column), WIDEST_COLUMN))

    def _failed(self, exc: Exception) -> None:
        self.status.setText(describe_error(exc))

    # -- the selection ------------------------------------------------------------------------

    def register_view(self):
        """The outgoing register: every final letter matching the search, in the visible
        columns (and each letter's state, as the screen's tabs tell it)."""
        from app.services.registers import View
        from app.ui.register_output import OUTGOING_COLUMNS, shown_columns

        columns = (*shown_columns(self.table, OUTGOING_COLUMNS), "state")
        return View("outgoing", search=self.search.text().strip(), columns=columns)

    def selected_rows(self) -> list:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.index(n, 0).data(ROW_ROLE) for n in rows) if r]

    def _update_buttons(self, *_args) -> None:
        rows = self.selected_rows()
        state = self.state()
        self.dispatch_button.setEnabled(state is State.TO_POST and bool(rows))
        self.outcome_button.setEnabled(state in (State.POSTED, State.AWAITING) and len(rows) == 1)
        self.case_button.setEnabled(len(rows) == 1)
        self.selection_check.setEnabled(bool(rows))
        if not rows:
            self.selection_check.setChecked(False)
        buttons = (self.dispatch_button, self.outcome_button, self.case_button)
        for action, button in zip(self._menu_actions, buttons, strict=True):
            action.setEnabled(button.isEnabled())

    def open_case(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.navigator.open_case(rows[0].request_id)

    # -- dispatch, delivery, return -----------------------------------------------------------

    def dispatch_selected(self) -> None:
        rows = [r for r in self.selected_rows() if r.state is State.TO_POST]
        if not rows:
            return
        dialog = DispatchDialog(self.ops, rows, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.dispatched.connect(self._dispatched)
        self.dialog = dialog
        dialog.open()

    def _dispatched(self, results) -> None:
        sent = sum(1 for r in results if r.moved)
        self.navigator.post_message(
            self.tr("{0} letters dispatched; {1} requests moved to sent").format(len(results), sent)
        )

    def record_outcome(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or rows[0].sent_on is None:
            return
        dialog = LetterOutcomeDialog(self.ops, rows[0], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    # -- the post office ----------------------------------------------------------------------

    def post_day(self) -> dt.date:
        return self.day_edit.date().toPython()

    def post_office(self, what: str, how: str) -> None:
        """Make the day's list or envelopes (read on the worker, rendered on the pool), then
        print them through the print dialog or save them."""
        day, size = self.post_day(), self.size_combo.currentData()
        chosen = [r.id for r in self.selected_rows()] if self.selection_check.isChecked() else []

        def render(lists) -> None:
            if what == "list":
                make = lambda: post_office.post_list_pdf(lists, day)  # noqa: E731
            else:
                make = lambda: post_office.envelopes_pdf(lists, size)  # noqa: E731
            count = sum(len(s.items) for s in lists)
            self.ops.pure(make, lambda data: self._made(what, how, data, count), self._failed)

        self.status.setText(self.tr("Preparing…"))
        if chosen:
            read = lambda ctx: post_office.letters_list(ctx, chosen)  # noqa: E731
        else:
            read = lambda ctx: post_office.day_list(ctx, day)  # noqa: E731
        self.ops.query(read, render, self._failed, owner=self)

    def _made(self, what: str, how: str, data: bytes, count: int) -> None:
        self.last_pdf = data
        self.status.setText("")
        day = self.post_day().isoformat()
        stem = (
            f"post-list-{day}"
            if what == "list"
            else f"envelopes-{self.size_combo.currentData()}-{day}"
        )
        if how == "save":
            self._save(data, stem)
        else:
            self._print(data, stem, what == "envelopes")

    def _save(self, data: bytes, stem: str) -> None:
        dialog = QFileDialog(self, self.tr("Save as PDF"))
        dialog.setObjectName("saveDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setNameFilters([self.tr("PDF documents (*.pdf)")])
        dialog.selectFile(f"{stem}.pdf")
        dialog.fileSelected.connect(lambda path: self.save_to(Path(path), data))
        self.dialog = dialog
        dialog.open()

    def save_to(self, path: Path, data: bytes) -> None:
        """Write ``data`` to ``path`` (the save dialog asked before replacing a file)."""
        protect = outputs.database_files(self.ops.ctx)

        def write() -> Path:
            return outputs.write_file(path, data, force=True, protect=protect, field="file")

        self.ops.pure(
            write,
            lambda written: self.status.setText(self.tr("Saved {0}").format(str(written))),
            self._failed,
            owner=self,
        )

    def _print(self, data: bytes, stem: str, envelope: bool) -> None:
        printer = printing.new_printer(stem)
        if envelope:
            from PySide6.QtCore import QSizeF
            from PySide6.QtGui import QPageLayout, QPageSize

            width, height = post_office.ENVELOPES[self.size_combo.currentData()]
            # an envelope feeds short edge first: its portrait size, printed landscape
            size = QPageSize(QSizeF(height, width), QPageSize.Unit.Point, stem)
            printer.setPageSize(size)
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer, data))
        self.printer = printer
        self.dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() in PySide wants a receiver

    def print_to(self, printer: QPrinter, data: bytes) -> None:
        """Print ``data`` on ``printer`` off the GUI thread."""
        self.printer = printer  # kept alive until the job is done

        def failed(exc: Exception) -> None:
            if isinstance(exc, Cancelled):
                self.status.setText(self.tr("Printing cancelled"))
            elif isinstance(exc, printing.PrintError):
                self.status.setText(self.tr("Not printed: {0}").format(str(exc)))
            else:
                self._failed(exc)

        self.status.setText(self.tr("Printing…"))
        self.ops.long(
            lambda progress: printing.print_pdf(data, printer, lambda d, t: progress.report(d, t)),
            on_done=lambda pages: self.status.setText(
                self.tr("Sent {0} pages to the printer").format(pages)
            ),
            on_error=failed,
            owner=self,
            pure=True,
        )
