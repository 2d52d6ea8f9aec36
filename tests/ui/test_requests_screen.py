"""The request register, driven like the officer does, on a small demo database."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton

from app.domain.deadlines import Urgency
from app.domain.names import name_keys
from app.services import demo, register, requests
from app.services.context import Context
from app.storage.database import Database
from app.ui import labels
from app.ui.models import request_table
from app.ui.models.request_table import (
    ASSIGNEE,
    DAYS_LEFT,
    DUE,
    ID_ROLE,
    LOADING,
    NUMBER,
    OPERATOR,
    STATUS,
    SUBJECT,
    TYPE,
    RequestTableModel,
)
from app.ui.screens.dashboard import DashboardScreen
from app.ui.screens.requests import DEFAULT_FILTERS, RequestsScreen
from tests.conftest import TODAY
from tests.helpers import register as reg


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory, sqlite_template):
    """The demo database is built once for this module; each test gets its own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(path)
    demo.build(Context(db, actor="tester", clock=lambda: TODAY), subjects=40, requests=60, seed=7)
    db.dispose()
    return path


@pytest.fixture
def sqlite_db(demo_file, tmp_path):
    # Overrides tests/conftest.py's empty database: here sqlite_ctx (and ops) see the demo.
    path = tmp_path / "derbes.sqlite3"
    shutil.copyfile(demo_file, path)
    db = Database(path)
    yield db
    db.dispose()


@pytest.fixture
def shell(shell_factory, wait_idle):
    window = shell_factory([DashboardScreen, RequestsScreen])
    wait_idle()
    return window


def open_register(window, wait_idle) -> RequestsScreen:
    screen = window.show_screen("requests")
    wait_idle()
    assert screen.model.loaded_once
    return screen


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard does; QTest.keyClicks only knows Latin-1, this any script."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def shown_ids(screen: RequestsScreen) -> list[int]:
    model = screen.model
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def column_texts(screen: RequestsScreen, column: int) -> list[str]:
    model = screen.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester, ops, sqlite_ctx, wait_idle):
    model = RequestTableModel(ops)
    model.set_criteria(register.Criteria())
    wait_idle()
    assert model.rowCount() == 60 and all(model.is_row_loaded(r) for r in range(60))
    qtmodeltester.check(model)
    model.sort(DUE, Qt.SortOrder.AscendingOrder)
    wait_idle()
    qtmodeltester.check(model)
    model.set_criteria(register.Criteria(urgency="overdue"))
    wait_idle()
    qtmodeltester.check(model)


def test_rows_show_the_register_with_urgency_colours(shell, sqlite_ctx, wait_idle):
    screen = open_register(shell, wait_idle)
    model = screen.model
    everything = register.ids(sqlite_ctx, register.Criteria())
    assert shown_ids(screen) == everything
    assert screen.ui.countLabel.text() == "60 requests"
    first = requests.get(sqlite_ctx, everything[0])
    assert model.index(0, NUMBER).data() == first.reg_number
    assert model.index(0, TYPE).data() == labels.type_label(first.type)
    assert model.index(0, STATUS).data() == labels.status_label(first.status)
    for row in range(model.rowCount()):
        data = model.row_data(row)
        left = model.index(row, DAYS_LEFT)
        background, text = labels.URGENCY_COLORS[data.urgency]
        assert left.data(Qt.ItemDataRole.BackgroundRole) == background
        assert left.data(Qt.ItemDataRole.ForegroundRole) == text
        if data.urgency is Urgency.DONE:
            assert left.data() == "Done"
        elif data.urgency is Urgency.LATER:
            assert int(left.data()) > 10
    assert any(model.row_data(r).urgency is Urgency.DONE for r in range(model.rowCount()))


def test_a_row_not_loaded_yet_shows_dots_until_its_page_arrives(
    qtbot, ops, sqlite_ctx, wait_idle, monkeypatch
):
    monkeypatch.setattr(request_table, "PAGE_SIZE", 10)
    model = RequestTableModel(ops)
    model.set_criteria(register.Criteria())
    wait_idle()
    assert model.rowCount() == 60
    assert model.is_row_loaded(9) and not model.is_row_loaded(35)
    far = model.index(35, NUMBER)
    assert far.data() == LOADING  # asks for its page, off the GUI thread
    assert far.data(ID_ROLE) == model.request_id(35)  # the id is known before the data
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        pass
    first, last = changed.args[0], changed.args[1]
    assert first.row() == 30 and last.row() == 39
    expected = requests.get(sqlite_ctx, model.request_id(35)).reg_number
    assert far.data() == expected


