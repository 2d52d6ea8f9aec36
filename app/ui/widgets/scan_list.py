"""The scans of a letter being registered: added by drag-and-drop or a file dialog, each checked
from its content off the GUI thread, refused ones kept in the list with the reason, and any scan
markable as an identity-document copy (flagged for destruction)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import attachments, intake
from app.services.attachments import NewAttachment
from app.services.intake import ScanFile, ScanProblem
from app.ui import labels

COL_FILE, COL_KIND, COL_SIZE, COL_ID, COL_NOTE = range(5)
_REFUSED = QColor("#9b1c13")
_FLAGGED = QColor("#8a4b00")


@dataclass(eq=False)
class _Entry:
    path: str
    scan: ScanFile | None = None  # None while it is being read
    is_id_copy: bool = False
    duplicate: bool = False  # the same content is in the list already

    @property
    def accepted(self) -> bool:
        return self.scan is not None and self.scan.ok and not self.duplicate

    @property
    def refused(self) -> bool:
        return self.scan is not None and not self.accepted


def plural(text: str, n: int) -> str:
    """English plurals while no English translation is loaded: "%n day(s)" from ``tr()`` comes
    back untranslated; a translation (kk, ru, or an English .qm) replaces the whole text."""
    return text.replace("(s)", "" if n == 1 else "s")


def local_files(mime: QMimeData) -> list[str]:
    """The local file paths a drag carries (anything else, e.g. web links, is ignored)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


