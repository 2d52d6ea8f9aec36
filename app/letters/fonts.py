"""The fonts letters are set in, from ``app/resources/fonts`` (never from the system)."""

from __future__ import annotations

import struct
import weakref
import zlib
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFStream, PDFTrueTypeFont, PDFZCompress
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

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
# The characters every PDF gives a code at its start, in this order (ASCII has its own codes):
# so a letter's font subset is the same in every letter, made and deflated once per process,
# whatever letters the names and addresses use. A character outside them gets the next code as
# before (that letter's subset is made for it alone).
SEEDED = (
    "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    + KAZAKH_LETTERS
    + "«»–—№…“”„‘’·§°×"
)
_SUBSETS_KEPT = 16  # per face: the seeded one, and a few for letters with rarer characters

# The family's name in the files' name table: what a DOCX names, so Word and LibreOffice set the
# letter in the PDF's font. Few computers have it, so the DOCX carries the files
# (:mod:`app.letters.word_fonts`); the licence allows embedding them in documents.
DOCX_FONT = "PT Serif"
# The faces a DOCX embeds, by the slot ECMA-376 gives each (w:embedRegular, w:embedBold): the
# ones a letter is set in. Italic ones would double the file and its time to write (the fonts
# are most of both); Word and LibreOffice slant the regular face if the officer asks for italic.
DOCX_FACES = {"Regular": REGULAR, "Bold": BOLD}


class _Subset(list):
    """A subset of a letter's document (one :func:`seed` began): the same in most letters."""


class _Face(TTFontFace):
    """A face whose letters' subsets (a TrueType file of the glyphs a PDF uses) are made once."""

    _made: dict[tuple[int, ...], bytes]

    def makeSubset(self, subset):  # noqa: N802 - reportlab's name
        if not isinstance(subset, _Subset):  # another document's: as reportlab makes it
            return super().makeSubset(subset)
        key = tuple(subset)
        made = self._made.get(key)
        if made is None:
            made = super().makeSubset(subset)
            if len(self._made) >= _SUBSETS_KEPT:  # the oldest goes (another thread may too)
                self._made.pop(next(iter(self._made), None), None)
            self._made[key] = made
        return made


@lru_cache(maxsize=2 * _SUBSETS_KEPT * len(FILES))
def _deflated(data: bytes) -> bytes:
    return zlib.compress(data)


class _DeflatedOnce:
    """reportlab's Flate filter, whose output for the same bytes (a font subset, its
    ToUnicode map) is kept: deflating the font was a good part of every letter's time."""

    pdfname = PDFZCompress.pdfname

    def encode(self, data) -> bytes:
        return _deflated(data.encode("utf8") if isinstance(data, str) else data)

    decode = staticmethod(PDFZCompress.decode)


_DEFLATED_ONCE = _DeflatedOnce()


@lru_cache(maxsize=2 * _SUBSETS_KEPT * len(FILES))
def _formatted(widths: tuple[int, ...]) -> bytes:
    return PDFArray(widths).format(None)


class _Widths(PDFArray):
    """A subset's glyph widths, formatted once (a number each: no reference, nothing that
    depends on the document)."""

    def format(self, document, IND=b"\n "):  # noqa: N803 - reportlab's name
        return _formatted(tuple(self.sequence))


_LETTERS: weakref.WeakSet = weakref.WeakSet()  # the PDF documents :func:`seed` began


class _Font(TTFont):
    """reportlab's TrueType font, parsed once per process; in a letter (a document :func:`seed`
    began) its subsets are made and deflated once. reportlab hands this same object to anyone
    who registers another font of the same file (it goes by the face's name), so any other
    document is left exactly as reportlab makes it."""

    def __init__(self, name: str, filename: str):
        super().__init__(name, filename)
        self.face.__class__ = _Face  # the parsed face, with the subset cache on top
        self.face._made = {}

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 - reportlab's name
        """reportlab's, with a shortcut for the usual text: every character already has a code
        of the first subset (a seeded letter's Cyrillic, Kazakh and ASCII). Then the answer is
        one run of those codes, as reportlab's loop makes it character by character; anything
        else (a character without a code yet, one past the first subset) goes through reportlab's."""
        state = self.state.get(doc)
        if state is not None and text and isinstance(text, str):
            assignments = state.assignments
            if "\xa0" in text:  # reportlab sets a no-break space as a space
                text = text.replace("\xa0", " ")
            try:
                codes = bytes([assignments[code] for code in map(ord, text)])
            except (KeyError, ValueError):  # not assigned yet, or past the first subset
                pass
            else:
                return [(0, codes)]
        return super().splitString(text, doc, encoding)

    def addObjects(self, doc):  # noqa: N802 - reportlab's name
        state = self.state.get(doc)
        if doc not in _LETTERS or state is None:
            return super().addObjects(doc)
        state.subsets = [_Subset(subset) for subset in state.subsets]
        before = set(doc.idToObject)
        super().addObjects(doc)
        for key in doc.idToObject.keys() - before:  # the font file, its widths, ToUnicode map
            found = doc.idToObject[key]
            if isinstance(found, PDFStream) and found.filters == [PDFZCompress]:
                found.filters = [_DEFLATED_ONCE]
            elif isinstance(found, PDFTrueTypeFont) and type(found.Widths) is PDFArray:
                found.Widths = _Widths(found.Widths.sequence)
        return None


def seed(doc) -> None:
    """Give :data:`SEEDED` its codes in a new PDF document (a canvas's ``_doc``) in the faces a
    letter is set in, before any text: the subsets are then the same in every letter."""
    register()
    _LETTERS.add(doc)
    for name in (REGULAR, BOLD):
        pdfmetrics.getFont(name).splitString(SEEDED, doc)


@lru_cache(maxsize=1)
def register() -> str:
    """Register the family with reportlab once; returns its name."""
    for name, file_name in FILES.items():
        font = _Font(name, str(resource_path("fonts", file_name)))
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
