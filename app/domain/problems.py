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
    # (end of section)
    # == storage and files (H4) ==
    # The database (app/storage/database.py: by SQLite result code and PostgreSQL SQLSTATE).
    "db_busy": "{database} is locked by another program or user ({error}); nothing was saved. "
    "Try again in a moment",
    "db_readonly": "{database} cannot be written: the file or its folder is read-only ({error})",
    "db_io": "{database} could not be read or written ({error}); nothing was saved",
    "db_corrupt": "{database} is damaged ({error}); restore it from a backup",
    "db_full": "the disk holding {database} is full ({error}); nothing was saved",
    "db_cantopen": "cannot open the database file {database} ({error})",
    "db_not_a_database": "{database} is not a database ({error})",
    "db_timeout": "{database} did not answer within {seconds} seconds; the work was stopped "
    "and nothing was saved",
    "db_conflict": "someone else changed the same records at the same moment ({error}); "
    "nothing was saved. Try again",
    "db_missing": "the database server has no such database: {detail}",
    "db_unreachable": "cannot reach the database server {database}: {detail}",
    "db_resources": "the database server {database} is out of resources ({error}); nothing was "
    "saved. Try again later",
    "db_auth": "the database server {database} refused the login: {detail}",
    "db_too_new": "{database} was written by a newer version of Derbes (schema {revision}); this "
    "version knows schema {head} at most. Install the newer Derbes to open it; the database was "
    "not changed",
    "db_foreign": "{database} already holds tables that are not a Derbes database ({tables}); "
    "choose another database",
    "db_backup_failed": "the backup at {path} failed its integrity check ({result}) and was "
    "removed",
    # Files (app/services/errors.py FileProblem: by errno).
    "file_not_found": "{path} does not exist",
    "file_denied": "no permission to use {path} ({error})",
    "file_no_space": "not enough space on the disk for {path} ({error})",
    "file_read_only": "{path} is on a read-only disk",
    "file_exists": "{path} already exists",
    "file_is_folder": "{path} is a folder, not a file",
    "file_not_folder": "a part of {path} is a file, not a folder",
    "file_busy": "{path} is in use by another program ({error})",
    "file_error": "{path} could not be used ({error})",
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
