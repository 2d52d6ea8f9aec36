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
    "out_of_range": QT_TRANSLATE_NOOP("Problems", "{value} is outside {low}–{high}."),
    "before_postmark": QT_TRANSLATE_NOOP(
        "Problems", "Before the postmark ({postmark}): check both dates."
    ),
    "before_received": QT_TRANSLATE_NOOP(
        "Problems", "Cannot be before the letter was received ({received})."
    ),
    "before_stop": QT_TRANSLATE_NOOP("Problems", "Cannot be before the clock stopped ({stopped})."),
    "s10_length": QT_TRANSLATE_NOOP(
        "Problems",
        "A tracking number has 13 characters: 2 letters, 8 digits, a check digit and 2 letters; {given} typed.",
    ),
    "s10_service": QT_TRANSLATE_NOOP(
        "Problems", "Must start with the 2 Latin letters of the postal service."
    ),
    "s10_serial": QT_TRANSLATE_NOOP("Problems", "Characters 3 to 11 must be digits."),
    "s10_country": QT_TRANSLATE_NOOP(
        "Problems", "Must end with the 2 Latin letters of the country."
    ),
    "s10_checksum": QT_TRANSLATE_NOOP(
        "Problems", "The check digit does not match: it should be {expected}."
    ),
    "pattern_syntax": QT_TRANSLATE_NOOP(
        "Problems", "Not a valid pattern: a brace is not closed or not opened."
    ),
    "unknown_placeholder": QT_TRANSLATE_NOOP(
        "Problems", "{{name}} is not a placeholder: use {prefix}, {year}, {yy} and {seq}."
    ),
    "bad_spec": QT_TRANSLATE_NOOP(
        "Problems", "{{name}} may only take a width, for example {seq:04d}."
    ),
    "no_seq": QT_TRANSLATE_NOOP("Problems", "The pattern needs {seq}, the running number."),
    "no_year": QT_TRANSLATE_NOOP(
        "Problems", "The pattern needs {year} or {yy}: numbers restart every year."
    ),
    "code_format": QT_TRANSLATE_NOOP(
        "Problems", "Use 1–40 small Latin letters, digits, “-” or “_”, for example senimkey."
    ),
    "code_taken": QT_TRANSLATE_NOOP("Problems", "Another operator already has this code."),
    "country_format": QT_TRANSLATE_NOOP(
        "Problems", "Two Latin letters, the country code: KZ, RU, …"
    ),
    "foreign_format": QT_TRANSLATE_NOOP("Problems", "5–20 Latin letters, digits or “-”."),
    "no_operator_profile": QT_TRANSLATE_NOOP(
        "Problems", "Create an operator profile first (Settings → Operators)."
    ),
    "no_operator": QT_TRANSLATE_NOOP(
        "Problems", "This operator profile no longer exists (no. {id})."
    ),
    "no_request": QT_TRANSLATE_NOOP("Problems", "This request no longer exists (no. {id})."),
    "no_request_number": QT_TRANSLATE_NOOP("Problems", "No request is numbered {number}."),
    "number_ambiguous": QT_TRANSLATE_NOOP(
        "Problems", "{number} exists at several operators: choose the operator."
    ),
    "no_subject": QT_TRANSLATE_NOOP("Problems", "This subject no longer exists (no. {id})."),
    "no_subject_here": QT_TRANSLATE_NOOP(
        "Problems", "This subject (no. {id}) does not belong to this operator."
    ),
    "no_attachment": QT_TRANSLATE_NOOP("Problems", "This scan no longer exists (no. {id})."),
    "no_override": QT_TRANSLATE_NOOP("Problems", "This calendar day is no longer in the list."),
    "iin_taken": QT_TRANSLATE_NOOP(
        "Problems", "Another subject already has this IIN ({name}): open that record instead."
    ),
    "link_or_create": QT_TRANSLATE_NOOP(
        "Problems", "Link an existing subject or create a new one, not both."
    ),
    "subject_not_chosen": QT_TRANSLATE_NOOP(
        "Problems", "Select the subject to link, or choose another option."
    ),
    "use_stop_clock": QT_TRANSLATE_NOOP(
        "Problems", "Use “Stop the clock” to wait for the subject: it needs a reason."
    ),
    "clock_stopped": QT_TRANSLATE_NOOP(
        "Problems", "The clock is stopped waiting for the subject: resume it first."
    ),
    "not_extendable": QT_TRANSLATE_NOOP(
        "Problems", "A request with the status “{status}” cannot be extended."
    ),
    "days_or_date": QT_TRANSLATE_NOOP(
        "Problems", "Give a number of working days (at least 1) or a new due date."
    ),
    "at_least": QT_TRANSLATE_NOOP("Problems", "Must be at least {min}."),
    "days_range": QT_TRANSLATE_NOOP(
        "Problems", "A whole number of working days from {low} to {high}."
    ),
    "not_after_due": QT_TRANSLATE_NOOP(
        "Problems", "Choose a working day after the current due date ({due})."
    ),
    "not_working_day": QT_TRANSLATE_NOOP("Problems", "{value} is not a working day."),
    "day_taken": QT_TRANSLATE_NOOP("Problems", "{value} already has an override."),
    "file_empty": QT_TRANSLATE_NOOP("Problems", "{name} is empty."),
    "file_too_large": QT_TRANSLATE_NOOP(
        "Problems", "{name} is {size_mb} MB; the limit is {limit_mb} MB."
    ),
    "not_a_scan": QT_TRANSLATE_NOOP("Problems", "{name} is not a PDF, JPEG, PNG or TIFF scan."),
    "scan_damaged": QT_TRANSLATE_NOOP(
        "Problems", "{name} looks like {kind} but is damaged and cannot be opened."
    ),
    "scan_destroyed": QT_TRANSLATE_NOOP("Problems", "This scan was destroyed."),
    "scan_destroyed_already": QT_TRANSLATE_NOOP("Problems", "This scan was destroyed already."),
    "too_large": QT_TRANSLATE_NOOP("Problems", "The file is larger than {limit_mb} MB."),
    "unreadable": QT_TRANSLATE_NOOP("Problems", "The file cannot be read."),
    "db_not_empty": QT_TRANSLATE_NOOP(
        "Problems", "The database already holds operators; the demo needs an empty database."
    ),
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
    "extension_reason_required": QT_TRANSLATE_NOOP(
        "Problems", "Give the reason: it is recorded and told to the subject."
    ),
    "case_not_found": QT_TRANSLATE_NOOP("Problems", "This request is no longer in the database."),
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
    # == backups, restore, file privacy (W3) ==
    "backup_is_database": QT_TRANSLATE_NOOP(
        "Problems", "{path} is the database itself; choose a new file for the backup."
    ),
    "backup_exists": QT_TRANSLATE_NOOP(
        "Problems", "{path} already exists; a backup is only written to a new file."
    ),
    "backup_is_folder": QT_TRANSLATE_NOOP(
        "Problems", "{path} is a folder; choose the name of a new file."
    ),
    "backup_unreadable": QT_TRANSLATE_NOOP("Problems", "{path} is not a Derbes backup."),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "Problems", "The backup {path} is damaged; choose another backup."
    ),
    "backup_too_new": QT_TRANSLATE_NOOP(
        "Problems",
        "The backup {path} was made by a newer version of Derbes; update Derbes to restore it.",
    ),
    "backup_audit_broken": QT_TRANSLATE_NOOP(
        "Problems",
        "The audit log in the backup {path} does not verify ({problems} problems); "
        "it was not restored.",
    ),
    "restore_same_file": QT_TRANSLATE_NOOP(
        "Problems", "{path} is the open database itself; choose a backup file."
    ),
    "restore_not_empty": QT_TRANSLATE_NOOP(
        "Problems",
        "The database {database} already holds data; restore into an empty database or "
        "confirm replacing it.",
    ),
    # (end of section)
    # == anchored audit (W2) ==
    "audit_edited": QT_TRANSLATE_NOOP(
        "Problems", "Entry {entry} was edited: its content no longer matches its hash."
    ),
    "audit_broken_link": QT_TRANSLATE_NOOP(
        "Problems",
        "Entry {entry} does not follow the entry before it: that one was removed or rewritten.",
    ),
    "audit_other_database": QT_TRANSLATE_NOOP(
        "Problems",
        "This is not the database whose audit log this computer recorded ({expected}); "
        "it is {found}.",
    ),
    "audit_log_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "The audit log is empty, but {expected} entries were recorded on this computer: "
        "the log was deleted.",
    ),
    "audit_tail_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "{expected} entries were recorded up to entry {head}, only {found} are left and the "
        "newest is {last}: the last entries were deleted.",
    ),
    "audit_head_rewritten": QT_TRANSLATE_NOOP(
        "Problems",
        "Entry {entry} no longer has the hash recorded on this computer: the log was rewritten "
        "and its chain recomputed.",
    ),
    "audit_count_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "{expected} entries were recorded up to entry {head}, {found} are there."
    ),
    "audit_sequence_ahead": QT_TRANSLATE_NOOP(
        "Problems",
        "Entries up to number {expected} were written, the newest left is {found}: the last "
        "entries were deleted.",
    ),
    "audit_append_only": QT_TRANSLATE_NOOP(
        "Problems", "The audit log can only be added to; nothing in it may be changed or deleted."
    ),
    # (end of section)
    # == probes and the command line (W1) ==
    "bidi_control": QT_TRANSLATE_NOOP(
        "Problems",
        "Contains an invisible direction control ({char}) that makes the text read in another "
        "order: remove it.",
    ),
    "not_utf8": QT_TRANSLATE_NOOP(
        "Problems", "Contains characters that could not be read as text: type them again."
    ),
    "out_is_database": QT_TRANSLATE_NOOP(
        "Problems", "{path} is the database Derbes is using: choose another file."
    ),
    "out_exists": QT_TRANSLATE_NOOP(
        "Problems", "{path} already exists; it was kept and nothing was written."
    ),
    "out_not_a_file": QT_TRANSLATE_NOOP(
        "Problems", "{path} is not an ordinary file: choose a file name."
    ),
    "file_too_big": QT_TRANSLATE_NOOP(
        "Problems", "{path} would be larger than this system allows; nothing was written."
    ),
    "letter_layout": QT_TRANSLATE_NOOP(
        "Problems",
        "The letter cannot be laid out: the address, a name or a line of text is too long for "
        "a page. Shorten it.",
    ),
    "letter_characters": QT_TRANSLATE_NOOP(
        "Problems",
        "The letter holds invisible control characters a Word document cannot carry: correct "
        "the request's fields, or save it as PDF.",
    ),
    "db_url_invalid": QT_TRANSLATE_NOOP(
        "Problems",
        "{url} is not a database: give a file or an address such as postgresql://user@host/derbes.",
    ),
    "db_url_memory": QT_TRANSLATE_NOOP(
        "Problems", "A database in memory keeps nothing: choose a file."
    ),
    "db_url_unsupported": QT_TRANSLATE_NOOP(
        "Problems", "{scheme} databases are not supported: use a file or PostgreSQL."
    ),
    "db_none": QT_TRANSLATE_NOOP("Problems", "{database} does not exist."),
    "db_not_derbes": QT_TRANSLATE_NOOP(
        "Problems", "{database} is not a Derbes database; it was not changed."
    ),
    # (end of section)
    # == PostgreSQL for teams: versions, credentials, the database page (W4) ==
    "request_changed": QT_TRANSLATE_NOOP(
        "Problems",
        "{by} changed this request at {at}, after you opened it. Reload it to see the change.",
    ),
    "subject_changed": QT_TRANSLATE_NOOP(
        "Problems",
        "{by} changed this subject at {at}, after you opened it. Reload it to see the change.",
    ),
    "db_kind": QT_TRANSLATE_NOOP(
        "Problems", "Choose a SQLite file or a PostgreSQL server ({value} is neither)."
    ),
    "password_in_url": QT_TRANSLATE_NOOP(
        "Problems",
        "Leave the password out of the address: it is kept in the system keyring.",
    ),
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "Problems",
        "This computer has no system keyring ({error}): the password will be asked for "
        "at each start.",
    ),
    # (end of section)
    # == the window's own safety, IIN masking (W5) ==
    "nothing_to_undo": QT_TRANSLATE_NOOP(
        "Problems", "There is no change of due dates to undo: it was undone already."
    ),
    "extension_in_past": QT_TRANSLATE_NOOP(
        "Problems",
        "{value} has already passed: choose a new due date after today ({today}).",
    ),
    # (end of section)
}

