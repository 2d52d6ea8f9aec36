"""operator pairs: what a letter prints from the profile, in each language

* ``operator.address_kk`` / ``operator.address_ru`` replace ``operator.address``: the one
  address moves into the half it is written in (``app.domain.operator_input.language_of``:
  «Алматы қ., Абай даңғылы, 10» is Kazakh, «г. Алматы, пр. Абая, 10» Russian); an address
  of neither language's words (digits and Latin letters: «Baker Street 221B, London») reads
  the same in both and fills both halves. The other half is asked for at the next edit, and
  a letter in its language is refused until then;
* ``operator.outgoing_pattern_kk``: a Kazakh letter's outgoing number (one series with the
  Russian ``outgoing_pattern``): the old pattern with «ИСХ» said «ШЫҒ», else the old pattern.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 16:00:00
"""

import sqlalchemy as sa
from alembic import op

from app.domain.operator_input import language_of

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

KK_PATTERN = "{prefix}-ШЫҒ-{year}/{seq:04d}"

operator = sa.table(
    "operator",
    sa.column("id", sa.Integer),
    sa.column("address", sa.Text),
    sa.column("address_kk", sa.Text),
    sa.column("address_ru", sa.Text),
    sa.column("outgoing_pattern", sa.String),
    sa.column("outgoing_pattern_kk", sa.String),
)


def halves(address: str) -> tuple[str, str]:
    """(kk, ru): the address in the half its words say, both for a text of neither."""
    language = language_of(address)
    if language == "kk":
        return address, ""
    if language == "ru":
        return "", address
    return address, address


def kazakh_pattern(pattern: str) -> str:
    return pattern.replace("ИСХ", "ШЫҒ") if "ИСХ" in pattern else pattern


def _drop_address(bind) -> None:
    # SQLite 3.35+ drops a column in place; a batch rebuild of ``operator`` would DROP the
    # table, which the foreign keys pointing at operators refuse.
    if bind.dialect.name == "sqlite":
        op.execute("ALTER TABLE operator DROP COLUMN address")
    else:
        op.drop_column("operator", "address")


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("operator", sa.Column("address_kk", sa.Text(), nullable=False, server_default=""))
    op.add_column("operator", sa.Column("address_ru", sa.Text(), nullable=False, server_default=""))
    op.add_column(
        "operator",
        sa.Column(
            "outgoing_pattern_kk", sa.String(length=80), nullable=False, server_default=KK_PATTERN
        ),
    )
    rows = bind.execute(
        sa.select(operator.c.id, operator.c.address, operator.c.outgoing_pattern)
    ).all()
    for operator_id, address, pattern in rows:
        kk, ru = halves((address or "").strip())
        bind.execute(
            operator.update()
            .where(operator.c.id == operator_id)
            .values(address_kk=kk, address_ru=ru, outgoing_pattern_kk=kazakh_pattern(pattern))
        )
    _drop_address(bind)


def downgrade() -> None:
    bind = op.get_bind()
    op.add_column("operator", sa.Column("address", sa.Text(), nullable=False, server_default=""))
    rows = bind.execute(
        sa.select(operator.c.id, operator.c.address_kk, operator.c.address_ru)
    ).all()
    for operator_id, kk, ru in rows:
        bind.execute(operator.update().where(operator.c.id == operator_id).values(address=ru or kk))
    if bind.dialect.name == "sqlite":
        for column in ("address_kk", "address_ru", "outgoing_pattern_kk"):
            op.execute(f"ALTER TABLE operator DROP COLUMN {column}")
    else:
        for column in ("address_kk", "address_ru", "outgoing_pattern_kk"):
            op.drop_column("operator", column)
