"""extension reason pairs: the extension notice prints the reason in its own language

* ``extension.reason_kk`` / ``extension.reason_ru`` replace ``extension.reason``: the one reason
  moves into the half it is written in (``app.domain.extension_reason.halves``: «Деректер
  мұрағаттан сұратылды» is Kazakh, «Сведения запрошены из архива» Russian); a reason of
  neither language's words (Latin letters, digits) reads the same in both and fills both
  halves. A notice in a language whose half is missing is refused until it is recorded.
* ``reason`` is dropped: every reader now takes a half (the letters) or both (the window, the
  audit, the case file); keeping it would leave a third copy to drift from the two.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 19:40:00
"""

import sqlalchemy as sa
from alembic import op

from app.domain.extension_reason import halves

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

extension = sa.table(
    "extension",
    sa.column("id", sa.Integer),
    sa.column("reason", sa.Text),
    sa.column("reason_kk", sa.Text),
    sa.column("reason_ru", sa.Text),
)


def _drop(bind, column: str) -> None:
    # SQLite 3.35+ drops a column in place; a batch rebuild would copy the whole table.
    if bind.dialect.name == "sqlite":
        op.execute(f"ALTER TABLE extension DROP COLUMN {column}")
    else:
        op.drop_column("extension", column)


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("extension", sa.Column("reason_kk", sa.Text(), nullable=False, server_default=""))
    op.add_column("extension", sa.Column("reason_ru", sa.Text(), nullable=False, server_default=""))
    # one update per distinct reason (a database has few: the demo's, an office's usual ones)
    reasons = bind.execute(sa.select(extension.c.reason).distinct()).scalars().all()
    for reason in reasons:
        kk, ru = halves(reason or "")
        bind.execute(
            extension.update().where(extension.c.reason == reason).values(reason_kk=kk, reason_ru=ru)
        )
    _drop(bind, "reason")


def downgrade() -> None:
    bind = op.get_bind()
    op.add_column("extension", sa.Column("reason", sa.Text(), nullable=False, server_default=""))
    rows = bind.execute(
        sa.select(extension.c.id, extension.c.reason_kk, extension.c.reason_ru)
    ).all()
    for extension_id, kk, ru in rows:
        kk, ru = (kk or "").strip(), (ru or "").strip()
        reason = f"{kk} / {ru}" if kk and ru and kk != ru else kk or ru
        bind.execute(
            extension.update().where(extension.c.id == extension_id).values(reason=reason)
        )
    for column in ("reason_kk", "reason_ru"):
        _drop(bind, column)
