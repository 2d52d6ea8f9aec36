"""Printing PDF bytes on a QPrinter: every page rendered by QtPdf and painted at the printer's
resolution, one print job for one letter or for a whole batch.

The functions here do no database work and touch no widget, so they may run on a worker thread
(``ops.long``): QtPdf renders and QPainter paints on a QPrinter outside the GUI thread. The
printer object must not be used by anyone else until they return.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# Pages are rendered at the printer's resolution, but no finer than this: a letter at 600 dpi is
# as sharp as office printers print, while an A4 page at 1200 dpi would be a 550 MB image.
MAX_DPI = 600


class PrintError(Exception):
    """The printer refused the job, or a PDF could not be read."""


def new_printer(document_name: str = "") -> QPrinter:
    """A printer set up for letters: A4, high resolution, the job named after the letter."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if document_name:
        printer.setDocName(document_name)
    return printer


class _Pdf:
    """A QtPdf document over bytes, with the buffer it reads kept alive as long as it is."""

    def __init__(self, data: bytes):
        self.bytes = QByteArray(data)
        self.buffer = QBuffer()
        self.buffer.setData(self.bytes)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(None)
        self.document.load(self.buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            self.close()
            raise PrintError(
                QCoreApplication.translate("Printing", "the letter's PDF cannot be read")
            )

    def pages(self) -> int:
        return self.document.pageCount()

    def close(self) -> None:
        self.document.close()
        self.buffer.close()


def page_count(data: bytes) -> int:
    pdf = _Pdf(data)
    try:
        return pdf.pages()
    finally:
        pdf.close()


def _target(page_points: QSizeF, paper: QRectF, dpi: int) -> QRectF:
    """Where a page of ``page_points`` goes on ``paper`` (device pixels): its real size when it
    fits, else scaled down to fit; centred."""
    width = page_points.width() * dpi / 72.0
    height = page_points.height() * dpi / 72.0
    scale = min(1.0, paper.width() / width, paper.height() / height) if width and height else 1.0
    width, height = width * scale, height * scale
    return QRectF(
        paper.x() + (paper.width() - width) / 2,
        paper.y() + (paper.height() - height) / 2,
        width,
        height,
    )


def print_pdfs(
    documents: Sequence[bytes],
    printer: QPrinter,
    on_page: Callable[[int, int], None] | None = None,
) -> int:
    """Paint every page of ``documents`` on ``printer`` as one job; the number of pages printed.

    The page range chosen in the print dialog (``printer.fromPage()``..``toPage()``, counted
    over all documents) is honoured, and copies when the printer does not make them itself.
    ``on_page(done, total)`` is called after each page; an exception it raises (a cancelled
    :class:`~app.ui.operations.Progress`) aborts the job and propagates.
    """
    pdfs: list[_Pdf] = []
    try:
        for data in documents:
            pdfs.append(_Pdf(data))
        pages = [(pdf, n) for pdf in pdfs for n in range(pdf.pages())]
        first, last = 1, len(pages)
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(1, printer.fromPage())
            last = min(len(pages), printer.toPage() or len(pages))
        chosen = pages[first - 1 : last]
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        chosen = chosen * copies
        if not chosen:
            return 0
        return _paint(chosen, printer, on_page)
    finally:
        for pdf in pdfs:
            pdf.close()


def _paint(pages: list[tuple[_Pdf, int]], printer: QPrinter, on_page) -> int:
    printer.setFullPage(True)  # the letter's PDF has its own margins
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(QCoreApplication.translate("Printing", "the printer cannot start the job"))
    resolution = printer.resolution()
    dpi = min(resolution, MAX_DPI)
    done = 0
    try:
        for index, (pdf, number) in enumerate(pages):
            if index:
                printer.newPage()
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            points = pdf.document.pagePointSize(number)
            target = _target(points, paper.translated(-paper.topLeft()), resolution)
            image = pdf.document.render(
                number,
                QSize(round(points.width() * dpi / 72.0), round(points.height() * dpi / 72.0)),
            )
            painter.drawImage(target, image)
            done += 1
            if on_page is not None:
                on_page(done, len(pages))
    except BaseException:
        printer.abort()  # while the painter is active: the job is dropped, not half-printed
        if painter.isActive():
            painter.end()
        raise
    if not painter.end():
        raise PrintError(
            QCoreApplication.translate("Printing", "the printer did not accept the job")
        )
    return done


def print_pdf(
    data: bytes, printer: QPrinter, on_page: Callable[[int, int], None] | None = None
) -> int:
    """Print one PDF; see :func:`print_pdfs`."""
    return print_pdfs([data], printer, on_page)
