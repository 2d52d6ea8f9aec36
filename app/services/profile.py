"""The operator profile as the settings window edits it: every problem at once, and one save.

``operators.validate`` stops at the first problem and words it in English for the command line.
A form needs every problem at the same time, each at its own field, in the window's language;
:func:`check_operator` gives them as :class:`Problem` values whose ``code`` (and ``params``) the
window turns into its own sentence, with the domain's English ``reason`` as a fallback. It applies
exactly the rules of ``operators.validate`` (the tests hold the two together).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import select

from app.domain.contacts import is_email
from app.domain.errors import DomainError
from app.domain.identifiers import iin_check_digit
from app.domain.numbering import validate_pattern
from app.services import operators
from app.services.attachments import MAX_BYTES
from app.services.context import Context
from app.services.operators import _CODE, _FOREIGN_NUMBER, OperatorInput
from app.storage.models import ConsentDocument, Operator

__all__ = [
    "MAX_FILE_BYTES",
    "NewDocument",
    "Problem",
    "Profile",
    "ProfileRow",
    "check_document",
    "check_operator",
    "input_of",
    "load",
    "overview",
    "save",
]

MAX_FILE_BYTES = MAX_BYTES


@dataclass(frozen=True)
class Problem:
    """Why one field cannot be saved.

    ``code`` is one of: ``empty``, ``code_format``, ``country_format``, ``digits_only``
    (params: ``char``), ``length`` (``given``), ``no_check_digit``, ``checksum`` (``expected``),
    ``foreign_format``, ``email_format``, ``unknown_placeholder`` (``name``), ``bad_spec``
    (``name``), ``no_seq``, ``no_year``, ``pattern`` (anything else a pattern can get wrong),
    ``too_large`` (``limit_mb``), ``unreadable``.
    """

    field: str
    code: str
    reason: str
    params: dict[str, Any] = field(default_factory=dict)


def _bin_problem(value: str, name: str) -> Problem | None:
    # The rules of identifiers.validate_bin, kept apart so each reason has a code.
    text = "".join(value.split())
    if not text:
        return Problem(name, "empty", "must not be empty")
    bad = [ch for ch in text if ch not in "0123456789"]
    if bad:
        return Problem(
            name, "digits_only", f"must contain digits only (found {bad[0]!r})", {"char": bad[0]}
        )
    if len(text) != 12:
        return Problem(
            name, "length", f"must be 12 digits ({len(text)} given)", {"given": len(text)}
        )
    expected = iin_check_digit(text[:11])
    if expected is None:
        return Problem(
            name,
            "no_check_digit",
            "is not a valid BIN: no check digit exists for its first 11 digits",
        )
    if int(text[11]) != expected:
        return Problem(
            name,
            "checksum",
            f"checksum digit is wrong (expected {expected})",
            {"expected": expected},
        )
    return None


_PLACEHOLDER = re.compile(r"placeholder \{(.*?)\}")


def _pattern_problem(pattern: str, name: str) -> Problem | None:
    try:
        validate_pattern(pattern, name)
    except DomainError as exc:
        reason = exc.reason
        found = _PLACEHOLDER.search(reason)
        if reason == "must not be empty":
            return Problem(name, "empty", reason)
        if reason.startswith("unknown placeholder") and found:
            return Problem(name, "unknown_placeholder", reason, {"name": found.group(1)})
        if "may only take a width" in reason and found:
            return Problem(name, "bad_spec", reason, {"name": found.group(1)})
        if "must contain {seq}" in reason:
            return Problem(name, "no_seq", reason)
        if "must contain {year}" in reason:
            return Problem(name, "no_year", reason)
        return Problem(name, "pattern", reason)
    return None


def check_operator(data: OperatorInput) -> dict[str, Problem]:
    """Every problem of ``data``, by field name; empty when ``operators.validate`` accepts it.

    ``data`` is not changed.
    """
    problems: dict[str, Problem] = {}

    def add(problem: Problem | None) -> None:
        if problem is not None:
            problems.setdefault(problem.field, problem)

    if not _CODE.match(data.code.strip().lower()):
        add(Problem("code", "code_format", "use 1–40 Latin letters, digits, '-' or '_'"))
    for name in ("name_kk", "name_ru"):
        if not getattr(data, name).strip():
            add(Problem(name, "empty", "must not be empty"))
    country = (data.country or "KZ").strip().upper()
    if len(country) != 2 or not country.isalpha():
        add(Problem("country", "country_format", "must be a two-letter country code such as KZ"))
    kind = (data.reg_kind or "BIN").strip().upper()
    if kind == "BIN":
        add(_bin_problem(data.reg_number, "reg_number"))
    elif data.reg_number.strip() and not _FOREIGN_NUMBER.match(data.reg_number.strip()):
        add(Problem("reg_number", "foreign_format", "must be 5–20 letters, digits or '-'"))
    if data.email.strip() and not is_email(data.email.strip()):
        add(Problem("email", "email_format", "is not an e-mail address"))
    if not data.request_prefix.strip():
        add(Problem("request_prefix", "empty", "must not be empty"))
    add(_pattern_problem(data.request_pattern, "request_pattern"))
    add(_pattern_problem(data.outgoing_pattern, "outgoing_pattern"))
    return problems


# -- consent documents ---------------------------------------------------------------------------


@dataclass
class NewDocument:
    """A consent document typed into the window, saved with its operator's profile."""

    title_kk: str
    title_ru: str = ""
    edition: str = ""
    effective_date: dt.date | None = None
    text: str = ""
    file_path: str = ""  # read when saved, on the worker thread

    @property
    def file_name(self) -> str:
        return Path(self.file_path).name if self.file_path else ""


