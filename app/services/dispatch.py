"""Dispatch of finalised letters, their delivery notices and returns, and the request's moves.

Each use case is one transaction with its audit entries: dispatching several letters at once
either records every one of them or none. Dispatching an answer moves its request to ``sent``
through :func:`app.services.requests._move` (the core every status change goes through, which
also completes a consent withdrawal's workflow) in the same transaction; a delivery notice of
the answer closes it, and :func:`close_waited` closes a sent request whose answer has waited the
configured number of days without one. The rules are :mod:`app.domain.dispatch`'s.

A letter's dispatch is recorded by an ``UPDATE … WHERE sent_on IS NULL`` (and its outcome by
``… WHERE delivered_on IS NULL AND returned_on IS NULL``), so two officers dispatching the same
letter at the same moment cannot both succeed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import update
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from app.domain import dispatch as rules
from app.domain.dispatch import LetterFacts, Method
from app.domain.errors import DomainError, Problem, problem, raise_if
from app.domain.requests import Status
from app.services import requests
from app.services.context import Context, Writer
from app.services.versions import claim
from app.storage.models import Letter, Request, Setting, Subject

NOTICE_WAIT_KEY = "dispatch_notice_wait"

__all__ = [
    "Dispatch",
    "Dispatched",
    "Item",
    "by_out_number",
    "close_waited",
    "dispatch",
    "notice_wait",
    "record_delivery",
    "record_return",
    "set_notice_wait",
]


@dataclass(frozen=True)
class Item:
    """One letter of a dispatch with its own tracking number ('' for none)."""

    letter_id: int
    tracking: str = ""


@dataclass
class Dispatch:
    """What the officer says about a dispatch of one or several letters."""

    method: str
    sent_on: dt.date
    items: list[Item] = field(default_factory=list)
    weight: int | None = None  # grams (registered post)
    note: str = ""
    accept_non_s10: bool = False  # the officer confirmed the warning about a non-S10 number


@dataclass(frozen=True)
class Dispatched:
    letter_id: int
    out_number: str
    request_id: int
    reg_number: str
    tracking: str
    request_status: str  # after the dispatch
    moved: bool  # the request moved to sent


# The letters' PDFs (some 70 KB each) are not read where only their facts are: the Outgoing
# screen's rows, the requests waiting to close, the register's Dispatch… (raised if touched).
NO_PDF = defer(Letter.pdf, raiseload=True)


def facts(letter: Letter) -> LetterFacts:
    return LetterFacts(
        kind=letter.kind,
        final=letter.finalized_at is not None and letter.out_number is not None,
        series=letter.series,
        sent_on=letter.sent_on,
        delivered_on=letter.delivered_on,
        returned_on=letter.returned_on,
        out_number=letter.out_number or "",
    )


# --- the setting ---------------------------------------------------------------------------


def notice_wait_in(session: Session) -> int:
    row = session.get(Setting, NOTICE_WAIT_KEY)
    value = row.value if row is not None else None
    return value if isinstance(value, int) and value > 0 else rules.DEFAULT_NOTICE_WAIT


def notice_wait(ctx: Context) -> int:
    """Days a sent request waits for its answer's delivery notice before it closes."""
    with ctx.read() as session:
        return notice_wait_in(session)


def set_notice_wait(ctx: Context, days: int) -> None:
    raise_if([p for p in (rules.wait_problem(days),) if p])
    with ctx.write() as w:
        row = w.session.get(Setting, NOTICE_WAIT_KEY)
        before = None if row is None else row.value
        if row is None:
            row = Setting(key=NOTICE_WAIT_KEY, value=days)
        else:
            row.value = days
        w.session.add(row)
        w.audit("setting.change", "setting", NOTICE_WAIT_KEY, before, days)


# --- finding letters -----------------------------------------------------------------------


def by_out_number(ctx: Context, number: str, operator_id: int | None = None) -> int:
    """The id of the final letter numbered ``number`` (its operator's, when given)."""
    number = number.strip()
    with ctx.read() as session:
        stmt = select(Letter.id).where(Letter.out_number == number)
        if operator_id is not None:
            stmt = stmt.where(Letter.operator_id == operator_id)
        found = session.exec(stmt).all()
    if not found:
        raise DomainError.at("out_number", "no_letter_number", number=number)
    if len(found) > 1:
        raise DomainError.at("out_number", "number_ambiguous", number=number)
    return found[0]


def _letter(session: Session, letter_id: int) -> Letter:
    row = session.get(Letter, letter_id)
    if row is None:
        raise DomainError.at("letter", "no_letter", id=letter_id)
    return row


