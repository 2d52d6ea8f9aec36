"""The fonts letters are set in, from ``app/resources/fonts`` (never from the system)."""

from __future__ import annotations

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

# DOCX letters name a font the reader's computer has; Times New Roman covers Kazakh on Windows
# and LibreOffice substitutes its metric twin (Liberation Serif).
DOCX_FONT = "Times New Roman"


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
