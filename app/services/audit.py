"""Checking the audit log's chain against its anchor, and reading its latest entries.

For backups (app/services/backups.py): ``anchor_of(ctx)`` is the chain's head as the database in
``ctx`` has it now; keep it beside the copy with ``write_anchor(anchor, path)`` and check a copy
with ``verify(copy_ctx, anchor=read_anchor(path))``. After a restore, ``reanchor(ctx)`` makes
this computer's anchor the restored database's. See app/services/audit_anchor.py for the design.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import col, select

from app.domain.audit import Anchor
from app.services import audit_anchor
from app.services.audit_anchor import read_anchor, write_anchor
from app.services.context import Context
from app.storage import audit
from app.storage.models import AuditEntry

__all__ = [
    "Anchor",
    "AuditRecord",
    "anchor_of",
    "read_anchor",
    "reanchor",
    "recent",
    "verify",
    "write_anchor",
]

LOCAL = object()  # verify against the anchor this computer keeps for the database


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


def verify(
    ctx: Context, anchor: Anchor | None | object = LOCAL, progress=None
) -> audit.VerifyResult:
    """Recompute the chain and compare it with ``anchor`` (by default this computer's anchor of
    the database; None: the chain alone). An intact log checked against this computer's anchor,
    or found with none, becomes the anchor (trust on first use)."""
    local = anchor is LOCAL
    given = audit_anchor.local_anchor(ctx.db) if local else anchor
    with ctx.read() as session:
        result = audit.verify(session, given, progress)
    if local and result.ok and result.head is not None:
        audit_anchor.record(ctx.db, result.head)
    if local and result.ok and result.head is not None:  # recomputed whole: later ones start here
        audit_anchor.record_verified(ctx.db, result.head)
    return result


def anchor_of(ctx: Context) -> Anchor:
    """The chain's head as the database has it now (to keep beside a backup of it)."""
    with ctx.read() as session:
        return audit.head(session)


def reanchor(ctx: Context) -> Anchor:
    """Make the database as it is now this computer's anchor of it (after a restore)."""
    anchor = anchor_of(ctx)
    audit_anchor.replace(ctx.db, anchor)
    audit_anchor.forget_verified(ctx.db)
    return anchor


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
