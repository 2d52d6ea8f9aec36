"""One definition of where a letter stands: the Outgoing lists (letters) and the dashboard's
letter tiles (requests) follow :func:`app.domain.dispatch.state_of`; only registered post
awaits a delivery notice, and only while its request has not ended."""

import datetime as dt

import pytest
from sqlmodel import select

from app.domain import dispatch as rules
from app.domain.dispatch import LetterFacts, State
from app.services import dispatch, outgoing, register, requests
from app.services.dispatch import Dispatch, Item
from tests.conftest import TODAY
from tests.unit.test_dispatch import answered, s10


def test_only_registered_post_awaits_a_notice_while_the_request_is_open():
    sent = LetterFacts(kind="claim_response", final=True, sent_on=dt.date(2026, 11, 2))
    assert rules.state_of(sent, "registered", "sent") is State.AWAITING
    assert rules.state_of(sent, "registered") is State.AWAITING
    for method in ("hand", "email", "courier"):
        assert rules.state_of(sent, method, "sent") is State.POSTED
    for ended in ("closed", "rejected", "withdrawn"):
        assert rules.state_of(sent, "registered", ended) is State.POSTED
    unsent = LetterFacts(kind="claim_response", final=True)
    assert rules.state_of(unsent, "", "closed") is State.TO_POST  # an ended request's letter too


@pytest.fixture
def three(ctx):
    from tests.helpers import make_operator

    make_operator(ctx, signatory_position_kk="Д", signatory_position_ru="Д", signatory_name="Д. Н.")
    return [answered(ctx, sender=n) for n in ("Әлиев Нұрлан", "Иванова Анна", "Сейітов Бек")]


def _agree(ctx) -> dict[str, int]:
    """The tiles count exactly the requests of the Outgoing lists' letters."""
    board = register.dashboard(ctx)
    counts = outgoing.counts(ctx)
    for tile, state in (("letters_to_post", "to_post"), ("awaiting_delivery", "awaiting")):
        rows = outgoing.rows(ctx, outgoing.ids(ctx, state))
        assert len(rows) == counts[state]
        assert getattr(board, tile) == len({r.request_id for r in rows}), tile
        assert all(r.state.value == state for r in rows)
    return counts


def test_the_tiles_and_the_outgoing_lists_follow_one_definition(ctx, three):
    (a, la), (b, lb), (c, lc) = three
    assert _agree(ctx)["to_post"] == 3
    day = TODAY
    dispatch.dispatch(ctx, Dispatch("registered", day, [Item(la.id, s10("00000001"))]))
    dispatch.dispatch(ctx, Dispatch("hand", day, [Item(lb.id)]))
    counts = _agree(ctx)
    assert (counts["to_post"], counts["awaiting"], counts["posted"]) == (1, 1, 1)
    assert register.dashboard(ctx).awaiting_delivery == 1  # the hand delivery awaits nothing
    # the request closed without its notice (the wait, or the officer): nothing awaited any more
    requests.change_status(ctx, a.id, "closed")
    counts = _agree(ctx)
    assert (counts["awaiting"], counts["posted"]) == (0, 2)
    assert outgoing.rows(ctx, [la.id])[0].state is State.POSTED
    # a letter of a closed request still unposted is to post, on both
    requests.change_status(ctx, c.id, "withdrawn", "the subject withdrew it")
    assert _agree(ctx)["to_post"] == 1


def _to_post_by_hand(ctx) -> int:
    """The "to post" tile counted the plain way: every letter read, its stage decided here."""
    from app.domain.dashboard import SENDABLE_KINDS
    from app.storage.models import Letter

    with ctx.read() as s:
        rows = s.exec(select(Letter)).all()
    return len(
        {
            r.request_id
            for r in rows
            if r.finalized_at is not None
            and r.out_number is not None
            and r.series == "out"
            and r.kind in SENDABLE_KINDS
            and r.sent_on is None
        }
    )


def test_the_to_post_tile_leaves_out_the_acts_and_the_posted(ctx, three):
    """The tile reads its own index range (series, date sent, kind, ...): an internal act and a
    posted letter are not counted, a second unposted letter counts its request once."""
    from app.services import letters
    from app.storage.models import Letter

    (a, la), (b, lb), (c, lc) = three
    act = letters.finalise(ctx, a.id, "acknowledgement").letter
    with ctx.write() as w:  # an internal act, as the withdrawal workflow stores one
        row = w.session.get(Letter, act.id)
        row.series, row.kind = "act", "destruction-act"
        w.session.add(row)
    letters.finalise(ctx, b.id, "acknowledgement")  # b has two letters to post
    assert register.dashboard(ctx).letters_to_post == _to_post_by_hand(ctx) == 3
    dispatch.dispatch(ctx, Dispatch("hand", TODAY, [Item(la.id)]))  # a: only its act is left
    assert register.dashboard(ctx).letters_to_post == _to_post_by_hand(ctx) == 2
    dispatch.dispatch(ctx, Dispatch("registered", TODAY, [Item(lb.id, s10("00000001"))]))
    assert register.dashboard(ctx).letters_to_post == _to_post_by_hand(ctx) == 2  # b's second