def test_filters_narrow_the_rows(qtbot, shell, sqlite_ctx, wait_idle):
    screen = open_register(shell, wait_idle)
    ui = screen.ui
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData("claim"))
    wait_idle()
    claims = register.ids(sqlite_ctx, register.Criteria(type="claim"))
    assert claims and shown_ids(screen) == claims
    assert set(column_texts(screen, TYPE)) == {labels.type_label("claim")}
    assert screen.ui.countLabel.text() in (f"{len(claims)} requests", "1 request")

    ui.typeCombo.setCurrentIndex(0)
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("answer_ready"))
    wait_idle()
    ready = register.ids(sqlite_ctx, register.Criteria(status="answer_ready"))
    assert ready and shown_ids(screen) == ready
    assert set(column_texts(screen, STATUS)) == {labels.status_label("answer_ready")}

    ui.statusCombo.setCurrentIndex(0)
    ui.operatorCombo.setCurrentIndex(ui.operatorCombo.findText("IPSM"))
    wait_idle()
    ipsm = screen.filters()["operator_id"]
    assert ipsm is not None
    mine = register.ids(sqlite_ctx, register.Criteria(operator_id=ipsm))
    assert 0 < len(mine) < 60 and shown_ids(screen) == mine
    assert set(column_texts(screen, OPERATOR)) == {"IPSM"}
    ui.assigneeCombo.setCurrentIndex(ui.assigneeCombo.findText("Иванова Е."))
    wait_idle()
    theirs = register.ids(sqlite_ctx, register.Criteria(operator_id=ipsm, assignee="Иванова Е."))
    assert shown_ids(screen) == theirs and set(column_texts(screen, ASSIGNEE)) <= {"Иванова Е."}
    ui.assigneeCombo.setCurrentIndex(ui.assigneeCombo.findText("Nobody assigned"))
    wait_idle()
    assert set(column_texts(screen, ASSIGNEE)) <= {""}
    ui.operatorCombo.setCurrentIndex(0)
    ui.assigneeCombo.setCurrentIndex(0)
    wait_idle()

    ui.periodCheck.setChecked(True)
    ui.fromDate.setDate(ui.fromDate.date().addMonths(-1))
    qtbot.waitUntil(lambda: screen.filters()["received_from"] is not None, timeout=3000)
    wait_idle()
    period = screen.filters()
    assert period["received_to"] == TODAY
    expected = register.ids(
        sqlite_ctx,
        register.Criteria(received_from=period["received_from"], received_to=TODAY),
    )
    assert shown_ids(screen) == expected and 0 < len(expected) < 60

    qtbot.mouseClick(ui.clearButton, Qt.MouseButton.LeftButton)
    wait_idle()
    assert screen.model.rowCount() == 60 and not ui.periodCheck.isChecked()
    assert screen.filters() == DEFAULT_FILTERS


def test_every_dashboard_card_opens_the_register_with_the_dashboards_count(
    qtbot, shell, sqlite_ctx, wait_idle
):
    board = register.dashboard(sqlite_ctx)
    assert board.overdue > 0 and board.answers_to_print > 0
    for card, filters in register.TILES:
        count = getattr(board, card)
        shell.show_screen("dashboard")
        button = shell.screens["dashboard"].findChild(QPushButton, f"card_{card}")
        assert button is not None, card
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        wait_idle()
        screen = shell.current_screen()
        assert isinstance(screen, RequestsScreen)
        assert screen.model.rowCount() == count, card
        if "urgency" in filters:
            assert screen.ui.urgencyCombo.currentData() == filters["urgency"]
            assert screen.ui.statusCombo.currentData() is None  # the other filters were reset
            assert screen.chip.isHidden()
        else:  # the letter tiles: no combo of their own, a chip names them
            assert screen.filters()["letters"] == filters["letters"]
            assert screen.ui.urgencyCombo.currentData() is None
            assert not screen.chip.isHidden()
    shell.show_register(urgency="overdue")
    wait_idle()
    screen = shell.screens["requests"]
    assert screen.ui.urgencyCombo.currentText() == "Overdue"
    assert {screen.model.row_data(r).urgency for r in range(screen.model.rowCount())} == {
        Urgency.OVERDUE
    }


