"""The rules of the case: which actions a status allows (and the coded reason when not), one
urgency for every view, and the kind of every day a deadline skips or the calendar marks."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.calendar import DayKind, Override, OverrideKind, WorkCalendar
from app.domain.deadlines import (
    ClockStop,
    Urgency,
    compute_deadline,
    extension_late_by,
    extension_problem,
    request_urgency,
)
from app.domain.errors import DomainError, TransitionError
from app.domain.requests import (
    Action,
    Status,
    case_actions,
    check_action,
    check_transition,
    clock_resume_problem,
    clock_stop_problem,
    target_statuses,
)

D = dt.date
CAL = WorkCalendar()


DUE = D(2026, 12, 1)


def allowed(status, due=DUE, linked=False) -> set[Action]:
    return {a for a, s in case_actions(status, due, linked).items() if s.allowed}


ALWAYS = {Action.LINK_SUBJECT, Action.PREPARE_LETTER, Action.ASSIGN, Action.ADD_NOTE}


@pytest.mark.parametrize(
    "status, due, expected",
    [
        ("registered", D(2026, 12, 1), {Action.CHANGE_STATUS, Action.STOP_CLOCK, Action.EXTEND}),
        ("in_progress", D(2026, 12, 1), {Action.CHANGE_STATUS, Action.STOP_CLOCK, Action.EXTEND}),
        ("waiting", None, {Action.RESUME_CLOCK}),
        ("answer_ready", D(2026, 12, 1), {Action.CHANGE_STATUS, Action.EXTEND}),
        ("sent", D(2026, 12, 1), {Action.CHANGE_STATUS}),
        ("closed", D(2026, 12, 1), set()),
        ("rejected", None, set()),
        ("withdrawn", None, set()),
    ],
)
def test_the_actions_each_status_allows(status, due, expected):
    assert allowed(status, due) == expected | ALWAYS
    assert allowed(status, due, linked=True) == expected | ALWAYS | {Action.UNLINK_SUBJECT}


def test_a_refused_action_says_why_with_a_code():
    states = case_actions(Status.WAITING, None)
    assert states[Action.CHANGE_STATUS].problem.code == "resume_first"
    assert states[Action.EXTEND].problem.code == "resume_before_extending"
    assert states[Action.STOP_CLOCK].problem.code == "clock_already_stopped"
    closed = case_actions(Status.CLOSED, D(2026, 12, 1))
    assert closed[Action.CHANGE_STATUS].problem.code == "status_is_final"
    assert closed[Action.CHANGE_STATUS].problem.params == {"status": "closed"}
    assert closed[Action.EXTEND].problem.code == "cannot_extend"
    assert case_actions(Status.SENT)[Action.STOP_CLOCK].problem.code == "cannot_wait"
    assert case_actions(Status.REGISTERED)[Action.RESUME_CLOCK].problem.code == "clock_not_stopped"
    # An open request whose clock stands cannot be extended until it runs again.
    stopped = case_actions(Status.IN_PROGRESS, None)[Action.EXTEND].problem
    assert stopped.code == "resume_before_extending"
    with pytest.raises(DomainError) as err:
        check_action(Action.EXTEND, Status.IN_PROGRESS, None)
    assert err.value.code == "resume_before_extending" and "resume it" in err.value.reason


def test_the_offered_statuses_follow_the_transitions_in_the_usual_order():
    assert target_statuses("registered") == (
        Status.IN_PROGRESS,
        Status.ANSWER_READY,
        Status.REJECTED,
        Status.WITHDRAWN,
    )
    assert target_statuses("sent") == (Status.CLOSED,)
    assert target_statuses("closed") == ()


@pytest.mark.parametrize(
    "current, new, code",
    [
        ("registered", "registered", "status_same"),
        ("closed", "in_progress", "status_final"),
        ("sent", "in_progress", "status_sent_only_closes"),
        ("in_progress", "sent", "status_send_needs_answer"),
        ("in_progress", "closed", "status_closes_on_dispatch"),
        ("in_progress", "registered", "status_no_way_back"),
        ("waiting", "answer_ready", "status_not_allowed"),
    ],
)
def test_a_refused_transition_has_a_code_and_an_english_line(current, new, code):
    with pytest.raises(TransitionError) as err:
        check_transition(current, new)
    assert err.value.code == code and err.value.field == "status"
    assert err.value.reason and "{" not in err.value.reason


def test_clock_dates_are_checked_by_the_domain():
    today, received = D(2026, 11, 20), D(2026, 11, 2)
    assert clock_stop_problem(D(2026, 11, 10), today, received) is None
    assert clock_stop_problem(D(2026, 11, 21), today, received).code == "future"
    p = clock_stop_problem(D(2026, 11, 1), today, received)
    assert p.code == "stop_before_received" and p.params["received"] == received
    assert clock_resume_problem(D(2026, 11, 11), today, D(2026, 11, 12)).code == (
        "resume_before_stop"
    )
    assert clock_resume_problem(D(2026, 11, 12), today, D(2026, 11, 12)) is None


def test_an_extension_must_move_to_a_later_working_day():
    due = D(2026, 12, 1)  # a Tuesday
    assert extension_problem(CAL, None).code == "resume_before_extending"
    assert extension_problem(CAL, due) is None
    assert extension_problem(CAL, due, due).code == "extension_not_later"
    assert extension_problem(CAL, due, D(2026, 12, 5)).code == "not_working_day"
    assert extension_problem(CAL, due, D(2026, 12, 7)) is None


def test_urgency_is_one_answer_for_every_status():
    today = D(2026, 11, 20)
    assert request_urgency(CAL, today, "closed", D(2026, 11, 1)) == (Urgency.DONE, None)
    assert request_urgency(CAL, today, "waiting", None) == (Urgency.STOPPED, None)
    assert request_urgency(CAL, today, "registered", D(2026, 11, 19)) == (Urgency.OVERDUE, -1)
    assert request_urgency(CAL, today, "registered", today) == (Urgency.TODAY, 0)
    assert request_urgency(CAL, today, "in_progress", D(2026, 11, 24)) == (Urgency.WITHIN_3, 2)
    level, left = request_urgency(CAL, today, "answer_ready", D(2026, 12, 31))
    assert level is Urgency.LATER and left > 10


def test_each_skipped_day_has_a_kind_not_only_a_phrase():
    # 16.03.2026 + 30 working days crosses Nauryz and weekends.
    d = compute_deadline(CAL, D(2026, 3, 16), 30)
    kinds = {s.day: s.kind for s in d.skipped}
    assert kinds[D(2026, 3, 23)] is DayKind.HOLIDAY
    assert kinds[D(2026, 3, 28)] is DayKind.WEEKEND
    names = {s.day: s.name for s in d.skipped}
    assert "Nowruz" in names[D(2026, 3, 23)] and names[D(2026, 3, 28)] == ""
    stopped = compute_deadline(
        CAL, D(2026, 6, 1), 10, [ClockStop(D(2026, 6, 4), D(2026, 6, 10), "ID copy")]
    )
    stops = [s for s in stopped.skipped if s.kind is DayKind.CLOCK_STOPPED]
    assert len(stops) == 4 and {s.name for s in stops} == {"ID copy"}


def test_the_calendar_gives_each_special_day_its_kind_in_any_language():
    for language in ("en", "kk", "ru"):
        cal = WorkCalendar(
            [
                Override(D(2026, 3, 17), OverrideKind.HOLIDAY, "announced"),
                Override(D(2026, 3, 21), OverrideKind.WORKDAY, ""),
            ],
            language,
        )
        assert cal.info(D(2025, 1, 3)).kind is DayKind.TRANSFERRED_DAY_OFF
        assert cal.info(D(2025, 1, 5)).kind is DayKind.WORKING_SATURDAY
        assert cal.info(D(2025, 1, 1)).kind is DayKind.HOLIDAY
        assert cal.info(D(2025, 1, 11)).kind is DayKind.WEEKEND
        assert cal.info(D(2025, 1, 13)).kind is DayKind.WORKDAY
        holiday = cal.info(D(2026, 3, 17))
        assert holiday.kind is DayKind.USER_OVERRIDE and not holiday.working
        assert holiday.name == "announced"
        workday = cal.info(D(2026, 3, 21))
        assert workday.kind is DayKind.USER_OVERRIDE and workday.working


def test_an_assignee_fits_its_column_and_a_note_says_something():
    from app.domain.requests import assignee_problem, note_problem

    assert assignee_problem("") is None and assignee_problem("Нұрланова Д.") is None
    p = assignee_problem("x" * 121)
    assert (p.field, p.code, p.params) == ("assignee", "too_long", {"max": 120, "given": 121})
    assert note_problem("  ").code == "required" and note_problem("ok") is None


def test_an_extension_never_goes_to_a_day_already_past_and_a_late_one_says_how_late():
    due, today = D(2026, 11, 2), D(2026, 11, 20)  # overdue by 14 working days
    p = extension_problem(CAL, due, D(2026, 11, 19), today)
    assert p.code == "extension_in_past" and p.field == "new_due"
    assert p.params == {"value": D(2026, 11, 19), "today": today}
    assert extension_problem(CAL, due, D(2026, 11, 20), today) is None  # today is not past
    assert extension_problem(CAL, due, D(2026, 11, 27), today) is None
    assert extension_late_by(CAL, due, today) == 14
    assert extension_late_by(CAL, D(2026, 11, 27), today) == 0
    assert extension_late_by(CAL, today, today) == 0
