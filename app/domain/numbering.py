"""Registration-number patterns such as ``{prefix}-{year}/{seq:04d}`` → ``ДД-2026/0042``.

Only three fields exist (``prefix``, ``year``, ``seq``) and only a zero-padded width may be given
for ``seq``; anything else is refused, so a pattern can never reach into Python objects.

:func:`pattern_problem` says what is wrong as a coded problem: ``required``, ``pattern_syntax``
(a brace left open or closed alone), ``unknown_placeholder`` (``name``), ``bad_spec`` (``name``),
``no_seq``, ``no_year``.
"""

from __future__ import annotations

import functools
import re
import string

from app.domain.errors import DomainError, Problem, problem

FIELDS = {"prefix", "year", "yy", "seq"}
_SPEC = re.compile(r"^(0?\d{1,2}d)?$")


def pattern_problem(pattern: str, field: str = "pattern") -> Problem | None:
    """Why ``pattern`` cannot number letters, or ``None`` when it can."""
    if not pattern or not pattern.strip():
        return problem(field, "required")
    seen = set()
    try:
        parsed = list(string.Formatter().parse(pattern))
    except ValueError:
        return problem(field, "pattern_syntax")
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in FIELDS:
            return problem(field, "unknown_placeholder", name=name)
        if conversion or not _SPEC.match(spec or ""):
            return problem(field, "bad_spec", name=name)
        seen.add(name)
    if "seq" not in seen:
        return problem(field, "no_seq")
    if not seen & {"year", "yy"}:
        return problem(field, "no_year")
    return None


def validate_pattern(pattern: str, field: str = "pattern") -> str:
    found = pattern_problem(pattern, field)
    if found is not None:
        raise DomainError(found)
    return pattern


@functools.lru_cache(maxsize=256)
def _valid(pattern: str) -> bool:
    """The pattern checked once (a bulk write numbers tens of thousands of letters with a few
    patterns); a bad one raises and is not remembered."""
    validate_pattern(pattern)
    return True


def format_number(pattern: str, prefix: str, year: int, seq: int) -> str:
    _valid(pattern)
    return pattern.format(prefix=prefix, year=year, yy=year % 100, seq=seq)
