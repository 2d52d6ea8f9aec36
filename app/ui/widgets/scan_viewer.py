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
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtPdf import QPdfDocument
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

from app.ui.widgets import zoom

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
        self.prev_button = zoom.tool_button(
            "prevPageButton", "‹", self.tr("Previous page (Page Up)")
        )
        self.page_label = QLabel(objectName="pageLabel")
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = zoom.tool_button("nextPageButton", "›", self.tr("Next page (Page Down)"))
        self.zoom_out_button = zoom.tool_button("zoomOutButton", "−", self.tr("Zoom out (Ctrl+-)"))
        self.zoom_label = QLabel(objectName="zoomLabel")
        self.zoom_label.setMinimumWidth(52)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = zoom.tool_button("zoomInButton", "+", self.tr("Zoom in (Ctrl++)"))
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
        self.pdf_view = zoom.pdf_view("pdfView", self.document, 12)
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
        keys = zoom.zoom_keys(
            self.zoom_in, self.zoom_out, self.fit_width, self.previous_page, self.next_page
        )
        zoom.bind_keys(self, [*keys, ("Ctrl+1", lambda: self.set_zoom(1.0))])
        self.image_area.viewport().installEventFilter(self)
        self.show_message(self.tr("No scan selected."))

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
        self._zoom = zoom.clamp(factor)
        self._apply_zoom()

    def zoom_in(self) -> None:
        self.set_zoom(zoom.step_in(self.zoom_factor()))

    def zoom_out(self) -> None:
        self.set_zoom(zoom.step_out(self.zoom_factor()))

    def fit_width(self) -> None:
        self._fit_width = True
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        self.fit_button.setChecked(self._fit_width)
        if self._mode == "pdf":
            zoom.apply_pdf_zoom(self.pdf_view, self._fit_width, self._zoom)
        elif self._mode == "image":
            self._render_image()
        self._update_bar()

    def _pdf_fitted_factor(self) -> float:
        return zoom.pdf_fit_factor(self.document, self.pdf_view, self.current_page())

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
            and zoom.ctrl_wheel(event, self.zoom_in, self.zoom_out)
        ):
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
        if self._mode == "pdf" and zoom.ctrl_wheel(event, self.zoom_in, self.zoom_out):
            event.accept()
            return
        super().wheelEvent(event)
