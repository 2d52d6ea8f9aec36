"""The bulk demo tells the same truth about its withdrawals as the small one
(tests/unit/test_demo_withdrawals.py): every accepted and sent one has its workflow, its act and
confirmation, its subject deregistered or retained and its consents closed; a refused one leaves
its subject as it was; an unsigned one is rejected; some are mid-way; the workflow's own rules
allow every letter it finalised; the audit chain holds. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlmodel import col, func, select

from app.domain import withdrawal as rules
from app.services import audit, demo_bulk, withdrawal
from app.services.withdrawal_facts import facts_in
from app.storage.models import (
    Consent,
    Letter,
    Request,
    Subject,
    Withdrawal,
    WithdrawalOutcome,
    WithdrawalStep,
    WithdrawalSystem,
)


@pytest.fixture
def built(ctx):
    made = demo_bulk.build(ctx, subjects=150, requests=700, seed=11)
    assert made["withdrawals"] > 0
    return ctx


def _worked(ctx):
    with ctx.read() as session:
        return session.exec(
            select(Request, Withdrawal).join(Withdrawal, Withdrawal.request_id == Request.id)
        ).all()


def test_withdrawals_worked_through_their_workflow(built):
    worked = _worked(built)
    done = refused = rejected = midway = 0
    with built.read() as session:
        for request, w in worked:
            assert rules.applies(request.type)
            steps = session.exec(
                select(WithdrawalStep.step)
                .where(WithdrawalStep.withdrawal_id == w.id)
                .order_by(WithdrawalStep.id)
            ).all()
            assert steps[0] == "start" and steps[1] == "checks"
            letters = session.exec(
                select(Letter).where(
                    Letter.request_id == request.id, col(Letter.finalized_at).is_not(None)
                )
            ).all()
            facts = facts_in(session, request)
            for letter in letters:  # each letter states only what the workflow recorded
                assert rules.letter_problems(letter.kind, facts, letter.language) == ()
                assert letter.series == ("act" if letter.kind == rules.DESTRUCTION_ACT else "out")
            kinds = {x.kind for x in letters}
            if w.signed is False:
                rejected += 1
                assert request.status == "rejected" or request.status not in ("sent", "closed")
                assert not letters
            elif w.decision == "accepted" and request.status in ("sent", "closed"):
                done += 1
                assert {rules.DESTRUCTION_ACT, rules.DEREGISTRATION} <= kinds
                subject = session.get(Subject, request.subject_id)
                assert subject.status in ("deregistered", "processing_stopped")
                assert w.completed_at is not None and w.result_status
                systems = session.exec(
                    select(WithdrawalSystem).where(WithdrawalSystem.withdrawal_id == w.id)
                ).all()
                outcomes = session.exec(
                    select(WithdrawalOutcome).where(WithdrawalOutcome.withdrawal_id == w.id)
                ).all()
                assert systems and all(s.done and s.done_on for s in systems)
                assert outcomes and all(o.outcome for o in outcomes)
                retained = any(o.outcome == "retained" for o in outcomes)
                assert w.result_status == ("processing_stopped" if retained else "deregistered")
                assert all(o.until and o.basis_ru for o in outcomes if o.outcome == "retained")
                assert "done" in steps
            elif w.decision == "refused":
                refused += 1
                assert (
                    w.completed_at is None
                    and w.ground
                    and w.ground_detail_kk
                    and w.ground_detail_ru
                )
                assert not session.exec(
                    select(Consent).where(Consent.withdrawal_request_id == request.id)
                ).all()
            elif request.status not in ("sent", "closed", "rejected"):
                midway += 1
                assert w.completed_at is None
        # a subject is closed only by an accepted withdrawal of its own carried to the end
        completed = {r.subject_id for r, w in worked if w.completed_at is not None}
        changed = set(session.exec(select(Subject.id).where(Subject.status != "active")).all())
        assert changed == completed
        closed = session.exec(
            select(Consent).where(col(Consent.withdrawal_request_id).is_not(None))
        ).all()
        assert all(c.withdrawn_at is not None for c in closed)
        assert {c.subject_id for c in closed} <= completed
        # every letter posted is in the outgoing series; no act is ever posted
        assert not session.exec(
            select(func.count())
            .select_from(Letter)
            .where(Letter.series == "act", col(Letter.sent_on).is_not(None))
        ).one()
    assert done and refused and midway


def test_the_window_reads_a_bulk_workflow(built):
    request, w = next((r, w) for r, w in _worked(built) if w.completed_at is not None)
    seen = withdrawal.view(built, request.id)
    assert seen.started and seen.facts.completed and seen.facts.accepted
    assert seen.next == rules.Step.DONE
    assert len(seen.systems) and len(seen.outcomes) and seen.steps


def test_the_audit_chain_holds(built):
    assert audit.verify(built, None).ok


def test_every_final_letter_has_a_real_pdf_and_the_record_it_speaks_of(built):
    import hashlib

    from app.domain.letter_rules import REQUIRES_SUBJECT

    with built.read() as session:
        rows = session.exec(
            select(Letter, Request)
            .join(Request, Request.id == Letter.request_id)
            .where(col(Letter.finalized_at).is_not(None))
        ).all()
    assert len({letter.kind for letter, _r in rows}) >= 4
    for letter, request in rows:
        assert letter.pdf.startswith(b"%PDF") and letter.sha256
        assert hashlib.sha256(letter.pdf).hexdigest() == letter.sha256
        if letter.kind in REQUIRES_SUBJECT:
            assert request.subject_id is not None
