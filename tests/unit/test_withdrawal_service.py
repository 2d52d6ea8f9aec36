"""The withdrawal workflow service: each step recorded with who and when, by the domain's rules,
audited and logged for the timeline; sending the confirmation changes the subject and closes the
consents it names; a refusal leaves the subject active."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from app.domain.data_map import Pair
from app.domain.errors import DomainError
from app.domain.requests import Status
from app.domain.withdrawal import ActFacts, Member, Step
from app.services import case, requests, withdrawal
from app.services.versions import Conflict
from app.storage.models import AuditEntry, Consent, Subject
from tests.conftest import TODAY
from tests.withdrawal_case import RECEIVED, make_withdrawal_case
from tests.withdrawal_case import finalise_letter as finalise

ACT = ActFacts(
    place=Pair("Алматы қ.", "г. Алматы"),
    members=(Member("Иванова А. А.", Pair("Бас маман", "Главный специалист")),),
    approver=Member("Ержанов А. Б.", Pair("Директор", "Директор")),
    approved_on=TODAY,
)


def codes(exc: DomainError) -> set[str]:
    return {p.code for p in exc.problems}


def accepted(ctx, c):
    withdrawal.record_checks(ctx, c.request_id, signed=True, identity="match")
    return withdrawal.decide(ctx, c.request_id, "accepted")


def worked(ctx, c, *, retain: bool = True):
    """Accepted, the date, every system done, every outcome chosen, the act's details."""
    v = accepted(ctx, c)
    v = withdrawal.set_effective(ctx, c.request_id, RECEIVED)
    for s in v.systems:
        v = withdrawal.set_system(ctx, c.request_id, s.id, done=True, done_on=RECEIVED)
    first, second = v.outcomes
    withdrawal.set_outcome(ctx, c.request_id, first.id, outcome="destroyed")
    if retain:
        withdrawal.set_outcome(
            ctx,
            c.request_id,
            second.id,
            outcome="retained",
            basis=second.suggested_basis,
            until=second.suggested_until,
        )
    else:
        withdrawal.set_outcome(ctx, c.request_id, second.id, outcome="anonymised")
    return withdrawal.set_act(ctx, c.request_id, ACT)


def test_starting_copies_the_map_with_no_outcome_chosen_and_names_the_open_consents(ctx):
    c = make_withdrawal_case(ctx)
    before = withdrawal.view(ctx, c.request_id)
    assert not before.started and before.next is Step.CHECKS
    assert [s.id for s in before.systems] == [None, None]  # what starting will copy

    v = withdrawal.record_checks(ctx, c.request_id, signed=True, identity="match")
    assert v.started
    assert [s.name.kk for s in v.systems] == ["Платформадағы есептік жазба", "CRM жүйесі"]
    assert [o.outcome for o in v.outcomes] == ["", ""]  # never defaulted
    kept = v.outcomes[1]
    assert kept.basis.ru == "Закон о бухгалтерском учёте, ст. 7"  # pre-filled from the rule
    assert kept.until == dt.date(2031, 11, 2)  # five years from the receipt (the default day)
    assert v.outcomes[0].basis == Pair() and v.outcomes[0].until is None
    assert sorted(x.id for x in v.consents if x.named) == sorted(c.consent_ids)
    assert v.mark(Step.CHECKS).actor == "tester"
    assert [s.step for s in v.steps] == ["start", "checks"]
    assert v.next is Step.DECISION


def test_a_mismatch_is_never_accepted_silently(ctx):
    c = make_withdrawal_case(ctx)
    with pytest.raises(DomainError) as e:
        withdrawal.record_checks(
            ctx, c.request_id, signed=True, identity="match", letter_iin="900101300811"
        )
    assert codes(e.value) == {"identity_differs_note"}
    withdrawal.record_checks(
        ctx, c.request_id, signed=True, identity="mismatch", letter_iin="900101300811"
    )
    with pytest.raises(DomainError) as e:
        withdrawal.decide(ctx, c.request_id, "accepted")
    assert codes(e.value) == {"identity_mismatch"}
    v = withdrawal.record_checks(
        ctx,
        c.request_id,
        signed=True,
        identity="match",
        letter_iin="900101300811",
        note="a typo in the letter; the passport number matches the contract",
    )
    assert v.steps[-1].detail["differs"] == ["iin"]
    assert "900101300811" not in str(v.steps[-1].detail)  # the letter's IIN is not stored


