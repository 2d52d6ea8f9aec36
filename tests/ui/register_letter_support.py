"""Opening Register a letter in a test and waiting for it to settle (its debounced due-date and
subject searches, and whatever the worker and the pool still run), the operator and the scan
files it is given, and typing like a keyboard: shared by its test files."""

from __future__ import annotations

import io

import pytest
import shiboken6
from PIL import Image
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from app.storage.models import Request
from app.ui.dialogs.register_letter import RegisterLetterDialog
from tests.helpers import make_operator


def settle(qtbot, dialog, wait_idle, timeout: int = 10_000) -> None:
    """Let the debounced due-date and subject searches run and report back."""

    def quiet() -> bool:
        if not shiboken6.isValid(dialog):
            return True
        timers = (dialog._preview_timer, dialog._search_timer)
        return not any(t.isActive() for t in timers) and dialog.ops.idle

    qtbot.waitUntil(quiet, timeout=timeout)
    wait_idle(timeout)


def dialog_opener(qtbot, ops, prefs, wait_idle, timeout: int = 10_000):
    """A fixture's body: yields ``make()``, which opens a shown, settled dialog; at the end
    every dialog still open is discarded and the operations it started are let finish."""
    made: list[RegisterLetterDialog] = []

    def make() -> RegisterLetterDialog:
        dialog = RegisterLetterDialog(ops, prefs)
        made.append(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitExposed(dialog)
        settle(qtbot, dialog, wait_idle, timeout)
        return dialog

    yield make
    for dialog in made:
        if shiboken6.isValid(dialog):
            dialog._discarding = True
            dialog.reject()
    qtbot.waitUntil(lambda: ops.idle, timeout=timeout)
    QApplication.processEvents()


def png_bytes(colour="white") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 80), colour).save(out, "PNG")
    return out.getvalue()


def pdf_bytes() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def op(sqlite_ctx):
    return make_operator(sqlite_ctx)


@pytest.fixture
def scans(tmp_path):
    """Scan files on disk; the names' extensions lie on purpose (the content decides)."""
    files = {
        "letter": tmp_path / "letter.pdf",
        "photo": tmp_path / "page2.jpg",  # really a PNG
        "passport": tmp_path / "passport.png",
        "damaged": tmp_path / "damaged.png",
    }
    files["letter"].write_bytes(pdf_bytes())
    files["photo"].write_bytes(png_bytes("#eeeeee"))
    files["passport"].write_bytes(png_bytes("#ddddff"))
    files["damaged"].write_bytes(png_bytes()[:70])
    return {k: str(v) for k, v in files.items()}


def type_text(qtbot, widget, text: str) -> None:
    """Type text key by key; QTest only knows ASCII keys, so Kazakh and Russian letters are
    sent as key events carrying their text, as a keyboard layout does."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def stored_requests(ctx) -> list[Request]:
    with ctx.read() as session:
        return list(session.exec(select(Request).order_by(Request.id)).all())
