"""The retention purge: what is past its date is listed by a dry run that changes nothing, and
purged (the subject anonymised when nothing of it is retained any more), audited without the
personal data, the audit chain intact."""

import datetime as dt
import json

import pytest
from sqlmodel import select

from app.domain.withdrawal import Held, Retained, purge_decision
from app.services import audit, purge, subjects
from app.storage.models import (
    Attachment,
    AuditEntry,
    Letter,
    Request,
    Subject,
    WithdrawalOutcome,
)
from tests.conftest import TODAY
from tests.helpers import make_operator
from tests.retention import PDF, SECRET_IIN, finished_withdrawal, subject

PAST = TODAY - dt.timedelta(days=1)
FUTURE = TODAY + dt.timedelta(days=365)


@pytest.fixture
def op(ctx):
    return make_operator(ctx)


# --- the domain's rule ---------------------------------------------------------------------


def test_decision_anonymises_only_when_nothing_holds_the_record():
    due = Retained(1, None, PAST)
    later = Retained(2, None, FUTURE)
    done = Retained(3, None, PAST, purged=True)
    assert purge_decision("processing_stopped", [due, done], 0, TODAY).anonymise
    kept = purge_decision("processing_stopped", [due, later], 0, TODAY)
    assert kept.due == (due,) and not kept.anonymise
    assert kept.held == Held.RETAINED and kept.until == FUTURE
    assert purge_decision("active", [due], 0, TODAY).held == Held.ACTIVE
    assert purge_decision("deregistered", [due], 1, TODAY).held == Held.OPEN_REQUESTS
    assert purge_decision("merged", [due], 0, TODAY).held == Held.DONE
    # the day of the date itself is still a day of keeping
    assert purge_decision("processing_stopped", [Retained(4, None, TODAY)], 0, TODAY).due == ()


# --- the dry run ---------------------------------------------------------------------------


def test_plan_lists_due_categories_of_finished_withdrawals_only(ctx, op):
    due = subject(ctx, op.id)
    finished_withdrawal(
        ctx,
        due.id,
        [("Бухгалтерия", "retained", PAST), ("Контакты", "destroyed", None)],
    )
    later = subject(ctx, op.id, surname="Later", iin="")
    finished_withdrawal(ctx, later.id, [("Бухгалтерия", "retained", FUTURE)])
    midway = subject(ctx, op.id, surname="Midway", iin="")
    finished_withdrawal(ctx, midway.id, [("Бухгалтерия", "retained", PAST)], completed=False)

    plan = purge.plan(ctx)
    assert [i.subject_id for i in plan.items] == [due.id]
    item = plan.items[0]
    assert [c.category.ru for c in item.categories] == ["Бухгалтерия"]
    assert item.categories[0].until == PAST and item.categories[0].reg_number
    assert item.anonymise and item.held == ""
    assert item.iin_masked != SECRET_IIN and item.iin_masked.startswith("9001")
    assert (plan.categories, plan.anonymised) == (1, 1)


def test_dry_run_writes_nothing(ctx, op):
    s = subject(ctx, op.id)
    finished_withdrawal(ctx, s.id, [("Бухгалтерия", "retained", PAST)])
    with ctx.read() as session:
        entries = len(session.exec(select(AuditEntry)).all())
    purge.plan(ctx)
    with ctx.read() as session:
        assert len(session.exec(select(AuditEntry)).all()) == entries
        assert session.get(Subject, s.id).surname == "Сейітова"
        assert all(o.purged_at is None for o in session.exec(select(WithdrawalOutcome)))


# --- the purge -----------------------------------------------------------------------------


