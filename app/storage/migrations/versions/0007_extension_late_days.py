"""extension late days: an extension granted after the due date had passed keeps how late

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 05:35:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('extension', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('late_days', sa.Integer(), nullable=False, server_default='0')
        )


def downgrade() -> None:
    with op.batch_alter_table('extension', schema=None) as batch_op:
        batch_op.drop_column('late_days')
