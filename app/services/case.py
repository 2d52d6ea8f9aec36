"""What the case window reads: one request with everything shown about it, in one read.

Like :mod:`app.services.subject_card`, plain frozen data comes back (never an ORM row), so the
window on another thread touches no session or lazy attribute. The rules are the domain's: the
urgency and days left come from :func:`app.domain.deadlines.request_urgency`, the actions the
status allows (and the coded reason when not) from :func:`app.domain.requests.case_actions`,
and every day the deadline skipped carries its :class:`~app.domain.calendar.DayKind`.
A withdrawal's workflow comes as its
:class:`~app.services.withdrawal_view.WorkflowView`. Nothing here writes; the changes are in
:mod:`app.services.requests` and :mod:`app.services.withdrawal`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import defer
from sqlmodel import col, select

from app.domain.data_map import Pair
from app.domain.deadlines import Deadline, Urgency, request_urgency
from app.domain.errors import DomainError
from app.domain.requests import Action, ActionState, Status, case_actions, target_statuses
from app.services import deadlines, subjects
from app.services.context import Context
from app.services.requests import TimelineEvent, timeline_in
from app.services.subject_card import operator_label
from app.services.withdrawal_view import WorkflowView, view_in
from app.storage.models import Attachment, ExtensionRow, Operator, Subject
from app.storage.models import Letter as LetterRow
from app.storage.models import Request as RequestRow


@dataclass(frozen=True)
class CaseRequest:
    """The letter as registered and where it stands."""

    id: int
    operator_id: int
    reg_number: str
    type: str
    status: str
    sender: str
    sender_address: str
    language: str
    signed: bool
    channel: str
    postmark_date: dt.date | None
    letter_date: dt.date | None
    received_date: dt.date
    registered_date: dt.date
    summary: str
    assignee: str
    subject_id: int | None
    term_days: int
    term_basis: str
    due_date: dt.date | None  # None while the clock is stopped
    remaining_days: int | None  # working days left when the clock stopped
    closed_date: dt.date | None
    version: int = 0  # what a change passes back (optimistic locking, app.services.versions)


@dataclass(frozen=True)
class CaseSubject:
    """The linked subject, as the case shows it."""

    id: int
    full_name: str
    iin: str
    birth_date: dt.date | None
    status: str
    phone: str
    email: str
    address: str
    account_id: str
    client_org: str


@dataclass(frozen=True)
class ScanLine:
    """One scan of the letter, without its bytes."""

    id: int
    file_name: str
    content_type: str
    size: int
    sha256: str
    is_id_copy: bool
    flagged_for_destruction: bool
    destroyed_at: dt.datetime | None
    created_at: dt.datetime


@dataclass(frozen=True)
class LetterLine:
    """One letter of the case: a draft (no number yet) or a final one."""

    id: int
    kind: str
    language: str
    out_number: str | None
    out_date: dt.date | None
    final: bool
    sent_on: dt.date | None
    created_at: dt.datetime


@dataclass(frozen=True)
class Case:
    """Everything the case window shows about one request."""

    request: CaseRequest
    operator_name: str
    subject: CaseSubject | None
    deadline: Deadline
    today: dt.date
    urgency: Urgency
    days_left: int | None  # working days to the due date (negative: overdue); None if none
    stopped_on: dt.date | None  # the open clock stop's date, while the clock stands
    actions: dict[Action, ActionState]
    targets: tuple[Status, ...]  # the statuses the officer may choose now
    timeline: tuple[TimelineEvent, ...]
    assignees: tuple[str, ...]  # every name requests are assigned to, for the choice
    scans: tuple[ScanLine, ...]
    letters: tuple[LetterLine, ...]
    workflow: WorkflowView | None = None  # a withdrawal's or destruction's workflow
    # the last extension's reason in each language (the one its notice prints); None: none
    extension_reason: Pair | None = None

    def allows(self, action: Action | str) -> bool:
        return self.actions[Action(action)].allowed


def _request(r: RequestRow) -> CaseRequest:
    return CaseRequest(
        id=r.id,
        operator_id=r.operator_id,
        reg_number=r.reg_number,
        type=r.type,
        status=r.status,
        sender=r.sender,
        sender_address=r.sender_address,
        language=r.language,
        signed=r.signed,
        channel=r.channel,
        postmark_date=r.postmark_date,
        letter_date=r.letter_date,
        received_date=r.received_date,
        registered_date=r.registered_date,
        summary=r.summary,
        assignee=r.assignee,
        subject_id=r.subject_id,
        term_days=r.term_days,
        term_basis=r.term_basis,
        due_date=r.due_date,
        remaining_days=r.remaining_days,
        closed_date=r.closed_date,
        version=r.version,
    )


def _subject(s: Subject) -> CaseSubject:
    return CaseSubject(
        id=s.id,
        full_name=subjects.full_name(s),
        iin=s.iin or "",
        birth_date=s.birth_date,
        status=s.status,
        phone=s.phone,
        email=s.email,
        address=s.address,
        account_id=s.account_id,
        client_org=s.client_org,
    )


def load(ctx: Context, request_id: int, language: str = "en") -> Case:
    """The case of ``request_id``, with holiday and weekday names in ``language``; raises
    :class:`DomainError` when there is no such request."""
    today = ctx.today()
    with ctx.read() as session:
        row = session.get(RequestRow, request_id)
        if row is None:
            raise DomainError.at("request", "case_not_found", id=request_id)
        operator = session.get(Operator, row.operator_id)
        subject = session.get(Subject, row.subject_id) if row.subject_id else None
        calendar = deadlines.load_calendar(session, language)
        deadline = deadlines.deadline_of(session, row, calendar)
        events = timeline_in(session, request_id)
        names = session.exec(
            select(RequestRow.assignee).distinct().order_by(RequestRow.assignee)
        ).all()
        scans = session.exec(
            select(Attachment)
            .where(Attachment.request_id == request_id)
            .options(defer(Attachment.data))
            .order_by(Attachment.id)
        ).all()
        letters = session.exec(
            select(LetterRow)
            .where(LetterRow.request_id == request_id)
            .options(defer(LetterRow.pdf))
            .order_by(col(LetterRow.id))
        ).all()
        last = session.exec(
            select(ExtensionRow)
            .where(ExtensionRow.request_id == request_id)
            .order_by(col(ExtensionRow.id).desc())
        ).first()
        request = _request(row)
        level, left = request_urgency(calendar, today, request.status, request.due_date)
        open_stop = next((s for s in deadline.stops if s.resumed_on is None), None)
        return Case(
            request=request,
            operator_name=operator_label(operator) if operator else "",
            subject=_subject(subject) if subject else None,
            deadline=deadline,
            today=today,
            urgency=level,
            days_left=left,
            stopped_on=open_stop.stopped_on if open_stop else None,
            actions=case_actions(request.status, request.due_date, subject is not None),
            targets=target_statuses(request.status),
            timeline=tuple(events),
            assignees=tuple(n for n in names if n),
            scans=tuple(
                ScanLine(
                    id=a.id,
                    file_name=a.file_name,
                    content_type=a.content_type,
                    size=a.size,
                    sha256=a.sha256,
                    is_id_copy=a.is_id_copy,
                    flagged_for_destruction=a.flagged_for_destruction,
                    destroyed_at=a.destroyed_at,
                    created_at=a.created_at,
                )
                for a in scans
            ),
            letters=tuple(
                LetterLine(
                    id=n.id,
                    kind=n.kind,
                    language=n.language,
                    out_number=n.out_number,
                    out_date=n.out_date,
                    final=n.finalized_at is not None,
                    sent_on=n.sent_on,
                    created_at=n.created_at,
                )
                for n in letters
            ),
            workflow=view_in(session, row, today),
            extension_reason=Pair(last.reason_kk, last.reason_ru) if last else None,
        )
