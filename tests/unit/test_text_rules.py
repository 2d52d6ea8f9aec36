"""The character rules of the input: printable text of any script, emoji included; no control
characters, no direction overrides, no bytes that were not UTF-8."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import request_input, subject_input
from app.services.requests import NewRequest
from app.services.subjects import SubjectInput

TODAY = dt.date(2026, 11, 20)


def codes(found):
    return {(p.field, p.code) for p in found}


def letter(**fields):
    base = {"type": "access", "received": dt.date(2026, 11, 2), "sender": "Иванов"}
    return NewRequest(**(base | fields))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a\x1b[31m", "control_chars"),
        ("a\x00b", "control_chars"),
        ("a\x9bb", "control_chars"),
        ("a\u202eb", "bidi_control"),
        ("a\u2067b", "bidi_control"),
        ("a\udcffb", "not_utf8"),
    ],
)
def test_hidden_characters_are_refused_in_a_sender(text, code):
    assert codes(request_input.problems(letter(sender=text), TODAY)) == {("sender", code)}


@pytest.mark.parametrize(
    "text",
    ["Ахмед 😀", "أحمد بن سعيد", "שלום", "Сәлем\u200fاسم", "👩‍💻 Data Officer", "Ivan\tPetrov"],
)
def test_any_script_and_emoji_are_text(text):
    assert request_input.problems(letter(sender=text), TODAY) == []


def test_multi_line_fields_keep_line_breaks_but_not_escapes():
    ok = letter(sender_address="ул. Абая 1\nАлматы", summary="первая\r\nвторая\tстрока")
    assert request_input.problems(ok, TODAY) == []
    bad = letter(sender_address="ул.\x1b]0;x\x07", summary="ok\u202d")
    assert codes(request_input.problems(bad, TODAY)) == {
        ("sender_address", "control_chars"),
        ("summary", "bidi_control"),
    }


def test_every_free_text_field_of_a_subject_has_a_limit_and_the_character_rules():
    long = SubjectInput(
        surname="Иванов",
        given_name="и" * 10_000,
        patronymic="п" * 121,
        phone="1" * 41,
        address="а" * 1001,
        account_id="x" * 101,
        client_org="o" * 301,
    )
    assert codes(subject_input.problems(long, TODAY)) == {
        (f, "too_long")
        for f in ("given_name", "patronymic", "phone", "address", "account_id", "client_org")
    }
    hidden = SubjectInput(
        surname="Ив\x1bанов", given_name="a\u202e", patronymic="a\u2028b", email="a\x00@b.kz"
    )
    assert codes(subject_input.problems(hidden, TODAY)) == {
        ("surname", "control_chars"),
        ("given_name", "bidi_control"),
        ("patronymic", "control_chars"),  # a line separator in a one-line field
        ("email", "control_chars"),
    }
    assert subject_input.problems(SubjectInput(surname="Ахмед 😀", given_name="أحمد"), TODAY) == []
