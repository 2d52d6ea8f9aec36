"""Registering and working requests, on SQLite and on PostgreSQL."""

import datetime as dt
import json

import pytest
from sqlalchemy import text

from app.domain.errors import DomainError, TransitionError
from app.services import audit, register, requests, settings, subjects
from app.storage.models import Request
from tests import tamper
from tests.helpers import OTHER_BIN, make_operator
from tests.helpers import register as reg

D = dt.date


@pytest.fixture
def op(ctx):
    return make_operator(ctx)


def test_register_numbers_and_due_date(ctx, op):
    r = reg(ctx, received=D(2026, 3, 16), registered=D(2026, 3, 16))
    assert r.reg_number == "ДД-2026/0001"
    assert r.due_date == D(2026, 4, 30)
    assert r.term_days == 30
    r2 = reg(ctx, received=D(2026, 11, 2))
    assert r2.reg_number == "ДД-2026/0002"
    assert r.status == "registered"


def test_numbering_restarts_per_operator(ctx, op):
    other = make_operator(ctx, code="ipsm", request_prefix="ИП", reg_number=OTHER_BIN)
    assert reg(ctx).reg_number == "ДД-2026/0001"
    assert reg(ctx, operator_id=other.id).reg_number == "ИП-2026/0001"
    assert reg(ctx).reg_number == "ДД-2026/0002"


