"""withdrawal workflow: the data map in both languages, the workflow's tables, merged records

* ``operator.methods`` and ``operator.sources`` complete the data map; ``operator.systems``
  becomes a list of kk/ru pairs (a system named before is kept as its Russian half, and the
  Kazakh half is asked for: a Kazakh letter never borrows the Russian name);
* ``operator.act_pattern``: destruction acts are numbered in a series of their own, so a
  letter carries its ``series`` and the gapless constraint is per series;
* ``subject.merged_into_id``: a record merged into another points to it;
* ``withdrawal``, ``withdrawal_system``, ``withdrawal_outcome``, ``withdrawal_step``: the
  workflow of a consent withdrawal or a destruction request (app.domain.withdrawal).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 07:45:00
"""

import json

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

ACT_PATTERN = 'АКТ-{year}/{seq:04d}'


def _systems_as_pairs() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text('SELECT id, systems FROM operator')).fetchall()
    for operator_id, stored in rows:
        systems = json.loads(stored) if isinstance(stored, str) else (stored or [])
        pairs = [
            {'kk': '', 'ru': s} if isinstance(s, str) else s for s in systems if s
        ]
        bind.execute(
            sa.text('UPDATE operator SET systems = :systems WHERE id = :id'),
            {'systems': json.dumps(pairs, ensure_ascii=False), 'id': operator_id},
        )


