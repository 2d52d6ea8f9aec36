"""Every problem of the Register-a-letter and subject dialogs, triggered by typing in the Kazakh
interface: the message at the field is the Kazakh sentence of its code, with no English in it."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from app.domain.identifiers import make_iin
from app.services import subjects
from app.services.subjects import SubjectInput
from app.ui.application import install_translations
from app.ui.dialogs.register_letter import RegisterLetterDialog
from app.ui.dialogs.subject_dialog import SubjectDialog
from tests.conftest import TODAY
from tests.helpers import make_operator
from tests.ui.test_register_letter import settle, type_date, type_text

D = dt.date
LATIN = re.compile(r"[A-Za-z]+")
# Latin a Kazakh sentence may keep: the example of an e-mail address, typed as it is.
ALLOWED_LATIN = {"name", "example", "kz"}
KASYMOV_IIN = make_iin(D(1985, 3, 14), "M", 42)


@pytest.fixture
def kazakh(qapp):
    installed = install_translations(qapp, "kk")
    assert installed, "the Kazakh translation must load"
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()


def assert_kazakh(text: str, *fragments: str) -> None:
    """A Kazakh sentence: Cyrillic, no Latin word (but the e-mail example), and carrying
    ``fragments``."""
    assert text.strip(), "no message at the field"
    english = [w for w in LATIN.findall(text) if w not in ALLOWED_LATIN]
    assert not english, f"English left in {text!r}: {english}"
    assert re.search("[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]", text), text
    for fragment in fragments:
        assert fragment in text, (fragment, text)


# --- Register a letter -----------------------------------------------------------------------


@pytest.fixture
def letter_dialog(qtbot, ops, prefs, wait_idle, kazakh):
    made: list[RegisterLetterDialog] = []

    def make() -> RegisterLetterDialog:
        dialog = RegisterLetterDialog(ops, prefs)
        made.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(qtbot, dialog, wait_idle)
        return dialog

    yield make
    for dialog in made:
        if shiboken6.isValid(dialog):
            dialog._discarding = True
            dialog.reject()
    QApplication.processEvents()


def _sender(qtbot, ui):
    type_text(qtbot, ui.senderEdit, "Әлиев Нұрлан")


def _postmark(qtbot, ui, day):
    ui.postmarkCheck.setFocus()
    qtbot.keyClick(ui.postmarkCheck, Qt.Key.Key_Space)
    type_date(qtbot, ui.postmarkEdit, day)


def empty_sender(qtbot, ui):
    type_text(qtbot, ui.senderEdit, "Ә")
    qtbot.keyClick(ui.senderEdit, Qt.Key.Key_Backspace)


def received_future(qtbot, ui):
    _sender(qtbot, ui)
    type_date(qtbot, ui.receivedEdit, TODAY + dt.timedelta(days=1))


def received_out_of_range(qtbot, ui):
    _sender(qtbot, ui)
    type_date(qtbot, ui.receivedEdit, D(2101, 1, 1))


def received_before_postmark(qtbot, ui):
    _sender(qtbot, ui)
    type_date(qtbot, ui.receivedEdit, D(2026, 11, 16))
    _postmark(qtbot, ui, D(2026, 11, 18))


def postmark_future(qtbot, ui):
    _sender(qtbot, ui)
    _postmark(qtbot, ui, D(2026, 11, 25))


def registered_before_received(qtbot, ui):
    _sender(qtbot, ui)
    type_date(qtbot, ui.receivedEdit, D(2026, 11, 16))
    type_date(qtbot, ui.registeredEdit, D(2026, 11, 10))


def registered_future(qtbot, ui):
    _sender(qtbot, ui)
    type_date(qtbot, ui.registeredEdit, D(2026, 12, 1))


def iin(text):
    def act(qtbot, ui):
        _sender(qtbot, ui)
        type_text(qtbot, ui.iinEdit, text)

    return act


def long_summary(qtbot, ui):
    _sender(qtbot, ui)
    ui.summaryEdit.setFocus()
    ui.summaryEdit.insertPlainText("ә" * 4001)  # as a paste would


def long_address(qtbot, ui):
    _sender(qtbot, ui)
    ui.addressEdit.setFocus()
    ui.addressEdit.insertPlainText("Алматы, " * 130)


LETTER_PROBLEMS = [
    ("empty_sender", empty_sender, "senderError", ["Жіберушіні"]),
    ("future", received_future, "receivedError", ["21.11.2026", "әлі келген жоқ"]),
    ("out_of_range_date", received_out_of_range, "receivedError", ["01.01.2101", "1900–2100"]),
    ("before_postmark", received_before_postmark, "receivedError", ["18.11.2026", "мөртабан"]),
    ("postmark_future", postmark_future, "postmarkError", ["25.11.2026"]),
    ("before_received", registered_before_received, "registeredError", ["16.11.2026"]),
    ("registered_future", registered_future, "registeredError", ["01.12.2026"]),
    ("iin_digits", iin("90010-3"), "iinError", ["ЖСН", "«-»"]),
    ("iin_length", iin("90010"), "iinError", ["ЖСН", "12", "5"]),
    ("iin_checksum", iin("900101300018"), "iinError", ["Бақылау цифры", "7"]),
    ("iin_no_check_digit", iin("900101300800"), "iinError", ["ЖСН", "11"]),
    ("summary_too_long", long_summary, "summaryEdit", ["4000", "4001"]),
    ("address_too_long", long_address, "addressEdit", ["1000"]),
]


@pytest.mark.parametrize(
    "act, where, fragments",
    [p[1:] for p in LETTER_PROBLEMS],
    ids=[p[0] for p in LETTER_PROBLEMS],
)
def test_register_a_letter_says_each_problem_in_kazakh(
    qtbot, letter_dialog, sqlite_ctx, wait_idle, act, where, fragments
):
    make_operator(sqlite_ctx)
    dialog = letter_dialog()
    ui = dialog.ui
    act(qtbot, ui)
    settle(qtbot, dialog, wait_idle)
    widget = getattr(ui, where)
    if where.endswith("Error"):
        assert widget.isVisible()
        text = widget.text()
    else:  # a field with no label under it: the message is its tooltip (and the status line)
        assert widget.property("invalid") is True
        text = widget.toolTip()
        assert text in ui.statusLabel.text()
    assert_kazakh(text, *fragments)
    assert_kazakh(ui.statusLabel.text())  # "To register: <field> — <problem>", in Kazakh
    assert not ui.saveButton.isEnabled()


def test_without_an_operator_the_status_says_so_in_kazakh(letter_dialog):
    dialog = letter_dialog()
    assert_kazakh(dialog.ui.operatorCombo.toolTip(), "Оператор")
    assert_kazakh(dialog.ui.statusLabel.text())


def test_an_iin_another_subject_holds_is_refused_at_the_field_in_kazakh(
    qtbot, letter_dialog, sqlite_ctx, wait_idle
):
    op = make_operator(sqlite_ctx)
    subjects.create(sqlite_ctx, op.id, SubjectInput(surname="Қасымов", iin=KASYMOV_IIN))
    dialog = letter_dialog()
    ui = dialog.ui
    type_text(qtbot, ui.senderEdit, "Әлиев Нұрлан")
    type_text(qtbot, ui.iinEdit, KASYMOV_IIN)
    settle(qtbot, dialog, wait_idle)
    ui.createRadio.setFocus()
    qtbot.keyClick(ui.createRadio, Qt.Key.Key_Space)  # create anyway: the service refuses
    dialog.save()
    settle(qtbot, dialog, wait_idle)
    assert dialog.isVisible()
    assert ui.iinError.isVisible()
    assert_kazakh(ui.iinError.text(), "ЖСН", "Қасымов")
    assert_kazakh(ui.statusLabel.text(), "Қасымов")


# --- the subject dialog ----------------------------------------------------------------------


@pytest.fixture
def subject_dialog(qtbot, ops, sqlite_ctx, wait_idle, kazakh):
    op = make_operator(sqlite_ctx)
    subjects.create(sqlite_ctx, op.id, SubjectInput(surname="Қасымов", iin=KASYMOV_IIN))
    dialog = SubjectDialog(ops, op.id, None)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.save_button.isEnabled)
    yield dialog
    if shiboken6.isValid(dialog):
        dialog.reject()
    QApplication.processEvents()


SUBJECT_PROBLEMS = [
    ("iin_digits", "iinEdit", "90010А", "iinError", ["ЖСН", "«А»"]),
    ("iin_length", "iinEdit", "90010130001", "iinError", ["ЖСН", "11"]),
    ("iin_checksum", "iinEdit", "900101300018", "iinError", ["Бақылау цифры", "7"]),
    ("iin_no_check_digit", "iinEdit", "900101300800", "iinError", ["11"]),
    ("not_a_date", "birthDateEdit", "31.02.1990", "birthDateError", ["кк.аа.жжжж"]),
    ("birth_future", "birthDateEdit", "01.01.2030", "birthDateError", ["01.01.2030"]),
    ("birth_out_of_range", "birthDateEdit", "01.01.1899", "birthDateError", ["1900–2100"]),
    ("email_format", "emailEdit", "erlan@mail", "emailError", ["name@example.kz"]),
    ("bin_length", "clientBinEdit", "18034002111", "clientBinError", ["БСН", "11"]),
    ("bin_checksum", "clientBinEdit", "180340021118", "clientBinError", ["Бақылау цифры"]),
]


@pytest.mark.parametrize(
    "field, text, error, fragments",
    [p[1:] for p in SUBJECT_PROBLEMS],
    ids=[p[0] for p in SUBJECT_PROBLEMS],
)
def test_the_subject_dialog_says_each_problem_in_kazakh(
    qtbot, subject_dialog, field, text, error, fragments
):
    ui = subject_dialog.ui
    type_text(qtbot, ui.surnameEdit, "Сейітов")
    type_text(qtbot, getattr(ui, field), text)
    label = getattr(ui, error)
    assert label.isVisible()
    assert_kazakh(label.text(), *fragments)


def test_a_missing_surname_is_said_in_kazakh_on_save(qtbot, subject_dialog, wait_idle):
    qtbot.keyClick(subject_dialog.ui.surnameEdit, Qt.Key.Key_Return)
    wait_idle()
    assert subject_dialog.isVisible() and subject_dialog.ui.surnameError.isVisible()
    assert_kazakh(subject_dialog.ui.surnameError.text(), "Тегі")


def test_the_service_refusing_a_taken_iin_is_said_in_kazakh(qtbot, subject_dialog, wait_idle):
    ui = subject_dialog.ui
    type_text(qtbot, ui.surnameEdit, "Двойник")
    type_text(qtbot, ui.iinEdit, KASYMOV_IIN)
    qtbot.mouseClick(subject_dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert subject_dialog.isVisible() and ui.iinError.isVisible()
    assert_kazakh(ui.iinError.text(), "ЖСН", "Қасымов")
