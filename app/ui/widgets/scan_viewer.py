"""Scans of a letter inside the app: PDF pages (QtPdf) and images, with page navigation and zoom.

:class:`ScanViewer` shows the bytes of one scan; the request's list of scans beside it is
:class:`app.ui.widgets.scans_panel.ScansPanel`.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

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
