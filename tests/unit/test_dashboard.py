"""The dashboard's tiles, calendar and intake chart on SQLite and PostgreSQL, and its rules."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import dashboard as rules
from app.services import dashboard, register, requests
from tests import dashboard_cases as cases
from tests.conftest import TODAY

D = dt.date


@pytest.fixture
def built(ctx):
    return cases.build(ctx)


def listed(ctx, **filters) -> set[int]:
    return set(register.ids(ctx, register.Criteria(**filters)))


def test_each_tile_counts_the_register_it_opens(ctx, built):
    board = register.dashboard(ctx)
    expected = {
        "overdue": {built.overdue},
        "answers_to_print": {built.to_print},
        "letters_to_post": {built.to_post, built.acknowledged},
        "awaiting_delivery": {built.posted},
    }
    for name, _criteria in register.TILES:
        shown = listed(ctx, **register.tile_filters(name))
        assert getattr(board, name) == len(shown), name
        if name in expected:
            assert shown == expected[name], name
    assert set(board.counts()) >= set(register.TILE_NAMES) | {"open", "answer_ready"}
    # answer ready: the one to print and the one whose answer waits to be posted
    assert board.answer_ready == 2


def test_the_letter_tiles_move_as_letters_are_finalised_posted_and_delivered(ctx, built):
    before = register.dashboard(ctx)
    cases.final_answer(ctx, built.to_print)
    after = register.dashboard(ctx)
    assert after.answers_to_print == before.answers_to_print - 1
    assert after.letters_to_post == before.letters_to_post + 1

    cases.post(ctx, built.to_print, TODAY)
    posted = register.dashboard(ctx)
    assert posted.letters_to_post == after.letters_to_post - 1
    assert posted.awaiting_delivery == after.awaiting_delivery + 1
    assert built.to_print in listed(ctx, letters="awaiting_delivery")

    (letter,) = [r for r in cases.letters_of(ctx, built.to_print) if r.sent_on]
    cases.set_letter(ctx, letter.id, delivered_on=TODAY)
    assert register.dashboard(ctx).awaiting_delivery == posted.awaiting_delivery - 1
    # a request closed without a delivery notice (the configured wait) awaits nothing
    requests.change_status(ctx, built.posted, "closed")
    assert register.dashboard(ctx).awaiting_delivery == posted.awaiting_delivery - 2


def test_tiles_filter_by_operator_and_assignee(ctx, built):
    mine = register.dashboard(ctx, operator_id=built.operator_id)
    theirs = register.dashboard(ctx, operator_id=built.other_operator_id)
    assert (mine.letters_to_post, theirs.letters_to_post) == (1, 1)
    assert (mine.overdue, theirs.overdue) == (1, 0)
    aigul = register.dashboard(ctx, assignee="Айгүл")
    assert (aigul.answers_to_print, aigul.letters_to_post, aigul.overdue) == (1, 1, 0)
    nobody = register.dashboard(ctx, assignee="")
    assert (nobody.answers_to_print, nobody.overdue) == (0, 1)
    both = register.dashboard(ctx, operator_id=built.operator_id, assignee="Айгүл")
    assert (both.answers_to_print, both.letters_to_post) == (1, 0)
    for board in (mine, theirs, aigul, nobody, both):
        for name in register.TILE_NAMES:
            filters = register.tile_filters(name, board.operator_id, board.assignee)
            assert len(listed(ctx, **filters)) == getattr(board, name), (name, filters)
    assert {r.id for r in aigul.nearest} == {built.to_print, built.acknowledged}


def test_the_calendar_counts_each_day_as_the_register_lists_it(ctx, built):
    extra = cases.claim(ctx, built.operator_id)  # received with the others, due with them
    due = requests.get(ctx, extra).due_date
    days = dashboard.due_days(ctx, due.year, due.month)
    assert days and sum(days.values()) >= 1
    for day, n in days.items():
        assert day.month == due.month
        assert len(listed(ctx, **dashboard.day_filters(day))) == n
    assert days[due] == len(listed(ctx, status="open", due_on=due)) == 4
    only_other = dashboard.due_days(ctx, due.year, due.month, built.other_operator_id)
    assert sum(only_other.values()) == 1
    # the overdue one (received in September) falls due in October
    october = dashboard.due_days(ctx, 2026, 10)
    assert sum(october.values()) == 1


def test_intake_counts_by_type_and_month_and_a_late_answer_stays_late(ctx, built):
    late = cases.claim(ctx, built.operator_id, received=D(2026, 8, 3))
    cases.answer_ready(ctx, late)
    # extended after the breach, then answered within the new date: late all the same
    why = "the subject's documents came late"  # Latin letters: either half takes it
    requests.extend(ctx, late, reason_kk=why, reason_ru=why, new_due=D(2026, 12, 30))
    cases.final_answer(ctx, late)
    cases.post(ctx, late, TODAY)
    months = dashboard.intake(ctx)
    assert len(months) == 12 and months[-1].start == D(2026, 11, 1)
    august, september, november = months[-4], months[-3], months[-1]
    assert august.by_type == {"claim": 1}
    assert (august.decided, august.on_time) == (1, 0)  # extended late: late forever
    assert september.by_type == {"consent_withdrawal": 1}
    assert (september.decided, september.on_time) == (1, 0)  # unanswered past its due date
    assert november.received == 5
    assert (november.decided, november.on_time) == (2, 2)  # the two posted answers
    assert november.on_time_rate == 1.0 and months[0].on_time_rate is None
    mine = dashboard.intake(ctx, operator_id=built.other_operator_id)
    assert mine[-1].by_type == {"claim": 1} and mine[-4].received == 0


# -- the rules, alone ---------------------------------------------------------------------------


def test_an_answer_after_the_due_date_is_late_whatever_came_after():
    due = D(2026, 11, 10)
    assert rules.on_time(due, D(2026, 11, 10), False, TODAY) is True
    assert rules.on_time(due, D(2026, 11, 11), False, TODAY) is False
    assert rules.on_time(D(2026, 12, 30), D(2026, 11, 11), True, TODAY) is False  # extended late
    assert rules.on_time(due, None, False, TODAY) is False  # still unanswered, past due
    assert rules.on_time(D(2026, 12, 1), None, False, TODAY) is None
    assert rules.on_time(None, None, False, TODAY) is None  # clock stopped
    assert rules.on_time(due, None, False, TODAY, owed=False) is None  # withdrawn


def test_answered_on_prefers_the_posted_letter_to_the_status_change():
    assert rules.answered_on([D(2026, 11, 5), None], [D(2026, 11, 9)]) == D(2026, 11, 5)
    assert rules.answered_on([], [D(2026, 11, 9), D(2026, 11, 3)]) == D(2026, 11, 3)
    assert rules.answered_on([None], []) is None


def test_months_back_crosses_the_year():
    assert rules.months_back(D(2026, 2, 14), 3) == [D(2025, 12, 1), D(2026, 1, 1), D(2026, 2, 1)]
