"""The Settings screen: operators, deadline terms, the calendar and general choices."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlmodel import select

from app.domain import deadlines
from app.domain.calendar import WorkCalendar
from app.letters import wording
from app.services import letters, operators, requests, settings
from app.storage.models import AuditEntry
from app.ui.dialogs.operator_dialog import OperatorDialog
from app.ui.dialogs.override_dialog import OverrideDialog
from app.ui.screens.settings import SettingsScreen
from tests.helpers import OTHER_BIN, VALID_BIN, make_operator
from tests.helpers import register as reg
from tests.ui.test_operator_dialog import retype, type_text

D = dt.date
CAL = WorkCalendar()


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def open_settings(shell_factory, wait_idle):
    def make(tab: int | None = None):
        window = shell_factory([SettingsScreen])
        wait_idle()
        screen = window.screens["settings"]
        if tab is not None:
            screen.tabs.setCurrentIndex(tab)
            wait_idle()
        return screen

    return make


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def settle(wait_idle) -> None:
    """A change, then the refresh its topics cause."""
    wait_idle()
    wait_idle()


def rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


# -- operators ------------------------------------------------------------------------------


def test_operators_listed_with_the_default_marked(open_settings, sqlite_ctx):
    make_operator(sqlite_ctx)
    make_operator(sqlite_ctx, code="ipsm", name_kk="«IPSM» ЖШС", reg_number=OTHER_BIN)
    page = open_settings().operators_page
    assert rows(page.table) == [
        ["«Senimkey» ЖШС", "senimkey", f"BIN {VALID_BIN}", "default"],
        ["«IPSM» ЖШС", "ipsm", f"BIN {OTHER_BIN}", ""],
    ]
    assert page.table.currentRow() == 0
    assert "ТОО «Senimkey»" in page.details.toPlainText()
    assert "ДД-2026/0042" in page.details.toPlainText()
    assert not page.default_button.isEnabled()  # already the default


def test_make_default(qtbot, open_settings, sqlite_ctx, wait_idle):
    make_operator(sqlite_ctx)
    other = make_operator(sqlite_ctx, code="ipsm", name_kk="«IPSM» ЖШС", reg_number=OTHER_BIN)
    page = open_settings().operators_page
    page.table.selectRow(1)
    click(qtbot, page.default_button)
    settle(wait_idle)
    assert operators.default_operator_id(sqlite_ctx) == other.id
    assert [r[3] for r in rows(page.table)] == ["", "default"]
    assert page.table.currentRow() == 1
    assert page.message.text() == "New letters are now registered for «IPSM» ЖШС."
    assert not page.default_button.isEnabled()


def test_new_operator_from_the_page(qtbot, open_settings, sqlite_ctx, wait_idle):
    make_operator(sqlite_ctx)
    page = open_settings().operators_page
    click(qtbot, page.new_button)
    dialog = page.findChild(OperatorDialog)
    wait_idle()
    ui = dialog.ui
    assert not ui.defaultCheck.isChecked() and ui.defaultCheck.isEnabled()
    type_text(qtbot, ui.nameKkEdit, "«Смартұстаз» ЖШС")
    type_text(qtbot, ui.nameRuEdit, "ТОО «Смартустаз»")
    type_text(qtbot, ui.codeEdit, "smartustaz")
    type_text(qtbot, ui.regNumberEdit, OTHER_BIN)
    retype(qtbot, ui.requestPrefixEdit, "СҰ")
    click(qtbot, dialog.save_button)
    settle(wait_idle)
    assert [r[0] for r in rows(page.table)] == ["«Senimkey» ЖШС", "«Смартұстаз» ЖШС"]
    assert page.table.currentRow() == 1  # the new one is selected
    assert page.message.text() == "The operator profile is saved."
    assert len(operators.all_operators(sqlite_ctx)) == 2


def test_edit_an_operator_from_the_page(qtbot, open_settings, sqlite_ctx, wait_idle):
    op = make_operator(sqlite_ctx)
    page = open_settings().operators_page
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens the selected profile
    dialog = page.findChild(OperatorDialog)
    assert dialog is not None and dialog.operator_id == op.id
    wait_idle()
    retype(qtbot, dialog.ui.nameKkEdit, "«Сенімкей» ЖШС")
    click(qtbot, dialog.save_button)
    settle(wait_idle)
    assert rows(page.table)[0][0] == "«Сенімкей» ЖШС"
    assert operators.get(sqlite_ctx, op.id).name_kk == "«Сенімкей» ЖШС"


# -- deadlines ------------------------------------------------------------------------------


def test_statutory_preset_moves_open_due_dates(qtbot, open_settings, sqlite_ctx, wait_idle):
    make_operator(sqlite_ctx)
    received = D(2026, 11, 2)
    access = reg(sqlite_ctx, type="access", received=received)
    closed = reg(sqlite_ctx, type="claim", received=received)
    assert access.due_date == CAL.add_working_days(received, 30) == D(2026, 12, 14)
    page = open_settings(1).deadlines_page
    assert page.days[access_type()].value() == 30
    assert "30 working days for every type" in page.policy_label.text()

    click(qtbot, page.statutory_button)
    apply_preview(qtbot, page, wait_idle)
    assert page.message.text() == "Saved. Open requests whose due date moved: 1."
    assert requests.get(sqlite_ctx, access.id).due_date == D(2026, 11, 5)
    assert requests.get(sqlite_ctx, closed.id).due_date == closed.due_date  # claim keeps 30
    assert page.days[access_type()].value() == 3
    assert "Law 94-V" in page.bases[access_type()].text()
    assert page.policy_label.text() == "In force: the statutory terms (Law 94-V)"
    assert settings.policy(sqlite_ctx).name == "statutory"

    click(qtbot, page.default_button)
    apply_preview(qtbot, page, wait_idle)
    assert page.message.text() == "Saved. Open requests whose due date moved: 1."
    assert requests.get(sqlite_ctx, access.id).due_date == D(2026, 12, 14)
    assert page.days[access_type()].value() == 30


def apply_preview(qtbot, page, wait_idle) -> None:
    """The preview of the due dates that move is shown; apply it."""
    wait_idle()
    dialog = page.preview_dialog
    assert dialog is not None and dialog.isVisible()
    click(qtbot, dialog.apply_button)
    settle(wait_idle)


def test_a_bulk_change_shows_what_moves_asks_and_can_be_undone(
    qtbot, open_settings, sqlite_ctx, wait_idle
):
    make_operator(sqlite_ctx)
    received = D(2026, 11, 2)
    access = reg(sqlite_ctx, type="access", received=received)
    withdrawal = reg(sqlite_ctx, type="consent_withdrawal", received=received)
    claim = reg(sqlite_ctx, type="claim", received=received)
    before = {r.id: requests.get(sqlite_ctx, r.id).due_date for r in (access, withdrawal, claim)}
    page = open_settings(1).deadlines_page
    assert not page.undo_button.isEnabled()

    click(qtbot, page.statutory_button)
    wait_idle()
    dialog = page.preview_dialog
    assert dialog.isVisible()
    assert dialog.rows() == [
        (access.reg_number, "14.12.2026", "05.11.2026"),
        (withdrawal.reg_number, "14.12.2026", "23.11.2026"),
    ]
    assert (
        "2 open requests will get a new due date"
        in dialog.findChild(QLabel, "dueChangesSummary").text()
    )
    click(qtbot, dialog.cancel_button)  # Cancel: nothing written
    settle(wait_idle)
    assert {i: requests.get(sqlite_ctx, i).due_date for i in before} == before
    assert settings.policy(sqlite_ctx).name == "default"
    assert "Nothing changed" in page.message.text()

    click(qtbot, page.statutory_button)
    apply_preview(qtbot, page, wait_idle)
    moved = {i: requests.get(sqlite_ctx, i).due_date for i in before}
    assert moved[access.id] == D(2026, 11, 5) and moved[withdrawal.id] == D(2026, 11, 23)
    assert moved[claim.id] == before[claim.id]
    assert page.undo_button.isEnabled()

    click(qtbot, page.undo_button)
    settle(wait_idle)
    assert page.message.text() == "Undone. Due dates put back as they were: 2."
    assert {i: requests.get(sqlite_ctx, i).due_date for i in before} == before
    assert settings.policy(sqlite_ctx).name == "default"
    assert page.days[access_type()].value() == 30
    assert not page.undo_button.isEnabled()


def access_type():
    from app.domain.requests import RequestType

    return RequestType.ACCESS


def test_edit_one_term_and_save(qtbot, open_settings, sqlite_ctx, wait_idle):
    from app.domain.requests import RequestType

    make_operator(sqlite_ctx)
    withdrawal = reg(sqlite_ctx, type="consent_withdrawal", received=D(2026, 11, 2))
    page = open_settings(1).deadlines_page
    assert not page.save_button.isEnabled()
    spin = page.days[RequestType.CONSENT_WITHDRAWAL]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "10")
    retype(qtbot, page.bases[RequestType.CONSENT_WITHDRAWAL], "Ішкі ереже, 4-тармақ")
    assert page.save_button.isEnabled()
    click(qtbot, page.save_button)
    apply_preview(qtbot, page, wait_idle)
    assert page.message.text() == "Saved. Open requests whose due date moved: 1."
    term = settings.policy(sqlite_ctx).term(RequestType.CONSENT_WITHDRAWAL)
    assert (term.days, term.basis) == (10, "Ішкі ереже, 4-тармақ")
    assert requests.get(sqlite_ctx, withdrawal.id).due_date == CAL.add_working_days(
        D(2026, 11, 2), 10
    )
    assert page.policy_label.text() == "In force: terms set by the operator"
    assert not page.save_button.isEnabled()


def test_undo_the_edits(qtbot, open_settings, sqlite_ctx, wait_idle):
    from app.domain.requests import RequestType

    page = open_settings(1).deadlines_page
    page.days[RequestType.CLAIM].setValue(12)
    assert page.revert_button.isEnabled()
    click(qtbot, page.revert_button)
    assert page.days[RequestType.CLAIM].value() == 30
    assert not page.save_button.isEnabled()


# -- calendar -------------------------------------------------------------------------------


def calendar_row(page, day: dt.date) -> list[str] | None:
    text = day.strftime("%d.%m.%Y")
    return next((r for r in rows(page.table) if r[0] == text), None)


def test_the_year_as_the_program_sees_it(open_settings, qtbot, wait_idle):
    page = open_settings(2).calendar_page
    assert page.year() == 2026
    assert calendar_row(page, D(2026, 12, 16)) == [
        "16.12.2026",
        "Wednesday",
        "day off",
        "Independence Day",
        "",
    ]
    assert calendar_row(page, D(2026, 11, 24)) is None  # an ordinary working day
    assert "2026:" in page.summary.text()
    page.year_spin.setValue(2025)
    wait_idle()
    assert page.table.item(0, 0).text().endswith(".2025")


def test_holiday_names_in_kazakh_for_the_kazakh_interface(open_settings, prefs):
    prefs.set("ui/language", "kk")
    page = open_settings(2).calendar_page
    row = calendar_row(page, D(2026, 12, 16))
    assert row[3] == "Тәуелсіздік күні"
    assert row[1] == "сәрсенбі"


def test_add_edit_and_remove_a_holiday_override(qtbot, open_settings, sqlite_ctx, wait_idle):
    make_operator(sqlite_ctx)
    received = D(2026, 11, 2)
    open_request = reg(sqlite_ctx, type="claim", received=received)
    assert open_request.due_date == D(2026, 12, 14)
    page = open_settings(2).calendar_page

    click(qtbot, page.add_button)
    dialog = page.findChild(OverrideDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.ui.dayEdit.setDate(D(2026, 11, 24))
    assert dialog.ui.dayInfoLabel.text() == "Without an override: a working day"
    assert dialog.ui.holidayRadio.isChecked()
    type_text(qtbot, dialog.ui.noteEdit, "Үкімет қаулысы: демалыс күні ауыстырылды")
    click(qtbot, dialog.save_button)
    wait_idle()
    assert dialog.preview_dialog.rows() == [
        (open_request.reg_number, "14.12.2026", "15.12.2026")
    ]  # what moves, shown before anything is written
    assert requests.get(sqlite_ctx, open_request.id).due_date == D(2026, 12, 14)
    click(qtbot, dialog.preview_dialog.apply_button)
    settle(wait_idle)
    assert page.message.text() == (
        "The override is saved. Open requests whose due date moved: 1. "
        "Settings › Deadlines can undo it."
    )
    assert calendar_row(page, D(2026, 11, 24)) == [
        "24.11.2026",
        "Tuesday",
        "day off",
        "Үкімет қаулысы: демалыс күні ауыстырылды",
        "yours",
    ]
    assert requests.get(sqlite_ctx, open_request.id).due_date == D(2026, 12, 15)
    assert page.current_day() == D(2026, 11, 24)  # the new override is selected
    assert page.edit_button.isEnabled() and page.remove_button.isEnabled()

    # edit: a working day after all, with a new note
    click(qtbot, page.edit_button)
    dialog = next(d for d in page.findChildren(OverrideDialog) if d.isVisible())
    assert dialog.ui.noteEdit.text() == "Үкімет қаулысы: демалыс күні ауыстырылды"
    dialog.ui.workdayRadio.setChecked(True)
    retype(qtbot, dialog.ui.noteEdit, "Қате: жұмыс күні")
    click(qtbot, dialog.save_button)
    wait_idle()
    click(qtbot, dialog.preview_dialog.apply_button)
    settle(wait_idle)
    assert page.message.text().startswith(
        "The override is saved. Open requests whose due date moved: 1."
    )
    assert calendar_row(page, D(2026, 11, 24))[2:] == ["working day", "Қате: жұмыс күні", "yours"]
    assert requests.get(sqlite_ctx, open_request.id).due_date == D(2026, 12, 14)

    # remove, after confirming
    click(qtbot, page.remove_button)
    box = page.findChild(QMessageBox, "confirmRemoveOverride")
    assert box is not None and box.isVisible()
    click(qtbot, box.findChild(type(page.add_button), "confirmRemoveButton"))
    settle(wait_idle)
    assert calendar_row(page, D(2026, 11, 24)) is None
    assert settings.overrides(sqlite_ctx) == []
    assert page.message.text() == "The override is removed. No open request's due date moved."
    assert not page.remove_button.isEnabled()


def test_an_override_on_a_date_that_has_one_is_refused_at_the_date(
    qtbot, open_settings, sqlite_ctx, wait_idle
):
    settings.save_override(sqlite_ctx, D(2026, 12, 31), "holiday", "Жаңа жыл алдында")
    page = open_settings(2).calendar_page
    click(qtbot, page.add_button)
    dialog = page.findChild(OverrideDialog)
    dialog.ui.dayEdit.setDate(D(2026, 12, 31))
    assert dialog.ui.dayInfoLabel.text() == "already has an override"
    click(qtbot, dialog.save_button)
    wait_idle()
    assert dialog.isVisible()
    assert dialog.ui.dayError.text() == "This date already has an override: edit that one instead."
    assert len(settings.overrides(sqlite_ctx)) == 1


# -- general --------------------------------------------------------------------------------


def test_appeal_authority_and_language(qtbot, open_settings, sqlite_ctx, wait_idle, prefs):
    page = open_settings(3).general_page
    kk, ru = page.edits["kk"], page.edits["ru"]
    assert kk.toPlainText() == settings.DEFAULT_AUTHORITY["kk"]
    assert not page.save_button.isEnabled()
    kk.selectAll()
    kk.setFocus()
    qtbot.keyClick(kk, Qt.Key.Key_Backspace)
    assert page.errors["kk"].text() == "Required: letters in this language name the body."
    click(qtbot, page.save_button)
    wait_idle()
    assert settings.get(sqlite_ctx, settings.AUTHORITY_KEY) is None  # nothing saved
    type_text(qtbot, kk, "Ақпараттық қауіпсіздік комитеті")
    assert page.errors["kk"].isHidden()
    click(qtbot, page.save_button)
    settle(wait_idle)
    assert settings.appeal_authority(sqlite_ctx) == {
        "kk": "Ақпараттық қауіпсіздік комитеті",
        "ru": settings.DEFAULT_AUTHORITY["ru"],
    }
    assert page.message.text() == "The name of the appeal body is saved."
    click(qtbot, page.restore_button)
    assert kk.toPlainText() == settings.DEFAULT_AUTHORITY["kk"]
    assert ru.toPlainText() == settings.DEFAULT_AUTHORITY["ru"]

    asked = []
    page.screen.navigator.language_changed.connect(asked.append)
    page.language_combo.setCurrentIndex(page.language_combo.findText("Қазақша"))
    assert prefs.get("ui/language") == "kk"
    assert page.message.text() == "Қазақша is chosen."
    assert asked == ["kk"]  # the controller builds the window again in it


def test_the_clarification_reply_term(qtbot, open_settings, sqlite_ctx, wait_idle):
    make_operator(sqlite_ctx)
    request = reg(sqlite_ctx, language="ru")
    page = open_settings(3).general_page
    spin = page.reply_days_spin
    assert (spin.minimum(), spin.maximum()) == (deadlines.REPLY_DAYS_MIN, deadlines.REPLY_DAYS_MAX)
    assert spin.value() == 10 and not page.save_reply_button.isEnabled()
    today = sqlite_ctx.today()
    cal = settings.calendar(sqlite_ctx)

    def reply_line() -> str:
        body = letters.build(sqlite_ctx, request.id, "clarification", "ru").body
        [line] = [line for line in body.splitlines() if "Просим направить" in line]
        return line

    before = wording.until_date(cal.add_working_days(today, 10), "ru")
    assert f"{before} (в течение 10 рабочих дней)" in reply_line()
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "15")
    assert spin.value() == 15 and page.save_reply_button.isEnabled()
    click(qtbot, page.save_reply_button)
    settle(wait_idle)
    assert settings.reply_days(sqlite_ctx) == 15
    assert not page.save_reply_button.isEnabled()
    assert "15 working days" in page.message.text()
    after = wording.until_date(cal.add_working_days(today, 15), "ru")
    assert after != before
    assert f"{after} (в течение 15 рабочих дней)" in reply_line()
    with sqlite_ctx.read() as session:
        entry = session.exec(
            select(AuditEntry)
            .where(AuditEntry.entity_id == settings.REPLY_DAYS_KEY)
            .order_by(AuditEntry.id.desc())
        ).first()
    assert entry.action == "setting.change" and entry.after == "15"
    # the bounds are the domain's: the spin box goes no further
    spin.selectAll()
    qtbot.keyClicks(spin, "99")
    assert spin.value() <= deadlines.REPLY_DAYS_MAX


def test_the_open_tab_is_remembered(open_settings, prefs):
    screen = open_settings(2)
    screen.window().close()
    assert prefs.get("settings/tab") == 2
    again = open_settings()
    assert again.tabs.currentWidget() is again.calendar_page


def test_a_change_made_elsewhere_refreshes_the_pages(open_settings, sqlite_ctx, ops, wait_idle):

    screen = open_settings()
    assert screen.operators_page.table.rowCount() == 0
    ops.mutate(lambda ctx: make_operator(ctx))
    ops.mutate(lambda ctx: settings.apply_preset(ctx, "statutory"))
    ops.mutate(lambda ctx: settings.save_override(ctx, D(2026, 11, 27), "holiday"))
    settle(wait_idle)
    assert screen.operators_page.table.rowCount() == 1
    assert screen.deadlines_page.days[access_type()].value() == 3
    assert calendar_row(screen.calendar_page, D(2026, 11, 27))[4] == "yours"


def test_each_special_day_is_worded_by_its_kind(open_settings, wait_idle):
    page = open_settings(2).calendar_page
    page.year_spin.setValue(2025)
    wait_idle()
    # 5 January 2025 (a Sunday) was worked; its day off moved to Friday 3 January.
    assert calendar_row(page, D(2025, 1, 3))[2:4] == [
        "day off",
        "day off moved from a working weekend day",
    ]
    assert calendar_row(page, D(2025, 1, 5))[2:4] == ["working day", "transferred working day"]
    assert calendar_row(page, D(2025, 1, 1))[2:4] == ["day off", "New Year's Day"]
    assert calendar_row(page, D(2025, 1, 11)) is None  # a plain Saturday


def test_built_in_bases_read_in_kazakh_and_save_back_unchanged(
    kazakh, qtbot, open_settings, sqlite_ctx, wait_idle
):
    from app.domain.requests import RequestType

    make_operator(sqlite_ctx)
    reg(sqlite_ctx, type="claim", received=D(2026, 11, 2))
    page = open_settings(1).deadlines_page
    shown = page.bases[RequestType.CLAIM].text()
    assert shown == "Оператордың саясаты: жауап беру мерзімі — 30 жұмыс күні"
    # Changing only the days keeps the built-in basis as stored (not its Kazakh wording).
    spin = page.days[RequestType.CLAIM]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "20")
    click(qtbot, page.save_button)
    apply_preview(qtbot, page, wait_idle)
    term = settings.policy(sqlite_ctx).term(RequestType.CLAIM)
    assert (term.days, term.basis) == (
        20,
        "Operator's policy: the response period is 30 working days",
    )
