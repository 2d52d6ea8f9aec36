"""The data map on the operator dialog: both languages, the retention rule of a category, a
recipient's country, and every missing half asked for at its row, live, before anything is saved."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.data_map import DataMap
from app.services import demo_data, operators
from app.storage.models import Operator
from app.ui.dialogs.data_map_table import ASK_ROLE
from app.ui.dialogs.operator_dialog import OperatorDialog
from tests.helpers import make_operator
from tests.ui.test_operator_dialog import click_save, fill_cell, type_into_new_cell, type_text

DATA_TAB = 2


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch):
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


def test_a_system_named_only_in_russian_is_asked_for_and_not_saved(
    qtbot, open_dialog, sqlite_ctx, wait_idle
):
    op = make_operator(sqlite_ctx)
    legacy = [{"kk": "", "ru": "CRM"}, {"kk": "", "ru": "Рассылки"}]
    with sqlite_ctx.write() as w:  # as migration 0008 left the systems of an older profile
        row = w.session.get(Operator, op.id)
        row.systems = legacy
        w.session.add(row)
    dialog = open_dialog(op.id)
    editor = dialog.data_map
    systems = editor.sections["systems"]
    assert [systems.table.item(r, 1).text() for r in range(2)] == ["CRM", "Рассылки"]
    assert systems.table.item(1, 0).data(ASK_ROLE) == "Kazakh text needed"
    assert systems.problems_label.text() == (
        "Row 1: the Kazakh text is missing.\nRow 2: the Kazakh text is missing."
    )
    assert editor.ui.partsList.item(5).text() == "Systems to clean (2): 2 to complete"

    dialog.ui.tabs.setCurrentIndex(0)
    click_save(qtbot, dialog)
    wait_idle()
    assert dialog.isVisible()
    assert dialog.ui.tabs.currentIndex() == DATA_TAB  # taken to the row
    assert editor.ui.pages.currentWidget() is editor.ui.systemsPage
    assert (systems.table.currentRow(), systems.table.currentColumn()) == (0, 0)
    assert operators.get(sqlite_ctx, op.id).systems == legacy  # nothing written

    fill_cell(qtbot, systems, 0, 0, "CRM жүйесі")
    fill_cell(qtbot, systems, 1, 0, "Таратылымдар")
    assert systems.problems_label.isHidden()
    assert editor.ui.partsList.item(5).text() == "Systems to clean (2)"
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click_save(qtbot, dialog)
    wait_idle()
    assert operators.get(sqlite_ctx, op.id).systems == [
        {"kk": "CRM жүйесі", "ru": "CRM"},
        {"kk": "Таратылымдар", "ru": "Рассылки"},
    ]


def test_a_recipient_abroad_names_its_country(qtbot, open_dialog, sqlite_ctx, wait_idle):
    op = make_operator(sqlite_ctx)
    dialog = open_dialog(op.id)
    editor = dialog.data_map
    editor.ui.partsList.setCurrentRow(4)
    recipients = editor.sections["recipients"]
    assert not dialog.ui.crossBorderCheck.isChecked()
    qtbot.mouseClick(recipients.add_button, Qt.MouseButton.LeftButton)
    type_into_new_cell(qtbot, "Хостинг-провайдер")
    fill_cell(qtbot, recipients, 0, 1, "Хостинг-провайдер")
    fill_cell(qtbot, recipients, 0, 2, "deu")
    assert recipients.table.item(0, 2).text() == "DEU"
    assert recipients.problems_label.text() == (
        "Row 1: “DEU” is not a two-letter country code (KZ, RU, DE…)."
    )
    fill_cell(qtbot, recipients, 0, 2, "de")
    assert recipients.problems_label.isHidden()
    # a recipient abroad: the data cross the border, and the box cannot say otherwise
    assert dialog.ui.crossBorderCheck.isChecked() and not dialog.ui.crossBorderCheck.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click_save(qtbot, dialog)
    wait_idle()
    stored = operators.get(sqlite_ctx, op.id)
    assert stored.recipients == [
        {"kk": "Хостинг-провайдер", "ru": "Хостинг-провайдер", "country": "DE"}
    ]
    assert stored.cross_border is True


def test_a_retention_rule_needs_its_basis_and_a_period(qtbot, open_dialog, sqlite_ctx, wait_idle):
    op = make_operator(sqlite_ctx, data_categories=[{"kk": "ЖСН", "ru": "ИИН"}])
    dialog = open_dialog(op.id)
    editor = dialog.data_map
    ui = editor.ui
    categories = editor.sections["data_categories"]
    assert categories.table.currentRow() == 0 and ui.retentionGroup.isEnabled()
    assert not ui.retentionGroup.isChecked()  # nothing obliges keeping it: never defaulted
    assert categories.table.item(0, 2).text() == ""
    ui.retentionGroup.setChecked(True)
    assert ui.retentionProblems.text().splitlines() == [
        "Row 1: give the legal basis for keeping the data (Kazakh).",
        "Row 1: give the legal basis for keeping the data (Russian).",
        "Row 1: give the retention period in years or months.",
    ]
    assert categories.table.item(0, 2).text() == "no period yet"
    type_text(qtbot, ui.basisKkEdit, "Заңның 12-бабы")
    type_text(qtbot, ui.basisRuEdit, "Статья 12 Закона")
    ui.monthsSpin.setValue(6)
    assert ui.retentionProblems.isHidden() and editor.problems() == []
    assert categories.table.item(0, 2).text() == "6 mo"
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click_save(qtbot, dialog)
    wait_idle()
    [category] = operators.get(sqlite_ctx, op.id).data_categories
    assert category["retention"] == {
        "basis_kk": "Заңның 12-бабы",
        "basis_ru": "Статья 12 Закона",
        "years": 0,
        "months": 6,
        "from_kk": "",
        "from_ru": "",
    }


def test_unchecking_the_rule_lets_the_category_be_destroyed(qtbot, open_dialog, sqlite_ctx):
    op = make_operator(sqlite_ctx, data_categories=[{"kk": "ЖСН", "ru": "ИИН"}])
    dialog = open_dialog(op.id)
    ui = dialog.data_map.ui
    ui.retentionGroup.setChecked(True)
    assert dialog.data_map.problems()
    ui.retentionGroup.setChecked(False)
    assert dialog.data_map.problems() == []
    assert dialog.data_map.parts()["data_categories"] == [{"kk": "ЖСН", "ru": "ИИН"}]


def test_a_demo_operator_opens_whole_and_saves_unchanged(qtbot, open_dialog, sqlite_ctx, wait_idle):
    spec = demo_data.load().operator("idcollect")
    fields = {f.name for f in dataclasses.fields(operators.OperatorInput)}
    op = operators.create(
        sqlite_ctx, operators.OperatorInput(**{k: v for k, v in spec.items() if k in fields})
    )
    dialog = open_dialog(op.id)
    editor = dialog.data_map
    assert editor.problems() == []
    categories = editor.sections["data_categories"]
    kept = {
        categories.table.item(r, 1).text(): categories.table.item(r, 2).text()
        for r in range(categories.table.rowCount())
    }
    assert kept["Индивидуальный идентификационный номер (ИИН)"] == "3 yr"
    assert kept["Сканированные документы, направляемые при регистрации"] == ""
    assert editor.ui.partsList.item(0).text() == "Categories of data (8)"
    assert DataMap.from_json(editor.parts()) == demo_data.load().data_map("idcollect")
    categories.table.setCurrentCell(1, 0)  # the IIN: its rule, from the seed's 5.3
    assert "5.3" in editor.ui.basisKkEdit.text() and editor.ui.yearsSpin.value() == 3
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click_save(qtbot, dialog)
    wait_idle()
    stored = operators.get(sqlite_ctx, op.id)
    assert DataMap.from_json(stored.__dict__) == demo_data.load().data_map("idcollect")


def test_rows_move_with_their_rule(qtbot, open_dialog, sqlite_ctx):
    rule = {
        "basis_kk": "5.3",
        "basis_ru": "5.3",
        "years": 3,
        "months": 0,
        "from_kk": "",
        "from_ru": "",
    }
    op = make_operator(
        sqlite_ctx,
        data_categories=[{"kk": "Аты", "ru": "Имя"}, {"kk": "ЖСН", "ru": "ИИН", "retention": rule}],
    )
    dialog = open_dialog(op.id)
    categories = dialog.data_map.sections["data_categories"]
    categories.table.setCurrentCell(1, 0)
    qtbot.mouseClick(categories.up_button, Qt.MouseButton.LeftButton)
    parts = dialog.data_map.parts()["data_categories"]
    assert [c["ru"] for c in parts] == ["ИИН", "Имя"]
    assert parts[0]["retention"]["years"] == 3 and "retention" not in parts[1]
    assert dialog.data_map.ui.yearsSpin.value() == 3  # the panel follows the row selected
