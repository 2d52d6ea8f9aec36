"""The dashboard, driven like the officer does: every tile opens the register filtered to its
count, the counts follow the letters, the filters, the calendar, the chart and the reminder."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView

from app.services import register
from app.services.context import Context
from app.storage.database import Database
from app.ui import labels
from app.ui.dashboard.calendar import to_qdate
from app.ui.dashboard.reminder import Reminder
from app.ui.prefs import DASHBOARD_OPERATOR, DASHBOARD_REMINDED, Prefs
from app.ui.screens.dashboard import DashboardScreen
from app.ui.screens.requests import RequestsScreen
from tests import dashboard_cases as cases
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def built_file(tmp_path_factory, sqlite_template):
    """The cases are built once for this module; each test gets its own copy."""
    path = tmp_path_factory.mktemp("dashboard") / "cases.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(path)
    built = cases.build(Context(db, actor="tester", clock=lambda: TODAY))
    db.dispose()
    return path, built


@pytest.fixture
def sqlite_db(built_file, tmp_path):
    path = tmp_path / "derbes.sqlite3"
    shutil.copyfile(built_file[0], path)
    db = Database(path)
    yield db
    db.dispose()


@pytest.fixture
def built(built_file):
    return built_file[1]


@pytest.fixture
def shell(shell_factory, wait_idle):
    window = shell_factory([DashboardScreen, RequestsScreen])
    wait_idle()
    return window


def count(screen: DashboardScreen, name: str) -> int:
    return int(screen.counts[name].text())


def click_tile(qtbot, shell, wait_idle, name: str) -> RequestsScreen:
    shell.show_screen("dashboard")
    wait_idle()
    button = shell.screens["dashboard"].findChild(QPushButton, f"card_{name}")
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle()
    screen = shell.current_screen()
    assert isinstance(screen, RequestsScreen)
    return screen


def test_each_tile_opens_the_register_filtered_to_the_same_count(qtbot, shell, wait_idle):
    dash = shell.screens["dashboard"]
    expected = {"overdue": 1, "answers_to_print": 1, "letters_to_post": 2, "awaiting_delivery": 1}
    for name in register.TILE_NAMES:
        shown = count(dash, name)
        if name in expected:
            assert shown == expected[name], name
        screen = click_tile(qtbot, shell, wait_idle, name)
        assert screen.model.rowCount() == shown, name
    # the last tile's list names its filter, and dropping it shows every request again
    assert screen.chip.label.text() == "Awaiting a delivery notice"
    qtbot.mouseClick(screen.chip.button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert screen.chip.isHidden() and screen.filters()["letters"] is None
    assert screen.model.rowCount() == 6


def test_the_tiles_change_when_a_letter_is_finalised_posted_and_delivered(
    qtbot, shell, ops, wait_idle, built
):
    dash = shell.show_screen("dashboard")
    wait_idle()
    assert (count(dash, "answers_to_print"), count(dash, "letters_to_post")) == (1, 2)
    ops.mutate(lambda ctx: cases.final_answer(ctx, built.to_print))
    qtbot.waitUntil(lambda: count(dash, "letters_to_post") == 3)
    assert count(dash, "answers_to_print") == 0
    ops.mutate(lambda ctx: cases.post(ctx, built.to_print, TODAY))
    qtbot.waitUntil(lambda: count(dash, "awaiting_delivery") == 2)
    assert count(dash, "letters_to_post") == 2
    screen = click_tile(qtbot, shell, wait_idle, "awaiting_delivery")
    assert screen.model.rowCount() == 2
    numbers = {screen.model.row_data(r).id for r in range(2)}
    assert numbers == {built.to_print, built.posted}


def test_operator_and_assignee_filters_narrow_the_tiles_and_their_lists(
    qtbot, shell, shell_factory, wait_idle, prefs, built
):
    dash = shell.screens["dashboard"]
    combo = dash.operator_combo
    assert combo.count() == 3  # all, and both operators
    combo.setCurrentIndex(dash._op_values.index(built.other_operator_id))
    wait_idle()
    assert (count(dash, "letters_to_post"), count(dash, "overdue")) == (1, 0)
    screen = click_tile(qtbot, shell, wait_idle, "letters_to_post")
    assert screen.filters()["operator_id"] == built.other_operator_id
    assert screen.ui.operatorCombo.currentIndex() > 0
    assert screen.model.rowCount() == 1
    assert prefs.get(DASHBOARD_OPERATOR) == built.other_operator_id

    shell.show_screen("dashboard")
    dash.operator_combo.setCurrentIndex(0)
    wait_idle()
    who = dash.assignee_combo
    who.setCurrentIndex(who.findText("Айгүл"))
    wait_idle()
    assert (count(dash, "answers_to_print"), count(dash, "letters_to_post")) == (1, 1)
    assert count(dash, "overdue") == 0 and dash.table.rowCount() == 2
    screen = click_tile(qtbot, shell, wait_idle, "answers_to_print")
    assert screen.filters()["assignee"] == "Айгүл" and screen.model.rowCount() == 1

    # remembered: the next window opens on the same assignee
    again = shell_factory([DashboardScreen])
    wait_idle()
    assert again.screens["dashboard"].assignee_combo.currentText() == "Айгүл"
    assert count(again.screens["dashboard"], "letters_to_post") == 1


def test_a_day_of_the_calendar_opens_the_requests_due_that_day(
    qtbot, shell, sqlite_ctx, wait_idle, built
):
    due = register.dashboard(sqlite_ctx).nearest[-1].due_date  # the open claims share it
    dash = shell.screens["dashboard"]
    calendar = dash.calendar
    calendar.setSelectedDate(to_qdate(due))  # turns the page: that month's counts load
    wait_idle()
    assert calendar.shown_month() == (due.year, due.month)
    assert calendar.count_on(due) == 3
    view = calendar.findChild(QTableView)
    model = view.model()
    cells = [
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if str(model.index(r, c).data()) == str(due.day)
    ]
    assert len(cells) == 1  # the day, not a neighbour month's of the same number
    view.scrollTo(cells[0])
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(cells[0]).center()
    )
    wait_idle()
    screen = shell.current_screen()
    assert isinstance(screen, RequestsScreen)
    assert screen.filters()["due_on"] == due and screen.filters()["status"] == "open"
    assert screen.model.rowCount() == 3
    assert screen.chip.label.text() == f"Due on {due:%d.%m.%Y}"

    # Enter on the chosen day does the same; a day with nothing due opens nothing
    shell.show_screen("dashboard")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    wait_idle()
    assert shell.current_screen() is screen
    shell.show_screen("dashboard")
    empty = due.replace(day=1 if due.day != 1 else 2)
    assert calendar.count_on(empty) == 0
    calendar.setSelectedDate(to_qdate(empty))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    wait_idle()
    assert shell.current_screen() is dash


def test_the_chart_shows_intake_by_type_and_the_on_time_rate(shell, wait_idle):
    chart = shell.screens["dashboard"].chart
    assert len(chart.months) == 12
    names = [bar.label() for bar in chart.bars.barSets()]
    assert names == [labels.type_label("consent_withdrawal"), labels.type_label("claim")]
    november = [bar.at(11) for bar in chart.bars.barSets()]
    assert sum(november) == 5  # received in November 2026
    points = chart.rate.points()
    assert [p.y() for p in points] == [0.0, 100.0]  # September overdue; November on time
    assert chart.chart().axes()  # the axes are attached


def test_the_reminder_shows_once_a_day_and_opens_the_overdue(qtbot, shell, ops, prefs, wait_idle):
    reminder = Reminder(ops, prefs, shell.navigator, shell)
    reminder.start()
    wait_idle()
    box = reminder.box
    assert box is not None and box.isVisible()
    assert not box.isModal()
    assert box.text() == "Overdue requests: 1"
    assert prefs.get(DASHBOARD_REMINDED) == TODAY.isoformat()
    qtbot.mouseClick(box.findChild(QPushButton, "reminderOverdue"), Qt.MouseButton.LeftButton)
    wait_idle()
    screen = shell.current_screen()
    assert isinstance(screen, RequestsScreen)
    assert screen.filters()["urgency"] == "overdue" and screen.model.rowCount() == 1

    again = Reminder(ops, prefs, shell.navigator, shell)
    again.start()
    wait_idle()
    assert again.box is None  # not twice the same day


def test_no_reminder_when_nothing_is_overdue_or_due_today(shell, ops, prefs, wait_idle, built):
    prefs.set(DASHBOARD_OPERATOR, built.other_operator_id)  # nothing overdue there
    reminder = Reminder(ops, prefs, shell.navigator, shell)
    reminder.start()
    wait_idle()
    assert reminder.box is None and prefs.get(DASHBOARD_REMINDED) == ""


def test_the_window_reminds_at_start_once_a_day(qtbot, built_file, tmp_path):
    """As the app starts: the real date (the September request is overdue from October on)."""
    from app.ui.application import Controller

    path = tmp_path / "start.sqlite3"
    shutil.copyfile(built_file[0], path)
    prefs = Prefs(tmp_path / "start.ini")
    first = Controller(prefs)
    try:
        assert first.start(str(path))
        qtbot.waitUntil(lambda: first.reminder.box is not None and first.reminder.box.isVisible())
        assert first.reminder.box.parent() is first.window
        assert first.window.isVisible()  # the window stays usable: the notice is not modal
    finally:
        first._detach()
    second = Controller(prefs)
    try:
        assert second.start(str(path))
        qtbot.waitUntil(lambda: second.ops.idle)
        assert second.reminder.box is None
    finally:
        second._detach()


def test_the_calendar_opens_on_the_desks_day_not_the_machines(shell):
    # The tests' clock is frozen on TODAY (20.11.2026), months before the machine's own date:
    # the calendar shows the desk's month with its day chosen, and its counts are that month's.
    calendar = shell.screens["dashboard"].calendar
    assert calendar.shown_month() == (TODAY.year, TODAY.month)
    assert calendar.selectedDate() == to_qdate(TODAY)
    assert calendar.today == TODAY
