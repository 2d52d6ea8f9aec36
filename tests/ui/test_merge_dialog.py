"""The Merge dialog of the Subjects screen: the record shown is kept, the other is found by
search; what moves is shown, a refused merge says why, and a merged record is not offered again."""

from __future__ import annotations

import gc

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.services import merge, subjects
from app.services.subjects import SubjectInput
from app.ui.dialogs.merge_dialog import MergeDialog
from app.ui.screens.subjects import SubjectsScreen
from tests.helpers import make_operator
from tests.retention import SECRET_IIN, finished_withdrawal


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread():
    yield
    gc.collect()


def type_text(widget, text: str) -> None:
    """Type like a keyboard does, Kazakh letters included (QTest.keyClicks knows only ASCII)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def people(sqlite_ctx):
    op = make_operator(sqlite_ctx)
    keep = subjects.create(
        sqlite_ctx, op.id, SubjectInput(surname="Сейітова", given_name="Әйгерім")
    )
    other = subjects.create(
        sqlite_ctx, op.id, SubjectInput(surname="Seitova", given_name="Aigerim", iin=SECRET_IIN)
    )
    finished_withdrawal(sqlite_ctx, other.id, [("Контакты", "destroyed", None)], status="active")
    third = subjects.create(sqlite_ctx, op.id, SubjectInput(surname="Сейітов", iin="900101300811"))
    return {"keep": keep, "other": other, "third": third}


@pytest.fixture
def screen(qtbot, shell_factory, wait_idle, people):
    window = shell_factory([SubjectsScreen])
    wait_idle()
    screen = window.screens["subjects"]
    screen.show_subject(people["keep"].id)
    qtbot.waitUntil(lambda: screen._card is not None and screen._card.id == people["keep"].id)
    wait_idle()
    return screen


def _open(qtbot, screen, wait_idle) -> MergeDialog:
    assert screen.merge_button.isEnabled()
    qtbot.mouseClick(screen.merge_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(MergeDialog, "mergeDialog")
    assert dialog is not None and dialog.isVisible()
    wait_idle()
    return dialog


def _search(qtbot, dialog, wait_idle, text: str) -> None:
    type_text(dialog.search_edit, text)
    dialog.search()
    wait_idle()


def test_status_menu_offers_neither_merged_nor_anonymised(screen):
    assert set(screen.status_actions) == {"active", "processing_stopped", "deregistered"}


def test_merge_found_by_iin_moves_letters_and_leaves_a_pointer(
    qtbot, screen, wait_idle, people, sqlite_ctx
):
    keep, other = people["keep"], people["other"]
    dialog = _open(qtbot, screen, wait_idle)
    assert "Сейітова Әйгерім" in dialog.keep_label.text()
    assert "requests: 0, consents: 0, letters: 0" in dialog.keep_label.text()
    _search(qtbot, dialog, wait_idle, SECRET_IIN)
    assert dialog.results.count() == 1
    # the IIN searched for is shown whole; the record kept is never offered
    assert SECRET_IIN in dialog.results.item(0).text()
    wait_idle()
    assert dialog.preview is not None and dialog.preview.other.id == other.id
    assert "requests: 1, consents: 1, letters: 1" in dialog.moves_label.text()
    assert "IIN" in dialog.moves_label.text()
    assert dialog.merge_button.isEnabled() and not dialog.problems_label.isVisible()

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    wait_idle()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    wait_idle()
    gone = subjects.get(sqlite_ctx, other.id)
    assert gone.status == "merged" and gone.merged_into_id == keep.id
    assert [r.subject_id for r in subjects.requests_of(sqlite_ctx, keep.id)] == [keep.id]
    assert subjects.get(sqlite_ctx, keep.id).iin == SECRET_IIN
    qtbot.waitUntil(lambda: screen._card is not None and len(screen._card.requests) == 1)


def test_a_refused_merge_says_why_and_cannot_be_pressed(qtbot, screen, wait_idle, people):
    dialog = _open(qtbot, screen, wait_idle)
    ctx = dialog.ops.ctx
    fourth = subjects.create(ctx, people["keep"].operator_id, SubjectInput(surname="Fourth"))
    merge.merge(ctx, fourth.id, people["other"].id)  # OTHER went into another record meanwhile
    _search(qtbot, dialog, wait_idle, "Seitova")
    assert dialog.results.count() == 1
    wait_idle()
    assert dialog.problems_label.isVisible()
    assert "already merged" in dialog.problems_label.text()
    assert not dialog.merge_button.isEnabled()


def test_a_merged_record_offers_no_merge(qtbot, screen, wait_idle, people, sqlite_ctx):
    merge.merge(sqlite_ctx, people["keep"].id, people["other"].id)
    screen.show_subject(people["other"].id)
    qtbot.waitUntil(lambda: screen._card is not None and screen._card.id == people["other"].id)
    wait_idle()
    assert screen._card.status == "merged"
    assert not screen.merge_button.isEnabled()
    assert screen.merge_subject() is None
