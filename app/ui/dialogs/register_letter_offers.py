"""What a scan's reading offers the fields of Register a letter (issue 13): the proposals of
:mod:`app.domain.ocr` turned into one :class:`Offer` per value for the dialog's fields, without
Qt, so that the mapping is read (and tested) apart from the widgets that show it.

The letter's date goes to «Letter date» (never to the postmark: that is the envelope's stamp).
A phone or e-mail goes to the new subject's fields, enabled only while «Create a new subject» is
chosen; while a letter is linked to an existing subject they are offered for the summary only,
so its contacts change in its card, never here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from app.domain.ocr import Proposals, Word


@dataclass(frozen=True)
class Offer:
    """One proposal for one field of the dialog: what accepting it sets, where it was read."""

    field: str
    value: Any
    scan: bytes  # the key of the scan it was read from
    words: tuple[Word, ...] = ()
    confidence: float = 0.0


def scan_key(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def offers(proposals: Proposals, key: bytes) -> dict[str, list[Offer]]:
    """The proposals of one scan as offers for the dialog's fields (plain Python)."""
    out: dict[str, list[Offer]] = {}

    def add(field: str, value: Any, words=(), confidence=0.0) -> None:
        if value in (None, "") or any(o.value == value for o in out.get(field, ())):
            return
        out.setdefault(field, []).append(Offer(field, value, key, tuple(words), confidence))

    parts = [proposals.best(n) for n in ("surname", "given_name", "patronymic")]
    if parts[0] is not None:
        found = [p for p in parts if p is not None]
        add(
            "sender",
            " ".join(str(p.value) for p in found),
            tuple(w for p in found for w in p.words),
            min(p.confidence for p in found),
        )
    for field, name in (
        ("iin", "iin"),
        ("address", "address"),
        ("letter_date", "letter_date"),
        ("type", "type"),
        ("language", "language"),
        ("signed", "signed"),
        ("phone", "phone"),  # the new subject's fields: the dialog offers them only then
        ("email", "email"),
        ("summary", "phone"),  # and the summary, for a letter linked to an existing subject
        ("summary", "email"),
    ):
        for p in proposals.all(name):
            if name == "signed" and not p.value:
                continue
            add(field, p.value, p.words, p.confidence)
    return out
