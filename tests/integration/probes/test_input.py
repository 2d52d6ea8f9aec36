"""Probes of bad input on the command line (issue 8): dates out of range, text that is not
printable, long or hidden text, and text stored before the rules.
"""

from __future__ import annotations

import re

import pytest

from tests.integration.probes.conftest import (
    add,
    assert_one_line,
    derbes,
    letter,
    text_result,
    unchanged,
)
from tests.integration.test_cli import run

# --- input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code", "field_"),
    [
        (["deadline", "--from", "9999-12-30"], "out_of_range_date", "from"),
        (["deadline", "--from", "1899-12-31"], "out_of_range_date", "from"),
        (["deadline", "--from", "0001-01-01"], "out_of_range_date", "from"),
        (["deadline", "--from", "2026-03-16", "--days", "100000"], "out_of_range", "days"),
    ],
)
def test_dates_outside_1900_2100_in_a_deadline(target, args, code, field_):
    with unchanged(target):
        assert_one_line(run("--db", target.db, *args), code, field_)


@pytest.mark.parametrize("received", ["1899-12-31", "0001-01-01", "2101-01-01"])
def test_dates_outside_1900_2100_in_a_letter(target, received):
    with unchanged(target):
        result = text_result(
            derbes(
                "--db",
                target.db,
                "request",
                "add",
                "--type",
                "access",
                "--received",
                received,
                "--sender",
                "X",
            )
        )
        assert_one_line(result, "out_of_range_date", "received")


@pytest.mark.parametrize(
    ("sender", "code"),
    [
        (b"\xff\xfe\xd0 sender in cp1251", "not_utf8"),
        (b"Evil\x1b[2J\x1b[31mred", "control_chars"),
        (b"Bell\x07", "control_chars"),
        ("abc\u202edcba.pdf".encode(), "bidi_control"),
        ("name\u2066isolate".encode(), "bidi_control"),
        (("я" * 10_000).encode(), "too_long"),
    ],
)
def test_a_sender_that_is_not_printable_text(target, sender, code):
    with unchanged(target):
        assert_one_line((add(target, sender=sender)), code, "sender")


@pytest.mark.parametrize(
    ("option", "value", "code", "field_"),
    [
        ("--address", "a" * 120_000, "too_long", "sender_address"),
        ("--summary", "s" * 10_000, "too_long", "summary"),
        ("--address", "line\x1b]0;title\x07", "control_chars", "sender_address"),
        ("--summary", "ok\u202eko", "bidi_control", "summary"),
    ],
)
def test_long_or_hidden_text_in_the_other_fields(target, option, value, code, field_):
    with unchanged(target):
        assert_one_line((add(target, option, value)), code, field_)


def test_emoji_and_right_to_left_text_are_accepted_and_printed(target):
    """Decided: accepted. They are printable text (a foreign subject's name in Arabic is a real
    name; people paste emoji); the letter prints them and the listing shows them as typed."""
    sender = "Ахмед 😀 أحمد بن سعيد ✉"
    result = add(target, "--summary", "שלום — сәлем 👋", sender=sender)
    assert result.returncode == 0, result.stderr
    number = result.stdout.split("\t")[0]
    listing = run("--db", target.db, "request", "list", "--search", "Ахмед")
    assert sender in listing.stdout
    for fmt in ("pdf", "docx"):
        out = target.folder / f"letter.{fmt}"
        made = run(
            "--db",
            target.db,
            "letter",
            number,
            "--kind",
            "acknowledgement",
            "--format",
            fmt,
            "--out",
            str(out),
        )
        assert made.returncode == 0, made.stderr
        assert out.stat().st_size > 1000


def test_text_stored_before_the_rules_is_escaped_in_listings(target):
    target.execute(
        "UPDATE request SET sender = :s WHERE reg_number = :n",
        {"s": "Evil\x1b[2J\u202eRTL\x9b\u2028end", "n": target.reg},
    )
    listing = run("--db", target.db, "request", "list")
    assert listing.returncode == 0, listing.stderr
    assert not re.search(
        "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028]", listing.stdout
    )
    assert r"Evil\x1b[2J\u202eRTL\x9b\u2028end" in listing.stdout
    as_json = run("--db", target.db, "--json", "request", "list")
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2028]", as_json.stdout)
    import json

    senders = {row["sender"] for row in json.loads(as_json.stdout)}
    assert "Evil\x1b[2J\u202eRTL\x9b\u2028end" in senders  # JSON escapes, and reads back


def test_a_120_kb_address_kept_from_before_the_rules_is_refused_by_the_letter(target):
    target.execute(
        "UPDATE request SET sender_address = :a WHERE reg_number = :n",
        {"a": "Алматы, " + "а" * 120_000, "n": target.reg},
    )
    with unchanged(target):
        assert_one_line(letter(target, target.folder / "letter.pdf"), "letter_layout", "letter")


def test_control_characters_kept_from_before_the_rules_are_refused_by_a_word_letter(target):
    # the sender as written and, since a letter addresses the linked subject by the record's
    # name, the subject's surname too
    target.execute(
        "UPDATE request SET sender = :s WHERE reg_number = :n",
        {"s": "Evil\x1b[2J", "n": target.reg},
    )
    target.execute(
        "UPDATE subject SET surname = :s"
        " WHERE id = (SELECT subject_id FROM request WHERE reg_number = :n)",
        {"s": "Evil\x1b[2J", "n": target.reg},
    )
    out = target.folder / "letter.docx"
    with unchanged(target):
        result = run(
            "--db",
            target.db,
            "letter",
            target.reg,
            "--kind",
            "acknowledgement",
            "--format",
            "docx",
            "--out",
            str(out),
        )
        assert_one_line(result, "letter_characters", "letter")
