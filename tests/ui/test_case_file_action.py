"""The case window's "Case file…": the save dialog, the work with progress off the GUI thread,
the PDF holding every scan page and every final letter; Russian from the button's menu;
a cancelled or failed file writes nothing."""

from __future__ import annotations

import io

import pypdf
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton

from app.services import letters
from app.services.attachments import NewAttachment
from app.ui.case_view import CaseWindow
from app.ui.prefs import CASE_FILE_FOLDER
from tests.helpers import make_operator
from tests.helpers import register as reg
from tests.unit.test_case_file import image, pdf_scan


def texts(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [" ".join((p.extract_text() or "").split()) for p in reader.pages]


@pytest.fixture
def filed(sqlite_ctx):
    make_operator(sqlite_ctx, signatory_position_kk="Директор", signatory_name="Д. Н. Сәрсенбаев")
    scans = [NewAttachment("хат.pdf", pdf_scan(3)), NewAttachment("photo.png", image("PNG"))]
    r = reg(
        sqlite_ctx,
        iin="900101300017",
        sender="Әлиев Нұрлан Серікұлы",
        language="kk",
        signed=True,
        attachments=scans,
    )
    final = letters.finalise(sqlite_ctx, r.id, "acknowledgement").letter
    return r, final


@pytest.fixture
def window(qtbot, ops, prefs, wait_idle, filed):
    w = CaseWindow(ops, prefs, filed[0].id)
    qtbot.addWidget(w)
    w.show()
    wait_idle()
    qtbot.waitUntil(lambda: w.data is not None)
    return w


def dialog_of(w: CaseWindow) -> QFileDialog:
    chooser = w.caseFile.dialog
    assert isinstance(chooser, QFileDialog) and chooser.objectName() == "caseFileDialog"
    assert chooser.isVisible()
    return chooser


def test_the_case_file_is_saved_with_every_scan_page_and_the_letter(
    qtbot, window, filed, tmp_path, prefs
):
    r, final = filed
    button = window.caseFile.button
    assert button.isEnabled() and "Ctrl+Shift+F" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    chooser = dialog_of(window)
    assert chooser.selectedFiles()[0].endswith(".pdf")
    assert r.reg_number.replace("/", "-") in chooser.selectedFiles()[0]
    target = tmp_path / "іс.pdf"
    with qtbot.waitSignal(window.caseFile.saved, timeout=30_000) as saved:
        chooser.selectFile(str(target))
        chooser.accept()
        progress = window.findChild(QProgressDialog, "caseFileProgress")
        assert progress is not None and progress.isVisible()
        assert not button.isEnabled()  # one case file at a time
    assert saved.args == [str(target)]
    pages = texts(target.read_bytes())
    letter_pages = len(pypdf.PdfReader(io.BytesIO(final.pdf)).pages)
    assert sum("SCANPAGE-" in t for t in pages) == 3
    assert sum(t.startswith("Скан 2: photo.png") for t in pages) == 1
    assert all(final.out_number in t for t in pages[-letter_pages:])  # the letter comes last
    whole = " ".join(pages)
    assert f"Өтініш ісі № {r.reg_number}" in whole
    assert f"SHA-256: {final.sha256}" in whole
    assert target.name in window.ui.busyLabel.text()
    assert button.isEnabled()
    assert window.findChild(QProgressDialog, "caseFileProgress") is None or not (
        window.findChild(QProgressDialog, "caseFileProgress").isVisible()
    )
    assert prefs.get(CASE_FILE_FOLDER) == str(tmp_path)  # the next one starts there


def test_russian_from_the_menu_and_the_shortcut_opens_the_dialog(qtbot, window, tmp_path):
    window.activateWindow()
    QTest.keySequence(window, QKeySequence("Ctrl+Shift+F"))
    chooser = dialog_of(window)
    chooser.reject()
    window.caseFile.russian.trigger()
    chooser = dialog_of(window)
    assert chooser.selectedFiles()[0].endswith(".pdf")
    assert "дело-" in chooser.selectedFiles()[0]
    target = tmp_path / "ru.pdf"
    with qtbot.waitSignal(window.caseFile.saved, timeout=30_000):
        chooser.selectFile(str(target))
        chooser.accept()
    whole = " ".join(texts(target.read_bytes()))
    assert "Дело по обращению" in whole and "Регистрационная карточка" in whole


def test_cancelled_writes_nothing(qtbot, window, tmp_path, wait_idle):
    target = tmp_path / "cancelled.pdf"
    window.caseFile.save_to(target)
    progress = window.findChild(QProgressDialog, "caseFileProgress")
    assert progress is not None
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    wait_idle()
    assert not target.exists()
    assert "not made" in window.ui.busyLabel.text()
    assert window.caseFile.button.isEnabled()


def test_a_file_that_cannot_be_written_is_told_and_nothing_is_left(
    qtbot, window, tmp_path, wait_idle
):
    target = tmp_path / "nowhere" / "case.pdf"
    with qtbot.waitSignal(window.caseFile.failed, timeout=30_000):
        window.caseFile.save_to(target)
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and box.isVisible()
    assert "nowhere" in box.text()
    box.close()
    assert not target.parent.exists()
    assert window.caseFile.button.isEnabled()
    assert shiboken6.isValid(window)
