"""The case file as one PDF: pure work on what :mod:`app.services.case_file` read (no database).

Its pages, in order: the title with the table of contents; the registration card; how the due
date was counted; the timeline; the list of scans, then every scan (a PDF scan merged page by
page with pypdf, an image - PNG, JPEG, each frame of a TIFF - placed on a page of its own, scaled
to fit); the list of letters (drafts listed, not included), then every final letter's PDF as
stored. Every page is stamped with the case number and "page N of M", and a scan's or letter's
pages with what they are. A scan that does not open is listed with the reason, and the file is
made without it. The frame is set in PT Serif (embedded: Kazakh renders and its text extracts).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.identifiers import mask_iin
from app.letters import fonts
from app.services import case_file_words as words
from app.services.case import Case
from app.services.case_file_pages import (
    LetterFile,
    Part,
    ScanFile,
    day_of,
    letter_part,
    place,
    scan_part,
    stamp,
)
from app.services.requests import REGISTERED_NOTE

LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 15 * mm, 18 * mm, 18 * mm
GREY = colors.HexColor("#555555")
LINE = colors.HexColor("#9aa3b5")
HEAD = colors.HexColor("#e8ecf3")
ALERT = colors.HexColor("#8c2a1c")

Report = Callable[[int, int, str], None]

__all__ = ["CaseFileData", "LetterFile", "Report", "ScanFile", "render"]


@dataclass(frozen=True)
class CaseFileData:
    """Everything the case file shows, read in one go."""

    language: str  # kk | ru: the file's headings
    case: Case
    operator_name: str  # in the file's language
    scans: tuple[ScanFile, ...]
    letters: tuple[LetterFile, ...]
    made_on: dt.date


# --- styles ----------------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    family = fonts.register()
    base = ParagraphStyle("cf", fontName=family, fontSize=10.5, leading=13.5)

    def s(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "title": s("title", fontName=fonts.BOLD, fontSize=17, leading=22, spaceAfter=6),
        "sub": s("sub", fontSize=11, leading=14, textColor=GREY, spaceAfter=14),
        "h1": s("h1", fontName=fonts.BOLD, fontSize=13.5, leading=17, spaceBefore=4, spaceAfter=8),
        "cell": s("cell", fontSize=9.5, leading=12),
        "head": s("head", fontName=fonts.BOLD, fontSize=9.5, leading=12),
        "hash": s("hash", fontSize=7.6, leading=9.5, textColor=GREY),
        "alert": s("alert", fontSize=9.5, leading=12, textColor=ALERT),
        "toc": s("toc", fontSize=10.5, leading=15),
        "toc_sub": s("toc_sub", fontSize=9.5, leading=13, leftIndent=8 * mm),
        "caption": s("caption", fontName=fonts.BOLD, fontSize=10, leading=12),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text or "").replace("\n", "<br/>"), style)


def _table(rows, widths, header: bool = True, extra: list | None = None) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, LINE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD))
    table.setStyle(TableStyle(commands + (extra or [])))
    return table


class _Heading(Paragraph):
    """A section heading whose page the table of contents needs."""

    def __init__(self, text: str, style: ParagraphStyle, key: str):
        super().__init__(escape(text), style)
        self.toc_key = key


class _Doc(BaseDocTemplate):
    def __init__(self, buffer, **kw):
        super().__init__(buffer, **kw)
        self.heading_pages: dict[str, int] = {}
        frame = Frame(LEFT, BOTTOM, A4[0] - LEFT - RIGHT, A4[1] - TOP - BOTTOM, id="f")
        self.addPageTemplates([PageTemplate(id="p", frames=[frame])])

    def afterFlowable(self, flowable):  # noqa: N802 - reportlab's name
        key = getattr(flowable, "toc_key", None)
        if key:
            self.heading_pages[key] = self.page


WIDTH = A4[0] - LEFT - RIGHT


# --- the frame: title, contents, card, deadline, timeline, the lists ------------------------


def _card(data: CaseFileData, st) -> list:
    lang, r = data.language, data.case.request
    w = words.WORDS[lang]
    subject = data.case.subject
    rows = [
        (w["operator"], data.operator_name),
        (w["reg_number"], r.reg_number),
        (w["type"], words.type_label(r.type, lang)),
        (w["received"], words.date(r.received_date, lang)),
        (w["registered"], words.date(r.registered_date, lang)),
        (w["postmark"], words.date(r.postmark_date, lang)),
        (w["letter_date"], words.date(r.letter_date, lang)),
        (w["channel"], words.channel_label(r.channel, lang)),
        (w["sender"], r.sender),
        (w["address"], r.sender_address or w["none"]),
        (w["language"], words.language_label(r.language, lang)),
        (w["signed"], w["signed_yes"] if r.signed else w["signed_no"]),
        (w["summary"], r.summary or w["none"]),
    ]
    if subject is not None:
        who = subject.full_name
        if subject.iin:
            who += f", {w['iin']} {mask_iin(subject.iin)}"
        rows.append((w["subject"], who))
    else:
        rows.append((w["subject"], w["no_subject"]))
    rows += [
        (w["assignee"], r.assignee or w["none"]),
        (w["status"], words.status_label(r.status, lang)),
        (w["due"], words.date(r.due_date, lang)),
    ]
    if r.closed_date:
        rows.append((w["closed"], words.date(r.closed_date, lang)))
    table = [[_p(a, st["head"]), _p(b, st["cell"])] for a, b in rows]
    return [_heading(w["card"], st, "card"), _table(table, [55 * mm, WIDTH - 55 * mm], False)]


def _heading(text: str, st, key: str) -> _Heading:
    return _Heading(text, st["h1"], key)


def _deadline(data: CaseFileData, st) -> list:
    lang = data.language
    rows = [
        [_p(a, st["head"]), _p(b, st["cell"])]
        for a, b in words.deadline_rows(data.case.deadline, lang)
    ]
    return [
        _heading(words.word("deadline", lang), st, "deadline"),
        _table(rows, [55 * mm, WIDTH - 55 * mm], False),
    ]


def _moment(at: dt.datetime) -> str:
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone().strftime("%d.%m.%Y %H:%M")


def _timeline(data: CaseFileData, st) -> list:
    lang = data.language
    w = words.WORDS[lang]
    out: list = [_heading(w["timeline"], st, "timeline")]
    if not data.case.timeline:
        return [*out, _p(w["no_events"], st["cell"])]
    rows = [[_p(w["when"], st["head"]), _p(w["who"], st["head"]), _p(w["event"], st["head"])]]
    for e in data.case.timeline:
        headline, details = words.event_text(
            e.kind,
            lang,
            from_status=e.from_status,
            to_status=e.to_status,
            day=e.day,
            days=e.days,
            reason=e.reason,
            note="" if e.reason == REGISTERED_NOTE else e.reason,
            step=e.step,
            detail=e.detail,
        )
        text = f"{headline}\n{details}" if details else headline
        rows.append([_p(_moment(e.at), st["cell"]), _p(e.actor, st["cell"]), _p(text, st["cell"])])
    return [*out, _table(rows, [30 * mm, 32 * mm, WIDTH - 62 * mm])]


def _scan_list(data: CaseFileData, parts: list[Part], st) -> list:
    lang = data.language
    w = words.WORDS[lang]
    out: list = [PageBreak(), _heading(w["scans"], st, "scans")]
    if not parts:
        return [*out, _p(w["no_scans"], st["cell"])]
    rows = [[_p(h, st["head"]) for h in (w["file"], w["kind"], w["pages"], w["state"])]]
    extra = []
    for scan, part in zip(data.scans, parts, strict=True):
        if part.problem:
            state = _p(part.problem, st["alert"])
        else:
            state = _p(words.word("in_file", lang, page=part.start), st["cell"])
        if scan.flagged_for_destruction and scan.destroyed_at is None:
            state = [state, _p(w["id_copy"], st["alert"])]
        rows.append(
            [
                _p(part.label, st["cell"]),
                _p(scan.content_type.split("/")[-1].upper(), st["cell"]),
                _p(str(len(part.pages)), st["cell"]),
                state,
            ]
        )
        rows.append([_p(f"SHA-256: {scan.sha256}", st["hash"]), "", "", ""])
        extra.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
    return [*out, _table(rows, [70 * mm, 18 * mm, 18 * mm, WIDTH - 106 * mm], extra=extra)]


def _letter_list(data: CaseFileData, parts: list[Part], st) -> list:
    lang = data.language
    w = words.WORDS[lang]
    out: list = [PageBreak(), _heading(w["letters"], st, "letters")]
    if not parts:
        return [*out, _p(w["no_letters"], st["cell"])]
    heads = (w["out_number"], w["date"], w["kind"], w["letter_language"], w["state"])
    rows = [[_p(h, st["head"]) for h in heads]]
    extra = []
    for letter, part in zip(data.letters, parts, strict=True):
        if part.problem:
            state = [_p(part.problem, st["alert" if letter.final else "cell"])]
        else:
            state = [_p(w["final"], st["cell"])]
            state.append(_p(words.word("in_file", lang, page=part.start), st["cell"]))
        if letter.sent_on:
            state.append(
                _p(words.word("sent_on", lang, date=words.date(letter.sent_on, lang)), st["cell"])
            )
        rows.append(
            [
                _p(letter.out_number or w["none"], st["cell"]),
                _p(words.date(letter.out_date or day_of(letter.created_at), lang), st["cell"]),
                _p(words.kind_label(letter.kind, lang), st["cell"]),
                _p(words.language_label(letter.language, lang), st["cell"]),
                state,
            ]
        )
        if letter.final and letter.sha256:
            rows.append([_p(f"SHA-256: {letter.sha256}", st["hash"]), "", "", "", ""])
            extra.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
    widths = [38 * mm, 22 * mm, 45 * mm, 22 * mm, WIDTH - 127 * mm]
    return [*out, _table(rows, widths, extra=extra)]


def _contents(data: CaseFileData, pages: dict[str, int], scans, letters, st) -> list:
    lang = data.language
    w = words.WORDS[lang]
    rows = []
    extra = []

    def line(text: str, page: int | None, style: str = "toc") -> None:
        rows.append([_p(text, st[style]), _p(str(page) if page else "—", st["toc"])])

    for n, key in enumerate(("card", "deadline", "timeline", "scans", "letters"), 1):
        line(f"{n}. {w[key]}", pages.get(key))
        for part in scans if key == "scans" else letters if key == "letters" else ():
            line(part.toc, part.start if part.pages else None, "toc_sub")
    table = Table(rows, colWidths=[WIDTH - 20 * mm, 20 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, LINE),
                *extra,
            ]
        )
    )
    return [Paragraph(escape(w["contents"]), st["h1"]), table]


def _frame_pdf(data: CaseFileData, scans: list[Part], letters: list[Part], pages: dict) -> tuple:
    """The frame's PDF and the pages of its headings (``pages``: the numbers to print)."""
    st = _styles()
    lang = data.language
    r = data.case.request
    buffer = io.BytesIO()
    doc = _Doc(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=words.word("title", lang, number=r.reg_number),
        author=data.operator_name,
        creator="Derbes",
        initialFontName=fonts.REGULAR,
    )
    story = [
        Paragraph(escape(words.word("title", lang, number=r.reg_number)), st["title"]),
        _p(
            f"{data.operator_name}\n{r.sender} · {words.type_label(r.type, lang)}\n"
            + words.word("made", lang, date=words.date(data.made_on, lang)),
            st["sub"],
        ),
        *_contents(data, pages, scans, letters, st),
        PageBreak(),
        *_card(data, st),
        Spacer(1, 8 * mm),
        *_deadline(data, st),
        PageBreak(),
        *_timeline(data, st),
        *_scan_list(data, scans, st),
        *_letter_list(data, letters, st),
    ]
    doc.build(story)
    return buffer.getvalue(), dict(doc.heading_pages)


