"""letter to-post index: the final letters not posted yet, from one index range

* ``ix_letter_to_post`` (series, sent_on, kind, finalized_at, out_number, request_id): the
  dashboard's "to post" tile counted the requests of every letter without a date sent (the acts,
  never posted, are most of them), each looked up in the table; series "out" and no date sent
  is now one short range of the index alone. Building the index fills it.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03 06:00:00
"""

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

COLUMNS = ["series", "sent_on", "kind", "finalized_at", "out_number", "request_id"]


def upgrade() -> None:
    op.create_index("ix_letter_to_post", "letter", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_letter_to_post", table_name="letter")
