"""What a request's withdrawal workflow has recorded, read as the domain's plain facts.

One reader for everyone who asks (the workflow service, the letters, the case view, the purge):
:func:`rows_in` gives the stored rows, :func:`facts_in` the :class:`~app.domain.withdrawal.
WorkflowFacts` the rules take. A request whose type has no workflow, or whose workflow has not
begun, has no facts (``None``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from app.domain import places
from app.domain import withdrawal as rules
from app.domain.data_map import Pair
from app.storage.models import (
    Letter,
    Operator,
    Request,
    Withdrawal,
    WithdrawalOutcome,
    WithdrawalSystem,
)


@dataclass(frozen=True)
class WorkflowRows:
    withdrawal: Withdrawal
    systems: tuple[WithdrawalSystem, ...]
    outcomes: tuple[WithdrawalOutcome, ...]


def rows_in(session: Session, request_id: int) -> WorkflowRows | None:
    """The workflow's rows, checklist and outcomes in their order; None before it begins."""
    found = session.exec(select(Withdrawal).where(Withdrawal.request_id == request_id)).first()
    if found is None:
        return None
    systems = session.exec(
        select(WithdrawalSystem)
        .where(WithdrawalSystem.withdrawal_id == found.id)
        .order_by(WithdrawalSystem.position, WithdrawalSystem.id)
    ).all()
    outcomes = session.exec(
        select(WithdrawalOutcome)
        .where(WithdrawalOutcome.withdrawal_id == found.id)
        .order_by(WithdrawalOutcome.position, WithdrawalOutcome.id)
    ).all()
    return WorkflowRows(found, tuple(systems), tuple(outcomes))


def _finalised_kinds(session: Session, request_id: int) -> set[str]:
    return set(
        session.exec(
            select(Letter.kind).where(
                Letter.request_id == request_id, col(Letter.finalized_at).is_not(None)
            )
        ).all()
    )


def operator_place(operator: Operator | None) -> Pair:
    """Where the operator's destruction act is drawn up: its city, from its address in each
    language (the profile's kk/ru address halves)."""
    if operator is None:
        return Pair()
    return places.place(operator.address_kk, operator.address_ru)


def facts_of(
    request: Request, rows: WorkflowRows, finalised: set[str], default_place: Pair | None = None
) -> rules.WorkflowFacts:
    """The rows as facts; an act whose place was not recorded takes ``default_place`` (the
    operator's city), so the act step starts from it and the act prints it."""
    w = rows.withdrawal
    place = Pair(w.act_place_kk, w.act_place_ru)
    if place.empty and default_place is not None:
        place = default_place
    members = tuple(
        rules.Member(
            str(m.get("name") or ""),
            Pair(str(m.get("position_kk") or ""), str(m.get("position_ru") or "")),
        )
        for m in (w.act_members or [])
        if isinstance(m, dict)
    )
    approver = None
    if w.act_approver_name.strip():
        approver = rules.Member(
            w.act_approver_name,
            Pair(w.act_approver_position_kk, w.act_approver_position_ru),
        )
    answer = rules.REFUSAL if w.decision == rules.Decision.REFUSED else rules.DEREGISTRATION
    return rules.WorkflowFacts(
        type=request.type,
        received=request.received_date,
        signed=w.signed,
        identity=w.identity,
        decision=w.decision,
        ground=w.ground,
        ground_detail=Pair(w.ground_detail_kk, w.ground_detail_ru),
        effective=w.effective_date,
        systems=tuple(
            rules.SystemCheck(
                Pair(s.name_kk, s.name_ru),
                s.done,
                s.done_on,
                s.done_by,
                Pair(s.note_kk, s.note_ru),
            )
            for s in rows.systems
        ),
        outcomes=tuple(
            rules.CategoryOutcome(
                Pair(o.category_kk, o.category_ru), o.outcome, Pair(o.basis_kk, o.basis_ru), o.until
            )
            for o in rows.outcomes
        ),
        act=rules.ActFacts(place, members, approver, w.act_approved_on),
        act_final=rules.DESTRUCTION_ACT in finalised,
        answer_final=answer in finalised,
        completed=w.completed_at is not None,
    )


def facts_in(session: Session, request: Request) -> rules.WorkflowFacts | None:
    """The workflow's facts for ``request``; None when its type has none or it has not begun."""
    if not rules.applies(request.type):
        return None
    rows = rows_in(session, request.id)
    if rows is None:
        return None
    operator = session.get(Operator, request.operator_id)
    return facts_of(request, rows, _finalised_kinds(session, request.id), operator_place(operator))
