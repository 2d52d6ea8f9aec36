"""The one rule of letter kinds (app/domain/letter_rules.py): which kinds answer which request,
what a missing fact stops, and what stops finalising, as coded problems."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.domain.data_map import Category, DataMap, Pair, Recipient, Retention
from app.domain.errors import DomainError
from app.domain.letter_rules import (
    KINDS,
    Kind,
    LetterFacts,
    allowed_kinds,
    check_kind_for,
    finalise_problems,
    kind_problems,
    letter_kinds,
    types_for_kind,
)
from app.domain.problems import MESSAGES, english
from app.domain.requests import RequestType
from app.domain.withdrawal import (
    ActFacts,
    CategoryOutcome,
    Member,
    SystemCheck,
    WorkflowFacts,
)

RECEIVED = dt.date(2026, 11, 2)
DONE = WorkflowFacts(
    type="consent_withdrawal",
    received=RECEIVED,
    signed=True,
    identity="match",
    decision="accepted",
    effective=RECEIVED,
    systems=(SystemCheck(Pair("CRM жүйесі", "CRM-система"), True, RECEIVED, "tester"),),
    outcomes=(
        CategoryOutcome(Pair("ЖСН", "ИИН"), "destroyed"),
        CategoryOutcome(
            Pair("Шарт", "Договор"), "retained", Pair("Заң", "Закон"), dt.date(2031, 1, 1)
        ),
    ),
    act=ActFacts(
        Pair("Астана қ.", "г. Астана"),
        (Member("А. Б. Орындаушы", Pair("Маман", "Специалист")),),
        Member("Д. Н. Басшы", Pair("Директор", "Директор")),
    ),
    act_final=True,
)
REFUSED = WorkflowFacts(
    type="consent_withdrawal",
    received=RECEIVED,
    signed=True,
    identity="match",
    decision="refused",
    ground="obligation",
    ground_detail=Pair("Шарт бойынша берешек", "Задолженность по договору"),
)
MAP = DataMap(
    categories=(Category(Pair("ЖСН", "ИИН"), Retention(Pair("Заң", "Закон"), 3)),),
    purposes=(Pair("Шартты орындау", "Исполнение договора"),),
    recipients=(Recipient(Pair("Провайдер", "Провайдер"), "DE"),),
)
LINKED = {
    "subject_linked": True,
    "extended": True,
    "signed": True,
    "workflow": DONE,
    "data_map": MAP,
}


def codes(problems) -> list[str]:
    return [p.code for p in problems]


@pytest.mark.parametrize(
    "type_, kind",
    [
        ("access", "refusal"),
        ("access", "destruction-act"),
        ("access", "deregistration"),
        ("claim", "refusal"),
        ("claim", "destruction-act"),
        ("consent_withdrawal", "claim-response"),
        ("consent_withdrawal", "access"),
        ("destruction", "refusal"),
        ("other", "refusal"),
    ],
)
def test_a_kind_answers_only_the_types_it_fits(type_, kind):
    facts = LetterFacts(type_, **LINKED)
    found = kind_problems(kind, facts)
    assert codes(found) == ["kind_not_for_type"]
    assert found[0].field == "kind" and dict(found[0].params) == {"kind": kind, "type": type_}
    assert kind not in allowed_kinds(facts)
    with pytest.raises(DomainError) as err:
        check_kind_for(kind, facts)
    assert err.value.reason == f"a {kind} letter does not answer a request of type {type_}"


def test_the_kinds_each_type_may_get_the_likeliest_first():
    def allowed(t):
        return [k.value for k in allowed_kinds(LetterFacts(t, **LINKED))]

    assert allowed("consent_withdrawal") == [
        "deregistration",
        "clarification",
        "acknowledgement",
        "extension",
        "destruction-act",
    ]
    refused = LetterFacts("consent_withdrawal", **(LINKED | {"workflow": REFUSED}))
    assert [k.value for k in allowed_kinds(refused)] == [
        "refusal",
        "clarification",
        "acknowledgement",
        "extension",
    ]
    assert allowed("destruction") == [
        "deregistration",
        "destruction-act",
        "clarification",
        "acknowledgement",
        "extension",
    ]
    assert allowed("access") == ["access", "clarification", "acknowledgement", "extension"]
    assert allowed("claim") == ["claim-response", "clarification", "acknowledgement", "extension"]
    for t in ("correction", "blocking", "advertising_objection", "other"):
        assert allowed(t) == [
            "claim-response",
            "access",
            "clarification",
            "acknowledgement",
            "extension",
        ]


def test_missing_facts_are_named_and_the_kind_stays_offered():
    bare = LetterFacts("consent_withdrawal")
    verdicts = {v.kind.value: v for v in letter_kinds(bare)}
    assert codes(verdicts["deregistration"].problems) == [
        "kind_needs_subject",
        "workflow_not_started",
    ]
    assert verdicts["deregistration"].problems[0].field == "subject"
    assert codes(verdicts["destruction-act"].problems) == [
        "kind_needs_subject",
        "workflow_not_started",
    ]
    assert codes(verdicts["refusal"].problems) == ["workflow_not_started"]
    assert codes(verdicts["extension"].problems) == ["kind_needs_extension"]
    assert verdicts["acknowledgement"].allowed
    assert allowed_kinds(bare) == (Kind.CLARIFICATION, Kind.ACKNOWLEDGEMENT)


def test_a_workflow_kind_states_only_what_the_workflow_recorded():
    open_ = dataclasses.replace(
        DONE,
        systems=(SystemCheck(Pair("CRM жүйесі", "CRM-система")),),
        outcomes=(CategoryOutcome(Pair("ЖСН", "ИИН")),),
        act_final=False,
    )
    facts = LetterFacts("consent_withdrawal", **(LINKED | {"workflow": open_}))
    found = kind_problems("deregistration", facts)
    assert codes(found) == ["systems_not_done", "outcomes_missing", "act_not_final"]
    assert dict(found[1].params) == {"count": 1, "first": "ИИН"}
    with pytest.raises(DomainError) as err:
        check_kind_for("deregistration", facts)
    assert len(err.value.problems) == 3
    # the act itself needs no finalised act, but its own details
    bare_act = dataclasses.replace(DONE, act=ActFacts())
    act_facts = LetterFacts("consent_withdrawal", **(LINKED | {"workflow": bare_act}))
    assert codes(kind_problems("destruction-act", act_facts)) == [
        "place_missing_half",
        "place_missing_half",
        "members_required",
        "approver_required",
    ]
    # a refusal needs a refusal recorded; an accepted one gets none
    assert codes(kind_problems("refusal", LetterFacts("consent_withdrawal", **LINKED))) == [
        "refusal_not_decided"
    ]


def test_a_missing_half_in_the_letters_language_stops_it_and_never_borrows():
    no_kk = dataclasses.replace(
        DONE, systems=(SystemCheck(Pair("", "CRM-система"), True, RECEIVED),)
    )
    facts = LetterFacts("consent_withdrawal", **(LINKED | {"workflow": no_kk}))
    assert kind_problems("deregistration", facts) == ()  # the language not known yet
    assert kind_problems("deregistration", facts, "ru") == ()
    found = kind_problems("deregistration", facts, "kk")
    assert codes(found) == ["pair_missing_half"]
    assert (found[0].field, dict(found[0].params)) == ("systems", {"row": 1, "language": "kk"})
    assert codes(kind_problems("deregistration", facts, "bi")) == ["pair_missing_half"]


def test_the_access_response_needs_the_data_map_in_its_language():
    facts = LetterFacts("access", **(LINKED | {"data_map": DataMap()}))
    found = kind_problems("access", facts)
    assert codes(found) == ["access_map_empty", "access_map_empty"]
    assert [p.field for p in found] == ["data_categories", "purposes"]
    half = dataclasses.replace(MAP, purposes=(Pair("", "Исполнение договора"),))
    facts = LetterFacts("access", **(LINKED | {"data_map": half}))
    assert kind_problems("access", facts, "ru") == ()
    found = kind_problems("access", facts, "kk")
    assert [(p.field, p.code) for p in found] == [("purposes", "pair_missing_half")]
    for p in found:
        assert "{" not in english(p)


def test_an_unknown_kind_is_a_choice_problem():
    with pytest.raises(DomainError) as err:
        kind_problems("poem", LetterFacts("claim"))
    assert (err.value.field, err.value.code) == ("kind", "choice")
    assert list(err.value.params["choices"]) == list(KINDS)


def test_sample_types_follow_the_rule():
    assert types_for_kind("refusal") == ("consent_withdrawal",)
    assert types_for_kind("deregistration") == ("consent_withdrawal", "destruction")
    assert types_for_kind("destruction-act")[:2] == ("destruction", "consent_withdrawal")
    assert types_for_kind("claim-response")[0] == "claim"
    assert "advertising_objection" in types_for_kind("access")
    for kind in KINDS:
        for t in types_for_kind(kind):
            workflow = REFUSED if kind == "refusal" else dataclasses.replace(DONE, type=t)
            facts = LetterFacts(t, **(LINKED | {"workflow": workflow}))
            assert not kind_problems(kind, facts)


def test_what_stops_finalising():
    withdrawal = LetterFacts(RequestType.CONSENT_WITHDRAWAL, **LINKED)
    found = finalise_problems(
        "deregistration", withdrawal, blanks=["a", "b", "c", "d"], has_text=True, signatory=""
    )
    assert codes(found) == ["blanks_left", "no_signatory"]
    assert found[0].params["blanks"] == ["[[a]]", "[[b]]", "[[c]]"]
    waiting = LetterFacts("claim", status="waiting")
    assert codes(finalise_problems("clarification", waiting, signatory="A")) == [
        "clock_cannot_stop"
    ]
    assert finalise_problems("clarification", waiting, signatory="A", stop_clock=False) == []
    assert codes(finalise_problems("refusal", LetterFacts("access"), signatory="A")) == [
        "kind_not_for_type"
    ]


def test_every_code_of_the_rule_has_its_english_sentence():
    facts = LetterFacts("consent_withdrawal", status="sent")
    found = [
        *kind_problems("claim-response", facts),
        *kind_problems("deregistration", facts),
        *kind_problems("extension", facts),
        *kind_problems("refusal", facts),
        *kind_problems("access", LetterFacts("access", subject_linked=True)),
        *finalise_problems("clarification", facts, blanks=["x"], has_text=False),
    ]
    for p in found:
        assert p.code in MESSAGES and "{" not in english(p)
