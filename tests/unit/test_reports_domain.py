"""The period report's figures on hand-made requests: the dashboard's on-time rule (late
forever), working days to answer without the stopped days, clock-stop time, the median."""

import datetime as dt

import pytest

from app.domain import dashboard
from app.domain.calendar import WorkCalendar
from app.domain.errors import DomainError
from app.domain.reports import Facts, Outcome, Period, Stop, build, month_period, year_period

d = dt.date
TODAY = d(2026, 11, 20)  # a Friday; November 2026 has no public holiday in Kazakhstan
PERIOD = Period(d(2026, 11, 1), d(2026, 11, 30))
CAL = WorkCalendar()


def fact(**kw) -> Facts:
    base = dict(
        received=d(2026, 11, 2),  # a Monday
        type="claim",
        status="sent",
        operator_id=1,
        channel="post",
        due=d(2026, 11, 16),
        posted=None,
        moved=None,
        breached=False,
    )
    return Facts(**{**base, **kw})


def test_an_answer_posted_after_its_due_date_is_late_forever():
    late = fact(status="closed", due=d(2026, 11, 10), posted=d(2026, 11, 12))
    report = build([late], PERIOD, TODAY, CAL)
    assert (report.decided, report.on_time, report.late) == (1, 0, 1)
    assert report.on_time_rate == 0
    # extended after the deadline had passed: late, though posted before the new due date
    breached = fact(due=d(2026, 12, 1), posted=d(2026, 11, 12), breached=True)
    assert build([breached], PERIOD, TODAY, CAL).late == 1


def test_on_time_open_overdue_and_withdrawn_requests():
    cases = [
        fact(posted=d(2026, 11, 16)),  # on its due date: on time
        fact(status="in_progress", due=d(2026, 11, 18)),  # unanswered past due: late
        fact(status="in_progress", due=d(2026, 11, 30)),  # not due yet: not decided
        fact(status="withdrawn", due=d(2026, 11, 18)),  # withdrawn unanswered: not owed
        fact(status="rejected", moved=d(2026, 11, 5)),  # rejected without a letter: answered
    ]
    report = build(cases, PERIOD, TODAY, CAL)
    assert (report.total, report.decided, report.on_time) == (5, 3, 2)
    assert report.on_time_rate == pytest.approx(2 / 3)
    assert report.by_outcome == {"answered": 1, "open": 2, "withdrawn": 1, "rejected": 1}


def test_the_report_and_the_dashboard_share_one_rule():
    case = fact(status="closed", due=d(2026, 11, 10), posted=d(2026, 11, 12), moved=d(2026, 11, 9))
    punctual, answered = dashboard.punctuality(
        case.due, case.posted, case.moved, case.breached, case.status, TODAY
    )
    # posted wins over an earlier status change, as on the dashboard's chart
    assert (punctual, answered) == (False, d(2026, 11, 12))
    assert build([case], PERIOD, TODAY, CAL).late == 1


def test_working_days_to_answer_leave_out_weekends_and_the_stopped_days():
    plain = fact(posted=d(2026, 11, 6))  # Mon -> Fri: Tue..Fri = 4 working days
    weekend = fact(posted=d(2026, 11, 16))  # two weeks on: 10 working days
    # stopped Wednesday 4th, resumed Monday 9th: the 5th, 6th and 9th do not count
    stopped = fact(posted=d(2026, 11, 13), stops=(Stop(d(2026, 11, 4), d(2026, 11, 9)),))
    report = build([plain, weekend, stopped], PERIOD, TODAY, CAL)
    assert sorted(report.days_to_answer) == [4, 6, 10]
    assert report.median_days == 6 and report.max_days == 10
    assert (report.stopped_requests, report.stopped_days, report.longest_stop) == (1, 3, 3)


def test_an_even_count_has_the_mean_of_the_middle_two_as_median():
    report = build([fact(posted=d(2026, 11, 6)), fact(posted=d(2026, 11, 9))], PERIOD, TODAY, CAL)
    assert report.days_to_answer == [4, 5] and report.median_days == 4.5


def test_an_open_stop_counts_up_to_today_and_overlaps_count_once():
    waiting = fact(status="waiting", due=None, stops=(Stop(d(2026, 11, 10)),))
    twice = fact(
        status="in_progress",
        due=d(2026, 12, 20),
        stops=(Stop(d(2026, 11, 3), d(2026, 11, 6)), Stop(d(2026, 11, 5), d(2026, 11, 10))),
    )
    report = build([waiting, twice], PERIOD, TODAY, CAL)
    # 11th..20th: 8 working days; 4th..10th: 5 working days (4, 5, 6, 9, 10)
    assert (report.stopped_requests, report.stopped_days, report.longest_stop) == (2, 13, 8)
    assert report.answered == 0 and report.median_days is None and report.max_days is None
    assert report.decided == 0 and report.on_time_rate is None


def test_a_holiday_is_not_a_working_day_to_answer():
    # received Friday 11 December, answered Friday 18th: the 16th is Independence Day
    case = fact(received=d(2026, 12, 11), due=d(2026, 12, 31), posted=d(2026, 12, 18))
    report = build([case], Period(d(2026, 12, 1), d(2026, 12, 31)), d(2026, 12, 21), CAL)
    assert report.days_to_answer == [CAL.working_days_between(d(2026, 12, 11), d(2026, 12, 18))]
    assert report.days_to_answer[0] < 5


def test_counts_by_type_operator_and_channel():
    cases = [
        fact(type="access", operator_id=2, channel="email"),
        fact(type="access", operator_id=1, channel="post"),
        fact(type="claim", operator_id=1, channel="post"),
    ]
    report = build(cases, PERIOD, TODAY, CAL)
    assert report.by_type == {"access": 2, "claim": 1}
    assert report.by_operator == {1: 2, 2: 1}
    assert report.by_channel == {"email": 1, "post": 2}
    assert build([], PERIOD, TODAY, CAL).total == 0


def test_periods_and_presets():
    assert month_period(TODAY) == Period(d(2026, 11, 1), d(2026, 11, 30))
    assert month_period(d(2026, 1, 15), back=1) == Period(d(2025, 12, 1), d(2025, 12, 31))
    assert month_period(d(2026, 3, 31), back=1) == Period(d(2026, 2, 1), d(2026, 2, 28))
    assert year_period(TODAY) == Period(d(2026, 1, 1), d(2026, 12, 31))
    with pytest.raises(DomainError) as err:
        Period.checked(d(2026, 11, 2), d(2026, 11, 1))
    assert err.value.problems[0].code == "period_reversed"
    assert Outcome("open") is Outcome.OPEN
