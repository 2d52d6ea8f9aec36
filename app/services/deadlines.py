"""Deadlines as stored: the calendar and policy in force, and keeping due dates current."""

from __future__ import annotations

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


def recompute_open(
    session: Session, calendar: WorkCalendar, policy: DeadlinePolicy | None = None
) -> int:
    """Recompute the due date of every open request (closed ones keep theirs).

    With a ``policy``, each open request also takes its type's current N. Returns how many due
    dates moved.
    """
    moved = 0
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
            return moved
        for request in batch:
            if policy is not None:
                term = policy.term(request.type)
                if (request.term_days, request.term_basis) != (term.days, term.basis):
                    request.term_days, request.term_basis = term.days, term.basis
                    session.add(request)
            before = request.due_date
            refresh(session, request, calendar)
            if request.due_date != before:
                moved += 1
        last_id = batch[-1].id
        session.flush()
