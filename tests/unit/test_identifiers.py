"""IIN/BIN and UPU S10 identifiers: SPEC vectors, error reasons, and properties of the schemes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from app.domain.errors import DomainError
from app.domain.identifiers import (
    IinHint,
    check_tracking_number,
    iin_check_digit,
    iin_hint,
    is_valid_bin,
    is_valid_iin,
    is_valid_s10,
    make_iin,
    s10_check_digit,
    validate_bin,
    validate_iin,
    validate_s10,
)

DIGITS = "0123456789"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
eleven_digits = st.text(alphabet=DIGITS, min_size=11, max_size=11)
eight_digits = st.text(alphabet=DIGITS, min_size=8, max_size=8)
two_letters = st.text(alphabet=LETTERS, min_size=2, max_size=2)

FIRST_WEIGHTS = tuple(range(1, 12))
S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def first_pass(first11: str) -> int:
    return sum(int(d) * w for d, w in zip(first11, FIRST_WEIGHTS, strict=True)) % 11


def s10_residue(serial8: str) -> int:
    return sum(int(d) * w for d, w in zip(serial8, S10_WEIGHTS, strict=True)) % 11


def replace_digit(text: str, index: int, digit: str) -> str:
    return text[:index] + digit + text[index + 1 :]


# --------------------------------------------------------------------------------------------
# IIN / BIN: vectors
# --------------------------------------------------------------------------------------------


def test_spec_vector_first_pass():
    assert iin_check_digit("90010130001") == 7
    assert is_valid_iin("900101300017")
    assert validate_iin("900101300017") == "900101300017"


def test_spec_vector_second_pass():
    assert first_pass("90010130081") == 10  # the vector really exercises the second pass
    assert iin_check_digit("90010130081") == 1
    assert is_valid_iin("900101300811")
    assert validate_iin("900101300811") == "900101300811"


def test_no_check_digit_when_both_passes_give_ten():
    assert iin_check_digit("90010130080") is None
    assert not any(is_valid_iin(f"90010130080{d}") for d in DIGITS)
    with pytest.raises(DomainError) as err:
        validate_iin("900101300800")
    assert err.value.field == "iin"
    assert "no check digit exists" in err.value.reason


@pytest.mark.parametrize("value", ["900101300018", "900101300810", "900101300011"])
def test_wrong_check_digit_is_rejected_with_the_expected_digit(value):
    assert not is_valid_iin(value)
    with pytest.raises(DomainError) as err:
        validate_iin(value)
    expected = iin_check_digit(value[:11])
    assert err.value.reason == f"checksum digit is wrong (expected {expected})"


@pytest.mark.parametrize("value", ["080440001234", "120340004562"])
def test_bin_vectors(value):
    assert is_valid_bin(value)
    assert validate_bin(value) == value


def test_bin_entity_type_digit_is_not_checked():
    # 5th digit 3 is not a legal-entity code, but only length and checksum are checked.
    assert is_valid_bin("991230000019")
    assert not is_valid_bin("991230000018")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("900101 300017", "900101300017"),
        (" 9001 0130 0017\t", "900101300017"),
        ("900101\u00a0300811\n", "900101300811"),
    ],
)
def test_whitespace_is_removed(raw, clean):
    assert validate_iin(raw) == clean
    assert is_valid_iin(raw)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "must not be empty"),
        ("   ", "must not be empty"),
        ("90010130001A", "must contain digits only (found 'A')"),
        ("900-101-300017", "must contain digits only (found '-')"),
        # Non-ASCII digits satisfy str.isdigit() but are not accepted.
        ("９００１０１３０００１７", "must contain digits only (found '９')"),
        ("٩٠٠١٠١٣٠٠٠١٧", "must contain digits only (found '٩')"),
        ("90010130001", "must be 12 digits (11 given)"),
        ("9001013000170", "must be 12 digits (13 given)"),
        ("1", "must be 12 digits (1 given)"),
        ("900101300018", "checksum digit is wrong (expected 7)"),
    ],
)
@pytest.mark.parametrize("validate", [validate_iin, validate_bin])
def test_reasons_say_exactly_what_is_wrong(validate, value, reason):
    with pytest.raises(DomainError) as err:
        validate(value)
    assert err.value.reason == reason


@pytest.mark.parametrize(
    ("validate", "default_field"), [(validate_iin, "iin"), (validate_bin, "bin")]
)
@pytest.mark.parametrize("value", ["", "x", "123", "900101300018", "900101300800"])
def test_every_reason_names_the_field(validate, default_field, value):
    with pytest.raises(DomainError) as err:
        validate(value)
    assert err.value.field == default_field
    assert str(err.value) == f"{default_field}: {err.value.reason}"
    with pytest.raises(DomainError) as err:
        validate(value, field="subject_iin")
    assert err.value.field == "subject_iin"
    assert str(err.value).startswith("subject_iin: ")


@pytest.mark.parametrize(
    "bad", ["", "1234567890", "123456789012", "1234567890a", "１２３４５６７８９０１"]
)
def test_check_digit_needs_exactly_eleven_ascii_digits(bad):
    with pytest.raises(DomainError) as err:
        iin_check_digit(bad)
    assert err.value.field == "first11"


# --------------------------------------------------------------------------------------------
# IIN / BIN: properties of the checksum
# --------------------------------------------------------------------------------------------


@given(eleven_digits)
def test_appending_the_check_digit_gives_a_valid_number(first11):
    check = iin_check_digit(first11)
    assume(check is not None)
    assert 0 <= check <= 9
    assert is_valid_iin(first11 + str(check))
    assert is_valid_bin(first11 + str(check))
    others = [d for d in DIGITS if d != str(check)]
    assert not any(is_valid_iin(first11 + d) for d in others)


@given(st.text(alphabet=DIGITS, min_size=8, max_size=8))
def test_without_a_check_digit_no_twelfth_digit_validates(first8):
    # About 1 in 121 prefixes has no check digit: look for them among the 1000 completions.
    hopeless = [
        f"{first8}{tail:03d}"
        for tail in range(1000)
        if iin_check_digit(f"{first8}{tail:03d}") is None
    ]
    assume(hopeless)
    for first11 in hopeless:
        assert first_pass(first11) == 10
        assert not any(is_valid_iin(first11 + d) for d in DIGITS)


# Single-digit errors are NOT always caught by this scheme (checked exhaustively on samples
# before writing these tests). What is true, and tested below:
#   * a changed 12th digit is always caught;
#   * digits 1-10 have first-pass weights 1-10, all non-zero mod 11, so a change is caught
#     whenever the original and the changed number are both decided by the first pass; a change
#     can slip through only when it moves the first-pass sum to or from 10, so that the two
#     numbers are checked by different passes (about 1.7 % of single-digit changes there);
#   * the 11th digit has first-pass weight 11 = 0 (mod 11): when the first pass decides, a
#     changed 11th digit is NEVER caught (900101300017 and 900101300027 are both valid).


@given(eleven_digits, st.integers(0, 11), st.sampled_from(DIGITS))
@example("90010130001", 10, "2")  # 11th digit changed, first pass: not caught
@example("70364826728", 3, "3")  # digit 4 changed, passes differ: not caught
def test_what_a_single_digit_change_does(first11, index, digit):
    check = iin_check_digit(first11)
    assume(check is not None)
    valid = first11 + str(check)
    assume(valid[index] != digit)
    changed = replace_digit(valid, index, digit)
    caught = not is_valid_iin(changed)
    original_pass = 1 if first_pass(valid[:11]) != 10 else 2
    changed_pass = 1 if first_pass(changed[:11]) != 10 else 2
    if index == 11:
        assert caught
    elif index == 10:
        # weight 11 on the first pass; weight 2 on the second pass catches the change
        assert caught == (original_pass == 2)
    elif original_pass == changed_pass == 1:
        assert caught
    if not caught:
        assert index == 10 or original_pass != changed_pass


def test_known_undetected_single_digit_changes():
    assert is_valid_iin("900101300017") and is_valid_iin("900101300027")
    assert is_valid_iin("703648267280") and is_valid_iin("703348267280")


# --------------------------------------------------------------------------------------------
# make_iin and iin_hint
# --------------------------------------------------------------------------------------------


@given(
    st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)),
    st.sampled_from(["M", "F"]),
    st.integers(0, 9999),
)
def test_make_iin_is_valid_and_its_hint_round_trips(birth, sex, serial):
    iin = make_iin(birth, sex, serial)
    assert len(iin) == 12 and iin.isascii() and iin.isdigit()
    assert is_valid_iin(iin)
    assert iin[:6] == birth.strftime("%y%m%d")
    assert iin_hint(iin) == IinHint(birth_date=birth, sex=sex, century=birth.year // 100 * 100)
    if iin_check_digit(f"{iin[:7]}{serial:04d}") is not None:
        assert iin[7:11] == f"{serial:04d}"


def test_make_iin_bumps_the_serial_when_no_check_digit_exists():
    assert iin_check_digit("90010130080") is None
    assert make_iin(date(1990, 1, 1), "M", 80) == "900101300811"
    assert make_iin(date(1990, 1, 1), "M", 1) == "900101300017"


def test_make_iin_century_and_sex_digit():
    assert make_iin(date(1899, 5, 6), "F", 1)[6] == "2"
    assert make_iin(date(1950, 5, 6), "M", 1)[6] == "3"
    assert make_iin(date(1950, 5, 6), "F", 1)[6] == "4"
    assert make_iin(date(2005, 5, 6), "M", 1)[6] == "5"
    assert make_iin(date(2005, 5, 6), "F", 1)[6] == "6"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((date(1990, 1, 1), "X", 1), "sex"),
        ((date(1990, 1, 1), "", 1), "sex"),
        ((date(1799, 12, 31), "M", 1), "birth_date"),
        ((date(2100, 1, 1), "M", 1), "birth_date"),
        ((date(1990, 1, 1), "M", -1), "serial"),
        ((date(1990, 1, 1), "M", 10000), "serial"),
    ],
)
def test_make_iin_rejects_impossible_input(args, field):
    with pytest.raises(DomainError) as err:
        make_iin(*args)
    assert err.value.field == field


@pytest.mark.parametrize(
    ("iin", "hint"),
    [
        ("900101300017", IinHint(date(1990, 1, 1), "M", 1900)),
        ("900101400017", IinHint(date(1990, 1, 1), "F", 1900)),
        ("000229500000", IinHint(date(2000, 2, 29), "M", 2000)),
        ("991231200000", IinHint(date(1899, 12, 31), "F", 1800)),
        ("850615 1 0000 0", IinHint(date(1885, 6, 15), "M", 1800)),
        # the check digit is not the hint's business
        ("900101300018", IinHint(date(1990, 1, 1), "M", 1900)),
        # not a real date: century and sex still known
        ("010229600000", IinHint(None, "F", 2000)),
        ("901301300000", IinHint(None, "M", 1900)),
        ("900100300000", IinHint(None, "M", 1900)),
        # 7th digit says nothing
        ("900101000000", IinHint(None, None, None)),
        ("900101700000", IinHint(None, None, None)),
        ("900101800000", IinHint(None, None, None)),
        ("900101900000", IinHint(None, None, None)),
    ],
)
def test_iin_hint_examples(iin, hint):
    assert iin_hint(iin) == hint


@pytest.mark.parametrize("value", ["", "90010130001", "9001013000170", "90010130001x", "٩" * 12])
def test_iin_hint_is_none_unless_twelve_digits(value):
    assert iin_hint(value) is None


@given(st.text())
@example("\x00" * 12)
@example("０" * 12)
def test_iin_hint_never_raises(text):
    hint = iin_hint(text)
    assert hint is None or isinstance(hint, IinHint)


@given(st.text(alphabet=DIGITS, min_size=12, max_size=12))
def test_iin_hint_on_any_twelve_digits(iin):
    hint = iin_hint(iin)
    assert hint is not None
    if iin[6] in "123456":
        assert hint.sex == ("M" if int(iin[6]) % 2 else "F")
        assert hint.century == 1800 + 100 * ((int(iin[6]) - 1) // 2)
    else:
        assert hint == IinHint(None, None, None)
    if hint.birth_date is not None:
        assert hint.birth_date.strftime("%y%m%d") == iin[:6]


# --------------------------------------------------------------------------------------------
# UPU S10
# --------------------------------------------------------------------------------------------


def test_s10_spec_vectors():
    assert s10_check_digit("12345678") == 5
    assert is_valid_s10("RR123456785KZ")
    assert not is_valid_s10("RR123456789KZ")


def test_s10_check_digit_special_cases():
    assert s10_residue("00000008") == 1 and s10_check_digit("00000008") == 0  # 10 -> 0
    assert s10_residue("00000015") == 0 and s10_check_digit("00000015") == 5  # 11 -> 5
    assert s10_check_digit("00000001") == 4  # 11 - 7


@pytest.mark.parametrize("bad", ["", "1234567", "123456789", "1234567a"])
def test_s10_check_digit_needs_eight_digits(bad):
    with pytest.raises(DomainError) as err:
        s10_check_digit(bad)
    assert err.value.field == "serial8"


@pytest.mark.parametrize(
    "raw", ["rr123456785kz", " RR 123 456 785 KZ ", "Rr123456785kZ", "RR\t123456785\nKZ"]
)
def test_s10_is_case_insensitive_and_ignores_whitespace(raw):
    assert is_valid_s10(raw)
    assert validate_s10(raw) == "RR123456785KZ"


@pytest.mark.parametrize(
    ("value", "reason_part"),
    [
        ("", "must not be empty"),
        ("  ", "must not be empty"),
        ("RR12345678KZ", "must be 13 characters"),
        ("RR1234567855KZ", "(14 given)"),
        ("R1123456785KZ", "must start with 2 Latin letters"),
        ("ЯR123456785KZ", "must start with 2 Latin letters"),
        ("RR12345678AKZ", "characters 3 to 11 must be digits"),
        ("RR123456785K1", "must end with 2 Latin letters"),
        ("RR123456789KZ", "check digit is wrong (expected 5)"),
    ],
)
def test_s10_reasons(value, reason_part):
    assert not is_valid_s10(value)
    with pytest.raises(DomainError) as err:
        validate_s10(value)
    assert reason_part in err.value.reason
    assert err.value.field == "tracking_number"
    with pytest.raises(DomainError) as err:
        validate_s10(value, field="return_tracking")
    assert err.value.field == "return_tracking"


@given(two_letters, eight_digits, two_letters)
def test_s10_appending_the_check_digit_validates(service, serial, country):
    number = f"{service}{serial}{s10_check_digit(serial)}{country}"
    assert is_valid_s10(number)
    assert validate_s10(number) == number
    spaced = f" {service.lower()} {serial[:4]} {serial[4:]}{s10_check_digit(serial)} {country} "
    assert validate_s10(spaced) == number
    assert check_tracking_number(spaced.lower()) == (number, None)


# Single-digit errors in the serial are NOT always caught either: the residues 0 and 6 both
# give the check digit 5 (11 - 0 = 11 -> 5, and 11 - 6 = 5). Every weight is non-zero mod 11,
# so a single-digit change always changes the residue, and it is missed exactly when it moves
# the residue between 0 and 6 (e.g. 00000000 and 90000000). Tested as such:


@given(eight_digits, st.integers(0, 7), st.sampled_from(DIGITS))
@example("00000000", 0, "9")
def test_s10_single_digit_change_in_the_serial(serial, index, digit):
    assume(serial[index] != digit)
    changed = replace_digit(serial, index, digit)
    assert s10_residue(changed) != s10_residue(serial)
    missed = s10_check_digit(changed) == s10_check_digit(serial)
    assert missed == ({s10_residue(serial), s10_residue(changed)} == {0, 6})
    number = f"RR{serial}{s10_check_digit(serial)}KZ"
    assert is_valid_s10(f"RR{changed}{s10_check_digit(serial)}KZ") == missed
    assert is_valid_s10(number)


@given(eight_digits, st.sampled_from(DIGITS))
def test_s10_changed_check_digit_is_caught(serial, digit):
    assume(digit != str(s10_check_digit(serial)))
    assert not is_valid_s10(f"RR{serial}{digit}KZ")


def test_known_missed_s10_change():
    assert is_valid_s10("RR000000005KZ") and is_valid_s10("RR900000005KZ")


# --------------------------------------------------------------------------------------------
# check_tracking_number
# --------------------------------------------------------------------------------------------


def test_tracking_number_valid_s10_has_no_warning():
    assert check_tracking_number("rr 123456785 kz") == ("RR123456785KZ", None)


def test_tracking_number_free_text_is_allowed_with_a_warning():
    value, warning = check_tracking_number("  Courier  CDEK 1234-5678 ")
    assert value == "Courier CDEK 1234-5678"
    assert warning is not None and warning.startswith("not a UPU S10 number: ")


def test_tracking_number_with_wrong_check_digit_is_kept_with_a_warning():
    value, warning = check_tracking_number("rr123456789kz")
    assert value == "RR123456789KZ"
    assert warning == "not a UPU S10 number: check digit is wrong (expected 5)"


@pytest.mark.parametrize("value", ["", "   ", "\t\n"])
def test_tracking_number_empty_is_rejected(value):
    with pytest.raises(DomainError) as err:
        check_tracking_number(value)
    assert err.value.field == "tracking_number"
    assert err.value.reason == "must not be empty"
