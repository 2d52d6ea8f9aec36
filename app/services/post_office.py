"""The post office: the list of a day's registered letters, and envelopes.

The list is laid out like the one the post office takes with a batch of registered letters (a
list of internal registered items): for each sender (operator) a page headed with the sender's
name and address and the day, then one line a letter (number, addressee, address, tracking
number, weight class, the letter's outgoing number), the totals by weight class, and the lines
for the sender's and the post office's signatures. Headings are in Kazakh and Russian; the data
as stored. Envelopes DL (220 x 110 mm) and C5 (229 x 162 mm) carry the sender top left, the
addressee bottom right and the tracking number as a Code 128 barcode with its text under it.

Both are PDFs set in the letters' font (PT Serif, embedded), so Kazakh renders and the text can
be extracted; they are written through :mod:`app.services.outputs` (whole or not at all).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.flowables import Flowable
from sqlmodel import col, select

from app.domain.dispatch import Method
from app.domain.errors import DomainError
from app.letters import fonts
from app.services import outputs
from app.services.context import Context
from app.storage.models import Letter, Operator

ENVELOPES = {"DL": (220 * mm, 110 * mm), "C5": (229 * mm, 162 * mm)}
SIZES = tuple(ENVELOPES)

__all__ = [
    "SIZES",
    "PostItem",
    "SenderList",
    "day_list",
    "envelopes_pdf",
    "post_list_pdf",
    "save_envelopes",
    "save_post_list",
]


@dataclass(frozen=True)
class PostItem:
    letter_id: int
    out_number: str
    out_date: dt.date | None
    addressee: str
    address: str
    tracking: str
    weight: int | None
    sent_on: dt.date | None
    language: str = "ru"


@dataclass(frozen=True)
class SenderList:
    """One sender's registered letters of the day."""

    operator_id: int
    name_kk: str
    name_ru: str
    address: str  # the list's (bilingual) address: the Russian half, else the Kazakh one
    phone: str
    items: tuple[PostItem, ...]
    address_kk: str = ""  # an envelope of a Kazakh letter prints the Kazakh half

    def address_for(self, language: str) -> str:
        return (self.address_kk if language == "kk" else "") or self.address

    def totals(self) -> dict[int | None, int]:
        found: dict[int | None, int] = {}
        for item in self.items:
            found[item.weight] = found.get(item.weight, 0) + 1
        return dict(sorted(found.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)))


def _item(letter: Letter) -> PostItem:
    return PostItem(
        letter_id=letter.id,
        out_number=letter.out_number or "",
        out_date=letter.out_date,
        addressee=letter.addressee,
        address=letter.address,
        tracking=letter.tracking_number,
        weight=letter.weight,
        sent_on=letter.sent_on,
        language=letter.language,
    )


def _group(session, letters: Sequence[Letter]) -> list[SenderList]:
    by_operator: dict[int, list[PostItem]] = {}
    for letter in letters:
        by_operator.setdefault(letter.operator_id, []).append(_item(letter))
    found = []
    for operator_id, items in by_operator.items():
        op = session.get(Operator, operator_id)
        found.append(
            SenderList(
                operator_id,
                op.name_kk,
                op.name_ru,
                op.address_in("bi"),
                op.phone,
                tuple(items),
                op.address_kk,
            )
        )
    return found


def day_list(ctx: Context, day: dt.date, operator_id: int | None = None) -> list[SenderList]:
    """The registered letters sent on ``day``, one list a sender, in the order dispatched."""
    with ctx.read() as session:
        stmt = select(Letter).where(Letter.sent_on == day, Letter.method == Method.REGISTERED.value)
        if operator_id is not None:
            stmt = stmt.where(Letter.operator_id == operator_id)
        letters = session.exec(stmt.order_by(Letter.operator_id, Letter.id)).all()
        return _group(session, letters)


def letters_list(ctx: Context, letter_ids: Sequence[int]) -> list[SenderList]:
    """The given letters (in that order), one list a sender: the window's selection."""
    with ctx.read() as session:
        found = session.exec(select(Letter).where(col(Letter.id).in_(list(letter_ids)))).all()
        order = {i: n for n, i in enumerate(letter_ids)}
        letters = sorted(found, key=lambda r: (r.operator_id, order.get(r.id, 0)))
        return _group(session, letters)