def test_apply_filters_resets_the_others_and_search(qtbot, shell, wait_idle):
    screen = open_register(shell, wait_idle)
    type_text(qtbot, screen.ui.searchEdit, "Әлиев")
    screen.ui.typeCombo.setCurrentIndex(2)
    wait_idle()
    screen.apply_filters(status="answer_ready")
    assert screen.ui.searchEdit.text() == "" and screen.ui.typeCombo.currentIndex() == 0
    assert screen.filters()["status"] == "answer_ready"
    with pytest.raises(TypeError):
        screen.apply_filters(colour="red")
    with pytest.raises(ValueError):
        screen.apply_filters(urgency="someday")
    wait_idle()


@pytest.mark.parametrize("text", ["Kassymov", "Қасымов", "касымов ерлан", "900101300811"])
def test_search_finds_a_name_in_any_script_and_the_iin(qtbot, shell, sqlite_ctx, wait_idle, text):
    letter = reg(sqlite_ctx, sender="Қасымов Ерлан Серікұлы", iin="900101300811")
    screen = open_register(shell, wait_idle)
    type_text(qtbot, screen.ui.searchEdit, text)
    qtbot.waitUntil(lambda: screen.filters()["search"] == text, timeout=3000)  # debounced
    wait_idle()
    shown = shown_ids(screen)
    assert letter.id in shown
    if text.isdigit():
        assert shown == [letter.id]
    for row in range(len(shown)):  # the demo has other Kassymovs; nobody else
        data = screen.model.row_data(row)
        keys = " ".join(name_keys(data.subject_name) + name_keys(data.sender))
        assert "kasimov" in keys or text.lower() in data.sender.lower()
    row = shown.index(letter.id)
    assert screen.model.index(row, SUBJECT).data() == "Қасымов Ерлан Серікұлы"


def test_search_applies_at_once_on_enter(qtbot, shell, sqlite_ctx, wait_idle):
    screen = open_register(shell, wait_idle)
    number = requests.get(sqlite_ctx, screen.model.request_id(5)).reg_number
    type_text(qtbot, screen.ui.searchEdit, number)
    qtbot.keyClick(screen.ui.searchEdit, Qt.Key.Key_Return)
    assert screen.filters()["search"] == number
    wait_idle()
    assert screen.model.index(0, NUMBER).data() == number


def test_sorting_by_clicking_the_due_date_header(qtbot, shell, wait_idle):
    screen = open_register(shell, wait_idle)
    header = screen.table.horizontalHeader()

    def click_due():
        x = header.sectionViewportPosition(DUE) + header.sectionSize(DUE) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        wait_idle()

    def dues():
        return [screen.model.row_data(r).due_date for r in range(screen.model.rowCount())]

    click_due()
    first = dues()
    dated = [d for d in first if d is not None]
    assert screen.model.criteria.sort == "due_date"
    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert dated == sorted(dated, reverse=not ascending) and len(set(dated)) > 3
    assert first[len(dated) :] == [None] * (len(first) - len(dated))  # clock stopped: last
    click_due()
    again = [d for d in dues() if d is not None]
    assert again == sorted(again, reverse=ascending)


def test_filters_sort_and_columns_survive_a_restart(qtbot, shell_factory, prefs, wait_idle):
    window = shell_factory([DashboardScreen, RequestsScreen])
    screen = open_register(window, wait_idle)
    screen.ui.statusCombo.setCurrentIndex(screen.ui.statusCombo.findData("open"))
    screen.ui.assigneeCombo.setCurrentIndex(screen.ui.assigneeCombo.findData("Иванова Е."))
    type_text(qtbot, screen.ui.searchEdit, "ов")
    screen.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
    header = screen.table.horizontalHeader()
    header.resizeSection(SUBJECT, 333)
    header.setSectionHidden(TYPE, True)
    qtbot.waitUntil(lambda: screen.filters()["search"] == "ов", timeout=3000)
    wait_idle()
    shown = shown_ids(screen)
    window.close()  # saves the layout, like quitting

    again = shell_factory([DashboardScreen, RequestsScreen])
    screen2 = open_register(again, wait_idle)
    ui = screen2.ui
    assert ui.statusCombo.currentData() == "open"
    assert ui.assigneeCombo.currentData() == "Иванова Е."
    assert ui.searchEdit.text() == "ов"
    header2 = screen2.table.horizontalHeader()
    assert header2.sortIndicatorSection() == DUE
    assert header2.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert header2.sectionSize(SUBJECT) == 333 and header2.isSectionHidden(TYPE)
    assert screen2.model.criteria == screen.model.criteria
    assert shown_ids(screen2) == shown