def recipient_of(session: Session, request: Request) -> tuple[str, str]:
    """Who the letter goes to and where, as the post office's list and the envelope print it:
    the linked subject's name and address, else the sender and address as registered."""
    subject = session.get(Subject, request.subject_id) if request.subject_id else None
    name = request.sender
    address = request.sender_address
    if subject is not None:
        full = " ".join(p for p in (subject.surname, subject.given_name, subject.patronymic) if p)
        name = full or name
        address = address or subject.address
    return name.strip(), address.strip()


# --- dispatching ---------------------------------------------------------------------------


def check(d: Dispatch, today: dt.date) -> tuple[list[Problem], list[Problem]]:
    """The problems that refuse ``d`` and the warnings the officer must confirm (not S10),
    without reading the database (the dialog asks this live)."""
    errors: list[Problem] = []
    warnings: list[Problem] = []
    try:
        method = rules.check_method(d.method)
    except DomainError as exc:
        return list(exc.problems), []
    if not d.items:
        errors.append(problem("letter", "no_letters"))
    if d.sent_on is None or d.sent_on > today:
        errors.append(rules.sent_problem(d.sent_on, None, today))
    for p in (rules.weight_problem(d.weight, method), rules.note_problem(d.note)):
        if p:
            errors.append(p)
    for item in d.items:
        found = rules.check_tracking(method, item.tracking)
        if found.error:
            errors.append(found.error)
        if found.warning:
            warnings.append(found.warning)
    return errors, warnings


def dispatch(ctx: Context, d: Dispatch) -> list[Dispatched]:
    """Record the dispatch of every letter of ``d`` in one transaction; refused whole when one
    of them cannot be sent, or when a tracking number is not S10 and the officer has not
    confirmed it (``accept_non_s10``)."""
    errors, warnings = check(d, ctx.today())
    raise_if(errors)
    if warnings and not d.accept_non_s10:
        raise DomainError(*warnings)
    with ctx.write() as w:
        return dispatch_in(w, d, ctx.today())


def dispatch_in(w: Writer, d: Dispatch, today: dt.date) -> list[Dispatched]:
    method = rules.check_method(d.method)
    seen: set[int] = set()
    done: list[Dispatched] = []
    for item in d.items:
        if item.letter_id in seen:
            continue
        seen.add(item.letter_id)
        done.append(_dispatch_one(w, method, d, item, today))
    return done