def upgrade() -> None:
    with op.batch_alter_table('operator', schema=None) as batch_op:
        batch_op.add_column(sa.Column('methods', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('sources', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(
            sa.Column(
                'act_pattern', sa.String(length=80), nullable=False, server_default=ACT_PATTERN
            )
        )
    _systems_as_pairs()

    # Plain ADD COLUMN … REFERENCES (SQLite allows it for a NULL column): a batch rebuild of
    # the subject table would DROP it, which the foreign keys pointing at subjects refuse.
    # A SQLite database taken back below 0008 keeps the column (see downgrade): reuse it.
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        columns = {c['name'] for c in sa.inspect(bind).get_columns('subject')}
        if 'merged_into_id' not in columns:
            op.execute(
                'ALTER TABLE subject ADD COLUMN merged_into_id INTEGER REFERENCES subject (id)'
            )
    else:
        op.add_column('subject', sa.Column('merged_into_id', sa.Integer(), nullable=True))
        op.create_foreign_key(
            'fk_subject_merged_into', 'subject', 'subject', ['merged_into_id'], ['id']
        )

    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('series', sa.String(length=20), nullable=False, server_default='out')
        )
        batch_op.drop_constraint('uq_letter_operator_seq', type_='unique')
        batch_op.create_unique_constraint(
            'uq_letter_operator_seq', ['operator_id', 'series', 'out_year', 'out_seq']
        )

    op.create_table(
        'withdrawal',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('request_id', sa.Integer(), nullable=False),
        sa.Column('signed', sa.Boolean(), nullable=True),
        sa.Column('identity', sa.String(length=20), nullable=False),
        sa.Column('identity_note', sa.Text(), nullable=False),
        sa.Column('checked_by', sa.String(length=120), nullable=False),
        sa.Column('checked_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('decision', sa.String(length=20), nullable=False),
        sa.Column('ground', sa.String(length=20), nullable=False),
        sa.Column('ground_detail', sa.Text(), nullable=False),
        sa.Column('decided_by', sa.String(length=120), nullable=False),
        sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('effective_date', sa.Date(), nullable=True),
        sa.Column('consent_ids', sa.JSON(), nullable=False),
        sa.Column('act_place_kk', sa.String(length=200), nullable=False),
        sa.Column('act_place_ru', sa.String(length=200), nullable=False),
        sa.Column('act_members', sa.JSON(), nullable=False),
        sa.Column('act_approver_name', sa.String(length=200), nullable=False),
        sa.Column('act_approver_position_kk', sa.String(length=200), nullable=False),
        sa.Column('act_approver_position_ru', sa.String(length=200), nullable=False),
        sa.Column('act_approved_on', sa.Date(), nullable=True),
        sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('completed_by', sa.String(length=120), nullable=False),
        sa.Column('result_status', sa.String(length=30), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['request_id'], ['request.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('request_id'),
    )
    op.create_table(
        'withdrawal_system',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('withdrawal_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('name_kk', sa.String(length=300), nullable=False),
        sa.Column('name_ru', sa.String(length=300), nullable=False),
        sa.Column('done', sa.Boolean(), nullable=False),
        sa.Column('done_on', sa.Date(), nullable=True),
        sa.Column('done_by', sa.String(length=120), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['withdrawal_id'], ['withdrawal.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(
        'ix_withdrawal_system_withdrawal_id', 'withdrawal_system', ['withdrawal_id']
    )
    op.create_table(
        'withdrawal_outcome',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('withdrawal_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('category_kk', sa.Text(), nullable=False),
        sa.Column('category_ru', sa.Text(), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('basis_kk', sa.Text(), nullable=False),
        sa.Column('basis_ru', sa.Text(), nullable=False),
        sa.Column('until', sa.Date(), nullable=True),
        sa.Column('recorded_by', sa.String(length=120), nullable=False),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('purged_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['withdrawal_id'], ['withdrawal.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(
        'ix_withdrawal_outcome_withdrawal_id', 'withdrawal_outcome', ['withdrawal_id']
    )
    op.create_index('ix_withdrawal_outcome_until', 'withdrawal_outcome', ['outcome', 'until'])
    op.create_table(
        'withdrawal_step',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('withdrawal_id', sa.Integer(), nullable=False),
        sa.Column('request_id', sa.Integer(), nullable=False),
        sa.Column('step', sa.String(length=30), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('actor', sa.String(length=120), nullable=False),
        sa.Column('detail', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['request_id'], ['request.id']),
        sa.ForeignKeyConstraint(['withdrawal_id'], ['withdrawal.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_withdrawal_step_withdrawal_id', 'withdrawal_step', ['withdrawal_id'])
    op.create_index('ix_withdrawal_step_request_id', 'withdrawal_step', ['request_id'])


def downgrade() -> None:
    for index, table in (
        ('ix_withdrawal_step_request_id', 'withdrawal_step'),
        ('ix_withdrawal_step_withdrawal_id', 'withdrawal_step'),
        ('ix_withdrawal_outcome_until', 'withdrawal_outcome'),
        ('ix_withdrawal_outcome_withdrawal_id', 'withdrawal_outcome'),
        ('ix_withdrawal_system_withdrawal_id', 'withdrawal_system'),
    ):
        op.drop_index(index, table_name=table)
    for table in ('withdrawal_step', 'withdrawal_outcome', 'withdrawal_system', 'withdrawal'):
        op.drop_table(table)
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.drop_constraint('uq_letter_operator_seq', type_='unique')
        batch_op.create_unique_constraint(
            'uq_letter_operator_seq', ['operator_id', 'out_year', 'out_seq']
        )
        batch_op.drop_column('series')
    # SQLite cannot drop a column that references a table, nor rebuild the subject table
    # (the foreign keys pointing at it refuse its DROP): there the column stays, unused.
    if op.get_bind().dialect.name != 'sqlite':
        op.drop_constraint('fk_subject_merged_into', 'subject', type_='foreignkey')
        op.drop_column('subject', 'merged_into_id')
    bind = op.get_bind()
    for operator_id, stored in bind.execute(sa.text('SELECT id, systems FROM operator')):
        systems = json.loads(stored) if isinstance(stored, str) else (stored or [])
        names = [s.get('ru') or s.get('kk') if isinstance(s, dict) else s for s in systems]
        bind.execute(
            sa.text('UPDATE operator SET systems = :systems WHERE id = :id'),
            {'systems': json.dumps([n for n in names if n], ensure_ascii=False), 'id': operator_id},
        )
    # Plain DROP COLUMN (see 0006): a batch rebuild of the operator table would DROP it.
    for column in ('act_pattern', 'sources', 'methods'):
        op.execute(f'ALTER TABLE operator DROP COLUMN {column}')
