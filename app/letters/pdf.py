"""A letter as an A4 PDF (reportlab platypus), fonts embedded, text extractable.

The first page carries the letterhead in the letter's language (the operator's name, its number,
address and contacts under a rule; a bilingual letter the Kazakh and Russian names side by
side), the outgoing number and date with the reference to the incoming letter on the left and
the addressee on the right, then the heading, the body, attachments and the signature. The
executor and the phone sit at the foot of the last page. As the office-work rules place them,
pages are numbered at the top centre from the second page on by the bare number (no word
«бет» / «страница»), the first page carries none. A
draft (no number yet) is marked as such at the top right of every page.
"""

from __future__ import annotations

import io
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from app.domain.errors import DomainError
from app.letters import fonts, markup, wording
from app.letters.document import Letter, tie
from app.letters.paragraphs import Para as Paragraph

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 30 * mm, 15 * mm, 18 * mm, 26 * mm  # left: room for the binding
WIDTH = PAGE_WIDTH - LEFT - RIGHT
INDENT = 12.5 * mm  # the first-line indent of Kazakh and Russian office paper
INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#2b3a55")
BLANK_BACKGROUND = "#ffe98a"


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    family = fonts.register()
    base = ParagraphStyle(
        "base",
        fontName=family,
        bulletFontName=family,
        fontSize=12,
        leading=15.5,
        textColor=INK,
    )

    def s(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": s("body", alignment=TA_JUSTIFY, firstLineIndent=INDENT, spaceAfter=3),
        "centred": s("centred", alignment=TA_CENTER, spaceBefore=4, spaceAfter=8),
        "heading": s("heading", fontName=fonts.BOLD, spaceBefore=2, spaceAfter=10),
        "act_heading": s(
            "act_heading", fontName=fonts.BOLD, fontSize=13, leading=17, alignment=TA_CENTER
        ),
        "subheading": s("subheading", fontName=fonts.BOLD, spaceBefore=8, spaceAfter=4),
        "item": s(
            "item",
            alignment=TA_JUSTIFY,
            leftIndent=INDENT + 6 * mm,
            bulletIndent=INDENT,
            spaceAfter=2,
        ),
        "cell": s("cell", fontSize=10, leading=12.5),
        "cell_head": s("cell_head", fontName=fonts.BOLD, fontSize=10, leading=12.5),
        "org": s("org", fontName=fonts.BOLD, fontSize=10.5, leading=13, alignment=TA_CENTER),
        "details": s("details", fontSize=8.5, leading=10.5, alignment=TA_CENTER, textColor=GREY),
        "requisites": s("requisites", fontSize=10.5, leading=14),
        "addressee": s("addressee", leading=15),
        "addressee_name": s("addressee_name", fontName=fonts.BOLD, leading=15),
        "approval": s("approval", fontSize=11, leading=14),
        "act_number": s("act_number", alignment=TA_CENTER, spaceBefore=2, spaceAfter=12),
        "attachments": s("attachments", fontSize=11, leading=14),
        "sign_role": s("sign_role", leading=15),
        "sign_name": s("sign_name", fontName=fonts.BOLD, leading=15, alignment=TA_RIGHT),
        "footer": s("footer", fontSize=8.5, leading=10, textColor=GREY),
    }


def _table_style(commands: list) -> TableStyle:
    """A table style whose cell font is ours (reportlab's default is Helvetica, not embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands])


def _inline(text: str) -> str:
    """Markup runs as reportlab's paragraph XML."""
    out = []
    for run in markup.runs(text):
        piece = escape(run.text)
        if run.bold:
            piece = f"<b>{piece}</b>"
        if run.blank:
            piece = f'<span backColor="{BLANK_BACKGROUND}">{piece}</span>'
        out.append(piece)
    return "".join(out)


def _lines(lines: list[str]) -> str:
    return "<br/>".join(escape(line) for line in lines if line)


# --- the frame: letterhead, requisites, signature ------------------------------------------


