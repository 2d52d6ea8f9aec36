"""First start: the welcome screen creates the first operator profile on an empty database."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services import operators
from app.ui.dialogs.operator_dialog import OperatorDialog
from app.ui.welcome import WelcomeDialog
from tests.helpers import VALID_BIN
from tests.ui.test_operator_dialog import retype, type_text


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def welcome(qtbot, ops, prefs):
    dialog = WelcomeDialog(ops, prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def open_profile_dialog(qtbot, welcome, wait_idle) -> OperatorDialog:
    qtbot.mouseClick(welcome.ui.createButton, Qt.MouseButton.LeftButton)
    dialog = welcome.findChild(OperatorDialog)
    assert dialog is not None and dialog.isVisible()
    wait_idle()
    return dialog


def test_create_the_profile_from_the_welcome_screen(qtbot, welcome, sqlite_ctx, wait_idle):
    assert operators.all_operators(sqlite_ctx) == []
    dialog = open_profile_dialog(qtbot, welcome, wait_idle)
    ui = dialog.ui
    assert ui.defaultCheck.isChecked()
    type_text(qtbot, ui.nameKkEdit, "«Ақпарат» ЖШС")
    type_text(qtbot, ui.nameRuEdit, "ТОО «Акпарат»")
    type_text(qtbot, ui.codeEdit, "aqparat")
    type_text(qtbot, ui.regNumberEdit, VALID_BIN)
    retype(qtbot, ui.requestPrefixEdit, "АҚ")
    with qtbot.waitSignal(welcome.profile_created, timeout=10_000):
        qtbot.keyClick(ui.codeEdit, Qt.Key.Key_Return)  # Enter saves
    wait_idle()
    [op] = operators.all_operators(sqlite_ctx)
    assert (op.name_kk, op.request_prefix) == ("«Ақпарат» ЖШС", "АҚ")
    assert operators.default_operator_id(sqlite_ctx) == op.id


def test_an_invalid_first_profile_is_not_created(qtbot, welcome, sqlite_ctx, wait_idle):
    created = []
    welcome.profile_created.connect(lambda: created.append(True))
    dialog = open_profile_dialog(qtbot, welcome, wait_idle)
    type_text(qtbot, dialog.ui.nameKkEdit, "«Ақпарат» ЖШС")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert dialog.isVisible()
    assert dialog.ui.nameRuError.text() == "Required."
    assert dialog.ui.regNumberError.text() == "Enter the 12-digit BIN of the organisation."
    assert operators.all_operators(sqlite_ctx) == [] and created == []
