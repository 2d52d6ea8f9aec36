"""A letter as a DOCX the officer can edit in Word or LibreOffice.

Every paragraph carries a named style (``Letter Body``, ``Letter Heading``, ``Requisites`` …),
so a change of font or spacing is one change to a style, not to each paragraph. It matches the PDF:
the same font (PT Serif, named everywhere and embedded: :mod:`app.letters.word_fonts`), the same
A4 margins, the draft mark at the top right of every page, blanks highlighted, Word's own lists
(:mod:`app.letters.word_lists`). The letterhead sits in the first page's header; from page 2 the
header carries the page number (a Word field) at the top centre, as office-work rules place it,
and page 1 none. Each run is tagged with its language (kk-KZ, ru-RU; a bilingual letter's halves
each their own), so Word checks the spelling in the right one.
"""

from __future__ import annotations

import dataclasses
import io
import re
from functools import cache
from typing import NamedTuple

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Mm, Pt, RGBColor
from docx.text.run import Run

from app.domain.errors import DomainError
from app.letters import fonts, markup, word_fonts, word_lists, wording
from app.letters.document import NON_BREAKING_HYPHEN, Letter
from app.letters.kinds import BILINGUAL
from app.letters.pdf import BOTTOM, LEFT, RIGHT, TOP, WIDTH

GREY = RGBColor(0x55, 0x55, 0x55)
DRAFT_RED = RGBColor(0xB0, 0x3A, 0x2E)
RULE = "2B3A55"
HEAD_FILL = "EEF0F4"  # a table's header row, as in the PDF
INDENT = Cm(1.25)
LIST_HANGING = Cm(0.6)
TEXT_WIDTH = Pt(WIDTH)
HEADER_DISTANCE = Mm(10)  # where the PDF draws the draft mark and the page number
LANGUAGE_TAGS = {"kk": "kk-KZ", "ru": "ru-RU"}  # a bilingual letter: Kazakh, its first half
# What follows w:pBdr in w:pPr, and w:tblBorders in w:tblPr (ECMA-376 element order).
_AFTER_PBDR = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
_AFTER_TCSHD = (
    "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
    "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange",
)  # fmt: skip
_AFTER_TBLBORDERS = (
    "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription",
    "w:tblPrChange",
)  # fmt: skip


def _set_font(style, size: float, bold: bool | None = None) -> None:
    style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    word_fonts.name_font(style.element.get_or_add_rPr())


def _paragraph_style(doc, name: str, size: float = 12, bold: bool | None = None, **fmt):
    styles = doc.styles
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    style.quick_style = True
    _set_font(style, size, bold)
    pf = style.paragraph_format
    for key, value in fmt.items():
        setattr(pf, key, value)
    return style


def _bottom_border(style, color: str = RULE, size: int = 12) -> None:
    ppr = style.element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "double")
    bottom.set(qn("w:sz"), str(size))
    bottom.set(qn("w:space"), "4")
    bottom.set(qn("w:color"), color)
    borders.append(bottom)
    ppr.insert_element_before(borders, *_AFTER_PBDR)  # Word insists on the schema's order


