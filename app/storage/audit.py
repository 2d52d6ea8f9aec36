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
    checked: int  # entries in the log (those up to ``since``'s head were vouched for by it)
    problems: tuple[Finding, ...]
    anchored: bool = False  # compared with an anchor kept outside the database
    head: Anchor | None = None  # the chain as found
    recomputed: int | None = None  # entries whose hash was recomputed (None: all of them)

    @property
    def ok(self) -> bool:
        return not self.problems


# The columns a chain's check reads of each entry: plain rows, not ORM objects (a full check
# reads millions of entries once; objects made them 60 % slower and 20 MB heavier).
_CHAIN = (
    AuditEntry.id,
    AuditEntry.at,
    AuditEntry.actor,
    AuditEntry.action,
    AuditEntry.entity,
    AuditEntry.entity_id,
    AuditEntry.before,
    AuditEntry.after,
    AuditEntry.prev_hash,
    AuditEntry.hash,
)


def _entries(session: Session, after: int = 0, batch: int = 500) -> Iterator:
    """The entries after id ``after``, in order, as rows of :data:`_CHAIN`'s columns."""
    last_id = after
    while True:
        rows = session.exec(
            select(*_CHAIN).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last_id = rows[-1].id


def _count_upto(session: Session, entry_id: int) -> int:
    return session.exec(
        select(func.count()).select_from(AuditEntry).where(AuditEntry.id <= entry_id)
    ).one()


def verify(
    session: Session,
    anchor: Anchor | None = None,
    progress=None,
    since: Anchor | None = None,
) -> VerifyResult:
    """Recompute the chain; name every entry that was edited or follows a removed one; compare
    with ``anchor`` (a deleted tail or log, a recomputed chain); on SQLite compare the newest
    id with the AUTOINCREMENT counter. ``progress(done, total)`` is called now and then.

    ``since``: the head of the chain as an earlier full verification of this same log found it
    (kept outside the database). Only the entries after its head are then recomputed; the rest
    is vouched for by it: its head entry must still be there, hash and content unchanged, with
    exactly its count of entries up to it (so a rewritten, removed or inserted older entry that
    changed the head or the count is named as against an anchor, and the whole chain is then
    recomputed). An entry edited before that
    head with its hash left alone is caught only by the full check (``since=None``). A
    ``since`` of another database is ignored (a full check)."""
    # Counted for the progress only (a full scan of the log, as long as the shortcut's own).
    total = session.exec(select(func.count()).select_from(AuditEntry)).one() if progress else 0
    problems: list[Finding] = []
    prev = GENESIS
    count = 0
    start = 0
    if since is not None and since.head_id and since.database_id == database_id(session):
        start_entry = session.get(AuditEntry, since.head_id)
        vouched = _count_upto(session, since.head_id)
        numbers = {"expected": since.count, "found": vouched, "head": since.head_id}
        if start_entry is None:
            newest = session.exec(select(func.max(AuditEntry.id))).one() or 0
            problems.append(Finding("audit_tail_missing", None, numbers | {"last": newest}))
        else:
            if start_entry.hash != since.head_hash or (
                _hash_of(start_entry, start_entry.prev_hash) != start_entry.hash
            ):
                problems.append(Finding("audit_head_rewritten", since.head_id, numbers))
            if vouched != since.count:
                problems.append(Finding("audit_count_mismatch", None, numbers))
        if not problems:
            start, prev, count = since.head_id, since.head_hash, vouched
        else:  # the shortcut is void: the whole chain is checked as well, naming every entry
            since = None
    recomputed = 0
    last = session.get(AuditEntry, start) if start else None
    for entry in _entries(session, after=start):
        count += 1
        recomputed += 1
        if entry.prev_hash != prev:
            problems.append(Finding("audit_broken_link", entry.id))
        if _hash_of(entry, entry.prev_hash) != entry.hash:
            problems.append(Finding("audit_edited", entry.id))
        prev = entry.hash
        last = entry
        if progress is not None and count % 500 == 0:
            progress(count, total)
    if progress is not None and count % 500:
        progress(count, total)  # the last of them: recomputed to the end
    last_id = last.id if last is not None else 0
    problems += _sequence_findings(session, last_id)
    found = Anchor(database_id(session), count, last_id, last.hash if last else GENESIS)
    if anchor is not None:
        upto_head = _count_upto(session, anchor.head_id) if anchor.head_id else 0
        at_head = session.get(AuditEntry, anchor.head_id) if anchor.head_id else None
        head_hash = at_head.hash if at_head is not None else None
        seen = Seen(found.database_id, count, last_id, upto_head, head_hash)
        problems += anchor_findings(anchor, seen)
    return VerifyResult(
        count,
        tuple(problems),
        anchor is not None,
        found,
        recomputed if since is not None else None,
    )


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
