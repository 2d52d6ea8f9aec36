"""attachment text: the words of a scanned letter, read by OCR, kept with its scan

* ``attachment.text``: what recognition read from the scan (empty when it was not read); the
  register's search looks into it, and it is erased with the scan's content (a destroyed scan
  or a purged request keeps neither its bytes nor its words).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 19:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attachment") as batch:
        batch.add_column(sa.Column("text", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("attachment") as batch:
        batch.drop_column("text")
