"""Dispatch of outgoing letters: the rules, in one place (the dialog asks them live, the
service again before writing).

* A letter may be dispatched once it is final (numbered, its PDF stored), when it is meant for
  the subject (a destruction act is internal) and not dispatched yet.
* Methods: registered post, hand delivery, e-mail, courier. Registered post takes a tracking
  number, checked as UPU S10; anything else is accepted only after the officer confirmed a
  warning (``not_s10``). A courier's waybill is free text (no check); hand delivery and e-mail
  carry no tracking number.
* Dates: sent neither before the letter's own date nor in the future; a delivery notice or a
  return neither before the letter was sent nor in the future.
* The request: dispatching an *answer* (a kind that answers the request, not an
  acknowledgement, a clarification or an extension notice) moves it to ``sent`` (through
  ``answer_ready`` when it was not marked so yet); a request whose clock is stopped waits for
  the subject and must be resumed first. A sent request closes when the delivery notice of its
  answer comes back, or when the configured number of days has passed since the answer was sent
  without one (:func:`closes_on`). A return is recorded; it does not close the request by
  itself (the officer may post the answer again), the wait does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import DomainError, Problem, problem
from app.domain.identifiers import validate_s10
from app.domain.letter_rules import ANSWER_KINDS, INTERNAL_KINDS
from app.domain.requests import FINAL_STATUSES, Status


class Method(StrEnum):
    """How a letter left the office (command-line names)."""

    REGISTERED = "registered"
    HAND = "hand"
    EMAIL = "email"
    COURIER = "courier"


METHODS: tuple[str, ...] = tuple(m.value for m in Method)

METHOD_LABELS: dict[Method, dict[str, str]] = {
    Method.REGISTERED: {"kk": "Тапсырыс хат", "ru": "Заказное письмо", "en": "Registered post"},
    Method.HAND: {"kk": "Қолма-қол", "ru": "Нарочно", "en": "Hand delivery"},
    Method.EMAIL: {"kk": "Электрондық пошта", "ru": "Электронная почта", "en": "E-mail"},
    Method.COURIER: {"kk": "Курьер", "ru": "Курьер", "en": "Courier"},
}

# Weight classes of a registered letter on the post office's list: the upper bound in grams.
WEIGHT_CLASSES: tuple[int, ...] = (20, 50, 100, 250, 500, 1000, 2000)
DEFAULT_WEIGHT = 20


# Days to wait for a delivery notice before a sent request closes by itself (a setting).
DEFAULT_NOTICE_WAIT = 30
MAX_NOTICE_WAIT = 365
MAX_NOTE = 300
MAX_TRACKING = 40


class State(StrEnum):
    """Where an outgoing letter is: the Outgoing screen's lists, and (for the requests that
    have such a letter) the dashboard's "letters to post" and "awaiting delivery" tiles. The one
    definition is :func:`state_of`; :func:`app.storage.letter_clauses.letter_state_clause` is
    its SQL.

    Only registered post awaits a delivery notice: a letter handed over, e-mailed or given to a
    courier is done with once sent (it stays "posted"), and so is a registered letter whose
    request has ended without its notice (closed after the wait, rejected, withdrawn): nobody
    waits for that notice any more, though it may still be recorded when it comes."""

    TO_POST = "to_post"  # final, not dispatched
    POSTED = "posted"  # dispatched, no notice awaited (not registered post, or request ended)
    AWAITING = "awaiting"  # registered post sent, no notice and no return, request not ended
    DONE = "done"  # delivered or returned


STATES: tuple[str, ...] = tuple(s.value for s in State)


def check_method(value: str) -> Method:
    try:
        return Method(value)
    except ValueError:
        raise DomainError.at("method", "choice", value=value, choices=list(METHODS)) from None


def weight_problem(grams: int | None, method: Method) -> Problem | None:
    if grams is None or method is not Method.REGISTERED:
        return None
    if grams not in WEIGHT_CLASSES:
        return problem("weight", "choice", value=grams, choices=list(WEIGHT_CLASSES))
    return None


@dataclass(frozen=True)
class TrackingCheck:
    """A tracking number as it will be stored, with a problem that refuses it (``error``) or
    one the officer must confirm (``warning``: not a UPU S10 number)."""

    value: str
    error: Problem | None = None
    warning: Problem | None = None


def check_tracking(
    method: Method | str, text: str, field: str = "tracking_number"
) -> TrackingCheck:
    """The tracking number typed for ``method``: checked as S10 for registered post."""
    method = Method(method)
    compact = "".join(text.split())
    if method in (Method.HAND, Method.EMAIL):
        if compact:
            return TrackingCheck("", problem(field, "tracking_not_used", method=method.value))
        return TrackingCheck("")
    if method is Method.COURIER:
        value = " ".join(text.split())
        if len(value) > MAX_TRACKING:
            return TrackingCheck(
                value, problem(field, "too_long", max=MAX_TRACKING, given=len(value))
            )
        return TrackingCheck(value)
    if not compact:  # recorded later, or never: the list then shows none
        return TrackingCheck("")
    try:
        return TrackingCheck(validate_s10(compact, field))
    except DomainError as exc:
        value = " ".join(text.split())
        if len(value) > MAX_TRACKING:
            return TrackingCheck(
                value, problem(field, "too_long", max=MAX_TRACKING, given=len(value))
            )
        why = exc.first
        return TrackingCheck(
            compact.upper() if len(compact) == 13 else value,
            warning=problem(field, "not_s10", value=value, why=why.code, **dict(why.params)),
        )


def sent_problem(
    sent: dt.date | None, letter_date: dt.date | None, today: dt.date
) -> Problem | None:
    """Why a letter dated ``letter_date`` cannot have been sent on ``sent``, or None."""
    if sent is None:
        return problem("sent_on", "required")
    if sent > today:
        return problem("sent_on", "future", value=sent)
    if letter_date is not None and sent < letter_date:
        return problem("sent_on", "sent_before_letter", letter_date=letter_date)
    return None


def outcome_problem(
    day: dt.date | None, sent: dt.date | None, today: dt.date, field: str = "delivered_on"
) -> Problem | None:
    """Why a delivery notice (or a return) cannot be dated ``day``, or None."""
    if sent is None:
        return problem(field, "letter_not_sent")
    if day is None:
        return problem(field, "required")
    if day > today:
        return problem(field, "future", value=day)
    if day < sent:
        return problem(field, "before_sent", sent_on=sent)
    return None


@dataclass(frozen=True)
class LetterFacts:
    """What the rules need to know about a letter, as plain values."""

    kind: str
    final: bool
    series: str = "out"
    sent_on: dt.date | None = None
    delivered_on: dt.date | None = None
    returned_on: dt.date | None = None
    out_number: str = ""


def dispatch_problem(letter: LetterFacts) -> Problem | None:
    """Why ``letter`` cannot be dispatched now, or None."""
    if not letter.final:
        return problem("letter", "letter_not_final")
    if letter.series != "out" or letter.kind in INTERNAL_KINDS:
        return problem("letter", "letter_internal", kind=letter.kind)
    if letter.sent_on is not None:
        return problem(
            "letter", "letter_already_sent", number=letter.out_number, sent_on=letter.sent_on
        )
    return None


def outcome_recorded_problem(letter: LetterFacts) -> Problem | None:
    """Why no delivery notice or return can be recorded for ``letter`` now, or None."""
    if letter.sent_on is None:
        return problem("letter", "letter_not_sent", number=letter.out_number)
    if letter.delivered_on is not None:
        return problem(
            "letter", "letter_delivered", number=letter.out_number, on=letter.delivered_on
        )
    if letter.returned_on is not None:
        return problem("letter", "letter_returned", number=letter.out_number, on=letter.returned_on)
    return None


def is_answer(kind: str) -> bool:
    return kind in ANSWER_KINDS


def moves_on_dispatch(kind: str, status: Status | str) -> tuple[Status, ...]:
    """The statuses a request in ``status`` passes through when a letter of ``kind`` is sent:
    none unless the letter answers it; raises when its clock is stopped."""
    status = Status(status)
    if not is_answer(kind):
        return ()
    if status in (Status.REGISTERED, Status.IN_PROGRESS):
        return (Status.ANSWER_READY, Status.SENT)
    if status is Status.ANSWER_READY:
        return (Status.SENT,)
    if status is Status.WAITING:
        raise DomainError.at("status", "dispatch_while_waiting")
    return ()  # sent already (a second answer), closed, rejected or withdrawn: stays


def closes_on_delivery(kind: str, status: Status | str) -> bool:
    return is_answer(kind) and Status(status) is Status.SENT


def closes_on(sent: dt.date, wait_days: int) -> dt.date:
    """The day a request sent on ``sent`` closes without a delivery notice."""
    return sent + dt.timedelta(days=wait_days)


def wait_problem(days: int) -> Problem | None:
    if not 1 <= days <= MAX_NOTICE_WAIT:
        return problem("notice_wait", "out_of_range", value=days, low=1, high=MAX_NOTICE_WAIT)
    return None


def awaits_notice(method: str) -> bool:
    """Whether a letter sent by ``method`` waits for a delivery notice (registered post only)."""
    return method == Method.REGISTERED


def state_of(
    letter: LetterFacts, method: str = "", request_status: Status | str | None = None
) -> State | None:
    """The list a letter belongs in (None: a draft or an internal act); ``request_status``
    is its request's (None: taken as still open)."""
    if not letter.final or letter.series != "out" or letter.kind in INTERNAL_KINDS:
        return None
    if letter.sent_on is None:
        return State.TO_POST
    if letter.delivered_on is not None or letter.returned_on is not None:
        return State.DONE
    ended = request_status is not None and Status(request_status) in FINAL_STATUSES
    if awaits_notice(method) and not ended:
        return State.AWAITING
    return State.POSTED


def note_problem(note: str) -> Problem | None:
    if len(note.strip()) > MAX_NOTE:
        return problem("note", "too_long", max=MAX_NOTE, given=len(note.strip()))
    return None