# --- the list ------------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=9.5, leading=12)
    return {
        "base": base,
        "title": ParagraphStyle(
            "title", parent=base, fontName=fonts.BOLD, fontSize=12, leading=15, alignment=1
        ),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle(
            "head", parent=base, fontName=fonts.BOLD, fontSize=8.5, leading=10.5
        ),
    }


def _esc(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    )


def _weight(grams: int | None) -> str:
    return f"≤ {grams} г" if grams else "—"


def _date(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def _page_number(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(fonts.REGULAR, 8)
    canvas.drawCentredString(A4[0] / 2, 10 * mm, f"— {doc.page} —")
    canvas.restoreState()


def post_list_pdf(lists: Sequence[SenderList], day: dt.date) -> bytes:
    """The day's list as a PDF (A4 portrait); a page saying so when there is nothing."""
    st = _styles()
    story: list[Flowable] = []
    for n, sender in enumerate(lists):
        if n:
            story.append(PageBreak())
        story += _sender_list(sender, day, st)
    if not lists:
        story.append(Paragraph("Тізім / Список", st["title"]))
        story.append(Spacer(0, 6 * mm))
        story.append(
            Paragraph(f"{_date(day)}: тапсырыс хаттар жоқ / заказных писем нет", st["base"])
        )
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=18 * mm,
        title=f"Post office list {day.isoformat()}",
        author="Derbes",
        initialFontName=fonts.REGULAR,
    )
    try:
        doc.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    except LayoutError as exc:  # an address taller than a page (kept from before the rules)
        raise DomainError.at("letter", "letter_layout") from exc
    return buffer.getvalue()


def _sender_list(sender: SenderList, day: dt.date, st) -> list[Flowable]:
    p = Paragraph
    out: list[Flowable] = [
        p("Ішкі тіркелетін пошта жөнелтілімдерінің тізімі", st["title"]),
        p("Список внутренних регистрируемых почтовых отправлений", st["title"]),
        Spacer(0, 3 * mm),
        p("Вид отправления: заказное письмо / Жөнелтілім түрі: тапсырыс хат", st["base"]),
        p(f"Күні / Дата: <b>{_date(day)}</b>", st["base"]),
        p(
            f"Жіберуші / Отправитель: <b>{_esc(sender.name_kk)}</b> / <b>{_esc(sender.name_ru)}</b>",
            st["base"],
        ),
        p(f"Мекенжайы / Адрес: {_esc(sender.address)}", st["base"]),
    ]
    if sender.phone:
        out.append(p(f"Телефон: {_esc(sender.phone)}", st["base"]))
    out.append(Spacer(0, 4 * mm))
    head = [
        p("№", st["head"]),
        p("Алушы / Адресат", st["head"]),
        p("Мекенжайы / Адрес", st["head"]),
        p("ШПИ / Трек-нөмір", st["head"]),
        p("Салмағы / Вес", st["head"]),
        p("Шығ. № / Исх. №", st["head"]),
    ]
    data = [head]
    for n, item in enumerate(sender.items, 1):
        data.append(
            [
                p(str(n), st["small"]),
                p(_esc(item.addressee), st["small"]),
                p(_esc(item.address), st["small"]),
                p(_esc(item.tracking), st["small"]),
                p(_weight(item.weight), st["small"]),
                p(f"{_esc(item.out_number)}<br/>{_date(item.out_date)}", st["small"]),
            ]
        )
    widths = [9 * mm, 40 * mm, 55 * mm, 32 * mm, 20 * mm, 24 * mm]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),  # Helvetica is never embedded
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
            ]
        )
    )
    out.append(table)
    out.append(Spacer(0, 4 * mm))
    totals = ", ".join(f"{_weight(w)}: {c}" for w, c in sender.totals().items())
    out.append(
        KeepTogether(
            [
                p(
                    f"Барлығы / Всего: <b>{len(sender.items)}</b> ({totals})"
                    if sender.items
                    else "Барлығы / Всего: <b>0</b>",
                    st["base"],
                ),
                Spacer(0, 10 * mm),
                p("Тапсырды / Сдал: ____________________ (қолы / подпись)", st["base"]),
                Spacer(0, 6 * mm),
                p(
                    "Қабылдады / Принял: ____________________ (байланыс бөлімшесі / "
                    "отделение связи, мөр / штемпель)",
                    st["base"],
                ),
            ]
        )
    )
    return out


