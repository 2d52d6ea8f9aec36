"""The subject import wizard, driven from the Subjects screen: file, encoding, mapping, import."""

import datetime as dt
import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlmodel import select

from app.domain.identifiers import make_iin
from app.storage.models import Subject
from app.ui.dialogs.import_wizard import ImportWizard
from app.ui.screens.subjects import SubjectsScreen
from tests.helpers import make_operator

IINS = [make_iin(dt.date(1970, 1, 1) + dt.timedelta(days=n), "M", n) for n in range(20)]


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread():
    yield
    gc.collect()


@pytest.fixture
def screen(shell_factory, wait_idle, sqlite_ctx, qtbot):
    make_operator(sqlite_ctx)
    window = shell_factory([SubjectsScreen])
    wait_idle()
    return window.screens["subjects"]


def open_wizard(qtbot, screen, path) -> ImportWizard:
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.findChild(ImportWizard) is not None)
    wizard = screen.findChild(ImportWizard)
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.table is not None)
    return wizard


def subjects_in(ctx):
    with ctx.read() as s:
        return s.exec(select(Subject).order_by(Subject.id)).all()


def test_import_a_windows_1251_file_choosing_a_column(
    qtbot, screen, wait_idle, sqlite_ctx, tmp_path
):
    path = tmp_path / "clients.csv"
    text = "Фамилия;Имя;Номер;Город\r\n" + "".join(
        f"Әлиев{n};Нұрлан;{IINS[n]};Алматы\r\n" for n in range(3)
    )
    path.write_bytes(text.replace("Әлиев", "Алиев").replace("Нұрлан", "Нурлан").encode("cp1251"))
    wizard = open_wizard(qtbot, screen, path)
    page = wizard.columns_page
    assert page.encoding_combo.currentData() == "cp1251"
    assert page.separator_combo.currentData() == ";"
    assert [c.currentData() for c in page.combos] == ["surname", "given_name", "", ""]
    assert page.preview.item(1, 0).text() == "Алиев0"
    page.combos[2].setCurrentIndex(page.combos[2].findData("iin"))  # "Номер" is not guessed
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=10_000)
    assert "3 added, 0 updated, 0 unchanged" in wizard.import_page.result.text()
    found = subjects_in(sqlite_ctx)
    assert [(s.surname, s.iin) for s in found] == [(f"Алиев{n}", IINS[n]) for n in range(3)]
    wait_idle()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)


def test_a_bad_row_is_listed_with_its_line_and_nothing_is_imported(
    qtbot, screen, sqlite_ctx, tmp_path
):
    path = tmp_path / "bad.csv"
    rows = [f"Ким{n},Ли,{IINS[n]}" for n in range(14)]
    rows[13] = "Ким,Ли,123456789012"
    path.write_text("Surname,Name,IIN\n" + "\n".join(rows) + "\n", "utf-8")
    wizard = open_wizard(qtbot, screen, path)
    assert wizard.columns_page.separator_combo.currentData() == ","
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=10_000)
    bad = wizard.import_page.bad_list
    assert bad.count() == 1 and bad.item(0).text().startswith("Line 15: IIN")
    assert subjects_in(sqlite_ctx) == []
