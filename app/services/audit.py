"""Checking the audit log's chain and reading its latest entries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import col, select

from app.services.context import Context
from app.storage import audit
from app.storage.models import AuditEntry


@dataclass(frozen=True)
class AuditRecord:
    """One entry of the audit log, as plain data (``before``/``after`` as the JSON written)."""

    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    before: str
    after: str


def verify(ctx: Context) -> audit.VerifyResult:
    with ctx.read() as session:
        return audit.verify(session)


def recent(ctx: Context, entity: str | None = None, entity_id=None, limit: int = 100):
    """The latest entries first, optionally of one entity (and one id of it)."""
    with ctx.read() as session:
        stmt = select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(limit)
        if entity is not None:
            stmt = stmt.where(AuditEntry.entity == entity)
        if entity_id is not None:
            stmt = stmt.where(AuditEntry.entity_id == str(entity_id))
        return [
            AuditRecord(e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.before, e.after)
            for e in session.exec(stmt).all()
        ]
