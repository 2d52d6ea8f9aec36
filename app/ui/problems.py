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
    # (end of section)
    # == storage and files (H4) ==
    "db_busy": QT_TRANSLATE_NOOP(
        "Problems",
        "The database is in use by another program or user; nothing was saved. "
        "Try again in a moment.",
    ),
    "db_readonly": QT_TRANSLATE_NOOP(
        "Problems",
        "The database {database} cannot be written: the file or its folder is read-only.",
    ),
    "db_io": QT_TRANSLATE_NOOP(
        "Problems",
        "The database {database} could not be read or written ({error}); nothing was saved.",
    ),
    "db_corrupt": QT_TRANSLATE_NOOP(
        "Problems", "The database {database} is damaged; restore it from a backup."
    ),
    "db_full": QT_TRANSLATE_NOOP(
        "Problems", "The disk holding the database {database} is full; nothing was saved."
    ),
    "db_cantopen": QT_TRANSLATE_NOOP(
        "Problems", "The database file {database} cannot be opened: check the folder."
    ),
    "db_not_a_database": QT_TRANSLATE_NOOP(
        "Problems", "The file {database} is not a Derbes database."
    ),
    "db_timeout": QT_TRANSLATE_NOOP(
        "Problems",
        "The database did not answer within {seconds} seconds; the work was stopped and "
        "nothing was saved.",
    ),
    "db_conflict": QT_TRANSLATE_NOOP(
        "Problems",
        "Someone else changed the same records at the same moment; nothing was saved. Try again.",
    ),
    "db_missing": QT_TRANSLATE_NOOP(
        "Problems", "The database server has no such database.\n\n{detail}"
    ),
    "db_unreachable": QT_TRANSLATE_NOOP(
        "Problems",
        "Cannot reach the database server {database}. Check that it runs and that this "
        "computer is connected.\n\n{detail}",
    ),
    "db_resources": QT_TRANSLATE_NOOP(
        "Problems",
        "The database server is out of resources (disk, memory or connections); nothing was "
        "saved. Try again later.",
    ),
    "db_auth": QT_TRANSLATE_NOOP(
        "Problems",
        "The database server {database} refused the user name or password.\n\n{detail}",
    ),
    "db_too_new": QT_TRANSLATE_NOOP(
        "Problems",
        "The database {database} was written by a newer version of Derbes. Install the newer "
        "Derbes to open it; the database was not changed.",
    ),
    "db_foreign": QT_TRANSLATE_NOOP(
        "Problems",
        "{database} already holds tables of another program ({tables}); choose another database.",
    ),
    "db_backup_failed": QT_TRANSLATE_NOOP(
        "Problems", "The backup at {path} failed its check and was removed; try again."
    ),
    "file_not_found": QT_TRANSLATE_NOOP("Problems", "The file {path} does not exist."),
    "file_denied": QT_TRANSLATE_NOOP(
        "Problems", "Derbes has no permission to use {path}; choose another place."
    ),
    "file_no_space": QT_TRANSLATE_NOOP(
        "Problems", "There is not enough space on the disk for {path}."
    ),
    "file_read_only": QT_TRANSLATE_NOOP(
        "Problems", "{path} is on a disk that cannot be written; choose another place."
    ),
    "file_exists": QT_TRANSLATE_NOOP("Problems", "{path} already exists."),
    "file_is_folder": QT_TRANSLATE_NOOP("Problems", "{path} is a folder, not a file."),
    "file_not_folder": QT_TRANSLATE_NOOP("Problems", "A part of {path} is a file, not a folder."),
    "file_busy": QT_TRANSLATE_NOOP(
        "Problems", "{path} is in use by another program; close it and try again."
    ),
    "file_error": QT_TRANSLATE_NOOP("Problems", "{path} could not be used ({error})."),
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
