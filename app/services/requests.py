"""Incoming letters: register, link a subject, move through statuses, stop the clock, extend."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from app.domain import extension_reason, request_input, subject_input
from app.domain.deadlines import (
    Deadline,
    extension_days_for,
    extension_late_by,
    extension_problem,
)
from app.domain.errors import DomainError, raise_if
from app.domain.numbering import format_number
from app.domain.request_input import LANGUAGES, Channel
from app.domain.requests import (
    FINAL_STATUSES,
    Action,
    RequestType,
    Status,
    assignee_problem,
    check_action,
    check_transition,
    clock_resume_problem,
    clock_stop_problem,
    clock_stop_reason_problem,
    note_problem,
)
from app.services import deadlines, operators, subjects, withdrawal
from app.services.attachments import NewAttachment, add_in, sniff
from app.services.context import Context, Writer, snapshot
from app.services.versions import claim
from app.storage import numbering
from app.storage.models import (
    ClockStopRow,
    ExtensionRow,
    Operator,
    Request,
    RequestNote,
    StatusChange,
    Subject,
    WithdrawalStep,
)

REQUEST_SERIES = "request"
# The note of a request's first status change: a marker the program writes, not the officer's text.
REGISTERED_NOTE = "registered"
__all__ = ["LANGUAGES", "Channel", "NewRequest", "register", "validate"]


@dataclass
class NewRequest:
    type: str
    received: dt.date
    sender: str
    iin: str = ""
    language: str = "ru"
    operator_id: int | None = None
    channel: str = Channel.POST.value
    signed: bool = False
    postmark: dt.date | None = None
    letter_date: dt.date | None = None
    # the contacts of the subject created from the letter (an existing one's are never changed)
    subject_phone: str = ""
    subject_email: str = ""
    sender_address: str = ""
    summary: str = ""
    subject_id: int | None = None
    create_subject: bool = True  # with an IIN that matches nobody: create the subject
    assignee: str = ""
    registered: dt.date | None = None
    attachments: list[NewAttachment] = field(default_factory=list)


def validate(data: NewRequest, today: dt.date) -> NewRequest:
    """Every field of a new request by the rules of :mod:`app.domain.request_input`; raises one
    DomainError with every problem found (then the scans, each sniffed from its content)."""
    raise_if(
        request_input.problems(data, today)
        + subject_input.contact_problems(data.subject_phone, data.subject_email)
    )
    data.type = RequestType(data.type).value
    data.channel = Channel(data.channel).value
    data.registered = data.registered or today
    data.sender = request_input.clean_sender(data.sender)
    data.iin = "".join(data.iin.split()) if data.iin else ""
    for scan in data.attachments:
        sniff(scan.data, scan.file_name)
    return data


def register(ctx: Context, data: NewRequest) -> Request:
    """Register one incoming letter; number and insert happen in one transaction."""
    data = validate(data, ctx.today())
    operator = operators.resolve(ctx, data.operator_id)
    with ctx.write() as w:
        return register_in(w, operator, data)


def register_in(w: Writer, operator: Operator, data: NewRequest) -> Request:
    session = w.session
    subject_id = data.subject_id
    if subject_id is not None:
        subject = session.get(Subject, subject_id)
        if subject is None or subject.operator_id != operator.id:
            raise DomainError.at("subject", "no_subject_here", id=subject_id)
    elif data.iin:
        subject = session.exec(
            select(Subject).where(Subject.operator_id == operator.id, Subject.iin == data.iin)
        ).first()
        if subject is None and data.create_subject:
            subject = subjects.create_from_letter(w, operator.id, data)
        subject_id = subject.id if subject else None

    policy = deadlines.load_policy(session)
    term = policy.term(data.type)
    year = data.registered.year
    seq = numbering.allocate(session, operator.id, REQUEST_SERIES, year)
    request = Request(
        operator_id=operator.id,
        reg_number=format_number(operator.request_pattern, operator.request_prefix, year, seq),
        reg_year=year,
        reg_seq=seq,
        received_date=data.received,
        registered_date=data.registered,
        postmark_date=data.postmark,
        letter_date=data.letter_date,
        channel=data.channel,
        sender=data.sender,
        sender_address=data.sender_address.strip(),
        language=data.language,
        type=data.type,
        signed=data.signed,
        summary=data.summary.strip(),
        subject_id=subject_id,
        assignee=data.assignee.strip(),
        status=Status.REGISTERED.value,
        term_days=term.days,
        term_basis=term.basis,
    )
    session.add(request)
    session.flush()
    deadlines.refresh(session, request, deadlines.load_calendar(session))
    session.add(
        StatusChange(
            request_id=request.id,
            from_status=None,
            to_status=request.status,
            actor=w.actor,
            note=REGISTERED_NOTE,
            at=w.now,
        )
    )
    session.flush()
    w.audit("request.register", "request", request.id, None, snapshot(request))
    for scan in data.attachments:
        add_in(w, request.id, scan)
    return request


# --- reading -------------------------------------------------------------------------------


def get(ctx: Context, request_id: int) -> Request:
    with ctx.read() as session:
        request = session.get(Request, request_id)
    if request is None:
        raise DomainError.at("request", "no_request", id=request_id)
    return request


def by_number(ctx: Context, reg_number: str, operator_id: int | None = None) -> Request:
    with ctx.read() as session:
        stmt = select(Request).where(Request.reg_number == reg_number.strip())
        if operator_id is not None:
            stmt = stmt.where(Request.operator_id == operator_id)
        rows = session.exec(stmt).all()
    if not rows:
        raise DomainError.at("reg_number", "no_request_number", number=reg_number.strip())
    if len(rows) > 1:
        raise DomainError.at("reg_number", "number_ambiguous", number=reg_number.strip())
    return rows[0]


def deadline(ctx: Context, request_id: int, language: str = "en") -> Deadline:
    with ctx.read() as session:
        request = session.get(Request, request_id)
        if request is None:
            raise DomainError.at("request", "no_request", id=request_id)
        return deadlines.deadline_of(session, request, deadlines.load_calendar(session, language))


@dataclass(frozen=True)
class TimelineEvent:
    at: dt.datetime
    actor: str
    kind: str  # status | stop | resume | extension | note
    text: str  # the event in one English line (the CLI and logs)
    from_status: str | None = None
    to_status: str | None = None
    day: dt.date | None = None  # the date a clock stop/resume took effect, or a new due date
    days: int | None = None  # working days of an extension
    reason: str = ""  # the note, the stop's reason, the extension's reason
    step: str = ""  # a withdrawal step (kind "withdrawal"): app.domain.withdrawal.Step or start…
    detail: dict = field(default_factory=dict)  # what that step recorded


def timeline(ctx: Context, request_id: int) -> list[TimelineEvent]:
    """Every status change, clock stop and resume, extension and note, oldest first."""
    with ctx.read() as session:
        return timeline_in(session, request_id)


def timeline_in(session: Session, request_id: int) -> list[TimelineEvent]:
    """:func:`timeline` inside a read already open (the case read model's one session)."""
    events: list[TimelineEvent] = []
    for c in session.exec(select(StatusChange).where(StatusChange.request_id == request_id)):
        text = f"{c.from_status or '—'} → {c.to_status}" + (f": {c.note}" if c.note else "")
        events.append(
            TimelineEvent(c.at, c.actor, "status", text, c.from_status, c.to_status, reason=c.note)
        )
    for s in session.exec(select(ClockStopRow).where(ClockStopRow.request_id == request_id)):
        events.append(
            TimelineEvent(
                s.created_at,
                s.actor,
                "stop",
                f"clock stopped {s.stopped_on.isoformat()}: {s.reason}",
                day=s.stopped_on,
                reason=s.reason,
            )
        )
        if s.resumed_on:
            events.append(
                TimelineEvent(
                    s.resumed_at or s.created_at,
                    s.resumed_by or s.actor,
                    "resume",
                    f"clock resumed {s.resumed_on.isoformat()}",
                    day=s.resumed_on,
                )
            )
    for e in session.exec(select(ExtensionRow).where(ExtensionRow.request_id == request_id)):
        due = f" to {e.new_due.isoformat()}" if e.new_due else ""
        events.append(
            TimelineEvent(
                e.created_at,
                e.actor,
                "extension",
                f"extended by {e.days} working days{due}: {e.reason}",
                day=e.new_due,
                days=e.days,
                reason=e.reason,
            )
        )
    for n in session.exec(select(RequestNote).where(RequestNote.request_id == request_id)):
        events.append(TimelineEvent(n.at, n.actor, "note", n.text, reason=n.text))
    for s in session.exec(select(WithdrawalStep).where(WithdrawalStep.request_id == request_id)):
        detail = dict(s.detail or {})
        said = ", ".join(f"{k}={v}" for k, v in detail.items())
        events.append(
            TimelineEvent(
                s.at,
                s.actor,
                "withdrawal",
                f"withdrawal {s.step}: {said}",
                step=s.step,
                detail=detail,
            )
        )
    from app.services.dispatch_timeline import events as dispatch_events

    events += dispatch_events(
        session,
        request_id,
        lambda at, actor, step, detail, text: TimelineEvent(
            at, actor, "dispatch", text, step=step, detail=detail
        ),
    )
    order = {"status": 0, "stop": 1, "resume": 2, "extension": 3, "note": 4, "withdrawal": 5}
    return sorted(events, key=lambda e: (e.at, order.get(e.kind, 9)))


# --- changing ------------------------------------------------------------------------------


def _load(session: Session, request_id: int) -> Request:
    request = session.get(Request, request_id)
    if request is None:
        raise DomainError.at("request", "no_request", id=request_id)
    return request


def _move(w: Writer, request: Request, new: Status, note: str, today: dt.date) -> None:
    """The status change, recorded and audited; sending the answer of a withdrawal completes its
    workflow in the same transaction (:func:`app.services.withdrawal.complete_in`)."""
    check_transition(request.status, new)
    old = request.status
    request.status = new.value
    if new in FINAL_STATUSES:
        request.closed_date = today
    w.session.add(request)
    w.session.add(
        StatusChange(
            request_id=request.id,
            from_status=old,
            to_status=new.value,
            actor=w.actor,
            note=note,
            at=w.now,
        )
    )
    w.audit(
        "request.status",
        "request",
        request.id,
        {"status": old},
        {"status": new.value, "note": note},
    )
    if new is Status.SENT:
        withdrawal.complete_in(w, request)


def change_status(
    ctx: Context, request_id: int, new: str, note: str = "", seen: int | None = None
) -> Request:
    """Move the request to status ``new``; ``seen`` (the version the officer saw, as with every
    change below) refuses with :class:`~app.services.versions.Conflict` when it moved on."""
    try:
        target = Status(new)
    except ValueError as exc:
        raise DomainError.at(
            "status", "choice", value=new, choices=[s.value for s in Status]
        ) from exc
    if target is Status.WAITING:
        raise DomainError.at("status", "use_stop_clock")
    with ctx.write() as w:
        request = _load(w.session, request_id)
        claim(w, request, seen)
        check_action(Action.CHANGE_STATUS, request.status, request.due_date)
        _move(w, request, target, note, ctx.today())
        return request


def stop_clock(
    ctx: Context,
    request_id: int,
    reason: str,
    on: dt.date | None = None,
    seen: int | None = None,
) -> Request:
    on = on or ctx.today()
    reason = reason.strip()
    raise_if([p for p in (clock_stop_reason_problem(reason),) if p])
    with ctx.write() as w:
        return stop_clock_in(w, request_id, reason, on, ctx.today(), seen)


def stop_clock_in(
    w: Writer, request_id: int, reason: str, on: dt.date, today: dt.date, seen: int | None = None
) -> Request:
    """The clock stop inside the caller's writer, by the domain's rules of a clock stop."""
    request = _load(w.session, request_id)
    claim(w, request, seen)
    check_action(Action.STOP_CLOCK, request.status, request.due_date)
    raise_if(
        [
            p
            for p in (
                clock_stop_reason_problem(reason),
                clock_stop_problem(on, today, request.received_date),
            )
            if p
        ]
    )
    _move(w, request, Status.WAITING, reason, today)
    stop = ClockStopRow(
        request_id=request.id, stopped_on=on, reason=reason, actor=w.actor, created_at=w.now
    )
    w.session.add(stop)
    w.session.flush()
    deadlines.refresh(w.session, request, deadlines.load_calendar(w.session))
    w.audit(
        "request.clock_stop",
        "request",
        request.id,
        None,
        {"stopped_on": on, "reason": reason, "remaining": request.remaining_days},
    )
    return request


def resume_clock(
    ctx: Context,
    request_id: int,
    on: dt.date | None = None,
    note: str = "",
    seen: int | None = None,
) -> Request:
    on = on or ctx.today()
    raise_if([p for p in (clock_resume_problem(on, ctx.today(), None),) if p])
    with ctx.write() as w:
        request = _load(w.session, request_id)
        claim(w, request, seen)
        check_action(Action.RESUME_CLOCK, request.status, request.due_date)
        stop = w.session.exec(
            select(ClockStopRow).where(
                ClockStopRow.request_id == request.id, col(ClockStopRow.resumed_on).is_(None)
            )
        ).first()
        if stop is None:
            raise DomainError.at("status", "clock_not_stopped")
        raise_if([p for p in (clock_resume_problem(on, ctx.today(), stop.stopped_on),) if p])
        stop.resumed_on = on
        stop.resumed_at = w.now
        stop.resumed_by = w.actor
        w.session.add(stop)
        _move(w, request, Status.IN_PROGRESS, note or "clock resumed", ctx.today())
        w.session.flush()
        deadlines.refresh(w.session, request, deadlines.load_calendar(w.session))
        w.audit(
            "request.clock_resume",
            "request",
            request.id,
            None,
            {"resumed_on": on, "due_date": request.due_date},
        )
        return request


def extend(
    ctx: Context,
    request_id: int,
    *,
    reason_kk: str = "",
    reason_ru: str = "",
    days: int | None = None,
    new_due: dt.date | None = None,
    seen: int | None = None,
    letter_language: str | None = None,
) -> Request:
    """Extend by ``days`` working days, or to ``new_due``; the reason is recorded in Kazakh and
    in Russian (:mod:`app.domain.extension_reason`): the half the notice to the subject will
    print is required (``letter_language``: kk, ru or bi; by default the incoming letter's
    language, Kazakh for another), and a half in the other language's words is refused.
    ``seen``: the version the officer saw (a change made meanwhile refuses the extension)."""
    reason_kk, reason_ru = (reason_kk or "").strip(), (reason_ru or "").strip()
    with ctx.write() as w:
        request = _load(w.session, request_id)
        raise_if(
            extension_reason.reason_problems(
                reason_kk, reason_ru, letter_language or request.language
            )
        )
        claim(w, request, seen)
        check_action(Action.EXTEND, request.status, request.due_date)
        calendar = deadlines.load_calendar(w.session)
        today = ctx.today()
        raise_if([p for p in (extension_problem(calendar, request.due_date, new_due, today),) if p])
        if new_due is not None:
            days = extension_days_for(calendar, request.due_date, new_due)
        if days is None or days < 1:
            raise DomainError.at("days", "days_or_date")
        reached = calendar.add_working_days(request.due_date, days)
        raise_if([p for p in (extension_problem(calendar, request.due_date, reached, today),) if p])
        before = request.due_date
        late_by = extension_late_by(calendar, before, today)
        w.session.add(
            ExtensionRow(
                request_id=request.id,
                days=days,
                reason_kk=reason_kk,
                reason_ru=reason_ru,
                granted_on=today,
                late_days=late_by,
                actor=w.actor,
                created_at=w.now,
            )
        )
        w.session.flush()
        deadlines.refresh(w.session, request, calendar)
        row = w.session.exec(
            select(ExtensionRow)
            .where(ExtensionRow.request_id == request.id)
            .order_by(col(ExtensionRow.id).desc())
        ).first()
        row.new_due = request.due_date
        w.session.add(row)
        w.audit(
            "request.extend",
            "request",
            request.id,
            {"due_date": before},
            {
                "due_date": request.due_date,
                "days": days,
                "reason_kk": reason_kk,
                "reason_ru": reason_ru,
                "late_by": late_by,
            },
        )
        return request


def complete_extension_reason(
    ctx: Context,
    request_id: int,
    *,
    reason_kk: str = "",
    reason_ru: str = "",
    letter_language: str = "bi",
    seen: int | None = None,
) -> Request:
    """Record the halves of the last extension's reason (the one its notice prints), e.g. the
    Kazakh half a reason of old lacks (migration 0014 put a Russian reason in ``reason_ru``
    only, so its Kazakh notice is refused with ``extension_half_missing``). The halves are
    judged by the rule :func:`extend` applies, for a notice in ``letter_language`` (kk, ru or
    bi: by default both, the Kazakh notice being always offered); the deadline and the days
    granted are left as they were. Audited; ``seen``: the version the officer saw."""
    reason_kk, reason_ru = (reason_kk or "").strip(), (reason_ru or "").strip()
    with ctx.write() as w:
        request = _load(w.session, request_id)
        row = w.session.exec(
            select(ExtensionRow)
            .where(ExtensionRow.request_id == request.id)
            .order_by(col(ExtensionRow.id).desc())
        ).first()
        if row is None:
            raise DomainError.at("reason_kk", "no_extension")
        raise_if(extension_reason.reason_problems(reason_kk, reason_ru, letter_language))
        claim(w, request, seen)
        before = {"reason_kk": row.reason_kk, "reason_ru": row.reason_ru}
        row.reason_kk, row.reason_ru = reason_kk, reason_ru
        w.session.add(row)
        w.audit(
            "request.extension_reason",
            "request",
            request.id,
            before,
            {"extension": row.id, "reason_kk": reason_kk, "reason_ru": reason_ru},
        )
        return request


def link_subject(
    ctx: Context, request_id: int, subject_id: int | None, seen: int | None = None
) -> Request:
    """Link the request to a subject of its operator, or unlink with ``None``."""
    with ctx.write() as w:
        request = _load(w.session, request_id)
        claim(w, request, seen)
        if subject_id is not None:
            subject = w.session.get(Subject, subject_id)
            if subject is None or subject.operator_id != request.operator_id:
                raise DomainError.at("subject", "no_subject_here", id=subject_id)
        before = request.subject_id
        request.subject_id = subject_id
        w.session.add(request)
        w.audit(
            "request.link_subject" if subject_id else "request.unlink_subject",
            "request",
            request.id,
            {"subject_id": before},
            {"subject_id": subject_id},
        )
        return request


def assign(ctx: Context, request_id: int, assignee: str, seen: int | None = None) -> Request:
    assignee = assignee.strip()
    raise_if([p for p in (assignee_problem(assignee),) if p])
    with ctx.write() as w:
        request = _load(w.session, request_id)
        claim(w, request, seen)
        before = request.assignee
        request.assignee = assignee
        w.session.add(request)
        w.audit(
            "request.assign", "request", request.id, {"assignee": before}, {"assignee": assignee}
        )
        return request


def add_note(ctx: Context, request_id: int, text: str) -> RequestNote:
    text = text.strip()
    raise_if([p for p in (note_problem(text),) if p])
    with ctx.write() as w:
        _load(w.session, request_id)
        note = RequestNote(request_id=request_id, actor=w.actor, text=text, at=w.now)
        w.session.add(note)
        w.session.flush()
        w.audit("request.note", "request", request_id, None, {"note": text})
        return note
