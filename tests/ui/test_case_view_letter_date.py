"""The case window shows the letter's own date among the letter's facts when it has one."""

from __future__ import annotations

import datetime as dt

from app.ui.case_view import CaseWindow
from tests.helpers import make_operator
from tests.helpers import register as reg
from tests.ui.test_case_view import Shell

_SHELLS: list[Shell] = []  # qtbot holds its widgets weakly: the parents must live on


def _open(qtbot, ops, prefs, wait_idle, request_id: int) -> CaseWindow:
    parent = Shell()
    _SHELLS.append(parent)
    qtbot.addWidget(parent)
    window = CaseWindow(ops, prefs, request_id, parent)
    window.show()
    wait_idle()
    qtbot.waitUntil(lambda: window.data is not None)
    return window


def test_the_letter_date_is_shown_only_when_the_letter_has_one(
    qtbot, ops, prefs, wait_idle, sqlite_ctx
):
    make_operator(sqlite_ctx)
    dated = reg(sqlite_ctx, letter_date=dt.date(2026, 10, 29), postmark=dt.date(2026, 10, 30))
    plain = reg(sqlite_ctx)
    window = _open(qtbot, ops, prefs, wait_idle, dated.id)
    ui = window.ui
    assert ui.letterDateValue.text() == "29.10.2026" and ui.letterDateValue.isVisibleTo(window)
    assert ui.postmarkValue.text() == "30.10.2026"
    window = _open(qtbot, ops, prefs, wait_idle, plain.id)
    ui = window.ui
    assert not ui.letterDateValue.isVisibleTo(window)
    assert not ui.letterDateCaption.isVisibleTo(window)
