"""What every service call needs: the database, who acts, and what day it is."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, SQLModel

from app.storage import audit
from app.storage.database import Database
from app.storage.models import utcnow


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on this system
        return "officer"


@dataclass
class Context:
    db: Database
    actor: str = field(default_factory=default_actor)
    clock: Callable[[], dt.date] = dt.date.today

    def today(self) -> dt.date:
        return self.clock()

    def now(self) -> dt.datetime:
        """When an action happens, for the case's timeline: the real time on the context's day.

        (The audit log always records the real time of writing.)"""
        real = utcnow()
        return (
            real
            if self.today() == dt.date.today()
            else dt.datetime.combine(self.today(), real.time(), dt.UTC)
        )

    @contextmanager
    def write(self) -> Iterator[Writer]:
        """One transaction with an audit writer bound to this actor."""
        with self.db.transaction() as session:
            yield Writer(session, self.actor, self.now())

    def read(self):
        return self.db.session()


@dataclass
class Writer:
    session: Session
    actor: str
    now: dt.datetime = field(default_factory=utcnow)

    def audit(
        self, action: str, entity: str, entity_id: Any = "", before: Any = None, after: Any = None
    ) -> None:
        audit.append(self.session, self.actor, action, entity, entity_id, before, after)


def snapshot(row: SQLModel | None, exclude: set[str] | frozenset[str] = frozenset()) -> dict | None:
    """A row as plain data for the audit log (binary columns left out)."""
    if row is None:
        return None
    data = row.model_dump(exclude=set(exclude))
    return {k: v for k, v in data.items() if not isinstance(v, bytes | memoryview)}


def changes(before: dict, after: dict) -> tuple[dict, dict]:
    """Only the fields that differ, for a compact audit entry."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}
