"""The fonts letters are set in, from ``app/resources/fonts`` (never from the system)."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import resource_path

FAMILY = "PTSerif"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = (
    FAMILY,
    f"{FAMILY}-Bold",
    f"{FAMILY}-Italic",
    f"{FAMILY}-BoldItalic",
)
FILES = {
    REGULAR: "PTSerif-Regular.ttf",
    BOLD: "PTSerif-Bold.ttf",
    ITALIC: "PTSerif-Italic.ttf",
    BOLD_ITALIC: "PTSerif-BoldItalic.ttf",
}
# The letters a Kazakh letter cannot do without, checked when the fonts load.
KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"

# The family's name in the files' name table: what a DOCX names, so Word and LibreOffice set the
# letter in the PDF's font. Few computers have it, so the DOCX carries the files
# (:mod:`app.letters.word_fonts`); the licence allows embedding them in documents.
DOCX_FONT = "PT Serif"
# The faces a DOCX embeds, by the slot ECMA-376 gives each (w:embedRegular, w:embedBold): the
# ones a letter is set in. Italic ones would double the file and its time to write (the fonts
# are most of both); Word and LibreOffice slant the regular face if the officer asks for italic.
DOCX_FACES = {"Regular": REGULAR, "Bold": BOLD}


@lru_cache(maxsize=1)
def register() -> str:
    """Register the family with reportlab once; returns its name."""
    for name, file_name in FILES.items():
        font = TTFont(name, str(resource_path("fonts", file_name)))
        missing = [ch for ch in KAZAKH_LETTERS if ord(ch) not in font.face.charToGlyph]
        if missing:  # pragma: no cover - the shipped fonts cover them (tested)
            raise RuntimeError(f"{file_name} lacks {''.join(missing)}")
        pdfmetrics.registerFont(font)
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    return FAMILY


@lru_cache(maxsize=len(FILES))
def file_bytes(name: str) -> bytes:
    """The TrueType file of the face ``name`` (one of :data:`FILES`)."""
    return resource_path("fonts", FILES[name]).read_bytes()


@dataclass(frozen=True)
class Classification:
    """What a face says of itself in its OS/2 table: its PANOSE class and the Unicode ranges and
    code pages it covers. A DOCX's font table repeats them, so a reader without the font picks a
    similar one and knows it covers Cyrillic."""

    panose: str  # ten bytes, in hex
    unicode_ranges: tuple[int, int, int, int]
    code_pages: tuple[int, int]


@lru_cache(maxsize=len(FILES))
def classification(name: str = REGULAR) -> Classification:
    data = file_bytes(name)
    (count,) = struct.unpack_from(">H", data, 4)
    for i in range(count):
        tag, _checksum, offset, _length = struct.unpack_from(">4sLLL", data, 12 + 16 * i)
        if tag == b"OS/2":
            return Classification(
                panose=data[offset + 32 : offset + 42].hex().upper(),
                unicode_ranges=struct.unpack_from(">4L", data, offset + 42),
                code_pages=struct.unpack_from(">2L", data, offset + 78),
            )
    raise RuntimeError(f"{FILES[name]} has no OS/2 table")  # pragma: no cover - shipped fonts do


def covers(text: str, name: str = REGULAR) -> list[str]:
    """Characters of ``text`` the font has no glyph for (spaces and line breaks aside)."""
    register()
    face = pdfmetrics.getFont(name).face
    return sorted({ch for ch in text if not ch.isspace() and ord(ch) not in face.charToGlyph})


def text_width(text: str, size: float = 10, bold: bool = False) -> float:
    """Width of ``text`` in points, set in the letters' font."""
    register()
    return pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size)


def column_widths(
    rows: tuple[tuple[str, ...], ...], header: bool, total: float, size: float = 10
) -> list[float]:
    """Widths for a table's columns that add up to ``total``.

    Each column gets at least its longest word (so no word is broken), then the rest of the room
    goes to the columns whose text is longer than that, in proportion to what they lack.
    """
    padding = 8
    columns = len(rows[0])
    least = [0.0] * columns
    wanted = [0.0] * columns
    for i, row in enumerate(rows):
        bold = header and i == 0
        for c, cell in enumerate(row):
            words = cell.replace("**", "").split() or [""]
            least[c] = max(least[c], max(text_width(w, size, bold) for w in words) + padding)
            wanted[c] = max(wanted[c], text_width(cell.replace("**", ""), size, bold) + padding)
    if sum(least) >= total:
        return [total * w / sum(least) for w in least]
    if sum(wanted) <= total:
        spare = total - sum(wanted)
        return [w + spare * w / sum(wanted) for w in wanted]
    room = total - sum(least)
    lacking = [w - m for w, m in zip(wanted, least, strict=True)]
    return [m + room * lack / sum(lacking) for m, lack in zip(least, lacking, strict=True)]
