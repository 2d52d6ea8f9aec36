"""Dispatch on SQLite and PostgreSQL: the rules, one or several letters, the request's moves,
delivery notices, returns and closing after the wait."""

import dataclasses
import datetime as dt

import pytest
from sqlmodel import select

from app.domain import dispatch as rules
from app.domain.errors import DomainError
from app.domain.requests import Status
from app.services import dispatch, letters, outgoing, register, requests
from app.services.dispatch import Dispatch, Item
from app.storage.models import AuditEntry
from app.storage.models import Letter as LetterRow
from tests.conftest import TODAY
from tests.helpers import make_operator
from tests.helpers import register as reg

GOOD = "RR123456785KZ"
BAD = "RR123456789KZ"


def s10(serial: str) -> str:
    from app.domain.identifiers import s10_check_digit

    return f"RA{serial}{s10_check_digit(serial)}KZ"


@pytest.fixture
def op(ctx):
    return make_operator(
        ctx,
        signatory_position_kk="Директор",
        signatory_position_ru="Директор",
        signatory_name="Д. Н. Сәрсенбаев",
    )


def answered(ctx, sender="Әлиев Нұрлан Серікұлы", address="050000, Алматы, Абай к-сі, 1"):
    """A claim with its final answer (the request marked answer ready)."""
    r = reg(
        ctx,
        type="claim",
        sender=sender,
        language="kk",
        sender_address=address,
        signed=True,
        received=dt.date(2026, 11, 2),
    )
    requests.change_status(ctx, r.id, "in_progress")
    requests.change_status(ctx, r.id, "answer_ready")
    done = letters.finalise(ctx, r.id, "claim-response", body="# Жауап\n\nШағым қаралды.")
    return r, done.letter


# --- the rules ---------------------------------------------------------------------------


def test_a_good_s10_passes_a_bad_one_warns_and_other_methods_are_checked_their_way():
    ok = rules.check_tracking("registered", " rr 123456785 kz ")
    assert ok.value == GOOD and ok.error is None and ok.warning is None
    bad = rules.check_tracking("registered", BAD)
    assert bad.error is None and bad.warning.code == "not_s10" and bad.value == BAD
    assert bad.warning.params["why"] == "s10_checksum"
    free = rules.check_tracking("registered", "квитанция 17")
    assert free.warning.code == "not_s10" and free.value == "квитанция 17"
    assert rules.check_tracking("courier", "DHL 4411").warning is None
    assert rules.check_tracking("hand", "x").error.code == "tracking_not_used"
    assert rules.check_tracking("registered", "").warning is None


def test_dates_of_a_dispatch_and_of_its_outcome():
    d = dt.date
    assert rules.sent_problem(d(2026, 11, 21), d(2026, 11, 19), TODAY).code == "future"
    assert rules.sent_problem(d(2026, 11, 18), d(2026, 11, 19), TODAY).code == "sent_before_letter"
    assert rules.sent_problem(d(2026, 11, 19), d(2026, 11, 19), TODAY) is None
    assert rules.outcome_problem(d(2026, 11, 17), d(2026, 11, 18), TODAY).code == "before_sent"
    assert rules.outcome_problem(d(2026, 11, 18), None, TODAY).code == "letter_not_sent"
    assert rules.outcome_problem(d(2026, 11, 18), d(2026, 11, 18), TODAY) is None


def test_only_an_answer_sends_its_request():
    assert rules.moves_on_dispatch("claim-response", "answer_ready") == (Status.SENT,)
    assert rules.moves_on_dispatch("access", "in_progress") == (Status.ANSWER_READY, Status.SENT)
    assert rules.moves_on_dispatch("acknowledgement", "registered") == ()
    assert rules.moves_on_dispatch("claim-response", "sent") == ()
    with pytest.raises(DomainError) as err:
        rules.moves_on_dispatch("refusal", "waiting")
    assert err.value.code == "dispatch_while_waiting"


# --- the service ---------------------------------------------------------------------------


