"""Two officers, one record: the second save in the window is refused, names the first officer
and when, and Reload shows their change (the subject dialog and the case's actions)."""

from __future__ import annotations

import dataclasses

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.services import requests, subjects
from app.services.context import Context
from app.services.subjects import SubjectInput
from app.ui.case_view import CaseWindow
from app.ui.dialogs.case_actions import ChangeStatusDialog
from app.ui.dialogs.subject_dialog import SubjectDialog
from tests.conftest import TODAY
from tests.helpers import make_operator
from tests.helpers import register as reg


@pytest.fixture
def bolat(sqlite_db):
    """Another officer working on the same database from another desk."""
    return Context(sqlite_db, actor="bolat", clock=lambda: TODAY)


@pytest.fixture
def op(sqlite_ctx):
    return make_operator(sqlite_ctx)


def conflict_box(parent: QWidget) -> QMessageBox:
    box = parent.findChild(QMessageBox, "conflictBox")
    assert box is not None and box.isVisible()
    return box


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_subject_dialog_refuses_the_second_save_and_reloads(
    qtbot, ops, sqlite_ctx, bolat, op, wait_idle
):
    s = subjects.create(sqlite_ctx, op.id, SubjectInput(surname="Qasymov", given_name="Erlan"))
    dialog = SubjectDialog(ops, op.id, s.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.save_button.isEnabled)
    # meanwhile, at another desk
    theirs = subjects.for_editing(bolat, s.id)
    subjects.update(bolat, s.id, dataclasses.replace(theirs.data, phone="+7 701 111 22 33"))

    dialog.ui.emailEdit.setText("erlan@example.kz")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "conflictBox") is not None)
    box = conflict_box(dialog)
    assert "bolat" in box.text()
    assert dialog.isVisible()  # the form stays: nothing was saved
    kept = subjects.get(sqlite_ctx, s.id)
    assert (kept.phone, kept.email, kept.updated_by) == ("+7 701 111 22 33", "", "bolat")

    click(qtbot, box.findChild(QWidget, "conflictReloadButton"))
    qtbot.waitUntil(lambda: dialog.ui.phoneEdit.text() == "+7 701 111 22 33")
    qtbot.waitUntil(dialog.save_button.isEnabled)
    # after the reload the officer's change goes through, on top of bolat's
    dialog.ui.emailEdit.setText("erlan@example.kz")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.save_button)
    saved = subjects.get(sqlite_ctx, s.id)
    assert (saved.phone, saved.email, saved.updated_by) == (
        "+7 701 111 22 33",
        "erlan@example.kz",
        sqlite_ctx.actor,
    )


@pytest.fixture
def case_window(qtbot, ops, prefs, sqlite_ctx, op, wait_idle):
    rid = reg(sqlite_ctx).id
    shell = QWidget()
    qtbot.addWidget(shell)
    window = CaseWindow(ops, prefs, rid, shell)
    window.show()
    wait_idle()
    qtbot.waitUntil(lambda: window.data is not None)
    yield window
    window.close()
    QApplication.processEvents()


def test_assigning_a_case_someone_changed_meanwhile(
    qtbot, case_window, sqlite_ctx, bolat, wait_idle
):
    window = case_window
    rid = window.request_id
    requests.change_status(bolat, rid, "in_progress", "taken")
    window.ui.assigneeCombo.setEditText("Aida")
    click(qtbot, window.ui.assignButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "conflictBox") is not None)
    box = conflict_box(window)
    assert "bolat" in box.text()
    assert requests.get(sqlite_ctx, rid).assignee == ""
    assert window.data.request.status == "registered"  # still what the officer saw
    click(qtbot, box.findChild(QWidget, "conflictReloadButton"))
    qtbot.waitUntil(lambda: window.data.request.status == "in_progress")
    # the reloaded case shows the record as stored; the officer assigns again
    window.ui.assigneeCombo.setEditText("Aida")
    click(qtbot, window.ui.assignButton)
    wait_idle()
    qtbot.waitUntil(lambda: requests.get(sqlite_ctx, rid).assignee == "Aida")


def test_changing_the_status_of_a_case_someone_changed_meanwhile(
    qtbot, case_window, sqlite_ctx, bolat, wait_idle
):
    window = case_window
    rid = window.request_id
    requests.assign(bolat, rid, "Bolat")
    window.change_status()
    dialog = window.dialog
    assert isinstance(dialog, ChangeStatusDialog)
    index = dialog.ui.statusCombo.findData("in_progress")
    dialog.ui.statusCombo.setCurrentIndex(index)
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "conflictBox") is not None)
    box = conflict_box(dialog)
    assert "bolat" in box.text()
    assert requests.get(sqlite_ctx, rid).status == "registered"
    click(qtbot, box.findChild(QWidget, "conflictReloadButton"))
    qtbot.waitUntil(lambda: window.data.request.assignee == "Bolat")
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
