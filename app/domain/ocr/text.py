"""What OCR read from a scan: words with their boxes and confidences, joined into one text.

The recognition service gives the words in reading order, each with the page, its line (the
engine's block, paragraph and line numbers), its box in the page image's pixels and the engine's
confidence. :func:`assemble` joins them: a space between words of one line, a line break between
lines, an empty line between paragraphs and between pages; each word keeps where it starts in
the text, so a proposal found in the text knows the words (and boxes) it came from.

Plain Python: no Qt, no SQL, no OCR engine.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Box:
    """A rectangle on a page image, in pixels from its top left corner."""

    left: int
    top: int
    width: int
    height: int


@dataclass(frozen=True)
class Word:
    """One recognised word: ``confidence`` from 0 to 1; ``line`` is (block, paragraph, line) on
    its page; ``start`` is where the word begins in the assembled text (-1 before that)."""

    text: str
    page: int  # 0-based
    box: Box
    confidence: float
    line: tuple[int, int, int] = (0, 0, 0)
    start: int = -1

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Page:
    """A page as it was recognised: its image's size in pixels and its resolution; ``angle`` is
    the rotation (degrees) that straightened it before recognition; ``seconds`` its time."""

    number: int  # 0-based
    width: int
    height: int
    dpi: int
    angle: float = 0.0
    seconds: float = 0.0  # how long reading it took


@dataclass(frozen=True)
class Recognition:
    """The whole scan read: its text, every word, the pages and how long it took (seconds)."""

    text: str
    words: tuple[Word, ...]
    pages: tuple[Page, ...]
    seconds: float
    languages: str = ""
    # each 12-digit number as first read, with the further readings of its digits alone
    second: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def words_in(self, start: int, end: int) -> tuple[Word, ...]:
        """The words that overlap the span ``[start, end)`` of :attr:`text`."""
        return words_in(self.words, start, end)

    def confidence(self) -> float:
        """The mean word confidence (0 when nothing was read)."""
        return mean_confidence(self.words)


def assemble(words: Iterable[Word]) -> tuple[str, tuple[Word, ...]]:
    """The text of ``words`` (in reading order) and the words with their ``start`` set."""
    parts: list[str] = []
    placed: list[Word] = []
    length = 0
    previous: Word | None = None
    for word in words:
        text = word.text.strip()
        if not text:
            continue
        if previous is not None:
            if previous.page != word.page or previous.line[:2] != word.line[:2]:
                gap = "\n\n"
            elif previous.line != word.line:
                gap = "\n"
            else:
                gap = " "
            parts.append(gap)
            length += len(gap)
        placed.append(replace(word, text=text, start=length))
        parts.append(text)
        length += len(text)
        previous = word
    return "".join(parts), tuple(placed)


def words_in(words: Iterable[Word], start: int, end: int) -> tuple[Word, ...]:
    """The words overlapping ``[start, end)``."""
    return tuple(w for w in words if w.start >= 0 and w.start < end and w.end > start)


def mean_confidence(words: Iterable[Word]) -> float:
    values = [w.confidence for w in words]
    return sum(values) / len(values) if values else 0.0