def test_dispatching_the_answer_sends_the_request_and_moves_the_counts(ctx, op):
    r, letter = answered(ctx)
    before = register.dashboard(ctx)
    assert outgoing.counts(ctx)["to_post"] == 1
    done = dispatch.dispatch(ctx, Dispatch("registered", TODAY, [Item(letter.id, GOOD)], weight=50))
    assert done[0].moved and done[0].request_status == "sent"
    assert requests.get(ctx, r.id).status == "sent"
    after = register.dashboard(ctx)
    assert after.answer_ready == before.answer_ready - 1
    assert outgoing.counts(ctx) == {"to_post": 0, "posted": 0, "awaiting": 1, "done": 0}
    row = outgoing.rows(ctx, outgoing.ids(ctx, "awaiting"))[0]
    assert (row.tracking, row.weight, row.sent_on, row.addressee) == (
        GOOD,
        50,
        TODAY,
        "Әлиев Нұрлан Серікұлы",
    )
    assert row.closes_on == TODAY + dt.timedelta(days=rules.DEFAULT_NOTICE_WAIT)
    timeline = requests.timeline(ctx, r.id)
    assert [e for e in timeline if e.kind == "status"][-1].to_status == "sent"
    (sent,) = [e for e in timeline if e.kind == "dispatch"]
    assert sent.step == "sent" and sent.detail["tracking_number"] == GOOD and GOOD in sent.text
    assert not any(GOOD in e.reason for e in timeline)  # no worded line stored
    with ctx.read() as s:
        actions = [a.action for a in s.exec(select(AuditEntry))]
    assert "letter.dispatch" in actions


def test_a_bad_s10_is_refused_until_confirmed(ctx, op):
    r, letter = answered(ctx)
    order = Dispatch("registered", TODAY, [Item(letter.id, BAD)])
    with pytest.raises(DomainError) as err:
        dispatch.dispatch(ctx, order)
    assert err.value.code == "not_s10" and requests.get(ctx, r.id).status == "answer_ready"
    order.accept_non_s10 = True
    assert dispatch.dispatch(ctx, order)[0].tracking == BAD


def test_several_letters_at_once_or_none(ctx, op):
    (_r1, l1), (_r2, l2) = answered(ctx), answered(ctx, sender="Иванова Анна")
    order = Dispatch("registered", TODAY, [Item(l1.id, s10("00000001")), Item(l2.id, BAD)])
    with pytest.raises(DomainError):
        dispatch.dispatch(ctx, order)  # the second warns: neither is sent
    assert outgoing.counts(ctx)["to_post"] == 2
    order.items[1] = Item(l2.id, s10("00000002"))
    done = dispatch.dispatch(ctx, order)
    assert [d.request_status for d in done] == ["sent", "sent"]
    with pytest.raises(DomainError) as err:
        dispatch.dispatch(ctx, Dispatch("hand", TODAY, [Item(l1.id)]))
    assert err.value.code == "letter_already_sent"


def test_a_letter_is_not_sent_before_its_date_nor_an_act_at_all(ctx, op):
    r, letter = answered(ctx)
    with pytest.raises(DomainError) as err:
        dispatch.dispatch(ctx, Dispatch("hand", TODAY - dt.timedelta(days=3), [Item(letter.id)]))
    assert err.value.code == "sent_before_letter"
    act = letters.finalise(ctx, r.id, "acknowledgement").letter
    with ctx.write() as w:  # an internal act, as the withdrawal workflow stores one
        row = w.session.get(LetterRow, act.id)
        row.series, row.kind = "act", "destruction-act"
        w.session.add(row)
    with pytest.raises(DomainError) as err:
        dispatch.dispatch(ctx, Dispatch("hand", TODAY, [Item(act.id)]))
    assert err.value.code == "letter_internal"
    with pytest.raises(DomainError) as err:
        dispatch.dispatch(ctx, Dispatch("hand", TODAY + dt.timedelta(days=1), [Item(letter.id)]))
    assert err.value.code == "future"


