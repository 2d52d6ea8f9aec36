"""The pure rules of input (app/domain/*_input.py, identifiers, numbering): every code each can
return, reached; all problems at once; and the services refusing by the same rules."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.domain import operator_input, request_input, subject_input
from app.domain.errors import DomainError
from app.domain.identifiers import number_problem
from app.domain.numbering import pattern_problem, validate_pattern
from app.domain.problems import MESSAGES
from app.services.operators import OperatorInput
from app.services.operators import validate as validate_operator
from app.services.requests import NewRequest
from app.services.requests import validate as validate_request
from app.services.subjects import SubjectInput
from app.services.subjects import validate as validate_subject
from tests.helpers import VALID_BIN

D = dt.date
TODAY = D(2026, 11, 20)


def codes(found) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in found]


# --- identifiers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, code, params",
    [
        ("", "required", {}),
        ("90010130001A", "digits_only", {"char": "A"}),
        ("9001013000", "length", {"expected": 12, "given": 10}),
        ("900101300800", "no_check_digit", {}),
        ("900101300018", "checksum", {"expected": 7}),
    ],
)
def test_one_iin_bin_check_gives_every_code(value, code, params):
    found = number_problem(value, "client_bin")
    assert (found.field, found.code, dict(found.params)) == ("client_bin", code, params)


def test_a_valid_number_has_no_problem():
    assert number_problem(" 9001 0130 0017 ") is None


# --- numbering patterns -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pattern, code, params",
    [
        ("  ", "required", {}),
        ("{prefix-{year}/{seq}", "pattern_syntax", {}),
        ("{prefix}-{year}/{n}", "unknown_placeholder", {"name": "n"}),
        ("{prefix}-{year}/{seq!r}", "bad_spec", {"name": "seq"}),
        ("{prefix}-{year}/{seq:x}", "bad_spec", {"name": "seq"}),
        ("{prefix}-{year}", "no_seq", {}),
        ("{prefix}-{seq}", "no_year", {}),
    ],
)
def test_pattern_problems_are_coded(pattern, code, params):
    found = pattern_problem(pattern, "request_pattern")
    assert (found.code, dict(found.params)) == (code, params)
    with pytest.raises(DomainError) as err:
        validate_pattern(pattern, "request_pattern")
    assert err.value.problems == (found,)


# --- a new request --------------------------------------------------------------------------


def letter(**kw) -> NewRequest:
    values = dict(type="claim", received=D(2026, 11, 16), sender="Әлиев Нұрлан")
    values.update(kw)
    return NewRequest(**values)


@pytest.mark.parametrize(
    "kw, field, code",
    [
        ({"type": "complaint-ish"}, "type", "choice"),
        ({"received": "2026-11-16"}, "received", "not_a_date"),
        ({"received": D(1, 1, 1)}, "received", "out_of_range_date"),
        ({"received": D(2101, 1, 1)}, "received", "out_of_range_date"),
        ({"received": D(2026, 11, 21)}, "received", "future"),
        ({"postmark": D(2026, 11, 18)}, "received", "before_postmark"),
        ({"postmark": D(1899, 12, 31)}, "postmark", "out_of_range_date"),
        ({"postmark": D(2026, 11, 25)}, "postmark", "future"),
        ({"registered": D(2026, 11, 10)}, "registered", "before_received"),
        ({"registered": D(2026, 12, 1)}, "registered", "future"),
        ({"registered": D(1, 1, 1)}, "registered", "out_of_range_date"),
        ({"sender": " \t "}, "sender", "required"),
        ({"sender": "Ә" * 301}, "sender", "too_long"),
        ({"language": "de"}, "language", "choice"),
        ({"channel": "pigeon"}, "channel", "choice"),
        ({"assignee": "x" * 121}, "assignee", "too_long"),
        ({"iin": "900101300018"}, "iin", "checksum"),
        ({"sender_address": "а" * 1001}, "sender_address", "too_long"),
        ({"summary": "а" * 4001}, "summary", "too_long"),
    ],
)
def test_every_rule_of_a_letter_has_its_code(kw, field, code):
    data = letter(**kw)
    assert codes(request_input.problems(data, TODAY)) == [(field, code)]
    with pytest.raises(DomainError) as err:
        validate_request(data, TODAY)
    assert (err.value.field, err.value.code) == (field, code)


def test_a_letter_with_many_problems_gets_them_all_in_form_order_and_is_unchanged():
    data = letter(type="x", received=D(2030, 1, 1), sender="", iin="123", summary="а" * 5000)
    before = dataclasses.asdict(data)
    found = request_input.problems(data, TODAY)
    assert [p.field for p in found] == ["type", "received", "sender", "iin", "summary"]
    assert dataclasses.asdict(data) == before
    with pytest.raises(DomainError) as err:
        validate_request(data, TODAY)
    assert err.value.problems == tuple(found)
    line = str(err.value)  # the command line's one English line: the first problem
    assert line.startswith("type: 'x' is not one of ") and "claim" in line and "\n" not in line


def test_a_good_letter_is_cleaned():
    data = validate_request(letter(sender="  Әлиев   Нұрлан ", iin=" 900101 300017 "), TODAY)
    assert data.sender == "Әлиев Нұрлан" and data.iin == "900101300017"
    assert data.registered == TODAY


def test_the_date_params_print_as_iso_for_the_command_line():
    with pytest.raises(DomainError) as err:
        validate_request(letter(received=D(1, 1, 1)), TODAY)
    assert str(err.value) == "received: 0001-01-01 is outside the years 1900–2100"


# --- a subject --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kw, field, code",
    [
        ({"surname": "  "}, "surname", "required"),
        ({"surname": "Ә" * 121}, "surname", "too_long"),
        ({"iin": "90010"}, "iin", "length"),
        ({"birth_date": D(2030, 1, 1)}, "birth_date", "future"),
        ({"birth_date": D(1899, 12, 31)}, "birth_date", "out_of_range_date"),
        ({"email": "erlan@mail"}, "email", "email_format"),
        ({"email": "e@mail.kz" + "z" * 200}, "email", "too_long"),
        ({"client_bin": "18034002111x"}, "client_bin", "digits_only"),
    ],
)
def test_every_rule_of_a_subject_has_its_code(kw, field, code):
    data = SubjectInput(**{"surname": "Қасымов", **kw})
    assert codes(subject_input.problems(data, TODAY)) == [(field, code)]
    with pytest.raises(DomainError) as err:
        validate_subject(data, TODAY)
    assert (err.value.field, err.value.code) == (field, code)


def test_a_subject_gets_every_problem_at_once():
    data = SubjectInput(surname="", iin="1", birth_date=D(2030, 1, 1), email="x", client_bin="2")
    assert [p.field for p in subject_input.problems(data, TODAY)] == list(subject_input.FIELDS)


# --- an operator ------------------------------------------------------------------------------


def operator(**kw) -> OperatorInput:
    values = dict(code="senimkey", name_kk="«Senimkey» ЖШС", name_ru="ТОО", reg_number=VALID_BIN)
    values.update(kw)
    return OperatorInput(**values)


@pytest.mark.parametrize(
    "kw, field, code",
    [
        ({"code": "Сенімкей"}, "code", "code_format"),
        ({"name_kk": ""}, "name_kk", "required"),
        ({"name_ru": "Ж" * 301}, "name_ru", "too_long"),
        ({"country": "KAZ"}, "country", "country_format"),
        ({"reg_number": ""}, "reg_number", "required"),
        ({"reg_kind": "INN", "reg_number": "59/04"}, "reg_number", "foreign_format"),
        ({"email": "info@x"}, "email", "email_format"),
        ({"request_prefix": ""}, "request_prefix", "required"),
        ({"outgoing_pattern": "{seq}"}, "outgoing_pattern", "no_year"),
    ],
)
def test_every_rule_of_an_operator_has_its_code(kw, field, code):
    data = operator(**kw)
    assert codes(operator_input.problems(data)) == [(field, code)]
    with pytest.raises(DomainError) as err:
        validate_operator(data)
    assert (err.value.field, err.value.code) == (field, code)


def test_a_consent_document_needs_its_kazakh_title():
    assert codes(operator_input.document_problems(" ")) == [("title_kk", "required")]
    assert operator_input.document_problems("Келісім") == []


def test_every_code_of_these_rules_has_an_english_sentence():
    used = {
        "required",
        "too_long",
        "not_a_date",
        "future",
        "out_of_range_date",
        "choice",
        "before_postmark",
        "before_received",
        "code_format",
        "country_format",
        "foreign_format",
        "email_format",
        "pattern_syntax",
        "unknown_placeholder",
        "bad_spec",
        "no_seq",
        "no_year",
    }
    assert used <= set(MESSAGES)