def _dispatch_one(w: Writer, method: Method, d: Dispatch, item: Item, today: dt.date) -> Dispatched:
    session = w.session
    letter = _letter(session, item.letter_id)
    raise_if([p for p in (rules.dispatch_problem(facts(letter)),) if p])
    raise_if([p for p in (rules.sent_problem(d.sent_on, letter.out_date, today),) if p])
    tracking = rules.check_tracking(method, item.tracking)
    raise_if([p for p in (tracking.error,) if p])
    request = session.get(Request, letter.request_id)
    addressee, address = recipient_of(session, request)
    weight = (d.weight or rules.DEFAULT_WEIGHT) if method is Method.REGISTERED else None
    values = {
        "method": method.value,
        "sent_on": d.sent_on,
        "tracking_number": tracking.value,
        "weight": weight,
        "addressee": addressee,
        "address": address,
        "dispatch_note": d.note.strip(),
        "dispatched_by": w.actor,
    }
    written = session.execute(
        update(Letter)
        .where(Letter.id == letter.id, col(Letter.sent_on).is_(None))
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if written.rowcount != 1:  # another officer dispatched it a moment ago
        session.refresh(letter)
        raise DomainError.at(
            "letter", "letter_already_sent", number=letter.out_number, sent_on=letter.sent_on
        )
    session.refresh(letter)
    w.audit(
        "letter.dispatch",
        "letter",
        letter.id,
        None,
        values
        | {
            "out_number": letter.out_number,
            "warned_not_s10": tracking.warning is not None,
            "at": w.now.isoformat(),
        },
    )
    # the timeline words the dispatch from that entry (app.services.dispatch_timeline)
    path = rules.moves_on_dispatch(letter.kind, request.status)
    if path:
        claim(w, request)
        for status in path:
            requests._move(w, request, status, "", today)
    return Dispatched(
        letter.id,
        letter.out_number or "",
        request.id,
        request.reg_number,
        tracking.value,
        request.status,
        bool(path),
    )


# --- delivery notices and returns ----------------------------------------------------------


def record_delivery(ctx: Context, letter_id: int, on: dt.date) -> Dispatched:
    """The delivery notice of a letter came back, dated ``on``; the request closes if the
    letter was its answer."""
    with ctx.write() as w:
        return _outcome_in(w, letter_id, on, ctx.today(), delivered=True)


def record_return(ctx: Context, letter_id: int, on: dt.date, note: str = "") -> Dispatched:
    """The letter came back undelivered on ``on`` (the request stays sent: the officer may
    post the answer again; the wait closes it)."""
    raise_if([p for p in (rules.note_problem(note),) if p])
    with ctx.write() as w:
        return _outcome_in(w, letter_id, on, ctx.today(), delivered=False, note=note.strip())


def _outcome_in(
    w: Writer, letter_id: int, on: dt.date, today: dt.date, *, delivered: bool, note: str = ""
) -> Dispatched:
    session = w.session
    letter = _letter(session, letter_id)
    raise_if([p for p in (rules.outcome_recorded_problem(facts(letter)),) if p])
    column = "delivered_on" if delivered else "returned_on"
    raise_if([p for p in (rules.outcome_problem(on, letter.sent_on, today, column),) if p])
    values: dict = {column: on}
    if note:
        values["dispatch_note"] = (letter.dispatch_note + "\n" + note).strip()
    written = session.execute(
        update(Letter)
        .where(
            Letter.id == letter.id,
            col(Letter.delivered_on).is_(None),
            col(Letter.returned_on).is_(None),
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    session.refresh(letter)
    if written.rowcount != 1:
        raise_if([p for p in (rules.outcome_recorded_problem(facts(letter)),) if p])
    w.audit(
        "letter.delivered" if delivered else "letter.returned",
        "letter",
        letter.id,
        None,
        values | {"out_number": letter.out_number, "note": note, "at": w.now.isoformat()},
    )
    request = session.get(Request, letter.request_id)
    moved = delivered and rules.closes_on_delivery(letter.kind, request.status)
    if moved:
        claim(w, request)
        requests._move(w, request, Status.CLOSED, "", today)
    return Dispatched(
        letter.id,
        letter.out_number or "",
        request.id,
        request.reg_number,
        letter.tracking_number,
        request.status,
        moved,
    )


# --- closing after the wait ----------------------------------------------------------------


@dataclass(frozen=True)
class Closed:
    request_id: int
    reg_number: str
    sent_on: dt.date


def waiting_to_close(session: Session, today: dt.date, operator_id: int | None = None) -> list:
    """The sent requests whose answer was sent at least the configured days ago with no
    delivery notice: (request, that answer)."""
    wait = notice_wait_in(session)
    stmt = (
        select(Request, Letter)
        .join(Letter, Letter.request_id == Request.id)
        .where(
            Request.status == Status.SENT.value,
            col(Letter.sent_on).is_not(None),
            col(Letter.kind).in_([k.value for k in rules.ANSWER_KINDS]),
        )
        .order_by(Request.id, col(Letter.sent_on).desc())
        .options(NO_PDF)
    )
    if operator_id is not None:
        stmt = stmt.where(Request.operator_id == operator_id)
    latest: dict[int, tuple[Request, Letter]] = {}
    for request, letter in session.exec(stmt):
        latest.setdefault(request.id, (request, letter))  # the answer sent last
    return [
        (request, letter)
        for request, letter in latest.values()
        if letter.delivered_on is None and rules.closes_on(letter.sent_on, wait) <= today
    ]


def close_waited(ctx: Context, operator_id: int | None = None) -> list[Closed]:
    """Close every sent request whose answer has waited the configured days for its delivery
    notice (one transaction; the timeline says why)."""
    today = ctx.today()
    with ctx.read() as session:
        if not waiting_to_close(session, today, operator_id):
            return []
    with ctx.write() as w:
        wait = notice_wait_in(w.session)
        closed = []
        for request, letter in waiting_to_close(w.session, today, operator_id):
            claim(w, request)
            facts_ = {"out_number": letter.out_number, "sent_on": letter.sent_on, "wait": wait}
            w.audit(
                "letter.wait_elapsed", "letter", letter.id, None, facts_ | {"at": w.now.isoformat()}
            )
            requests._move(w, request, Status.CLOSED, "", today)
            closed.append(Closed(request.id, request.reg_number, letter.sent_on))
        return closed


def letters_of_requests(ctx: Context, request_ids: Sequence[int]) -> list[int]:
    """The final letters of these requests still to post, oldest first (the register's
    "Dispatch…" action)."""
    if not request_ids:
        return []
    with ctx.read() as session:
        rows = session.exec(
            select(Letter)
            .where(col(Letter.request_id).in_(list(request_ids)), col(Letter.sent_on).is_(None))
            .order_by(Letter.id)
            .options(NO_PDF)
        ).all()
        return [r.id for r in rows if rules.dispatch_problem(facts(r)) is None]
