"""The window's wording of the domain's problem codes, in the interface language.

Every code of :data:`app.domain.problems.MESSAGES` has a sentence here, marked for Qt Linguist
(context ``Problems``); a field can have its own sentence for a code (``(field, code)``) where the
generic one would read poorly ("A BIN has 12 digits" rather than "must be 12 digits"). Placeholders
are the problem's params in braces; dates print as dd.MM.yyyy, lists joined by commas, request
types and statuses by their translated labels. ``tests/ui/test_problems.py`` holds this catalogue
and the domain's together.

Nothing here reads the English reason: a problem is worded from its code alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.errors import DomainError, Problem

_CTX = "Problems"

# code -> sentence, as shown beside the field (so without the field's name).
TEXTS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Problems", "Required."),
    "too_long": QT_TRANSLATE_NOOP(
        "Problems", "Too long: at most {max} characters ({given} typed)."
    ),
    "not_a_date": QT_TRANSLATE_NOOP("Problems", "Not a date: write it as dd.mm.yyyy."),
    "future": QT_TRANSLATE_NOOP("Problems", "{value} has not come yet."),
    "out_of_range_date": QT_TRANSLATE_NOOP(
        "Problems", "{value} is outside the years {low}–{high}."
    ),
    "choice": QT_TRANSLATE_NOOP("Problems", "Choose one of: {choices}."),
    "control_chars": QT_TRANSLATE_NOOP("Problems", "Contains invisible control characters."),
    "digits_only": QT_TRANSLATE_NOOP("Problems", "Digits only; “{char}” is not a digit."),
    "length": QT_TRANSLATE_NOOP("Problems", "Needs {expected} digits; {given} typed."),
    "no_check_digit": QT_TRANSLATE_NOOP(
        "Problems", "No valid number starts with these 11 digits: look for a typo."
    ),
    "checksum": QT_TRANSLATE_NOOP(
        "Problems",
        "The check digit does not match: with these first 11 digits the 12th would be "
        "{expected}. Look for a typo.",
    ),
    "email_format": QT_TRANSLATE_NOOP(
        "Problems", "Not an e-mail address; it looks like name@example.kz."
    ),
    # == input: requests, subjects, operators, identifiers, attachments, settings (H1) ==
    # (end of section)
    # == letters: kinds, templates, drafts, finalising (H2) ==
    # (end of section)
    # == case: status actions, clock, extensions, calendar (H3) ==
    "status_same": QT_TRANSLATE_NOOP("Problems", "The request is “{status}” already."),
    "status_final": QT_TRANSLATE_NOOP(
        "Problems", "A “{current}” request is final: it cannot become “{new}”."
    ),
    "status_sent_only_closes": QT_TRANSLATE_NOOP(
        "Problems", "A sent answer can only be closed; a correction is a new letter."
    ),
    "status_send_needs_answer": QT_TRANSLATE_NOOP(
        "Problems", "Only a request whose answer is ready can be sent."
    ),
    "status_closes_on_dispatch": QT_TRANSLATE_NOOP(
        "Problems", "A request closes when its answer is sent: send the answer first."
    ),
    "status_no_way_back": QT_TRANSLATE_NOOP(
        "Problems", "A request cannot go back to “Registered”."
    ),
    "status_not_allowed": QT_TRANSLATE_NOOP(
        "Problems", "A “{current}” request cannot become “{new}”; it can become: {allowed}."
    ),
    "resume_first": QT_TRANSLATE_NOOP(
        "Problems", "Resume the clock first: the request is waiting for the subject."
    ),
    "status_is_final": QT_TRANSLATE_NOOP("Problems", "A “{status}” request is final."),
    "clock_already_stopped": QT_TRANSLATE_NOOP("Problems", "The clock is stopped already."),
    "cannot_wait": QT_TRANSLATE_NOOP(
        "Problems", "A “{status}” request cannot wait for the subject."
    ),
    "clock_not_stopped": QT_TRANSLATE_NOOP("Problems", "The clock is running: nothing to resume."),
    "cannot_extend": QT_TRANSLATE_NOOP("Problems", "A “{status}” request cannot be extended."),
    "resume_before_extending": QT_TRANSLATE_NOOP(
        "Problems", "The clock is stopped: resume it before extending."
    ),
    "no_subject_linked": QT_TRANSLATE_NOOP("Problems", "No subject is linked to the request."),
    "stop_before_received": QT_TRANSLATE_NOOP(
        "Problems", "The letter was received on {received}: the clock cannot stop before."
    ),
    "resume_before_stop": QT_TRANSLATE_NOOP(
        "Problems", "The clock stopped on {stopped_on}: it cannot resume before that."
    ),
    "stop_reason_required": QT_TRANSLATE_NOOP(
        "Problems", "Say what the subject was asked to clarify or provide."
    ),
    "extension_not_later": QT_TRANSLATE_NOOP(
        "Problems", "The new due date must be after the current one ({due})."
    ),
    "not_working_day": QT_TRANSLATE_NOOP("Problems", "{value} is not a working day."),
    "extension_reason_required": QT_TRANSLATE_NOOP(
        "Problems", "Give the reason: it is recorded and told to the subject."
    ),
    "case_not_found": QT_TRANSLATE_NOOP("Problems", "This request is no longer in the database."),
    # (end of section)
    # == storage and files (H4) ==
    # (end of section)
    # == package, demo data, preferences (H5) ==
    # (end of section)
}

# (field, code) -> a sentence of that field's own, where the generic one reads poorly.
FIELD_TEXTS: dict[tuple[str, str], str] = {
    # == input: requests, subjects, operators, identifiers, attachments, settings (H1) ==
    # (end of section)
    # == letters: kinds, templates, drafts, finalising (H2) ==
    # (end of section)
    # == case: status actions, clock, extensions, calendar (H3) ==
    ("note", "required"): QT_TRANSLATE_NOOP("Problems", "Write the note first."),
    # (end of section)
    # == storage and files (H4) ==
    # (end of section)
    # == package, demo data, preferences (H5) ==
    # (end of section)
}

# field -> its name, for a message that stands away from the field (a message box, a status line).
FIELDS: dict[str, str] = {
    "iin": QT_TRANSLATE_NOOP("Problems", "IIN"),
    "bin": QT_TRANSLATE_NOOP("Problems", "BIN"),
    "email": QT_TRANSLATE_NOOP("Problems", "E-mail"),
    # == input: requests, subjects, operators, identifiers, attachments, settings (H1) ==
    # (end of section)
    # == letters: kinds, templates, drafts, finalising (H2) ==
    # (end of section)
    # == case: status actions, clock, extensions, calendar (H3) ==
    # (end of section)
    # == storage and files (H4) ==
    # (end of section)
    # == package, demo data, preferences (H5) ==
    # (end of section)
}


def _value_text(value: Any) -> str:
    from app.ui import labels

    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(_value_text(v) for v in value)
    for table in (labels.TYPES, labels.STATUSES):
        if isinstance(value, str) and value in table:
            return labels.label(table, value)
    return str(value)


def _fill(template: str, params: Mapping[str, Any]) -> str:
    text = template
    for name, value in params.items():
        text = text.replace("{" + name + "}", _value_text(value))
    return text


def problem_text(problem: Problem) -> str:
    """The sentence for ``problem`` in the interface language (to show beside its field)."""
    if problem.code == "legacy":  # TRANSITIONAL: an old English reason with no code yet
        return str(problem.params.get("text", ""))
    source = FIELD_TEXTS.get((problem.field, problem.code)) or TEXTS.get(problem.code)
    if source is None:  # a code with no wording yet: say at least which rule it was
        return QCoreApplication.translate("Problems", "Not accepted ({code}).").replace(
            "{code}", problem.code
        )
    return _fill(QCoreApplication.translate(_CTX, source), problem.params)


def field_name(field: str) -> str:
    source = FIELDS.get(field)
    return QCoreApplication.translate(_CTX, source) if source else field


def error_text(exc: DomainError) -> str:
    """Every problem of ``exc``, each after its field's name, one a line (for a message box)."""
    lines = []
    for p in exc.problems:
        text = problem_text(p)
        if p.field:
            text = (
                QCoreApplication.translate("Problems", "{field}: {problem}")
                .replace("{field}", field_name(p.field))
                .replace("{problem}", text)
            )
        lines.append(text)
    return "\n".join(lines)