# --- the whole file --------------------------------------------------------------------------


def render(data: CaseFileData, report: Report | None = None) -> bytes:
    """The case file's PDF bytes; ``report(done, total, text)`` is told how far it got (and may
    raise to stop it, as a cancelled operation's progress does)."""
    lang = data.language
    total = len(data.scans) + len(data.letters) + 2
    done = 0

    def step(text: str) -> None:
        nonlocal done
        done += 1
        if report:
            report(done, total, text)

    if report:
        report(0, total, "")
    scans = []
    for n, scan in enumerate(data.scans, 1):
        scans.append(scan_part(n, scan, lang))
        step(scan.file_name)
    letters = []
    for letter in data.letters:
        letters.append(letter_part(letter, lang))
        step(letter.out_number or letter.kind)

    # The contents name pages that depend on the frame's length, and the frame holds the
    # contents: lay out until the numbers stand still (twice, in practice).
    pages: dict[str, int] = {}
    starts: list[int] | None = None
    for _ in range(5):
        frame, headings = _frame_pdf(data, scans, letters, pages)
        placed = place(scans + letters, len(PdfReader(io.BytesIO(frame)).pages))
        if headings == pages and placed == starts:
            break
        pages, starts = headings, placed
    step("")

    writer = PdfWriter()
    labels: list[str] = []
    for page in PdfReader(io.BytesIO(frame)).pages:
        writer.add_page(page)
        labels.append("")
    for part in scans + letters:
        for n, page in enumerate(part.pages, 1):
            writer.add_page(page)
            count = len(part.pages)
            labels.append(part.label if count == 1 else f"{part.label} · {n}/{count}")
    stamp(writer, labels, data.case.request.reg_number, lang)
    writer.add_metadata(
        {
            "/Title": words.word("title", lang, number=data.case.request.reg_number),
            "/Author": data.operator_name,
            "/Creator": "Derbes",
        }
    )
    out = io.BytesIO()
    writer.write(out)
    step("")
    return out.getvalue()
