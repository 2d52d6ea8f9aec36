"""Kazakh identifiers (IIN, BIN) and UPU S10 tracking numbers: validate, never guess.

IIN (individual identification number) and BIN (business identification number) are 12 digits.
The last digit is a check digit over the first eleven:

1. ``s = sum(d[i] * w[i])`` with weights ``1, 2, ..., 11``; ``c = s mod 11``;
2. if ``c == 10``: weights ``3, 4, ..., 11, 1, 2``; ``c = s mod 11``;
3. if ``c == 10`` again, no valid number exists with those eleven digits.

The first six digits of an IIN are usually the birth date (YYMMDD) and the seventh the century and
sex, but since 2013 that link is not guaranteed: :func:`iin_hint` gives a prefill hint and nothing
ever rejects an IIN because its date looks odd. A BIN's fifth digit is usually 4, 5 or 6 (legal
entity, branch, ...); that is not checked either, only the length and the check digit.

UPU S10 tracking numbers (registered mail), e.g. ``RR123456785KZ``: two letters (service), eight
digits (serial), one check digit, two letters (ISO country). Check digit: weights
``8, 6, 4, 2, 3, 5, 9, 7`` over the serial, ``c = 11 - (s mod 11)``, then ``10 -> 0`` and
``11 -> 5``.

One rule, one place: :func:`number_problem` is THE check of a 12-digit IIN or BIN; it returns a
coded :class:`~app.domain.errors.Problem` (``required``, ``digits_only``, ``length``,
``no_check_digit``, ``checksum``) and every form, service and importer asks it. The ``validate_*``
functions raise it as a :class:`~app.domain.errors.DomainError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from operator import mul

from app.domain.errors import DomainError, Problem, problem

__all__ = [
    "IinHint",
    "check_tracking_number",
    "iin_check_digit",
    "iin_hint",
    "is_valid_bin",
    "is_valid_iin",
    "is_valid_s10",
    "make_iin",
    "number_problem",
    "s10_check_digit",
    "validate_bin",
    "validate_iin",
    "validate_s10",
]

_ASCII_DIGITS = frozenset("0123456789")
_WEIGHTS_FIRST = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_WEIGHTS_SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_S10_RE = re.compile(r"[A-Z]{2}[0-9]{9}[A-Z]{2}")

# 7th IIN digit -> (first year of the century, sex). Odd digits are male, even are female.
_CENTURY_SEX: dict[str, tuple[int, str]] = {
    "1": (1800, "M"),
    "2": (1800, "F"),
    "3": (1900, "M"),
    "4": (1900, "F"),
    "5": (2000, "M"),
    "6": (2000, "F"),
}


def _is_ascii_digits(text: str) -> bool:
    """True for a non-empty string of ASCII digits (``str.isdigit`` also accepts e.g. '²', '٣')."""
    return text.isascii() and text.isdigit()  # isdigit: non-empty; on ASCII only 0-9


def _strip_spaces(value: str) -> str:
    """Remove every whitespace character (also inside: '900101 300017' is accepted)."""
    return "".join(value.split())


# --------------------------------------------------------------------------------------------
# IIN / BIN
# --------------------------------------------------------------------------------------------


def iin_check_digit(first11: str) -> int | None:
    """Check digit for the first eleven digits of an IIN or BIN, or ``None`` if none exists.

    ``None`` means that no valid 12-digit number starts with these eleven digits (both passes
    give 10). Raises :class:`DomainError` (field ``"first11"``) unless given exactly eleven ASCII
    digits.
    """
    if len(first11) != 11 or not _is_ascii_digits(first11):
        raise DomainError.at("first11", "length", expected=11, given=len(first11))
    digits = [ord(ch) - 48 for ch in first11]  # ASCII digits, checked above
    check = sum(map(mul, digits, _WEIGHTS_FIRST)) % 11
    if check == 10:
        check = sum(map(mul, digits, _WEIGHTS_SECOND)) % 11
        if check == 10:
            return None
    return check


def number_problem(value: str, field: str = "iin") -> Problem | None:
    """What is wrong with a 12-digit IIN or BIN (whitespace ignored), or ``None`` when valid.

    The one check of both numbers: empty (``required``), a non-digit (``digits_only``, ``char``),
    the wrong number of digits (``length``: ``expected``, ``given``), no check digit possible
    (``no_check_digit``) or the wrong one (``checksum``: ``expected``). The birth date and
    century digits are *not* checked (see the module docstring).
    """
    text = _strip_spaces(value or "")
    if not text:
        return problem(field, "required")
    bad = [] if _is_ascii_digits(text) else [ch for ch in text if ch not in _ASCII_DIGITS]
    if bad:
        return problem(field, "digits_only", char=bad[0])
    if len(text) != 12:
        return problem(field, "length", expected=12, given=len(text))
    expected = iin_check_digit(text[:11])
    if expected is None:
        return problem(field, "no_check_digit")
    if int(text[11]) != expected:
        return problem(field, "checksum", expected=expected)
    return None


def optional_number_problem(value: str, field: str) -> Problem | None:
    """:func:`number_problem` for a number that may be left empty."""
    return number_problem(value, field) if (value or "").strip() else None


def _validate_12_digits(value: str, field: str) -> str:
    found = number_problem(value, field)
    if found is not None:
        raise DomainError(found)
    return _strip_spaces(value)


def validate_iin(value: str, field: str = "iin") -> str:
    """Return the 12 digits of a valid IIN (whitespace removed) or raise :class:`DomainError`.

    The reason says what is wrong: empty, a non-digit character, the wrong number of digits (and
    how many were given), or a wrong check digit (and the expected one). The birth date and
    century digits are *not* checked (see the module docstring).
    """
    return _validate_12_digits(value, field)


def validate_bin(value: str, field: str = "bin") -> str:
    """Return the 12 digits of a valid BIN (whitespace removed) or raise :class:`DomainError`.

    Same rules and reasons as :func:`validate_iin`; the entity-type digit is not checked.
    """
    return _validate_12_digits(value, field)


def is_valid_iin(value: str) -> bool:
    """True when :func:`validate_iin` accepts ``value`` (whitespace is ignored)."""
    try:
        validate_iin(value)
    except DomainError:
        return False
    return True


def is_valid_bin(value: str) -> bool:
    """True when :func:`validate_bin` accepts ``value`` (whitespace is ignored)."""
    try:
        validate_bin(value)
    except DomainError:
        return False
    return True


@dataclass(frozen=True)
class IinHint:
    """What the digits of an IIN suggest about its holder; a prefill hint, never a rule.

    ``century`` is the first year of the century (1800, 1900 or 2000); ``sex`` is ``"M"`` or
    ``"F"``. A field is ``None`` when the digits do not say it (7th digit 0, 7, 8 or 9; or the
    first six digits are not a real date).
    """

    birth_date: date | None
    sex: str | None
    century: int | None


MASK = "•"


def mask_iin(iin: str | None) -> str:
    """An IIN as lists and exports show it unless the officer reveals it: the first four and
    last three digits, e.g. ``9001•••••017`` (the birth year and month stay recognisable, the
    rest is hidden). A value too short to be an IIN is hidden whole."""
    if not iin:
        return ""
    if len(iin) >= 8:
        return iin[:4] + MASK * (len(iin) - 7) + iin[-3:]
    return MASK * len(iin)


def iin_hint(iin: str) -> IinHint | None:
    """Birth date, sex and century suggested by an IIN; ``None`` unless 12 ASCII digits.

    Whitespace is ignored and the check digit is not verified. Never raises.
    """
    if not isinstance(iin, str):
        return None
    text = _strip_spaces(iin)
    if len(text) != 12 or not _is_ascii_digits(text):
        return None
    century_sex = _CENTURY_SEX.get(text[6])
    if century_sex is None:
        return IinHint(birth_date=None, sex=None, century=None)
    century, sex = century_sex
    year = century + int(text[0:2])
    try:
        birth = date(year, int(text[2:4]), int(text[4:6]))
    except ValueError:
        birth = None
    return IinHint(birth_date=birth, sex=sex, century=century)


def make_iin(birth_date: date, sex: str, serial: int) -> str:
    """Build a valid IIN for a birth date (1800-2099), sex ``"M"``/``"F"`` and a serial 0-9999.

    If no check digit exists for the resulting eleven digits, the serial is bumped (wrapping at
    9999) until one does. Used by the demo data generator.
    """
    sex_norm = sex.strip().upper() if isinstance(sex, str) else ""
    if sex_norm not in ("M", "F"):
        raise DomainError.at("sex", "choice", value=sex, choices=["M", "F"])
    if not 1800 <= birth_date.year <= 2099:
        raise DomainError.at(
            "birth_date", "out_of_range_date", value=birth_date, low=1800, high=2099
        )
    if isinstance(serial, bool) or not isinstance(serial, int) or not 0 <= serial <= 9999:
        raise DomainError.at("serial", "out_of_range", value=serial, low=0, high=9999)
    century_digit = 2 * ((birth_date.year - 1800) // 100) + (1 if sex_norm == "M" else 2)
    prefix = f"{birth_date:%y%m%d}{century_digit}"
    for step in range(10000):
        first11 = f"{prefix}{(serial + step) % 10000:04d}"
        check = iin_check_digit(first11)
        if check is not None:
            return f"{first11}{check}"
    raise AssertionError("unreachable: some serial always has a check digit")  # pragma: no cover


# --------------------------------------------------------------------------------------------
# UPU S10 tracking numbers
# --------------------------------------------------------------------------------------------


def s10_check_digit(serial8: str) -> int:
    """UPU S10 check digit for an 8-digit serial number.

    Raises :class:`DomainError` (field ``"serial8"``) unless given exactly eight ASCII digits.
    """
    if len(serial8) != 8 or not _is_ascii_digits(serial8):
        raise DomainError.at("serial8", "length", expected=8, given=len(serial8))
    total = sum(int(ch) * w for ch, w in zip(serial8, _S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    if check == 10:
        return 0
    if check == 11:
        return 5
    return check


def _normalize_s10(value: str) -> str:
    return _strip_spaces(value).upper()


def _s10_problem(text: str, field: str = "tracking_number") -> Problem | None:
    """Why a normalized string is not a valid S10 number, or ``None`` if it is one."""
    if len(text) != 13:
        return problem(field, "s10_length", given=len(text))
    if not _S10_RE.fullmatch(text):
        if not re.fullmatch(r"[A-Z]{2}", text[:2]):
            return problem(field, "s10_service")
        if not _is_ascii_digits(text[2:11]):
            return problem(field, "s10_serial")
        return problem(field, "s10_country")
    expected = s10_check_digit(text[2:10])
    if int(text[10]) != expected:
        return problem(field, "s10_checksum", expected=expected)
    return None


def is_valid_s10(value: str) -> bool:
    """True for a valid UPU S10 number; case-insensitive, whitespace ignored."""
    if not isinstance(value, str):
        return False
    return _s10_problem(_normalize_s10(value)) is None


def validate_s10(value: str, field: str = "tracking_number") -> str:
    """Return the normalized (uppercase, no whitespace) S10 number or raise :class:`DomainError`."""
    text = _normalize_s10(value)
    if not text:
        raise DomainError.at(field, "required")
    found = _s10_problem(text, field)
    if found is not None:
        raise DomainError(found)
    return text


def check_tracking_number(value: str, field: str = "tracking_number") -> tuple[str, str | None]:
    """Accept a tracking number: ``(normalized value, warning or None)``.

    A valid S10 number comes back uppercase without whitespace and without a warning. Anything
    else is allowed (free text from a courier, a mistyped number the officer insists on) with
    its whitespace collapsed and a warning that starts with ``"not a UPU S10 number: "``. An
    empty value raises :class:`DomainError`.
    """
    compact = _normalize_s10(value)
    if not compact:
        raise DomainError.at(field, "required")
    found = _s10_problem(compact, field)
    if found is None:
        return compact, None
    if _S10_RE.fullmatch(compact):
        # Right shape, wrong check digit: most likely a typo; keep the S10 form.
        return compact, f"not a UPU S10 number: {found.reason}"
    return " ".join(value.split()), f"not a UPU S10 number: {found.reason}"
