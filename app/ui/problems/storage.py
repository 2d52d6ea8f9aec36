"""The wording of the codes of storage and files, backups, the audit log, the command line's
probes, teams on PostgreSQL and the window's own safety."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

STORAGE: dict[str, str] = {
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
