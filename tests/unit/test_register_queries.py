"""The register's ids and display rows (services.register + storage.queries), on both backends."""

import dataclasses
import datetime as dt

import pytest

from app.domain.deadlines import Urgency
from app.services import register, requests, subjects
from tests.conftest import TODAY
from tests.helpers import make_operator
from tests.helpers import register as reg

D = dt.date


@pytest.fixture
def op(ctx):
    return make_operator(ctx)


@pytest.fixture
def letters(ctx, op):
    """Five letters in every state the register colours differently."""
    kasymov = subjects.create(
        ctx, op.id, subjects.SubjectInput("Қасымов", "Ерлан", "Серікұлы", iin="900101300811")
    )
    made = {
        "overdue": reg(ctx, received=D(2026, 9, 1), sender="Петров Сергей"),
        "later": reg(
            ctx, received=D(2026, 11, 19), sender="Kassymov Yerlan", subject_id=kasymov.id
        ),
        "soon": reg(ctx, received=D(2026, 10, 12), sender="Әлиев Нұрлан", type="claim"),
        "stopped": reg(ctx, received=D(2026, 11, 2), sender="Бекова Дина"),
        "closed": reg(ctx, received=D(2026, 10, 1), sender="Ахметова Әсел"),
    }
    requests.stop_clock(ctx, made["stopped"].id, "asked for a signed statement", TODAY)
    r = made["closed"].id
    for status in ("in_progress", "answer_ready", "sent", "closed"):
        requests.change_status(ctx, r, status)
    return {k: requests.get(ctx, v.id) for k, v in made.items()}, kasymov


def test_ids_follow_the_sort_and_keep_every_row(ctx, letters):
    made, _ = letters
    by_number = register.ids(ctx, register.Criteria())
    numbers = [requests.get(ctx, i).reg_seq for i in by_number]
    assert numbers == sorted(numbers, reverse=True) and len(numbers) == 5

    by_due = register.ids(ctx, register.Criteria(sort="due_date", descending=False))
    dues = [requests.get(ctx, i).due_date for i in by_due]
    assert dues[-1] is None  # the stopped clock has no due date: last in either direction
    assert dues[:-1] == sorted(dues[:-1])
    by_due_desc = register.ids(ctx, register.Criteria(sort="due_date", descending=True))
    assert by_due_desc[-1] == made["stopped"].id
    assert by_due_desc[:-1] == list(reversed(by_due[:-1]))

    by_subject = register.ids(ctx, register.Criteria(sort="subject", descending=False))
    assert by_subject[0] == made["later"].id  # the only one linked to a subject comes first
    for key in ("sender", "type", "status", "assignee", "operator", "received_date"):
        assert sorted(register.ids(ctx, register.Criteria(sort=key))) == sorted(by_number), key


def test_rows_come_in_the_order_asked_with_subject_operator_and_urgency(ctx, letters, op):
    made, kasymov = letters
    order = [made[k].id for k in ("closed", "stopped", "later", "overdue", "soon")]
    rows = register.rows(ctx, [*order, 999_999])  # an id that does not exist is left out
    assert [r.id for r in rows] == order
    closed, stopped, later, overdue, soon = rows
    assert later.subject_name == "Қасымов Ерлан Серікұлы" and later.subject_id == kasymov.id
    assert overdue.subject_name == ""  # a letter linked to nobody
    assert {r.operator_name for r in rows} == {op.short_name or op.name_ru}
    assert closed.urgency is Urgency.DONE and closed.days_left is None
    assert stopped.urgency is Urgency.STOPPED and stopped.due_date is None
    assert stopped.remaining_days is not None and stopped.remaining_days > 0
    assert overdue.urgency is Urgency.OVERDUE and overdue.days_left < 0
    assert later.urgency is Urgency.LATER and later.days_left > 10
    assert soon.urgency in (Urgency.WITHIN_3, Urgency.WITHIN_10, Urgency.TODAY)
    assert register.rows(ctx, []) == []


