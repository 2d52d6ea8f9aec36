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

Rejections raise :class:`~app.domain.errors.DomainError` with a short reason and the field name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.domain.errors import DomainError

__all__ = [
    "IinHint",
    "check_tracking_number",
    "iin_check_digit",
    "iin_hint",
    "is_valid_bin",
    "is_valid_iin",
    "is_valid_s10",
    "make_iin",
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
    return bool(text) and all(ch in _ASCII_DIGITS for ch in text)


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
        raise DomainError(f"must be exactly 11 digits (got {first11!r})", "first11")
    digits = [int(ch) for ch in first11]
    check = sum(d * w for d, w in zip(digits, _WEIGHTS_FIRST, strict=True)) % 11
    if check == 10:
        check = sum(d * w for d, w in zip(digits, _WEIGHTS_SECOND, strict=True)) % 11
        if check == 10:
            return None
    return check


def _validate_12_digits(value: str, field: str, kind: str) -> str:
    text = _strip_spaces(value)
    if not text:
        raise DomainError("must not be empty", field)
    bad = [ch for ch in text if ch not in _ASCII_DIGITS]
    if bad:
        raise DomainError(f"must contain digits only (found {bad[0]!r})", field)
    if len(text) != 12:
        raise DomainError(f"must be 12 digits ({len(text)} given)", field)
    expected = iin_check_digit(text[:11])
    if expected is None:
        raise DomainError(
            f"is not a valid {kind}: no check digit exists for its first 11 digits", field
        )
    if int(text[11]) != expected:
        raise DomainError(f"checksum digit is wrong (expected {expected})", field)
    return text


def validate_iin(value: str, field: str = "iin") -> str:
    """Return the 12 digits of a valid IIN (whitespace removed) or raise :class:`DomainError`.

    The reason says what is wrong: empty, a non-digit character, the wrong number of digits (and
    how many were given), or a wrong check digit (and the expected one). The birth date and
    century digits are *not* checked (see the module docstring).
    """
    return _validate_12_digits(value, field, "IIN")


def validate_bin(value: str, field: str = "bin") -> str:
    """Return the 12 digits of a valid BIN (whitespace removed) or raise :class:`DomainError`.

    Same rules and reasons as :func:`validate_iin`; the entity-type digit is not checked.
    """
    return _validate_12_digits(value, field, "BIN")


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
        raise DomainError(f'must be "M" or "F" (got {sex!r})', "sex")
    if not 1800 <= birth_date.year <= 2099:
        raise DomainError(
            f"year must be between 1800 and 2099 (got {birth_date.year})", "birth_date"
        )
    if isinstance(serial, bool) or not isinstance(serial, int) or not 0 <= serial <= 9999:
        raise DomainError(f"must be an integer from 0 to 9999 (got {serial!r})", "serial")
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
        raise DomainError(f"must be exactly 8 digits (got {serial8!r})", "serial8")
    total = sum(int(ch) * w for ch, w in zip(serial8, _S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    if check == 10:
        return 0
    if check == 11:
        return 5
    return check


def _normalize_s10(value: str) -> str:
    return _strip_spaces(value).upper()


def _s10_problem(text: str) -> str | None:
    """Why a normalized string is not a valid S10 number, or ``None`` if it is one."""
    if len(text) != 13:
        return (
            "must be 13 characters: 2 letters, 8 digits, a check digit and 2 letters, "
            f"e.g. RR123456785KZ ({len(text)} given)"
        )
    if not _S10_RE.fullmatch(text):
        if not re.fullmatch(r"[A-Z]{2}", text[:2]):
            return "must start with 2 Latin letters (the service code)"
        if not _is_ascii_digits(text[2:11]):
            return "characters 3 to 11 must be digits (8-digit serial and check digit)"
        return "must end with 2 Latin letters (the country code)"
    expected = s10_check_digit(text[2:10])
    if int(text[10]) != expected:
        return f"check digit is wrong (expected {expected})"
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
        raise DomainError("must not be empty", field)
    problem = _s10_problem(text)
    if problem is not None:
        raise DomainError(problem, field)
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
        raise DomainError("must not be empty", field)
    problem = _s10_problem(compact)
    if problem is None:
        return compact, None
    if _S10_RE.fullmatch(compact):
        # Right shape, wrong check digit: most likely a typo; keep the S10 form.
        return compact, f"not a UPU S10 number: {problem}"
    return " ".join(value.split()), f"not a UPU S10 number: {problem}"