def check_document(doc: NewDocument) -> dict[str, Problem]:
    problems: dict[str, Problem] = {}
    if not doc.title_kk.strip():
        problems["title_kk"] = Problem("title_kk", "empty", "must not be empty")
    if doc.file_path:
        try:
            size = Path(doc.file_path).stat().st_size
        except OSError as exc:
            problems["file"] = Problem("file", "unreadable", f"cannot be read ({exc.strerror})")
        else:
            if size > MAX_FILE_BYTES:
                problems["file"] = Problem(
                    "file",
                    "too_large",
                    f"is larger than {MAX_FILE_BYTES // 1024 // 1024} MB",
                    {"limit_mb": MAX_FILE_BYTES // 1024 // 1024},
                )
    return problems


def _document_row(doc: NewDocument) -> ConsentDocument:
    problems = check_document(doc)
    if problems:
        first = next(iter(problems.values()))
        raise DomainError(first.reason, first.field)
    data = None
    if doc.file_path:
        try:
            data = Path(doc.file_path).read_bytes()
        except OSError as exc:
            raise DomainError(f"cannot be read ({exc.strerror})", "file") from exc
        if len(data) > MAX_FILE_BYTES:
            raise DomainError(f"is larger than {MAX_FILE_BYTES // 1024 // 1024} MB", "file")
    return ConsentDocument(
        operator_id=0,  # set by operators.add_consent_document
        title_kk=doc.title_kk.strip(),
        title_ru=doc.title_ru.strip(),
        edition=doc.edition.strip(),
        effective_date=doc.effective_date,
        text=doc.text,
        file_name=doc.file_name,
        file_data=data,
    )


# -- reading and saving a profile ----------------------------------------------------------------


def input_of(operator: Operator) -> OperatorInput:
    """The editable fields of a stored operator."""
    return OperatorInput(**{f.name: getattr(operator, f.name) for f in fields(OperatorInput)})


@dataclass(frozen=True)
class Profile:
    operator: Operator | None
    documents: list[ConsentDocument]
    default_id: int | None
    count: int  # operators in the database


def load(ctx: Context, operator_id: int | None) -> Profile:
    """What the profile dialog shows: the operator (None for a new one) and its documents."""
    operator = None if operator_id is None else operators.get(ctx, operator_id)
    documents = [] if operator_id is None else operators.consent_documents(ctx, operator_id)
    return Profile(
        operator,
        documents,
        operators.default_operator_id(ctx),
        len(operators.all_operators(ctx)),
    )


def save(
    ctx: Context,
    operator_id: int | None,
    data: OperatorInput,
    documents: Iterable[NewDocument] = (),
    make_default: bool = False,
) -> int:
    """Create (``operator_id`` None) or update an operator, add its new consent documents and
    make it the default when asked; returns the operator's id.

    Everything is checked before anything is written: the operator's fields and each document
    (its file read and its size checked). The operator and each document are then written in
    their own transactions (the services that write them own theirs).
    """
    problems = check_operator(data)
    if problems:
        first = next(iter(problems.values()))
        raise DomainError(first.reason, first.field)
    rows = [_document_row(doc) for doc in documents]
    if operator_id is None:
        operator = operators.create(ctx, data, make_default=True if make_default else None)
    else:
        operator = operators.update(ctx, operator_id, data)
        if make_default and operators.default_operator_id(ctx) != operator.id:
            operators.set_default(ctx, operator.id)
    for row in rows:
        operators.add_consent_document(ctx, operator.id, row)
    return operator.id


@dataclass(frozen=True)
class ProfileRow:
    id: int
    code: str
    name_kk: str
    name_ru: str
    reg_kind: str
    reg_number: str
    country: str
    is_default: bool
    documents: int
    operator: Operator


def overview(ctx: Context) -> list[ProfileRow]:
    """Every operator with whether it is the default and how many consent documents it has."""
    default_id = operators.default_operator_id(ctx)
    with ctx.read() as session:
        counts = dict(
            session.exec(
                select(ConsentDocument.operator_id, func.count()).group_by(
                    ConsentDocument.operator_id
                )
            ).all()
        )
    rows = []
    for op in operators.all_operators(ctx):
        rows.append(
            ProfileRow(
                op.id,
                op.code,
                op.name_kk,
                op.name_ru,
                op.reg_kind,
                op.reg_number,
                op.country,
                op.id == default_id,
                counts.get(op.id, 0),
                op,
            )
        )
    return rows
