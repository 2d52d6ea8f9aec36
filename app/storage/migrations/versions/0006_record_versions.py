"""record versions: optimistic locking on requests and subjects

Every change of a request or a subject bumps its ``version`` and records who made it
(``updated_by``; ``updated_at`` says when). A save that carries the version the officer saw is
refused when the row moved on meanwhile, so two officers never silently overwrite each other.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 05:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

TABLES = ('request', 'subject')


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column('version', sa.Integer(), nullable=False, server_default='1')
            )
            batch_op.add_column(
                sa.Column('updated_by', sa.String(length=120), nullable=False, server_default='')
            )


def downgrade() -> None:
    # Plain ALTER TABLE … DROP COLUMN (SQLite 3.35+, PostgreSQL): a batch rebuild of the table
    # would DROP it, which the foreign keys pointing at requests and subjects refuse.
    for table in TABLES:
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN updated_by')
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN version')
