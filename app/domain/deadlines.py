"""Due dates counted in Kazakh working days, and how each one explains itself.

Counting (SPEC, "Deadlines"): the receipt date is day 0; day 1 is the next working day; the due
date is the N-th working day. A clock stop on date S resumed on date R removes the working days in
``(S, R]`` from the count (the stop day still counts, like the receipt day the resume day does
not). Extensions add working days with a reason. While a stop is open there is no due date, only
the working days that remain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from app.domain.calendar import DayInfo, DayKind, WorkCalendar
from app.domain.errors import DomainError, Problem, problem
from app.domain.requests import OPEN_STATUSES, RequestType, Status

DEFAULT_DAYS = 30
MAX_DAYS = 365


@dataclass(frozen=True)
class TypeTerm:
    days: int
    basis: str


@dataclass(frozen=True)
class DeadlinePolicy:
    """N working days per request type, each with the basis the officer sees."""

    name: str
    terms: Mapping[RequestType, TypeTerm]

    def term(self, request_type: RequestType | str) -> TypeTerm:
        return self.terms[RequestType(request_type)]

    def with_days(self, request_type: RequestType | str, days: int, basis: str) -> DeadlinePolicy:
        validate_days(days)
        terms = dict(self.terms)
        terms[RequestType(request_type)] = TypeTerm(days, basis)
        return DeadlinePolicy("custom", terms)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "terms": {t.value: {"days": v.days, "basis": v.basis} for t, v in self.terms.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> DeadlinePolicy:
        terms = dict(DEFAULT_POLICY.terms)
        for key, value in (data.get("terms") or {}).items():
            try:
                rtype = RequestType(key)
            except ValueError:
                continue  # a type this program no longer knows
            days = int(value["days"])
            validate_days(days)
            terms[rtype] = TypeTerm(days, str(value.get("basis", "")))
        return cls(str(data.get("name", "custom")), terms)


def validate_days(days: int) -> int:
    if not isinstance(days, int) or days < 1 or days > MAX_DAYS:
        raise DomainError.at("days", "days_range", low=1, high=MAX_DAYS)
    return days


# A clarification asks the subject to reply within this many working days of the letter's date
# (Settings): 10 by default, from 1 to 60.
REPLY_DAYS_DEFAULT = 10
REPLY_DAYS_MIN = 1
REPLY_DAYS_MAX = 60


def validate_reply_days(days: int) -> int:
    """The clarification's reply term, checked: a whole number of working days in its bounds."""
    if isinstance(days, bool) or not isinstance(days, int):
        days = None
    if days is None or not REPLY_DAYS_MIN <= days <= REPLY_DAYS_MAX:
        raise DomainError.at("reply_days", "days_range", low=REPLY_DAYS_MIN, high=REPLY_DAYS_MAX)
    return days


_OPERATOR_BASIS = "Operator's policy: the response period is 30 working days"
DEFAULT_POLICY = DeadlinePolicy(
    "default", {t: TypeTerm(DEFAULT_DAYS, _OPERATOR_BASIS) for t in RequestType}
)

_STATUTORY = {
    RequestType.CONSENT_WITHDRAWAL: (15, "Law 94-V art. 8(7) (as amended 2026): 15 working days"),
    RequestType.ACCESS: (3, "Law 94-V: information on request within 3 working days"),
    RequestType.CORRECTION: (1, "Law 94-V: correction within 1 working day"),
    RequestType.BLOCKING: (1, "Law 94-V: blocking within 1 working day"),
    RequestType.DESTRUCTION: (1, "Law 94-V: destruction within 1 working day"),
}
STATUTORY_POLICY = DeadlinePolicy(
    "statutory",
    {
        t: TypeTerm(*_STATUTORY[t]) if t in _STATUTORY else TypeTerm(DEFAULT_DAYS, _OPERATOR_BASIS)
        for t in RequestType
    },
)
PRESETS = {p.name: p for p in (DEFAULT_POLICY, STATUTORY_POLICY)}


