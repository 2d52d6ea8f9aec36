"""Gapless numbers per operator, series and year, allocated inside the caller's transaction.

The counter row is created if missing (``ON CONFLICT DO NOTHING``) and incremented with
``UPDATE … RETURNING``: on PostgreSQL the row lock holds until commit, on SQLite the write
transaction is IMMEDIATE, so concurrent writers queue and a rolled-back insert gives its number
back.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlmodel import Session

from app.storage.models import NumberSeries


def allocate(session: Session, operator_id: int, series: str, year: int) -> int:
    dialect = session.get_bind().dialect.name
    # the dialect's own INSERT … ON CONFLICT, imported for the database in use only (the
    # PostgreSQL dialect is some 25 ms to load, and SQLite's window never needs it)
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    session.exec(
        insert(NumberSeries)
        .values(operator_id=operator_id, series=series, year=year, last=0)
        .on_conflict_do_nothing()
    )
    return session.exec(
        update(NumberSeries)
        .where(
            NumberSeries.operator_id == operator_id,
            NumberSeries.series == series,
            NumberSeries.year == year,
        )
        .values(last=NumberSeries.last + 1)
        .returning(NumberSeries.last)
    ).scalar_one()
