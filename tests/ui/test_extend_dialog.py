"""The extension dialog in the Kazakh interface: the reason asked in the half(s) the notice needs,
each half judged as it is typed, and what is saved read back from the database."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from app.services import case, requests
from app.storage.models import ExtensionRow
from app.ui.dialogs.case_actions import ExtendDialog
from tests.helpers import make_operator
from tests.helpers import register as reg

KK = "Деректер мұрағаттан сұратылды"
RU = "Сведения запрошены из архива"


def type_text(widget, text: str) -> None:
    """Type like a keyboard does, Kazakh letters included (QTest.keyClicks knows only ASCII)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def clear(widget) -> None:
    widget.selectAll()
    widget.setFocus()
    QApplication.sendEvent(
        widget,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
    )


def open_dialog(qtbot, ops, ctx, wait_idle, language: str) -> tuple[ExtendDialog, int]:
    make_operator(ctx)
    rid = reg(ctx, language=language, signed=True, received=dt.date(2026, 11, 2)).id
    dialog = ExtendDialog(ops, case.load(ctx, rid).request)
    dialog.show()
    wait_idle()
    qtbot.waitUntil(lambda: dialog.calendar is not None)
    return dialog, rid


def saved(ctx, rid: int) -> list[tuple[str, str]]:
    with ctx.read() as session:
        rows = session.exec(select(ExtensionRow).where(ExtensionRow.request_id == rid)).all()
    return [(r.reason_kk, r.reason_ru) for r in rows]


def test_a_russian_reason_in_the_kazakh_half_is_caught_as_typed_then_saved_in_kazakh(
    qtbot, kazakh, ops, sqlite_ctx, wait_idle
):
    dialog, rid = open_dialog(qtbot, ops, sqlite_ctx, wait_idle, "kk")
    ui = dialog.ui
    assert dialog.needed == ("kk",)
    assert ui.reasonKkEdit.hasFocus()  # the half the notice needs comes first
    before = requests.get(sqlite_ctx, rid).due_date

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # nothing typed
    wait_idle()
    assert dialog.isVisible() and ui.reasonKkError.isVisible()
    assert not ui.reasonRuError.isVisible()  # the Russian half is not required here

    type_text(ui.reasonKkEdit, RU)  # the Russian sentence in the Kazakh field
    assert ui.reasonKkError.isVisible()
    assert "«запрошены»" in ui.reasonKkError.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert dialog.isVisible() and saved(sqlite_ctx, rid) == []

    clear(ui.reasonKkEdit)
    type_text(ui.reasonKkEdit, KK)
    assert not ui.reasonKkError.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert saved(sqlite_ctx, rid) == [(KK, "")]
    assert requests.get(sqlite_ctx, rid).due_date > before


def test_a_russian_letter_asks_for_the_russian_half_and_keeps_both(
    qtbot, kazakh, ops, sqlite_ctx, wait_idle
):
    dialog, rid = open_dialog(qtbot, ops, sqlite_ctx, wait_idle, "ru")
    ui = dialog.ui
    assert dialog.needed == ("ru",)
    assert ui.reasonRuEdit.hasFocus()

    type_text(ui.reasonKkEdit, KK)  # the Kazakh half first: the Russian one is asked for
    assert ui.reasonRuError.isVisible() and ui.reasonRuError.text()
    assert not ui.reasonKkError.isVisible()
    type_text(ui.reasonRuEdit, KK)  # the Kazakh sentence in the Russian field
    assert "«сұратылды»" in ui.reasonRuError.text()
    clear(ui.reasonRuEdit)
    type_text(ui.reasonRuEdit, RU)
    assert not ui.reasonRuError.isVisible() and not ui.reasonKkError.isVisible()

    qtbot.mouseClick(ui.toDateRadio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.byDaysRadio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert saved(sqlite_ctx, rid) == [(KK, RU)]
