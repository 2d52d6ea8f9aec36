"""Register a letter with a scan read by Tesseract, shared by its test files: the Kazakh
withdrawal letter written as a scan, the dialog opened with a reading's patience, a scan read to
the end, the proposals offered at a field."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.services import ocr
from tests.ocr_letters import kazakh_withdrawal, write_png
from tests.ui import register_letter_support as support
from tests.ui.register_letter_support import dialog_opener

READ_TIMEOUT = 180_000  # a page takes seconds; on a loaded machine, many
LETTER = kazakh_withdrawal()


@pytest.fixture
def letter_scan(tmp_path):
    return str(write_png(LETTER, tmp_path / "өтініш.png"))


@pytest.fixture
def open_dialog(qtbot, ops, prefs, wait_idle):
    yield from dialog_opener(qtbot, ops, prefs, wait_idle, READ_TIMEOUT)


def settle(qtbot, dialog, wait_idle) -> None:
    support.settle(qtbot, dialog, wait_idle, READ_TIMEOUT)


def read_scan(qtbot, dialog, path: str) -> None:
    dialog.ui.scanList.add_files([path])
    qtbot.waitUntil(
        lambda: bool(dialog.reader.readings) and not dialog.reader.busy, timeout=READ_TIMEOUT
    )


def chip_texts(dialog, field: str) -> list[str]:
    return [chip.text() for chip in dialog.reader.chips(field)]


def stored(ctx, model):
    with ctx.read() as session:
        return list(session.exec(select(model)).all())


@pytest.fixture
def tesseract_here():
    if ocr.availability() is not None:
        pytest.skip("Tesseract with kaz+rus+eng is not installed here")
