"""Completing an extension whose reason lacks a half, in the Kazakh interface: the Russian
reason of old prefilled, the Kazakh half typed (a Russian one caught as typed), both saved and
the Kazakh notice made from them."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import Qt

from app.domain.data_map import Pair
from app.services import case, letters, requests
from app.ui.dialogs.case_actions import ExtensionReasonDialog
from tests.helpers import make_operator
from tests.helpers import register as reg
from tests.ui.test_extend_dialog import KK, RU, clear, saved, type_text


def test_the_kazakh_half_of_a_russian_reason_is_added_and_the_kazakh_notice_made(
    qtbot, kazakh, ops, sqlite_ctx, wait_idle
):
    make_operator(sqlite_ctx)
    rid = reg(sqlite_ctx, language="kk", signed=True, received=dt.date(2026, 11, 2)).id
    requests.extend(sqlite_ctx, rid, reason_ru=RU, days=5, letter_language="ru")
    loaded = case.load(sqlite_ctx, rid)
    assert loaded.extension_reason == Pair("", RU)  # the case window offers the Kazakh half
    due = loaded.request.due_date
    dialog = ExtensionReasonDialog(ops, loaded.request, loaded.extension_reason)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle()
    ui = dialog.ui
    assert ui.reasonRuEdit.toPlainText() == RU
    assert ui.reasonKkEdit.hasFocus() and not ui.daysSpin.isVisible()

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # the Kazakh half missing
    wait_idle()
    assert dialog.isVisible() and ui.reasonKkError.isVisible()
    type_text(ui.reasonKkEdit, RU)  # the Russian sentence in the Kazakh field
    assert "«запрошены»" in ui.reasonKkError.text()
    clear(ui.reasonKkEdit)
    type_text(ui.reasonKkEdit, KK)
    assert not ui.reasonKkError.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert saved(sqlite_ctx, rid) == [(KK, RU)]
    assert requests.get(sqlite_ctx, rid).due_date == due
    body = letters.build(sqlite_ctx, rid, "extension", "kk").body
    assert KK in body and RU not in body
