"""The rules of a new incoming letter's fields, in one place: the service refuses by them and the
"Register a letter" dialog shows them as they are typed.

:func:`problems` looks at a letter (any object with the fields of ``services.requests.NewRequest``)
and returns every :class:`~app.domain.errors.Problem` found, at most one per field, in the order
of the form. Nothing here changes the letter; :func:`clean_sender` is the one normalisation the
rules look through.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from enum import StrEnum
from typing import Any

from app.domain.errors import Problem, problem
from app.domain.identifiers import optional_number_problem
from app.domain.requests import RequestType

FIRST_YEAR = 1900
LAST_YEAR = 2100
MAX_SENDER = 300
MAX_ADDRESS = 1000
MAX_SUMMARY = 4000
MAX_ASSIGNEE = 120

LANGUAGES = ("kk", "ru", "other")


class Channel(StrEnum):
    POST = "post"
    REGISTERED_POST = "registered_post"
    COURIER = "courier"
    IN_PERSON = "in_person"
    EMAIL = "email"
    STATE_SERVICE = "state_service"


def clean_sender(text: str | None) -> str:
    """The sender as stored: runs of whitespace become one space."""
    return " ".join((text or "").split())


def date_problem(field: str, value: Any, today: dt.date) -> Problem | None:
    """A date typed for something that has happened: a date, within 1900–2100, not after today."""
    if not isinstance(value, dt.date):
        return problem(field, "not_a_date")
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        return problem(field, "out_of_range_date", value=value, low=FIRST_YEAR, high=LAST_YEAR)
    if value > today:
        return problem(field, "future", value=value)
    return None


# Text rules. Letters are written to people, listed in a terminal and printed on paper, so a
# field holds printable text only. Refused: control characters (a terminal escape such as ESC
# rewrites what `derbes request list` shows), surrogates (bytes that were not UTF-8, as a
# command-line argument in another encoding arrives), and the bidirectional embeddings,
# overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make text read in another order
# than it is stored ("Trojan Source"). Accepted: every printable script, right-to-left ones
# included (a foreign subject's name in Arabic or Hebrew is a real name; the plain marks
# U+200E/U+200F stay allowed for them), and emoji (people paste them into e-mails and
# summaries; they are stored as typed and the letter prints what its font has). Multi-line fields
# (the address, the summary) also keep line breaks and tabs.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS = frozenset("\n\r\t")


def _codepoint(char: str) -> str:
    return f"U+{ord(char):04X}"


# Every character the loop below may refuse (categories Cc, Cs, Zl, Zp and the bidi controls):
# text without any of them, nearly all text, is accepted by one regex search.
_SUSPECT = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def characters_problem(field: str, text: str, multiline: bool = False) -> Problem | None:
    """The first character a field may not hold, as a problem; None when all are text."""
    if not text or _SUSPECT.search(text) is None:
        return None
    for char in text:
        if char in BIDI_CONTROLS:
            return problem(field, "bidi_control", char=_codepoint(char))
        category = unicodedata.category(char)
        if category == "Cs":
            return problem(field, "not_utf8")
        if category == "Cc" or (category in ("Zl", "Zp") and not multiline):
            if multiline and char in _LINE_BREAKS:
                continue
            return problem(field, "control_chars", char=_codepoint(char))
    return None


def length_problem(field: str, text: str, limit: int, multiline: bool = False) -> Problem | None:
    """A text field's problem: a character it may not hold, or more than ``limit`` of them."""
    found = characters_problem(field, text, multiline)
    if found is not None:
        return found
    text = (text or "").strip()
    if len(text) > limit:
        return problem(field, "too_long", max=limit, given=len(text))
    return None


def choice_problem(field: str, value: Any, choices: list[str]) -> Problem | None:
    if value in choices:
        return None
    return problem(field, "choice", value=value, choices=choices)


def problems(data: Any, today: dt.date) -> list[Problem]:
    """Every problem of the letter ``data``; empty when it can be registered."""
    found: list[Problem | None] = [
        choice_problem("type", data.type, [t.value for t in RequestType]),
    ]
    received = date_problem("received", data.received, today)
    postmark = None if data.postmark is None else date_problem("postmark", data.postmark, today)
    if (
        received is None
        and data.postmark is not None
        and postmark is None
        and data.received < data.postmark
    ):
        received = problem(
            "received", "before_postmark", value=data.received, postmark=data.postmark
        )
    found += [received, postmark]
    letter_date = getattr(data, "letter_date", None)
    if letter_date is not None:
        dated = date_problem("letter_date", letter_date, today)
        if dated is None and received is None and data.received < letter_date:
            dated = problem("letter_date", "after_received", received=data.received)
        found.append(dated)
    registered_on = data.registered or today
    registered = date_problem("registered", registered_on, today)
    if registered is None and received is None and registered_on < data.received:
        registered = problem("registered", "before_received", received=data.received)
    found.append(registered)
    sender = clean_sender(data.sender)  # line breaks and tabs become spaces: not refused
    found.append(
        characters_problem("sender", sender)
        or (problem("sender", "required") if not sender else None)
        or length_problem("sender", sender, MAX_SENDER)
    )
    found += [
        choice_problem("language", data.language, list(LANGUAGES)),
        choice_problem("channel", data.channel, [c.value for c in Channel]),
        length_problem("assignee", data.assignee, MAX_ASSIGNEE),
        optional_number_problem(data.iin, "iin"),
        length_problem("sender_address", data.sender_address, MAX_ADDRESS, multiline=True),
        length_problem("summary", data.summary, MAX_SUMMARY, multiline=True),
    ]
    return [p for p in found if p is not None]
