"""An unexpected exception in the window: logged with its traceback, told in ONE dialog that says
where the log is, and the window keeps working. Expected errors keep their normal messages."""

from __future__ import annotations

import datetime as dt
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import logs
from app.services.errors import StorageError
from app.ui import bugs
from app.ui.messages import show_error
from app.ui.screens.dashboard import DashboardScreen
from tests.helpers import make_operator
from tests.helpers import register as reg


@pytest.fixture
def log_file(_isolated_home, expect_bugs):
    path = logs.configure()
    yield path
    logs.shutdown()


@pytest.fixture(autouse=True)
def _no_bug_box_left(qapp):
    yield
    for box in bug_boxes():
        box.done(0)


def bug_boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "bugBox" and w.isVisible()
    ]


def close(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Close).click()


def test_a_bug_in_a_worker_callback_shows_one_dialog_and_goes_to_the_log(
    qtbot, shell_factory, ops, sqlite_ctx, log_file, wait_idle
):
    make_operator(sqlite_ctx)
    window = shell_factory([DashboardScreen])
    wait_idle()

    def broken_callback(_result):
        raise ZeroDivisionError("deliberate bug in a callback")

    ops.query(lambda ctx: 1, on_done=broken_callback)
    qtbot.waitUntil(lambda: len(bug_boxes()) == 1)
    box = bug_boxes()[0]
    assert "ZeroDivisionError" in box.text()
    assert str(log_file) in box.informativeText()
    assert "broken_callback" in box.detailedText()
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "deliberate bug in a callback" in logged
    assert "broken_callback" in logged

    # A second bug while the dialog is open: logged and added to it, no second dialog.
    ops.query(lambda ctx: {}["no such key"])
    wait_idle()
    assert len(bug_boxes()) == 1 and "KeyError" in box.detailedText()
    assert "KeyError" in log_file.read_text(encoding="utf-8")
    close(box)
    qtbot.waitUntil(lambda: not bug_boxes())

    # The window keeps working: a change reaches the dashboard.
    ops.mutate(lambda ctx: reg(ctx, received=dt.date(2026, 9, 1)))
    qtbot.waitUntil(lambda: window.screens["dashboard"].counts["overdue"].text() == "1")
    assert not bug_boxes()


def test_an_expected_error_keeps_its_own_message_and_no_bug_dialog(qtbot, log_file):
    show_error(None, StorageError("db_busy", database="x.db", error="SQLITE_BUSY"))
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorBox"]
    assert boxes and "in use by another program" in boxes[-1].text()
    assert not bug_boxes()
    for b in boxes:
        b.done(0)
    assert not log_file.exists() or "db_busy" not in log_file.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_uncaught_exceptions_of_qt_slots_and_threads_reach_the_dialog(qtbot, monkeypatch, log_file):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    bugs.install()

    def slot_bug():
        raise RuntimeError("bug in a timer slot")

    QTimer.singleShot(0, slot_bug)
    qtbot.waitUntil(lambda: len(bug_boxes()) == 1)
    close(bug_boxes()[0])
    qtbot.waitUntil(lambda: not bug_boxes())

    def thread_bug():
        raise LookupError("bug in a thread")

    worker = threading.Thread(target=thread_bug, name="helper-thread")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(bug_boxes()) == 1)
    assert "LookupError" in bug_boxes()[0].text()
    logged = log_file.read_text(encoding="utf-8")
    assert "bug in a timer slot" in logged and "helper-thread" in logged
