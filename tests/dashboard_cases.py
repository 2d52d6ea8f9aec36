"""A small database for the dashboard: one request at each stage a tile counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import select

from app.services import letters, requests
from app.storage.models import Letter
from tests.helpers import make_operator
from tests.helpers import register as reg

D = dt.date
SIGNATORY = {
    "signatory_position_kk": "Директор",
    "signatory_position_ru": "Директор",
    "signatory_name": "Д. Н. Сәрсенбаев",
    "executor_name": "Ә. Қ. Төлеубаева",
    "executor_phone": "+7 (7172) 72-45-19",
}
BODY = "# Жауап\n\nСіздің өтінішіңіз қаралды."


@dataclass
class Cases:
    operator_id: int
    other_operator_id: int
    overdue: int
    to_print: int
    to_post: int  # an answer finalised, not posted
    acknowledged: int  # an acknowledgement finalised, not posted (a letter to post too)
    posted: int  # answered and posted, no delivery notice yet
    delivered: int


def claim(ctx, operator_id: int, **kw) -> int:
    return reg(ctx, type="claim", language="kk", signed=True, operator_id=operator_id, **kw).id


def answer_ready(ctx, request_id: int) -> None:
    requests.change_status(ctx, request_id, "in_progress")
    requests.change_status(ctx, request_id, "answer_ready")


def final_answer(ctx, request_id: int) -> Letter:
    return letters.finalise(ctx, request_id, "claim-response", body=BODY).letter


def set_letter(ctx, letter_id: int, **values) -> None:
    """What the dispatch service (helper G's) records: the day posted, the delivery notice."""
    with ctx.write() as w:
        row = w.session.get(Letter, letter_id)
        for name, value in values.items():
            setattr(row, name, value)
        w.session.add(row)


def letters_of(ctx, request_id: int) -> list[Letter]:
    with ctx.read() as session:
        return list(session.exec(select(Letter).where(Letter.request_id == request_id)).all())


def post(ctx, request_id: int, day: dt.date, delivered: dt.date | None = None) -> None:
    """Post every final letter of the request by registered mail on ``day`` (only registered
    post awaits a delivery notice) and move it to sent."""
    for row in letters_of(ctx, request_id):
        if row.finalized_at is not None:
            set_letter(ctx, row.id, sent_on=day, delivered_on=delivered, method="registered")
    requests.change_status(ctx, request_id, "sent")


def build(ctx) -> Cases:
    op = make_operator(ctx, **SIGNATORY)
    other = make_operator(
        ctx, code="other", reg_number="180340021117", request_prefix="ЖТ", **SIGNATORY
    )
    overdue = reg(ctx, received=D(2026, 9, 1), operator_id=op.id).id
    to_print = claim(ctx, op.id, assignee="Айгүл")
    answer_ready(ctx, to_print)
    to_post = claim(ctx, op.id)
    answer_ready(ctx, to_post)
    final_answer(ctx, to_post)
    acknowledged = claim(ctx, other.id, assignee="Айгүл")
    requests.change_status(ctx, acknowledged, "in_progress")
    letters.finalise(ctx, acknowledged, "acknowledgement")
    posted = claim(ctx, op.id)
    answer_ready(ctx, posted)
    final_answer(ctx, posted)
    post(ctx, posted, D(2026, 11, 19))
    delivered = claim(ctx, op.id)
    answer_ready(ctx, delivered)
    final_answer(ctx, delivered)
    post(ctx, delivered, D(2026, 11, 16), delivered=D(2026, 11, 19))
    return Cases(op.id, other.id, overdue, to_print, to_post, acknowledged, posted, delivered)
