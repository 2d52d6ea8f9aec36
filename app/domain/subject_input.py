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
from app.domain.request_input import date_problem, length_problem

MAX_NAME = 120
MAX_EMAIL = 200

FIELDS = ("surname", "iin", "birth_date", "email", "client_bin")


def email_problem(field: str, text: str) -> Problem | None:
    text = (text or "").strip()
    if text and not is_email(text):
        return problem(field, "email_format")
    return None


def problems(data: Any, today: dt.date) -> list[Problem]:
    """Every problem of the subject ``data``; empty when it can be saved."""
    surname = (data.surname or "").strip()
    found: list[Problem | None] = [
        problem("surname", "required")
        if not surname
        else length_problem("surname", surname, MAX_NAME),
        optional_number_problem(data.iin, "iin"),
        None if data.birth_date is None else date_problem("birth_date", data.birth_date, today),
        email_problem("email", data.email) or length_problem("email", data.email, MAX_EMAIL),
        optional_number_problem(data.client_bin, "client_bin"),
    ]
    return [p for p in found if p is not None]
