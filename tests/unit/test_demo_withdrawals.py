"""The demo tells the truth about its withdrawals: every accepted and sent one has its workflow,
its letters, its subject deregistered or retained and its consents closed; a refused one leaves
its subject as it was; some are mid-way; the audit chain holds."""

from __future__ import annotations

import pytest
from sqlmodel import col, select

from app.domain.withdrawal import applies
from app.services import audit, demo
from app.services.context import Context
from app.storage.database import Database
from app.storage.models import Consent, Letter, Request, Subject, Withdrawal
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def built(sqlite_template, tmp_path_factory):
    import shutil

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(path)
    ctx = Context(db, actor="tester", clock=lambda: TODAY)
    demo.build(ctx, subjects=40, requests=90, seed=11)
    yield ctx
    db.dispose()


def _worked(ctx):
    with ctx.read() as session:
        return session.exec(
            select(Request, Withdrawal).join(Withdrawal, Withdrawal.request_id == Request.id)
        ).all()


def test_every_sent_accepted_withdrawal_changed_its_subject_and_closed_its_consents(built):
    done = 0
    with built.read() as session:
        for request, w in _worked(built):
            if w.decision != "accepted" or request.status not in ("sent", "closed"):
                continue
            done += 1
            subject = session.get(Subject, request.subject_id)
            assert subject.status in ("deregistered", "processing_stopped")
            assert w.completed_at is not None and w.result_status
            kinds = set(
                session.exec(
                    select(Letter.kind).where(
                        Letter.request_id == request.id, col(Letter.finalized_at).is_not(None)
                    )
                ).all()
            )
            assert {"destruction-act", "deregistration"} <= kinds
            for consent_id in w.consent_ids:
                consent = session.get(Consent, consent_id)
                assert consent.withdrawn_at is not None
                assert consent.withdrawal_request_id == request.id
    assert done >= 5


def test_refused_ones_keep_their_subject_active_and_some_are_midway(built):
    worked = _worked(built)
    refused = [r for r, w in worked if w.decision == "refused"]
    midway = [r for r, w in worked if r.status not in ("sent", "closed", "rejected")]
    # a subject changes only by an accepted withdrawal of its own carried to the end
    completed = {r.subject_id for r, w in worked if w.completed_at is not None}
    with built.read() as session:
        for _request, w in worked:
            if w.decision == "refused":
                assert w.completed_at is None
        for request in refused:
            if request.subject_id not in completed:
                assert session.get(Subject, request.subject_id).status == "active"
            assert not session.exec(
                select(Consent).where(Consent.withdrawal_request_id == request.id)
            ).all()
        untouched = session.exec(
            select(Request).where(
                col(Request.type).in_(["consent_withdrawal", "destruction"]),
                col(Request.status).in_(["in_progress", "registered", "waiting"]),
            )
        ).all()
    assert refused and midway
    assert all(applies(r.type) for r in untouched)


def test_the_audit_chain_holds(built):
    assert audit.verify(built).ok
