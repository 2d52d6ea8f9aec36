"""What a change touched, in the words the screens subscribe to.

A write transaction records the tables it wrote (:func:`app.storage.database.recording`); this
maps them to topics, so a caller never names what its change touched.
"""

from __future__ import annotations

from collections.abc import Iterable

REQUESTS = "requests"
SUBJECTS = "subjects"
OPERATORS = "operators"
SETTINGS = "settings"
CALENDAR = "calendar"
LETTERS = "letters"
ALL_TOPICS = frozenset({REQUESTS, SUBJECTS, OPERATORS, SETTINGS, CALENDAR, LETTERS})

# Every table of app/storage/models.py; the ones no screen shows map to nothing.
TABLE_TOPICS: dict[str, frozenset[str]] = {
    "request": frozenset({REQUESTS}),
    "clock_stop": frozenset({REQUESTS}),
    "extension": frozenset({REQUESTS}),
    "status_change": frozenset({REQUESTS}),
    "request_note": frozenset({REQUESTS}),
    "request_name_key": frozenset({REQUESTS}),  # the sender's search keys (migration 0010)
    "attachment": frozenset({REQUESTS}),
    # the register's search keys: the subject's names and the scans' words (migration 0015)
    "request_subject_key": frozenset({REQUESTS}),
    "attachment_key": frozenset({REQUESTS}),
    "subject": frozenset({SUBJECTS}),
    "consent": frozenset({SUBJECTS}),
    "operator": frozenset({OPERATORS}),
    "consent_document": frozenset({OPERATORS}),
    "setting": frozenset({SETTINGS}),
    "calendar_override": frozenset({CALENDAR}),
    "letter": frozenset({LETTERS}),
    "letter_template": frozenset({LETTERS}),
    # the withdrawal workflow is part of its request's case (completing it writes the subject)
    "withdrawal": frozenset({REQUESTS}),
    "withdrawal_system": frozenset({REQUESTS}),
    "withdrawal_outcome": frozenset({REQUESTS}),
    "withdrawal_step": frozenset({REQUESTS}),
    # The numbering counter moves with the request or letter it numbers (which is written too);
    # the audit log and the schema version are shown by no screen.
    "number_series": frozenset(),
    "audit_entry": frozenset(),
    "alembic_version": frozenset(),
}


def topics_for(tables: Iterable[str]) -> frozenset[str]:
    """The topics the written ``tables`` touch (an unknown table touches every topic)."""
    found: set[str] = set()
    for table in tables:
        found |= TABLE_TOPICS.get(table, ALL_TOPICS)
    return frozenset(found)
