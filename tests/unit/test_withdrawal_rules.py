"""The withdrawal workflow's rules (app.domain.withdrawal): each step's rule, where the workflow
stands, the subject's resulting status, and what the letters may state."""

from __future__ import annotations

import dataclasses
import datetime as dt

from app.domain import withdrawal as w
from app.domain.data_map import Pair

RECEIVED = dt.date(2026, 11, 2)
TODAY = dt.date(2026, 11, 20)
SYSTEM = w.SystemCheck(Pair("CRM жүйесі", "CRM-система"))
KEPT = w.CategoryOutcome(
    Pair("Бухгалтерлік құжаттар", "Бухгалтерские документы"),
    "retained",
    Pair("Бухгалтерлік есеп туралы заң", "Закон о бухгалтерском учёте"),
    dt.date(2031, 11, 2),
)
ACT = w.ActFacts(
    Pair("Алматы қ.", "г. Алматы"),
    (w.Member("Иванова А. А.", Pair("Бас маман", "Главный специалист")),),
    w.Member("Ержанов А. Б.", Pair("Директор", "Директор")),
    TODAY,
)


def codes(problems) -> list[str]:
    return [p.code for p in problems]


def facts(**kw) -> w.WorkflowFacts:
    return w.WorkflowFacts(type="consent_withdrawal", received=RECEIVED, **kw)


def finished(**kw) -> w.WorkflowFacts:
    base = dict(
        signed=True,
        identity="match",
        decision="accepted",
        effective=RECEIVED,
        systems=(dataclasses.replace(SYSTEM, done=True, done_on=RECEIVED, by="officer"),),
        outcomes=(KEPT,),
        act=ACT,
    )
    base.update(kw)
    return facts(**base)


def test_accepting_needs_a_signed_statement_and_a_matching_identity():
    assert codes(w.decision_problems(facts(), "accepted")) == [
        "signature_unchecked",
        "identity_unchecked",
    ]
    assert codes(w.decision_problems(facts(signed=False, identity="mismatch"), "accepted")) == [
        "withdrawal_unsigned",
        "identity_mismatch",
    ]
    assert w.decision_problems(facts(signed=True, identity="match"), "accepted") == ()
    # a destruction request need not be a signed statement, but still the right person
    destruction = w.WorkflowFacts("destruction", RECEIVED, signed=False, identity="match")
    assert w.decision_problems(destruction, "accepted") == ()
    assert codes(w.decision_problems(facts(), "maybe")) == ["choice"]


def test_refusing_needs_a_ground_of_art_8_2_and_its_detail():
    assert codes(w.decision_problems(facts(), "refused")) == [
        "ground_required",
        "ground_detail_required",
    ]
    assert codes(w.decision_problems(facts(), "refused", "whim", Pair("x", "x"))) == ["choice"]
    debt = Pair("Шарт бойынша берешек", "Задолженность по договору")
    assert w.decision_problems(facts(), "refused", "obligation", debt) == ()


def test_checks_compare_side_by_side_and_a_difference_needs_a_note():
    record = "Әлиев Нұрлан Серікұлы"
    assert w.identity_differences("Алиев Нурлан", "", record, "900101300017") == ()
    assert w.identity_differences("Aliyev Nurlan", "900101300017", record, "900101300017") == ()
    assert w.identity_differences("Сейітов Нұрлан", "900101300811", record, "900101300017") == (
        "name",
        "iin",
    )
    assert codes(w.check_problems(None, "")) == ["signature_unchecked", "identity_unchecked"]
    assert codes(w.check_problems(True, "match", "", ("iin",))) == ["identity_differs_note"]
    assert w.check_problems(True, "match", "typo in the letter", ("iin",)) == ()
    assert w.check_problems(True, "mismatch", "", ("iin",)) == ()
    assert codes(w.check_problems(True, "maybe")) == ["choice"]


def test_the_effective_date_lies_between_receipt_and_the_answer():
    assert codes(w.effective_problems(None, RECEIVED, TODAY)) == ["required"]
    assert codes(w.effective_problems(RECEIVED - dt.timedelta(1), RECEIVED, TODAY)) == [
        "before_received"
    ]
    assert codes(w.effective_problems(TODAY + dt.timedelta(1), RECEIVED, TODAY)) == ["future"]
    assert codes(w.effective_problems(TODAY, RECEIVED, TODAY, answered=RECEIVED)) == [
        "effective_after_answer"
    ]
    assert w.effective_problems(RECEIVED, RECEIVED, TODAY) == ()
    assert w.default_effective(RECEIVED, TODAY) == RECEIVED