def test_purge_anonymises_the_subject_and_its_requests_keeping_numbers_dates_hashes(ctx, op):
    s = subject(ctx, op.id)
    request = finished_withdrawal(ctx, s.id, [("Бухгалтерия", "retained", PAST)])
    with ctx.read() as session:
        before = session.get(Request, request.id)
        letter_before = session.exec(select(Letter).where(Letter.request_id == request.id)).one()

    result = purge.purge(ctx)
    assert (result.categories, result.anonymised) == (1, 1)
    assert result.subjects[0].requests == 1 and result.subjects[0].scans == 1

    with ctx.read() as session:
        row = session.get(Subject, s.id)
        assert row.status == "anonymised"
        assert row.iin is None and row.birth_date is None
        for name in ("given_name", "patronymic", "phone", "email", "address", "account_id"):
            assert getattr(row, name) == "", name
        assert row.client_org == "" and row.surname_key == "" and row.given_key == ""
        assert "Сейітова" not in row.surname
        req = session.get(Request, request.id)
        assert (req.reg_number, req.received_date, req.registered_date) == (
            before.reg_number,
            before.received_date,
            before.registered_date,
        )
        assert "Сейітова" not in req.sender and req.sender_address == "" and req.summary == ""
        scan = session.exec(select(Attachment).where(Attachment.request_id == request.id)).one()
        assert scan.data == b"" and scan.destroyed_at is not None
        assert "Сейітова" not in scan.file_name and scan.file_name.endswith(".pdf")
        letter = session.exec(select(Letter).where(Letter.request_id == request.id)).one()
        assert letter.body == "" and letter.pdf is None
        assert (letter.out_number, letter.out_date, letter.sha256) == (
            letter_before.out_number,
            letter_before.out_date,
            letter_before.sha256,
        )
        outcome = session.exec(select(WithdrawalOutcome)).one()
        assert outcome.purged_at is not None
    # nobody finds the person by name or IIN any more
    assert subjects.find(ctx, SECRET_IIN) == [] and subjects.find(ctx, "Сейітова") == []
    assert purge.plan(ctx).items == ()
    assert purge.purge(ctx).subjects == ()  # nothing twice


def test_one_audit_entry_per_subject_without_personal_data_and_chain_intact(ctx, op):
    s = subject(ctx, op.id)
    finished_withdrawal(ctx, s.id, [("Бухгалтерия", "retained", PAST)])
    purge.purge(ctx)
    entries = [e for e in audit.recent(ctx, "subject", s.id) if e.action == "subject.purge"]
    assert len(entries) == 1
    text = entries[0].before + entries[0].after
    for secret in (
        SECRET_IIN,
        "Сейітова",
        "Әйгерім",
        "aigerim",
        "Абай",
        "+7 701",
        PDF[:8].decode(),
    ):
        assert secret not in text, secret
    after = json.loads(entries[0].after)
    assert after["anonymised"] is True and after["status"] == "anonymised"
    assert audit.verify(ctx, anchor=None).ok


def test_a_record_still_retaining_other_data_keeps_its_details(ctx, op):
    s = subject(ctx, op.id)
    finished_withdrawal(ctx, s.id, [("Бухгалтерия", "retained", PAST)])
    finished_withdrawal(ctx, s.id, [("Договоры", "retained", FUTURE)])
    plan = purge.plan(ctx)
    assert plan.items[0].held == "retained" and plan.items[0].held_until == FUTURE
    result = purge.purge(ctx)
    assert (result.categories, result.anonymised) == (1, 0)
    with ctx.read() as session:
        row = session.get(Subject, s.id)
        assert row.surname == "Сейітова" and row.iin == SECRET_IIN
        purged = [o for o in session.exec(select(WithdrawalOutcome)) if o.purged_at]
        assert [o.category_ru for o in purged] == ["Бухгалтерия"]


def test_active_subject_or_open_letter_holds_the_record(ctx, op):
    active = subject(ctx, op.id)
    finished_withdrawal(ctx, active.id, [("Бухгалтерия", "retained", PAST)], status="active")
    busy = subject(ctx, op.id, surname="Busy", iin="")
    finished_withdrawal(
        ctx, busy.id, [("Бухгалтерия", "retained", PAST)], request_status="in_progress"
    )
    held = {i.subject_id: i.held for i in purge.plan(ctx).items}
    assert held == {active.id: "active", busy.id: "open_requests"}
    purge.purge(ctx)
    assert subjects.get(ctx, active.id).surname == "Сейітова"
    assert subjects.get(ctx, busy.id).surname == "Busy"


def test_only_what_the_preview_listed_is_purged(ctx, op):
    first = subject(ctx, op.id)
    finished_withdrawal(ctx, first.id, [("Бухгалтерия", "retained", PAST)])
    listed = purge.plan(ctx).outcome_ids
    second = subject(ctx, op.id, surname="Second", iin="")
    finished_withdrawal(ctx, second.id, [("Бухгалтерия", "retained", PAST)])
    result = purge.purge(ctx, only=listed)
    assert [s.subject_id for s in result.subjects] == [first.id]
    assert [i.subject_id for i in purge.plan(ctx).items] == [second.id]


def test_a_stopped_purge_keeps_what_it_did(ctx, op):
    for n in range(3):
        s = subject(ctx, op.id, surname=f"S{n}", iin="")
        finished_withdrawal(ctx, s.id, [("Бухгалтерия", "retained", PAST)], scan=False)
    calls = []

    def progress(done, total):
        calls.append((done, total))
        if done == 1:
            raise RuntimeError("stop")

    result = purge.purge(ctx, progress=progress)
    assert result.stopped and len(result.subjects) == 1
    assert len(purge.plan(ctx).items) == 2