def test_an_acknowledgement_leaves_the_request_where_it_was(ctx, op):
    r = reg(ctx, type="claim", language="kk", signed=True)
    ack = letters.finalise(ctx, r.id, "acknowledgement").letter
    done = dispatch.dispatch(ctx, Dispatch("email", TODAY, [Item(ack.id)]))[0]
    assert not done.moved and requests.get(ctx, r.id).status == "registered"
    (sent,) = [e for e in requests.timeline(ctx, r.id) if e.kind == "dispatch"]
    assert sent.detail["method"] == "email" and "sent" in sent.text
    assert outgoing.counts(ctx)["posted"] == 1


def test_delivery_closes_return_does_not_and_the_wait_does(ctx, op):
    (r1, l1), (r2, l2) = answered(ctx), answered(ctx, sender="Иванова Анна")
    dispatch.dispatch(ctx, Dispatch("registered", TODAY, [Item(l1.id, GOOD), Item(l2.id, "")]))
    later = dataclasses.replace(ctx, clock=lambda: TODAY + dt.timedelta(days=3))
    with pytest.raises(DomainError) as err:
        dispatch.record_delivery(later, l1.id, TODAY - dt.timedelta(days=1))
    assert err.value.code == "before_sent"
    done = dispatch.record_delivery(later, l1.id, TODAY + dt.timedelta(days=2))
    assert done.moved and requests.get(ctx, r1.id).status == "closed"
    with pytest.raises(DomainError) as err:
        dispatch.record_return(later, l1.id, TODAY)
    assert err.value.code == "letter_delivered"
    back = dispatch.record_return(later, l2.id, TODAY + dt.timedelta(days=3), "адресат выбыл")
    assert not back.moved and requests.get(ctx, r2.id).status == "sent"
    assert outgoing.counts(ctx)["done"] == 2
    assert dispatch.close_waited(later) == []  # sent 3 days ago: the 30 days have not passed
    dispatch.set_notice_wait(ctx, 3)
    closed = dispatch.close_waited(later)
    assert [c.reg_number for c in closed] == [r2.reg_number]
    assert requests.get(ctx, r2.id).status == "closed"
    steps = [(e.step, e.detail) for e in requests.timeline(ctx, r2.id) if e.kind == "dispatch"]
    assert [s for s, _d in steps] == ["sent", "returned", "wait_elapsed"]
    assert steps[1][1]["note"] == "адресат выбыл" and steps[2][1]["wait"] == 3
    with pytest.raises(DomainError) as err:
        dispatch.set_notice_wait(ctx, 0)
    assert err.value.code == "out_of_range"


def test_by_out_number(ctx, op):
    _r, letter = answered(ctx)
    assert dispatch.by_out_number(ctx, f" {letter.out_number} ") == letter.id
    with pytest.raises(DomainError) as err:
        dispatch.by_out_number(ctx, "нет")
    assert err.value.code == "no_letter_number"


def test_the_lists_of_letters_do_not_read_their_pdfs(ctx, op):
    """The Outgoing screen's rows, the register's Dispatch… and the closing after the wait
    need a letter's facts, not its PDF (some 70 KB each, hundreds of them a screen)."""
    from sqlalchemy import event

    (r1, l1), (r2, _l2) = answered(ctx), answered(ctx, sender="Иванова Анна")
    with ctx.read() as session:
        assert session.get(LetterRow, l1.id).pdf  # the answers have their PDFs
    dispatch.dispatch(ctx, Dispatch("registered", TODAY, [Item(l1.id, GOOD)]))
    dispatch.set_notice_wait(ctx, 3)
    later = dataclasses.replace(ctx, clock=lambda: TODAY + dt.timedelta(days=5))
    statements = []
    listen = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(ctx.db.engine, "before_cursor_execute", listen)
    try:
        ids = outgoing.ids(ctx, "to_post") + outgoing.ids(ctx, "awaiting")
        rows = outgoing.rows(ctx, ids)
        to_post = dispatch.letters_of_requests(ctx, [r1.id, r2.id])
        closed = dispatch.close_waited(later)
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", listen)
    assert len(rows) == 2 and to_post == [_l2.id] and [c.request_id for c in closed] == [r1.id]
    reads_pdf = [s for s in statements if "letter.pdf" in s]
    assert not reads_pdf, reads_pdf
