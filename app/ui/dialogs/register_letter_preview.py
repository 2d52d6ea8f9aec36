"""A page of a scan being registered, small, with the words a proposal came from highlighted.

:func:`page_images` runs on the pool (no Qt): it renders the pages the recognition read, as
pypdfium2 and Pillow open them for the recognition service, small enough for the dialog.
:class:`ScanPreview` paints one page and the boxes of a proposal's words (boxes are in the
pixels of the page as scanned, ``Page.width`` by ``Page.height``; the image is scaled to fit).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.ocr import Page, Word

PREVIEW_HEIGHT = 1100  # pixels of a rendered page: enough to read a highlighted word
MAX_PAGES = 20  # a longer scan shows its first pages only
_HIGHLIGHT = QColor(255, 200, 0, 110)
_OUTLINE = QColor("#b36b00")


@dataclass(frozen=True)
class PageImage:
    """A small greyscale rendering of one page and the size of the page as scanned."""

    page: Page
    width: int
    height: int
    pixels: bytes  # 8-bit grey, ``width`` bytes a row

    def image(self) -> QImage:
        """The page as a QImage (made on the GUI thread)."""
        made = QImage(
            self.pixels, self.width, self.height, self.width, QImage.Format.Format_Grayscale8
        )
        return made.copy()  # the QImage must not keep pointing into ``pixels``


def page_images(data: bytes, pages: Sequence[Page]) -> list[PageImage]:
    """The scan's ``pages`` rendered small; plain Python, for a worker thread."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageOps

    out: list[PageImage] = []
    wanted = list(pages)[:MAX_PAGES]
    if data[:5] == b"%PDF-":
        document = pdfium.PdfDocument(data)
        try:
            for page in wanted:
                pdf_page = document[page.number]
                scale = PREVIEW_HEIGHT / pdf_page.get_height()
                bitmap = pdf_page.render(scale=min(scale, 2.0), grayscale=True)
                out.append(_small(page, bitmap.to_pil().convert("L")))
        finally:
            document.close()
        return out
    with Image.open(io.BytesIO(data)) as source:
        for page in wanted:
            source.seek(page.number)
            frame = ImageOps.exif_transpose(source.copy()).convert("L")
            frame.thumbnail((PREVIEW_HEIGHT, PREVIEW_HEIGHT))
            out.append(_small(page, frame))
    return out


def _small(page: Page, image) -> PageImage:
    return PageImage(page, image.width, image.height, image.tobytes())


class ScanPreview(QWidget):
    """One page of a scan with highlighted words; empty (a hint) before a scan is read."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scanPreview")
        self.setMinimumSize(120, 100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._image: QImage | None = None
        self._page: Page | None = None
        self._words: tuple[Word, ...] = ()
        self.scan_key: object = None
        self.page_number = -1

    def sizeHint(self) -> QSize:
        return QSize(220, 240)

    def show_page(
        self, scan_key: object, page: PageImage | None, words: Sequence[Word] = ()
    ) -> None:
        """Show ``page`` of the scan ``scan_key`` with ``words`` (on that page) highlighted."""
        self.scan_key = scan_key
        self._page = page.page if page else None
        self.page_number = page.page.number if page else -1
        self._image = page.image() if page else None
        self._words = tuple(w for w in words if page and w.page == page.page.number)
        self.update()

    @property
    def highlighted(self) -> tuple[Word, ...]:
        return self._words

    def _target(self) -> QRectF:
        image = self._image
        scale = min(self.width() / image.width(), self.height() / image.height())
        w, h = image.width() * scale, image.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f2f2f2"))
        if self._image is None:
            return
        target = self._target()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self._image)
        if not self._words or not self._page.width:
            return
        sx = target.width() / self._page.width
        sy = target.height() / self._page.height
        painter.setPen(QPen(_OUTLINE, 1))
        for word in self._words:
            box = word.box
            rect = QRectF(
                target.left() + box.left * sx,
                target.top() + box.top * sy,
                max(box.width * sx, 2),
                max(box.height * sy, 2),
            ).adjusted(-1, -1, 1, 1)
            painter.fillRect(rect, _HIGHLIGHT)
            painter.drawRect(rect)
        painter.setPen(Qt.PenStyle.NoPen)