@dataclass(frozen=True)
class ClockStop:
    stopped_on: dt.date
    resumed_on: dt.date | None = None
    reason: str = ""

    def covers(self, day: dt.date) -> bool:
        return day > self.stopped_on and (self.resumed_on is None or day <= self.resumed_on)


@dataclass(frozen=True)
class Extension:
    days: int
    reason: str
    granted_on: dt.date | None = None


@dataclass(frozen=True)
class SkippedDay:
    day: dt.date
    reason: str  # in the calendar's language, for the CLI; a window words the day by ``kind``
    kind: DayKind = DayKind.WEEKEND
    name: str = ""  # the holiday's name, the override's note or the clock stop's reason


@dataclass(frozen=True)
class Deadline:
    received: dt.date
    days: int  # the type's N
    extra_days: int  # added by extensions
    day_one: dt.date | None
    due: dt.date | None  # None while the clock is stopped
    remaining: int | None  # working days left when the clock stopped (open stop only)
    skipped: tuple[SkippedDay, ...]  # non-working days and stopped days up to the due date
    stops: tuple[ClockStop, ...] = ()
    extensions: tuple[Extension, ...] = ()
    basis: str = ""
    counted: tuple[dt.date, ...] = field(default=(), repr=False)

    @property
    def total_days(self) -> int:
        return self.days + self.extra_days

    @property
    def stopped(self) -> bool:
        return self.due is None

    def explain(self) -> list[str]:
        """The explanation as lines of English text (the CLI prints these)."""
        lines = [f"Received: {self.received.isoformat()} (day 0)"]
        if self.basis:
            lines.append(f"Term: {self.days} working days — {self.basis}")
        else:
            lines.append(f"Term: {self.days} working days")
        if self.day_one:
            lines.append(f"Day 1: {self.day_one.isoformat()}")
        for ext in self.extensions:
            when = f" on {ext.granted_on.isoformat()}" if ext.granted_on else ""
            lines.append(f"Extended by {ext.days} working days{when}: {ext.reason}")
        for stop in self.stops:
            end = stop.resumed_on.isoformat() if stop.resumed_on else "not resumed"
            why = f": {stop.reason}" if stop.reason else ""
            lines.append(f"Clock stopped {stop.stopped_on.isoformat()} → {end}{why}")
        if self.skipped:
            lines.append("Skipped:")
            lines.extend(f"  {s.day.isoformat()} {s.day:%a}  {s.reason}" for s in self.skipped)
        if self.due:
            lines.append(f"Due: {self.due.isoformat()} (working day {self.total_days})")
        else:
            lines.append(f"Due: clock stopped, {self.remaining} working days remain")
        return lines


def compute_deadline(
    calendar: WorkCalendar,
    received: dt.date,
    days: int,
    stops: Iterable[ClockStop] = (),
    extensions: Iterable[Extension] = (),
    basis: str = "",
) -> Deadline:
    validate_days(days)
    stops = tuple(sorted(stops, key=lambda s: s.stopped_on))
    extensions = tuple(extensions)
    for stop in stops:
        if stop.resumed_on is not None and stop.resumed_on < stop.stopped_on:
            raise DomainError.at("resumed_on", "before_stop", stopped=stop.stopped_on)
        if stop.stopped_on < received:
            raise DomainError.at("stopped_on", "before_received", received=received)
    extra = sum(e.days for e in extensions)
    total = days + extra
    skipped: list[SkippedDay] = []
    counted: list[dt.date] = []
    day_one = None
    due = None
    remaining = None
    open_stop = next((s for s in stops if s.resumed_on is None), None)
    day = received
    while len(counted) < total:
        day += dt.timedelta(days=1)
        if open_stop is not None and day > open_stop.stopped_on:
            remaining = total - len(counted)
            break
        info: DayInfo = calendar.info(day)
        if not info.working:
            skipped.append(SkippedDay(day, info.reason, info.kind, info.name))
            continue
        stop = next((s for s in stops if s.covers(day)), None)
        if stop is not None:
            skipped.append(
                SkippedDay(
                    day,
                    f"clock stopped{': ' + stop.reason if stop.reason else ''}",
                    DayKind.CLOCK_STOPPED,
                    stop.reason,
                )
            )
            continue
        counted.append(day)
        if day_one is None:
            day_one = day
    else:
        due = counted[-1]
    return Deadline(
        received=received,
        days=days,
        extra_days=extra,
        day_one=day_one,
        due=due,
        remaining=remaining,
        skipped=tuple(skipped),
        stops=stops,
        extensions=extensions,
        basis=basis,
        counted=tuple(counted),
    )


