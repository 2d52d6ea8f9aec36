"""What the case window's tests share: a request in Kazakh, the window opened on it like the
main window opens it, small scans, and typing like a keyboard."""

from __future__ import annotations

import datetime as dt
import io

import pytest
import shiboken6
from PIL import Image
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.case_view import CaseWindow
from tests.helpers import make_operator
from tests.helpers import register as reg

RECEIVED = dt.date(2026, 11, 2)


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 200), "#336699").save(out, "PNG")
    return out.getvalue()


def pdf_bytes(pages: int = 2) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    for n in range(pages):
        c.drawString(72, 760, f"Page {n + 1}")
        c.showPage()
    c.save()
    return out.getvalue()


class Shell(QWidget):
    """Stands in for the main window: records the subjects it was asked to open."""

    def __init__(self):
        super().__init__()
        self.opened: list[int] = []

    def open_subject(self, subject_id: int) -> None:
        self.opened.append(subject_id)

    def raise_(self) -> None:  # the offscreen platform cannot raise windows
        self.raised = True


@pytest.fixture
def case(qtbot, ops, prefs, wait_idle):
    """Open the case window of a request, with data loaded."""
    shells = []

    def open_case(request_id: int, parent: QWidget | None = None) -> CaseWindow:
        if parent is None:
            parent = Shell()
            shells.append(parent)
            qtbot.addWidget(parent)
        window = CaseWindow(ops, prefs, request_id, parent)
        window.show()
        wait_idle()
        qtbot.waitUntil(lambda: window.data is not None)
        return window

    return open_case


@pytest.fixture
def request_id(sqlite_ctx):
    make_operator(sqlite_ctx)
    return reg(
        sqlite_ctx,
        received=RECEIVED,
        sender="Әлиев Нұрлан Серікұлы",
        sender_address="050000, Алматы, Абай даңғылы, 10",
        language="kk",
        signed=True,
        summary="Дербес деректерді өңдеуге келісімімді кері қайтарып аламын.",
    ).id


def timeline_text(window: CaseWindow) -> str:
    return window.ui.timelineView.toPlainText()


def type_text(widget, text: str) -> None:
    """Type like a keyboard does, Kazakh letters included (QTest.keyClicks knows only ASCII)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
