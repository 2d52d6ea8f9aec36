"""What the register is asked to show: one filter, the same for its count, its pages and its
search (:mod:`app.storage.queries`, :mod:`app.storage.register_search`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class RequestFilter:
    statuses: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    operator_id: int | None = None
    assignee: str | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    open_only: bool = False
    due_before: dt.date | None = None  # due_date < this
    due_on_or_before: dt.date | None = None  # due_date <= this
    due_after: dt.date | None = None  # due_date > this
    due_on: dt.date | None = None
    # overdue now (due_date < this), or extended after the deadline had passed: a breach stays
    breached_before: dt.date | None = None
    clock_stopped: bool = False
    letters: str | None = None  # a LetterStage value: where the request's letters stand
    subject_id: int | None = None
    search: str = ""
    # the ids a name search found (:func:`app.storage.register_search.resolved`), in place of its text
    within: tuple[int, ...] | None = None
    sort: str = "reg_number"
    descending: bool = True
    extra: dict = field(default_factory=dict)
