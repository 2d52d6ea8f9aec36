"""Deadlines as stored: the calendar and policy in force, and keeping due dates current."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, select

from app.domain.calendar import Override, OverrideKind, WorkCalendar
from app.domain.deadlines import (
    DEFAULT_POLICY,
    ClockStop,
    Deadline,
    DeadlinePolicy,
    Extension,
    compute_deadline,
)
from app.domain.requests import OPEN_STATUSES
from app.storage.models import CalendarOverride, ClockStopRow, ExtensionRow, Request, Setting

POLICY_KEY = "deadline_policy"


def load_calendar(session: Session, language: str = "en") -> WorkCalendar:
    rows = session.exec(select(CalendarOverride)).all()
    return WorkCalendar(
        (Override(r.day, OverrideKind(r.kind), r.note) for r in rows), language=language
    )


def load_policy(session: Session) -> DeadlinePolicy:
    row = session.get(Setting, POLICY_KEY)
    if row is None or not row.value:
        return DEFAULT_POLICY
    return DeadlinePolicy.from_dict(row.value)


def deadline_of(session: Session, request: Request, calendar: WorkCalendar) -> Deadline:
    stops = session.exec(
        select(ClockStopRow).where(ClockStopRow.request_id == request.id).order_by(ClockStopRow.id)
    ).all()
    exts = session.exec(
        select(ExtensionRow).where(ExtensionRow.request_id == request.id).order_by(ExtensionRow.id)
    ).all()
    return compute_deadline(
        calendar,
        request.received_date,
        request.term_days,
        [ClockStop(s.stopped_on, s.resumed_on, s.reason) for s in stops],
        [Extension(e.days, e.reason, e.granted_on) for e in exts],
        basis=request.term_basis,
    )


def refresh(session: Session, request: Request, calendar: WorkCalendar) -> bool:
    """Store the request's current due date; True when it changed."""
    deadline = deadline_of(session, request, calendar)
    changed = (request.due_date, request.remaining_days) != (deadline.due, deadline.remaining)
    request.due_date = deadline.due
    request.remaining_days = deadline.remaining
    if changed:
        session.add(request)
    return changed


@dataclass(frozen=True)
class DueChange:
    """One open request whose due date (or term) a change of the terms or the calendar moves."""

    request_id: int
    reg_number: str
    old_due: dt.date | None
    new_due: dt.date | None
    old_days: int
    new_days: int
    # what the request's row held before and will hold after (for undo, exactly)
    before: tuple = ()
    after: tuple = ()

    @property
    def moved(self) -> bool:
        return self.old_due != self.new_due


def row_state(request: Request) -> tuple:
    return (request.term_days, request.term_basis, request.due_date, request.remaining_days)


def planned(
    session: Session, request: Request, calendar: WorkCalendar, policy: DeadlinePolicy | None
) -> DueChange | None:
    """What recomputing ``request`` would store, without touching it; None when nothing."""
    days, basis = request.term_days, request.term_basis
    if policy is not None:
        term = policy.term(request.type)
        days, basis = term.days, term.basis
    stops = session.exec(
        select(ClockStopRow).where(ClockStopRow.request_id == request.id).order_by(ClockStopRow.id)
    ).all()
    exts = session.exec(
        select(ExtensionRow).where(ExtensionRow.request_id == request.id).order_by(ExtensionRow.id)
    ).all()
    deadline = compute_deadline(
        calendar,
        request.received_date,
        days,
        [ClockStop(s.stopped_on, s.resumed_on, s.reason) for s in stops],
        [Extension(e.days, e.reason, e.granted_on) for e in exts],
        basis=basis,
    )
    before = row_state(request)
    after = (days, basis, deadline.due, deadline.remaining)
    if before == after:
        return None
    return DueChange(
        request.id,
        request.reg_number,
        request.due_date,
        deadline.due,
        request.term_days,
        days,
        before,
        after,
    )


def _open_requests(session: Session):
    last_id = 0
    open_values = [s.value for s in OPEN_STATUSES]
    while True:
        batch = session.exec(
            select(Request)
            .where(col(Request.status).in_(open_values), Request.id > last_id)
            .order_by(Request.id)
            .limit(500)
        ).all()
        if not batch:
            return
        yield from batch
        last_id = batch[-1].id


def plan_open(
    session: Session, calendar: WorkCalendar, policy: DeadlinePolicy | None = None
) -> list[DueChange]:
    """What :func:`recompute_open` would change, computed without writing anything."""
    changes = (planned(session, r, calendar, policy) for r in _open_requests(session))
    return [c for c in changes if c is not None]


def apply_plan(session: Session, changes: list[DueChange]) -> None:
    """Store the planned rows (the ``after`` of each change)."""
    for change in changes:
        request = session.get(Request, change.request_id)
        request.term_days, request.term_basis, request.due_date, request.remaining_days = (
            change.after
        )
        session.add(request)
    session.flush()


def recompute_open(
    session: Session, calendar: WorkCalendar, policy: DeadlinePolicy | None = None
) -> int:
    """Recompute the due date of every open request (closed ones keep theirs).

    With a ``policy``, each open request also takes its type's current N. Returns how many due
    dates moved.
    """
    return sum(c.moved for c in recompute_changes(session, calendar, policy))


def recompute_changes(
    session: Session, calendar: WorkCalendar, policy: DeadlinePolicy | None = None
) -> list[DueChange]:
    """:func:`recompute_open`, returning every row it changed (before and after)."""
    changes = plan_open(session, calendar, policy)
    apply_plan(session, changes)
    return changes
