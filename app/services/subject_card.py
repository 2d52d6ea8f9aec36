"""What the Subjects screen reads: pages of search results and one subject's card.

Plain data (frozen dataclasses) comes back, so a caller on another thread never touches a
session or a lazy attribute. Nothing here writes; creating, editing and status changes are in
:mod:`app.services.subjects`.

Search never loads every subject: a page is at most ``limit`` rows and says whether more exist.
An empty query lists the most recently updated subjects, newest first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from app.services import subjects
from app.services.context import Context
from app.storage.models import Consent, ConsentDocument, Operator, Request, Subject

PAGE = 100


@dataclass(frozen=True)
class SubjectRow:
    """One line of the results table."""

    id: int
    operator_id: int
    operator_name: str
    full_name: str
    iin: str
    birth_date: dt.date | None
    status: str
    client_org: str
    updated_at: dt.datetime


@dataclass(frozen=True)
class Page:
    rows: list[SubjectRow]
    has_more: bool  # another page follows these rows


@dataclass(frozen=True)
class ConsentLine:
    id: int
    document_id: int | None
    title_kk: str
    title_ru: str
    edition: str
    effective_date: dt.date | None
    given_at: dt.datetime | None
    channel: str
    withdrawn_at: dt.datetime | None
    withdrawal_request_id: int | None
    withdrawal_reg_number: str = ""  # the withdrawal that closed it (its registration number)


@dataclass(frozen=True)
class RequestLine:
    id: int
    reg_number: str
    received_date: dt.date
    type: str
    status: str
    due_date: dt.date | None
    closed_date: dt.date | None


@dataclass(frozen=True)
class SubjectCard:
    id: int
    operator_id: int
    operator_name: str
    surname: str
    given_name: str
    patronymic: str
    full_name: str
    iin: str
    birth_date: dt.date | None
    phone: str
    email: str
    address: str
    account_id: str
    client_org: str
    client_bin: str
    status: str
    created_at: dt.datetime
    updated_at: dt.datetime
    consents: list[ConsentLine]
    requests: list[RequestLine]


def operator_label(operator: Operator) -> str:
    """The short name an officer recognises, else the Russian or Kazakh name."""
    return operator.short_name or operator.name_ru or operator.name_kk


def _operator_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    rows = session.exec(select(Operator).where(col(Operator.id).in_(wanted))).all()
    return {op.id: operator_label(op) for op in rows}


def _row(subject: Subject, names: dict[int, str]) -> SubjectRow:
    return SubjectRow(
        id=subject.id,
        operator_id=subject.operator_id,
        operator_name=names.get(subject.operator_id, ""),
        full_name=subjects.full_name(subject),
        iin=subject.iin or "",
        birth_date=subject.birth_date,
        status=subject.status,
        client_org=subject.client_org,
        updated_at=subject.updated_at,
    )


def search(
    ctx: Context,
    query: str,
    operator_id: int | None = None,
    offset: int = 0,
    limit: int = PAGE,
) -> Page:
    """One page of subjects matching ``query`` (see :func:`subjects.find_in`), or of the most
    recently updated ones when the query is empty. ``offset`` skips the rows already shown."""
    offset = max(0, offset)
    limit = max(1, limit)
    with ctx.read() as session:
        if (query or "").strip():
            # find_in has no offset: ask for everything up to the end of this page, plus one
            # row to learn whether another page exists.
            found = subjects.find_in(session, query, operator_id, offset + limit + 1)
            chunk = found[offset:]
        else:
            stmt = select(Subject)
            if operator_id is not None:
                stmt = stmt.where(Subject.operator_id == operator_id)
            stmt = stmt.order_by(col(Subject.updated_at).desc(), col(Subject.id).desc())
            chunk = list(session.exec(stmt.offset(offset).limit(limit + 1)).all())
        names = _operator_names(session, (s.operator_id for s in chunk[:limit]))
        return Page([_row(s, names) for s in chunk[:limit]], len(chunk) > limit)


def recent(ctx: Context, operator_id: int | None = None, limit: int = PAGE) -> Page:
    """The most recently updated subjects, newest first."""
    return search(ctx, "", operator_id, 0, limit)


def consents(ctx: Context, subject_id: int) -> list[ConsentLine]:
    """The subject's consents with the title and edition of the document each one was given to,
    oldest first (a consent whose document is unknown keeps empty titles)."""
    with ctx.read() as session:
        rows = session.exec(
            select(Consent, ConsentDocument)
            .join(
                ConsentDocument,
                col(Consent.document_id) == col(ConsentDocument.id),
                isouter=True,
            )
            .where(Consent.subject_id == subject_id)
            .order_by(col(Consent.given_at), col(Consent.id))
        ).all()
        closing = {c.withdrawal_request_id for c, _doc in rows if c.withdrawal_request_id}
        numbers = dict(
            session.exec(
                select(Request.id, Request.reg_number).where(col(Request.id).in_(closing))
            ).all()
        )
        return [
            ConsentLine(
                id=consent.id,
                document_id=consent.document_id,
                title_kk=doc.title_kk if doc else "",
                title_ru=doc.title_ru if doc else "",
                edition=doc.edition if doc else "",
                effective_date=doc.effective_date if doc else None,
                given_at=consent.given_at,
                channel=consent.channel,
                withdrawn_at=consent.withdrawn_at,
                withdrawal_request_id=consent.withdrawal_request_id,
                withdrawal_reg_number=numbers.get(consent.withdrawal_request_id, ""),
            )
            for consent, doc in rows
        ]


def card(ctx: Context, subject_id: int) -> SubjectCard:
    """Everything the subject card shows; raises DomainError when there is no such subject."""
    subject = subjects.get(ctx, subject_id)
    with ctx.read() as session:
        operator_name = _operator_names(session, [subject.operator_id]).get(subject.operator_id, "")
    requests = [
        RequestLine(
            id=r.id,
            reg_number=r.reg_number,
            received_date=r.received_date,
            type=r.type,
            status=r.status,
            due_date=r.due_date,
            closed_date=r.closed_date,
        )
        for r in subjects.requests_of(ctx, subject_id)
    ]
    return SubjectCard(
        id=subject.id,
        operator_id=subject.operator_id,
        operator_name=operator_name,
        surname=subject.surname,
        given_name=subject.given_name,
        patronymic=subject.patronymic,
        full_name=subjects.full_name(subject),
        iin=subject.iin or "",
        birth_date=subject.birth_date,
        phone=subject.phone,
        email=subject.email,
        address=subject.address,
        account_id=subject.account_id,
        client_org=subject.client_org,
        client_bin=subject.client_bin,
        status=subject.status,
        created_at=subject.created_at,
        updated_at=subject.updated_at,
        consents=consents(ctx, subject_id),
        requests=requests,
    )
