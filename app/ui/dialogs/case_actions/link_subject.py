"""Find a subject of the request's operator and link it to the request."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from app.domain.identifiers import mask_iin
from app.services import requests, subjects
from app.services.case import CaseRequest
from app.ui import labels
from app.ui.dialogs.case_actions.base import ActionDialog, short_date
from app.ui.forms.ui_link_subject import Ui_LinkSubjectDialog
from app.ui.messages import describe_error
from app.ui.operations import Operations

SEARCH_KEY = "subject-search"  # the one subject search the link dialog waits for


class LinkSubjectDialog(ActionDialog):
    """Find a subject of the request's operator by IIN or name in any script, and link it."""

    SEARCH_DELAY_MS = 250

    def __init__(self, ops: Operations, request: CaseRequest, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.request = request
        self.ui = Ui_LinkSubjectDialog()
        self.ui.setupUi(self)
        self.setObjectName("linkSubjectDialog")
        self.setWindowTitle(self.tr("Link a subject — {0}").format(request.reg_number))
        self.field_errors = {"subject": self.ui.resultLabel}
        self.general_error = self.ui.resultLabel
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Link"))
        self.ok_button.setEnabled(False)
        table = self.ui.resultsTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("IIN"),
                self.tr("Born"),
                self.tr("Status"),
                self.tr("Address"),
            ]
        )
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._results: list = []
        self._timer = QTimer(self, singleShot=True, interval=self.SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.ui.searchEdit.textChanged.connect(lambda _t: self._timer.start())
        self.ui.searchEdit.returnPressed.connect(self._enter_in_search)
        table.itemSelectionChanged.connect(self._selection_changed)
        table.itemActivated.connect(lambda _item: self.confirm())
        self.ui.buttonBox.accepted.connect(self.confirm)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.resultLabel.setText(self.tr("Type an IIN or a name."))
        self.ui.resultLabel.show()
        self.ui.searchEdit.setText(request.sender)
        self.ui.searchEdit.selectAll()
        self.ui.searchEdit.setFocus()

    def _enter_in_search(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.search()
        elif self.ui.resultsTable.rowCount():
            self.ui.resultsTable.setFocus()
            if not self.ui.resultsTable.selectedItems():
                self.ui.resultsTable.selectRow(0)

    def search(self) -> None:
        text = self.ui.searchEdit.text().strip()
        if not text:
            self.ops.forget(self, SEARCH_KEY)  # a search still running is no longer wanted
            self._show([], text)
            return
        operator_id = self.request.operator_id
        self.ui.resultLabel.setText(self.tr("Searching…"))
        self.ops.query(
            lambda ctx: subjects.search(ctx, text, operator_id=operator_id, limit=100),
            lambda found: self._show(found, text),
            lambda exc: self.show_field_error("", describe_error(exc)),
            owner=self,
            key=SEARCH_KEY,
        )

    def _show(self, found: list, text: str) -> None:
        self._results = list(found)
        table = self.ui.resultsTable
        table.setRowCount(len(found))
        for row, s in enumerate(found):
            values = [
                s.full_name,
                # masked unless it is the IIN the officer searched for
                (s.iin if s.iin == "".join(text.split()) else mask_iin(s.iin)) or "—",
                short_date(s.birth_date),
                labels.label(labels.SUBJECT_STATUSES, s.status),
                s.address,
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                if s.id == self.request.subject_id:
                    item.setToolTip(self.tr("Linked to this request now"))
                table.setItem(row, col, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if not text:
            message = self.tr("Type an IIN or a name.")
        elif not found:
            message = self.tr(
                "Nobody of this operator matches “{0}”. Check the IIN, or try the surname alone."
            ).format(text)
        else:
            message = self.tr("{0} found. Choose one and press Link (or Enter).").format(len(found))
        self.ui.resultLabel.setText(message)
        self.ui.resultLabel.show()
        if len(found) == 1:
            table.selectRow(0)
        self._selection_changed()

    def results(self) -> list:
        return list(self._results)

    def selected_subject(self):
        rows = self.ui.resultsTable.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self._results[row] if 0 <= row < len(self._results) else None

    def _selection_changed(self) -> None:
        self.ok_button.setEnabled(self.selected_subject() is not None and not self._busy)

    def confirm(self) -> None:
        subject = self.selected_subject()
        if subject is None:
            self.show_field_error("subject", self.tr("Choose the subject in the list first."))
            return
        rid, sid, seen = self.request.id, subject.id, self.request.version
        self.submit(lambda ctx: requests.link_subject(ctx, rid, sid, seen))