def test_a_system_done_needs_its_day_and_an_outcome_is_never_defaulted():
    assert w.system_problems(False, None, RECEIVED, TODAY) == ()
    assert codes(w.system_problems(True, None, RECEIVED, TODAY)) == ["required"]
    assert codes(w.system_problems(True, TODAY + dt.timedelta(1), RECEIVED, TODAY)) == ["future"]
    assert codes(w.outcome_problems("", Pair(), None, RECEIVED, TODAY)) == ["outcome_required"]
    assert w.outcome_problems("destroyed", Pair(), None, RECEIVED, TODAY) == ()
    assert codes(w.outcome_problems("retained", Pair("", "ст. 7"), RECEIVED, RECEIVED, TODAY)) == [
        "basis_missing_half",
        "until_not_after",
    ]
    assert w.outcome_problems("retained", KEPT.basis, KEPT.until, RECEIVED, TODAY) == ()


def test_the_act_needs_its_place_members_and_approver():
    assert codes(w.act_problems(w.ActFacts())) == [
        "place_missing_half",
        "place_missing_half",
        "members_required",
        "approver_required",
    ]
    half = dataclasses.replace(ACT, members=(w.Member("Иванова А. А.", Pair("", "Специалист")),))
    assert codes(w.act_problems(half)) == ["position_missing_half"]
    assert w.act_problems(ACT) == ()


def test_next_step_walks_the_steps_in_order():
    assert w.next_step(facts()) is w.Step.CHECKS
    assert w.next_step(facts(signed=True, identity="match")) is w.Step.DECISION
    assert w.next_step(finished(effective=None)) is w.Step.EFFECTIVE
    assert w.next_step(finished(systems=(SYSTEM,))) is w.Step.SYSTEMS
    assert w.next_step(finished(outcomes=(dataclasses.replace(KEPT, outcome=""),))) is (
        w.Step.OUTCOMES
    )
    assert w.next_step(finished()) is w.Step.ACT
    assert w.next_step(finished(act_final=True)) is w.Step.ANSWER
    assert w.next_step(finished(act_final=True, answer_final=True, completed=True)) is w.Step.DONE
    refused = facts(signed=True, identity="match", decision="refused", ground="law")
    assert w.next_step(refused) is w.Step.ANSWER
    assert w.next_step(dataclasses.replace(refused, answer_final=True)) is w.Step.DONE


def test_stage_rules_close_the_workflow_at_its_end():
    assert w.stage_problems(None, w.Step.CHECKS) == ()
    assert codes(w.stage_problems(facts(), w.Step.SYSTEMS)) == ["accept_first"]
    assert codes(w.stage_problems(finished(act_final=True), w.Step.OUTCOMES)) == [
        "act_already_final"
    ]
    assert codes(w.stage_problems(finished(answer_final=True), w.Step.CHECKS)) == [
        "workflow_closed"
    ]
    assert w.stage_problems(finished(), w.Step.ACT) == ()


def test_result_status_keeps_processing_stopped_while_anything_is_retained():
    destroyed = dataclasses.replace(KEPT, outcome="destroyed")
    assert w.result_status([destroyed]) is w.SubjectStatus.DEREGISTERED
    assert w.result_status([destroyed, KEPT]) is w.SubjectStatus.PROCESSING_STOPPED
    assert w.result_status([]) is w.SubjectStatus.DEREGISTERED


def test_letters_state_only_what_was_recorded():
    assert codes(w.letter_problems("deregistration", None)) == ["workflow_not_started"]
    open_one = facts(signed=True, identity="match", decision="accepted", systems=(SYSTEM,))
    open_one = dataclasses.replace(open_one, outcomes=(dataclasses.replace(KEPT, outcome=""),))
    assert codes(w.letter_problems("deregistration", open_one)) == [
        "effective_missing",
        "systems_not_done",
        "outcomes_missing",
        "act_not_final",
    ]
    assert codes(w.letter_problems("destruction-act", finished(act=w.ActFacts()))) == [
        "place_missing_half",
        "place_missing_half",
        "members_required",
        "approver_required",
    ]
    assert w.letter_problems("destruction-act", finished()) == ()
    assert codes(w.letter_problems("deregistration", finished())) == ["act_not_final"]
    assert w.letter_problems("deregistration", finished(act_final=True)) == ()
    assert codes(w.letter_problems("refusal", finished())) == ["refusal_not_decided"]
    refused = facts(
        decision="refused",
        ground="law",
        ground_detail=Pair("Law 94-V art. 8(2)", "Law 94-V art. 8(2)"),
    )
    assert w.letter_problems("refusal", refused) == ()
    assert w.letter_problems("access", None) == ()


def test_a_kazakh_letter_asks_for_the_kazakh_halves():
    russian_only = finished(
        act_final=True, systems=(w.SystemCheck(Pair("", "CRM"), True, RECEIVED, "officer"),)
    )
    assert codes(w.letter_problems("deregistration", russian_only, "kk")) == ["pair_missing_half"]
    assert w.letter_problems("deregistration", russian_only, "ru") == ()
