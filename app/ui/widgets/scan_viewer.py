"""Scans of a letter inside the app: PDF pages (QtPdf) and images, with page navigation and zoom.

:class:`ScanViewer` shows the bytes of one scan. :class:`ScansPanel` is a request's list of scans
beside a viewer: it loads the list and each scan's bytes through ``ops`` (off the GUI thread),
marks identity-document copies flagged for destruction, adds scans and destroys them with a
reason.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPoint,
    QPointF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
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
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.messages import describe_error, show_error

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
ERROR_STYLE = "color: #9b1c13;"


class ScanViewer(QWidget):
    """One scan: every page of a PDF, or an image (a multi-page TIFF pages like a PDF).

    Fits the page width by default; zoom in and out with the buttons, Ctrl+wheel, Ctrl++ and
    Ctrl+-; move between pages with the arrows or Page Up / Page Down.
    """

    page_changed = Signal(int)  # 0-based

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scanViewer")
        self._mode = "empty"  # empty | message | pdf | image
        self._fit_width = True
        self._zoom = 1.0
        self._pdf_buffer: QBuffer | None = None
        self._pdf_bytes = QByteArray()
        self._image_pages: list[QImage] = []
        self._image_page = 0
        self._source = QPixmap()

        self.document = QPdfDocument(self)
        self.document.setObjectName("scanDocument")

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(4)
        self.prev_button = self._tool("prevPageButton", "‹", self.tr("Previous page (Page Up)"))
        self.page_label = QLabel(objectName="pageLabel")
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = self._tool("nextPageButton", "›", self.tr("Next page (Page Down)"))
        self.zoom_out_button = self._tool("zoomOutButton", "−", self.tr("Zoom out (Ctrl+-)"))
        self.zoom_label = QLabel(objectName="zoomLabel")
        self.zoom_label.setMinimumWidth(52)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._tool("zoomInButton", "+", self.tr("Zoom in (Ctrl++)"))
        self.fit_button = QToolButton(objectName="fitWidthButton")
        self.fit_button.setText(self.tr("Fit width"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.setToolTip(self.tr("Fit the page to the width of the viewer (Ctrl+0)"))
        self.actual_button = QToolButton(objectName="actualSizeButton")
        self.actual_button.setText(self.tr("100%"))
        self.actual_button.setToolTip(self.tr("Actual size (Ctrl+1)"))
        for widget in (self.prev_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
            self.fit_button,
            self.actual_button,
        ):
            bar.addWidget(widget)

        self.stack = QStackedWidget(objectName="scanStack")
        self.message = QLabel(objectName="scanMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #666; font-size: 11pt; padding: 24px;")
        self.pdf_view = QPdfView(objectName="pdfView")
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fit-to-width re-fits each time the scroll bar appears or goes, and at some widths
        # it never settles (the window hangs): keep the scroll bar always there.
        self.pdf_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.pdf_view.setPageSpacing(12)
        self.pdf_view.setStyleSheet("QPdfView { background: #e9e9ec; }")
        self.image_label = QLabel(objectName="imageLabel")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image_area = QScrollArea(objectName="imageArea")
        self.image_area.setWidget(self.image_label)
        self.image_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area.setStyleSheet("QScrollArea { background: #e9e9ec; }")
        for page in (self.message, self.pdf_view, self.image_area):
            self.stack.addWidget(page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.prev_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit_width)
        self.actual_button.clicked.connect(lambda: self.set_zoom(1.0))
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._pdf_page_changed)
        self.pdf_view.zoomFactorChanged.connect(lambda _f: self._update_bar())
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            ("Ctrl+=", self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            ("Ctrl+0", self.fit_width),
            ("Ctrl+1", lambda: self.set_zoom(1.0)),
            (QKeySequence.StandardKey.MoveToPreviousPage, self.previous_page),
            (QKeySequence.StandardKey.MoveToNextPage, self.next_page),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.image_area.viewport().installEventFilter(self)
        self.show_message(self.tr("No scan selected."))

    def _tool(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(objectName=name)
        button.setText(text)
        button.setToolTip(tip)
        button.setMinimumSize(QSize(28, 26))
        return button

    # -- what is shown ------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._mode

    def show_message(self, text: str) -> None:
        self._reset()
        self._mode = "message"
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self._update_bar()

    def clear(self) -> None:
        self.show_message(self.tr("No scan selected."))

    def show_scan(self, data: bytes, content_type: str) -> bool:
        """Show ``data``; False (with a message shown) when it cannot be displayed."""
        if content_type == "application/pdf":
            return self.show_pdf(data)
        return self.show_image(data)

    def show_pdf(self, data: bytes) -> bool:
        self._reset()
        self._pdf_bytes = QByteArray(data)
        self._pdf_buffer = QBuffer(self)
        self._pdf_buffer.setData(self._pdf_bytes)
        self._pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._pdf_buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            self.show_message(self.tr("This PDF cannot be displayed (it may be damaged)."))
            return False
        self._mode = "pdf"
        self.stack.setCurrentWidget(self.pdf_view)
        self._apply_zoom()
        self.pdf_view.pageNavigator().jump(0, QPointF(), 0)
        self._update_bar()
        return True

    def show_image(self, data: bytes) -> bool:
        self._reset()
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        pages: list[QImage] = []
        try:
            count = max(1, reader.imageCount())
            for index in range(count):
                if index and not reader.jumpToImage(index):
                    break
                image = reader.read()
                if image.isNull():
                    break
                pages.append(image)
        finally:
            # The reader must let go of the buffer before either is freed.
            reader.setDevice(None)
            del reader
            buffer.close()
        if not pages:
            self.show_message(self.tr("This image cannot be displayed (it may be damaged)."))
            return False
        self._image_pages = pages
        self._mode = "image"
        self.stack.setCurrentWidget(self.image_area)
        self._show_image_page(0)
        return True

    def _reset(self) -> None:
        self.document.close()
        if self._pdf_buffer is not None:
            self._pdf_buffer.close()
            self._pdf_buffer.deleteLater()
            self._pdf_buffer = None
        self._pdf_bytes = QByteArray()
        self._image_pages = []
        self._image_page = 0
        self._source = QPixmap()
        self.image_label.clear()
        self._mode = "empty"

    # -- pages --------------------------------------------------------------------------------

    def page_count(self) -> int:
        if self._mode == "pdf":
            return self.document.pageCount()
        if self._mode == "image":
            return len(self._image_pages)
        return 0

    def current_page(self) -> int:
        if self._mode == "pdf":
            return self.pdf_view.pageNavigator().currentPage()
        return self._image_page

    def go_to_page(self, page: int) -> None:
        if not 0 <= page < self.page_count():
            return
        if self._mode == "pdf":
            self.pdf_view.pageNavigator().jump(page, QPointF(), 0)
        else:
            self._show_image_page(page)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def pixmap(self) -> QPixmap:
        """The image shown at 100% (a null pixmap when no image is shown)."""
        return self._source

    def _show_image_page(self, page: int) -> None:
        self._image_page = page
        self._source = QPixmap.fromImage(self._image_pages[page])
        self._render_image()
        self.page_changed.emit(page)
        self._update_bar()

    def _pdf_page_changed(self, page: int) -> None:
        self.page_changed.emit(page)
        self._update_bar()

    # -- zoom ---------------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        if self._mode == "pdf":
            if self._fit_width:
                return self._pdf_fitted_factor()
            return self.pdf_view.zoomFactor()
        if self._mode == "image" and self._fit_width and not self._source.isNull():
            return self._fitted_factor()
        return self._zoom

    def set_zoom(self, factor: float) -> None:
        self._fit_width = False
        self._zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], factor))
        self._apply_zoom()

    def zoom_in(self) -> None:
        current = self.zoom_factor()
        self.set_zoom(next((z for z in ZOOM_STEPS if z > current + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        current = self.zoom_factor()
        smaller = [z for z in ZOOM_STEPS if z < current - 0.01]
        self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def fit_width(self) -> None:
        self._fit_width = True
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        self.fit_button.setChecked(self._fit_width)
        if self._mode == "pdf":
            if self._fit_width:
                self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            else:
                self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
                self.pdf_view.setZoomFactor(self._zoom)
        elif self._mode == "image":
            self._render_image()
        self._update_bar()

    def _pdf_fitted_factor(self) -> float:
        points = self.document.pagePointSize(max(0, self.current_page()))
        if points.width() <= 0:
            return 1.0
        margins = self.pdf_view.documentMargins()
        width = self.pdf_view.viewport().width() - margins.left() - margins.right()
        return max(0.05, width / (points.width() * self.pdf_view.logicalDpiX() / 72.0))

    def _fitted_factor(self) -> float:
        width = max(50, self.image_area.viewport().width() - 24)
        return min(4.0, width / max(1, self._source.width()))

    def _render_image(self) -> None:
        if self._source.isNull():
            return
        factor = self._fitted_factor() if self._fit_width else self._zoom
        size = self._source.size() * factor
        scaled = self._source.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.image_label.setPixmap(scaled)
        self.image_label.resize(scaled.size())
        self._update_bar()

    def _update_bar(self) -> None:
        count = self.page_count()
        page = self.current_page()
        showing = self._mode in ("pdf", "image")
        self.page_label.setText(
            self.tr("Page {0} of {1}").format(page + 1, count) if showing else ""
        )
        self.prev_button.setEnabled(showing and page > 0)
        self.next_button.setEnabled(showing and page < count - 1)
        for widget in (
            self.zoom_in_button,
            self.zoom_out_button,
            self.fit_button,
            self.actual_button,
        ):
            widget.setEnabled(showing)
        self.zoom_label.setText(f"{round(self.zoom_factor() * 100)}%" if showing else "")

    # -- events -------------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._mode == "image" and self._fit_width:
            self._render_image()

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.image_area.viewport()
            and event.type() == event.Type.Wheel
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            return True
        if (
            watched is self.image_area.viewport()
            and event.type() == event.Type.Resize
            and self._mode == "image"
            and self._fit_width
        ):
            self._render_image()
        return super().eventFilter(watched, event)

    def wheelEvent(self, event) -> None:
        if self._mode == "pdf" and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
            return
        super().wheelEvent(event)


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

    Call :meth:`bind` with the operations and the request, then :meth:`reload` (the case window
    does both, and reloads after every change that touches requests).
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
        self._generation = 0

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

    def reload(self) -> None:
        if self.ops is None or self.request_id is None:
            return
        from app.services import attachments

        self._generation += 1
        generation = self._generation
        rid = self.request_id
        self.ops.query(
            lambda ctx: attachments.list_for_request(ctx, rid),
            lambda scans: self._show_list(scans, generation),
            lambda exc: self.viewer.show_message(describe_error(exc)),
            owner=self,
        )

    def scans(self) -> list:
        return list(self._scans)

    def current_scan(self):
        row = self.scan_list.currentRow()
        return self._scans[row] if 0 <= row < len(self._scans) else None

    def _show_list(self, scans: list, generation: int) -> None:
        if generation != self._generation:
            return
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
        from app.ui.operations import REQUESTS

        rid = self.request_id

        def add(ctx):
            made = []
            for path in paths:
                new = attachments.NewAttachment(
                    Path(path).name, Path(path).read_bytes(), is_id_copy
                )
                made.append(attachments.add(ctx, rid, new))
            return made

        self.ops.mutate(
            add, topics={REQUESTS}, on_error=lambda exc: show_error(self, exc), owner=self
        )

    def _toggle_id_copy(self, checked: bool) -> None:
        from app.services import attachments
        from app.ui.operations import REQUESTS

        scan = self.current_scan()
        if scan is None:
            return
        sid = scan.id
        self.ops.mutate(
            lambda ctx: attachments.set_id_copy(ctx, sid, checked),
            topics={REQUESTS},
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
        from app.ui.operations import REQUESTS

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
            topics={REQUESTS},
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