def test_an_unsigned_withdrawal_cannot_be_accepted(ctx):
    c = make_withdrawal_case(ctx, signed=False)
    withdrawal.record_checks(ctx, c.request_id, signed=False, identity="match")
    with pytest.raises(DomainError) as e:
        withdrawal.decide(ctx, c.request_id, "accepted")
    assert codes(e.value) == {"withdrawal_unsigned"}


def test_no_record_linked_no_match_and_no_acceptance(sqlite_ctx):
    c = make_withdrawal_case(sqlite_ctx, link=False)
    with pytest.raises(DomainError) as e:
        withdrawal.record_checks(sqlite_ctx, c.request_id, signed=True, identity="match")
    assert codes(e.value) == {"no_record_to_compare"}


def test_the_steps_after_the_decision_need_an_acceptance(ctx):
    c = make_withdrawal_case(ctx)
    v = withdrawal.record_checks(ctx, c.request_id, signed=True, identity="match")
    with pytest.raises(DomainError) as e:
        withdrawal.set_system(ctx, c.request_id, v.systems[0].id, done=True, done_on=RECEIVED)
    assert codes(e.value) == {"accept_first"}
    with pytest.raises(DomainError) as e:
        withdrawal.set_effective(ctx, c.request_id, RECEIVED)
    assert codes(e.value) == {"accept_first"}


def test_each_step_checks_its_rule(ctx):
    c = make_withdrawal_case(ctx)
    v = accepted(ctx, c)
    with pytest.raises(DomainError) as e:
        withdrawal.set_effective(ctx, c.request_id, RECEIVED - dt.timedelta(days=1))
    assert codes(e.value) == {"before_received"}
    with pytest.raises(DomainError) as e:
        withdrawal.set_system(ctx, c.request_id, v.systems[0].id, done=True)
    assert codes(e.value) == {"required"}
    with pytest.raises(DomainError) as e:
        withdrawal.set_outcome(ctx, c.request_id, v.outcomes[0].id, outcome="")
    assert codes(e.value) == {"outcome_required"}
    with pytest.raises(DomainError) as e:
        withdrawal.set_outcome(
            ctx, c.request_id, v.outcomes[0].id, outcome="retained", basis=Pair("", "ст. 7")
        )
    assert codes(e.value) == {"basis_missing_half", "required"}
    with pytest.raises(DomainError) as e:
        withdrawal.set_act(ctx, c.request_id, ActFacts())
    assert {"place_missing_half", "members_required", "approver_required"} <= codes(e.value)
    with pytest.raises(DomainError) as e:
        withdrawal.set_system(ctx, c.request_id, 999_999, done=False)
    assert codes(e.value) == {"no_such_line"}
    with pytest.raises(DomainError) as e:
        withdrawal.decide(ctx, c.request_id, "refused", ground="obligation")
    assert codes(e.value) == {"ground_detail_required"}


def test_a_stale_version_is_refused(ctx):
    c = make_withdrawal_case(ctx)
    v = withdrawal.record_checks(ctx, c.request_id, signed=True, identity="match")
    withdrawal.decide(ctx, c.request_id, "accepted", seen=v.version)
    with pytest.raises(Conflict):
        withdrawal.set_effective(ctx, c.request_id, RECEIVED, seen=v.version)


def test_choosing_a_new_effective_day_moves_the_suggested_until(ctx):
    c = make_withdrawal_case(ctx)
    accepted(ctx, c)
    v = withdrawal.set_effective(ctx, c.request_id, dt.date(2026, 11, 5))
    assert v.outcomes[1].until == dt.date(2031, 11, 5)
    assert v.outcomes[1].suggested_until == dt.date(2031, 11, 5)


