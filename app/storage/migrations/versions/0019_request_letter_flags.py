"""request letter flags: the dashboard's "awaiting delivery" and "to print" from index ranges

* ``request.notice_awaited``: one of the request's letters awaits its delivery notice (a final
  letter to the subject, posted registered, with neither a notice nor a return: the letter's
  own part of ``State.AWAITING``, its request's status aside). The tile counted the requests
  not ended among those of every such letter; most of those letters (19 000 of 24 000 on the
  benchmark's database, more every year) belong to requests already ended, and each was read.
  Now it is ``notice_awaited AND status IN (not ended)``: one range of ``ix_request_notice``.
* ``request.answer_final``: one of its answer letters is final. "To print" (answer ready and
  no final answer letter) looked at every answer-ready request's letters; now it is
  ``status = 'answer_ready' AND NOT answer_final``: one range of ``ix_request_answer``.
* Triggers keep them: every insert, delete, or change of what decides them, of a letter recomputes
  its request's (and its former request's) flags from its letters, whoever writes (the services, the
  bulk demo and benchmark paths, a restore loading rows). On PostgreSQL the request row is
  locked first, so that two desks recording two notices of one request at once both see the
  other's. The conditions below are ``app.storage.letter_clauses._letter_state(State.AWAITING)``
  and its ``final_answer()`` (tests/unit/test_request_letter_flags.py holds them equal for every
  kind, series and method).
* Backfilled from the letters.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03 08:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

SENDABLE = "'access', 'acknowledgement', 'claim-response', 'clarification', 'deregistration', " \
    "'extension', 'refusal'"  # fmt: skip
ANSWERS = "'access', 'claim-response', 'deregistration', 'refusal'"
# the letter's own part of "awaiting its delivery notice" (``letter`` is the letter read)
AWAITING = (
    "letter.finalized_at IS NOT NULL AND letter.out_number IS NOT NULL"
    f" AND letter.series = 'out' AND letter.kind IN ({SENDABLE})"
    " AND letter.sent_on IS NOT NULL AND letter.delivered_on IS NULL"
    " AND letter.returned_on IS NULL AND letter.method = 'registered'"
)
# a final letter that answers the request
ANSWER = f"letter.finalized_at IS NOT NULL AND letter.kind IN ({ANSWERS})"
FLAGS = {"notice_awaited": AWAITING, "answer_final": ANSWER}
# what decides them, of a letter: a change of another column (its text, its PDF) changes nothing
COLUMNS = ("request_id, series, kind, finalized_at, out_number, sent_on, delivered_on,"
           " returned_on, method")  # fmt: skip


def _has(request_id: str, condition: str) -> str:
    return f"EXISTS (SELECT 1 FROM letter WHERE letter.request_id = {request_id} AND {condition})"


def _refresh(request_id: str, differs: str = "IS NOT") -> str:
    """The UPDATE that sets the request's flags from its letters (only when one changes)."""
    now = {flag: _has(request_id, condition) for flag, condition in FLAGS.items()}
    sets = ", ".join(f"{flag} = {value}" for flag, value in now.items())
    changed = " OR ".join(f"request.{flag} {differs} {value}" for flag, value in now.items())
    return f"UPDATE request SET {sets} WHERE request.id = {request_id} AND ({changed})"


_SQLITE = (
    f"""CREATE TRIGGER letter_flags_insert AFTER INSERT ON letter
    BEGIN {_refresh("NEW.request_id")}; END""",
    f"""CREATE TRIGGER letter_flags_update AFTER UPDATE OF {COLUMNS} ON letter
    BEGIN {_refresh("NEW.request_id")}; {_refresh("OLD.request_id")}; END""",
    f"""CREATE TRIGGER letter_flags_delete AFTER DELETE ON letter
    BEGIN {_refresh("OLD.request_id")}; END""",
)
_SQLITE_NAMES = ("letter_flags_insert", "letter_flags_update", "letter_flags_delete")

_PG_REFRESH = _refresh("rid", "IS DISTINCT FROM")
_PG_UP = (
    f"""CREATE OR REPLACE FUNCTION derbes_letter_flags(rid integer) RETURNS void
    LANGUAGE plpgsql AS $$
    BEGIN
        -- the request row locked first: the next statement's snapshot then sees what another
        -- transaction that held it committed (its letters' changes)
        PERFORM 1 FROM request WHERE request.id = rid FOR UPDATE;
        {_PG_REFRESH};
    END $$""",
    """CREATE OR REPLACE FUNCTION derbes_letter_flags_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'DELETE' THEN PERFORM derbes_letter_flags(NEW.request_id); END IF;
        IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.request_id <> NEW.request_id) THEN
            PERFORM derbes_letter_flags(OLD.request_id);
        END IF;
        RETURN NULL;
    END $$""",
    f"""CREATE TRIGGER letter_flags AFTER INSERT OR DELETE OR UPDATE OF {COLUMNS} ON letter
    FOR EACH ROW EXECUTE FUNCTION derbes_letter_flags_changed()""",
)
_PG_DOWN = (
    "DROP TRIGGER IF EXISTS letter_flags ON letter",
    "DROP FUNCTION IF EXISTS derbes_letter_flags_changed()",
    "DROP FUNCTION IF EXISTS derbes_letter_flags(integer)",
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    yes = "1" if sqlite else "true"
    if not sqlite:  # the backfill writes most requests: more than a day's statement may take
        op.execute("SET LOCAL statement_timeout = 0")
    for flag, condition in FLAGS.items():
        op.add_column(
            "request", sa.Column(flag, sa.Boolean(), nullable=False, server_default=sa.false())
        )
        op.execute(
            f"UPDATE request SET {flag} = {yes}"
            f" WHERE request.id IN (SELECT letter.request_id FROM letter WHERE {condition})"
        )
    op.create_index("ix_request_notice", "request", ["notice_awaited", "status"])
    op.create_index("ix_request_answer", "request", ["answer_final", "status"])
    for statement in _SQLITE if sqlite else _PG_UP:
        op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for name in _SQLITE_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for statement in _PG_DOWN:
            op.execute(statement)
    op.drop_index("ix_request_answer", table_name="request")
    op.drop_index("ix_request_notice", table_name="request")
    # Plain ALTER TABLE … DROP COLUMN (SQLite 3.35+, PostgreSQL): a batch rebuild of the table
    # would DROP it, which the foreign keys pointing at requests refuse.
    for flag in reversed(FLAGS):
        op.execute(f"ALTER TABLE request DROP COLUMN {flag}")