# (field, code) -> a sentence of that field's own, where the generic one reads poorly.
FIELD_TEXTS: dict[tuple[str, str], str] = {
    # == input: requests, subjects, operators, identifiers, attachments, settings (H1) ==
    ("iin", "digits_only"): QT_TRANSLATE_NOOP(
        "Problems", "An IIN has digits only; “{char}” is not a digit."
    ),
    ("iin", "length"): QT_TRANSLATE_NOOP("Problems", "An IIN has 12 digits; {given} typed."),
    ("iin", "no_check_digit"): QT_TRANSLATE_NOOP(
        "Problems", "Not a valid IIN: no check digit exists for its first 11 digits."
    ),
    ("iin", "checksum"): QT_TRANSLATE_NOOP(
        "Problems",
        "The check digit does not match: the last digit should be {expected}. Check the number against the letter.",
    ),
    ("reg_number", "required"): QT_TRANSLATE_NOOP(
        "Problems", "Enter the 12-digit BIN of the organisation."
    ),
    ("reg_number", "digits_only"): QT_TRANSLATE_NOOP(
        "Problems", "A BIN has digits only; “{char}” is not a digit."
    ),
    ("reg_number", "length"): QT_TRANSLATE_NOOP("Problems", "A BIN has 12 digits; {given} typed."),
    ("reg_number", "no_check_digit"): QT_TRANSLATE_NOOP(
        "Problems",
        "No valid BIN starts with these 11 digits: compare them with the registration certificate.",
    ),
    ("client_bin", "digits_only"): QT_TRANSLATE_NOOP(
        "Problems", "A BIN has digits only; “{char}” is not a digit."
    ),
    ("client_bin", "length"): QT_TRANSLATE_NOOP("Problems", "A BIN has 12 digits; {given} typed."),
    ("client_bin", "no_check_digit"): QT_TRANSLATE_NOOP(
        "Problems",
        "No valid BIN starts with these 11 digits: compare them with the registration certificate.",
    ),
    ("sender", "required"): QT_TRANSLATE_NOOP("Problems", "Write the sender as on the letter."),
    ("surname", "required"): QT_TRANSLATE_NOOP("Problems", "The surname is required."),
    ("birth_date", "future"): QT_TRANSLATE_NOOP(
        "Problems", "The birth date {value} has not come yet: check the year."
    ),
    ("day", "day_taken"): QT_TRANSLATE_NOOP(
        "Problems", "This date already has an override: edit that one instead."
    ),
    ("birth_date", "not_a_date"): QT_TRANSLATE_NOOP(
        "Problems", "Write the date as dd.mm.yyyy, for example 14.03.1985."
    ),
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
    ("note", "required"): QT_TRANSLATE_NOOP("Problems", "Write the note first."),
    # (end of section)
    # == storage and files (H4) ==
    # (end of section)
    # == package, demo data, preferences (H5) ==
    # (end of section)
    # == PostgreSQL for teams (W4) ==
    # (end of section)
}

