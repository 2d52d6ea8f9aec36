"""The "Register a letter" dialog, driven like the officer does: by keyboard, mouse and drops."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QMessageBox, QPushButton

from app.services import attachments, requests, subjects
from app.ui.dialogs.register_letter import RegisterLetterDialog
from app.ui.widgets.scan_list import COL_ID, COL_NOTE
from tests.conftest import TODAY
from tests.helpers import OTHER_BIN, make_operator
from tests.ui import register_letter_support as support
from tests.ui.register_letter_support import (
    dialog_opener,
    op,
    scans,
    stored_requests,
    type_text,
)

__all__ = ["op", "scans"]  # fixtures

D = dt.date


# --- helpers -------------------------------------------------------------------------------


@pytest.fixture
def open_dialog(qtbot, ops, prefs, wait_idle):
    yield from dialog_opener(qtbot, ops, prefs, wait_idle)


def settle(qtbot, dialog, wait_idle) -> None:
    support.settle(qtbot, dialog, wait_idle)


def type_date(qtbot, edit: QDateEdit, day: dt.date) -> None:
    """Type a date into a date editor the way the officer does: day, month, year digits."""
    edit.setFocus()
    edit.setSelectedSection(QDateEdit.Section.DaySection)
    qtbot.keyClicks(edit, day.strftime("%d%m%Y"))
    assert edit.date().toPython() == day


def press_ctrl_enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


# --- the whole letter ----------------------------------------------------------------------


def test_type_a_letter_in_and_save(qtbot, open_dialog, sqlite_ctx, op, scans, prefs, wait_idle):
    dialog = open_dialog()
    ui = dialog.ui
    assert ui.operatorCombo.currentText() == "«Senimkey» ЖШС"
    assert ui.registeredEdit.date().toPython() == TODAY
    assert not ui.saveButton.isEnabled()  # nothing typed yet

    ui.typeCombo.setFocus()
    qtbot.keyClicks(ui.typeCombo, "Pre")
    assert ui.typeCombo.currentData() == "claim"
    type_date(qtbot, ui.receivedEdit, D(2026, 3, 16))
    qtbot.mouseClick(ui.postmarkCheck, Qt.MouseButton.LeftButton)
    type_date(qtbot, ui.postmarkEdit, D(2026, 3, 12))
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("registered_post"))
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("kk"))
    ui.signedCheck.setFocus()
    qtbot.keyClick(ui.signedCheck, Qt.Key.Key_Space)
    type_text(qtbot, ui.senderEdit, "Қасымов Ерлан Бекұлы")
    type_text(qtbot, ui.addressEdit, "050010, Алматы қ.")
    qtbot.keyClick(ui.addressEdit, Qt.Key.Key_Return)
    type_text(qtbot, ui.addressEdit, "Абай даңғылы, 10")
    type_text(qtbot, ui.summaryEdit, "Шағым: деректерін келісімсіз үшінші тұлғаға берген")
    type_text(qtbot, ui.assigneeEdit, "Сәрсенова Ә.")
    type_text(qtbot, ui.iinEdit, "900101300017")
    ui.scanList.add_files([scans["letter"], scans["passport"]])
    settle(qtbot, dialog, wait_idle)

    table = ui.scanList.table
    table.setFocus()
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # keyboard alone: Space ticks "ID-document copy"
    assert table.item(1, COL_ID).checkState() == Qt.CheckState.Checked
    assert "destruction" in table.item(1, COL_NOTE).text()
    assert ui.scanList.id_notice.isVisible()
    assert "2024" in ui.scanList.id_notice.text()

    assert "30.04.2026" in ui.dueLabel.text()
    assert "overdue" in ui.dueLabel.text()  # received in March, today is November
    assert ui.createRadio.isChecked()  # a valid IIN nobody holds: a new subject
    assert ui.saveButton.isEnabled()

    with qtbot.waitSignal(dialog.registered, timeout=10_000) as signal:
        press_ctrl_enter(qtbot, ui.summaryEdit)
    wait_idle()
    [stored] = stored_requests(sqlite_ctx)
    assert signal.args == [stored.id]
    assert stored.reg_number == "ДД-2026/0001"
    assert stored.due_date == D(2026, 4, 30)
    assert (stored.type, stored.channel, stored.language) == ("claim", "registered_post", "kk")
    assert (stored.received_date, stored.postmark_date) == (D(2026, 3, 16), D(2026, 3, 12))
    assert stored.registered_date == TODAY and stored.signed
    assert stored.sender == "Қасымов Ерлан Бекұлы"
    assert stored.sender_address == "050010, Алматы қ.\nАбай даңғылы, 10"
    assert stored.assignee == "Сәрсенова Ә."
    subject = subjects.get(sqlite_ctx, stored.subject_id)
    assert (subject.surname, subject.iin) == ("Қасымов", "900101300017")
    rows = attachments.list_for_request(sqlite_ctx, stored.id)
    assert [(a.file_name, a.content_type, a.flagged_for_destruction) for a in rows] == [
        ("letter.pdf", "application/pdf", False),
        ("passport.png", "image/png", True),
    ]
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert prefs.get("register_letter/channel") == "registered_post"
    assert prefs.get("register_letter/language") == "kk"
    assert prefs.get("register_letter/operator_id") == op.id


def test_enter_on_the_form_saves(qtbot, open_dialog, sqlite_ctx, op, wait_idle):
    dialog = open_dialog()
    type_text(qtbot, dialog.ui.senderEdit, "Петров Сергей")
    settle(qtbot, dialog, wait_idle)
    with qtbot.waitSignal(dialog.registered, timeout=10_000):
        qtbot.keyClick(dialog.ui.senderEdit, Qt.Key.Key_Return)
    wait_idle()
    [stored] = stored_requests(sqlite_ctx)
    assert stored.sender == "Петров Сергей" and stored.subject_id is None
    assert stored.received_date == TODAY and stored.type == "consent_withdrawal"


# --- validation as you type ----------------------------------------------------------------


def test_invalid_iin_shows_the_reason_at_the_field_and_saves_nothing(
    qtbot, open_dialog, sqlite_ctx, op, wait_idle
):
    dialog = open_dialog()
    ui = dialog.ui
    type_text(qtbot, ui.senderEdit, "Әлиев Нұрлан")
    type_text(qtbot, ui.iinEdit, "90010")
    assert ui.iinError.isVisible()
    assert "12 digits; 5 typed" in ui.iinError.text()
    type_text(qtbot, ui.iinEdit, "1300018")
    assert ui.iinError.isVisible()
    assert "should be 7" in ui.iinError.text()
    assert ui.iinEdit.property("invalid") is True
    assert not ui.saveButton.isEnabled()
    assert "IIN" in ui.statusLabel.text()

    press_ctrl_enter(qtbot, ui.iinEdit)  # refused: nothing is sent to the database
    settle(qtbot, dialog, wait_idle)
    assert dialog.isVisible()
    assert stored_requests(sqlite_ctx) == []
    assert QApplication.focusWidget() is ui.iinEdit

    qtbot.keyClick(ui.iinEdit, Qt.Key.Key_Backspace)
    type_text(qtbot, ui.iinEdit, "7")
    assert not ui.iinError.isVisible() and ui.iinEdit.property("invalid") is False
    assert ui.saveButton.isEnabled()


def test_a_received_date_in_the_future_is_refused(qtbot, open_dialog, sqlite_ctx, op, wait_idle):
    dialog = open_dialog()
    ui = dialog.ui
    type_text(qtbot, ui.senderEdit, "Әлиев Нұрлан")
    type_date(qtbot, ui.receivedEdit, TODAY + dt.timedelta(days=1))
    settle(qtbot, dialog, wait_idle)
    assert ui.receivedError.isVisible()
    assert "has not come yet" in ui.receivedError.text() and "21.11.2026" in ui.receivedError.text()
    assert ui.receivedEdit.property("invalid") is True
    assert not ui.saveButton.isEnabled()
    assert ui.dueLabel.text() == "—"
    dialog.save()
    settle(qtbot, dialog, wait_idle)
    assert stored_requests(sqlite_ctx) == []


def test_received_before_the_postmark_is_refused(qtbot, open_dialog, sqlite_ctx, op, wait_idle):
    dialog = open_dialog()
    ui = dialog.ui
    type_text(qtbot, ui.senderEdit, "Әлиев Нұрлан")
    type_date(qtbot, ui.receivedEdit, D(2026, 11, 16))
    ui.postmarkCheck.setFocus()
    qtbot.keyClick(ui.postmarkCheck, Qt.Key.Key_Space)
    assert ui.postmarkEdit.isEnabled()
    type_date(qtbot, ui.postmarkEdit, D(2026, 11, 18))
    assert ui.receivedError.isVisible()
    assert "Before the postmark (18.11.2026)" in ui.receivedError.text()
    assert not ui.saveButton.isEnabled()
    press_ctrl_enter(qtbot, ui.postmarkEdit)
    settle(qtbot, dialog, wait_idle)
    assert stored_requests(sqlite_ctx) == []

    type_date(qtbot, ui.receivedEdit, D(2026, 11, 19))
    assert not ui.receivedError.isVisible()
    assert ui.saveButton.isEnabled()


def test_an_empty_sender_is_named_once_touched(qtbot, open_dialog, op):
    dialog = open_dialog()
    ui = dialog.ui
    assert not ui.senderError.isVisible()  # not shouted at before typing anything
    assert "Sender" in ui.statusLabel.text()
    type_text(qtbot, ui.senderEdit, "x")
    qtbot.keyClick(ui.senderEdit, Qt.Key.Key_Backspace)
    assert ui.senderError.isVisible() and "sender" in ui.senderError.text().lower()
    assert not ui.saveButton.isEnabled()


# --- the due date --------------------------------------------------------------------------


def test_due_date_follows_type_and_date_and_explains_itself(
    qtbot, open_dialog, sqlite_ctx, op, prefs, wait_idle
):
    from app.services import settings

    settings.apply_preset(sqlite_ctx, "statutory")
    prefs.set("ui/language", "kk")  # holidays named in Kazakh
    dialog = open_dialog()
    ui = dialog.ui
    type_date(qtbot, ui.receivedEdit, D(2026, 3, 16))
    settle(qtbot, dialog, wait_idle)
    assert "09.04.2026" in ui.dueLabel.text()  # consent withdrawal: 15 working days
    assert "Law 94-V" in ui.termLabel.text()

    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData("claim"))
    settle(qtbot, dialog, wait_idle)
    assert "30.04.2026" in ui.dueLabel.text()

    qtbot.mouseClick(ui.explainButton, Qt.MouseButton.LeftButton)
    assert dialog.explanation_popup.isVisible()
    text = dialog.explanation_view.toPlainText()
    assert "16.03.2026" in text and "17.03.2026" in text  # receipt day and day 1
    assert "Наурыз мейрамы" in text  # each skipped holiday with its name
    assert "28.03.2026" in text and "Сенбі" in text
    assert "30 working days" in text and "working day 30" in text
    qtbot.keyClick(dialog.explanation_view, Qt.Key.Key_Escape)
    assert not dialog.explanation_popup.isVisible()
    assert dialog.isVisible()  # Escape closed the panel, not the dialog


# --- the subject ---------------------------------------------------------------------------


def test_a_subject_typed_in_latin_is_found_in_kazakh_and_linked(
    qtbot, open_dialog, sqlite_ctx, op, wait_idle
):
    other = make_operator(sqlite_ctx, code="other", reg_number=OTHER_BIN)
    kassymov = subjects.create(
        sqlite_ctx, op.id, subjects.SubjectInput("Қасымов", "Ерлан", "Бекұлы")
    )
    subjects.create(sqlite_ctx, other.id, subjects.SubjectInput("Қасымов", "Ерлан"))
    dialog = open_dialog()
    ui = dialog.ui
    ui.operatorCombo.setCurrentIndex(ui.operatorCombo.findData(op.id))
    type_text(qtbot, ui.senderEdit, "Kassymov")
    settle(qtbot, dialog, wait_idle)
    assert ui.matchesList.count() == 1  # the other operator's namesake is not offered
    item = ui.matchesList.item(0)
    assert item.text().startswith("Қасымов Ерлан Бекұлы")
    assert ui.unlinkedRadio.isChecked()  # a name alone never links by itself
    assert "1 subject match" in ui.matchesHint.text()

    rect = ui.matchesList.visualItemRect(item)
    qtbot.mouseClick(ui.matchesList.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ui.linkRadio.isChecked()
    assert "Қасымов Ерлан Бекұлы" in ui.matchesHint.text()

    with qtbot.waitSignal(dialog.registered, timeout=10_000):
        qtbot.keyClick(ui.matchesList, Qt.Key.Key_Return)
    wait_idle()
    [stored] = stored_requests(sqlite_ctx)
    assert stored.subject_id == kassymov.id
    assert stored.sender == "Kassymov"


def test_the_find_box_searches_another_name_and_the_iin_links_its_holder(
    qtbot, open_dialog, sqlite_ctx, op, wait_idle
):
    holder = subjects.create(
        sqlite_ctx, op.id, subjects.SubjectInput("Сейітқали", "Айгүл", iin="900101300811")
    )
    dialog = open_dialog()
    ui = dialog.ui
    type_text(qtbot, ui.senderEdit, "адвокат Иванов И.И.")
    type_text(qtbot, ui.searchEdit, "Seiitkali Aigul")
    settle(qtbot, dialog, wait_idle)
    assert [
        ui.matchesList.item(i).text().split("   ")[0] for i in range(ui.matchesList.count())
    ] == ["Сейітқали Айгүл"]
    ui.searchEdit.clear()
    type_text(qtbot, ui.iinEdit, "900101300811")
    settle(qtbot, dialog, wait_idle)
    assert ui.linkRadio.isChecked()  # the IIN's holder is linked without asking
    assert "matches the IIN" in ui.matchesList.item(0).text()
    assert ui.matchesList.item(0).isSelected()
    with qtbot.waitSignal(dialog.registered, timeout=10_000):
        dialog.save()
    wait_idle()
    assert stored_requests(sqlite_ctx)[0].subject_id == holder.id


def test_creating_a_subject_whose_iin_exists_is_refused_at_the_iin(
    qtbot, open_dialog, sqlite_ctx, op, wait_idle
):
    subjects.create(sqlite_ctx, op.id, subjects.SubjectInput("Қасымов", iin="900101300017"))
    dialog = open_dialog()
    ui = dialog.ui
    type_text(qtbot, ui.senderEdit, "Қасымов Ерлан")
    type_text(qtbot, ui.iinEdit, "900101300017")
    settle(qtbot, dialog, wait_idle)
    assert ui.linkRadio.isChecked()
    qtbot.keyClick(ui.iinEdit, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # "new su&bject"
    qtbot.waitUntil(ui.createRadio.isChecked)  # a mnemonic clicks after a short animation
    dialog.save()
    settle(qtbot, dialog, wait_idle)
    assert dialog.isVisible()
    assert ui.iinError.isVisible()
    assert "Another subject already has this IIN" in ui.iinError.text()
    assert "Not registered" in ui.statusLabel.text()
    assert stored_requests(sqlite_ctx) == []


def test_without_an_operator_the_dialog_says_what_to_do(qtbot, open_dialog, sqlite_ctx):
    dialog = open_dialog()
    assert not dialog.ui.saveButton.isEnabled()
    assert "operator profile" in dialog.ui.statusLabel.text()


# --- keyboard, closing, remembering --------------------------------------------------------


def test_tab_order_follows_the_letter(qtbot, open_dialog, op):
    dialog = open_dialog()
    ui = dialog.ui
    order = [
        ui.operatorCombo,
        ui.typeCombo,
        ui.receivedEdit,
        ui.postmarkCheck,
        ui.letterDateCheck,
        ui.registeredEdit,  # the postmark and letter dates are skipped while there are none
        ui.channelCombo,
        ui.languageCombo,
        ui.signedCheck,
        ui.senderEdit,
        ui.addressEdit,
        ui.summaryEdit,
        ui.assigneeEdit,
        ui.iinEdit,
        ui.searchEdit,
    ]
    ui.operatorCombo.setFocus()
    for here, there in zip(order, order[1:], strict=False):
        assert QApplication.focusWidget() is here, here.objectName()
        qtbot.keyClick(here, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is there, there.objectName()
    assert ui.senderLabel.buddy() is ui.senderEdit and "&" in ui.senderLabel.text()
    assert ui.receivedEdit.calendarPopup() and ui.receivedEdit.displayFormat() == "dd.MM.yyyy"


def test_escape_asks_before_discarding_typed_data(qtbot, open_dialog, sqlite_ctx, op, wait_idle):
    dialog = open_dialog()
    type_text(qtbot, dialog.ui.senderEdit, "Қасымов")
    qtbot.keyClick(dialog.ui.senderEdit, Qt.Key.Key_Escape)
    box = dialog.findChild(QMessageBox, "discardBox")
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.findChild(QPushButton, "keepEditingButton"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.ui.senderEdit.text() == "Қасымов"

    qtbot.keyClick(dialog.ui.senderEdit, Qt.Key.Key_Escape)
    box = next(b for b in dialog.findChildren(QMessageBox, "discardBox") if b.isVisible())
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        qtbot.mouseClick(box.findChild(QPushButton, "discardButton"), Qt.MouseButton.LeftButton)
    wait_idle()
    assert stored_requests(sqlite_ctx) == []


def test_escape_on_an_untouched_dialog_just_closes(qtbot, open_dialog, op):
    dialog = open_dialog()
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        qtbot.keyClick(dialog.ui.typeCombo, Qt.Key.Key_Escape)
    assert dialog.findChild(QMessageBox, "discardBox") is None


def test_last_operator_channel_and_language_are_remembered(
    qtbot, open_dialog, sqlite_ctx, op, prefs, wait_idle
):
    second = make_operator(sqlite_ctx, code="second", reg_number=OTHER_BIN, name_kk="Екінші ЖШС")
    dialog = open_dialog()
    ui = dialog.ui
    assert ui.operatorCombo.currentData() == op.id  # the database's default operator
    ui.operatorCombo.setCurrentIndex(ui.operatorCombo.findData(second.id))
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("courier"))
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("other"))
    type_text(qtbot, ui.senderEdit, "Smith John")
    with qtbot.waitSignal(dialog.registered, timeout=10_000):
        dialog.save()
    wait_idle()
    assert requests.get(sqlite_ctx, stored_requests(sqlite_ctx)[0].id).operator_id == second.id

    again = open_dialog()
    assert again.ui.operatorCombo.currentData() == second.id
    assert again.ui.channelCombo.currentData() == "courier"
    assert again.ui.languageCombo.currentData() == "other"
    assert again.ui.senderEdit.text() == ""


def test_ctrl_n_in_the_main_window_registers_and_opens_the_case(
    qtbot, shell_factory, sqlite_ctx, op, wait_idle
):
    from app.ui.screens.dashboard import DashboardScreen

    window = shell_factory([DashboardScreen])
    opened = []
    window.open_case = opened.append  # the case window is tested on its own
    window.activateWindow()
    qtbot.waitExposed(window)
    wait_idle()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(RegisterLetterDialog)
    assert dialog is not None and dialog.isVisible()
    settle(qtbot, dialog, wait_idle)
    type_text(qtbot, dialog.ui.senderEdit, "Әлиев Нұрлан")
    settle(qtbot, dialog, wait_idle)
    with qtbot.waitSignal(dialog.registered, timeout=10_000) as signal:
        press_ctrl_enter(qtbot, dialog.ui.senderEdit)
    wait_idle()
    [stored] = stored_requests(sqlite_ctx)
    assert signal.args == [stored.id]
    assert opened == [stored.id]
    qtbot.waitUntil(lambda: window.findChild(RegisterLetterDialog) is None, timeout=5_000)


# --- the match list follows what is typed (issue 8) -------------------------------------


def test_a_match_the_typed_iin_no_longer_finds_is_marked_and_not_linked(
    qtbot, open_dialog, sqlite_ctx, op, wait_idle
):
    subjects.create(sqlite_ctx, op.id, subjects.SubjectInput("Сейітқали", iin="900101300811"))
    dialog = open_dialog()
    ui = dialog.ui
    type_text(qtbot, ui.senderEdit, "Smith")
    type_text(qtbot, ui.iinEdit, "900101300811")
    settle(qtbot, dialog, wait_idle)
    assert ui.linkRadio.isChecked()
    assert "matches the IIN" in ui.matchesList.item(0).text()
    item = ui.matchesList.item(0)
    rect = ui.matchesList.visualItemRect(item)
    qtbot.mouseClick(ui.matchesList.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ui.linkRadio.isChecked()

    ui.iinEdit.clear()
    type_text(qtbot, ui.iinEdit, "850505400127")
    settle(qtbot, dialog, wait_idle)
    assert ui.matchesList.count() == 1
    stale = ui.matchesList.item(0)
    assert "matches the IIN" not in stale.text()
    assert "no longer matches what is typed" in stale.text()
    assert not stale.flags() & Qt.ItemFlag.ItemIsEnabled
    assert not ui.linkRadio.isChecked() and not ui.linkRadio.isEnabled()
    assert "no longer matches" in ui.matchesHint.text()
    rect = ui.matchesList.visualItemRect(stale)
    qtbot.mouseClick(ui.matchesList.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not ui.linkRadio.isChecked() and not stale.isSelected()  # one click links nobody


def test_linking_a_subject_with_another_iin_asks_first(
    qtbot, open_dialog, sqlite_ctx, op, wait_idle
):
    holder = subjects.create(
        sqlite_ctx, op.id, subjects.SubjectInput("Сейітқали", "Айгүл", iin="900101300811")
    )
    dialog = open_dialog()
    ui = dialog.ui
    type_text(qtbot, ui.senderEdit, "Seiitkali Aigul")
    type_text(qtbot, ui.iinEdit, "850505400127")
    settle(qtbot, dialog, wait_idle)
    item = ui.matchesList.item(0)  # found by the name, not by the IIN
    assert "matches the IIN" not in item.text()
    rect = ui.matchesList.visualItemRect(item)
    qtbot.mouseClick(ui.matchesList.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ui.linkRadio.isChecked()
    assert "saving asks first" in ui.matchesHint.text()

    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "otherIinBox")
    assert box is not None and box.isVisible()
    assert "9001•••••811" in box.informativeText() and "850505400127" in box.informativeText()
    assert "900101300811" not in box.informativeText()  # the other IIN stays masked
    qtbot.mouseClick(box.findChild(QPushButton, "goBackButton"), Qt.MouseButton.LeftButton)
    wait_idle()
    assert dialog.isVisible() and stored_requests(sqlite_ctx) == []

    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    box = next(b for b in dialog.findChildren(QMessageBox, "otherIinBox") if b.isVisible())
    with qtbot.waitSignal(dialog.registered, timeout=10_000):
        qtbot.mouseClick(box.findChild(QPushButton, "linkAnywayButton"), Qt.MouseButton.LeftButton)
    wait_idle()
    [stored] = stored_requests(sqlite_ctx)
    assert stored.subject_id == holder.id
