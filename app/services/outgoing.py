"""The Outgoing screen's read model: final letters to post, posted, awaiting a delivery notice,
delivered or returned (:class:`app.domain.dispatch.State`), as ids (one query) and rows by ids
(the lazy table model fetches them page by page)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from app.domain import dispatch as rules
from app.domain.dispatch import State
from app.services.context import Context
from app.services.dispatch import NO_PDF, facts, notice_wait_in, recipient_of
from app.storage.letter_clauses import letter_state_clause
from app.storage.models import Letter, Request


@dataclass(frozen=True)
class OutgoingRow:
    id: int
    out_number: str
    out_date: dt.date | None
    kind: str
    language: str
    request_id: int
    reg_number: str
    request_status: str
    addressee: str
    address: str
    method: str
    sent_on: dt.date | None
    tracking: str
    weight: int | None
    delivered_on: dt.date | None
    returned_on: dt.date | None
    state: State | None
    closes_on: dt.date | None  # awaiting a notice: the day its request closes without one


def _filtered(stmt, state: State, operator_id: int | None, search: str):
    stmt = stmt.where(letter_state_clause(state))
    if operator_id is not None:
        stmt = stmt.where(Letter.operator_id == operator_id)
    text = search.strip()
    if text:
        like = f"%{text.lower()}%"
        stmt = stmt.join(Request, Request.id == Letter.request_id).where(
            or_(
                func.lower(Letter.out_number).like(like),
                func.lower(Letter.tracking_number).like(like),
                func.lower(Request.reg_number).like(like),
                func.lower(Request.sender).like(like),
            )
        )
    return stmt


def ids(
    ctx: Context, state: State | str, operator_id: int | None = None, search: str = ""
) -> list[int]:
    """The letters in ``state``, in the screen's order (to post: oldest first; the others:
    sent last first)."""
    state = State(state)
    stmt = _filtered(select(Letter.id), state, operator_id, search)
    if state is State.TO_POST:
        stmt = stmt.order_by(Letter.out_date, Letter.id)
    else:
        stmt = stmt.order_by(col(Letter.sent_on).desc(), col(Letter.id).desc())
    with ctx.read() as session:
        return list(session.exec(stmt).all())


def counts(ctx: Context, operator_id: int | None = None) -> dict[str, int]:
    """How many letters each list holds."""
    with ctx.read() as session:
        return counts_in(session, operator_id)


def counts_in(session: Session, operator_id: int | None = None) -> dict[str, int]:
    found = {}
    for state in State:
        stmt = _filtered(select(func.count()).select_from(Letter), state, operator_id, "")
        found[state.value] = session.exec(stmt).one()
    return found


def rows(ctx: Context, letter_ids: Sequence[int]) -> list[OutgoingRow]:
    """The rows of ``letter_ids`` in that order (ids no longer there are left out)."""
    if not letter_ids:
        return []
    with ctx.read() as session:
        wait = notice_wait_in(session)
        found = session.exec(
            select(Letter, Request)
            .join(Request, Request.id == Letter.request_id)
            .where(col(Letter.id).in_(list(letter_ids)))
            .options(NO_PDF)
        ).all()
        by_id = {}
        for letter, request in found:
            by_id[letter.id] = _row(session, letter, request, wait)
    return [by_id[i] for i in letter_ids if i in by_id]


def _row(session: Session, letter: Letter, request: Request, wait: int) -> OutgoingRow:
    if letter.sent_on is None:  # not posted yet: whom it would go to now
        addressee, address = recipient_of(session, request)
    else:
        addressee, address = letter.addressee, letter.address
    state = rules.state_of(facts(letter), letter.method, request.status)
    closes = None
    if (
        state in (State.AWAITING, State.POSTED)
        and rules.is_answer(letter.kind)
        and request.status == "sent"
    ):
        closes = rules.closes_on(letter.sent_on, wait)
    return OutgoingRow(
        id=letter.id,
        out_number=letter.out_number or "",
        out_date=letter.out_date,
        kind=letter.kind,
        language=letter.language,
        request_id=request.id,
        reg_number=request.reg_number,
        request_status=request.status,
        addressee=addressee,
        address=address,
        method=letter.method,
        sent_on=letter.sent_on,
        tracking=letter.tracking_number,
        weight=letter.weight,
        delivered_on=letter.delivered_on,
        returned_on=letter.returned_on,
        state=state,
        closes_on=closes,
    )
