"""The dashboard's rules: where a request's letters stand, and whether it was answered on time.

* The letter tiles follow an answer from the desk to the post office: an answer is *to print*
  while the request is "answer ready" and no final answer letter exists; a finalised letter
  that goes to the subject (every kind but the internal acts) is *to post* until it has a date
  sent; a posted letter *awaits a delivery notice* while it has none and its request is still
  "sent" (the request closes on delivery or after the configured wait).
* On time: a request is answered when its first answer letter was posted, or, for a request
  sent or rejected without such a letter, on the day of that status change. It is late when it
  was answered after its due date, when it is still unanswered past it, or when it was ever
  extended after its deadline had passed: a late answer is late forever, whatever was done after.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from app.domain import letter_rules
from app.domain.letter_rules import INTERNAL_KINDS, Kind
from app.domain.requests import Status

# The letters that answer a request, as the stored kind names (the rule: letter_rules).
ANSWER_KINDS = frozenset(k.value for k in letter_rules.ANSWER_KINDS)
# The letters that go to the subject by post or by hand.
SENDABLE_KINDS = frozenset(k.value for k in Kind if k not in INTERNAL_KINDS)


class LetterStage(StrEnum):
    TO_PRINT = "to_print"
    TO_POST = "to_post"
    AWAITING_DELIVERY = "awaiting_delivery"


def answered_on(
    letters_sent: Iterable[dt.date | None], status_days: Iterable[dt.date | None]
) -> dt.date | None:
    """The day a request was answered: its first answer letter posted, else the first day it
    was moved to sent or rejected (``status_days``), else None (not answered)."""
    posted = [d for d in letters_sent if d is not None]
    if posted:
        return min(posted)
    moved = [d for d in status_days if d is not None]
    return min(moved) if moved else None


def on_time(
    due: dt.date | None,
    answered: dt.date | None,
    breached: bool,
    today: dt.date,
    owed: bool = True,
) -> bool | None:
    """True on time, False late, None not decided yet (unanswered and not past due, or no due
    date: the clock is stopped). A request withdrawn by its sender (``owed`` False) is counted
    only if it was breached or answered before."""
    if breached:
        return False
    if answered is not None:
        return due is None or answered <= due
    if owed and due is not None and due < today:
        return False
    return None


def punctuality(
    due: dt.date | None,
    posted: dt.date | None,
    moved: dt.date | None,
    breached: bool,
    status: str,
    today: dt.date,
) -> tuple[bool | None, dt.date | None]:
    """One request's facts through the rule: (:func:`on_time`'s answer, the day it was
    answered). ``posted``: its first answer letter posted; ``moved``: the first day it moved
    to sent or rejected; ``status``: where it stands now (a withdrawn request is not owed).
    The dashboard's chart and the reports both count with this."""
    answered = answered_on((posted,), (moved,))
    owed = status != Status.WITHDRAWN.value
    return on_time(due, answered, bool(breached), today, owed=owed), answered


@dataclass
class Month:
    """One month of intake: requests received by type, and how many of them were decided
    (answered, or overdue unanswered) and answered on time."""

    start: dt.date
    by_type: dict[str, int] = field(default_factory=dict)
    decided: int = 0
    on_time: int = 0

    @property
    def received(self) -> int:
        return sum(self.by_type.values())

    @property
    def on_time_rate(self) -> float | None:
        """The share answered on time, 0..1, None when nothing was decided."""
        return self.on_time / self.decided if self.decided else None


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def months_back(today: dt.date, count: int) -> list[dt.date]:
    """The first days of the ``count`` months ending with today's, oldest first."""
    year, month = today.year, today.month
    out = []
    for _ in range(count):
        out.append(dt.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


@dataclass(frozen=True)
class Outcome:
    """One request as the intake chart counts it."""

    received: dt.date
    type: str
    punctual: bool | None  # on_time()'s answer
    count: int = 1  # requests alike in all of the above


def intake_by_month(outcomes: Iterable[Outcome], starts: list[dt.date]) -> list[Month]:
    months = {start: Month(start) for start in starts}
    for o in outcomes:
        m = months.get(month_start(o.received))
        if m is None:
            continue
        m.by_type[o.type] = m.by_type.get(o.type, 0) + o.count
        if o.punctual is not None:
            m.decided += o.count
            m.on_time += o.count if o.punctual else 0
    return [months[s] for s in starts]