def _styles(doc) -> None:
    normal = doc.styles["Normal"]
    _set_font(normal, 12)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.1
    center, justify, right = (
        WD_ALIGN_PARAGRAPH.CENTER,
        WD_ALIGN_PARAGRAPH.JUSTIFY,
        WD_ALIGN_PARAGRAPH.RIGHT,
    )
    _paragraph_style(doc, "Letterhead Name", 10.5, True, alignment=center)
    details = _paragraph_style(doc, "Letterhead Details", 8.5, alignment=center, space_after=Pt(4))
    details.font.color.rgb = GREY
    _bottom_border(details)
    _paragraph_style(doc, "Requisites", 10.5)
    _paragraph_style(doc, "Addressee Name", 12, True, left_indent=Cm(1.2))
    _paragraph_style(doc, "Addressee", 12, left_indent=Cm(1.2))
    _paragraph_style(doc, "Approval", 11, left_indent=Cm(1.4))
    _paragraph_style(doc, "Letter Heading", 12, True, space_before=Pt(18), space_after=Pt(10))
    _paragraph_style(doc, "Act Heading", 13, True, alignment=center, space_before=Pt(12))
    _paragraph_style(doc, "Act Number", 12, alignment=center, space_after=Pt(12))
    _paragraph_style(
        doc,
        "Letter Subheading",
        12,
        True,
        space_before=Pt(8),
        space_after=Pt(4),
        keep_with_next=True,
    )
    _paragraph_style(
        doc, "Letter Body", 12, alignment=justify, first_line_indent=INDENT, space_after=Pt(3)
    )
    _paragraph_style(
        doc, "Letter Centred", 12, alignment=center, space_before=Pt(4), space_after=Pt(8)
    )
    _paragraph_style(
        doc,
        "Letter List",
        12,
        alignment=justify,
        left_indent=INDENT + LIST_HANGING,
        first_line_indent=-LIST_HANGING,
        space_after=Pt(2),
    )
    _paragraph_style(
        doc, "Letter Divider", 6, alignment=center, space_before=Pt(8), space_after=Pt(10)
    )
    _paragraph_style(doc, "Table Text", 10)
    _paragraph_style(doc, "Attachments", 11, space_before=Pt(10))
    _paragraph_style(doc, "Signature", 12, space_before=Pt(28))
    _paragraph_style(doc, "Signature Name", 12, True, alignment=right, space_before=Pt(28))
    executor = _paragraph_style(doc, "Executor", 9, space_before=Pt(36))
    executor.font.color.rgb = GREY
    page = _paragraph_style(doc, "Page Number", 8.5)
    page.font.color.rgb = GREY
    page.paragraph_format.tab_stops.add_tab_stop(Emu(TEXT_WIDTH // 2), WD_TAB_ALIGNMENT.CENTER)
    page.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    # Page 1: the draft mark's line above the letterhead (empty on a final letter), so the
    # letterhead starts at the PDF's top margin.
    mark = _paragraph_style(doc, "Draft Mark", 9, alignment=right, line_spacing=Pt(11))
    mark.paragraph_format.space_after = Emu(Pt(TOP) - HEADER_DISTANCE - Pt(11))
    draft = doc.styles.add_style("Draft", WD_STYLE_TYPE.CHARACTER)
    _set_font(draft, 9, True)
    draft.font.color.rgb = DRAFT_RED
    blank = doc.styles.add_style("Blank To Fill", WD_STYLE_TYPE.CHARACTER)
    blank.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _set_language(rpr, tag: str) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.insert_element_before(
            lang, "w:eastAsianLayout", "w:specVanish", "w:oMath", "w:rPrChange"
        )
    lang.set(qn("w:val"), tag)


def _tag(element, language: str) -> None:
    """Every run under ``element`` marked as text in ``language`` (kk or ru)."""
    for run in element.iter(qn("w:r")):
        _set_language(word_fonts.run_properties(run), LANGUAGE_TAGS[language])


# The XML parts a letter never changes, kept as the base wrote them: each letter's package
# carries them as they are instead of parsing and writing them again (the styles, 370 KB, were
# most of a letter's XML; the theme and the fonts python-docx reads as bytes anyway).
_KEPT_PARTS = ("/word/styles.xml",)


class _Base(NamedTuple):
    package: bytes  # the base document, its kept parts left empty
    style_ids: dict[str, str]
    lists: dict[str, int]
    kept: dict[str, bytes]  # each kept part's XML, by its name in the package


@cache  # one per language tag: kk, ru
def _base(language: str) -> _Base:
    """An empty document with the letter styles, PT Serif named and embedded, the list
    definitions, its defaults and styles in ``language``; the style ids by name and the lists'
    ids by marker kind. Made once per language, because python-docx looks a style up by scanning
    them all, and the fonts are read and obfuscated once."""
    doc = Document()
    _styles(doc)
    word_fonts.name_in_styles(doc)
    word_fonts.embed(doc)
    lists = word_lists.define(doc, Emu(INDENT + LIST_HANGING).twips, LIST_HANGING.twips)
    styles = doc.styles.element
    for rpr in styles.xpath("w:docDefaults/w:rPrDefault/w:rPr | w:style/w:rPr"):
        _set_language(rpr, LANGUAGE_TAGS[language])
    settings = doc.settings.element
    for state in settings.findall(qn("w:proofState")):  # "checked and clean": check it again
        settings.remove(state)
    style_ids = {style.name: style.style_id for style in doc.styles}
    kept = {}
    for part in doc.part.package.iter_parts():
        if part.partname in _KEPT_PARTS:
            kept[str(part.partname)] = part.blob
            part._element = part._element.makeelement(part._element.tag, nsmap=part._element.nsmap)
    return _Base(word_fonts.save(doc), style_ids, lists, kept)


def _style_id(name: str) -> str:
    return _base("kk").style_ids[name]  # the same ids in every language's base


_PPR, _PSTYLE, _VAL, _SPACE = qn("w:pPr"), qn("w:pStyle"), qn("w:val"), qn("xml:space")
_NOT_PLAIN = re.compile("[\t\n\r]")  # what python-docx turns into w:tab and w:br


def _styled(paragraph, name: str):
    """``paragraph`` in the style ``name``. Its w:pPr is its first child and w:pStyle the first
    of those properties: placed directly (python-docx looks for each of the three dozen
    elements that may follow them, a good part of a letter's time)."""
    p = paragraph._p
    ppr = p.find(_PPR)
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        p.insert(0, ppr)
    pstyle = ppr.find(_PSTYLE)
    if pstyle is None:
        pstyle = OxmlElement("w:pStyle")
        ppr.insert(0, pstyle)
    pstyle.set(_VAL, _style_id(name))
    return paragraph


def _run(paragraph, text: str) -> Run:
    """A run of ``text`` at the end of ``paragraph``, as ``add_run`` makes it (its w:t, space
    kept when the text starts or ends with one), without its character-by-character pass."""
    if _NOT_PLAIN.search(text):
        return paragraph.add_run(text)
    r = OxmlElement("w:r")
    if text:
        t = OxmlElement("w:t")
        t.text = text
        if len(text.strip()) < len(text):
            t.set(_SPACE, "preserve")
        r.append(t)
    paragraph._p.append(r)
    return Run(r, paragraph)


def _add(container, name: str, text: str = ""):
    """A new paragraph of style ``name`` at the end of a document, cell or header."""
    return _styled(container.add_paragraph(text), name)


def _runs(paragraph, text: str) -> None:
    for run in markup.runs(text):
        r = _run(paragraph, run.text)
        if run.bold:
            r.bold = True
        if run.blank:  # highlighted on the run itself too: LibreOffice ignores a style's
            r._r.style = _style_id("Blank To Fill")
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _lines(paragraph, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        run = _run(paragraph, line)
        if i < len(lines) - 1:
            run.add_break()


def _role_lines(paragraph, role: str, letter: Letter) -> int:
    """A position's lines (how many); in a bilingual letter its Kazakh line and its Russian
    one, each tagged with its language."""
    lines = [line for line in role.splitlines() if line.strip()]
    _lines(paragraph, lines)
    if letter.language == BILINGUAL and len(lines) == 2:
        _tag(paragraph.runs[-1]._r, "ru")
    return len(lines)


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.insert_element_before(borders, *_AFTER_TBLBORDERS)


def _widths(table, widths) -> None:
    """Column widths in the grid (LibreOffice reads these) and in each cell (Word does)."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    cells = table._cells  # each row's cells, one pass (a row's .cells makes them all again)
    for i, cell in enumerate(cells):
        cell.width = widths[i % len(widths)]


def _field(paragraph, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _draft(paragraph, letter: Letter) -> None:
    if letter.draft:
        paragraph.add_run(wording.label("draft", letter.language))._r.style = _style_id("Draft")


def _headers(section, letter: Letter) -> None:
    """Page 1: the draft mark's line and the letterhead. From page 2: the page number at the
    top centre and the draft mark at the right, on one line (tab stops of ``Page Number``)."""
    first = section.first_page_header
    _letterhead(first, letter)
    mark = _add(first, "Draft Mark")
    first._element.insert(0, mark._p)  # above the letterhead
    _draft(mark, letter)
    head = letter.letterhead
    for run in first._element.iter(qn("w:r")):
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        if text and text in (head.name_kk, head.name_ru):  # each name in its own language
            _tag(run, "ru" if text == head.name_ru else "kk")
    numbers = _styled(section.header.paragraphs[0], "Page Number")
    numbers.add_run("\t")
    _field(numbers, "PAGE")
    if letter.draft:
        numbers.add_run("\t")
        _draft(numbers, letter)


def _letterhead(header, letter: Letter) -> None:
    """The operator's requisites in the letter's language only (a bilingual letter: both
    names side by side), as the PDF prints them."""
    head = letter.letterhead
    found = head.names()
    if len(found) == 1:
        table = header.add_table(1, 1, TEXT_WIDTH)
        _no_borders(table)
        _widths(table, [TEXT_WIDTH])
        cells = [(table.cell(0, 0), found[0])]
    else:
        table = header.add_table(1, 3, TEXT_WIDTH)
        _no_borders(table)
        _widths(table, [Mm(76), Mm(13), Mm(76)])
        cells = [(table.cell(0, 0), found[0]), (table.cell(0, 2), found[1])]
    for cell, name in cells:
        _styled(cell.paragraphs[0], "Letterhead Name")
        cell.paragraphs[0].add_run(name)
    first = header.paragraphs[0]  # the header's own empty paragraph, before the table
    first._p.getparent().remove(first._p)
    details = _add(header, "Letterhead Details")
    _lines(details, head.details())


def _requisites(doc, letter: Letter) -> None:
    """The outgoing number line and the reference (left), the addressee (right)."""
    table = doc.add_table(1, 2)
    _no_borders(table)
    _widths(table, [Mm(74), Mm(91)])
    left = table.cell(0, 0).paragraphs[0]
    _styled(left, "Requisites")
    # a number («ДД-2026/0042») is never broken at its hyphen, which Word would do
    _lines(left, [line.replace("-", NON_BREAKING_HYPHEN) for line in letter.number_lines()])
    right = table.cell(0, 1)
    if letter.addressee is not None:
        name = right.paragraphs[0]
        _styled(name, "Addressee Name")
        _lines(name, letter.addressee.name_lines())
        if letter.addressee.lines():
            _lines(_add(right, "Addressee"), letter.addressee.lines())


def _word_hyphens(doc) -> None:
    """Every non-breaking hyphen of the text (U+2011: «94-V», the numbers of the requisites)
    as Word's own ``w:noBreakHyphen``: Word and LibreOffice keep the line whole there, and the
    text reads (and is found) with a plain hyphen."""
    parts = [doc.element.body]
    for section in doc.sections:
        parts += [section.first_page_header._element, section.header._element]
    for part in parts:
        for text in part.iter(qn("w:t")):
            if text.text is None or NON_BREAKING_HYPHEN not in text.text:
                continue
            pieces = text.text.split(NON_BREAKING_HYPHEN)
            text.text = pieces[0]
            at = text
            for piece in pieces[1:]:
                hyphen = OxmlElement("w:noBreakHyphen")
                at.addnext(hyphen)
                at = OxmlElement("w:t")
                at.text = piece
                at.set(qn("xml:space"), "preserve")
                hyphen.addnext(at)


def _approval(doc, letter: Letter) -> None:
    sign = letter.approval
    table = doc.add_table(1, 2)
    _no_borders(table)
    _widths(table, [Mm(82), Mm(83)])
    paragraph = table.cell(0, 1).paragraphs[0]
    _styled(paragraph, "Approval")
    head = paragraph.add_run(wording.label("approve", letter.language))
    head.bold = True
    head.add_break()
    if _role_lines(paragraph, sign.role, letter):
        paragraph.runs[-1].add_break()
    _lines(paragraph, [f"______________ {sign.name}", "«___» ______________ 20___"])


def _act_number(doc, letter: Letter) -> None:
    _add(doc, "Act Number", letter.act_number())


def _table(doc, block: markup.Table) -> None:
    width = len(block.rows[0])
    table = doc.add_table(len(block.rows), width)
    table._tbl.tblPr.style = _style_id("Table Grid")
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    points = fonts.column_widths(block.rows, block.header, TEXT_WIDTH.pt)
    _widths(table, [Pt(p) for p in points])
    cells = table._cells  # table.cell(i, j) makes every cell of the table again each time
    for i, row in enumerate(block.rows):
        for j, text in enumerate(row):
            paragraph = cells[i * width + j].paragraphs[0]
            _styled(paragraph, "Table Text")
            _runs(paragraph, f"**{text}**" if block.header and i == 0 and text else text)
    if block.header:  # shaded as in the PDF, and repeated on every page the table runs onto
        row = table.rows[0]
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for cell in row.cells:
            shading = OxmlElement("w:shd")
            for name, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", HEAD_FILL)):
                shading.set(qn(name), value)
            cell._tc.get_or_add_tcPr().insert_element_before(shading, *_AFTER_TCSHD)
    _add(doc, "Letter Divider")


def _body(doc, letter: Letter) -> None:
    numbered = False
    lists = word_lists.Lists(doc, _base("kk").lists)
    # A bilingual body is the Kazakh text, a rule, the Russian text (the service joins them).
    half = "kk" if letter.language == BILINGUAL else None
    for block in letter.blocks(NON_BREAKING_HYPHEN):  # Word would break «94-V» at its hyphen
        start = len(doc.element.body)
        if not isinstance(block, markup.ListItem):
            lists.end()
        if isinstance(block, markup.Heading):
            if block.level == 1:
                style = "Act Heading" if letter.internal else "Letter Heading"
                _runs(_add(doc, style), block.text)
                if letter.internal and not numbered:  # once, under the first heading
                    _act_number(doc, letter)
                    numbered = True
            else:
                _runs(_add(doc, "Letter Subheading"), block.text)
        elif isinstance(block, markup.Paragraph):
            style = "Letter Centred" if block.centred else "Letter Body"
            _runs(_add(doc, style), block.text)
        elif isinstance(block, markup.ListItem):
            item = _add(doc, "Letter List")
            lists.item(item, block.marker)
            _runs(item, block.text)
        elif isinstance(block, markup.Table):
            _table(doc, block)
        elif isinstance(block, markup.Rule):
            _add(doc, "Letter Divider", "* * *")
            if half == "kk":
                half = "ru"
                continue
        if half == "ru":
            for element in list(doc.element.body)[start - 1 : -1]:  # before the w:sectPr
                _tag(element, "ru")


def _closing(doc, letter: Letter) -> None:
    if letter.attachments:
        head = wording.label("attachments", letter.language)
        paragraph = _add(doc, "Attachments")
        if len(letter.attachments) == 1:
            _runs(paragraph, f"{head}: {letter.attachments[0]}")
        else:
            _lines(paragraph, [f"{head}:"])
            for i, item in enumerate(letter.attachments, 1):
                paragraph.add_run().add_break()
                _runs(paragraph, f"{i}) {item}")
    if letter.signatures:
        table = doc.add_table(len(letter.signatures), 3)
        _no_borders(table)
        _widths(table, [Mm(82), Mm(33), Mm(50)])
        for i, sign in enumerate(letter.signatures):
            role = table.cell(i, 0).paragraphs[0]
            _styled(role, "Signature")
            _role_lines(role, sign.role, letter)
            if letter.internal:
                line = table.cell(i, 1).paragraphs[0]
                _styled(line, "Signature")
                line.add_run("______________")
            name = table.cell(i, 2).paragraphs[0]
            _styled(name, "Signature Name")
            name.add_run(sign.name)
    executor = []
    if letter.executor_name:
        executor.append(f"{wording.label('executor', letter.language)}: {letter.executor_name}")
    if letter.executor_phone:
        executor.append(f"{wording.label('phone', letter.language)}: {letter.executor_phone}")
    if executor:
        _lines(_add(doc, "Executor"), executor)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _has_non_xml(value, depth: int = 0) -> bool:
    """Whether any text in ``value`` (a letter, its parts) holds a character XML cannot carry."""
    if isinstance(value, str):
        return _NOT_XML.search(value) is not None
    if depth > 8:
        return False
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return any(
            _has_non_xml(getattr(value, f.name), depth + 1) for f in dataclasses.fields(value)
        )
    if isinstance(value, list | tuple):
        return any(_has_non_xml(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return any(_has_non_xml(v, depth + 1) for v in value.values())
    return False


def render_docx(letter: Letter) -> bytes:
    """The letter as DOCX bytes."""
    if _has_non_xml(letter):  # stored before the input rules refused control characters
        raise DomainError.at("letter", "letter_characters")
    language = letter.language if letter.language in LANGUAGE_TAGS else "kk"
    base = _base(language)
    doc = Document(io.BytesIO(base.package))
    section = doc.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Pt(LEFT), Pt(RIGHT)  # the PDF's margins
    section.top_margin, section.bottom_margin = Pt(TOP), Pt(BOTTOM)
    section.header_distance, section.footer_distance = HEADER_DISTANCE, Mm(8)
    section.different_first_page_header_footer = True
    _headers(section, letter)

    body = doc.paragraphs[0] if doc.paragraphs else None
    if body is not None:  # the template's empty first paragraph
        body._p.getparent().remove(body._p)
    if letter.internal:
        if letter.approval is not None:
            _approval(doc, letter)
    else:
        _requisites(doc, letter)
    _body(doc, letter)
    _closing(doc, letter)
    if doc.element.body[-2].tag == qn("w:tbl"):  # a story ends with a paragraph, not a table
        _add(doc, "Normal")
    for story in (doc.element.body, section.first_page_header._element, section.header._element):
        word_fonts.name_in_runs(story)
        for run in story.iter(qn("w:r")):  # the rest in the letter's language
            if run.rPr is None or run.rPr.find(qn("w:lang")) is None:
                _tag(run, language)

    props = doc.core_properties
    props.title = letter.title
    props.subject = letter.title
    props.author = (
        letter.letterhead.name_ru if letter.language == "ru" else letter.letterhead.name_kk
    )
    props.comments = "Derbes"
    props.last_modified_by = "Derbes"
    _word_hyphens(doc)
    return word_fonts.save(doc, kept=base.kept)
