"""The scans of one request: a list beside a :class:`ScanViewer`, with add, mark-as-ID-copy and
destroy actions. Loads the list and each scan's bytes through ``ops`` (off the GUI thread) and
marks identity-document copies flagged for destruction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.ui.messages import describe_error, show_error
from app.ui.widgets.scan_viewer import ERROR_STYLE, ScanViewer


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return QCoreApplication.translate("ScansPanel", "{0} MB").format(
            f"{size / 1024 / 1024:.1f}"
        )
    return QCoreApplication.translate("ScansPanel", "{0} KB").format(max(1, round(size / 1024)))


KIND_NAMES = {
    "application/pdf": "PDF",
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/tiff": "TIFF",
}


class ScansPanel(QWidget):
    """The scans of one request: a list beside a viewer, with add, mark and destroy actions.

    Call :meth:`bind` with the operations and the request, then :meth:`show_scans` with the
    scans of the case (the case window reads them with the rest of the case, again after every
    change that touches requests).
    """

    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scansPanel")
        self.ops = None
        self.request_id: int | None = None
        self._scans: list = []
        self._cache: dict[int, bytes] = {}
        self._shown: tuple[int, str] | None = None  # (attachment id, sha256) in the viewer
        self._loading: int | None = None

        self.scan_list = QListWidget(objectName="scanList")
        self.scan_list.setMinimumWidth(200)
        self.scan_list.setWordWrap(True)
        self.scan_list.setSpacing(2)
        self.scan_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.add_button = QPushButton(self.tr("&Add scan…"), objectName="addScanButton")
        self.add_button.setToolTip(self.tr("Add a PDF, JPEG, PNG or TIFF scan (Ctrl+Shift+O)"))
        self.destroy_button = QPushButton(self.tr("&Destroy scan…"), objectName="destroyScanButton")
        self.id_copy_button = QPushButton(self.tr("ID copy"), objectName="idCopyButton")
        self.id_copy_button.setCheckable(True)
        self.id_copy_button.setToolTip(
            self.tr(
                "Mark the scan as a copy of an identity document: such copies may not be kept "
                "(since 2024) and are flagged for destruction"
            )
        )

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.scan_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.id_copy_button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.destroy_button)

        # Destroying is irreversible: the reason is asked inline, next to the scan.
        self.destroy_bar = QFrame(objectName="destroyBar")
        self.destroy_bar.setStyleSheet(
            "#destroyBar { background: #fbe3e1; border: 1px solid #e2b4b0; border-radius: 6px; }"
        )
        bar = QVBoxLayout(self.destroy_bar)
        self.destroy_title = QLabel(objectName="destroyTitle")
        self.destroy_title.setWordWrap(True)
        self.destroy_title.setStyleSheet("color: #9b1c13; font-weight: 600;")
        row = QHBoxLayout()
        self.destroy_reason = QLineEdit(objectName="destroyReasonEdit")
        self.destroy_reason.setPlaceholderText(self.tr("Why is the scan destroyed?"))
        self.confirm_destroy_button = QPushButton(
            self.tr("Destroy"), objectName="confirmDestroyButton"
        )
        self.cancel_destroy_button = QPushButton(
            self.tr("Cancel"), objectName="cancelDestroyButton"
        )
        reason_label = QLabel(self.tr("R&eason:"))
        reason_label.setBuddy(self.destroy_reason)
        row.addWidget(reason_label)
        row.addWidget(self.destroy_reason, 1)
        row.addWidget(self.confirm_destroy_button)
        row.addWidget(self.cancel_destroy_button)
        self.destroy_error = QLabel(objectName="destroyReasonError")
        self.destroy_error.setStyleSheet(ERROR_STYLE)
        self.destroy_error.setWordWrap(True)
        self.destroy_error.hide()
        bar.addWidget(self.destroy_title)
        bar.addLayout(row)
        bar.addWidget(self.destroy_error)
        self.destroy_bar.hide()

        self.viewer = ScanViewer()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.destroy_bar)
        right_layout.addWidget(self.viewer, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="scansSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.scan_list.currentRowChanged.connect(self._selection_changed)
        self.scan_list.customContextMenuRequested.connect(self._context_menu)
        self.add_button.clicked.connect(self.choose_files)
        self.destroy_button.clicked.connect(self.ask_destroy)
        self.id_copy_button.clicked.connect(self._toggle_id_copy)
        self.confirm_destroy_button.clicked.connect(self.confirm_destroy)
        self.cancel_destroy_button.clicked.connect(self.cancel_destroy)
        self.destroy_reason.returnPressed.connect(self.confirm_destroy)
        self.destroy_reason.textEdited.connect(lambda _t: self.destroy_error.hide())
        add_shortcut = QShortcut(QKeySequence("Ctrl+Shift+O"), self)
        add_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        add_shortcut.activated.connect(self.choose_files)
        self._update_actions()

    # -- loading ------------------------------------------------------------------------------

    def bind(self, ops, request_id: int) -> None:
        self.ops = ops
        self.request_id = request_id

    def show_scans(self, scans) -> None:
        """Show the request's scans (the case read model's lines, without their bytes)."""
        self._show_list(list(scans))

    def scans(self) -> list:
        return list(self._scans)

    def current_scan(self):
        row = self.scan_list.currentRow()
        return self._scans[row] if 0 <= row < len(self._scans) else None

    def _show_list(self, scans: list) -> None:
        current = self.current_scan()
        keep = current.id if current is not None else None
        self._scans = list(scans)
        live = {s.id for s in scans if s.destroyed_at is None}
        self._cache = {k: v for k, v in self._cache.items() if k in live}
        self.scan_list.blockSignals(True)
        self.scan_list.clear()
        row_to_select = 0 if scans else -1
        for row, scan in enumerate(scans):
            item = QListWidgetItem(self._item_text(scan))
            item.setData(Qt.ItemDataRole.UserRole, scan.id)
            item.setToolTip(scan.file_name)
            if scan.destroyed_at is not None:
                item.setForeground(QColor("#8a8a8a"))
            elif scan.flagged_for_destruction:
                item.setForeground(QColor("#9b1c13"))
                item.setBackground(QColor("#fbe3e1"))
            self.scan_list.addItem(item)
            if scan.id == keep:
                row_to_select = row
        self.scan_list.setCurrentRow(row_to_select)
        self.scan_list.blockSignals(False)
        self.count_changed.emit(len(scans))
        self._selection_changed(row_to_select)

    def _item_text(self, scan) -> str:
        kind = KIND_NAMES.get(scan.content_type, scan.content_type)
        lines = [scan.file_name, f"{kind} · {_size_text(scan.size)}"]
        if scan.destroyed_at is not None:
            lines.append(self.tr("Destroyed {0}").format(_local(scan.destroyed_at)))
        elif scan.flagged_for_destruction:
            lines.append(self.tr("⚠ ID copy — flagged for destruction"))
        elif scan.is_id_copy:
            lines.append(self.tr("ID copy"))
        return "\n".join(lines)

    def _selection_changed(self, _row: int) -> None:
        self.cancel_destroy()
        self._update_actions()
        scan = self.current_scan()
        if scan is None:
            self._shown = None
            self.viewer.show_message(
                self.tr("No scans yet. Add the letter's scan with “Add scan…”.")
                if not self._scans
                else self.tr("No scan selected.")
            )
            return
        if scan.destroyed_at is not None:
            self._shown = None
            self.viewer.show_message(
                self.tr(
                    "This scan was destroyed on {0}.\nIts record and SHA-256 stay for the audit."
                ).format(_local(scan.destroyed_at))
            )
            return
        if self._shown == (scan.id, scan.sha256):
            return
        data = self._cache.get(scan.id)
        if data is not None:
            self._display(scan, data)
            return
        from app.services import attachments

        self._loading = scan.id
        self.viewer.show_message(self.tr("Loading {0}…").format(scan.file_name))
        sid = scan.id
        self.ops.query(
            lambda ctx: attachments.content(ctx, sid),
            lambda data: self._loaded(sid, data),
            lambda exc: self._load_failed(sid, exc),
            owner=self,
        )

    def _loaded(self, scan_id: int, data: bytes) -> None:
        self._cache[scan_id] = data
        scan = self.current_scan()
        if scan is not None and scan.id == scan_id and self._loading == scan_id:
            self._loading = None
            self._display(scan, data)

    def _load_failed(self, scan_id: int, exc: Exception) -> None:
        scan = self.current_scan()
        if scan is not None and scan.id == scan_id:
            self._loading = None
            self.viewer.show_message(describe_error(exc))

    def _display(self, scan, data: bytes) -> None:
        self.viewer.show_scan(data, scan.content_type)
        self._shown = (scan.id, scan.sha256)

    def _update_actions(self) -> None:
        scan = self.current_scan()
        alive = scan is not None and scan.destroyed_at is None
        self.destroy_button.setEnabled(alive)
        self.id_copy_button.setEnabled(alive)
        self.id_copy_button.setChecked(bool(scan is not None and scan.is_id_copy))
        if scan is None:
            why = self.tr("Select a scan first")
            self.destroy_button.setToolTip(why)
        elif not alive:
            self.destroy_button.setToolTip(self.tr("This scan was destroyed already"))
        else:
            self.destroy_button.setToolTip(
                self.tr("Erase the scan's content for good, with a reason (kept in the audit)")
            )

    # -- changing -----------------------------------------------------------------------------

    def choose_files(self) -> None:
        if self.ops is None:
            return
        dialog = QFileDialog(self, self.tr("Add scans of the letter"))
        dialog.setObjectName("addScanDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(
            [
                self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"),
                self.tr("All files (*)"),
            ]
        )
        dialog.filesSelected.connect(self.add_files)
        dialog.open()

    def add_files(self, paths: list[str], is_id_copy: bool = False) -> None:
        """Store the files as scans of the request (the type is sniffed from the content)."""
        from app.services import attachments

        rid = self.request_id

        def add(ctx):
            made = []
            for path in paths:
                new = attachments.NewAttachment(
                    Path(path).name, Path(path).read_bytes(), is_id_copy
                )
                made.append(attachments.add(ctx, rid, new))
            return made

        self.ops.mutate(add, on_error=lambda exc: show_error(self, exc), owner=self)

    def _toggle_id_copy(self, checked: bool) -> None:
        from app.services import attachments

        scan = self.current_scan()
        if scan is None:
            return
        sid = scan.id
        self.ops.mutate(
            lambda ctx: attachments.set_id_copy(ctx, sid, checked),
            on_error=lambda exc: show_error(self, exc),
            owner=self,
        )

    def _context_menu(self, pos: QPoint) -> None:
        scan = self.current_scan()
        menu = QMenu(self)
        menu.addAction(self.tr("Add scan…"), self.choose_files)
        if scan is not None and scan.destroyed_at is None:
            mark = menu.addAction(self.tr("Identity-document copy"))
            mark.setCheckable(True)
            mark.setChecked(scan.is_id_copy)
            mark.toggled.connect(self._toggle_id_copy)
            menu.addAction(self.tr("Destroy scan…"), self.ask_destroy)
        menu.popup(self.scan_list.viewport().mapToGlobal(pos))

    def ask_destroy(self) -> None:
        scan = self.current_scan()
        if scan is None or scan.destroyed_at is not None:
            return
        self.destroy_title.setText(
            self.tr(
                "Destroy “{0}”? Its content is erased for good; the record of it and its "
                "SHA-256 stay in the case and the audit log."
            ).format(scan.file_name)
        )
        self.destroy_reason.setText(
            self.tr("Copy of an identity document: collecting such copies is banned since 2024")
            if scan.flagged_for_destruction
            else ""
        )
        self.destroy_error.hide()
        self.destroy_bar.show()
        self.destroy_reason.setFocus()
        self.destroy_reason.selectAll()

    def cancel_destroy(self) -> None:
        self.destroy_bar.hide()
        self.destroy_error.hide()

    def confirm_destroy(self) -> None:
        from app.services import attachments

        scan = self.current_scan()
        if scan is None or not self.destroy_bar.isVisible():
            return
        reason = self.destroy_reason.text().strip()
        if not reason:
            self._destroy_failed(self.tr("Say why the scan is destroyed."))
            return
        sid = scan.id
        self.confirm_destroy_button.setEnabled(False)

        def done(_row) -> None:
            self.confirm_destroy_button.setEnabled(True)
            self._cache.pop(sid, None)
            self.cancel_destroy()

        def failed(exc) -> None:
            self.confirm_destroy_button.setEnabled(True)
            self._destroy_failed(describe_error(exc))

        self.ops.mutate(
            lambda ctx: attachments.destroy(ctx, sid, reason),
            on_done=done,
            on_error=failed,
            owner=self,
        )

    def _destroy_failed(self, text: str) -> None:
        self.destroy_error.setText(text)
        self.destroy_error.show()
        self.destroy_reason.setFocus()


def _local(moment: dt.datetime) -> str:
    """A stored UTC moment as local date and time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")
