"""request name keys: the register's name search through an index, not a scan

* ``request_name_key(key, request_id)``: one row per word of a request's sender, by its name
  key (``app.domain.names``); the primary key (key, request_id) is the index a name prefix
  reads as a range; ``request_id`` has its own index and cascades on delete;
* filled here from every existing request, in batches.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 13:20:00
"""

import sqlalchemy as sa
from alembic import op

from app.storage.name_index import rows

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

BATCH = 20_000


def upgrade() -> None:
    table = op.create_table(
        'request_name_key',
        sa.Column('key', sa.String(length=120), nullable=False),
        sa.Column('request_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['request_id'], ['request.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('key', 'request_id'),
    )
    op.create_index('ix_request_name_key_request_id', 'request_name_key', ['request_id'])
    conn = op.get_bind()
    request = sa.table('request', sa.column('id', sa.Integer), sa.column('sender', sa.String))
    last = 0
    while True:
        batch = conn.execute(
            sa.select(request.c.id, request.c.sender)
            .where(request.c.id > last)
            .order_by(request.c.id)
            .limit(BATCH)
        ).all()
        if not batch:
            break
        new = rows((rid, sender) for rid, sender in batch)
        if new:
            conn.execute(sa.insert(table), new)
        last = batch[-1][0]


def downgrade() -> None:
    op.drop_index('ix_request_name_key_request_id', table_name='request_name_key')
    op.drop_table('request_name_key')
