"""The wording of the generic codes and of input rules (requests, subjects, operators,
identifiers, attachments, settings); the field-specific sentences and the field names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# code -> sentence, as shown beside the field (so without the field's name).
INPUT: dict[str, str] = {
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
    # == the operator profile's kk/ru pairs a letter prints (i12-requisites) ==
    "half_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "The other language's half is filled in: write this one too ({language}); a letter "
        "in this language prints it.",
    ),
    "russian_words": QT_TRANSLATE_NOOP(
        "Problems",
        "Russian words in the Kazakh text: {words}. Write it in Kazakh (for example «қ.», "
        "«көш.», «ЖШС», «ШЫҒ»).",
    ),
    "kazakh_words": QT_TRANSLATE_NOOP(
        "Problems",
        "Kazakh words in the Russian text: {words}. Write it in Russian (for example «г.», "
        "«ул.», «ТОО», «ИСХ»).",
    ),
    "legal_form": QT_TRANSLATE_NOOP(
        "Problems", "The Russian name states another legal form: in Kazakh it is «{expected}»."
    ),
    "letter_half_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "The operator profile has no text here in this language ({language}): fill it in "
        "(Settings → Operators) before making a letter in it.",
    ),
    "letter_foreign_words": QT_TRANSLATE_NOOP(
        "Problems",
        "The operator profile's text in this language ({language}) holds words of the other "
        "language: {words}. Correct it (Settings → Operators) before making a letter in it.",
    ),
    # == input: requests, subjects, operators, identifiers, attachments, settings (H1) ==
    "out_of_range": QT_TRANSLATE_NOOP("Problems", "{value} is outside {low}–{high}."),
    "before_postmark": QT_TRANSLATE_NOOP(
        "Problems", "Before the postmark ({postmark}): check both dates."
    ),
    "after_received": QT_TRANSLATE_NOOP(
        "Problems", "Cannot be after the letter was received ({received}): check both dates."
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
    # == the extension's reason in each language (i12-ext) ==
    ("reason_kk", "half_missing"): QT_TRANSLATE_NOOP(
        "Problems", "Write the reason in Kazakh too: the extension notice in Kazakh prints it."
    ),
    ("reason_ru", "half_missing"): QT_TRANSLATE_NOOP(
        "Problems", "Write the reason in Russian too: the extension notice in Russian prints it."
    ),
    ("reason_kk", "russian_words"): QT_TRANSLATE_NOOP(
        "Problems", "Russian words in the Kazakh reason: {words}. Write it in Kazakh."
    ),
    ("reason_ru", "kazakh_words"): QT_TRANSLATE_NOOP(
        "Problems", "Kazakh words in the Russian reason: {words}. Write it in Russian."
    ),
    # (end of section)
    # == the refusal's ground and the act's notes in each language (i12-pairs) ==
    ("ground_detail_kk", "half_missing"): QT_TRANSLATE_NOOP(
        "Problems", "Write the ground in Kazakh too: the refusal in Kazakh prints it."
    ),
    ("ground_detail_ru", "half_missing"): QT_TRANSLATE_NOOP(
        "Problems", "Write the ground in Russian too: the refusal in Russian prints it."
    ),
    ("note_kk", "half_missing"): QT_TRANSLATE_NOOP(
        "Problems", "Write the note in Kazakh too: the act in Kazakh prints it."
    ),
    ("note_ru", "half_missing"): QT_TRANSLATE_NOOP(
        "Problems", "Write the note in Russian too: the act in Russian prints it."
    ),
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
    "letter_date": QT_TRANSLATE_NOOP("Problems", "Letter date"),
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
    "outgoing_pattern_kk": QT_TRANSLATE_NOOP(
        "Problems", "Outgoing number pattern (Kazakh letters)"
    ),
    "address_kk": QT_TRANSLATE_NOOP("Problems", "Address in Kazakh"),
    "address_ru": QT_TRANSLATE_NOOP("Problems", "Address in Russian"),
    "signatory_position_kk": QT_TRANSLATE_NOOP("Problems", "Signatory's position in Kazakh"),
    "signatory_position_ru": QT_TRANSLATE_NOOP("Problems", "Signatory's position in Russian"),
    "title_kk": QT_TRANSLATE_NOOP("Problems", "Title in Kazakh"),
    "status": QT_TRANSLATE_NOOP("Problems", "Status"),
    "reason": QT_TRANSLATE_NOOP("Problems", "Reason"),
    "reason_kk": QT_TRANSLATE_NOOP("Problems", "Reason in Kazakh"),
    "reason_ru": QT_TRANSLATE_NOOP("Problems", "Reason in Russian"),
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
