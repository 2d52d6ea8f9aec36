"""Dispatch… from the request list's context menu and from the case window: the same dialog,
for the request's final letters still to post; and the demo, whose answers went by registered
post through the dispatch service, shows the same letters on the tiles and the Outgoing lists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMenu

from app.domain.identifiers import is_valid_s10
from app.services import outgoing, register, requests
from app.storage.models import Letter
from app.ui.case_view import CaseWindow
from app.ui.dialogs.dispatch_dialog import DispatchDialog
from app.ui.screens.requests import RequestsScreen
from tests.helpers import make_operator
from tests.unit.test_dispatch import answered, s10


@pytest.fixture
def answers(sqlite_ctx):
    make_operator(
        sqlite_ctx,
        signatory_position_kk="Директор",
        signatory_position_ru="Директор",
        signatory_name="Д. Н. Сәрсенбаев",
    )
    return [answered(sqlite_ctx, sender=n) for n in ("Әлиев Нұрлан", "Иванова Анна")]


def _send(qtbot, dialog, wait_idle, serial="80000000"):
    for n, edit in enumerate(dialog.tracking_edits):
        qtbot.keyClicks(edit, s10(serial[:-1] + str(n)))
    with qtbot.waitSignal(dialog.dispatched, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle()


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen menu popup
def test_the_request_lists_menu_dispatches_the_selected_requests_letters(
    qtbot, shell_factory, sqlite_ctx, answers, wait_idle
):
    shell = shell_factory([RequestsScreen])
    wait_idle()
    screen = shell.show_screen("requests")
    wait_idle()
    qtbot.waitUntil(lambda: screen.model.is_row_loaded(1))
    chosen = screen.model.request_id(1)
    screen.table.selectionModel().select(
        screen.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    rect = screen.table.visualRect(screen.model.index(1, 0))
    screen._table_menu(rect.center())
    menu = [m for m in screen.findChildren(QMenu) if m.isVisible()][-1]
    (action,) = [a for a in menu.actions() if a.objectName() == "dispatchAction"]
    action.trigger()
    menu.close()
    wait_idle()
    dialog = screen.dispatch_dialog
    assert isinstance(dialog, DispatchDialog) and dialog.isVisible()
    letter = next(x for r, x in answers if r.id == chosen)
    assert [row.id for row in dialog.letters] == [letter.id]
    _send(qtbot, dialog, wait_idle)
    assert requests.get(sqlite_ctx, chosen).status == "sent"
    other = next(r.id for r, _l in answers if r.id != chosen)
    assert requests.get(sqlite_ctx, other).status == "answer_ready"


def test_the_case_windows_dispatch_button_sends_its_answer(
    qtbot, ops, prefs, sqlite_ctx, answers, wait_idle
):
    (r, letter), _ = answers
    w = CaseWindow(ops, prefs, r.id)
    qtbot.addWidget(w)
    w.show()
    wait_idle()
    qtbot.waitUntil(lambda: w.data is not None)
    assert w.dispatchButton.isEnabled()
    qtbot.mouseClick(w.dispatchButton, Qt.MouseButton.LeftButton)
    wait_idle()
    dialog = w.dialog
    assert isinstance(dialog, DispatchDialog) and [x.id for x in dialog.letters] == [letter.id]
    _send(qtbot, dialog, wait_idle, "80000010")
    assert requests.get(sqlite_ctx, r.id).status == "sent"
    qtbot.waitUntil(lambda: not w.dispatchButton.isEnabled())  # nothing left to post


def test_the_demo_posts_its_answers_and_its_tiles_agree_with_the_outgoing_lists(demo_ctx):
    from sqlmodel import col, select

    with demo_ctx.read() as session:
        sent = session.exec(select(Letter).where(col(Letter.sent_on).is_not(None))).all()
    assert sent, "the demo dispatches its answers"
    assert all(x.method == "registered" and is_valid_s10(x.tracking_number) for x in sent)
    board = register.dashboard(demo_ctx)
    counts = outgoing.counts(demo_ctx)
    assert sum(counts.values()) >= len(sent)
    for tile, state in (("letters_to_post", "to_post"), ("awaiting_delivery", "awaiting")):
        rows = outgoing.rows(demo_ctx, outgoing.ids(demo_ctx, state))
        assert getattr(board, tile) == len({x.request_id for x in rows}), tile
    assert any(x.delivered_on for x in sent)


def test_the_case_timeline_words_the_dispatch_in_the_users_language(qapp, sqlite_ctx, answers):
    """Structured facts stored, the words made by the window: Kazakh when it speaks Kazakh."""
    from PySide6.QtCore import QTranslator

    from app.resources import resources_root
    from app.services import dispatch
    from app.ui.case_timeline import timeline_entries

    (r, letter), _ = answers
    item = dispatch.Item(letter.id, s10("82000000"))
    dispatch.dispatch(sqlite_ctx, dispatch.Dispatch("registered", sqlite_ctx.today(), [item]))
    events = requests.timeline(sqlite_ctx, r.id)
    lines = [(h, d) for e, h, d in timeline_entries(events) if e.kind == "dispatch"]
    assert lines == [
        (
            f"Letter {letter.out_number} sent on 20.11.2026: Registered post",
            f"Tracking number {s10('82000000')}",
        )
    ]
    translator = QTranslator()
    if translator.load(str(resources_root() / "translations" / "derbes_kk.qm")):
        qapp.installTranslator(translator)
        try:
            (e, headline, _d), *_ = [x for x in timeline_entries(events) if x[0].kind == "dispatch"]
            assert "Registered post" not in headline and letter.out_number in headline
        finally:
            qapp.removeTranslator(translator)
