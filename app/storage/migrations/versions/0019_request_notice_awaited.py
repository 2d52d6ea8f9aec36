"""request notice awaited: the dashboard's "awaiting delivery" from one index range

* ``request.notice_awaited``: one of the request's letters awaits its delivery notice (a final
  letter to the subject, posted registered, with neither a notice nor a return: the letter's
  own part of ``State.AWAITING``, its request's status aside). The tile counted the requests
  not ended among those of every such letter; most of those letters (19 000 of 24 000 on the
  benchmark's database, more every year) belong to requests already ended, and each was read.
  Now it is ``notice_awaited AND status IN (not ended)``: one range of ``ix_request_notice``.
* Triggers keep it: every insert, delete, or change of what decides it, of a letter recomputes
  its request's (and its former request's) from its letters, whoever writes (the services, the
  bulk demo and benchmark paths, a restore loading rows). On PostgreSQL the request row is
  locked first, so that two desks recording two notices of one request at once both see the
  other's. The condition below is ``app.storage.queries._letter_state(State.AWAITING)``
  (tests/unit/test_notice_awaited.py holds them equal for every kind, series and method).
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
# the letter's own part of "awaiting its delivery notice" (``letter`` is the letter read)
AWAITING = (
    "letter.finalized_at IS NOT NULL AND letter.out_number IS NOT NULL"
    f" AND letter.series = 'out' AND letter.kind IN ({SENDABLE})"
    " AND letter.sent_on IS NOT NULL AND letter.delivered_on IS NULL"
    " AND letter.returned_on IS NULL AND letter.method = 'registered'"
)
# what decides it, of a letter: a change of another column (its text, its PDF) changes nothing
COLUMNS = ("request_id, series, kind, finalized_at, out_number, sent_on, delivered_on,"
           " returned_on, method")  # fmt: skip


def _awaited(request_id: str) -> str:
    return f"EXISTS (SELECT 1 FROM letter WHERE letter.request_id = {request_id} AND {AWAITING})"


def _refresh(request_id: str) -> str:
    """The UPDATE that sets the request's flag from its letters (only when it changes)."""
    now = _awaited(request_id)
    return (
        f"UPDATE request SET notice_awaited = {now}"
        f" WHERE request.id = {request_id} AND request.notice_awaited IS NOT {now}"
    )


_SQLITE = (
    f"""CREATE TRIGGER letter_notice_insert AFTER INSERT ON letter
    BEGIN {_refresh("NEW.request_id")}; END""",
    f"""CREATE TRIGGER letter_notice_update AFTER UPDATE OF {COLUMNS} ON letter
    BEGIN {_refresh("NEW.request_id")}; {_refresh("OLD.request_id")}; END""",
    f"""CREATE TRIGGER letter_notice_delete AFTER DELETE ON letter
    BEGIN {_refresh("OLD.request_id")}; END""",
)
_SQLITE_NAMES = ("letter_notice_insert", "letter_notice_update", "letter_notice_delete")

_PG_REFRESH = _refresh("rid").replace(" IS NOT ", " IS DISTINCT FROM ")
_PG_UP = (
    f"""CREATE OR REPLACE FUNCTION derbes_notice_awaited(rid integer) RETURNS void
    LANGUAGE plpgsql AS $$
    BEGIN
        -- the request row locked first: the next statement's snapshot then sees what another
        -- transaction that held it committed (its letters' changes)
        PERFORM 1 FROM request WHERE request.id = rid FOR UPDATE;
        {_PG_REFRESH};
    END $$""",
    """CREATE OR REPLACE FUNCTION derbes_letter_notice() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'DELETE' THEN PERFORM derbes_notice_awaited(NEW.request_id); END IF;
        IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.request_id <> NEW.request_id) THEN
            PERFORM derbes_notice_awaited(OLD.request_id);
        END IF;
        RETURN NULL;
    END $$""",
    f"""CREATE TRIGGER letter_notice AFTER INSERT OR DELETE OR UPDATE OF {COLUMNS} ON letter
    FOR EACH ROW EXECUTE FUNCTION derbes_letter_notice()""",
)
_PG_DOWN = (
    "DROP TRIGGER IF EXISTS letter_notice ON letter",
    "DROP FUNCTION IF EXISTS derbes_letter_notice()",
    "DROP FUNCTION IF EXISTS derbes_notice_awaited(integer)",
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.add_column(
        "request",
        sa.Column("notice_awaited", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.execute(
        "UPDATE request SET notice_awaited = "
        + ("1" if sqlite else "true")
        + f" WHERE request.id IN (SELECT letter.request_id FROM letter WHERE {AWAITING})"
    )
    op.create_index("ix_request_notice", "request", ["notice_awaited", "status"])
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
    op.drop_index("ix_request_notice", table_name="request")
    with op.batch_alter_table("request") as batch_op:
        batch_op.drop_column("notice_awaited")
