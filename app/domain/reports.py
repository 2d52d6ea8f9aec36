"""A period's report: the requests received in it counted by type, outcome, operator and
channel; how many were answered on time; how many working days the answers took; how long
clocks stood.

* Whether a request was answered on time is the dashboard's rule
  (:func:`app.domain.dashboard.punctuality`): one rule for the chart and the report, so a late
  answer is late forever in both.
* Working days to answer count like the deadline does: the working days after the receipt up
  to and including the day of the answer, without the working days its clock stood (a stop
  covers the days after it stopped up to and including the day it resumed).
* Clock-stop time: the working days the clocks of the period's requests stood, an open stop up
  to today (or to the answer, when one was sent meanwhile).
* Outcome: what became of the request, from its status: answered (sent or closed), rejected,
  withdrawn by its sender, or still open.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from app.domain.calendar import WorkCalendar
from app.domain.dashboard import punctuality
from app.domain.errors import DomainError
from app.domain.requests import OPEN_STATUSES, Status


class Outcome(StrEnum):
    ANSWERED = "answered"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    OPEN = "open"


def outcome_of(status: str) -> Outcome:
    if status in (Status.SENT.value, Status.CLOSED.value):
        return Outcome.ANSWERED
    if status == Status.REJECTED.value:
        return Outcome.REJECTED
    if status == Status.WITHDRAWN.value:
        return Outcome.WITHDRAWN
    assert Status(status) in OPEN_STATUSES
    return Outcome.OPEN


@dataclass(frozen=True)
class Stop:
    stopped_on: dt.date
    resumed_on: dt.date | None = None


@dataclass(frozen=True)
class Facts:
    """One request as the report counts it."""

    received: dt.date
    type: str
    status: str
    operator_id: int
    channel: str
    due: dt.date | None
    posted: dt.date | None  # the first answer letter posted
    moved: dt.date | None  # the first day it was moved to sent or rejected
    breached: bool  # extended after its deadline had passed
    stops: tuple[Stop, ...] = ()


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    @classmethod
    def checked(cls, start: dt.date, end: dt.date) -> Period:
        if end < start:
            raise DomainError.at("to", "period_reversed", start=start)
        return cls(start, end)


def month_period(day: dt.date, back: int = 0) -> Period:
    """The calendar month of ``day``, or the one ``back`` months before it."""
    year, month = day.year, day.month - back
    while month < 1:
        year, month = year - 1, month + 12
    first = dt.date(year, month, 1)
    after = (first + dt.timedelta(days=32)).replace(day=1)
    return Period(first, after - dt.timedelta(days=1))


def year_period(day: dt.date) -> Period:
    return Period(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))


@dataclass
class Report:
    period: Period
    today: dt.date
    total: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    by_outcome: dict[str, int] = field(default_factory=dict)
    by_operator: dict[int, int] = field(default_factory=dict)
    by_channel: dict[str, int] = field(default_factory=dict)
    decided: int = 0  # answered, or past due unanswered: the on-time rate's base
    on_time: int = 0
    days_to_answer: list[int] = field(default_factory=list)  # one per answered request
    stopped_requests: int = 0  # requests whose clock ever stood
    stopped_days: int = 0  # working days they stood, in all
    longest_stop: int = 0  # the most working days one request's clock stood

    @property
    def late(self) -> int:
        return self.decided - self.on_time

    @property
    def on_time_rate(self) -> float | None:
        """0..1, None when nothing was decided."""
        return self.on_time / self.decided if self.decided else None

    @property
    def answered(self) -> int:
        return len(self.days_to_answer)

    @property
    def median_days(self) -> float | None:
        return statistics.median(self.days_to_answer) if self.days_to_answer else None

    @property
    def max_days(self) -> int | None:
        return max(self.days_to_answer) if self.days_to_answer else None


class _Days:
    """Working days of a span of dates counted once, so that any ``(a, b]`` is a subtraction."""

    def __init__(self, calendar: WorkCalendar, first: dt.date, last: dt.date):
        self.first = first
        self.cumulative = [0]
        day = first
        while day < last:
            day += dt.timedelta(days=1)
            self.cumulative.append(self.cumulative[-1] + calendar.is_working_day(day))

    def _at(self, day: dt.date) -> int:
        i = (day - self.first).days
        return self.cumulative[max(0, min(i, len(self.cumulative) - 1))]

    def between(self, start: dt.date, end: dt.date) -> int:
        """Working days in ``(start, end]`` (0 when ``end`` is not after ``start``)."""
        return max(0, self._at(end) - self._at(start)) if end > start else 0


def _stopped(days: _Days, stops: Sequence[Stop], until: dt.date) -> int:
    """Working days the clock stood up to ``until``; overlapping stops count once."""
    spans = sorted((s.stopped_on, min(s.resumed_on or until, until)) for s in stops)
    total, reached = 0, None
    for start, end in spans:
        if reached is not None and start < reached:
            start = reached
        total += days.between(start, end)
        reached = max(end, reached) if reached else end
    return total


def build(facts: Iterable[Facts], period: Period, today: dt.date, calendar: WorkCalendar) -> Report:
    """The report on ``facts`` (the requests received in ``period``), as of ``today``."""
    facts = list(facts)
    report = Report(period, today, total=len(facts))
    report.by_type = dict(Counter(f.type for f in facts))
    report.by_outcome = dict(Counter(outcome_of(f.status).value for f in facts))
    report.by_operator = dict(Counter(f.operator_id for f in facts))
    report.by_channel = dict(Counter(f.channel for f in facts))
    if not facts:
        return report
    first = min(f.received for f in facts)
    last = max(
        [today, *(d for f in facts for d in (f.posted, f.moved) if d is not None)]
        + [s.resumed_on for f in facts for s in f.stops if s.resumed_on is not None]
    )
    days = _Days(calendar, first, last)
    for f in facts:
        punctual, answered = punctuality(f.due, f.posted, f.moved, f.breached, f.status, today)
        if punctual is not None:
            report.decided += 1
            report.on_time += punctual
        end = answered if answered is not None else today
        stood = _stopped(days, f.stops, end) if f.stops else 0
        if f.stops:
            report.stopped_requests += 1
            report.stopped_days += stood
            report.longest_stop = max(report.longest_stop, stood)
        if answered is not None:
            report.days_to_answer.append(max(0, days.between(f.received, answered) - stood))
    return report
