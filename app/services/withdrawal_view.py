"""What the case's Withdrawal tab reads: one request's workflow, as plain frozen data.

Like :mod:`app.services.case`, nothing here is an ORM row, so the window on another thread
touches no session. The facts are :func:`app.services.withdrawal_facts.facts_in`'s (the one
reader of a workflow); around them come the rows with their ids and who recorded each, the
subject's consents with the ones the withdrawal names, the scans that are copies of an identity
document, who recorded each step and when (the step log), and what the operator's data map
suggests for each category's retention. Before the workflow begins the checklist and the
categories are the operator's, as starting it will copy them (no ids yet).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from app.domain import withdrawal as rules
from app.domain.data_map import PARTS, Category, DataMap, Pair
from app.services import subjects
from app.services.withdrawal_facts import facts_of, operator_place, rows_in
from app.storage.models import (
    Attachment,
    Consent,
    ConsentDocument,
    Letter,
    Operator,
    Request,
    Subject,
    WithdrawalStep,
)

# The step log's names beyond the domain's steps: the start, the consents named, the end.
START = "start"
CONSENTS = "consents"
DONE = rules.Step.DONE.value


@dataclass(frozen=True)
class StepMark:
    """Who recorded a step last, and when."""

    actor: str
    at: dt.datetime


@dataclass(frozen=True)
class SystemLine:
    id: int | None  # None before the workflow begins
    name: Pair
    done: bool = False
    done_on: dt.date | None = None
    by: str = ""
    note: Pair = field(default_factory=Pair)


@dataclass(frozen=True)
class OutcomeLine:
    id: int | None
    category: Pair
    outcome: str = ""  # '' until the officer chooses
    basis: Pair = field(default_factory=Pair)
    until: dt.date | None = None
    by: str = ""
    at: dt.datetime | None = None
    suggested_basis: Pair = field(default_factory=Pair)  # the category's retention rule
    suggested_until: dt.date | None = None
    purged_at: dt.datetime | None = None


@dataclass(frozen=True)
class ConsentChoice:
    id: int
    title: Pair
    edition: str
    given_at: dt.datetime | None
    withdrawn_at: dt.datetime | None
    withdrawal_request_id: int | None
    named: bool  # the withdrawal names it: closed when the confirmation is sent


@dataclass(frozen=True)
class IdCopy:
    """A scan marked as a copy of an identity document (collecting them is banned)."""

    id: int
    file_name: str
    flagged: bool
    destroyed_at: dt.datetime | None


@dataclass(frozen=True)
class LoggedStep:
    step: str
    at: dt.datetime
    actor: str
    detail: dict


@dataclass(frozen=True)
class FinalLetter:
    kind: str
    out_number: str
    out_date: dt.date | None
    sent_on: dt.date | None


@dataclass(frozen=True)
class WorkflowView:
    """Everything the Withdrawal tab shows about one request's workflow."""

    request_id: int
    version: int  # the request's version: what a change passes back as ``seen``
    type: str
    received: dt.date
    status: str  # the request's status
    letter_name: str  # the sender as written on the letter
    language: str  # the incoming letter's: the halves the refusal and the act print
    subject_id: int | None
    record_name: str  # the linked record's name ('' when none is linked)
    record_iin: str
    subject_status: str
    started: bool
    facts: rules.WorkflowFacts
    next: rules.Step
    identity_note: str
    marks: dict[str, StepMark]
    systems: tuple[SystemLine, ...]
    outcomes: tuple[OutcomeLine, ...]
    consents: tuple[ConsentChoice, ...]
    id_copies: tuple[IdCopy, ...]
    steps: tuple[LoggedStep, ...]
    default_effective: dt.date
    today: dt.date
    letters: tuple[FinalLetter, ...]  # the finalised act, confirmation and refusal
    completed_at: dt.datetime | None = None
    completed_by: str = ""
    result_status: str = ""

    def mark(self, step: str) -> StepMark | None:
        return self.marks.get(str(step))

    def letter(self, kind: str) -> FinalLetter | None:
        return next((x for x in self.letters if x.kind == kind), None)

    @property
    def expected_status(self) -> str:
        """The subject's status once the confirmation is sent, by the outcomes chosen."""
        return rules.result_status(self.facts.outcomes).value


def data_map_of(operator: Operator | None) -> DataMap:
    if operator is None:
        return DataMap()
    return DataMap.from_json({part: getattr(operator, part, None) for part in PARTS})


def rule_for(data_map: DataMap, name: Pair) -> Category | None:
    """The operator's category of that name (the row keeps the name it was copied with)."""
    for category in data_map.categories:
        if category.name == name or (name.ru and category.name.ru == name.ru):
            return category
    return None


def suggestion(category: Category | None, start: dt.date) -> tuple[Pair, dt.date | None]:
    """The basis and the until a category's retention rule suggests, its period from ``start``."""
    if category is None or category.retention is None:
        return Pair(), None
    rule = category.retention
    return rule.basis, rule.until(start) if rule.has_period else None