# field -> its name, for a message that stands away from the field (a message box, a status line).
FIELDS: dict[str, str] = {
    "iin": QT_TRANSLATE_NOOP("Problems", "IIN"),
    "bin": QT_TRANSLATE_NOOP("Problems", "BIN"),
    "email": QT_TRANSLATE_NOOP("Problems", "E-mail"),
    # == input: requests, subjects, operators, identifiers, attachments, settings (H1) ==
    "operator": QT_TRANSLATE_NOOP("Problems", "Operator"),
    "type": QT_TRANSLATE_NOOP("Problems", "Type"),
    "received": QT_TRANSLATE_NOOP("Problems", "Received"),
    "postmark": QT_TRANSLATE_NOOP("Problems", "Postmark"),
    "registered": QT_TRANSLATE_NOOP("Problems", "Registered on"),
    "channel": QT_TRANSLATE_NOOP("Problems", "Channel"),
    "language": QT_TRANSLATE_NOOP("Problems", "Language"),
    "sender": QT_TRANSLATE_NOOP("Problems", "Sender"),
    "sender_address": QT_TRANSLATE_NOOP("Problems", "Address"),
    "summary": QT_TRANSLATE_NOOP("Problems", "Summary"),
    "assignee": QT_TRANSLATE_NOOP("Problems", "Assignee"),
    "subject": QT_TRANSLATE_NOOP("Problems", "Subject"),
    "file": QT_TRANSLATE_NOOP("Problems", "File"),
    "attachment": QT_TRANSLATE_NOOP("Problems", "Scan"),
    "request": QT_TRANSLATE_NOOP("Problems", "Request"),
    "reg_number": QT_TRANSLATE_NOOP("Problems", "Registration number"),
    "surname": QT_TRANSLATE_NOOP("Problems", "Surname"),
    "birth_date": QT_TRANSLATE_NOOP("Problems", "Birth date"),
    "client_bin": QT_TRANSLATE_NOOP("Problems", "Client's BIN"),
    "code": QT_TRANSLATE_NOOP("Problems", "Code"),
    "name_kk": QT_TRANSLATE_NOOP("Problems", "Name in Kazakh"),
    "name_ru": QT_TRANSLATE_NOOP("Problems", "Name in Russian"),
    "country": QT_TRANSLATE_NOOP("Problems", "Country"),
    "request_prefix": QT_TRANSLATE_NOOP("Problems", "Number prefix"),
    "request_pattern": QT_TRANSLATE_NOOP("Problems", "Incoming number pattern"),
    "outgoing_pattern": QT_TRANSLATE_NOOP("Problems", "Outgoing number pattern"),
    "title_kk": QT_TRANSLATE_NOOP("Problems", "Title in Kazakh"),
    "status": QT_TRANSLATE_NOOP("Problems", "Status"),
    "reason": QT_TRANSLATE_NOOP("Problems", "Reason"),
    "days": QT_TRANSLATE_NOOP("Problems", "Working days"),
    "new_due": QT_TRANSLATE_NOOP("Problems", "New due date"),
    "stopped_on": QT_TRANSLATE_NOOP("Problems", "Stopped on"),
    "resumed_on": QT_TRANSLATE_NOOP("Problems", "Resumed on"),
    "note": QT_TRANSLATE_NOOP("Problems", "Note"),
    "day": QT_TRANSLATE_NOOP("Problems", "Day"),
    "kind": QT_TRANSLATE_NOOP("Problems", "Kind"),
    "preset": QT_TRANSLATE_NOOP("Problems", "Preset"),
    "override": QT_TRANSLATE_NOOP("Problems", "Calendar day"),
    "db": QT_TRANSLATE_NOOP("Problems", "Database"),
    "tracking_number": QT_TRANSLATE_NOOP("Problems", "Tracking number"),
    # (end of section)
    # == letters: kinds, templates, drafts, finalising (H2) ==
    "body": QT_TRANSLATE_NOOP("Problems", "Text"),
    "signatory": QT_TRANSLATE_NOOP("Problems", "Signatory"),
    "signed": QT_TRANSLATE_NOOP("Problems", "Signature"),
    "ground": QT_TRANSLATE_NOOP("Problems", "Ground of the refusal"),
    "disposals": QT_TRANSLATE_NOOP("Problems", "What happened to the data"),
    "template": QT_TRANSLATE_NOOP("Problems", "Template"),
    "letter": QT_TRANSLATE_NOOP("Problems", "Letter"),
    "format": QT_TRANSLATE_NOOP("Problems", "Format"),
    # (end of section)
    # == case: status actions, clock, extensions, calendar (H3) ==
    # (end of section)
    # == storage and files (H4) ==
    # (end of section)
    # == package, demo data, preferences (H5) ==
    # (end of section)
    # == backups, restore, file privacy (W3) ==
    "daily": QT_TRANSLATE_NOOP("Problems", "Daily backups kept"),
    "weekly": QT_TRANSLATE_NOOP("Problems", "Weekly backups kept"),
    # (end of section)
    # == probes and the command line (W1) ==
    "out": QT_TRANSLATE_NOOP("Problems", "Output file"),
    "from": QT_TRANSLATE_NOOP("Problems", "Counted from"),
    "given_name": QT_TRANSLATE_NOOP("Problems", "Given name"),
    "patronymic": QT_TRANSLATE_NOOP("Problems", "Patronymic"),
    "phone": QT_TRANSLATE_NOOP("Problems", "Phone"),
    "address": QT_TRANSLATE_NOOP("Problems", "Address"),
    "account_id": QT_TRANSLATE_NOOP("Problems", "Account"),
    "client_org": QT_TRANSLATE_NOOP("Problems", "Client organisation"),
    # (end of section)
    # == PostgreSQL for teams (W4) ==
    "version": QT_TRANSLATE_NOOP("Problems", "Version"),
    "host": QT_TRANSLATE_NOOP("Problems", "Server"),
    "port": QT_TRANSLATE_NOOP("Problems", "Port"),
    "database": QT_TRANSLATE_NOOP("Problems", "Database"),
    "user": QT_TRANSLATE_NOOP("Problems", "User"),
    "password": QT_TRANSLATE_NOOP("Problems", "Password"),
    "path": QT_TRANSLATE_NOOP("Problems", "File"),
    # (end of section)
    # == the window's own safety, IIN masking (W5) ==
    "undo": QT_TRANSLATE_NOOP("Problems", "Undo"),
    # (end of section)
}


def _value_text(value: Any) -> str:
    from app.ui import labels

    if isinstance(value, dt.datetime):  # a moment (stored in UTC): shown in local time
        return value.astimezone().strftime("%d.%m.%Y %H:%M")
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
