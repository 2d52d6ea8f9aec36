"""The window's wording of the domain's problem codes, in the interface language.

Every code of :data:`app.domain.problems.MESSAGES` has a sentence here, marked for Qt Linguist
(context ``Problems``); a field can have its own sentence for a code (``(field, code)``) where the
generic one would read poorly ("A BIN has 12 digits" rather than "must be 12 digits"). Placeholders
are the problem's params in braces; dates print as dd.MM.yyyy, lists joined by commas, request
types and statuses by their translated labels. ``tests/ui/test_problems.py`` holds this catalogue
and the domain's together.

Nothing here reads the English reason: a problem is worded from its code alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.errors import DomainError, Problem
from app.ui.problems.dispatch import DISPATCH, DISPATCH_FIELDS
from app.ui.problems.input import FIELD_TEXTS, FIELDS, INPUT
from app.ui.problems.ocr import OCR
from app.ui.problems.registers import REGISTERS
from app.ui.problems.reports import REPORTS, REPORTS_FIELDS
from app.ui.problems.storage import STORAGE
from app.ui.problems.subject_import import SUBJECT_IMPORT
from app.ui.problems.withdrawal import WITHDRAWAL, WITHDRAWAL_FIELDS
from app.ui.problems.work import WORK

__all__ = ["FIELDS", "FIELD_TEXTS", "TEXTS", "error_text", "field_name", "problem_text"]

_CTX = "Problems"

# code -> sentence, as shown beside the field (so without the field's name); one module an area.
TEXTS: dict[str, str] = {
    **INPUT,
    **WORK,
    **STORAGE,
    **WITHDRAWAL,
    **DISPATCH,
    **REPORTS,
    **SUBJECT_IMPORT,
    **REGISTERS,
    **OCR,
}


def _value_text(value: Any) -> str:
    from app.ui import labels

    if isinstance(value, dt.datetime):  # a moment (stored in UTC): shown in local time
        return value.astimezone().strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(_value_text(v) for v in value)
    for table in (labels.TYPES, labels.STATUSES, labels.LANGUAGES):
        if isinstance(value, str) and value in table:
            return labels.label(table, value)
    return str(value)


def _fill(template: str, params: Mapping[str, Any]) -> str:
    text = template
    for name, value in params.items():
        text = text.replace("{" + name + "}", _value_text(value))
    return text


def problem_text(problem: Problem) -> str:
    """The sentence for ``problem`` in the interface language (to show beside its field)."""
    source = FIELD_TEXTS.get((problem.field, problem.code)) or TEXTS.get(problem.code)
    if source is None:  # a code with no wording yet: say at least which rule it was
        return QCoreApplication.translate("Problems", "Not accepted ({code}).").replace(
            "{code}", problem.code
        )
    return _fill(QCoreApplication.translate(_CTX, source), problem.params)


def field_name(field: str) -> str:
    source = (
        FIELDS.get(field)
        or WITHDRAWAL_FIELDS.get(field)
        or DISPATCH_FIELDS.get(field)
        or REPORTS_FIELDS.get(field)
    )
    return QCoreApplication.translate(_CTX, source) if source else field


def error_text(exc: DomainError) -> str:
    """Every problem of ``exc``, each after its field's name, one a line (for a message box)."""
    lines = []
    for p in exc.problems:
        text = problem_text(p)
        if p.field:
            text = (
                QCoreApplication.translate("Problems", "{field}: {problem}")
                .replace("{field}", field_name(p.field))
                .replace("{problem}", text)
            )
        lines.append(text)
    return "\n".join(lines)
