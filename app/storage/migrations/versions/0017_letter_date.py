"""letter date: the date the sender wrote on the letter

* ``request.letter_date`` (nullable DATE): the letter's own date, read from its text or typed
  by the officer; apart from ``postmark_date`` (the envelope's stamp) and ``received_date``.
  Existing requests have none (the scans were never read for it), so nothing is filled in.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 05:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a nullable column without a default: an in-place ALTER on both SQLite and PostgreSQL
    op.add_column("request", sa.Column("letter_date", sa.Date(), nullable=True))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("ALTER TABLE request DROP COLUMN letter_date")
    else:
        op.drop_column("request", "letter_date")
