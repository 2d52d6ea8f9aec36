"""dispatch: what the post office needs of an outgoing letter, and its return

* ``letter.returned_on``: the day a letter came back undelivered (the delivery notice's day is
  ``delivered_on``, since the first schema);
* ``letter.weight`` (grams, the upper bound of its weight class on the post office's list),
  ``letter.addressee`` and ``letter.address`` as they were when it was posted (the list and the
  envelope print these), ``letter.dispatch_note``, ``letter.dispatched_by``;
* an index on ``letter.sent_on`` for the day's list and the Outgoing screen.

The number of days to wait for a delivery notice is a setting (``dispatch_notice_wait``), not a
column.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 08:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.add_column(sa.Column('returned_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('weight', sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column('addressee', sa.String(length=300), nullable=False, server_default='')
        )
        batch_op.add_column(sa.Column('address', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(
            sa.Column('dispatch_note', sa.Text(), nullable=False, server_default='')
        )
        batch_op.add_column(
            sa.Column('dispatched_by', sa.String(length=120), nullable=False, server_default='')
        )
        batch_op.create_index('ix_letter_sent_on', ['sent_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.drop_index('ix_letter_sent_on')
        for column in ('dispatched_by', 'dispatch_note', 'address', 'addressee', 'weight', 'returned_on'):
            batch_op.drop_column(column)
