"""What every service call needs: the database, who acts, and what day it is."""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, SQLModel

from app.domain.audit import Anchor
from app.services import audit_anchor
from app.services.topics import topics_for
from app.storage import audit
from app.storage.database import Database, WriteWhileReading, recording
from app.storage.models import KEPT_BY_THE_DATABASE, utcnow

log = logging.getLogger(__name__)


def default_actor(db: Database | None = None) -> str:
    """Who acts, for the audit log: on PostgreSQL the role the officer logged in with (each
    officer has a login of their own), on SQLite the operating system's login."""
    if db is not None and not db.is_sqlite:
        return server_login(db)
    try:
        return getpass.getuser()
    except Exception:  # no login name on this system
        return "officer"


def server_login(db: Database) -> str:
    """The server's own word for who is connected (``session_user``), else the URL's user."""
    try:
        with db.session(read_only=True) as session:
            role = session.execute(text("SELECT session_user")).scalar()
    except Exception as exc:  # the caller connected a moment ago; never block on this
        log.warning("the server did not say who is connected (%s)", type(exc).__name__)
        role = None
    return str(role or db.url.username or "officer")


@dataclass
class Context:
    db: Database
    actor: str = field(default_factory=default_actor)
    clock: Callable[[], dt.date] = dt.date.today
    read_only: bool = False

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
    def write(self, bulk: bool = False) -> Iterator[Writer]:
        """One transaction with an audit writer bound to this actor.

        The tables it writes are recorded (see :func:`touched`). ``bulk``: one large
        transaction filling a new database (:meth:`Database.transaction`)."""
        if self.read_only:
            raise WriteWhileReading("a read-only context (a query) was asked to write")
        with self.db.transaction(bulk=bulk) as session:
            writer = Writer(session, self.actor, self.now())
            yield writer
        if writer.anchor is not None:  # committed: this computer remembers the chain's head
            audit_anchor.record(self.db, writer.anchor)

    def read(self):
        """A session for reading; in a read-only context the database refuses writes too."""
        return self.db.session(read_only=self.read_only)

    def reading(self) -> Context:
        """The same context, for reads only: ``write()`` raises, the database refuses writes."""
        return dataclasses.replace(self, read_only=True)


@contextmanager
def touched() -> Iterator[Changes]:
    """What the transactions committed on this thread inside the block wrote (any context's)."""
    with recording() as tables:
        yield Changes(tables)


@dataclass(frozen=True)
class Changes:
    """The tables written so far (filled while the block runs) and the topics they touch."""

    tables: set[str]

    @property
    def topics(self) -> frozenset[str]:
        return topics_for(self.tables)


@dataclass
class Writer:
    session: Session
    actor: str
    now: dt.datetime = field(default_factory=utcnow)
    anchor: Anchor | None = None  # the chain's head once this transaction commits

    def audit(
        self, action: str, entity: str, entity_id: Any = "", before: Any = None, after: Any = None
    ) -> None:
        entry = audit.append(self.session, self.actor, action, entity, entity_id, before, after)
        self.anchor = audit.anchor_after(self.session, entry)


def snapshot(row: SQLModel | None, exclude: set[str] | frozenset[str] = frozenset()) -> dict | None:
    """A row as plain data for the audit log (binary columns and what the database keeps
    from other rows left out)."""
    if row is None:
        return None
    data = row.model_dump(exclude=set(exclude) | KEPT_BY_THE_DATABASE)
    return {k: v for k, v in data.items() if not isinstance(v, bytes | memoryview)}


def changes(before: dict, after: dict) -> tuple[dict, dict]:
    """Only the fields that differ, for a compact audit entry."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}
