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
    "kind_not_for_type": QT_TRANSLATE_NOOP(
        "Problems", "This kind of letter does not answer a request of type “{type}”."
    ),
    "kind_needs_subject": QT_TRANSLATE_NOOP(
        "Problems",
        "Link the request to the subject first: this letter speaks of the subject's record.",
    ),
    "kind_needs_extension": QT_TRANSLATE_NOOP(
        "Problems", "The request has not been extended: extend it first, with a reason."
    ),
    "language_not_offered": QT_TRANSLATE_NOOP(
        "Problems",
        "The letter did not come in Russian: answer in Kazakh or in both languages "
        "(Law on Languages, art. 11).",
    ),
    "ground_required": QT_TRANSLATE_NOOP(
        "Problems", "Choose the ground of the refusal: Law 94-V, art. 8(2)."
    ),
    "retained_needs_basis": QT_TRANSLATE_NOOP(
        "Problems",
        "“{category}” is retained: name the legal basis and the date it is kept until.",
    ),
    "blanks_left": QT_TRANSLATE_NOOP("Problems", "Fill in the blanks first: {blanks}."),
    "no_text": QT_TRANSLATE_NOOP("Problems", "The letter has no text."),
    "no_signatory": QT_TRANSLATE_NOOP(
        "Problems", "The operator profile names no signatory: fill it in under Settings."
    ),
    "unsigned_withdrawal": QT_TRANSLATE_NOOP(
        "Problems",
        "A withdrawal of consent must be a signed written statement and this one is not "
        "signed: ask for one with a clarification letter.",
    ),
    "clock_cannot_stop": QT_TRANSLATE_NOOP(
        "Problems", "The clock cannot be stopped: a request “{status}” cannot wait."
    ),
    "letter_request_missing": QT_TRANSLATE_NOOP(
        "Problems", "The request no longer exists (id {id})."
    ),
    "letter_missing": QT_TRANSLATE_NOOP("Problems", "The letter no longer exists (id {id})."),
    "letter_final": QT_TRANSLATE_NOOP(
        "Problems", "A finalised letter is never changed; a correction is a new letter."
    ),
    "letter_other_request": QT_TRANSLATE_NOOP(
        "Problems", "Letter {id} belongs to another request."
    ),
    "letter_is_draft": QT_TRANSLATE_NOOP("Problems", "The letter is a draft: finalise it first."),
    "letter_altered": QT_TRANSLATE_NOOP(
        "Problems",
        "The stored PDF does not match its SHA-256: it was altered after finalising.",
    ),
    "template_syntax": QT_TRANSLATE_NOOP("Problems", "syntax error: {detail}"),
    "template_unknown_name": QT_TRANSLATE_NOOP(
        "Problems", "unknown placeholder “{name}”: the letter's data has no such name"
    ),
    "template_not_allowed": QT_TRANSLATE_NOOP("Problems", "not allowed in a template ({detail})"),
    "template_failed": QT_TRANSLATE_NOOP(
        "Problems", "the template cannot make the letter: {detail}"
    ),
    "template_recursion": QT_TRANSLATE_NOOP("Problems", "the template calls itself without end"),
    "template_too_long": QT_TRANSLATE_NOOP(
        "Problems", "the letter would be {length} characters; the limit is {limit}"
    ),
    "out_is_folder": QT_TRANSLATE_NOOP("Problems", "{path} is a folder: give a file name."),
    "folder_missing": QT_TRANSLATE_NOOP("Problems", "The folder {path} does not exist."),
    "suffix_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "The file name ends in {suffix} but the format is {fmt}."
    ),
    # (end of section)
    # == case: status actions, clock, extensions, calendar (H3) ==
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
    ("ground", "choice"): QT_TRANSLATE_NOOP(
        "Problems", "Unknown ground “{value}”: choose one of {choices}."
    ),
    ("disposals", "choice"): QT_TRANSLATE_NOOP(
        "Problems", "Unknown outcome “{value}”: choose one of {choices}."
    ),
    # (end of section)
    # == case: status actions, clock, extensions, calendar (H3) ==
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
    "kind": QT_TRANSLATE_NOOP("Problems", "Kind of letter"),
    "body": QT_TRANSLATE_NOOP("Problems", "Text"),
    "signatory": QT_TRANSLATE_NOOP("Problems", "Signatory"),
    "signed": QT_TRANSLATE_NOOP("Problems", "Signature"),
    "ground": QT_TRANSLATE_NOOP("Problems", "Ground of the refusal"),
    "disposals": QT_TRANSLATE_NOOP("Problems", "What happened to the data"),
    "template": QT_TRANSLATE_NOOP("Problems", "Template"),
    "letter": QT_TRANSLATE_NOOP("Problems", "Letter"),
    "format": QT_TRANSLATE_NOOP("Problems", "Format"),
    "file": QT_TRANSLATE_NOOP("Problems", "File"),
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
