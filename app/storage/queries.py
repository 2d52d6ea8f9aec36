"""The register's queries: one filter, turned into SQL that uses the indexes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, or_
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from app.domain.names import name_keys
from app.domain.requests import OPEN_STATUSES, Status
from app.storage.models import Request, Subject

SORTABLE = {
    "reg_number": (Request.reg_year, Request.reg_seq),
    "received_date": (Request.received_date,),
    "sender": (Request.sender,),
    "type": (Request.type,),
    "status": (Request.status,),
    "due_date": (Request.due_date,),
    "id": (Request.id,),
}


@dataclass
class RequestFilter:
    statuses: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    operator_id: int | None = None
    assignee: str | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    open_only: bool = False
    due_before: dt.date | None = None  # due_date < this
    due_on_or_before: dt.date | None = None  # due_date <= this
    due_after: dt.date | None = None  # due_date > this
    due_on: dt.date | None = None
    clock_stopped: bool = False
    subject_id: int | None = None
    search: str = ""
    sort: str = "reg_number"
    descending: bool = True
    extra: dict = field(default_factory=dict)


def _where(stmt, f: RequestFilter):
    if f.open_only:
        stmt = stmt.where(col(Request.status).in_([s.value for s in OPEN_STATUSES]))
    if f.statuses:
        stmt = stmt.where(col(Request.status).in_(list(f.statuses)))
    if f.types:
        stmt = stmt.where(col(Request.type).in_(list(f.types)))
    if f.operator_id is not None:
        stmt = stmt.where(Request.operator_id == f.operator_id)
    if f.assignee is not None:
        stmt = stmt.where(Request.assignee == f.assignee)
    if f.subject_id is not None:
        stmt = stmt.where(Request.subject_id == f.subject_id)
    if f.received_from is not None:
        stmt = stmt.where(Request.received_date >= f.received_from)
    if f.received_to is not None:
        stmt = stmt.where(Request.received_date <= f.received_to)
    if f.due_before is not None:
        stmt = stmt.where(Request.due_date < f.due_before)
    if f.due_on_or_before is not None:
        stmt = stmt.where(Request.due_date <= f.due_on_or_before)
    if f.due_after is not None:
        stmt = stmt.where(Request.due_date > f.due_after)
    if f.due_on is not None:
        stmt = stmt.where(Request.due_date == f.due_on)
    if f.clock_stopped:
        stmt = stmt.where(Request.status == Status.WAITING.value)
    text = f.search.strip()
    if text:
        stmt = stmt.where(_search_clause(text))
    return stmt


def _search_clause(text: str):
    """Registration number, IIN, or a name in any script (sender as written or the subject)."""
    digits = text.replace(" ", "")
    clauses = [col(Request.reg_number).contains(text)]
    if digits.isdigit():
        clauses.append(
            col(Request.subject_id).in_(
                select(Subject.id).where(col(Subject.iin).startswith(digits))
            )
        )
    keys = name_keys(text)
    if keys:
        subject_match = select(Subject.id)
        for key in keys:
            subject_match = subject_match.where(
                or_(
                    col(Subject.surname_key).startswith(key),
                    col(Subject.given_key).startswith(key),
                    col(Subject.patronymic_key).startswith(key),
                    col(Subject.surname_key).contains(" " + key),
                )
            )
        clauses.append(col(Request.subject_id).in_(subject_match))
        clauses.append(func.lower(Request.sender).contains(text.lower()))
    return or_(*clauses)


def request_select(f: RequestFilter) -> SelectOfScalar:
    stmt = _where(select(Request), f)
    columns = SORTABLE.get(f.sort, SORTABLE["reg_number"])
    order = [c.desc() if f.descending else c.asc() for c in (*columns, Request.id)]
    return stmt.order_by(*order)


def request_ids(session: Session, f: RequestFilter) -> list[int]:
    stmt = _where(select(Request.id), f)
    columns = SORTABLE.get(f.sort, SORTABLE["reg_number"])
    order = [c.desc() if f.descending else c.asc() for c in (*columns, Request.id)]
    return list(session.exec(stmt.order_by(*order)).all())


def count(session: Session, f: RequestFilter) -> int:
    return session.exec(_where(select(func.count()).select_from(Request), f)).one()
