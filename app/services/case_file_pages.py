"""The pages a case file takes from elsewhere, and the stamp on every page: pure work (pypdf,
reportlab, Pillow), no database (:mod:`app.services.case_file_pdf` lays out the rest).

A PDF scan gives its own pages; an image gives one A4 page per frame (landscape for a wide
one), scaled to fit under a caption; a final letter gives its stored PDF's pages, if the PDF still
matches its SHA-256. What cannot be taken is a :class:`Part` without pages and with the reason,
which the file lists instead of failing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import warnings
from dataclasses import dataclass, field

from pypdf import PdfReader, PdfWriter, Transformation
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app.letters import fonts
from app.services import case_file_words as words

GREY = colors.HexColor("#555555")


@dataclass(frozen=True)
class ScanFile:
    """One scan of the letter, with its bytes (empty once destroyed)."""

    file_name: str
    content_type: str
    size: int
    sha256: str
    data: bytes
    destroyed_at: dt.datetime | None = None
    flagged_for_destruction: bool = False


@dataclass(frozen=True)
class LetterFile:
    """One letter of the request: a final one with its stored PDF, or a draft."""

    kind: str
    language: str
    out_number: str | None
    out_date: dt.date | None
    final: bool
    sha256: str | None
    pdf: bytes | None
    sent_on: dt.date | None = None
    created_at: dt.datetime | None = None

    @property
    def intact(self) -> bool:
        return bool(self.pdf) and hashlib.sha256(self.pdf).hexdigest() == (self.sha256 or "")


@dataclass
class Part:
    """Pages appended after the frame: a scan's or a final letter's."""

    label: str  # what its pages are stamped with
    toc: str  # its line in the table of contents
    pages: list = field(default_factory=list)  # pypdf pages
    problem: str = ""  # why it is not in the file (listed instead)
    start: int = 0  # its first page number in the file


# --- scans and letters as pages -----------------------------------------------------------


def _pdf_pages(data: bytes) -> list:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValueError("encrypted")
        pages = list(reader.pages)
        if not pages:
            raise ValueError("no pages")
        for page in pages:
            page.mediabox  # noqa: B018 - a page whose box cannot be read fails here, not later
        return pages


def _image_pages(data: bytes, caption: str) -> list:
    """Each frame of an image on its own A4 page (landscape for a wide one), scaled to fit."""
    from PIL import Image, ImageSequence

    fonts.register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=fonts.REGULAR)
    with Image.open(io.BytesIO(data)) as image:
        frames = [f.copy() for f in ImageSequence.Iterator(image)]
    for n, frame in enumerate(frames, 1):
        if frame.mode not in ("RGB", "L"):
            frame = frame.convert("RGB")
        size = landscape(A4) if frame.width > frame.height else A4
        canvas.setPageSize(size)
        room_w, room_h = size[0] - 2 * 12 * mm, size[1] - 2 * 12 * mm - 10 * mm
        scale = min(room_w / frame.width, room_h / frame.height)
        w, h = frame.width * scale, frame.height * scale
        canvas.setFont(fonts.BOLD, 9)
        canvas.setFillColor(GREY)
        label = caption if len(frames) == 1 else f"{caption} ({n}/{len(frames)})"
        canvas.drawString(12 * mm, size[1] - 12 * mm, label)
        x, y = (size[0] - w) / 2, 12 * mm + (room_h - h) / 2
        canvas.drawImage(ImageReader(frame), x, y, w, h)
        canvas.showPage()
    canvas.save()
    return list(PdfReader(io.BytesIO(buffer.getvalue())).pages)


def scan_part(n: int, scan: ScanFile, lang: str) -> Part:
    caption = words.word("scan_n", lang, n=n, name=scan.file_name)
    part = Part(label=caption, toc=caption)
    if scan.destroyed_at is not None or not scan.data:
        part.problem = words.word(
            "destroyed", lang, date=words.date(day_of(scan.destroyed_at), lang)
        )
        return part
    try:
        if scan.content_type == "application/pdf":
            part.pages = _pdf_pages(scan.data)
        else:
            part.pages = _image_pages(scan.data, caption)
    except Exception as exc:  # a damaged scan is listed with the reason, never fatal
        part.problem = words.word("damaged", lang, detail=str(exc) or type(exc).__name__)
        part.pages = []
    return part


def letter_part(letter: LetterFile, lang: str) -> Part:
    title = words.word(
        "letter_n",
        lang,
        kind=words.kind_label(letter.kind, lang),
        number=letter.out_number or "—",
        date=words.date(letter.out_date, lang),
    )
    if not letter.final:
        title = f"{words.kind_label(letter.kind, lang)} ({words.word('draft_short', lang)})"
    part = Part(label=title, toc=title)
    if not letter.final:
        part.problem = words.word("draft", lang)
    elif not letter.intact:
        part.problem = words.word("altered", lang)
    else:
        try:
            part.pages = _pdf_pages(letter.pdf)
        except Exception as exc:
            part.problem = words.word("damaged", lang, detail=str(exc) or type(exc).__name__)
    return part


def day_of(moment: dt.datetime | None) -> dt.date | None:
    return moment.date() if moment else None


# --- the stamp ----------------------------------------------------------------------------


def place(parts: list[Part], frame_pages: int) -> list[int]:
    """Give each part its first page: the scans follow the frame, then the letters."""
    start = frame_pages + 1
    for part in parts:
        part.start = start
        start += len(part.pages)
    return [part.start for part in parts]


def stamp(writer: PdfWriter, labels: list[str], number: str, lang: str) -> None:
    """The case number and "page N of M" at the foot of every page, and on a scan's or a
    letter's pages what they are at the head, in a strip of their margins."""
    total = len(writer.pages)
    boxes = []
    for page in writer.pages:
        if page.get("/Rotate", 0):
            page.transfer_rotation_to_content()
        box = page.mediabox
        boxes.append((float(box.left), float(box.bottom), float(box.width), float(box.height)))
    buffer = io.BytesIO()
    fonts.register()
    canvas = Canvas(buffer, initialFontName=fonts.REGULAR)
    for n, ((_x, _y, width, height), label) in enumerate(zip(boxes, labels, strict=True), 1):
        canvas.setPageSize((width, height))
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawRightString(
            width - 8 * mm, 5 * mm, words.word("footer", lang, number=number, n=n, m=total)
        )
        if label:
            canvas.drawString(8 * mm, height - 6 * mm, label)
        canvas.showPage()
    canvas.save()
    overlays = PdfReader(io.BytesIO(buffer.getvalue())).pages
    for page, overlay, (x, y, _w, _h) in zip(writer.pages, overlays, boxes, strict=True):
        page.merge_transformed_page(overlay, Transformation().translate(x, y))