def _letterhead(letter: Letter, st) -> list[Flowable]:
    head = letter.letterhead
    found = head.names()
    if len(found) == 1:  # the letter's language only
        cells, widths = [Paragraph(escape(found[0]), st["org"])], [WIDTH]
    else:  # a bilingual letter: Kazakh left, Russian right
        cells = [Paragraph(escape(found[0]), st["org"]), "", Paragraph(escape(found[1]), st["org"])]
        widths = [WIDTH * 0.46, WIDTH * 0.08, WIDTH * 0.46]
    names = Table([cells], colWidths=widths)
    names.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    out: list[Flowable] = [names]
    out += [Paragraph(escape(line), st["details"]) for line in head.details()]
    out.append(HRFlowable(width="100%", thickness=1.3, color=RULE, spaceBefore=5, spaceAfter=1.2))
    out.append(HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=0, spaceAfter=0))
    return out


def _requisites(letter: Letter, st) -> Flowable:
    left = [Paragraph(_lines(letter.number_lines()), st["requisites"])]
    right: list[Flowable] = []
    if letter.addressee is not None:
        name = _lines(letter.addressee.name_lines())
        right.append(Paragraph(name, st["addressee_name"]))
        if letter.addressee.lines():
            right.append(Paragraph(_lines(letter.addressee.lines()), st["addressee"]))
    table = Table([[left, right]], colWidths=[WIDTH * 0.45, WIDTH * 0.55])
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 12 * mm),
            ]
        )
    )
    return table


def _approval(letter: Letter, st) -> Flowable:
    sign = letter.approval
    lines = [f"<b>{escape(wording.label('approve', letter.language))}</b>"]
    lines += [escape(line) for line in sign.role.splitlines() if line.strip()]
    lines.append(f"______________ {escape(sign.name)}")
    lines.append("«___» ______________ 20___")
    table = Table(
        [["", Paragraph("<br/>".join(lines), st["approval"])]],
        colWidths=[WIDTH * 0.5, WIDTH * 0.5],
    )
    table.setStyle(
        _table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 14 * mm),
            ]
        )
    )
    return table


def _act_number(letter: Letter, st) -> Paragraph:
    return Paragraph(escape(letter.act_number()), st["act_number"])


def _attachments(letter: Letter, st) -> list[Flowable]:
    if not letter.attachments:
        return []
    head = wording.label("attachments", letter.language)
    if len(letter.attachments) == 1:
        return [
            Spacer(1, 4 * mm),
            Paragraph(f"{escape(head)}: {_inline(tie(letter.attachments[0]))}", st["attachments"]),
        ]
    items = "<br/>".join(f"{i}) {_inline(tie(a))}" for i, a in enumerate(letter.attachments, 1))
    return [Spacer(1, 4 * mm), Paragraph(f"{escape(head)}:<br/>{items}", st["attachments"])]


def _signatures(letter: Letter, st) -> list[Flowable]:
    if not letter.signatures:
        return []
    rows = []
    for sign in letter.signatures:
        role = "<br/>".join(escape(line) for line in sign.role.splitlines() if line.strip())
        rows.append(
            [Paragraph(role, st["sign_role"]), "", Paragraph(escape(sign.name), st["sign_name"])]
        )
    table = Table(rows, colWidths=[WIDTH * 0.5, WIDTH * 0.2, WIDTH * 0.3])
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, -1), 9 * mm),
    ]
    if letter.internal:  # an act is signed on a line by each person named
        commands.append(("LINEBELOW", (1, 0), (1, -1), 0.5, GREY))
    table.setStyle(_table_style(commands))
    return [Spacer(1, 12 * mm), table]


# --- the body -------------------------------------------------------------------------------


def _table(block: markup.Table, st) -> Table:
    col_widths = fonts.column_widths(block.rows, block.header, WIDTH)
    rows = []
    for i, row in enumerate(block.rows):
        style = st["cell_head"] if block.header and i == 0 else st["cell"]
        rows.append([Paragraph(_inline(cell), style) for cell in row])
    table = Table(rows, colWidths=col_widths, repeatRows=1 if block.header else 0)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if block.header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef0f4")))
    table.setStyle(_table_style(commands))
    table.spaceBefore, table.spaceAfter = 4, 8
    return table