def test_criteria_filters_match_the_dashboard(ctx, letters):
    made, _ = letters
    board = register.dashboard(ctx)
    for which, count in (
        ("overdue", board.overdue),
        ("today", board.due_today),
        ("within_3", board.due_within_3),
        ("within_10", board.due_within_10),
        ("stopped", board.clock_stopped),
    ):
        assert len(register.ids(ctx, register.Criteria(urgency=which))) == count, which
    assert register.ids(ctx, register.Criteria(urgency="overdue")) == [made["overdue"].id]
    assert register.ids(ctx, register.Criteria(urgency="stopped")) == [made["stopped"].id]
    assert len(register.ids(ctx, register.Criteria(status=register.OPEN))) == board.open == 4
    assert register.ids(ctx, register.Criteria(status="closed")) == [made["closed"].id]
    assert register.ids(ctx, register.Criteria(type="claim")) == [made["soon"].id]
    assert register.ids(ctx, register.Criteria(status="closed", urgency="overdue")) == []


def test_criteria_period_assignee_operator_and_search(ctx, letters, op):
    made, _ = letters
    october = register.Criteria(received_from=D(2026, 10, 1), received_to=D(2026, 10, 31))
    assert set(register.ids(ctx, october)) == {made["soon"].id, made["closed"].id}
    requests.assign(ctx, made["soon"].id, "Иванова Е.")
    assert register.ids(ctx, register.Criteria(assignee="Иванова Е.")) == [made["soon"].id]
    assert len(register.ids(ctx, register.Criteria(assignee=""))) == 4
    assert len(register.ids(ctx, register.Criteria(operator_id=op.id))) == 5
    assert register.ids(ctx, register.Criteria(operator_id=op.id + 100)) == []
    for text in ("Kassymov", "Қасымов", "Касымов Ерлан", "900101300811", made["later"].reg_number):
        assert register.ids(ctx, register.Criteria(search=text)) == [made["later"].id], text


def test_page_gives_ids_and_the_rows_of_one_slice(ctx, letters):
    everything = register.Criteria(sort="received_date", descending=False)
    page = register.page(ctx, everything, first=1, size=2)
    assert page.ids == register.ids(ctx, everything)
    assert [r.id for r in page.rows] == page.ids[1:3]
    page = register.page(ctx, dataclasses.replace(everything, search="nobody at all"))
    assert page.ids == [] and page.rows == []


def test_head_is_the_first_page_of_the_ids_in_every_sort(ctx, letters):
    for key in ("reg_number", "received_date", "sender", "subject", "type", "status",
                "due_date", "assignee", "operator"):  # fmt: skip
        for descending in (False, True):
            for search in ("", "Қасымов", "Kassymov", "900101300811", "2026"):
                c = register.Criteria(sort=key, descending=descending, search=search)
                everything = register.ids(ctx, c)
                head = register.head(ctx, c, size=3)
                assert head.count == len(everything), (key, search)
                assert [r.id for r in head.rows] == everything[:3], (key, descending, search)
                assert head.ids in (None, everything)  # all of them, when that was as cheap
    unfiltered = register.head(ctx, register.Criteria(), size=3)
    assert unfiltered.count == 5 and unfiltered.ids is None  # counted, not listed
    assert register.head(ctx, register.Criteria(), size=5).ids == register.ids(
        ctx, register.Criteria()
    )
    overdue = register.head(ctx, register.Criteria(urgency="overdue"), size=3)
    assert overdue.count == 1 and overdue.rows[0].urgency is Urgency.OVERDUE
    assert register.head(ctx, register.Criteria(search="nobody at all")) == register.Head(0, [], [])


def test_sender_as_written_is_found_in_any_case(ctx, op):
    unlinked = reg(ctx, sender="Жұмабаева Әсел")  # no IIN: linked to nobody
    for text in ("Жұмабаева", "жұмабаева", "ЖҰМАБАЕВА", "жұмабаева әсел"):
        assert register.ids(ctx, register.Criteria(search=text)) == [unlinked.id], text
