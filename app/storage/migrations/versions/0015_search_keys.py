"""search keys: the register's search by name and by the words of a letter through indexes

* ``request_subject_key(key, request_id)``: the linked subject's name keys copied to each of
  its requests, so a name prefix is one index range of request ids (it went through every
  subject with the prefix, most of them without a request); filled here from every request;
* ``attachment_key(key, request_id, attachment_id)``: the name keys of the words read from
  each scan (``attachment.text``, 0013), so the register's search finds a request by the words
  of its letter in any script; filled here from every scan's text;
* ``ix_extension_late(late_days, request_id)``: the extensions granted after the deadline (the
  dashboard's overdue tile keeps them) found without reading every extension;
* ``ix_request_status_due(status, due_date, id)``, the id added: PostgreSQL counts the
  dashboard's tiles that check a request's id (overdue, awaiting delivery, to print) from the
  index alone instead of reading tens of thousands of request rows (SQLite's had the id);
* ``ix_letter_answer(request_id, kind, finalized_at)``: whether a request has its final answer
  letter (the "to print" tile) from the index alone, per request.

Both tables are kept by ``app.storage.search_index``.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 19:30:00
"""

import sqlalchemy as sa
from alembic import op

from app.storage import search_index

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

BATCH = 2_000


def upgrade() -> None:
    op.create_table(
        "request_subject_key",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["request.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("key", "request_id"),
    )
    op.create_index(
        "ix_request_subject_key_request_id", "request_subject_key", ["request_id"]
    )
    scans = op.create_table(
        "attachment_key",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["request.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["attachment_id"], ["attachment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("key", "request_id", "attachment_id"),
    )
    op.create_index("ix_attachment_key_attachment_id", "attachment_key", ["attachment_id"])
    op.create_index("ix_extension_late", "extension", ["late_days", "request_id"])
    op.drop_index("ix_request_status_due", table_name="request")
    op.create_index("ix_request_status_due", "request", ["status", "due_date", "id"])
    op.create_index("ix_letter_answer", "letter", ["request_id", "kind", "finalized_at"])
    conn = op.get_bind()
    search_index.fill(conn)
    attachment = sa.table(
        "attachment",
        sa.column("id", sa.Integer),
        sa.column("request_id", sa.Integer),
        sa.column("text", sa.Text),
    )
    last = 0
    while True:
        batch = conn.execute(
            sa.select(attachment.c.id, attachment.c.request_id, attachment.c.text)
            .where(attachment.c.id > last, attachment.c.text != "")
            .order_by(attachment.c.id)
            .limit(BATCH)
        ).all()
        if not batch:
            break
        rows = [r for aid, rid, words in batch for r in search_index.scan_rows(aid, rid, words)]
        if rows:
            conn.execute(sa.insert(scans), rows)
        last = batch[-1][0]


def downgrade() -> None:
    op.drop_index("ix_letter_answer", table_name="letter")
    op.drop_index("ix_request_status_due", table_name="request")
    op.create_index("ix_request_status_due", "request", ["status", "due_date"])
    op.drop_index("ix_extension_late", table_name="extension")
    op.drop_index("ix_attachment_key_attachment_id", table_name="attachment_key")
    op.drop_table("attachment_key")
    op.drop_index("ix_request_subject_key_request_id", table_name="request_subject_key")
    op.drop_table("request_subject_key")