def _body(letter: Letter, st) -> list[Flowable]:
    out: list[Flowable] = []
    numbered = False
    for block in letter.blocks():
        if isinstance(block, markup.Heading):
            if block.level == 1:
                style = st["act_heading"] if letter.internal else st["heading"]
                out.append(Paragraph(_inline(block.text), style))
                if letter.internal and not numbered:  # once, under the first heading
                    out.append(_act_number(letter, st))
                    numbered = True
            else:  # never the last line of a page: a table after it may still split
                out.append(CondPageBreak(30 * mm))
                out.append(Paragraph(_inline(block.text), st["subheading"]))
        elif isinstance(block, markup.Paragraph):
            out.append(Paragraph(_inline(block.text), st["centred" if block.centred else "body"]))
        elif isinstance(block, markup.ListItem):
            out.append(Paragraph(_inline(block.text), st["item"], bulletText=block.marker))
        elif isinstance(block, markup.Table):
            out.append(_table(block, st))
        elif isinstance(block, markup.Rule):
            out.append(
                HRFlowable(width="40%", thickness=0.5, color=GREY, spaceBefore=8, spaceAfter=10)
            )
    return out


def _story(letter: Letter) -> list[Flowable]:
    st = _styles()
    story: list[Flowable] = _letterhead(letter, st)
    story.append(Spacer(1, 6 * mm))
    if letter.internal:
        if letter.approval is not None:
            story += [_approval(letter, st), Spacer(1, 8 * mm)]
    else:
        story += [_requisites(letter, st), Spacer(1, 9 * mm)]
    body = _body(letter, st)
    closing = _attachments(letter, st) + _signatures(letter, st)
    if closing:
        # A signature never stands alone on a page: the last paragraph goes with it.
        tail = [body.pop()] if body and isinstance(body[-1], Paragraph) else []
        body.append(KeepTogether(tail + closing))
    return story + body


# --- pages: numbers, the executor, the draft mark --------------------------------------------


def _canvas_class(letter: Letter):
    st = _styles()
    draft_label = wording.label("draft", letter.language)
    executor = []
    if letter.executor_name:
        executor.append(f"{wording.label('executor', letter.language)}: {letter.executor_name}")
    if letter.executor_phone:
        executor.append(f"{wording.label('phone', letter.language)}: {letter.executor_phone}")

    class NumberedCanvas(Canvas):
        """Holds pages until the end, when the page numbers and the executor can be drawn."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []
            fonts.seed(self._doc)

        def showPage(self):  # noqa: N802 - reportlab's name
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for number, state in enumerate(self._saved, 1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            style = st["footer"]
            self.setFont(style.fontName, style.fontSize)
            self.setFillColor(GREY)
            if (
                number > 1
            ):  # the top centre from the second page, the bare number; none on the first
                self.setFont(style.fontName, 10)
                self.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 11 * mm, str(number))
                self.setFont(style.fontName, style.fontSize)
            if number == total and executor:
                y = 19 * mm
                for line in executor:
                    self.drawString(LEFT, y, line)
                    y -= style.leading
            if letter.draft:
                self.setFont(fonts.BOLD, 9)
                self.setFillColor(colors.HexColor("#b03a2e"))
                self.drawRightString(PAGE_WIDTH - RIGHT, PAGE_HEIGHT - 10 * mm, draft_label)

    return NumberedCanvas


def render_pdf(letter: Letter) -> bytes:
    """The letter as PDF bytes."""
    buffer = io.BytesIO()
    author = letter.letterhead.name_ru if letter.language == "ru" else letter.letterhead.name_kk
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=letter.title or (letter.out_number or ""),
        author=author,
        subject=letter.title,
        creator="Derbes",
        initialFontName=fonts.REGULAR,  # reportlab's default, Helvetica, is never embedded
    )
    frame = Frame(
        LEFT,
        BOTTOM,
        WIDTH,
        PAGE_HEIGHT - TOP - BOTTOM,
        id="text",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    try:
        doc.build(_story(letter), canvasmaker=_canvas_class(letter))
    except LayoutError as exc:
        # A block taller than a page (an address or a line of text far beyond what the input
        # rules allow now, kept from before them): refused with a code, never a traceback.
        raise DomainError.at("letter", "letter_layout") from exc
    return buffer.getvalue()
