"""The hash chain of the audit log and what it is checked against outside the database.

Each entry's hash covers its fields and the previous hash, so an edited entry, or one whose
predecessor was removed, is found by recomputing the chain. A chain alone cannot show that its
newest entries (or all of them) were deleted, nor that someone rewrote an entry and recomputed
every hash after it: for that an :class:`Anchor` (the count and the head's id and hash) is kept
outside the database, in the user's config folder and beside each backup, and compared here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from app.domain.errors import Problem

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    """A stable text for before/after states (sorted keys, dates as ISO strings)."""
    if value is None:
        return ""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=_default)


def _default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    if isinstance(value, set | frozenset | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    return str(value)


def entry_hash(
    prev_hash: str,
    at: dt.datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    before: str,
    after: str,
) -> str:
    at_utc = at.astimezone(dt.UTC) if at.tzinfo else at.replace(tzinfo=dt.UTC)
    payload = json.dumps(
        [prev_hash, at_utc.isoformat(), actor, action, entity, entity_id, before, after],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Anchor:
    """What the chain looked like when it was last seen, kept outside the database.

    ``count`` entries up to and including entry ``head_id``, whose hash was ``head_hash``; the
    database is named by ``database_id`` (a random id written into it by migration 0005).
    """

    database_id: str
    count: int
    head_id: int
    head_hash: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "database_id": self.database_id,
            "count": self.count,
            "head_id": self.head_id,
            "head_hash": self.head_hash,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Anchor:
        return cls(
            str(data["database_id"]),
            int(data["count"]),
            int(data["head_id"]),
            str(data["head_hash"]),
        )


@dataclass(frozen=True)
class Finding:
    """One thing wrong with the log: a problem code (MESSAGES/TEXTS), the entry, the numbers."""

    code: str
    entry_id: int | None = None
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def problem(self) -> Problem:
        return Problem("", self.code, {"entry": self.entry_id, **self.params})

    @property
    def reason(self) -> str:
        return self.problem.reason


@dataclass(frozen=True)
class Seen:
    """What a walk over the chain found, to compare with an anchor."""

    database_id: str
    total: int  # entries in the log
    last_id: int  # the newest entry's id (0 when the log is empty)
    upto_head: int  # entries with an id up to the anchor's head
    head_hash: str | None  # the hash of the anchor's head entry, None when it is gone


def anchor_findings(anchor: Anchor, seen: Seen) -> list[Finding]:
    """How the log differs from what was anchored: a foreign database, a lost log or tail, a
    recomputed chain, entries missing before the head."""
    # An anchor recorded before migration 0005 named the database carries no id.
    if anchor.database_id and anchor.database_id != seen.database_id:
        return [
            Finding(
                "audit_other_database",
                None,
                {"expected": anchor.database_id, "found": seen.database_id},
            )
        ]
    numbers = {"expected": anchor.count, "found": seen.upto_head, "head": anchor.head_id}
    if anchor.count and not seen.total:
        return [Finding("audit_log_missing", None, numbers)]
    if seen.head_hash is None:
        return [Finding("audit_tail_missing", None, numbers | {"last": seen.last_id})]
    found: list[Finding] = []
    if seen.head_hash != anchor.head_hash:
        found.append(Finding("audit_head_rewritten", anchor.head_id, numbers))
    if seen.upto_head != anchor.count:
        found.append(Finding("audit_count_mismatch", None, numbers))
    return found