class _ScanTable(QTableWidget):
    """A table that asks for a few rows' height, not the generic 192 pixels, so the form
    above it keeps its room; it grows with the dialog."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), 124)


class ScanList(QWidget):
    """Scans for one letter. ``attachments()`` gives the accepted ones for ``NewRequest``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = None
        self._entries: list[_Entry] = []
        self._filling = False
        self.last_directory = ""
        self.setAcceptDrops(True)

        self.hint = QLabel(objectName="scanHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666;")
        self.add_button = QPushButton(self.tr("&Add scans…"), objectName="addScansButton")
        self.add_button.setToolTip(
            self.tr("Choose scan files; you can also drop them onto this window")
        )
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("Remo&ve"), objectName="removeScanButton")
        self.remove_button.setToolTip(self.tr("Remove the selected scans from the letter (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)

        self.table = _ScanTable(0, 5, objectName="scanTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Type"),
                self.tr("Size"),
                self.tr("ID-document copy"),
                self.tr("Note"),
            ]
        )
        header_item = self.table.horizontalHeaderItem(COL_ID)
        header_item.setToolTip(
            self.tr(
                "Tick when the scan is a copy of a passport or ID card: since 2024 the law bans "
                "collecting paper copies of identity documents, so the copy is flagged for "
                "destruction. Space ticks the selected row."
            )
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.table.setMinimumHeight(96)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ID, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(COL_FILE, 260)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.installEventFilter(self)

        self.id_notice = QLabel(objectName="idCopyNotice")
        self.id_notice.setWordWrap(True)
        self.id_notice.setStyleSheet(
            "background: #fdebd3; color: #6b3a00; border: 1px solid #f0c98f;"
            " border-radius: 4px; padding: 6px 8px;"
        )
        self.id_notice.setText(
            self.tr(
                "A scan marked as an identity-document copy is flagged for destruction: since "
                "2024 the law bans collecting paper copies of ID documents. Check the identity "
                "against the subject's record instead, then destroy the copy from the case."
            )
        )
        self.id_notice.setVisible(False)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.hint, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.id_notice)
        self.setFocusProxy(self.add_button)
        self._update_hint()

    # -- public -------------------------------------------------------------------------------

    def set_operations(self, ops) -> None:
        """Read and check files through ``ops`` (off the GUI thread); without it, inline."""
        self._ops = ops

    @property
    def pending(self) -> bool:
        """Some files are still being read and checked."""
        return any(e.scan is None for e in self._entries)

    def attachments(self) -> list[NewAttachment]:
        """The accepted scans, in list order, for ``NewRequest.attachments``."""
        return [
            NewAttachment(e.scan.file_name, e.scan.data, e.is_id_copy)
            for e in self._entries
            if e.accepted
        ]

    def scans(self) -> list[tuple[ScanFile | None, bool]]:
        """Every row: the checked file (None while reading) and whether it is an ID copy."""
        return [(e.scan, e.is_id_copy) for e in self._entries]

    def refused_count(self) -> int:
        return sum(1 for e in self._entries if e.refused)

    def is_empty(self) -> bool:
        return not self._entries

    def set_id_copy(self, row: int, on: bool) -> None:
        item = self.table.item(row, COL_ID)
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def add_files(self, paths: Iterable[str]) -> None:
        """Add files; each is read and checked in the background, then shown accepted or
        refused with the reason (the others are kept either way)."""
        for path in paths:
            if not path:
                continue
            entry = _Entry(path)
            self._entries.append(entry)
            self._append_row(entry)
            if self._ops is None:
                self._loaded(entry, intake.read_scan(path))
            else:
                self._ops.query(
                    lambda _ctx, p=path: intake.read_scan(p),
                    on_done=lambda scan, e=entry: self._loaded(e, scan),
                    on_error=lambda exc, e=entry: self._failed(e, exc),
                    owner=self,
                )
        self._update_hint()
        self.changed.emit()

    def choose_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Add scans of the letter"), self.last_directory)
        dialog.setObjectName("scanFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(
            [
                self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"),
                self.tr("All files (*)"),
            ]
        )
        dialog.filesSelected.connect(self._chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
            del self._entries[row]
        self._update_hint()
        self.changed.emit()

    def clear(self) -> None:
        self.table.setRowCount(0)
        self._entries.clear()
        self._update_hint()
        self.changed.emit()

    # -- drops --------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.add_files(files)

    # -- inside -------------------------------------------------------------------------------

    def _chosen(self, paths: list[str]) -> None:
        if paths:
            self.last_directory = str(Path(paths[0]).parent)
        self.add_files(paths)

    def _row_of(self, entry: _Entry) -> int:
        for row, e in enumerate(self._entries):
            if e is entry:
                return row
        return -1

    def _append_row(self, entry: _Entry) -> None:
        row = self.table.rowCount()
        self._filling = True
        self.table.insertRow(row)
        name = QTableWidgetItem(Path(entry.path).name)
        name.setToolTip(entry.path)
        self.table.setItem(row, COL_FILE, name)
        for col in (COL_KIND, COL_SIZE, COL_ID):
            self.table.setItem(row, col, QTableWidgetItem(""))
        self.table.setItem(row, COL_NOTE, QTableWidgetItem(self.tr("Reading…")))
        self._filling = False

    def _failed(self, entry: _Entry, exc: Exception) -> None:
        self._loaded(
            entry,
            ScanFile(Path(entry.path).name, 0, problem=ScanProblem.UNREADABLE, detail=str(exc)),
        )

    def _loaded(self, entry: _Entry, scan: ScanFile) -> None:
        row = self._row_of(entry)
        if row < 0:
            return  # removed while it was being read
        entry.scan = scan
        if scan.ok and any(
            e is not entry and e.accepted and e.scan.data == scan.data for e in self._entries
        ):
            entry.duplicate = True
            self._show_refused(row, self.tr("Left out: the same scan is in the list already"))
        else:
            if scan.ok:
                self._show_accepted(row, entry)
            else:
                self._show_refused(row, self.refusal_text(scan), scan.detail)
        self._update_hint()
        self.changed.emit()

    def _show_accepted(self, row: int, entry: _Entry) -> None:
        scan = entry.scan
        self._filling = True
        self.table.item(row, COL_KIND).setText(scan.kind)
        self.table.item(row, COL_SIZE).setText(labels.data_size(scan.size))
        check = self.table.item(row, COL_ID)
        check.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        check.setCheckState(Qt.CheckState.Checked if entry.is_id_copy else Qt.CheckState.Unchecked)
        check.setToolTip(self.table.horizontalHeaderItem(COL_ID).toolTip())
        self._filling = False
        self._show_flag(row, entry)

    def _show_flag(self, row: int, entry: _Entry) -> None:
        note = self.table.item(row, COL_NOTE)
        self._filling = True
        if entry.is_id_copy:
            note.setText(self.tr("Flagged for destruction: identity-document copy"))
            note.setForeground(QBrush(_FLAGGED))
        else:
            note.setText(self.tr("Accepted"))
            note.setForeground(QBrush(QColor("#2b6b2b")))
        self._filling = False

    def _show_refused(self, row: int, text: str, detail: str = "") -> None:
        self._filling = True
        self.table.item(row, COL_KIND).setText(self.tr("Refused"))
        check = self.table.item(row, COL_ID)
        check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        check.setData(Qt.ItemDataRole.CheckStateRole, None)
        for col in (COL_FILE, COL_KIND, COL_NOTE):
            self.table.item(row, col).setForeground(QBrush(_REFUSED))
        note = self.table.item(row, COL_NOTE)
        note.setText(text)
        note.setToolTip(text + (f"\n{detail}" if detail else ""))
        self._filling = False

    def refusal_text(self, scan: ScanFile) -> str:
        """Why ``scan`` was refused, in the officer's language."""
        problem = scan.problem
        if problem is ScanProblem.UNREADABLE:
            return self.tr("Refused: the file cannot be read ({0})").format(scan.detail)
        if problem is ScanProblem.EMPTY:
            return self.tr("Refused: the file is empty")
        if problem is ScanProblem.TOO_LARGE:
            return self.tr("Refused: {0} is over the limit of {1} per scan").format(
                labels.data_size(int(scan.detail or scan.size)),
                labels.data_size(attachments.MAX_BYTES),
            )
        if problem is ScanProblem.NOT_A_SCAN:
            if scan.detail:
                return self.tr("Refused: not a PDF, JPEG, PNG or TIFF scan (it is {0})").format(
                    scan.detail
                )
            return self.tr("Refused: not a PDF, JPEG, PNG or TIFF scan")
        if problem is ScanProblem.DAMAGED:
            return self.tr("Refused: looks like a {0} but is damaged and cannot be opened").format(
                scan.kind
            )
        return ""

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != COL_ID:
            return
        row = item.row()
        if not 0 <= row < len(self._entries):
            return
        entry = self._entries[row]
        entry.is_id_copy = item.checkState() == Qt.CheckState.Checked
        self._show_flag(row, entry)
        self._update_hint()
        self.changed.emit()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Keyboard alone: Space anywhere on a row ticks its "ID-document copy" box, Delete
        # removes the selected rows.
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Space and self.table.currentRow() >= 0:
                item = self.table.item(self.table.currentRow(), COL_ID)
                if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    on = item.checkState() != Qt.CheckState.Checked
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return True
            if event.matches(QKeySequence.StandardKey.Delete) and self.table.selectedIndexes():
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def _update_hint(self) -> None:
        accepted = sum(1 for e in self._entries if e.accepted)
        refused = self.refused_count()
        reading = sum(1 for e in self._entries if e.scan is None)
        limit = labels.data_size(attachments.MAX_BYTES)
        if not self._entries:
            text = self.tr(
                "Drop scans of the letter here or use Add scans: PDF, JPEG, PNG or TIFF, "
                "up to {0} each."
            ).format(limit)
        else:
            parts = [
                plural(self.tr("%n scan(s) will be stored with the letter", "", accepted), accepted)
            ]
            if refused:
                parts.append(self.tr("%n refused (left out)", "", refused))
            if reading:
                parts.append(self.tr("%n being checked…", "", reading))
            text = "; ".join(parts) + "."
        self.hint.setText(text)
        self.id_notice.setVisible(any(e.is_id_copy and e.accepted for e in self._entries))
