"""The Kazakh walk: every screen of the main window, each of its tabs, and the windows and
dialogs the officer opens every day, in the Kazakh interface on the demo database, hold no
English in their chrome (``tests/ui/kazakh_walk.py`` says what counts as chrome and English)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget

from app.services import register
from tests.ui.kazakh_walk import demo_data, english_in, english_words


@pytest.fixture
def kazakh_shell(kazakh, demo_ctx, shell_factory, wait_idle):
    window = shell_factory()
    wait_idle()
    return window


def settle(qtbot, wait_idle) -> None:
    wait_idle()
    qtbot.wait(50)
    wait_idle()


def test_the_walk_tells_english_from_kazakh_and_from_data():
    assert english_words("30 working days from today") == ["working", "days", "from", "today"]
    assert english_words("Save as PDF (Ctrl+S)") == ["Save", "as"]
    assert english_words("Мерзімі — 3 жұмыс күні ішінде") == []
    data = ("Tursynov Daniyar",)  # a name the test typed in
    assert (
        english_words("Tursynov Daniyar, tsapargali38@mail.kz, ТОО «Qazaq Build Group»", data) == []
    )
    assert english_words("<b>Күні</b>&nbsp;(Ctrl+Shift+D): PDF, JPEG") == []
    assert english_words("&Save the report") == ["Save", "the", "report"]


def test_every_screen_and_tab_speaks_kazakh(qtbot, kazakh_shell, demo_ctx, wait_idle):
    window = kazakh_shell
    data = demo_data(demo_ctx)
    found = []
    for row, screen in enumerate(window.screens.values()):
        window.nav.setCurrentRow(row)
        settle(qtbot, wait_idle)
        found += english_in(window, data)
        for tabs in screen.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                settle(qtbot, wait_idle)
                found += english_in(window, data)
    for menu_action in window.menuBar().actions():
        found += english_in(menu_action.menu())
    assert not sorted(set(found)), "\n".join(sorted(set(found)))


def test_the_case_window_and_register_dialog_speak_kazakh(qtbot, kazakh_shell, demo_ctx, wait_idle):
    window = kazakh_shell
    data = demo_data(demo_ctx)
    found = []
    rows = register.list_requests(demo_ctx, register.RequestFilter(open_only=True), limit=3)
    for request in rows:
        window.open_case(request.id)
        settle(qtbot, wait_idle)
        case = window._case_windows[request.id]
        for tabs in case.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                settle(qtbot, wait_idle)
                found += english_in(case, data)
        case.close()
    from app.ui.dialogs.register_letter import RegisterLetterDialog

    window.new_letter()
    settle(qtbot, wait_idle)
    dialog = window.findChild(RegisterLetterDialog)
    assert dialog is not None
    qtbot.wait(400)  # the due-date preview comes after a short pause
    settle(qtbot, wait_idle)
    found += english_in(dialog, data)
    dialog.reject()
    assert not sorted(set(found)), "\n".join(sorted(set(found)))
