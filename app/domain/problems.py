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
    "out_of_range": "{value} is outside {low}–{high}",
    "before_postmark": "{value} is before the postmark {postmark}",
    "after_received": "cannot be after the letter was received ({received})",
    "before_received": "cannot be before the letter was received ({received})",
    "before_stop": "cannot be before the clock stopped ({stopped})",
    "s10_length": (
        "must be 13 characters: 2 letters, 8 digits, a check digit and 2 letters, "
        "e.g. RR123456785KZ ({given} given)"
    ),
    "s10_service": "must start with 2 Latin letters (the service code)",
    "s10_serial": "characters 3 to 11 must be digits (8-digit serial and check digit)",
    "s10_country": "must end with 2 Latin letters (the country code)",
    "s10_checksum": "check digit is wrong (expected {expected})",
    "pattern_syntax": "is not a valid pattern: a brace is not closed or not opened",
    "unknown_placeholder": "unknown placeholder {{{name}}}; use {{prefix}}, {{year}}, {{yy}} and {{seq}}",
    "bad_spec": "placeholder {{{name}}} may only take a width such as :04d",
    "no_seq": "must contain {{seq}}, the running number",
    "no_year": "must contain {{year}} or {{yy}}: numbering restarts every year",
    "code_format": "use 1–40 Latin letters, digits, '-' or '_'",
    "code_taken": "an operator with code {value!r} exists already",
    "country_format": "must be a two-letter country code such as KZ",
    "foreign_format": "must be 5–20 letters, digits or '-'",
    "no_operator_profile": "no operator profile exists yet; create one or run `derbes demo`",
    "no_operator": "no operator with id {id}",
    "no_request": "no request with id {id}",
    "no_request_number": "no request numbered {number!r}",
    "number_ambiguous": "{number!r} exists at several operators; give --operator",
    "no_subject": "no subject with id {id}",
    "no_subject_here": "no subject with id {id} at this operator",
    "no_attachment": "no attachment with id {id}",
    "no_override": "no such calendar override",
    "iin_taken": "belongs to another subject already ({name}); open that record instead",
    "link_or_create": "link an existing subject or create a new one, not both",
    "subject_not_chosen": "select the subject to link, or choose another option",
    "use_stop_clock": "use 'stop the clock' to wait for the subject: it needs a reason",
    "clock_stopped": "the clock is stopped waiting for the subject: resume it first",
    "clock_not_stopped": "the clock is not stopped",
    "not_extendable": "a {status} request cannot be extended",
    "days_or_date": "give a number of working days of at least 1, or a new due date",
    "at_least": "must be at least {min}",
    "days_range": "must be a whole number of working days from {low} to {high}",
    "not_after_due": "must be a working day after the current due date {due}",
    "not_working_day": "{value} is not a working day",
    "day_taken": "{value} already has an override",
    "file_empty": "{name} is empty",
    "file_too_large": "{name} is {size_mb} MB; the limit is {limit_mb} MB",
    "not_a_scan": "{name} is not a PDF, JPEG, PNG or TIFF scan (it is {found})",
    "scan_damaged": "{name} looks like {kind} but is damaged and cannot be opened ({detail})",
    "scan_destroyed": "this scan was destroyed",
    "scan_destroyed_already": "this scan was destroyed already",
    "too_large": "is larger than {limit_mb} MB",
    "unreadable": "cannot be read ({detail})",
    "db_not_empty": (
        "the database already holds operators; the demo needs an empty database "
        "(give --db a new file)"
    ),
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
    "cannot_extend": "a {status} request cannot be extended",
    "resume_before_extending": "the clock is stopped: resume it before extending",
    "no_subject_linked": "no subject is linked to the request",
    "stop_before_received": "cannot be before the letter was received ({received})",
    "resume_before_stop": "cannot be before the clock stopped ({stopped_on})",
    "stop_reason_required": "say what the subject was asked to clarify",
    "extension_not_later": "the new due date must be after the current one ({due})",
    "extension_reason_required": "an extension needs a reason",
    "extension_half_missing": "the extension's reason has no {language} text: record it before "
    "an extension notice in {language}",
    "no_extension": "the request has no extension whose reason could be completed",
    "case_not_found": "there is no request with id {id}",
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
    # == backups, restore, file privacy (W3) ==
    "backup_is_database": "{path} is the database {database} itself (or one of its files); a "
    "backup is never written over it",
    "backup_exists": "{path} already exists; a backup is only written to a new file",
    "backup_is_folder": "{path} is a folder; give the name of a new file",
    "backup_unreadable": "{path} is not a Derbes backup ({error})",
    "backup_damaged": "the backup {path} is damaged ({result})",
    "backup_too_new": "the backup {path} was made by a newer version of Derbes (schema "
    "{revision}, this one knows up to {head})",
    "backup_audit_broken": "the audit log in the backup {path} does not verify ({problems} "
    "problem(s) in {checked} entries); it was not restored",
    "restore_same_file": "{path} is the database {database} itself; restore from a backup file",
    "restore_not_empty": "{database} already holds {tables} tables; restore into an empty "
    "database, or confirm replacing it with --force (a copy of it is kept)",
    # (end of section)
    # == anchored audit (W2) ==
    "audit_edited": "entry {entry}: its content no longer matches its hash (edited)",
    "audit_broken_link": "entry {entry}: does not follow the entry before it (that one was "
    "removed or rewritten)",
    "audit_other_database": "the anchor kept outside the database belongs to another database "
    "({expected}), this one is {found}",
    "audit_log_missing": "the log is empty, but {expected} entries up to entry {head} were "
    "recorded outside the database (the log was deleted)",
    "audit_tail_missing": "expected at least {expected} entries up to entry {head}, found "
    "{found}; the newest is {last} (the last entries were deleted)",
    "audit_head_rewritten": "entry {entry}: no longer has the hash recorded outside the "
    "database (the chain was rewritten and recomputed)",
    "audit_count_mismatch": "expected {expected} entries up to entry {head}, found {found}",
    "audit_sequence_ahead": "entries up to {expected} were written, the newest left is {found} "
    "(the last entries were deleted)",
    "audit_append_only": "the audit log cannot be changed or deleted, only added to ({database})",
    # (end of section)
    # == probes and the command line (W1) ==
    # Text (app/domain/request_input.py characters_problem).
    "bidi_control": "contains the invisible direction control {char}, which makes text read in "
    "another order than it is stored",
    "not_utf8": "contains bytes that are not UTF-8 text (check the terminal's encoding)",
    # Outputs (app/services/outputs.py).
    "out_is_database": "{path} is the database in use (or one of its files); choose another file",
    "out_exists": "{path} already exists; nothing was written (add --force to replace it)",
    "out_not_a_file": "{path} is not a regular file (a device or a pipe); choose a file name",
    "file_too_big": "{path} would exceed the largest file this system allows ({error}); "
    "nothing was written",
    "letter_layout": "the letter cannot be laid out: a field (the address, a name, a line of "
    "text) is too long to fit on a page; shorten it",
    "letter_characters": "the letter holds control characters a Word document cannot carry "
    "(stored before they were refused); correct the request's fields or make a PDF",
    # The database named by --db / DERBES_DB.
    "db_url_invalid": "{url} is not a database: give a file path or a URL such as "
    "postgresql://user@host/derbes",
    "db_url_memory": "an in-memory SQLite database keeps nothing; give a file path",
    "db_url_unsupported": "{scheme} databases are not supported; use a SQLite file or "
    "postgresql://",
    "db_none": "{database} does not exist; create it with `derbes demo` or the app",
    "db_not_derbes": "{database} is not a database Derbes can open (empty, or another program's "
    "file); "
    "it was not changed",
    # (end of section)
    # == PostgreSQL for teams: versions, credentials, the database page (W4) ==
    "request_changed": "request {id} was changed by {by} at {at} after you opened it; "
    "reload it and try again",
    "subject_changed": "subject {id} was changed by {by} at {at} after you opened it; "
    "reload it and try again",
    "db_kind": "the database must be a SQLite file or a PostgreSQL server, not {value}",
    "password_in_url": "a database URL is kept without its password; "
    "the password goes to the system keyring",
    "keyring_unavailable": "no system keyring is available ({error}); "
    "the password is asked for at each start",
    # (end of section)
    # == the window's own safety, IIN masking (W5) ==
    "nothing_to_undo": "there is no change of due dates to undo",
    "extension_in_past": "the new due date {value} has already passed (today is {today})",
    # (end of section)
    # == the operator profile's kk/ru pairs a letter prints (i12-requisites) ==
    "half_missing": "the other language's half is filled in: write the {language} one too",
    "russian_words": "Russian words in the Kazakh text: {words}",
    "kazakh_words": "Kazakh words in the Russian text: {words}",
    "legal_form": "the Russian name states another legal form: in Kazakh it is «{expected}»",
    "letter_half_missing": "the operator profile has no {language} text here: fill it in "
    "before a letter in {language}",
    "letter_foreign_words": "the operator profile's {language} text holds words of the other "
    "language ({words}): correct it before a letter in {language}",
    # (end of section)
    # == the data map and the withdrawal workflow (lead) ==
    "pair_missing_half": "row {row}: the {language} text is missing",
    "retention_basis_missing": "row {row}: the retention rule needs its legal basis in {language}",
    "retention_period_missing": "row {row}: the retention rule needs a period in years or months",
    "country_code": "row {row}: {value!r} is not a two-letter country code",
    "withdrawal_unsigned": "the withdrawal is not signed: only a signed written statement withdraws consent",
    "signature_unchecked": "check whether the statement is signed first",
    "identity_mismatch": "the IIN or the name on the letter does not match the record",
    "identity_unchecked": "compare the IIN and the name on the letter with the record first",
    "ground_detail_required": "say which law or which unfulfilled obligation stops the withdrawal",
    "refusal_half_missing": "the refusal's ground in detail has no {language} text: record it "
    "before a refusal in {language}",
    "act_note_half_missing": "a system's note has no {language} text: record it before an act "
    "in {language}",
    "effective_after_answer": "processing cannot stop after the answer ({answered})",
    "outcome_required": "choose what happened to this category ({choices})",
    "basis_missing_half": "the legal basis for keeping the data is missing in {language}",
    "until_not_after": "the data must be kept until a day after {date}",
    "place_missing_half": "the place the act was drawn up is missing in {language}",
    "members_required": "name at least one person who carried out the destruction",
    "position_missing_half": "member {row}: the position is missing in {language}",
    "approver_required": "name the person who approves the act",
    "workflow_not_started": "the withdrawal's checks and decision are not recorded yet, so a {kind} letter cannot state them",
    "refusal_not_decided": "no refusal is recorded: record the decision and its ground first",
    "withdrawal_not_accepted": "the withdrawal is not accepted yet, so a {kind} letter cannot be written",
    "effective_missing": "the day processing stopped is not recorded",
    "systems_not_done": "{count} system(s) not yet cleaned, first: {first}",
    "outcomes_missing": "{count} data categor(ies) have no outcome, first: {first}",
    "act_not_final": "finalise the destruction act before the confirmation",
    "merge_same_record": "a record cannot be merged into itself (id {id})",
    "already_merged": "record {id} was already merged into record {into}",
    "merge_other_operator": "the two records belong to different operators",
    # (end of section)
    # == purge and merge (D) ==
    "merge_anonymised": "record {id} is anonymised: nothing can be merged with it",
    "merge_iin_differs": "the two records have different IINs: they are two people",
    "status_not_by_hand": "the status {value!r} is set by a merge or a purge, not by hand",
    # (end of section)
    # == the workflow in the case (A) ==
    "identity_differs_note": (
        "the letter and the record differ: say in the note why it is the same person, "
        "or record a mismatch"
    ),
    "no_record_to_compare": "no subject is linked, so there is no record to match; link it first",
    "withdrawal_no_subject": "link the subject's record first: its status changes when the confirmation is sent",
    "workflow_closed": "the withdrawal's answer is finalised; nothing more can be recorded on it",
    "accept_first": "accept the withdrawal first; a refused or undecided one has nothing to destroy",
    "act_already_final": "the destruction act is finalised; what it states can no longer change",
    "no_workflow_for_type": "a {type} request has no withdrawal workflow",
    "no_such_line": "line {id} is not part of this withdrawal",
    "consent_not_subjects": "consent {id} is not a consent of the linked subject",
    "answer_not_final": "finalise the {kind} letter before the request is sent",
    # (end of section)
    # == letters from the workflow's facts (B) ==
    "access_map_empty": "the operator's data map lists no {part} yet, and the access response lists them (fill in the map in Settings > Operators)",
    # (end of section)
    # == dispatch and the post office (G) ==
    "tracking_not_used": "a letter sent by {method} has no tracking number",
    "not_s10": "{value} is not a UPU S10 number; confirm to keep it as typed "
    "(on the command line: --accept-non-s10)",
    "sent_before_letter": "a letter cannot be sent before its own date ({letter_date})",
    "letter_not_sent": "the letter has not been dispatched yet",
    "before_sent": "cannot be before the letter was sent ({sent_on})",
    "letter_not_final": "only a final letter (numbered, its PDF kept) can be dispatched",
    "letter_internal": "a {kind} is an internal document and is not sent",
    "letter_already_sent": "letter {number} was already dispatched on {sent_on}",
    "letter_delivered": "letter {number} was already delivered on {on}",
    "letter_returned": "letter {number} was already returned on {on}",
    "dispatch_while_waiting": "the request's clock is stopped (waiting for the subject): "
    "resume it before its answer is sent",
    "no_letters": "choose at least one letter",
    "no_letter_number": "no final letter is numbered {number}",
    "no_letter": "there is no letter {id}",
    # (end of section)
    # == i10-reports ==
    "period_reversed": "the period cannot end before it starts ({start})",
    "report_format": "{value!r} is not a report format (use {formats})",
    "report_language": "{value!r} is not a language of reports (use kk, ru or en)",
    # == i11-import ==
    "import_date": "{value!r} is not a date (use YYYY-MM-DD or DD.MM.YYYY)",
    "import_iin_twice": "this IIN is already on line {line}",
    "import_bad_row": "line {line}: {reason}",
    "import_no_column": "no column is mapped to the field {field}",
    "import_encoding": "the file cannot be read as {encoding}",
    # (end of section)
    # == i10-registers ==
    "register.kind_unknown": "There is no register {kind} (incoming or outgoing).",
    "register.language_unknown": "A register is written in kk, ru or en, not {language}.",
    "register.column_unknown": "The register has no column {column}.",
    "register.format_unknown": "A register is saved as .xlsx, .csv or .pdf, not {suffix}.",
    "register.outgoing_filters": "The outgoing register takes only --operator and --search.",
    # == i13-ocr ==
    "ocr_no_tesseract": "Tesseract OCR is not installed ({program} cannot be run); letters are "
    "registered by hand until it is. Debian/Ubuntu: apt-get install tesseract-ocr "
    "tesseract-ocr-kaz tesseract-ocr-rus; Windows: the UB-Mannheim Tesseract installer with the "
    "Kazakh and Russian language data (or set DERBES_TESSERACT to tesseract.exe)",
    "ocr_no_language": "Tesseract lacks the language data {missing} (it has {installed}). "
    "Debian/Ubuntu: apt-get install tesseract-ocr-kaz tesseract-ocr-rus; Windows: run the "
    "UB-Mannheim installer again and tick Kazakh and Russian under additional language data",
    "ocr_failed": "Tesseract could not read page {page} ({detail})",
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
