"""The operator profile dialog, typed into like the officer does."""

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox

from app.services import operators, settings
from app.ui.dialogs.data_map_table import ASK_ROLE
from app.ui.dialogs.operator_dialog import ConsentDocumentDialog, OperatorDialog
from tests.helpers import OTHER_BIN, VALID_BIN, make_operator


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch):
    """Closing a dialog with typed changes asks first; the officer says Discard (at teardown)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def open_dialog(qtbot, ops, wait_idle):
    def make(operator_id=None):
        dialog = OperatorDialog(ops, operator_id)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_idle()
        return dialog

    return make


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard does; QTest.keyClicks only knows Latin-1, this any script."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    if text:
        type_text(qtbot, edit, text)


def fill_valid(qtbot, ui) -> None:
    type_text(qtbot, ui.nameKkEdit, "«Сенімкей» жауапкершілігі шектеулі серіктестігі")
    type_text(qtbot, ui.nameRuEdit, "ТОО «Сенимкей»")
    type_text(qtbot, ui.shortNameEdit, "Сенімкей")
    type_text(qtbot, ui.codeEdit, "senimkey")
    type_text(qtbot, ui.regNumberEdit, VALID_BIN)
    type_text(qtbot, ui.emailEdit, "dpo@senimkey.kz")
    retype(qtbot, ui.requestPrefixEdit, "ДД")


def type_into_new_cell(qtbot, text: str) -> None:
    """Type into the cell editor the dialog just opened and commit it with Enter."""
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the view commits the cell in a queued call, as it would live


def fill_cell(qtbot, section, row: int, col: int, text: str) -> None:
    """Open the cell (row, col) of a data map table for editing and type ``text`` into it."""
    section.table.setCurrentCell(row, col)
    section.table.editItem(section.table.item(row, col))
    type_into_new_cell(qtbot, text)


def click_save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_create_the_first_profile_by_typing(qtbot, open_dialog, sqlite_ctx, wait_idle, tmp_path):
    dialog = open_dialog()
    ui = dialog.ui
    assert dialog.windowTitle() == "New operator profile"
    assert ui.defaultCheck.isChecked() and not ui.defaultCheck.isEnabled()  # the first one
    fill_valid(qtbot, ui)
    type_text(qtbot, ui.addressKkEdit, "010000, Астана қ., Мәңгілік Ел даңғылы, 55")
    type_text(qtbot, ui.addressRuEdit, "010000, г. Астана, пр. Мангилик Ел, 55")
    type_text(qtbot, ui.signatoryPositionKkEdit, "Директор")
    type_text(qtbot, ui.signatoryPositionRuEdit, "Директор")
    type_text(qtbot, ui.signatoryNameEdit, "Ә. Б. Сейітқали")
    # numbering: the example follows the typing
    retype(qtbot, ui.requestPatternEdit, "{prefix}-{year}/{seq:04d}")
    assert ui.requestExampleLabel.text() == "Example: ДД-2026/0042"
    assert ui.outgoingExampleLabel.text() == "Example: ДД-ИСХ-2026/0042"
    assert ui.outgoingKkExampleLabel.text() == "Example: ДД-ШЫҒ-2026/0042"  # one series
    assert ui.actExampleLabel.text() == "Example: АКТ-2026/0042"  # destruction acts: own series

    ui.tabs.setCurrentWidget(ui.dataTab)
    editor = dialog.data_map
    categories = editor.sections["data_categories"]
    qtbot.mouseClick(categories.add_button, Qt.MouseButton.LeftButton)
    type_into_new_cell(qtbot, "Тегі, аты, әкесінің аты")
    # the Russian half is asked for at its row as soon as the Kazakh one is typed
    assert categories.table.item(0, 1).data(ASK_ROLE) == "Russian text needed"
    assert categories.problems_label.text() == "Row 1: the Russian text is missing."
    fill_cell(qtbot, categories, 0, 1, "Фамилия, имя, отчество")
    assert categories.problems_label.isHidden()
    # kept three years after use stops, on a named basis
    editor.ui.retentionGroup.setChecked(True)
    type_text(qtbot, editor.ui.basisKkEdit, "Саясаттың 5.3-тармағы")
    type_text(qtbot, editor.ui.basisRuEdit, "П. 5.3 Политики")
    editor.ui.yearsSpin.setValue(3)
    type_text(qtbot, editor.ui.fromKkEdit, "пайдалану тоқтатылған күннен бастап")
    type_text(qtbot, editor.ui.fromRuEdit, "со дня прекращения использования")
    assert categories.table.item(0, 2).text() == "3 yr"

    editor.ui.partsList.setCurrentRow(1)
    purposes = editor.sections["purposes"]
    qtbot.mouseClick(purposes.add_button, Qt.MouseButton.LeftButton)
    type_into_new_cell(qtbot, "Қызмет көрсету")
    fill_cell(qtbot, purposes, 0, 1, "Оказание услуг")
    recipients = editor.sections["recipients"]
    qtbot.mouseClick(recipients.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(recipients.remove_button, Qt.MouseButton.LeftButton)  # changed my mind
    systems = editor.sections["systems"]
    for kk, ru in (("Платформадағы есептік жазба", "Учётная запись на платформе"), ("CRM", "CRM")):
        qtbot.mouseClick(systems.add_button, Qt.MouseButton.LeftButton)
        type_into_new_cell(qtbot, kk)
        fill_cell(qtbot, systems, systems.table.rowCount() - 1, 1, ru)
    qtbot.mouseClick(systems.up_button, Qt.MouseButton.LeftButton)  # CRM first
    assert editor.problems() == []

    ui.tabs.setCurrentWidget(ui.retentionTab)
    type_text(qtbot, ui.retentionKkEdit, "Келісім кері қайтарылғанға дейін")
    ui.crossBorderCheck.setChecked(True)

    ui.tabs.setCurrentWidget(ui.documentsTab)
    qtbot.mouseClick(ui.addDocumentButton, Qt.MouseButton.LeftButton)
    doc_dialog = dialog.findChild(ConsentDocumentDialog)
    assert doc_dialog is not None and doc_dialog.isVisible()
    qtbot.mouseClick(doc_dialog.ok_button, Qt.MouseButton.LeftButton)  # no title yet
    assert doc_dialog.isVisible()
    assert doc_dialog.ui.titleKkError.text() == "Required."
    type_text(qtbot, doc_dialog.ui.titleKkEdit, "Дербес деректерді өңдеуге келісім")
    type_text(qtbot, doc_dialog.ui.editionEdit, "№ 1")
    doc_dialog.ui.effectiveCheck.setChecked(True)
    doc_dialog.ui.effectiveDateEdit.setDate(dt.date(2025, 5, 21))
    scan = tmp_path / "келісім.pdf"
    scan.write_bytes(b"%PDF-1.4 consent")
    doc_dialog.set_file(str(scan))
    qtbot.mouseClick(doc_dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not doc_dialog.isVisible()
    assert ui.documentsTable.rowCount() == 1
    assert ui.documentsTable.item(0, 4).text() == "new: saved with the profile"

    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        click_save(qtbot, dialog)
    wait_idle()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [op] = operators.all_operators(sqlite_ctx)
    assert saved.args == [op.id]
    assert op.name_kk == "«Сенімкей» жауапкершілігі шектеулі серіктестігі"
    assert op.code == "senimkey" and op.reg_number == VALID_BIN and op.reg_kind == "BIN"
    assert op.address_kk == "010000, Астана қ., Мәңгілік Ел даңғылы, 55"
    assert op.address_ru == "010000, г. Астана, пр. Мангилик Ел, 55"
    assert op.signatory_name == "Ә. Б. Сейітқали"
    assert op.data_categories == [
        {
            "kk": "Тегі, аты, әкесінің аты",
            "ru": "Фамилия, имя, отчество",
            "retention": {
                "basis_kk": "Саясаттың 5.3-тармағы",
                "basis_ru": "П. 5.3 Политики",
                "years": 3,
                "months": 0,
                "from_kk": "пайдалану тоқтатылған күннен бастап",
                "from_ru": "со дня прекращения использования",
            },
        }
    ]
    assert op.purposes == [{"kk": "Қызмет көрсету", "ru": "Оказание услуг"}]
    assert op.recipients == []
    assert op.systems == [
        {"kk": "CRM", "ru": "CRM"},
        {"kk": "Платформадағы есептік жазба", "ru": "Учётная запись на платформе"},
    ]
    assert op.retention_kk == "Келісім кері қайтарылғанға дейін"
    assert op.cross_border is True
    assert operators.default_operator_id(sqlite_ctx) == op.id
    [doc] = operators.consent_documents(sqlite_ctx, op.id)
    assert doc.title_kk == "Дербес деректерді өңдеуге келісім" and doc.edition == "№ 1"
    assert doc.effective_date == dt.date(2025, 5, 21)
    assert doc.file_name == "келісім.pdf" and doc.file_data == b"%PDF-1.4 consent"


def test_bin_is_checked_as_you_type(qtbot, open_dialog):
    ui = open_dialog().ui
    type_text(qtbot, ui.regNumberEdit, VALID_BIN[:5])
    assert ui.regNumberError.text() == "5 of 12 digits"
    assert ui.regNumberError.property("tone") == "hint"
    type_text(qtbot, ui.regNumberEdit, VALID_BIN[5:11] + "0")
    assert ui.regNumberError.property("tone") == "error"
    assert "the 12th would be 3" in ui.regNumberError.text()
    qtbot.keyClick(ui.regNumberEdit, Qt.Key.Key_Backspace)
    type_text(qtbot, ui.regNumberEdit, "3")
    assert ui.regNumberError.text() == "A valid BIN: the check digit matches."
    assert ui.regNumberError.property("tone") == "ok"


@pytest.mark.parametrize(
    "edit, text, error, reason, tab",
    [
        ("regNumberEdit", "260440029160", "regNumberError", "the 12th would be 3", 0),
        ("regNumberEdit", "2604400291", "regNumberError", "A BIN has 12 digits; 10 typed.", 0),
        ("nameKkEdit", "", "nameKkError", "Required.", 0),
        ("emailEdit", "dpo@senimkey", "emailError", "Not an e-mail address", 0),
        ("codeEdit", "Сенімкей", "codeError", "Latin letters", 0),
        (
            "requestPatternEdit",
            "{prefix}-{n}",
            "requestPatternError",
            "{n} is not a placeholder",
            1,
        ),
        (
            "outgoingPatternEdit",
            "{prefix}/{seq}",
            "outgoingPatternError",
            "needs {year} or {yy}",
            1,
        ),
        ("actPatternEdit", "АКТ-{seq}", "actPatternError", "needs {year} or {yy}", 1),
    ],
)
def test_invalid_input_shows_the_reason_and_saves_nothing(
    qtbot, open_dialog, sqlite_ctx, wait_idle, edit, text, error, reason, tab
):
    dialog = open_dialog()
    ui = dialog.ui
    fill_valid(qtbot, ui)
    ui.tabs.setCurrentWidget(ui.documentsTab)
    retype(qtbot, getattr(ui, edit), text)
    click_save(qtbot, dialog)
    wait_idle()
    label = getattr(ui, error)
    assert not label.isHidden()
    assert reason in label.text()
    assert ui.tabs.currentIndex() == tab  # the officer is taken to the field
    assert dialog.isVisible()
    assert operators.all_operators(sqlite_ctx) == []
    assert settings.get(sqlite_ctx, settings.DEFAULT_OPERATOR_KEY) is None


def test_a_foreign_number_is_allowed(qtbot, open_dialog, sqlite_ctx, wait_idle):
    dialog = open_dialog()
    ui = dialog.ui
    fill_valid(qtbot, ui)
    ui.regKindCombo.setCurrentText("INN")
    retype(qtbot, ui.regNumberEdit, "5904264782")
    retype(qtbot, ui.countryEdit, "ru")
    assert ui.countryEdit.text() == "RU"
    assert ui.regNumberError.isHidden()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click_save(qtbot, dialog)
    wait_idle()
    [op] = operators.all_operators(sqlite_ctx)
    assert (op.reg_kind, op.reg_number, op.country) == ("INN", "5904264782", "RU")


def test_edit_an_operator(qtbot, open_dialog, sqlite_ctx, wait_idle):
    op = make_operator(sqlite_ctx, purposes=[{"kk": "Қызмет", "ru": "Услуги"}])
    dialog = open_dialog(op.id)
    ui = dialog.ui
    assert ui.nameKkEdit.text() == "«Senimkey» ЖШС"
    assert ui.regNumberEdit.text() == VALID_BIN
    assert dialog.data_map.sections["purposes"].table.item(0, 1).text() == "Услуги"
    assert ui.defaultCheck.isChecked() and not ui.defaultCheck.isEnabled()
    retype(qtbot, ui.nameKkEdit, "«Сенімкей» ЖШС")
    retype(qtbot, ui.phoneEdit, "+7 (7172) 55-00-55")
    retype(qtbot, ui.actPatternEdit, "АКТ-{yy}/{seq:03d}")
    assert ui.actExampleLabel.text() == "Example: АКТ-26/042"
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        click_save(qtbot, dialog)
    wait_idle()
    assert saved.args == [op.id]
    stored = operators.get(sqlite_ctx, op.id)
    assert stored.name_kk == "«Сенімкей» ЖШС"
    assert stored.phone == "+7 (7172) 55-00-55"
    assert stored.act_pattern == "АКТ-{yy}/{seq:03d}"
    assert stored.purposes == [{"kk": "Қызмет", "ru": "Услуги"}]
    assert stored.email == "info@senimkey.kz"  # untouched fields kept


def test_a_taken_code_is_shown_at_its_field(qtbot, open_dialog, sqlite_ctx, wait_idle):
    make_operator(sqlite_ctx)
    other = make_operator(sqlite_ctx, code="ipsm", reg_number=OTHER_BIN)
    dialog = open_dialog(other.id)
    retype(qtbot, dialog.ui.codeEdit, "senimkey")
    click_save(qtbot, dialog)
    wait_idle()
    assert dialog.ui.codeError.text() == "Another operator already has this code."
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert operators.get(sqlite_ctx, other.id).code == "ipsm"


def test_make_default_from_the_dialog(qtbot, open_dialog, sqlite_ctx, wait_idle):
    first = make_operator(sqlite_ctx)
    other = make_operator(sqlite_ctx, code="ipsm", reg_number=OTHER_BIN)
    dialog = open_dialog(other.id)
    assert not dialog.ui.defaultCheck.isChecked() and dialog.ui.defaultCheck.isEnabled()
    dialog.ui.defaultCheck.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click_save(qtbot, dialog)
    wait_idle()
    assert operators.default_operator_id(sqlite_ctx) == other.id != first.id


def test_escape_on_an_untouched_dialog_closes_it(qtbot, open_dialog, sqlite_ctx):
    dialog = open_dialog()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_escape_after_typing_asks_before_discarding(qtbot, open_dialog, monkeypatch):
    dialog = open_dialog()
    type_text(qtbot, dialog.ui.nameKkEdit, "Жаңа")
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard the changes?"]
    assert dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_address_and_position_are_asked_in_both_languages(qtbot, open_dialog, sqlite_ctx):
    """A half typed asks for the other at its field; a half in the other language's words is
    named; the profile is saved once both halves are right (the letters print each alone)."""
    dialog = open_dialog()
    ui = dialog.ui
    fill_valid(qtbot, ui)
    type_text(qtbot, ui.addressKkEdit, "050000, г. Алматы, ул. Абая, 10")
    assert ui.addressKkError.isVisible()
    assert ui.addressKkError.text() == (
        "Russian words in the Kazakh text: «г.», «ул.». Write it in Kazakh (for example «қ.», "
        "«көш.», «ЖШС», «ШЫҒ»)."
    )
    assert ui.addressRuError.text() == (
        "The other language's half is filled in: write this one too (Russian); a letter in "
        "this language prints it."
    )
    ui.addressKkEdit.clear()
    type_text(qtbot, ui.addressKkEdit, "050000, Алматы қ., Абай даңғылы, 10")
    assert ui.addressKkError.isHidden()
    ui.tabs.setCurrentIndex(1)  # the letters' tab: who signs, the numbers
    type_text(qtbot, ui.signatoryPositionKkEdit, "Бас директор")
    assert ui.signatoryPositionRuError.isVisible()
    assert "(Russian)" in ui.signatoryPositionRuError.text()
    click_save(qtbot, dialog)  # refused: the Russian halves are missing
    assert dialog.isVisible() and operators.all_operators(sqlite_ctx) == []
    assert ui.tabs.currentIndex() == 0 and ui.addressRuEdit.hasFocus()
    type_text(qtbot, ui.addressRuEdit, "050000, г. Алматы, пр. Абая, 10")
    assert ui.addressRuError.isHidden()
    ui.tabs.setCurrentIndex(1)
    type_text(qtbot, ui.signatoryPositionRuEdit, "Генеральный директор")
    assert ui.signatoryPositionRuError.isHidden()
    # the Kazakh letters' outgoing number: no «ИСХ»
    retype(qtbot, ui.outgoingPatternKkEdit, "{prefix}-ИСХ-{year}/{seq:04d}")
    assert "«ИСХ»" in ui.outgoingPatternKkError.text()
    retype(qtbot, ui.outgoingPatternKkEdit, "{prefix}-ШЫҒ-{year}/{seq:04d}")
    assert ui.outgoingPatternKkError.isHidden()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click_save(qtbot, dialog)
    [op] = operators.all_operators(sqlite_ctx)
    assert (op.address_kk, op.address_ru) == (
        "050000, Алматы қ., Абай даңғылы, 10",
        "050000, г. Алматы, пр. Абая, 10",
    )
    assert (op.signatory_position_kk, op.signatory_position_ru) == (
        "Бас директор",
        "Генеральный директор",
    )
    assert op.outgoing_pattern_kk == "{prefix}-ШЫҒ-{year}/{seq:04d}"