def _consents(session: Session, subject_id: int | None, named: set[int]) -> list[ConsentChoice]:
    if subject_id is None:
        return []
    rows = session.exec(
        select(Consent, ConsentDocument)
        .join(ConsentDocument, col(Consent.document_id) == col(ConsentDocument.id), isouter=True)
        .where(Consent.subject_id == subject_id)
        .order_by(col(Consent.given_at), col(Consent.id))
    ).all()
    return [
        ConsentChoice(
            id=c.id,
            title=Pair(d.title_kk, d.title_ru) if d else Pair(),
            edition=d.edition if d else "",
            given_at=c.given_at,
            withdrawn_at=c.withdrawn_at,
            withdrawal_request_id=c.withdrawal_request_id,
            named=c.id in named,
        )
        for c, d in rows
    ]


def _marks(steps: list[LoggedStep]) -> dict[str, StepMark]:
    marks: dict[str, StepMark] = {}
    for s in steps:  # oldest first: the latest wins
        marks[s.step] = StepMark(s.actor, s.at)
    return marks


def view_in(session: Session, request: Request, today: dt.date) -> WorkflowView | None:
    """:func:`app.services.withdrawal.view` inside a read already open; None for a request
    whose type has no workflow."""
    if not rules.applies(request.type):
        return None
    subject = session.get(Subject, request.subject_id) if request.subject_id else None
    operator = session.get(Operator, request.operator_id)
    data_map = data_map_of(operator)
    rows = rows_in(session, request.id)
    finals = session.exec(
        select(Letter)
        .where(
            Letter.request_id == request.id,
            col(Letter.finalized_at).is_not(None),
            col(Letter.kind).in_(sorted(rules.WORKFLOW_KINDS)),
        )
        .options(defer(Letter.pdf), defer(Letter.body))
        .order_by(col(Letter.id))
    ).all()
    letters = tuple(FinalLetter(x.kind, x.out_number or "", x.out_date, x.sent_on) for x in finals)
    copies = session.exec(
        select(Attachment)
        .where(Attachment.request_id == request.id, col(Attachment.is_id_copy).is_(True))
        .options(defer(Attachment.data))
        .order_by(col(Attachment.id))
    ).all()
    default = rules.default_effective(request.received_date, today)
    if rows is None:
        facts = rules.WorkflowFacts(type=request.type, received=request.received_date)
        systems = tuple(SystemLine(None, name) for name in data_map.systems)
        outcomes = []
        for category in data_map.categories:
            basis, until = suggestion(category, default)
            outcomes.append(OutcomeLine(None, category.name, basis=basis, until=until))
        named = {
            c.id
            for c in session.exec(select(Consent).where(Consent.subject_id == request.subject_id))
            if c.withdrawn_at is None
        }
        steps: list[LoggedStep] = []
        withdrawal = None
    else:
        withdrawal = rows.withdrawal
        facts = facts_of(request, rows, {x.kind for x in finals}, operator_place(operator))
        systems = tuple(
            SystemLine(
                s.id,
                Pair(s.name_kk, s.name_ru),
                s.done,
                s.done_on,
                s.done_by,
                Pair(s.note_kk, s.note_ru),
            )
            for s in rows.systems
        )
        start = withdrawal.effective_date or default
        outcomes = []
        for o in rows.outcomes:
            name = Pair(o.category_kk, o.category_ru)
            basis, until = suggestion(rule_for(data_map, name), start)
            outcomes.append(
                OutcomeLine(
                    o.id,
                    name,
                    o.outcome,
                    Pair(o.basis_kk, o.basis_ru),
                    o.until,
                    o.recorded_by,
                    o.recorded_at,
                    basis,
                    until,
                    o.purged_at,
                )
            )
        named = set(withdrawal.consent_ids or [])
        steps = [
            LoggedStep(s.step, s.at, s.actor, dict(s.detail or {}))
            for s in session.exec(
                select(WithdrawalStep)
                .where(WithdrawalStep.withdrawal_id == withdrawal.id)
                .order_by(col(WithdrawalStep.at), col(WithdrawalStep.id))
            )
        ]
    return WorkflowView(
        request_id=request.id,
        version=request.version,
        type=request.type,
        received=request.received_date,
        status=request.status,
        letter_name=request.sender,
        language=request.language,
        subject_id=request.subject_id,
        record_name=subjects.full_name(subject) if subject else "",
        record_iin=(subject.iin or "") if subject else "",
        subject_status=subject.status if subject else "",
        started=rows is not None,
        facts=facts,
        next=rules.next_step(facts),
        identity_note=withdrawal.identity_note if withdrawal else "",
        marks=_marks(steps),
        systems=systems,
        outcomes=tuple(outcomes),
        consents=tuple(_consents(session, request.subject_id, named)),
        id_copies=tuple(
            IdCopy(a.id, a.file_name, a.flagged_for_destruction, a.destroyed_at) for a in copies
        ),
        steps=tuple(steps),
        default_effective=withdrawal.effective_date
        if withdrawal and withdrawal.effective_date
        else default,
        today=today,
        letters=letters,
        completed_at=withdrawal.completed_at if withdrawal else None,
        completed_by=withdrawal.completed_by if withdrawal else "",
        result_status=withdrawal.result_status if withdrawal else "",
    )
