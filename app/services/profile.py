"""The operator profile as the settings window edits it: every problem at once, and one save.

The rules are those of :mod:`app.domain.operator_input` (which ``operators.validate`` applies
too): :func:`check_operator` gives every problem at once, by field, as coded
:class:`~app.domain.errors.Problem` values the window words in its own language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path

from sqlalchemy import func
from sqlmodel import select

from app.domain import operator_input
from app.domain.errors import DomainError, Problem, problem, raise_if
from app.services import operators
from app.services.attachments import MAX_BYTES
from app.services.context import Context
from app.services.operators import OperatorInput
from app.storage.models import ConsentDocument, Operator

__all__ = [
    "MAX_FILE_BYTES",
    "NewDocument",
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
MAX_FILE_MB = MAX_FILE_BYTES // 1024 // 1024


def check_operator(data: OperatorInput) -> dict[str, Problem]:
    """Every problem of ``data``, by field name; empty when ``operators.validate`` accepts it.

    ``data`` is not changed.
    """
    return operator_input.by_field(operator_input.problems(data))


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
    found = operator_input.document_problems(doc.title_kk)
    if doc.file_path:
        try:
            size = Path(doc.file_path).stat().st_size
        except OSError as exc:
            found.append(problem("file", "unreadable", detail=exc.strerror or str(exc)))
        else:
            if size > MAX_FILE_BYTES:
                found.append(problem("file", "too_large", limit_mb=MAX_FILE_MB))
    return operator_input.by_field(found)


def _document_row(doc: NewDocument) -> ConsentDocument:
    raise_if(list(check_document(doc).values()))
    data = None
    if doc.file_path:
        try:
            data = Path(doc.file_path).read_bytes()
        except OSError as exc:
            raise DomainError.at("file", "unreadable", detail=exc.strerror or str(exc)) from exc
        if len(data) > MAX_FILE_BYTES:
            raise DomainError.at("file", "too_large", limit_mb=MAX_FILE_MB)
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
class SavedDocument:
    """A consent document already stored with the profile (its file's bytes stay there)."""

    id: int
    title_kk: str
    title_ru: str
    edition: str
    effective_date: dt.date | None
    text: str
    file_name: str


def _saved_document(row: ConsentDocument) -> SavedDocument:
    return SavedDocument(
        row.id, row.title_kk, row.title_ru, row.edition, row.effective_date, row.text, row.file_name
    )


@dataclass(frozen=True)
class Profile:
    operator: OperatorInput | None  # the editable fields; None for a new operator
    documents: list[SavedDocument]
    default_id: int | None
    count: int  # operators in the database


def load(ctx: Context, operator_id: int | None) -> Profile:
    """What the profile dialog shows: the operator (None for a new one) and its documents."""
    operator = None if operator_id is None else input_of(operators.get(ctx, operator_id))
    documents = [] if operator_id is None else operators.consent_documents(ctx, operator_id)
    return Profile(
        operator,
        [_saved_document(d) for d in documents],
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
    raise_if(operator_input.problems(data))
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
    profile: OperatorInput  # every editable field, for the details beside the list


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
                input_of(op),
            )
        )
    return rows
