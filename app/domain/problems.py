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
    # (end of section)
    # == case: status actions, clock, extensions, calendar (H3) ==
    "status_same": "the request is already {status}",
    "status_final": "a {current} request is final and cannot become {new}",
    "status_sent_only_closes": (
        "a sent answer can only be closed; a correction is a new letter "
        "(allowed from {current}: {allowed})"
    ),
    "status_send_needs_answer": (
        "only a request whose answer is ready can be sent (allowed from {current}: {allowed})"
    ),
    "status_closes_on_dispatch": (
        "a request closes on dispatch: send the answer first (allowed from {current}: {allowed})"
    ),
    "status_no_way_back": (
        "a request cannot go back to registered (allowed from {current}: {allowed})"
    ),
    "status_not_allowed": "{current} cannot change to {new} (allowed from {current}: {allowed})",
    "resume_first": "resume the clock first: it is stopped waiting for the subject",
    "status_is_final": "a {status} request is final",
    "clock_already_stopped": "the clock is stopped already",
    "cannot_wait": "a {status} request cannot wait for the subject",
    "clock_not_stopped": "the clock is not stopped",
    "cannot_extend": "a {status} request cannot be extended",
    "resume_before_extending": "the clock is stopped: resume it before extending",
    "no_subject_linked": "no subject is linked to the request",
    "stop_before_received": "cannot be before the letter was received ({received})",
    "resume_before_stop": "cannot be before the clock stopped ({stopped_on})",
    "stop_reason_required": "say what the subject was asked to clarify",
    "extension_not_later": "the new due date must be after the current one ({due})",
    "not_working_day": "{value} is not a working day",
    "extension_reason_required": "an extension needs a reason",
    "case_not_found": "there is no request with id {id}",
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
