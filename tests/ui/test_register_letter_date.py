"""«Letter date» in Register a letter: optional, refused after the received date at its own
field, saved with the letter (the postmark stays the envelope's)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.helpers import make_operator
from tests.ui.register_letter_support import dialog_opener
from tests.ui.test_register_letter import settle, stored_requests, type_date, type_text

D = dt.date


@pytest.fixture
def op(sqlite_ctx):
    return make_operator(sqlite_ctx)


@pytest.fixture
def open_dialog(qtbot, ops, prefs, wait_idle):
    yield from dialog_opener(qtbot, ops, prefs, wait_idle)


def test_a_letter_date_after_the_received_date_is_refused_at_its_field(
    qtbot, open_dialog, sqlite_ctx, op, wait_idle
):
    dialog = open_dialog()
    ui = dialog.ui
    type_text(qtbot, ui.senderEdit, "Әлиев Нұрлан")
    type_date(qtbot, ui.receivedEdit, D(2026, 11, 16))
    assert not ui.letterDateEdit.isEnabled() and ui.saveButton.isEnabled()  # optional
    ui.letterDateCheck.setFocus()
    qtbot.keyClick(ui.letterDateCheck, Qt.Key.Key_Space)
    assert ui.letterDateEdit.isEnabled()
    type_date(qtbot, ui.letterDateEdit, D(2026, 11, 18))
    assert ui.letterDateError.isVisible()
    assert "after the letter was received (16.11.2026)" in ui.letterDateError.text()
    assert not ui.receivedError.isVisible() and not ui.saveButton.isEnabled()

    type_date(qtbot, ui.letterDateEdit, D(2026, 11, 12))
    assert not ui.letterDateError.isVisible() and ui.saveButton.isEnabled()
    settle(qtbot, dialog, wait_idle)
    with qtbot.waitSignal(dialog.registered, timeout=30_000):
        ui.saveButton.click()
    (request,) = stored_requests(sqlite_ctx)
    assert (request.letter_date, request.postmark_date) == (D(2026, 11, 12), None)
