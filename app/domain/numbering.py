"""Registration-number patterns such as ``{prefix}-{year}/{seq:04d}`` → ``ДД-2026/0042``.

Only three fields exist (``prefix``, ``year``, ``seq``) and only a zero-padded width may be given
for ``seq``; anything else is refused, so a pattern can never reach into Python objects.
"""

from __future__ import annotations

import re
import string

from app.domain.errors import DomainError

FIELDS = {"prefix", "year", "yy", "seq"}
_SPEC = re.compile(r"^(0?\d{1,2}d)?$")


def validate_pattern(pattern: str, field: str = "pattern") -> str:
    if not pattern or not pattern.strip():
        raise DomainError("must not be empty", field)
    seen = set()
    try:
        parsed = list(string.Formatter().parse(pattern))
    except ValueError as exc:
        raise DomainError(f"is not a valid pattern ({exc})", field) from exc
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in FIELDS:
            raise DomainError(
                f"unknown placeholder {{{name}}}; use {{prefix}}, {{year}}, {{yy}} and {{seq}}",
                field,
            )
        if conversion or not _SPEC.match(spec or ""):
            raise DomainError(f"placeholder {{{name}}} may only take a width such as :04d", field)
        seen.add(name)
    if "seq" not in seen:
        raise DomainError("must contain {seq}, the running number", field)
    if not seen & {"year", "yy"}:
        raise DomainError("must contain {year} or {yy}: numbering restarts every year", field)
    return pattern


def format_number(pattern: str, prefix: str, year: int, seq: int) -> str:
    validate_pattern(pattern)
    return pattern.format(prefix=prefix, year=year, yy=year % 100, seq=seq)
