"""``request.notice_awaited`` and ``request.answer_final`` (migration 0019's triggers) are
what the request's letters say: after every path a letter goes (finalised, posted by each
method, delivered, returned, deleted, moved to another request, written by the bulk paths), on
SQLite and PostgreSQL, they equal the letter's part of ``State.AWAITING`` and "a final answer
letter" computed from the letters; the "awaiting delivery" tile counts the requests of the
Outgoing screen's awaiting letters (``letter_state_clause``) and "to print" the answer-ready
requests without a final answer letter."""

from __future__ import annotations

import datetime as dt
import itertools

from sqlalchemy import delete, func, update
from sqlmodel import col, select

from app.domain.dashboard import SENDABLE_KINDS
from app.domain.dispatch import State
from app.services import dispatch, register, requests
from app.services.dispatch import Dispatch, Item
from app.storage.letter_clauses import _letter_state, final_answer, letter_state_clause
from app.storage.models import Letter, Request
from tests.conftest import TODAY
from tests.helpers import make_operator
from tests.unit.test_dispatch import answered, s10


def _computed(session) -> dict[int, tuple[bool, bool]]:
    """Each request's flags (notice awaited, answer final) as its letters decide them, read
    from the letters."""
    awaiting = set(
        session.exec(select(Letter.request_id).where(_letter_state(State.AWAITING))).all()
    )
    answered = set(session.exec(select(Letter.request_id).where(final_answer())).all())
    ids = session.exec(select(Request.id)).all()
    return {i: (i in awaiting, i in answered) for i in ids}


def _check(ctx) -> int:
    """The kept flags equal the computed ones and the tile counts the Outgoing list's
    requests; returns the tile's count."""
    with ctx.read() as session:
        rows = session.exec(select(Request.id, Request.notice_awaited, Request.answer_final))
        kept = {i: (bool(a), bool(f)) for i, a, f in rows.all()}
        assert kept == _computed(session)
        to_print = session.exec(
            select(func.count())
            .select_from(Request)
            .where(Request.status == "answer_ready", ~col(Request.id).in_(answered_ids()))
        ).one()
        listed = session.exec(
            select(func.count(func.distinct(Letter.request_id))).where(
                letter_state_clause(State.AWAITING)
            )
        ).one()
    board = register.dashboard(ctx)
    assert board.answers_to_print == to_print  # answer ready, no final answer letter
    tile = board.awaiting_delivery
    assert tile == listed
    assert register.count_of(ctx, register.Criteria(letters="awaiting_delivery")) == tile
    return tile


def answered_ids():
    return select(Letter.request_id).where(final_answer())


def _flag(ctx, request_id: int) -> bool:
    with ctx.read() as session:
        return bool(session.get(Request, request_id).notice_awaited)


def test_every_dispatch_path_keeps_the_flag(ctx):
    make_operator(ctx, signatory_position_kk="Д", signatory_position_ru="Д", signatory_name="Д. Н.")
    (a, la), (b, lb), (c, lc), (d, ld) = (answered(ctx, sender=f"Әлиев {n}") for n in "ӘБВГ")
    assert _check(ctx) == 0  # final, not posted: to post, nothing awaited
    dispatch.dispatch(ctx, Dispatch("registered", TODAY, [Item(la.id, s10("00000001"))]))
    dispatch.dispatch(ctx, Dispatch("registered", TODAY, [Item(lb.id, s10("00000002"))]))
    dispatch.dispatch(ctx, Dispatch("registered", TODAY, [Item(lc.id, s10("00000003"))]))
    dispatch.dispatch(ctx, Dispatch("hand", TODAY, [Item(ld.id)]))  # by hand: awaits nothing
    assert _check(ctx) == 3
    assert (_flag(ctx, a.id), _flag(ctx, d.id)) == (True, False)
    dispatch.record_delivery(ctx, la.id, TODAY)  # delivered: the request closes
    assert _check(ctx) == 2 and not _flag(ctx, a.id)
    dispatch.record_return(ctx, lb.id, TODAY, "адресат выбыл")  # returned: stays sent
    assert _check(ctx) == 1 and not _flag(ctx, b.id)
    # the request ended without the notice: the letter still awaits it, the tile leaves it out
    requests.change_status(ctx, c.id, "closed")
    assert _check(ctx) == 0 and _flag(ctx, c.id)


