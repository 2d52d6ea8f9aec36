"""Optimistic locking of requests and subjects: a save names the version the officer saw.

Every change of a request or a subject goes through :func:`claim`, which moves the row's
``version`` on by one and records who changed it, with ``UPDATE … WHERE id = ? AND version = ?``
inside the writer's transaction. A caller that passes the version the officer saw (``seen``) is
refused with a :class:`Conflict` (who changed it, and when) when the row moved on since; so is
a transaction that lost the race to another one between its read and its write (on PostgreSQL two
transactions may read the same version; the second UPDATE then matches no row). Nothing is
silently overwritten. ``seen=None`` (the command line, a use case that just read the row) changes
the current row and still moves its version on.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update
from sqlalchemy.orm.attributes import set_committed_value

from app.domain.errors import DomainError, Problem
from app.services.context import Writer
from app.storage.models import Request, Subject, utcnow

CODES = {Request: "request_changed", Subject: "subject_changed"}


class Conflict(DomainError):
    """Someone else changed the record after the officer opened it: ``by`` and ``at`` say who
    and when, ``version`` is the record's version now (reload to see it)."""

    @property
    def changed_by(self) -> str:
        return self.params.get("by", "")

    @property
    def changed_at(self) -> dt.datetime | None:
        return self.params.get("at")

    @property
    def version(self) -> int:
        return self.params.get("version", 0)


def conflict(row: Request | Subject) -> Conflict:
    at = row.updated_at
    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)  # SQLite gives back naive UTC
    if at is not None:
        at = at.replace(microsecond=0)
    return Conflict(
        Problem(
            "version",
            CODES[type(row)],
            {"id": row.id, "by": row.updated_by or "?", "at": at, "version": row.version},
        )
    )


def claim(w: Writer, row: Request | Subject, seen: int | None = None) -> None:
    """Move ``row`` (loaded in ``w``'s session) to its next version, by ``w.actor``; raise
    :class:`Conflict` when ``seen`` is not its version or another transaction got there first."""
    if seen is not None and seen != row.version:
        raise conflict(row)
    table = type(row).__table__
    now = utcnow()
    result = w.session.execute(
        update(table)
        .where(table.c.id == row.id, table.c.version == row.version)
        .values(version=row.version + 1, updated_by=w.actor, updated_at=now)
    )
    if result.rowcount != 1:  # committed by another transaction after our read
        w.session.refresh(row)
        raise conflict(row)
    set_committed_value(row, "version", row.version + 1)
    set_committed_value(row, "updated_by", w.actor)
    set_committed_value(row, "updated_at", now)
