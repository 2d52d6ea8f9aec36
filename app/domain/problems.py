"""The English wording of every problem code, for the command line and the log.

Each code a rule can return is listed here once with its sentence; ``{name}`` placeholders take
the problem's params (dates print as ISO, lists joined by commas). The window has its own wording
of the same codes in ``app/ui/problems.py``, translated through Qt Linguist; a test holds the two
catalogues together (every code here is worded there, with no placeholder the code does not give).

Codes are shared across fields where the sentence is the same (``required``, ``too_long``,
``future``); the field in front of the sentence says which input it is about.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.domain.errors import Problem

MESSAGES: dict[str, str] = {
    "legacy": "{text}",  # TRANSITIONAL: an old English reason, until every call site has a code
    # -- any field -----------------------------------------------------------------------------
    "required": "must not be empty",
    "too_long": "must be at most {max} characters ({given} given)",
    "not_a_date": "must be a date (YYYY-MM-DD)",
    "future": "{value} is in the future",
    "out_of_range_date": "{value} is outside the years {low}–{high}",
    "choice": "{value!r} is not one of {choices}",
    "control_chars": "contains control characters",
    # -- identifiers: IIN / BIN ---------------------------------------------------------------
    "digits_only": "must contain digits only (found {char!r})",
    "length": "must be {expected} digits ({given} given)",
    "no_check_digit": "is not valid: no check digit exists for its first 11 digits",
    "checksum": "checksum digit is wrong (expected {expected})",
    # -- contacts -------------------------------------------------------------------------------
    "email_format": "is not an e-mail address (name@example.kz)",
    # == input: requests, subjects, operators, identifiers, attachments, settings (H1) ==
    # (end of section)
    # == letters: kinds, templates, drafts, finalising (H2) ==
    "kind_not_for_type": "a {kind} letter does not answer a request of type {type}",
    "kind_needs_subject": (
        "link the request to the subject first: a {kind} letter speaks of the subject's record"
    ),
    "kind_needs_extension": "the request has not been extended: extend it first, with a reason",
    "language_not_offered": (
        "the letter did not come in Russian: answer in Kazakh or in both languages "
        "(Law on Languages, art. 11)"
    ),
    "ground_required": "give the ground of the refusal ({grounds}): Law 94-V art. 8(2)",
    "retained_needs_basis": (
        "{category!r} is retained: name the legal basis and the date it is kept until"
    ),
    "blanks_left": "fill in the blanks first: {blanks}",
    "no_text": "the letter has no text",
    "no_signatory": "the operator profile names no signatory; fill it in Settings",
    "unsigned_withdrawal": (
        "a withdrawal of consent must be a signed written statement and this one is not "
        "signed: ask for one with a clarification letter"
    ),
    "clock_cannot_stop": "the clock cannot be stopped: a {status} request cannot wait",
    "letter_request_missing": "no request with id {id}",
    "letter_missing": "no letter with id {id}",
    "letter_final": "a finalised letter is never changed; a correction is a new letter",
    "letter_other_request": "letter {id} belongs to another request",
    "letter_is_draft": "the letter is a draft: finalise it first",
    "letter_altered": (
        "the stored PDF does not match its SHA-256: it was altered after finalising"
    ),
    "template_syntax": "syntax error: {detail}",
    "template_unknown_name": "unknown placeholder {name!r}",
    "template_not_allowed": "not allowed in a template: {detail}",
    "template_failed": "the template cannot make the letter: {detail}",
    "template_recursion": "the template calls itself without end",
    "template_too_long": "the letter would be {length} characters; the limit is {limit}",
    "out_is_folder": "{path} is a directory; give a file name",
    "folder_missing": "the folder {path} does not exist",
    "suffix_mismatch": "the file name ends in {suffix} but --format is {fmt}",
    # (end of section)
    # == case: status actions, clock, extensions, calendar (H3) ==
    # (end of section)
    # == storage and files (H4) ==
    # (end of section)
    # == package, demo data, preferences (H5) ==
    # (end of section)
}


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(str(_plain(v)) for v in value)
    return value


def english(problem: Problem) -> str:
    """The problem's English sentence; an unknown code reads as the code and its params."""
    template = MESSAGES.get(problem.code)
    params = {k: _plain(v) for k, v in problem.params.items()}
    if template is None:
        detail = ", ".join(f"{k}={v}" for k, v in params.items())
        return f"{problem.code}" + (f" ({detail})" if detail else "")
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template