class Urgency(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    WITHIN_3 = "within_3"
    WITHIN_10 = "within_10"
    LATER = "later"
    STOPPED = "stopped"  # clock stopped: no due date while waiting for the subject
    DONE = "done"  # no longer open


URGENCY_WINDOWS = {Urgency.WITHIN_3: 3, Urgency.WITHIN_10: 10}


def working_days_left(calendar: WorkCalendar, today: dt.date, due: dt.date) -> int:
    """Working days in ``(today, due]``; negative when overdue."""
    return calendar.working_days_between(today, due)


def urgency(calendar: WorkCalendar, today: dt.date, due: dt.date | None) -> Urgency:
    if due is None:
        return Urgency.STOPPED
    if due < today:
        return Urgency.OVERDUE
    if due == today:
        return Urgency.TODAY
    left = working_days_left(calendar, today, due)
    if left <= 3:
        return Urgency.WITHIN_3
    if left <= 10:
        return Urgency.WITHIN_10
    return Urgency.LATER


def request_urgency(
    calendar: WorkCalendar, today: dt.date, status: Status | str, due: dt.date | None
) -> tuple[Urgency, int | None]:
    """How pressing a request is, and its working days left (None when none run): the one
    answer the case, the register and the dashboard show. A request no longer open is done;
    an open one with no due date has its clock stopped."""
    if Status(status) not in OPEN_STATUSES:
        return Urgency.DONE, None
    if due is None:
        return Urgency.STOPPED, None
    return urgency(calendar, today, due), working_days_left(calendar, today, due)


def urgency_bounds(calendar: WorkCalendar, today: dt.date) -> dict[Urgency, dt.date]:
    """The last due date that still falls in each window, for range queries."""
    return {u: calendar.add_working_days(today, n) for u, n in URGENCY_WINDOWS.items()}


def extension_days_for(calendar: WorkCalendar, current_due: dt.date, new_due: dt.date) -> int:
    """Working days an extension must add to move ``current_due`` to ``new_due``."""
    days = calendar.working_days_between(current_due, new_due)
    if days < 1:
        raise DomainError.at("new_due", "not_after_due", due=current_due)
    if not calendar.is_working_day(new_due):
        raise DomainError.at("new_due", "not_working_day", value=new_due)
    return days


def extension_problem(
    calendar: WorkCalendar,
    current_due: dt.date | None,
    new_due: dt.date | None = None,
    today: dt.date | None = None,
) -> Problem | None:
    """Why the deadline due on ``current_due`` (None while the clock is stopped) cannot be
    extended to ``new_due`` (None: by a number of days), or None. An overdue request may be
    extended (it is recorded as late, :func:`extension_late_by`), but never to a day that has
    already passed: that would shrink the visible delay instead of ending it."""
    if current_due is None:
        return problem("status", "resume_before_extending")
    if new_due is None:
        return None
    if new_due <= current_due:
        return problem("new_due", "extension_not_later", due=current_due)
    if today is not None and new_due < today:
        return problem("new_due", "extension_in_past", value=new_due, today=today)
    if not calendar.is_working_day(new_due):
        return problem("new_due", "not_working_day", value=new_due)
    return None


def extension_late_by(calendar: WorkCalendar, current_due: dt.date, today: dt.date) -> int:
    """Working days the deadline had been missed when an extension is granted ``today`` (0 when
    granted in time): the breach an extension records and never hides."""
    if today <= current_due:
        return 0
    return calendar.working_days_between(current_due, today)
