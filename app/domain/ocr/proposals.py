"""Proposals for the Register-a-letter form, from what OCR read: never silent changes.

:func:`propose` reads the letter's text (and, when it came from a scan, its words with their
boxes) and proposes, field by field, what the officer may accept: ``surname``, ``given_name``,
``patronymic``, ``iin``, ``address``, ``phone``, ``email``, ``letter_date``, ``language``,
``type`` and ``signed``. A field may have several proposals (two IINs, two dates), the most
likely first; each has a confidence from 0 to 1 (the rule's certainty times the engine's
confidence in the words it came from) and those words, so the window can highlight them on the
scan. 12-digit numbers that fail the IIN check are listed apart (:attr:`Proposals.rejected`)
so the officer can see what was set aside and why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain.ocr import fields, kinds, names
from app.domain.ocr.matching import Found, fold
from app.domain.ocr.text import Word, mean_confidence, words_in

FIELDS = (
    "surname",
    "given_name",
    "patronymic",
    "iin",
    "address",
    "phone",
    "email",
    "letter_date",
    "language",
    "type",
    "signed",
)


@dataclass(frozen=True)
class Proposal:
    """One value proposed for one field, where it was read and how sure it is."""

    field: str
    value: Any
    confidence: float
    start: int = 0
    end: int = 0
    text: str = ""  # the text it was read from
    words: tuple[Word, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Proposals:
    """Every proposal, field by field, most likely first; and what was set aside."""

    by_field: dict[str, tuple[Proposal, ...]] = field(default_factory=dict)
    rejected: tuple[Proposal, ...] = ()

    def best(self, name: str) -> Proposal | None:
        found = self.by_field.get(name, ())
        return found[0] if found else None

    def value(self, name: str, default: Any = None) -> Any:
        best = self.best(name)
        return default if best is None else best.value

    def all(self, name: str) -> tuple[Proposal, ...]:
        return self.by_field.get(name, ())


def _proposal(name: str, found: Found, text: str, words: Sequence[Word]) -> Proposal:
    touched = words_in(words, found.start, found.end) if found.end > found.start else ()
    confidence = found.confidence
    if touched:  # the engine's own doubt about the words counts too
        confidence *= 0.5 + 0.5 * mean_confidence(touched)
    return Proposal(
        field=name,
        value=found.value,
        confidence=round(confidence, 2),
        start=found.start,
        end=found.end,
        text=text[found.start : found.end],
        words=touched,
        note=found.note,
    )


def propose(
    text: str,
    today: dt.date,
    words: Sequence[Word] = (),
    second: Mapping[str, str | Sequence[str]] | None = None,
) -> Proposals:
    """What the letter's ``text`` proposes for each field; ``today`` bounds its date (a letter
    is never dated after the day it is read); ``words`` are OCR's, with their starts in
    ``text`` (see :func:`app.domain.ocr.text.assemble`), for the confidences and the boxes;
    ``second`` maps each 12-digit number as read to further readings of its digits (see
    :func:`app.domain.ocr.fields.iins`: with it, an IIN is proposed only when another reading
    confirms the digit the check cannot guard)."""
    folded = fold(text)
    found: dict[str, list[Found]] = {
        "iin": fields.iins(text, folded, second),
        "address": fields.addresses(text, folded),
        "phone": fields.phones(text, folded),
        "email": fields.emails(text),
        "letter_date": fields.dates(text, today, folded),
        "language": [kinds.language(text, folded)],
        "type": kinds.types(text, folded),
        "signed": [fields.signature(text, folded)],
    }
    for parts in names.senders(text):
        for name, part in zip(("surname", "given_name", "patronymic"), parts, strict=False):
            found.setdefault(name, [])
            if all(f.value != part.value for f in found[name]):
                found[name].append(part)
    by_field = {
        name: tuple(_proposal(name, f, text, words) for f in found[name])
        for name in FIELDS
        if found.get(name)
    }
    rejected = tuple(_proposal("iin", f, text, words) for f in fields.iin_rejects(text, second))
    return Proposals(by_field, rejected)


def as_data(proposals: Proposals) -> dict[str, Any]:
    """The proposals as plain data (JSON-ready but for dates): field -> list of proposals, each
    with its value, confidence, the text read and the boxes (page, left, top, width, height)."""

    def one(p: Proposal) -> dict[str, Any]:
        return {
            "value": p.value,
            "confidence": p.confidence,
            "text": p.text,
            "note": p.note,
            "boxes": [
                {
                    "page": w.page + 1,
                    "left": w.box.left,
                    "top": w.box.top,
                    "width": w.box.width,
                    "height": w.box.height,
                }
                for w in p.words
            ],
        }

    return {
        "proposals": {name: [one(p) for p in ps] for name, ps in proposals.by_field.items()},
        "rejected": [{**one(p), "reason": p.note} for p in proposals.rejected],
    }
