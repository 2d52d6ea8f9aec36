"""The plain-text markup of a letter's body: what a template produces and the officer edits.

A small, fixed set of rules, so that the same text becomes the same letter in PDF and in DOCX::

    # Heading of the letter          the letter's heading (one, at the top)
    ## Section heading               a heading inside the text
    > Centred line                   a line set in the middle (the salutation)
    Text of a paragraph, which       lines that follow each other make one paragraph;
    may run over several lines.      a blank line ends it
    - item                           a bulleted item ("• item" works too)
    1) item                          a numbered item; the number is kept as written ("1." too)
      continued                      an indented line continues the item above it
    | Column | Column |              a table row; cells are separated by "|"
    |--------|--------|              under the first row: that row is the table's header
    ---                              a dividing line (in a bilingual letter: between languages)

Inside any text: ``**bold**`` and ``[[a blank to fill in]]`` (shown highlighted; a letter
with a blank left in it cannot be finalised).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BLANK_OPEN, BLANK_CLOSE = "[[", "]]"


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    blank: bool = False


@dataclass(frozen=True)
class Heading:
    level: int  # 1: the letter's heading; 2: a section heading
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    centred: bool = False


@dataclass(frozen=True)
class ListItem:
    marker: str  # "•" or the number as written ("1)", "2.")
    text: str


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]
    header: bool = False


@dataclass(frozen=True)
class Rule:
    pass


Block = Heading | Paragraph | ListItem | Table | Rule

_NUMBERED = re.compile(r"^(\d{1,3}[.)])\s+(.*)$")
_BULLET = re.compile(r"^[-•–]\s+(.*)$")
_RULE = re.compile(r"^-{3,}\s*$")
_TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _cells(line: str) -> tuple[str, ...]:
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|"):
        text = text[:-1]
    return tuple(cell.strip() for cell in text.split("|"))


def parse(body: str) -> list[Block]:
    """The blocks of a body, in order. Never fails: any text is some letter."""
    blocks: list[Block] = []
    paragraph: list[str] = []
    item: ListItem | None = None
    table: list[tuple[str, ...]] = []
    table_header = False

    def flush() -> None:
        nonlocal paragraph, item, table, table_header
        if paragraph:
            blocks.append(Paragraph(" ".join(paragraph)))
            paragraph = []
        if item is not None:
            blocks.append(item)
            item = None
        if table:
            width = max(len(r) for r in table)
            rows = tuple(r + ("",) * (width - len(r)) for r in table)
            blocks.append(Table(rows, table_header))
            table, table_header = [], False

    for raw in body.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if stripped.startswith("|"):
            if not table:
                flush()
            if _TABLE_SEPARATOR.match(stripped) and len(table) == 1:
                table_header = True
            elif not _TABLE_SEPARATOR.match(stripped):
                table.append(_cells(stripped))
            continue
        if table:
            flush()
        indented = line[:1].isspace()
        if item is not None and indented:
            item = ListItem(item.marker, f"{item.text} {stripped}")
            continue
        if _RULE.match(stripped):
            flush()
            blocks.append(Rule())
            continue
        if stripped.startswith("#"):
            level = len(stripped) - len(stripped.lstrip("#"))
            text = stripped[level:].strip()
            if level <= 2 and text:
                flush()
                blocks.append(Heading(level, text))
                continue
        if stripped.startswith("> ") or stripped == ">":
            flush()
            blocks.append(Paragraph(stripped[1:].strip(), centred=True))
            continue
        bullet = _BULLET.match(stripped)
        numbered = _NUMBERED.match(stripped)
        if bullet or numbered:
            flush()
            if bullet:
                item = ListItem("•", bullet.group(1).strip())
            else:
                item = ListItem(numbered.group(1), numbered.group(2).strip())
            continue
        if item is not None:
            flush()
        paragraph.append(stripped)
    flush()
    return blocks


_INLINE = re.compile(r"(\*\*|\[\[|\]\])")


def runs(text: str) -> list[Run]:
    """Inline ``**bold**`` and ``[[blank]]`` split into runs; unmatched marks stay as text."""
    out: list[Run] = []
    bold = blank = False
    buffer = ""
    parts = _INLINE.split(text)
    # An opening mark without its closing one is plain text.
    opens_bold = text.count("**") // 2 * 2
    seen_bold = 0
    for part in parts:
        if part == "**" and seen_bold < opens_bold:
            seen_bold += 1
            if buffer:
                out.append(Run(buffer, bold, blank))
                buffer = ""
            bold = not bold
        elif part == BLANK_OPEN and not blank and BLANK_CLOSE in text:
            if buffer:
                out.append(Run(buffer, bold, blank))
                buffer = ""
            blank = True
        elif part == BLANK_CLOSE and blank:
            out.append(Run(buffer, bold, True))
            buffer = ""
            blank = False
        else:
            buffer += part
    if buffer:
        if blank:  # never closed: give the mark back
            out.append(Run(BLANK_OPEN + buffer, bold, False))
        else:
            out.append(Run(buffer, bold, blank))
    return [r for r in out if r.text]


def plain(text: str) -> str:
    """The text without inline marks (blanks keep their brackets: they are still blanks)."""
    return "".join(f"{BLANK_OPEN}{r.text}{BLANK_CLOSE}" if r.blank else r.text for r in runs(text))


def blanks(body: str) -> list[str]:
    """The blanks still to fill in, in order."""
    found: list[str] = []
    for block in parse(body):
        texts: list[str] = []
        if isinstance(block, Table):
            texts = [cell for row in block.rows for cell in row]
        elif not isinstance(block, Rule):
            texts = [block.text]
        for text in texts:
            found.extend(r.text for r in runs(text) if r.blank)
    return found


def title(body: str) -> str:
    """The letter's heading: the first level-1 heading, if any."""
    for block in parse(body):
        if isinstance(block, Heading) and block.level == 1:
            return plain(block.text)
    return ""
