"""Appending to and verifying the audit log (append-only, hash-chained, anchored).

Migration 0005 makes the log append-only in the database itself (AUTOINCREMENT ids on SQLite,
triggers refusing UPDATE and DELETE on both databases) and names the database with a random
``audit.database_id`` setting. What the chain looked like is kept outside the database as an
:class:`~app.domain.audit.Anchor` (app/services/audit_anchor.py); :func:`verify` recomputes the
chain and compares it with the anchor it is given.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, text
from sqlmodel import Session, col, select

from app.domain.audit import (
    GENESIS,
    Anchor,
    Finding,
    Seen,
    anchor_findings,
    canonical_json,
    entry_hash,
)
from app.storage.models import AuditEntry, Setting, utcnow

# Any constant: the PostgreSQL advisory lock that serialises appends to the chain.
_AUDIT_LOCK = 0x44455242  # "DERB"
DATABASE_ID = "audit.database_id"
_COUNT = "derbes_audit_count"  # session.info: entries in the log, counted once per transaction


def append(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: Any = "",
    before: Any = None,
    after: Any = None,
) -> AuditEntry:
    """Add one entry inside the caller's transaction (``entry_count(session)`` then counts it)."""
    if session.get_bind().dialect.name == "postgresql":
        # Held to the commit: ids are handed out, and entries committed, in chain order.
        session.exec(text("SELECT pg_advisory_xact_lock(:k)").bindparams(k=_AUDIT_LOCK))
    last = session.exec(
        select(AuditEntry.hash).order_by(col(AuditEntry.id).desc()).limit(1)
    ).first()
    count = entry_count(session)
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
    session.info[_COUNT] = count + 1
    return entry


def entry_count(session: Session) -> int:
    """The entries in the log as this transaction sees them (its own appends included)."""
    if _COUNT not in session.info:
        session.info[_COUNT] = session.exec(select(func.count()).select_from(AuditEntry)).one()
    return session.info[_COUNT]


def database_id(session: Session) -> str:
    row = session.get(Setting, DATABASE_ID)
    return str(row.value) if row is not None and row.value else ""


def anchor_after(session: Session, entry: AuditEntry) -> Anchor:
    """The anchor of the chain once this transaction, whose newest entry is ``entry``, commits."""
    return Anchor(database_id(session), entry_count(session), entry.id, entry.hash)


def head(session: Session) -> Anchor:
    """The chain as it is now: what an anchor records."""
    last = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(1)).first()
    count = session.exec(select(func.count()).select_from(AuditEntry)).one()
    if last is None:
        return Anchor(database_id(session), 0, 0, GENESIS)
    return Anchor(database_id(session), count, last.id, last.hash)


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
class VerifyResult:
    checked: int
    problems: tuple[Finding, ...]
    anchored: bool = False  # compared with an anchor kept outside the database
    head: Anchor | None = None  # the chain as found

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


def verify(session: Session, anchor: Anchor | None = None, progress=None) -> VerifyResult:
    """Recompute the chain; name every entry that was edited or follows a removed one; compare
    with ``anchor`` (a deleted tail or log, a recomputed chain); on SQLite compare the newest
    id with the AUTOINCREMENT counter. ``progress(done, total)`` is called now and then."""
    total = session.exec(select(func.count()).select_from(AuditEntry)).one()
    problems: list[Finding] = []
    prev = GENESIS
    count = upto_head = 0
    head_hash = None
    last = None
    for entry in _entries(session):
        count += 1
        if entry.prev_hash != prev:
            problems.append(Finding("audit_broken_link", entry.id))
        if _hash_of(entry, entry.prev_hash) != entry.hash:
            problems.append(Finding("audit_edited", entry.id))
        if anchor is not None and entry.id <= anchor.head_id:
            upto_head += 1
            if entry.id == anchor.head_id:
                head_hash = entry.hash
        prev = entry.hash
        last = entry
        if progress is not None and count % 500 == 0:
            progress(count, total)
    last_id = last.id if last is not None else 0
    problems += _sequence_findings(session, last_id)
    found = Anchor(database_id(session), count, last_id, last.hash if last else GENESIS)
    if anchor is not None:
        seen = Seen(found.database_id, count, last_id, upto_head, head_hash)
        problems += anchor_findings(anchor, seen)
    return VerifyResult(count, tuple(problems), anchor is not None, found)


def _sequence_findings(session: Session, last_id: int) -> list[Finding]:
    if session.get_bind().dialect.name != "sqlite":
        return []  # a PostgreSQL sequence also moves on for rolled-back entries: no evidence
    has_sequence = session.exec(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'")
    ).first()
    if has_sequence is None:  # a database from before 0005 (a backup made before an upgrade)
        return []
    written = session.exec(
        text("SELECT seq FROM sqlite_sequence WHERE name = 'audit_entry'")
    ).first()
    if written is not None and written[0] > last_id:
        return [Finding("audit_sequence_ahead", None, {"expected": written[0], "found": last_id})]
    return []
