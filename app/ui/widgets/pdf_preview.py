"""A PDF shown inside the app from bytes (QtPdf): every page, page navigation and zoom.

:class:`PdfPreview` is the letter preview of the prepare-letter dialog and of the template editor.
It is made to be reloaded often: a new rendering of the same letter keeps the page, the scroll
position and the zoom the officer had, so editing the text does not throw the view back to page 1.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import zoom

MUTED = "#6b6b6b"


class PdfPreview(QWidget):
    """The pages of one PDF given as bytes; ``set_pdf(data)`` replaces them in place.

    Fits the page width by default; zoom with the buttons, Ctrl+wheel, Ctrl++ and Ctrl+-; move
    between pages with the arrows or Page Up / Page Down.
    """

    loaded = Signal(int)  # page count of the PDF just shown
    page_changed = Signal(int)  # 0-based

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        if not self.objectName():
            self.setObjectName("pdfPreview")
        self._showing = False
        self._fit_width = True
        self._zoom = 1.0
        self._buffer: QBuffer | None = None
        self._bytes = QByteArray()
        self._data = b""

        self.document = QPdfDocument(self)
        self.document.setObjectName("previewDocument")

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(4)
        self.prev_button = zoom.tool_button(
            "previewPrevButton", "‹", self.tr("Previous page (Page Up)")
        )
        self.page_label = QLabel(objectName="previewPageLabel")
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = zoom.tool_button(
            "previewNextButton", "›", self.tr("Next page (Page Down)")
        )
        self.busy_label = QLabel(objectName="previewBusyLabel")
        self.busy_label.setStyleSheet(f"color: {MUTED};")
        self.zoom_out_button = zoom.tool_button(
            "previewZoomOutButton", "−", self.tr("Zoom out (Ctrl+-)")
        )
        self.zoom_label = QLabel(objectName="previewZoomLabel")
        self.zoom_label.setMinimumWidth(46)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = zoom.tool_button(
            "previewZoomInButton", "+", self.tr("Zoom in (Ctrl++)")
        )
        self.fit_button = QToolButton(objectName="previewFitButton")
        self.fit_button.setText(self.tr("Fit width"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.setToolTip(self.tr("Fit the page to the width of the preview (Ctrl+0)"))
        for widget in (self.prev_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.busy_label)
        bar.addStretch(1)
        for widget in (
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
            self.fit_button,
        ):
            bar.addWidget(widget)

        self.stack = QStackedWidget(objectName="previewStack")
        self.message = QLabel(objectName="previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet(
            f"QLabel {{ color: {MUTED}; font-size: 11pt; padding: 32px; background: #e9e9ec; }}"
        )
        self.pdf_view = zoom.pdf_view("previewPdfView", self.document, 14)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.pdf_view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.prev_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit_width)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.pdf_view.zoomFactorChanged.connect(lambda _f: self._update_bar())
        zoom.bind_keys(
            self,
            zoom.zoom_keys(
                self.zoom_in, self.zoom_out, self.fit_width, self.previous_page, self.next_page
            ),
        )
        self.show_message("")

    # -- what is shown ------------------------------------------------------------------------

    @property
    def showing_pdf(self) -> bool:
        return self._showing

    @property
    def data(self) -> bytes:
        """The bytes of the PDF shown (empty when a message is shown)."""
        return self._data

    def set_pdf(self, data: bytes, keep_position: bool = True) -> bool:
        """Show ``data``; keeps the scroll position of the PDF shown before when asked.

        False (with a message shown) when the bytes are not a PDF QtPdf can display.
        """
        bar = self.pdf_view.verticalScrollBar()
        position = bar.value() if (keep_position and self._showing) else 0
        self._unload()
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            self.show_message(self.tr("This PDF cannot be displayed (it may be damaged)."))
            return False
        self._data = bytes(data)
        self._showing = True
        self.stack.setCurrentWidget(self.pdf_view)
        self._apply_zoom()
        if position:
            bar.setValue(position)
            # The view lays the new pages out on its next pass; put the position back after it.
            QTimer.singleShot(0, self, lambda: bar.setValue(position))
        else:
            self.pdf_view.pageNavigator().jump(0, QPointF(), 0)
        self._update_bar()
        self.loaded.emit(self.document.pageCount())
        return True

    def show_message(self, text: str) -> None:
        """Show ``text`` in place of the pages (why there is nothing to show yet)."""
        self._unload()
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self._update_bar()

    def clear(self) -> None:
        self.show_message("")

    def set_busy(self, busy: bool, text: str = "") -> None:
        """A quiet note in the toolbar while a new rendering is on its way."""
        self.busy_label.setText((text or self.tr("Updating…")) if busy else "")

    def _unload(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._bytes = QByteArray()
        self._data = b""
        self._showing = False

    # -- pages --------------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount() if self._showing else 0

    def current_page(self) -> int:
        return self.pdf_view.pageNavigator().currentPage() if self._showing else 0

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.pdf_view.pageNavigator().jump(page, QPointF(), 0)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def _page_changed(self, page: int) -> None:
        self.page_changed.emit(page)
        self._update_bar()

    # -- zoom ---------------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        if self._showing and self._fit_width:
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
        zoom.apply_pdf_zoom(self.pdf_view, self._fit_width, self._zoom)
        self._update_bar()

    def _fitted_factor(self) -> float:
        return zoom.pdf_fit_factor(self.document, self.pdf_view, self.current_page())

    def _update_bar(self) -> None:
        count = self.page_count()
        page = self.current_page()
        showing = self._showing
        self.page_label.setText(
            self.tr("Page {0} of {1}").format(page + 1, count) if showing else ""
        )
        self.prev_button.setEnabled(showing and page > 0)
        self.next_button.setEnabled(showing and page < count - 1)
        for widget in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            widget.setEnabled(showing)
        self.zoom_label.setText(f"{round(self.zoom_factor() * 100)}%" if showing else "")

    # -- events -------------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_bar()

    def wheelEvent(self, event) -> None:
        if self._showing and zoom.ctrl_wheel(event, self.zoom_in, self.zoom_out):
            event.accept()
            return
        super().wheelEvent(event)
