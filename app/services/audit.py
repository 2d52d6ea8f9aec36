"""Checking the audit log's chain."""

from __future__ import annotations

from sqlmodel import col, select

from app.services.context import Context
from app.storage import audit
from app.storage.models import AuditEntry


def verify(ctx: Context) -> audit.VerifyResult:
    with ctx.read() as session:
        return audit.verify(session)


def recent(ctx: Context, entity: str | None = None, entity_id=None, limit: int = 100):
    with ctx.read() as session:
        stmt = select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(limit)
        if entity is not None:
            stmt = stmt.where(AuditEntry.entity == entity)
        if entity_id is not None:
            stmt = stmt.where(AuditEntry.entity_id == str(entity_id))
        return list(session.exec(stmt).all())
