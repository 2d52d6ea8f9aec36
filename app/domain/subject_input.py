"""The rules of a data subject's fields, in one place: ``services.subjects`` refuses by them and
the subject dialog shows them at each field as they are typed.

:func:`problems` takes any object with the fields of ``services.subjects.SubjectInput`` and
returns every :class:`~app.domain.errors.Problem`, at most one per field, in the form's order.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.domain.contacts import is_email
from app.domain.errors import Problem, problem
from app.domain.identifiers import optional_number_problem
from app.domain.request_input import characters_problem, date_problem, length_problem

MAX_NAME = 120
MAX_EMAIL = 200
MAX_PHONE = 40
MAX_ADDRESS = 1000
MAX_ACCOUNT = 100
MAX_ORGANISATION = 300

FIELDS = ("surname", "iin", "birth_date", "email", "client_bin")

# The free-text fields besides the surname: each holds printable text of a bounded length (the
# character rules of ``request_input.characters_problem``: no control characters, no bidi
# overrides, no bytes that were not UTF-8; any script and emoji are fine).
_TEXTS = (
    ("given_name", MAX_NAME, False),
    ("patronymic", MAX_NAME, False),
    ("phone", MAX_PHONE, False),
    ("address", MAX_ADDRESS, True),
    ("account_id", MAX_ACCOUNT, False),
    ("client_org", MAX_ORGANISATION, False),
)


def email_problem(field: str, text: str) -> Problem | None:
    text = (text or "").strip()
    if found := characters_problem(field, text):
        return found
    if text and not is_email(text):
        return problem(field, "email_format")
    return None


def contact_problems(phone: str, email: str) -> list[Problem]:
    """The problems of the phone and e-mail a new subject is given with its letter."""
    found = [
        length_problem("phone", phone or "", MAX_PHONE),
        email_problem("email", email) or length_problem("email", email or "", MAX_EMAIL),
    ]
    return [p for p in found if p is not None]


def problems(data: Any, today: dt.date) -> list[Problem]:
    """Every problem of the subject ``data``; empty when it can be saved."""
    surname = (data.surname or "").strip()
    found: list[Problem | None] = [
        characters_problem("surname", surname)
        or (problem("surname", "required") if not surname else None)
        or length_problem("surname", surname, MAX_NAME),
        optional_number_problem(data.iin, "iin"),
        None if data.birth_date is None else date_problem("birth_date", data.birth_date, today),
        email_problem("email", data.email) or length_problem("email", data.email, MAX_EMAIL),
        optional_number_problem(data.client_bin, "client_bin"),
    ]
    found += [
        length_problem(name, getattr(data, name, "") or "", limit, multiline)
        for name, limit, multiline in _TEXTS
    ]
    return [p for p in found if p is not None]
