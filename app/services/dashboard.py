"""The dashboard's other readings: the month calendar of due dates and the intake chart.

The tiles themselves are :func:`app.services.register.dashboard` (each one a set of register
criteria, so a tile and the register it opens count the same rows). This module reads for the
calendar (open requests due per day of a month, each day's count the register's for
``status=open, due_on=day``) and for the chart (requests received per month by type, and the
share of them answered on time: :mod:`app.domain.dashboard` decides).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from app.domain import dashboard as rules
from app.domain.requests import Status
from app.services import register
from app.services.context import Context
from app.storage import queries

MONTHS = 12
# The status changes that answer a request sent without an answer letter recorded.
ANSWERED_BY = (Status.SENT.value, Status.REJECTED.value)


def day_filters(day: dt.date, operator_id: int | None = None, assignee: str | None = None) -> dict:
    """The register filters that list the open requests due on ``day`` (a calendar click)."""
    found = {"status": register.OPEN, "due_on": day}
    extra = {"operator_id": operator_id, "assignee": assignee}
    return {**found, **{k: v for k, v in extra.items() if v is not None}}


def due_days(
    ctx: Context,
    year: int,
    month: int,
    operator_id: int | None = None,
    assignee: str | None = None,
) -> dict[dt.date, int]:
    """How many open requests fall due on each day of the month (days with none left out)."""
    first = dt.date(year, month, 1)
    after = (first + dt.timedelta(days=32)).replace(day=1)
    crit = register.Criteria(status=register.OPEN, operator_id=operator_id, assignee=assignee)
    f = register.to_filter(ctx, crit)
    f = dataclasses.replace(f, due_after=first - dt.timedelta(days=1), due_before=after)
    with ctx.read() as session:
        return queries.due_day_counts(session, f)


def intake(
    ctx: Context,
    months: int = MONTHS,
    operator_id: int | None = None,
    assignee: str | None = None,
) -> list[rules.Month]:
    """The last ``months`` months (today's included), oldest first: requests received by type
    and how many of the decided ones were answered on time (one query; the rule decides)."""
    today = ctx.today()
    starts = rules.months_back(today, months)
    f = queries.RequestFilter(
        operator_id=operator_id, assignee=assignee, received_from=starts[0], received_to=today
    )
    with ctx.read() as session:
        found = queries.answer_facts(session, f, sorted(rules.ANSWER_KINDS), ANSWERED_BY)
    outcomes = (
        rules.Outcome(
            received, rtype, rules.punctuality(due, posted, moved, breached, status, today)[0], n
        )
        for received, rtype, status, due, posted, moved, breached, n in found
    )
    return rules.intake_by_month(outcomes, starts)
