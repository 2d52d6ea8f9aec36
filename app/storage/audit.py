"""Appending to and verifying the audit log (append-only, hash-chained)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from app.domain.audit import GENESIS, canonical_json, entry_hash
from app.storage.models import AuditEntry, utcnow

# Any constant: the PostgreSQL advisory lock that serialises appends to the chain.
_AUDIT_LOCK = 0x44455242  # "DERB"


def append(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: Any = "",
    before: Any = None,
    after: Any = None,
) -> AuditEntry:
    """Add one entry inside the caller's transaction."""
    if session.get_bind().dialect.name == "postgresql":
        session.exec(text("SELECT pg_advisory_xact_lock(:k)").bindparams(k=_AUDIT_LOCK))
    last = session.exec(
        select(AuditEntry.hash).order_by(col(AuditEntry.id).desc()).limit(1)
    ).first()
    prev = last or GENESIS
    entry = AuditEntry(
        at=utcnow(),
        actor=actor,
        action=action,
        entity=entity,
        entity_id=str(entity_id if entity_id is not None else ""),
        before=canonical_json(before),
        after=canonical_json(after),
        prev_hash=prev,
        hash="",
    )
    entry.hash = _hash_of(entry, prev)
    session.add(entry)
    session.flush()
    return entry


def _hash_of(entry: AuditEntry, prev: str) -> str:
    return entry_hash(
        prev,
        entry.at,
        entry.actor,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.before,
        entry.after,
    )


@dataclass(frozen=True)
class Problem:
    entry_id: int
    reason: str


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _entries(session: Session, batch: int = 2000) -> Iterator[AuditEntry]:
    last_id = 0
    while True:
        rows = session.exec(
            select(AuditEntry).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last_id = rows[-1].id


def verify(session: Session) -> VerifyResult:
    """Recompute the chain; name every entry that was edited, or follows a removed one."""
    problems: list[Problem] = []
    prev = GENESIS
    count = 0
    for entry in _entries(session):
        count += 1
        if entry.prev_hash != prev:
            problems.append(
                Problem(
                    entry.id,
                    "does not follow the entry before it (that one was removed or rewritten)",
                )
            )
        if _hash_of(entry, entry.prev_hash) != entry.hash:
            problems.append(Problem(entry.id, "its content no longer matches its hash (edited)"))
        prev = entry.hash
    return VerifyResult(count, tuple(problems))