def test_sending_the_confirmation_changes_the_subject_and_closes_the_named_consents(ctx):
    c = make_withdrawal_case(ctx)
    v = worked(ctx, c)
    assert v.next is Step.ACT
    withdrawal.set_consents(ctx, c.request_id, c.consent_ids[:1])
    finalise(ctx, c.request_id, "destruction-act", "ru")
    assert withdrawal.view(ctx, c.request_id).next is Step.ANSWER
    finalise(ctx, c.request_id, "deregistration", "ru")
    requests.change_status(ctx, c.request_id, Status.IN_PROGRESS)
    requests.change_status(ctx, c.request_id, Status.ANSWER_READY)
    requests.change_status(ctx, c.request_id, Status.SENT)

    v = withdrawal.view(ctx, c.request_id)
    assert v.next is Step.DONE and v.result_status == "processing_stopped"
    with ctx.read() as session:
        assert session.get(Subject, c.subject_id).status == "processing_stopped"
        closed, still = (session.get(Consent, i) for i in c.consent_ids)
        assert closed.withdrawal_request_id == c.request_id
        assert closed.withdrawn_at.date() == RECEIVED  # the effective date, not today
        assert still.withdrawn_at is None  # not named by the withdrawal
        actions = session.exec(select(AuditEntry.action)).all()
    assert "withdrawal.complete" in actions and "subject.status" in actions
    events = case.load(ctx, c.request_id).timeline
    steps = [e.step for e in events if e.kind == "withdrawal"]
    assert steps[0] == "start" and steps[-1] == "done"
    with pytest.raises(DomainError) as e:
        withdrawal.set_consents(ctx, c.request_id, c.consent_ids)
    assert codes(e.value) == {"workflow_closed"}


def test_with_nothing_retained_the_subject_is_deregistered(sqlite_ctx):
    ctx = sqlite_ctx
    c = make_withdrawal_case(ctx)
    worked(ctx, c, retain=False)
    finalise(ctx, c.request_id, "destruction-act", "ru")
    finalise(ctx, c.request_id, "deregistration", "ru")
    for status in (Status.IN_PROGRESS, Status.ANSWER_READY, Status.SENT):
        requests.change_status(ctx, c.request_id, status)
    with ctx.read() as session:
        assert session.get(Subject, c.subject_id).status == "deregistered"
        assert all(session.get(Consent, i).withdrawn_at for i in c.consent_ids)


def test_a_refusal_under_art_8_2_leaves_the_subject_active(ctx):
    c = make_withdrawal_case(ctx)
    withdrawal.record_checks(ctx, c.request_id, signed=True, identity="match")
    v = withdrawal.decide(
        ctx,
        c.request_id,
        "refused",
        ground="obligation",
        detail_kk="17 қарыз бойынша берешек",
        detail_ru="долг по займу 17",
    )
    assert v.next is Step.ANSWER
    finalise(ctx, c.request_id, "refusal", "ru")
    assert withdrawal.view(ctx, c.request_id).next is Step.DONE
    for status in (Status.IN_PROGRESS, Status.ANSWER_READY, Status.SENT):
        requests.change_status(ctx, c.request_id, status)
    v = withdrawal.view(ctx, c.request_id)
    assert v.completed_at is None and v.subject_status == "active"
    with ctx.read() as session:
        assert all(session.get(Consent, i).withdrawn_at is None for i in c.consent_ids)


def test_a_decided_withdrawal_is_not_sent_before_its_answer_is_final(sqlite_ctx):
    ctx = sqlite_ctx
    c = make_withdrawal_case(ctx)
    worked(ctx, c, retain=False)
    finalise(ctx, c.request_id, "destruction-act", "ru")  # the act, but no confirmation yet
    requests.change_status(ctx, c.request_id, Status.IN_PROGRESS)
    requests.change_status(ctx, c.request_id, Status.ANSWER_READY)
    with pytest.raises(DomainError) as e:
        requests.change_status(ctx, c.request_id, Status.SENT)
    assert codes(e.value) == {"answer_not_final"}
    assert e.value.params["kind"] == "deregistration"
    with ctx.read() as session:
        assert session.get(Subject, c.subject_id).status == "active"
    assert requests.get(ctx, c.request_id).status == Status.ANSWER_READY  # nothing moved


def test_a_request_of_another_type_has_no_workflow(ctx):
    c = make_withdrawal_case(ctx)
    other = requests.register(
        ctx,
        requests.NewRequest(
            type="access", received=RECEIVED, sender="Әлиев Нұрлан", subject_id=c.subject_id
        ),
    )
    assert withdrawal.view(ctx, other.id) is None
    assert case.load(ctx, other.id).workflow is None
    with pytest.raises(DomainError) as e:
        withdrawal.record_checks(ctx, other.id, signed=True, identity="match")
    assert codes(e.value) == {"no_workflow_for_type"}
