"""PDF with reportlab: landscape A4, PT Serif embedded, the header row repeated on every page,
«Бет 2 / 5» at the foot of each page."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.letters import fonts

MARGIN = 12 * mm
SIZE = 8.5


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_pdf(reg) -> bytes:
    from app.services.registers import PAGE_WORD

    family = fonts.register()
    cell = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=SIZE, leading=SIZE * 1.2)
    head = ParagraphStyle("head", parent=cell, fontName=fonts.BOLD)
    title = ParagraphStyle("title", fontName=fonts.BOLD, fontSize=13, leading=16)
    page = PAGE_WORD[reg.language]
    width = landscape(A4)[0] - 2 * MARGIN
    texts = tuple(tuple(_text(v) for v in row) for row in reg.rows)
    widths = fonts.column_widths((tuple(reg.headings), *texts), True, width, SIZE)
    data = [[Paragraph(_escape(h), head) for h in reg.headings]]
    data += [[Paragraph(_escape(t), cell) for t in row] for row in texts]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, "#888888"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=landscape(A4),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=reg.title,
    )
    story = [
        Paragraph(_escape(f"{reg.title} — {reg.printed_on.strftime('%d.%m.%Y')}"), title),
        Spacer(1, 4 * mm),
        table,
    ]
    del family
    doc.build(story, canvasmaker=lambda *a, **k: _NumberedCanvas(page, *a, **k))
    return out.getvalue()


class _NumberedCanvas(Canvas):
    """Keeps each page until the end, so every page can say how many there are."""

    def __init__(self, word: str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._word = word
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(fonts.REGULAR, 8)
            self.drawCentredString(
                self._pagesize[0] / 2, MARGIN / 2, f"{self._word} {self._pageNumber} / {total}"
            )
            super().showPage()
        super().save()
