"""refusal and act pairs: the refusal's ground in detail and the act's system notes in each
language

* ``withdrawal.ground_detail_kk`` / ``ground_detail_ru`` replace ``withdrawal.ground_detail``
  and ``withdrawal_system.note_kk`` / ``note_ru`` replace ``withdrawal_system.note``: the one
  text moves into the half it is written in (``app.domain.text_pairs.halves``, the rule 0014
  applies to the extension's reason); a text of neither language's words fills both halves.
  A refusal or an act in a language whose half is missing is refused until it is recorded.
* the single columns are dropped: every reader takes a half (the letters) or both (the tab,
  the audit), so a third copy would only drift.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 20:00:00
"""

import sqlalchemy as sa
from alembic import op

from app.domain.text_pairs import halves

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

# (table, the old column, its halves)
PAIRS = (
    ("withdrawal", "ground_detail", ("ground_detail_kk", "ground_detail_ru")),
    ("withdrawal_system", "note", ("note_kk", "note_ru")),
)


def _table(name: str, old: str, new: tuple[str, str]) -> sa.TableClause:
    return sa.table(name, sa.column("id", sa.Integer), *(sa.column(c, sa.Text) for c in (old, *new)))


def _drop(bind, table: str, column: str) -> None:
    # SQLite 3.35+ drops a column in place; a batch rebuild would copy the whole table.
    if bind.dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    else:
        op.drop_column(table, column)


def upgrade() -> None:
    bind = op.get_bind()
    for name, old, (kk_col, ru_col) in PAIRS:
        for column in (kk_col, ru_col):
            op.add_column(name, sa.Column(column, sa.Text(), nullable=False, server_default=""))
        t = _table(name, old, (kk_col, ru_col))
        # one update per distinct text (most are empty: a note is optional)
        for text in bind.execute(sa.select(t.c[old]).distinct()).scalars().all():
            kk, ru = halves(text or "")
            bind.execute(t.update().where(t.c[old] == text).values({kk_col: kk, ru_col: ru}))
        _drop(bind, name, old)


def downgrade() -> None:
    bind = op.get_bind()
    for name, old, (kk_col, ru_col) in PAIRS:
        op.add_column(name, sa.Column(old, sa.Text(), nullable=False, server_default=""))
        t = _table(name, old, (kk_col, ru_col))
        rows = bind.execute(sa.select(t.c.id, t.c[kk_col], t.c[ru_col])).all()
        for row_id, kk, ru in rows:
            kk, ru = (kk or "").strip(), (ru or "").strip()
            text = f"{kk} / {ru}" if kk and ru and kk != ru else kk or ru
            if text:
                bind.execute(t.update().where(t.c.id == row_id).values({old: text}))
        for column in (kk_col, ru_col):
            _drop(bind, name, column)
