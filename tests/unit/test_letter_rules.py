"""The one rule of letter kinds (app/domain/letter_rules.py): which kinds answer which request,
what a missing fact stops, and what stops finalising, as coded problems."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.errors import DomainError
from app.domain.letter_rules import (
    KINDS,
    Kind,
    LetterFacts,
    allowed_kinds,
    check_kind_for,
    disposal_problems,
    finalise_problems,
    ground_problems,
    kind_problems,
    letter_kinds,
    types_for_kind,
)
from app.domain.problems import MESSAGES, english
from app.domain.requests import RequestType

LINKED = {"subject_linked": True, "extended": True, "signed": True}


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
        "refusal",
        "clarification",
        "acknowledgement",
        "extension",
        "destruction-act",
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
    assert codes(verdicts["deregistration"].problems) == ["kind_needs_subject"]
    assert verdicts["deregistration"].problems[0].field == "subject"
    assert codes(verdicts["destruction-act"].problems) == ["kind_needs_subject"]
    assert codes(verdicts["extension"].problems) == ["kind_needs_extension"]
    assert verdicts["refusal"].allowed and verdicts["acknowledgement"].allowed
    assert allowed_kinds(bare) == (Kind.REFUSAL, Kind.CLARIFICATION, Kind.ACKNOWLEDGEMENT)


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
            assert not kind_problems(kind, LetterFacts(t, **LINKED))


def test_what_the_officer_decides():
    assert codes(ground_problems("")) == ["ground_required"]
    assert codes(ground_problems("whim")) == ["choice"]
    assert ground_problems("law") == ()
    kept = dt.date(2030, 1, 1)
    assert disposal_problems([("ИИН", "destroyed", "", None)]) == ()
    assert codes(disposal_problems([("ИИН", "burnt", "", None)])) == ["choice"]
    assert codes(disposal_problems([("ИИН", "retained", "", kept)])) == ["retained_needs_basis"]
    assert disposal_problems([("ИИН", "retained", "Закон, ст. 5", kept)]) == ()


def test_what_stops_finalising():
    withdrawal = LetterFacts(RequestType.CONSENT_WITHDRAWAL, subject_linked=True, signed=False)
    found = finalise_problems(
        "deregistration", withdrawal, blanks=["a", "b", "c", "d"], has_text=True, signatory=""
    )
    assert codes(found) == ["blanks_left", "no_signatory", "unsigned_withdrawal"]
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
        *ground_problems(""),
        *disposal_problems([("x", "retained", "", None)]),
        *finalise_problems("clarification", facts, blanks=["x"], has_text=False),
    ]
    for p in found:
        assert p.code in MESSAGES and "{" not in english(p)