def test_a_letter_registered_anywhere_appears_after_the_change(shell, ops, sqlite_ctx, wait_idle):
    screen = open_register(shell, wait_idle)
    screen.table.selectRow(3)
    kept = screen.selected_request_ids()
    made = []
    ops.mutate(
        lambda ctx: made.append(reg(ctx, received=dt.date(2026, 11, 19), sender="Жаңа Хат")),
    )
    wait_idle()
    wait_idle()
    assert screen.model.rowCount() == 61 and screen.ui.countLabel.text() == "61 requests"
    assert made[0].id in shown_ids(screen)
    row = screen.model.rows_of([made[0].id])[0]
    assert screen.model.index(row, NUMBER).data() == made[0].reg_number
    assert screen.selected_request_ids() == kept  # the selection follows its request


def test_enter_and_double_click_open_the_case(qtbot, shell, wait_idle):
    screen = open_register(shell, wait_idle)
    opened = []
    shell.open_case = opened.append
    table = screen.table
    table.setFocus()
    table.setCurrentIndex(screen.model.index(2, NUMBER))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [screen.model.request_id(2)]
    rect = table.visualRect(screen.model.index(4, STATUS))
    # A real double-click: press and release, then the double-click event.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1  # a single click only selects
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[-1] == screen.model.request_id(4)


def test_register_a_letter_button_and_multi_selection(qtbot, shell, wait_idle):
    screen = open_register(shell, wait_idle)
    asked = []
    shell.new_letter = lambda: asked.append(True)
    qtbot.mouseClick(screen.ui.newLetterButton, Qt.MouseButton.LeftButton)
    assert asked == [True]
    table = screen.table
    selection = table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    table.selectRow(1)
    rect = table.visualRect(screen.model.index(6, NUMBER))
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        rect.center(),
    )
    selection.select(screen.model.index(3, 0), flags)
    assert screen.selected_request_ids() == [screen.model.request_id(r) for r in (1, 3, 6)]


def test_new_criteria_paint_the_first_page_before_every_id_is_known(
    qtbot, ops, sqlite_ctx, wait_idle, monkeypatch
):
    monkeypatch.setattr(request_table, "PAGE_SIZE", 10)
    model = RequestTableModel(ops)
    with qtbot.waitSignal(model.count_changed, timeout=5000) as counted:
        model.set_criteria(register.Criteria(sort="received_date"))
    assert counted.args == [60] and model.rowCount() == 60
    if not model.complete:  # the second query has not reported back yet
        assert model.is_row_loaded(9) and model.request_id(30) is None
        assert model.index(30, NUMBER).data() == LOADING
    wait_idle()
    assert model.complete and not model.loading
    everything = register.ids(sqlite_ctx, register.Criteria(sort="received_date"))
    assert model.ids() == everything
    qtbot.waitUntil(lambda: model.index(30, NUMBER).data() != LOADING, timeout=5000)
    assert model.index(30, NUMBER).data() == requests.get(sqlite_ctx, everything[30]).reg_number


