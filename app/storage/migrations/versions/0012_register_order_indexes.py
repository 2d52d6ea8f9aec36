"""register order indexes: the register's first page and its counts read an index, not a sort

* ``ix_request_reg_order(reg_year, reg_seq, id)``: the register's default order (by number,
  newest first) as an index, so its first page is a LIMIT over it instead of a sort of every
  request;
* ``ix_request_type_order(type, reg_year, reg_seq, id)``: a type filter counted from the index
  and its first page read in the same order;
* ``ix_request_assignee(assignee)``: an assignee filter counted from the index;
* ``ix_letter_notice(delivered_on, returned_on, sent_on, …)``: the letters posted and still
  without a delivery notice (the dashboard's "awaiting delivery") found and checked from the
  index alone, without reading every letter.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 16:00:00
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


# what "awaiting delivery" reads of a letter, so that the index alone answers it
NOTICE = ["delivered_on", "returned_on", "sent_on", "method", "request_id", "series", "kind",
          "finalized_at", "out_number"]  # fmt: skip


def upgrade() -> None:
    op.create_index("ix_request_reg_order", "request", ["reg_year", "reg_seq", "id"])
    op.create_index("ix_request_type_order", "request", ["type", "reg_year", "reg_seq", "id"])
    op.create_index("ix_request_assignee", "request", ["assignee"])
    op.create_index("ix_letter_notice", "letter", NOTICE)


def downgrade() -> None:
    op.drop_index("ix_letter_notice", table_name="letter")
    op.drop_index("ix_request_assignee", table_name="request")
    op.drop_index("ix_request_type_order", table_name="request")
    op.drop_index("ix_request_reg_order", table_name="request")