# --- envelopes -----------------------------------------------------------------------------


def envelopes_pdf(lists: Sequence[SenderList], size: str = "DL") -> bytes:
    """One envelope a letter, ``size`` DL or C5 (landscape pages of the envelope's size)."""
    if size not in ENVELOPES:
        raise DomainError.at("size", "choice", value=size, choices=list(SIZES))
    fonts.register()
    width, height = ENVELOPES[size]
    buffer = io.BytesIO()
    c = pdfcanvas.Canvas(buffer, pagesize=(width, height), initialFontName=fonts.REGULAR)
    c.setTitle(f"Envelopes {size}")
    c.setAuthor("Derbes")
    pages = 0
    for sender in lists:
        for item in sender.items:
            _envelope(c, sender, item, width, height)
            c.showPage()
            pages += 1
    if not pages:
        c.setFont(fonts.REGULAR, 11)
        c.drawString(15 * mm, height / 2, "Конверттер жоқ / Конвертов нет")
        c.showPage()
    c.save()
    return buffer.getvalue()


def _lines(c, x: float, y: float, lines: Sequence[str], size: float, width: float) -> float:
    """Draw ``lines`` from ``y`` down, each wrapped to ``width``; the y below the last."""
    c.setFont(fonts.REGULAR, size)
    for line in lines:
        for part in _wrap(line, size, width):
            c.drawString(x, y, part)
            y -= size * 1.3
    return y


def _wrap(text: str, size: float, width: float) -> list[str]:
    words, out, current = text.split(), [], ""
    for word in words:
        trial = f"{current} {word}".strip()
        if current and fonts.text_width(trial, size) > width:
            out.append(current)
            current = word
        else:
            current = trial
    if current:
        out.append(current)
    return out or [""]


def _envelope(c, sender: SenderList, item: PostItem, width: float, height: float) -> None:
    margin = 10 * mm
    # the sender, top left
    c.setFont(fonts.BOLD, 8)
    c.drawString(margin, height - margin, "Кімнен / От кого:")
    y = _lines(
        c,
        margin,
        height - margin - 11,
        [
            sender.name_kk if item.language == "kk" else sender.name_ru,
            *sender.address_for(item.language).splitlines(),
        ],
        8.5,
        width * 0.42,
    )
    # the tracking number, under the sender
    if item.tracking:
        barcode = Code128(item.tracking, barHeight=11 * mm, barWidth=0.33 * mm, humanReadable=False)
        by = min(y - 4 * mm, height - 42 * mm) - 11 * mm
        barcode.drawOn(c, margin - barcode.lquiet, by)
        c.setFont(fonts.REGULAR, 9)
        c.drawString(margin, by - 4 * mm, item.tracking)
    # the addressee, bottom right
    box_x = width * 0.48
    c.setFont(fonts.BOLD, 8)
    top = height * 0.52 if height > 130 * mm else height * 0.55
    c.drawString(box_x, top, "Кімге / Кому:")
    y = _lines(c, box_x, top - 14, [item.addressee], 11, width - box_x - margin)
    _lines(c, box_x, y - 2, item.address.splitlines() or [""], 10, width - box_x - margin)
    c.setFont(fonts.REGULAR, 6.5)
    c.drawString(margin, 5 * mm, f"{item.out_number}")


# --- writing -------------------------------------------------------------------------------


def save_post_list(
    ctx: Context, day: dt.date, out, force: bool = False, operator_id: int | None = None
):
    """Write the day's list to ``out`` (through the outputs writer); the path and the lists."""
    lists = day_list(ctx, day, operator_id)
    data = post_list_pdf(lists, day)
    path = outputs.write_file(out, data, force=force, protect=outputs.database_files(ctx))
    return path, lists


def save_envelopes(
    ctx: Context,
    day: dt.date,
    out,
    size: str = "DL",
    force: bool = False,
    operator_id: int | None = None,
):
    if size not in ENVELOPES:
        raise DomainError.at("size", "choice", value=size, choices=list(SIZES))
    lists = day_list(ctx, day, operator_id)
    data = envelopes_pdf(lists, size)
    path = outputs.write_file(out, data, force=force, protect=outputs.database_files(ctx))
    return path, lists