def test_keyboard_find_clear_and_the_empty_register(qtbot, shell, wait_idle):
    screen = open_register(shell, wait_idle)
    ui = screen.ui
    assert not ui.clearButton.isEnabled()  # nothing to clear yet
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert ui.searchEdit.hasFocus()
    type_text(qtbot, ui.searchEdit, "Nobody Zzz")
    qtbot.keyClick(ui.searchEdit, Qt.Key.Key_Return)
    wait_idle()
    assert screen.model.rowCount() == 0 and ui.countLabel.text() == "0 requests"
    assert screen.empty_label.isVisible() and "No requests match" in screen.empty_label.text()
    assert ui.clearButton.isEnabled()
    qtbot.keyClick(ui.searchEdit, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # Cl&ear filters
    qtbot.waitUntil(lambda: ui.searchEdit.text() == "", timeout=3000)  # an animated click
    wait_idle()
    assert ui.searchEdit.text() == "" and screen.model.rowCount() == 60
    assert not screen.empty_label.isVisible() and not ui.clearButton.isEnabled()


def test_batch_letters_opens_for_the_selected_requests(qtbot, shell, wait_idle):
    from app.ui.letters.batch import BatchLettersDialog

    screen = open_register(shell, wait_idle)
    qtbot.waitUntil(lambda: screen.model.is_row_loaded(2))
    selection = screen.table.selectionModel()
    for row in (0, 2):
        selection.select(
            screen.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    qtbot.mouseClick(screen.ui.batchButton, Qt.MouseButton.LeftButton)
    dialogs = screen.findChildren(BatchLettersDialog)
    assert len(dialogs) == 1
    assert len(dialogs[0].request_ids) == 2
    assert sorted(dialogs[0].request_ids) == sorted(screen.selected_request_ids())
    dialogs[0].close()


def test_a_request_extended_late_keeps_its_breach_in_sight(qapp):
    row = register.RegisterRow(
        id=1,
        reg_number="ДД-2026/0001",
        received_date=dt.date(2026, 9, 1),
        sender="Әлиев",
        subject_id=None,
        subject_name="",
        type="access",
        status="in_progress",
        due_date=dt.date(2026, 11, 27),
        remaining_days=None,
        days_left=5,
        urgency=Urgency.WITHIN_10,
        assignee="",
        operator_id=1,
        operator_name="Senimkey",
        late_days=19,
    )
    assert request_table.days_left_text(row) == "5 · late by 19"
    assert RequestTableModel._shown_urgency(row) is Urgency.OVERDUE  # the overdue colour stays
    in_time = dataclasses.replace(row, late_days=0)
    assert request_table.days_left_text(in_time) == "5"
    assert RequestTableModel._shown_urgency(in_time) is Urgency.WITHIN_10


def test_a_big_register_is_read_by_position_never_every_id(
    qtbot, qtmodeltester, ops, sqlite_ctx, wait_idle, monkeypatch
):
    # 60 requests stand for a big register: more than ALL_IDS rows are read page by page.
    monkeypatch.setattr(request_table, "PAGE_SIZE", 10)
    monkeypatch.setattr(request_table, "ALL_IDS", 25)
    asked = []
    every_id = register.ids
    monkeypatch.setattr(register, "ids", lambda ctx, c: asked.append(c) or every_id(ctx, c))
    criteria = register.Criteria(sort="received_date")
    everything = every_id(sqlite_ctx, criteria)
    model = RequestTableModel(ops)
    model.set_criteria(criteria)
    wait_idle()
    assert model.paged and not model.complete and not model.loading
    assert model.rowCount() == 60 and asked == []  # a count and a LIMIT, not every id
    assert model.ids() == everything[:10] and model.request_id(35) is None
    far = model.index(35, NUMBER)
    assert far.data() == LOADING
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        pass
    assert (changed.args[0].row(), changed.args[1].row()) == (30, 39)
    assert model.ids() == everything[:10] + everything[30:40]
    assert far.data() == requests.get(sqlite_ctx, everything[35]).reg_number
    assert model.rows_of([everything[33], everything[5], everything[50]]) == [5, 33]
    qtmodeltester.check(model)
    # A change elsewhere: the count and the pages around the last row shown read again; the
    # same ids where both were read, so the model repaints without a reset.
    with qtbot.assertNotEmitted(model.modelReset):
        model.refresh()
        wait_idle()
    far.data()  # its page is read again (the cache was emptied)
    qtbot.waitUntil(lambda: model.is_row_loaded(35), timeout=5000)
    assert model.rowCount() == 60
    assert far.data() == requests.get(sqlite_ctx, everything[35]).reg_number
    assert asked == []
    # A new request comes first in the newest-first order: the rows move, the model resets.
    newest = dataclasses.replace(criteria, descending=True)
    model.set_criteria(newest)
    wait_idle()
    made = reg(sqlite_ctx, received=TODAY)
    with qtbot.waitSignal(model.modelReset, timeout=5000):
        model.refresh()
    wait_idle()
    assert model.rowCount() == 61 and model.request_id(0) == made.id
    model.index(45, NUMBER).data()
    qtbot.waitUntil(lambda: model.is_row_loaded(45), timeout=5000)
    assert model.request_id(45) == every_id(sqlite_ctx, newest)[45]
    assert asked == []
