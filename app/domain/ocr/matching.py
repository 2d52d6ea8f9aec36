"""What the finders share: a found value with its span, and the text folded for matching.

Every finder reads the letter's text and returns :class:`Found` values: the value, a confidence
from 0 to 1 (how sure the rule is, before the engine's own confidence is counted) and the span of
the text it came from. Wording is matched in :func:`fold`'s text: lower case, «ё» as «е», and the
Latin letters OCR puts inside Cyrillic words («i» for «і», «e» for «е») as the Cyrillic ones.
The folded text has the length of the original, so a span found in it is a span of the original.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Latin letters that look like Cyrillic ones, as OCR mixes them into Cyrillic words.
_LOOKALIKES = str.maketrans("aceopxyiə", "асеорхуіә")

KAZAKH_LETTERS = "әғқңөұүһі"
CYRILLIC_UPPER = "А-ЯЁӘҒҚҢӨҰҮҺІ"
CYRILLIC_LOWER = "а-яёәғқңөұүһі"


@dataclass(frozen=True)
class Found:
    """A value a rule found in the text, with its confidence and where it is."""

    value: Any
    confidence: float
    start: int
    end: int
    note: str = ""  # why: "labelled", "genitive", ... (for the officer and the tests)


def fold(text: str) -> str:
    """``text`` in lower case with «ё» → «е» and Latin lookalikes → Cyrillic; same length."""
    out = []
    for ch in text:
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out).replace("ё", "е").translate(_LOOKALIKES)


def line_span(text: str, position: int) -> tuple[int, int]:
    """The start and end of the line holding ``position``."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end
