"""Scans in Register a letter: a damaged file refused with its reason and the others kept, an ID
copy stored flagged for destruction, files dropped onto the dialog, the same scan twice left out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from app.services import attachments
from app.storage.models import Attachment
from app.ui.widgets.scan_list import COL_ID, COL_NOTE
from tests.ui import register_letter_support as support
from tests.ui.register_letter_support import (
    dialog_opener,
    op,
    png_bytes,
    scans,
    stored_requests,
    type_text,
)

__all__ = ["op", "scans"]  # fixtures


@pytest.fixture
def open_dialog(qtbot, ops, prefs, wait_idle):
    yield from dialog_opener(qtbot, ops, prefs, wait_idle)


def settle(qtbot, dialog, wait_idle) -> None:
    support.settle(qtbot, dialog, wait_idle)


def test_a_damaged_scan_is_refused_with_its_reason_and_the_others_kept(
    qtbot, open_dialog, sqlite_ctx, op, scans, wait_idle, monkeypatch
):
    dialog = open_dialog()
    ui = dialog.ui
    type_text(qtbot, ui.senderEdit, "Әлиев Нұрлан")
    monkeypatch.setattr(attachments, "MAX_BYTES", 2000)
    big = scans["letter"] + ".big.png"
    with open(big, "wb") as fh:
        fh.write(png_bytes() + b"\0" * 3000)
    ui.scanList.add_files([scans["damaged"], scans["photo"], big])
    settle(qtbot, dialog, wait_idle)
    table = ui.scanList.table
    assert table.rowCount() == 3
    assert "damaged" in table.item(0, COL_NOTE).text()
    assert "Refused" in table.item(0, COL_NOTE).text()
    assert "over the limit" in table.item(2, COL_NOTE).text()
    assert not table.item(0, COL_ID).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "1 scan will be stored" in ui.scanList.hint.text()
    assert "2 refused" in ui.scanList.hint.text()
    assert [a.file_name for a in ui.scanList.attachments()] == ["page2.jpg"]
    assert ui.saveButton.isEnabled()  # refused files stay out; they do not block the letter

    with qtbot.waitSignal(dialog.registered, timeout=10_000):
        dialog.save()
    wait_idle()
    [stored] = stored_requests(sqlite_ctx)
    rows = attachments.list_for_request(sqlite_ctx, stored.id)
    assert [(a.file_name, a.content_type) for a in rows] == [("page2.jpg", "image/png")]


def test_an_id_copy_scan_is_stored_flagged_for_destruction(
    qtbot, open_dialog, sqlite_ctx, op, scans, wait_idle
):
    dialog = open_dialog()
    ui = dialog.ui
    type_text(qtbot, ui.senderEdit, "Әлиев Нұрлан")
    ui.scanList.add_files([scans["passport"]])
    settle(qtbot, dialog, wait_idle)
    table = ui.scanList.table
    assert not ui.scanList.id_notice.isVisible()
    item = table.item(0, COL_ID)
    table.setFocus()
    table.setCurrentCell(0, COL_ID)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked
    assert ui.scanList.id_notice.isVisible()
    assert "law bans collecting paper copies of ID documents" in ui.scanList.id_notice.text()
    with qtbot.waitSignal(dialog.registered, timeout=10_000):
        dialog.save()
    wait_idle()
    [stored] = stored_requests(sqlite_ctx)
    with sqlite_ctx.read() as session:
        [row] = session.exec(select(Attachment).where(Attachment.request_id == stored.id)).all()
    assert row.is_id_copy and row.flagged_for_destruction


def test_scans_dropped_onto_the_dialog_are_added(qtbot, open_dialog, op, scans, wait_idle):
    dialog = open_dialog()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(scans["letter"]), QUrl.fromLocalFile(scans["damaged"])])
    where = dialog.ui.dueGroup.geometry().center()  # QDragEnterEvent takes a QPoint
    enter = QDragEnterEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(dialog, drop)
    settle(qtbot, dialog, wait_idle)
    assert [a.file_name for a in dialog.ui.scanList.attachments()] == ["letter.pdf"]
    assert dialog.ui.scanList.refused_count() == 1

    text_only = QMimeData()
    text_only.setText("not a file")
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        text_only,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(dialog.ui.scanList, enter)
    assert not enter.isAccepted()


def test_the_same_scan_twice_is_left_out_and_removal_works(
    qtbot, open_dialog, op, scans, wait_idle
):
    dialog = open_dialog()
    scan_list = dialog.ui.scanList
    scan_list.add_files([scans["letter"], scans["letter"]])
    settle(qtbot, dialog, wait_idle)
    assert len(scan_list.attachments()) == 1
    assert "already" in scan_list.table.item(1, COL_NOTE).text()
    scan_list.table.setFocus()
    scan_list.table.selectRow(0)
    qtbot.keyClick(scan_list.table, Qt.Key.Key_Delete)
    assert scan_list.table.rowCount() == 1
    assert scan_list.attachments() == []