def test_every_letter_fact_keeps_the_flag(ctx):
    """Each column the state reads, set and cleared on letters of every kind, series and
    method, a letter moved to another request and deleted: the triggers' condition is the
    query's."""
    make_operator(ctx, signatory_position_kk="Д", signatory_position_ru="Д", signatory_name="Д. Н.")
    (a, la), (b, _lb) = answered(ctx, sender="Әлиев Нұрлан"), answered(ctx, sender="Иванова Анна")
    kinds = sorted(SENDABLE_KINDS) + ["destruction-act"]
    sent = dt.date(2026, 11, 10)
    with ctx.write() as w:
        base = w.session.get(Letter, la.id)
        made = []
        for n, (kind, series, method) in enumerate(
            itertools.product(kinds, ("out", "act"), ("registered", "hand"))
        ):
            row = Letter(
                request_id=a.id if n % 2 else b.id,
                operator_id=base.operator_id,
                kind=kind,
                language="kk",
                series=series,
                out_number=f"X-{n}",
                finalized_at=base.finalized_at,
                method=method,
                sent_on=sent,
            )
            w.session.add(row)
            made.append(row)
        w.session.flush()
        ids = [row.id for row in made]
    assert _check(ctx) >= 1
    steps = (
        {"delivered_on": sent},
        {"delivered_on": None},
        {"returned_on": sent},
        {"returned_on": None},
        {"sent_on": None},
        {"sent_on": sent},
        {"method": "hand"},
        {"method": "registered"},
        {"out_number": None},
        {"out_number": "Y"},
        {"finalized_at": None},
        {"finalized_at": dt.datetime(2026, 11, 10, 9, tzinfo=dt.UTC)},
        {"series": "act"},
        {"series": "out"},
        {"kind": "destruction-act"},
        {"kind": "claim-response"},
    )
    for values in steps:  # on one letter at a time, then on all of them at once
        for letter_id in ids[:3]:
            with ctx.write() as w:
                w.session.execute(update(Letter).where(Letter.id == letter_id).values(**values))
            _check(ctx)
        with ctx.write() as w:
            w.session.execute(update(Letter).where(col(Letter.id).in_(ids)).values(**values))
        _check(ctx)
    assert _flag(ctx, a.id) and _flag(ctx, b.id)
    with ctx.write() as w:  # every awaiting letter of b moved to a: b awaits nothing
        w.session.execute(update(Letter).where(Letter.request_id == b.id).values(request_id=a.id))
    assert _check(ctx) == 1 and not _flag(ctx, b.id) and _flag(ctx, a.id)
    with ctx.write() as w:
        w.session.execute(delete(Letter).where(col(Letter.id).in_(ids)))
    assert _check(ctx) == 0 and not _flag(ctx, a.id)


def test_the_bulk_demo_keeps_the_flag(ctx):
    """The demo's bulk path writes letters in batches (sent, delivered, returned, waiting)."""
    from app.services import demo_bulk

    demo_bulk.build(ctx, subjects=120, requests=150, seed=5)
    with ctx.read() as session:
        flagged = session.exec(
            select(func.count()).select_from(Request).where(col(Request.notice_awaited).is_(True))
        ).one()
    assert flagged > 0  # the demo has letters awaiting their notice
    _check(ctx)
    # on SQLite it set the flags itself, its insert trigger back for the work that follows
    r, letter = answered(ctx, sender="Әлиев Бақыт")
    assert not _flag(ctx, r.id)
    dispatch.dispatch(ctx, Dispatch("registered", TODAY, [Item(letter.id, s10("00000009"))]))
    assert _flag(ctx, r.id)
    _check(ctx)