@pytest.mark.parametrize(
    "kw, field",
    [
        ({"received": D(2026, 12, 1)}, "received"),
        ({"received": D(2026, 11, 2), "postmark": D(2026, 11, 5)}, "received"),
        ({"iin": "900101300018"}, "iin"),
        ({"sender": "   "}, "sender"),
        ({"type": "complaint-ish"}, "type"),
        ({"channel": "pigeon"}, "channel"),
        ({"language": "de"}, "language"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(ctx, op, kw, field):
    with pytest.raises(DomainError) as err:
        reg(ctx, **kw)
    assert err.value.field == field
    assert register.count(ctx, register.RequestFilter()) == 0
    assert reg(ctx).reg_number == "ДД-2026/0001"  # no number was used up


def test_iin_links_or_creates_the_subject(ctx, op):
    r = reg(ctx, iin="900101300017", sender="Әлиев Нұрлан Серікұлы")
    s = subjects.get(ctx, r.subject_id)
    assert (s.surname, s.given_name, s.patronymic) == ("Әлиев", "Нұрлан", "Серікұлы")
    assert s.birth_date == D(1990, 1, 1)
    r2 = reg(ctx, iin="900101300017", sender="Aliyev Nurlan")
    assert r2.subject_id == r.subject_id


def test_find_subject_in_any_script(ctx, op):
    s = subjects.create(ctx, op.id, subjects.SubjectInput("Қасымов", "Ерлан", iin="900101300811"))
    subjects.create(ctx, op.id, subjects.SubjectInput("Петров", "Сергей"))
    for query in ("Касымов", "Kassymov Yerlan", "қасымов ерлан", "900101300811", "Ерлан"):
        found = subjects.find(ctx, query, op.id)
        assert [x.id for x in found] == [s.id], query
    assert subjects.find(ctx, "Әлімов", op.id) == []


def test_register_search_finds_by_name_iin_and_number(ctx, op):
    r = reg(ctx, iin="900101300017", sender="Әлиев Нұрлан")
    reg(ctx, sender="Петров Сергей")
    for query in ("Aliyev", "Нурлан Алиев", "900101300017", "0001"):
        rows = register.list_requests(ctx, register.RequestFilter(search=query))
        assert [x.id for x in rows] == [r.id], query


def test_status_transitions_are_checked_and_recorded(ctx, op):
    r = reg(ctx)
    requests.change_status(ctx, r.id, "in_progress")
    with pytest.raises(TransitionError) as err:
        requests.change_status(ctx, r.id, "sent")
    assert "answer is ready" in err.value.reason
    requests.change_status(ctx, r.id, "answer_ready")
    requests.change_status(ctx, r.id, "sent")
    requests.change_status(ctx, r.id, "closed")
    assert requests.get(ctx, r.id).closed_date == D(2026, 11, 20)
    kinds = [e.text for e in requests.timeline(ctx, r.id) if e.kind == "status"]
    assert kinds[0].startswith("—") and kinds[-1] == "sent → closed"


def test_clock_stop_resume_and_extension(ctx, op):
    r = reg(ctx, received=D(2026, 6, 1), registered=D(2026, 6, 1))
    assert r.due_date == D(2026, 7, 14)  # 30 working days, Capital Day 6 July skipped
    r = requests.stop_clock(ctx, r.id, "asked for a signed copy", on=D(2026, 6, 4))
    assert r.status == "waiting" and r.due_date is None and r.remaining_days == 27
    assert register.dashboard(ctx).clock_stopped == 1
    with pytest.raises(DomainError):
        requests.change_status(ctx, r.id, "answer_ready")
    r = requests.resume_clock(ctx, r.id, on=D(2026, 6, 10))
    assert r.status == "in_progress"
    assert r.due_date == D(2026, 7, 20)  # four working days later
    r = requests.extend(
        ctx,
        r.id,
        reason_kk="Мұрағаттың жауабы керек",
        reason_ru="needs a reply from the archive",
        new_due=D(2026, 11, 27),
    )
    assert r.due_date == D(2026, 11, 27)
    explanation = "\n".join(requests.deadline(ctx, r.id).explain())
    assert "archive" in explanation and "asked for a signed copy" in explanation
    kinds = {e.kind for e in requests.timeline(ctx, r.id)}
    assert {"stop", "resume", "extension", "status"} <= kinds


def test_calendar_override_recomputes_open_requests_only(ctx, op):
    open_r = reg(ctx, received=D(2026, 11, 2))
    closed = reg(ctx, received=D(2026, 11, 2))
    for s in ("in_progress", "answer_ready", "sent", "closed"):
        requests.change_status(ctx, closed.id, s)
    before = open_r.due_date
    change = settings.save_override(ctx, D(2026, 11, 25), "holiday", "transferred day off")
    assert change.moved == 1
    assert requests.get(ctx, open_r.id).due_date > before
    assert requests.get(ctx, closed.id).due_date == before
    assert settings.remove_override(ctx, change.override_id) == 1
    assert requests.get(ctx, open_r.id).due_date == before


def test_policy_change_recomputes_open_requests(ctx, op):
    r = reg(ctx, type="access", received=D(2026, 11, 16))
    assert r.due_date == D(2026, 12, 29)  # Independence Day (16 Dec) skipped
    moved = settings.apply_preset(ctx, "statutory")
    assert moved == 1
    r = requests.get(ctx, r.id)
    assert r.term_days == 3 and r.due_date == D(2026, 11, 19)
    assert "Law 94-V" in r.term_basis
    assert reg(ctx, type="access", received=D(2026, 11, 19)).due_date == D(2026, 11, 24)


def test_dashboard_counts(ctx, op):
    reg(ctx, received=D(2026, 9, 1))  # overdue
    reg(ctx, received=D(2026, 11, 19), type="access")
    board = register.dashboard(ctx)
    assert board.overdue == 1 and board.open == 2
    rows = register.list_requests(ctx, register.urgency_filter(ctx, "overdue"))
    assert len(rows) == 1 and rows[0].received_date == D(2026, 9, 1)


def test_every_change_is_audited_and_the_chain_verifies(ctx, op):
    r = reg(ctx, iin="900101300017")
    requests.assign(ctx, r.id, "A. Officer")
    requests.add_note(ctx, r.id, "called the subject")
    result = audit.verify(ctx)
    assert result.ok and result.checked >= 5
    actions = [e.action for e in audit.recent(ctx)]
    assert {"request.register", "request.assign", "request.note", "subject.create"} <= set(actions)


def test_a_hand_edited_audit_row_is_named(ctx, op):
    reg(ctx)
    reg(ctx)
    entries = audit.recent(ctx, entity="request")
    victim = entries[-1].id
    with ctx.db.engine.begin() as conn:
        tamper.unguard(conn)  # the triggers refuse it: an attacker drops them first
        conn.execute(text("UPDATE audit_entry SET actor = 'mallory' WHERE id = :i"), {"i": victim})
    result = audit.verify(ctx)
    assert not result.ok
    assert [p.entry_id for p in result.problems] == [victim]


def test_a_deleted_audit_row_is_detected(ctx, op):
    for _ in range(3):
        reg(ctx)
    ids = [e.id for e in audit.recent(ctx)][::-1]
    with ctx.db.engine.begin() as conn:
        tamper.unguard(conn)
        conn.execute(text("DELETE FROM audit_entry WHERE id = :i"), {"i": ids[1]})
    result = audit.verify(ctx)
    assert [(p.code, p.entry_id) for p in result.problems] == [
        ("audit_broken_link", ids[2]),
        ("audit_count_mismatch", None),  # this computer's anchor counted one more
    ]


def test_request_row_is_stored(ctx, op):
    r = reg(ctx, summary="withdraws consent", signed=True, channel="registered_post")
    with ctx.read() as s:
        stored = s.get(Request, r.id)
    assert stored.signed and stored.channel == "registered_post"
    assert stored.summary == "withdraws consent"


def test_an_overdue_request_is_extended_as_late_and_stays_overdue(ctx, op):
    r = reg(ctx, received=D(2026, 9, 1), registered=D(2026, 9, 1))
    assert r.due_date < ctx.today()  # today is 20 November: overdue
    overdue_by = -register.rows(ctx, [r.id])[0].days_left
    assert overdue_by > 0
    with pytest.raises(DomainError) as caught:  # a day already past would shrink the delay
        requests.extend(ctx, r.id, reason_ru="Запрос в архив", new_due=D(2026, 11, 19))
    assert caught.value.code == "extension_in_past" and caught.value.field == "new_due"
    with pytest.raises(DomainError) as caught:  # by days, landing before today
        requests.extend(ctx, r.id, reason_ru="Запрос в архив", days=1)
    assert caught.value.code == "extension_in_past"
    assert requests.get(ctx, r.id).due_date == r.due_date  # nothing changed

    r = requests.extend(ctx, r.id, reason_ru="Запрос в архив", new_due=D(2026, 11, 27))
    assert r.due_date == D(2026, 11, 27)
    [row] = register.rows(ctx, [r.id])
    assert row.late_days == overdue_by  # the breach recorded, in working days
    assert register.dashboard(ctx).overdue == 1  # still counted among the overdue
    found = register.page(ctx, register.Criteria(urgency="overdue"))
    assert found.ids == [r.id]
    entry = next(e for e in audit.recent(ctx) if e.action == "request.extend")
    assert json.loads(entry.after)["late_by"] == overdue_by

    in_time = reg(ctx, received=D(2026, 11, 16))
    requests.extend(ctx, in_time.id, reason_ru="Запрос в архив", days=3)
    assert register.rows(ctx, [in_time.id])[0].late_days == 0
    assert register.dashboard(ctx).overdue == 1
