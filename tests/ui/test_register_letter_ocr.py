"""The scan reads itself in Register a letter (issue 13): real widgets, real Tesseract.

Each read costs a few seconds of Tesseract: the tests are few and each reads one page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from app.domain.requests import RequestType
from app.services import subjects
from app.storage.models import Attachment, Request
from app.ui import labels
from app.ui.dialogs.register_letter_offers import scan_key
from app.ui.prefs import REGISTER_LETTER_LANGUAGE
from tests.ocr_letters import write_png
from tests.ui.register_letter_reading_support import (
    LETTER,
    READ_TIMEOUT,
    chip_texts,
    letter_scan,
    open_dialog,
    read_scan,
    settle,
    stored,
    tesseract_here,
)
from tests.ui.register_letter_support import op

__all__ = ["letter_scan", "op", "open_dialog", "tesseract_here"]  # fixtures


def test_a_kazakh_withdrawal_proposes_its_fields_and_registers_linked(
    qtbot, open_dialog, sqlite_ctx, op, letter_scan, prefs, wait_idle, tesseract_here
):
    prefs.set(REGISTER_LETTER_LANGUAGE, "ru")  # the last letter was Russian
    holder = subjects.create(
        sqlite_ctx,
        op.id,
        subjects.SubjectInput(LETTER.surname, LETTER.given_name, LETTER.patronymic, LETTER.iin),
    )
    namesake = subjects.create(
        sqlite_ctx, op.id, subjects.SubjectInput(LETTER.surname, LETTER.given_name)
    )
    dialog = open_dialog()
    ui = dialog.ui
    read_scan(qtbot, dialog, letter_scan)

    # Proposed under their fields, nothing written into them yet.
    sender = f"{LETTER.surname} {LETTER.given_name} {LETTER.patronymic}"
    assert chip_texts(dialog, "sender") == [sender]
    assert LETTER.iin in chip_texts(dialog, "iin")
    assert "05.11.2026" in chip_texts(dialog, "letter_date")[0]  # the letter's, not a postmark
    assert not dialog.reader.chips("letter_date")[0].text().startswith("✓")
    assert chip_texts(dialog, "language") == [labels.label(labels.LANGUAGES, "kk")]
    # the form's first type is the letter's: its proposal shows it is in the field already
    assert chip_texts(dialog, "type")[0] == "✓ " + labels.type_label(RequestType.CONSENT_WITHDRAWAL)
    assert dialog.reader.chips("iin")[0].isVisible()
    assert ui.senderEdit.text() == "" and ui.iinEdit.text() == ""
    assert ui.languageCombo.currentData() == "ru"
    assert not ui.letterDateCheck.isChecked() and not ui.postmarkCheck.isChecked()

    # Pointing at the IIN's proposal highlights the word it was read from on the scan.
    QApplication.sendEvent(dialog.reader.chips("iin")[0], QEvent(QEvent.Type.Enter))
    assert [w.text.rstrip(",") for w in dialog.reader.preview.highlighted] == [LETTER.iin]
    assert dialog.reader.preview.page_number == 0

    qtbot.keyClick(
        ui.typeCombo,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # Accept all
    assert ui.senderEdit.text() == sender
    assert ui.iinEdit.text() == LETTER.iin
    assert ui.languageCombo.currentData() == "kk"
    assert ui.typeCombo.currentData() == RequestType.CONSENT_WITHDRAWAL.value
    assert ui.letterDateCheck.isChecked()
    assert ui.letterDateEdit.date().toPython() == LETTER.date
    assert not ui.postmarkCheck.isChecked()  # the envelope's stamp is not read from the letter
    assert "Абай" in ui.addressEdit.toPlainText()
    assert chip_texts(dialog, "iin")[0].startswith("✓ ")
    settle(qtbot, dialog, wait_idle)
    assert ui.linkRadio.isChecked() and dialog._linked.id == holder.id  # not the namesake

    with qtbot.waitSignal(dialog.registered, timeout=30_000):
        ui.saveButton.click()
    (request,) = stored(sqlite_ctx, Request)
    assert request.subject_id == holder.id != namesake.id
    assert (request.type, request.language) == ("consent_withdrawal", "kk")
    assert (request.letter_date, request.postmark_date) == (LETTER.date, None)
    (scan,) = stored(sqlite_ctx, Attachment)
    assert LETTER.iin in scan.text and "Сергеева" in scan.text


def test_accept_all_leaves_what_the_officer_typed(
    qtbot, open_dialog, op, letter_scan, tesseract_here
):
    dialog = open_dialog()
    ui = dialog.ui
    ui.senderEdit.setFocus()
    qtbot.keyClicks(ui.senderEdit, "Sergeeva Ya.")
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(RequestType.CLAIM.value))
    read_scan(qtbot, dialog, letter_scan)

    dialog.reader.accept_all_button.click()
    assert ui.senderEdit.text() == "Sergeeva Ya."  # typed: kept
    assert ui.typeCombo.currentData() == RequestType.CLAIM.value
    assert ui.iinEdit.text() == LETTER.iin  # empty: filled

    ui.senderEdit.setFocus()
    qtbot.keyClick(ui.senderEdit, Qt.Key.Key_Tab)  # from the field to its proposal
    chip = dialog.reader.chips("sender")[0]
    assert QApplication.focusWidget() is chip
    assert {w.text.rstrip(",") for w in dialog.reader.preview.highlighted} == {
        LETTER.surname,
        LETTER.given_name,
        LETTER.patronymic,
    }
    qtbot.keyClick(chip, Qt.Key.Key_Space)  # asked for by name: replaces
    assert ui.senderEdit.text() == f"{LETTER.surname} {LETTER.given_name} {LETTER.patronymic}"


def test_without_tesseract_the_dialog_says_so_once_and_registers_as_before(
    qtbot, open_dialog, sqlite_ctx, op, tmp_path, monkeypatch
):
    monkeypatch.setenv("DERBES_TESSERACT", str(tmp_path / "no" / "tesseract"))
    dialog = open_dialog()
    ui = dialog.ui
    second = tmp_path / "page2.png"
    write_png(LETTER, second, angle=0.0, seed=2)
    ui.scanList.add_files([str(write_png(LETTER, tmp_path / "page1.png"))])
    qtbot.waitUntil(lambda: bool(dialog.reader.missing), timeout=30_000)
    message = dialog.reader.status.text()
    assert "Tesseract" in message and "tesseract-ocr-kaz" in message
    assert "DERBES_TESSERACT" in message
    ui.scanList.add_files([str(second)])
    qtbot.waitUntil(lambda: dialog.ops.idle, timeout=30_000)
    assert not dialog.reader.busy  # not tried again
    assert dialog.reader.status.text() == message
    assert not dialog.reader.offers and not dialog.reader.accept_all_button.isVisible()

    ui.senderEdit.setFocus()
    qtbot.keyClicks(ui.senderEdit, "Sergeeva Yaroslava")
    qtbot.waitUntil(ui.saveButton.isEnabled, timeout=30_000)
    with qtbot.waitSignal(dialog.registered, timeout=30_000):
        ui.saveButton.click()
    assert [a.text for a in stored(sqlite_ctx, Attachment)] == ["", ""]


def test_a_second_scan_waits_and_stop_ends_the_reading(
    qtbot, open_dialog, op, letter_scan, tmp_path, tesseract_here
):
    dialog = open_dialog()
    reader = dialog.reader
    second = write_png(LETTER, tmp_path / "copy.png", angle=0.0, seed=2)
    dialog.ui.scanList.add_files([letter_scan, str(second)])
    qtbot.waitUntil(lambda: "1 more" in reader.status.text(), timeout=READ_TIMEOUT)
    assert "өтініш.png" in reader.status.text() and reader.progress.isVisible()
    assert reader.cancel_button.isVisible()
    dialog.ui.assigneeEdit.setFocus()
    qtbot.keyClicks(dialog.ui.assigneeEdit, "Aigerim")  # the window answers meanwhile
    assert dialog.ui.assigneeEdit.text() == "Aigerim"

    reader.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.ops.idle, timeout=READ_TIMEOUT)
    assert not reader.busy
    assert scan_key(second.read_bytes()) not in reader.readings  # the waiting one is not read
    assert "stopped" in reader.status.text()  # (with what an earlier page proposed, if any)
    assert not reader.progress.isVisible() and not reader.cancel_button.isVisible()
    dialog.ui.scanList.set_id_copy(1, True)  # the list changes: what was stopped stays stopped
    assert not reader.busy


def test_closing_the_dialog_stops_the_reading(qtbot, open_dialog, op, letter_scan, tesseract_here):
    dialog = open_dialog()
    dialog.ui.scanList.add_files([letter_scan])
    qtbot.waitUntil(lambda: dialog.reader.progress.isVisible(), timeout=READ_TIMEOUT)
    progress = dialog.reader._handle._job.progress
    dialog._discarding = True
    dialog.reject()
    assert progress.cancelled  # the page being read is the last one
    qtbot.waitUntil(lambda: dialog.ops.idle, timeout=READ_TIMEOUT)


def test_registering_while_a_scan_is_read_waits_for_its_text(
    qtbot, open_dialog, sqlite_ctx, op, letter_scan, tesseract_here
):
    dialog = open_dialog()
    ui = dialog.ui
    ui.senderEdit.setFocus()
    qtbot.keyClicks(ui.senderEdit, "Sergeeva Yaroslava")
    ui.scanList.add_files([letter_scan])
    qtbot.waitUntil(lambda: dialog.reader.progress.isVisible(), timeout=READ_TIMEOUT)
    with qtbot.waitSignal(dialog.registered, timeout=READ_TIMEOUT):
        qtbot.keyClick(ui.senderEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert "once the scans are read" in ui.statusLabel.text()
    (scan,) = stored(sqlite_ctx, Attachment)
    assert LETTER.iin in scan.text
    (request,) = stored(sqlite_ctx, Request)
    assert request.sender == "Sergeeva Yaroslava"  # the proposals were not taken silently
