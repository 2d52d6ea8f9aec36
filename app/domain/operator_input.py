"""The rules of an operator profile, in one place: ``services.operators`` refuses by them and the
operator dialog shows each at its field as it is typed.

:func:`problems` takes any object with the fields of ``services.operators.OperatorInput`` and
returns every :class:`~app.domain.errors.Problem` in the form's order: at most one per field of
the profile, then every problem of its data map (:func:`app.domain.data_map.map_problems`: a
text with a half missing, a retention rule without its basis or period, a bad country code), each
with its row, so the dialog can ask for the missing half at the row; :func:`document_problems`
does the same for a consent document's title.
"""

from __future__ import annotations

import re
from typing import Any

from app.domain.data_map import PARTS, DataMap, map_problems
from app.domain.errors import Problem, problem
from app.domain.identifiers import number_problem
from app.domain.numbering import pattern_problem
from app.domain.request_input import length_problem
from app.domain.subject_input import email_problem

CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
FOREIGN_NUMBER = re.compile(r"^[0-9A-Za-z-]{5,20}$")
MAX_NAME = 300
MAX_TITLE = 400


def clean_code(code: str) -> str:
    return (code or "").strip().lower()


def clean_kind(kind: str) -> str:
    return (kind or "BIN").strip().upper()


def clean_country(country: str) -> str:
    return (country or "KZ").strip().upper()


def _required(field: str, text: str, limit: int) -> Problem | None:
    if not (text or "").strip():
        return problem(field, "required")
    return length_problem(field, text, limit)


def problems(data: Any) -> list[Problem]:
    """Every problem of the profile ``data``; empty when it can be saved."""
    found: list[Problem | None] = [
        None if CODE.match(clean_code(data.code)) else problem("code", "code_format"),
        _required("name_kk", data.name_kk, MAX_NAME),
        _required("name_ru", data.name_ru, MAX_NAME),
    ]
    country = clean_country(data.country)
    if len(country) != 2 or not country.isalpha():
        found.append(problem("country", "country_format"))
    number = (data.reg_number or "").strip()
    if clean_kind(data.reg_kind) == "BIN":
        found.append(number_problem(data.reg_number, "reg_number"))
    elif number and not FOREIGN_NUMBER.match(number):
        found.append(problem("reg_number", "foreign_format"))
    found += [
        email_problem("email", data.email),
        None if (data.request_prefix or "").strip() else problem("request_prefix", "required"),
        pattern_problem(data.request_pattern, "request_pattern"),
        pattern_problem(data.outgoing_pattern, "outgoing_pattern"),
        pattern_problem(getattr(data, "act_pattern", "АКТ-{year}/{seq:04d}"), "act_pattern"),
    ]
    found += map_problems(data_map_of(data))
    return [p for p in found if p is not None]


def data_map_of(data: Any) -> DataMap:
    """The data map of a profile given as any object with the map's list fields."""
    return DataMap.from_json({part: getattr(data, part, None) for part in PARTS})


def document_problems(title_kk: str) -> list[Problem]:
    """A consent document's titles (its file is checked where it is read)."""
    found = _required("title_kk", title_kk, MAX_TITLE)
    return [found] if found is not None else []


def by_field(found: list[Problem]) -> dict[str, Problem]:
    """The first problem of each field, for a form."""
    out: dict[str, Problem] = {}
    for p in found:
        out.setdefault(p.field, p)
    return out
