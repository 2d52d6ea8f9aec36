"""The register and the dashboard: which requests are due when."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlmodel import select

from app.domain.deadlines import URGENCY_WINDOWS, Urgency
from app.domain.requests import Status
from app.services import deadlines
from app.services.context import Context
from app.storage import queries
from app.storage.models import Request
from app.storage.queries import RequestFilter


def urgency_filter(ctx: Context, which: str, base: RequestFilter | None = None) -> RequestFilter:
    """The filter that shows the dashboard's bucket ``which`` (an :class:`Urgency` value)."""
    f = dataclasses.replace(base or RequestFilter(), open_only=True)
    today = ctx.today()
    which = Urgency(which)
    if which is Urgency.OVERDUE:
        f.due_before = today
    elif which is Urgency.TODAY:
        f.due_on = today
    elif which in URGENCY_WINDOWS:
        with ctx.read() as session:
            calendar = deadlines.load_calendar(session)
        f.due_after = today
        f.due_on_or_before = calendar.add_working_days(today, URGENCY_WINDOWS[which])
    elif which is Urgency.STOPPED:
        f.clock_stopped = True
    elif which is Urgency.LATER:
        with ctx.read() as session:
            calendar = deadlines.load_calendar(session)
        f.due_after = calendar.add_working_days(today, URGENCY_WINDOWS[Urgency.WITHIN_10])
    return f


def due_within_filter(ctx: Context, days: int, base: RequestFilter | None = None) -> RequestFilter:
    f = dataclasses.replace(base or RequestFilter(), open_only=True)
    with ctx.read() as session:
        calendar = deadlines.load_calendar(session)
    f.due_on_or_before = calendar.add_working_days(ctx.today(), days)
    f.due_after = None
    return f


def list_requests(ctx: Context, f: RequestFilter, limit: int | None = None) -> list[Request]:
    with ctx.read() as session:
        stmt = queries.request_select(f)
        if limit:
            stmt = stmt.limit(limit)
        return list(session.exec(stmt).all())


def count(ctx: Context, f: RequestFilter) -> int:
    with ctx.read() as session:
        return queries.count(session, f)


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    open: int
    overdue: int
    due_today: int
    due_within_3: int
    due_within_10: int
    clock_stopped: int
    answer_ready: int
    nearest: tuple[Request, ...]

    def counts(self) -> dict[str, int]:
        return {
            "open": self.open,
            "overdue": self.overdue,
            "due_today": self.due_today,
            "due_within_3": self.due_within_3,
            "due_within_10": self.due_within_10,
            "clock_stopped": self.clock_stopped,
            "answer_ready": self.answer_ready,
        }


def dashboard(ctx: Context, operator_id: int | None = None, nearest: int = 10) -> Dashboard:
    today = ctx.today()
    base = RequestFilter(operator_id=operator_id, open_only=True)
    with ctx.read() as session:
        calendar = deadlines.load_calendar(session)
        b3 = calendar.add_working_days(today, 3)
        b10 = calendar.add_working_days(today, 10)

        def n(**kw) -> int:
            return queries.count(session, dataclasses.replace(base, **kw))

        near = session.exec(
            queries.request_select(
                dataclasses.replace(base, sort="due_date", descending=False, due_after=None)
            )
            .where(Request.due_date.is_not(None))
            .limit(nearest)
        ).all()
        return Dashboard(
            today=today,
            open=n(),
            overdue=n(due_before=today),
            due_today=n(due_on=today),
            due_within_3=n(due_after=today, due_on_or_before=b3),
            due_within_10=n(due_after=today, due_on_or_before=b10),
            clock_stopped=n(clock_stopped=True),
            answer_ready=n(statuses=(Status.ANSWER_READY.value,)),
            nearest=tuple(near),
        )


def assignees(ctx: Context) -> list[str]:
    with ctx.read() as session:
        rows = session.exec(select(Request.assignee).distinct().order_by(Request.assignee)).all()
    return [r for r in rows if r]
