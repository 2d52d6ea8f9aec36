"""The Subjects screen and the subject dialog, driven like the officer does."""

import datetime as dt
import gc

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QInputDialog

from app.domain.identifiers import make_iin, mask_iin
from app.services import audit, operators, subject_card, subjects
from app.services.subjects import SubjectInput
from app.storage.models import Consent, ConsentDocument
from app.ui.dialogs.subject_dialog import SubjectDialog
from app.ui.models.subject_table import SubjectTableModel
from app.ui.operations import OPERATORS, SUBJECTS
from app.ui.screens.subjects import SubjectsScreen
from tests.helpers import OTHER_BIN, make_operator
from tests.helpers import register as reg

KASYMOV_IIN = make_iin(dt.date(1985, 3, 14), "M", 42)
NEW_IIN = make_iin(dt.date(1990, 6, 2), "F", 7)


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread():
    """Free the closed windows of this test here, not whenever the worker thread happens to
    trigger the cyclic collector (a window and its screens refer to each other, and a Qt
    widget deleted on another thread crashes)."""
    yield
    gc.collect()


@pytest.fixture
def people(sqlite_ctx):
    """One operator, Қасымов Ерлан with a consent and two letters, and a few others."""
    ctx = sqlite_ctx
    op = make_operator(ctx)
    doc = operators.add_consent_document(
        ctx,
        op.id,
        ConsentDocument(
            operator_id=op.id,
            title_kk="Дербес деректерді өңдеуге келісім",
            title_ru="Согласие на обработку персональных данных",
            edition="2.1",
            effective_date=dt.date(2024, 1, 1),
        ),
    )
    kasymov = subjects.create(
        ctx,
        op.id,
        SubjectInput(
            surname="Қасымов",
            given_name="Ерлан",
            patronymic="Серікұлы",
            iin=KASYMOV_IIN,
            phone="+7 701 111 22 33",
            email="erlan@mail.kz",
            address="010000, Астана, Мәңгілік Ел, 55",
            client_org="ТОО «Ертіс Монолит»",
            client_bin=OTHER_BIN,
        ),
    )
    with ctx.write() as w:
        w.session.add(
            Consent(
                subject_id=kasymov.id,
                document_id=doc.id,
                given_at=dt.datetime(2025, 5, 6, 10, 30, tzinfo=dt.UTC),
                channel="sms_code",
            )
        )
    first = reg(ctx, received=dt.date(2026, 3, 2), subject_id=kasymov.id)
    second = reg(ctx, received=dt.date(2026, 11, 2), subject_id=kasymov.id, type="access")
    for surname, given in (("Әлиев", "Нұрлан"), ("Петрова", "Анна"), ("Kasenova", "Aigul")):
        subjects.create(ctx, op.id, SubjectInput(surname=surname, given_name=given))
    return {"op": op, "kasymov": kasymov, "letters": [second, first]}


@pytest.fixture
def screen(shell_factory, wait_idle, people, qtbot):
    window = shell_factory([SubjectsScreen])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    wait_idle()
    screen = window.screens["subjects"]
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4)
    return screen


def type_text(qtbot, widget, text):
    """Type like the officer: key events; non-ASCII letters (Kazakh, Russian) as key events
    carrying their text, since QTest's key table knows only ASCII."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)


def names(screen):
    return [screen.model.row_data(r).full_name for r in range(screen.model.rowCount())]


def search(qtbot, screen, text, wait_idle):
    screen.search_edit.clear()
    type_text(qtbot, screen.search_edit, text)
    qtbot.waitUntil(lambda: not screen._search_timer.isActive(), timeout=3000)
    wait_idle()


def card_name(screen):
    return (
        screen.card_name.text()
        if screen.card_stack.currentWidget() is not screen.placeholder
        else ""
    )


def open_dialog(qtbot, screen) -> SubjectDialog:
    qtbot.waitUntil(lambda: screen.findChild(SubjectDialog) is not None)
    dialog = screen.findChild(SubjectDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled)
    return dialog


def test_empty_search_lists_the_most_recently_updated(screen):
    assert names(screen)[0] == "Kasenova Aigul"  # created last
    assert "Қасымов Ерлан Серікұлы" in names(screen)
    assert "All 4 subject(s)" in screen.note.text()
    assert screen.note.text()


@pytest.mark.parametrize("query", ["Kassymov", "Касымов", "қасымов ерлан", KASYMOV_IIN, "8503"])
def test_search_finds_kasymov_in_any_script_and_by_iin(qtbot, screen, wait_idle, query):
    search(qtbot, screen, query, wait_idle)
    assert names(screen) == ["Қасымов Ерлан Серікұлы"]
    assert "1 subject(s) found" in screen.note.text()
    qtbot.waitUntil(lambda: card_name(screen) == "Қасымов Ерлан Серікұлы")


def test_search_that_finds_nobody_says_so_and_clears_the_card(qtbot, screen, wait_idle):
    search(qtbot, screen, "Жоқбаев", wait_idle)
    assert names(screen) == []
    assert "Nobody matches" in screen.note.text()
    assert screen.card_stack.currentWidget() is screen.placeholder
    assert not screen.edit_button.isEnabled()


def test_operator_filter_narrows_the_results_and_is_remembered(
    qtbot, screen, wait_idle, sqlite_ctx, prefs, shell_factory
):
    other = make_operator(sqlite_ctx, code="ipsm", request_prefix="ИП", reg_number="180340021117")
    subjects.create(sqlite_ctx, other.id, SubjectInput(surname="Kassymov", given_name="Erlan"))
    screen.window().ops.changed.emit(frozenset({OPERATORS, SUBJECTS}))  # as after a change
    wait_idle()
    search(qtbot, screen, "Kasymov", wait_idle)
    assert len(names(screen)) == 2
    combo = screen.operator_filter
    index = combo.findData(other.id)
    assert index > 0
    combo.setCurrentIndex(index)
    wait_idle()
    assert names(screen) == ["Kassymov Erlan"]
    assert prefs.get("subjects/operator") == other.id
    again = shell_factory([SubjectsScreen]).screens["subjects"]
    wait_idle()
    assert again.operator_filter.currentData() == other.id
    assert names(again) == ["Kassymov Erlan"]  # the empty query, for that operator only


def test_card_shows_details_requests_and_consents(qtbot, screen, wait_idle, people, monkeypatch):
    kasymov = people["kasymov"]
    screen.show_subject(kasymov.id)
    wait_idle()
    assert card_name(screen) == "Қасымов Ерлан Серікұлы"
    assert screen.fields["iin"].text() == mask_iin(KASYMOV_IIN)
    assert "14.03.1985" in screen.iin_hint.text() and "male" in screen.iin_hint.text()
    assert screen.fields["birth_date"].text() == "14.03.1985"
    assert screen.fields["email"].text() == "erlan@mail.kz"
    assert OTHER_BIN in screen.fields["client"].text()
    assert "Ертіс Монолит" in screen.fields["client"].text()
    assert screen.card_status.text() == "Active"

    requests = screen.requests_table
    assert requests.rowCount() == 2
    assert [requests.item(r, 0).text() for r in range(2)] == [
        people["letters"][0].reg_number,
        people["letters"][1].reg_number,
    ]
    assert requests.item(0, 2).text() == "Access to data"
    assert screen.card_tabs.tabText(0) == "Letters (2)"

    consents = screen.consents_table
    assert consents.rowCount() == 1
    assert consents.item(0, 0).text().startswith("Дербес деректерді өңдеуге келісім")
    assert "2.1" in consents.item(0, 0).text()
    assert consents.item(0, 2).text() == "SMS code"
    assert consents.item(0, 3).text() == "In force"
    assert screen.card_tabs.tabText(1) == "Consents (1)"

    opened = []
    monkeypatch.setattr(screen.window(), "open_case", opened.append)
    item = requests.item(1, 0)
    rect = requests.visualItemRect(item)
    # A real double-click starts with a press (QTest's mouseDClick alone does not).
    qtbot.mouseClick(requests.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(requests.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [people["letters"][1].id]


def test_enter_in_results_moves_into_the_card_and_enter_opens_the_case(
    qtbot, screen, wait_idle, people, monkeypatch
):
    search(qtbot, screen, "Kassymov", wait_idle)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    wait_idle()
    qtbot.waitUntil(lambda: screen.requests_table.hasFocus())
    opened = []
    monkeypatch.setattr(screen.window(), "open_case", opened.append)
    qtbot.keyClick(screen.requests_table, Qt.Key.Key_Return)
    assert opened == [people["letters"][0].id]


def test_ctrl_f_focuses_the_search_box(qtbot, screen):
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.search_edit.hasFocus()


def test_create_a_subject_by_typing_then_find_it(qtbot, screen, wait_idle, sqlite_ctx, people):
    qtbot.keyClick(
        screen.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = open_dialog(qtbot, screen)
    assert "Senimkey" in dialog.ui.operatorValue.text()
    ui = dialog.ui
    type_text(qtbot, ui.surnameEdit, "Төлеуова")
    type_text(qtbot, ui.givenNameEdit, "Әйгерім")
    type_text(qtbot, ui.iinEdit, NEW_IIN)
    # The birth date is prefilled from the IIN, and the hint says so.
    assert ui.birthDateEdit.text() == "02.06.1990"
    assert "02.06.1990" in ui.iinHint.text() and ui.iinHint.isVisible()
    type_text(qtbot, ui.phoneEdit, "+7 777 000 11 22")
    type_text(qtbot, ui.emailEdit, "aigerim@mail.kz")
    type_text(qtbot, ui.addressEdit, "050000, Алматы, Абай даңғылы, 10")
    for label in (ui.surnameError, ui.iinError, ui.birthDateError, ui.emailError):
        assert not label.isVisible()
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    new_id = saved.args[0]
    wait_idle()
    made = subjects.get(sqlite_ctx, new_id)
    assert (made.surname, made.given_name, made.iin) == ("Төлеуова", "Әйгерім", NEW_IIN)
    assert made.birth_date == dt.date(1990, 6, 2)
    assert made.operator_id == people["op"].id
    assert made.address == "050000, Алматы, Абай даңғылы, 10"
    # The screen shows the new subject, selected, with its card.
    qtbot.waitUntil(lambda: card_name(screen) == "Төлеуова Әйгерім")
    assert screen.selected_id() == new_id
    # And a search in another script finds it.
    search(qtbot, screen, "Toleuova Aigerim", wait_idle)
    assert names(screen) == ["Төлеуова Әйгерім"]


@pytest.mark.parametrize(
    "field, text, error, reason",
    [
        (
            "iinEdit",
            "900101300018",
            "iinError",
            "The check digit does not match: the last digit should be 7.",
        ),
        ("iinEdit", "90010130001", "iinError", "An IIN has 12 digits; 11 typed."),
        (
            "birthDateEdit",
            "01.01.2030",
            "birthDateError",
            "The birth date 01.01.2030 has not come yet: check the year.",
        ),
        ("birthDateEdit", "31.02.1990", "birthDateError", "Write the date as dd.mm.yyyy"),
        ("emailEdit", "erlan@mail", "emailError", "Not an e-mail address"),
        ("clientBinEdit", "180340021118", "clientBinError", "The check digit does not match"),
    ],
)
def test_invalid_input_shows_the_reason_and_saves_nothing(
    qtbot, screen, wait_idle, sqlite_ctx, field, text, error, reason
):
    before = len(subject_card.search(sqlite_ctx, "").rows)
    dialog = screen.new_subject()
    dialog = open_dialog(qtbot, screen)
    type_text(qtbot, dialog.ui.surnameEdit, "Сейітов")
    type_text(qtbot, getattr(dialog.ui, field), text)
    label = getattr(dialog.ui, error)
    assert label.isVisible()  # as you type, before any save
    assert label.text().startswith(reason)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert dialog.isVisible()
    assert label.isVisible() and label.text().startswith(reason)
    assert getattr(dialog.ui, field).hasFocus()
    assert len(subject_card.search(sqlite_ctx, "").rows) == before
    assert subjects.find(sqlite_ctx, "Сейітов") == []


def test_a_missing_surname_is_shown_on_save_and_nothing_is_saved(
    qtbot, screen, wait_idle, sqlite_ctx
):
    dialog = screen.new_subject()
    dialog = open_dialog(qtbot, screen)
    assert not dialog.ui.surnameError.isVisible()  # not nagging before the officer types
    qtbot.keyClick(dialog.ui.surnameEdit, Qt.Key.Key_Return)  # Enter = Save
    wait_idle()
    assert dialog.isVisible()
    assert dialog.ui.surnameError.isVisible()
    assert dialog.ui.surnameError.text() == "The surname is required."
    assert len(subject_card.search(sqlite_ctx, "").rows) == 4


def test_service_error_is_shown_at_its_field(qtbot, screen, wait_idle, sqlite_ctx):
    dialog = screen.new_subject()
    dialog = open_dialog(qtbot, screen)
    type_text(qtbot, dialog.ui.surnameEdit, "Двойник")
    type_text(qtbot, dialog.ui.iinEdit, KASYMOV_IIN)  # valid, but Қасымов holds it already
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert dialog.isVisible()
    assert dialog.ui.iinError.isVisible()
    assert "Another subject already has this IIN" in dialog.ui.iinError.text()
    assert subjects.find(sqlite_ctx, "Двойник") == []


def test_f2_edits_the_subject_and_the_audit_log_verifies(
    qtbot, screen, wait_idle, sqlite_ctx, people
):
    kasymov = people["kasymov"]
    screen.show_subject(kasymov.id)
    wait_idle()
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    dialog = open_dialog(qtbot, screen)
    ui = dialog.ui
    assert ui.surnameEdit.text() == "Қасымов"
    assert ui.iinEdit.text() == KASYMOV_IIN
    assert ui.birthDateEdit.text() == "14.03.1985"
    assert "Edit subject" in dialog.windowTitle()
    ui.phoneEdit.clear()
    type_text(qtbot, ui.phoneEdit, "+7 702 999 88 77")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(ui.phoneEdit, Qt.Key.Key_Return)
    wait_idle()
    assert subjects.get(sqlite_ctx, kasymov.id).phone == "+7 702 999 88 77"
    qtbot.waitUntil(lambda: screen.fields["phone"].text() == "+7 702 999 88 77")
    entry = audit.recent(sqlite_ctx, "subject", kasymov.id, limit=1)[0]
    assert entry.action == "subject.update"
    assert "+7 702 999 88 77" in entry.after and "+7 701 111 22 33" in entry.before
    assert audit.verify(sqlite_ctx).ok


def test_change_status_with_a_note(qtbot, screen, wait_idle, sqlite_ctx, people):
    kasymov = people["kasymov"]
    screen.show_subject(kasymov.id)
    wait_idle()
    assert screen.status_actions["active"].isChecked()
    screen.status_actions["processing_stopped"].trigger()
    dialog = screen.findChild(QInputDialog, "statusNoteDialog")
    assert dialog is not None and "Processing stopped" in dialog.labelText()
    dialog.setTextValue("Consent withdrawn by letter")
    dialog.accept()
    wait_idle()
    assert subjects.get(sqlite_ctx, kasymov.id).status == "processing_stopped"
    qtbot.waitUntil(lambda: screen.card_status.text() == "Processing stopped")
    entry = audit.recent(sqlite_ctx, "subject", kasymov.id, limit=1)[0]
    assert entry.action == "subject.status" and "Consent withdrawn by letter" in entry.after
    row = screen.model.row_of(kasymov.id)
    assert screen.model.index(row, 3).data() == "Processing stopped"


def test_show_subject_selects_and_shows_the_card(qtbot, screen, wait_idle, people):
    search(qtbot, screen, "Петрова", wait_idle)
    assert names(screen) == ["Петрова Анна"]
    kasymov = people["kasymov"]
    screen.show_subject(kasymov.id)
    wait_idle()
    wait_idle()
    qtbot.waitUntil(lambda: screen.selected_id() == kasymov.id)
    assert card_name(screen) == "Қасымов Ерлан Серікұлы"
    assert screen.search_edit.text() == "Қасымов Ерлан Серікұлы"  # the name, never the IIN
    # Shown from the main window, e.g. "open subject" from a case.
    screen.window().open_subject(people["kasymov"].id)
    wait_idle()
    assert screen.window().current_screen() is screen
    assert screen.selected_id() == kasymov.id


def test_results_are_paged_and_capped(qtbot, screen, wait_idle, sqlite_ctx, people, monkeypatch):
    for i in range(6):
        subjects.create(sqlite_ctx, people["op"].id, SubjectInput(surname=f"Бекова{i}"))
    asked = []
    real_search = subject_card.search

    def spy(ctx, query, operator_id=None, offset=0, limit=subject_card.PAGE):
        asked.append((query, offset, limit))
        return real_search(ctx, query, operator_id, offset, limit)

    monkeypatch.setattr(subject_card, "search", spy)
    monkeypatch.setattr(SubjectsScreen, "PAGE", 4)
    monkeypatch.setattr(SubjectsScreen, "MAX_ROWS", 8)
    screen.model.set_limit(8)
    screen.search_now()
    wait_idle()
    # The view asks for the next page itself while it has room to show it; never beyond the cap.
    qtbot.waitUntil(lambda: screen.model.rowCount() == 8)
    wait_idle()
    assert asked == [("", 0, 4), ("", 4, 4)]
    assert len(set(names(screen))) == 8
    assert screen.model.has_more  # 10 subjects exist
    assert not screen.model.canFetchMore()
    assert "search to find the others" in screen.note.text()
    search(qtbot, screen, "Бекова", wait_idle)
    assert ("Бекова", 0, 4) in asked
    qtbot.waitUntil(lambda: screen.model.rowCount() == 6)
    assert "6 subject(s) found" in screen.note.text()


def test_layout_is_remembered(qtbot, screen, prefs, shell_factory, wait_idle):
    screen.splitter.setSizes([700, 300])
    screen.table.horizontalHeader().resizeSection(0, 333)
    screen.window().close()
    again = shell_factory([SubjectsScreen]).screens["subjects"]
    wait_idle()
    assert again.table.horizontalHeader().sectionSize(0) == 333
    assert abs(again.splitter.sizes()[0] - screen.splitter.sizes()[0]) <= 2


def test_model_passes_qtmodeltester(qtmodeltester, qapp):
    model = SubjectTableModel()
    rows = [
        subject_card.SubjectRow(
            id=i,
            operator_id=1,
            operator_name="Senimkey",
            full_name=name,
            iin=iin,
            birth_date=dt.date(1985, 3, 14) if iin else None,
            status=status,
            client_org="ТОО «Ертіс Монолит»" if i == 2 else "",
            updated_at=dt.datetime(2026, 11, 20, 9, 0),
        )
        for i, (name, iin, status) in enumerate(
            [
                ("Қасымов Ерлан", KASYMOV_IIN, "active"),
                ("Петрова Анна", "", "deregistered"),
                ("Kasenova Aigul", "", "anonymised"),
            ],
            start=1,
        )
    ]
    model.set_page(rows, has_more=True)
    wanted = []
    model.more_wanted.connect(lambda: wanted.append(True))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, 0).data() == "Қасымов Ерлан"
    assert model.index(1, 3).data() == "Deregistered"
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(2, 4).data() == "Senimkey"
    assert model.index(1, 4).data() == "Senimkey · ТОО «Ертіс Монолит»"
    model.fetchMore()
    assert wanted  # asked its owner for the next page
    assert not model.canFetchMore()  # not twice while waiting
    model.append_page(rows[:1], has_more=False)  # a row already shown is not repeated
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)
    QApplication.processEvents()


def test_a_control_character_in_a_field_without_its_own_line_is_said_and_nothing_is_saved(
    qtbot, screen, wait_idle, sqlite_ctx
):
    dialog = screen.new_subject()
    dialog = open_dialog(qtbot, screen)
    type_text(qtbot, dialog.ui.surnameEdit, "Сейітов")
    dialog.ui.givenNameEdit.setText("Ер\x1b[2Jлан")  # pasted with a terminal escape
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert dialog.isVisible()
    assert dialog.ui.formError.isVisible()
    assert "control characters" in dialog.ui.formError.text()
    assert subjects.find(sqlite_ctx, "Сейітов") == []


def test_iins_are_masked_until_one_is_revealed_and_the_reveal_is_audited(
    qtbot, screen, wait_idle, people, sqlite_ctx
):
    from app.ui.models.subject_table import IIN

    kasymov = people["kasymov"]
    masked = KASYMOV_IIN[:4] + "•••••" + KASYMOV_IIN[-3:]
    assert mask_iin(KASYMOV_IIN) == masked
    search(qtbot, screen, KASYMOV_IIN, wait_idle)  # a full IIN still finds its holder
    assert names(screen) == ["Қасымов Ерлан Серікұлы"]
    qtbot.waitUntil(lambda: card_name(screen) == "Қасымов Ерлан Серікұлы")
    wait_idle()
    cell = screen.model.index(0, IIN)
    assert screen.model.data(cell) == masked
    assert screen.fields["iin"].text() == masked
    assert not [e for e in audit.recent(sqlite_ctx) if e.action == "subject.reveal_iin"]

    screen.table.setFocus()
    qtbot.keyClick(
        screen.table,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: screen.model.data(cell) == KASYMOV_IIN, timeout=5_000)
    wait_idle()
    assert screen.fields["iin"].text() == KASYMOV_IIN
    assert not screen.reveal_button.isEnabled()
    [entry] = [e for e in audit.recent(sqlite_ctx) if e.action == "subject.reveal_iin"]
    assert entry.entity == "subject" and entry.entity_id == str(kasymov.id)
    assert KASYMOV_IIN not in str(entry.after)  # the log records the reveal, not the IIN

    search(qtbot, screen, "", wait_idle)  # the others stay masked
    for row in range(screen.model.rowCount()):
        data = screen.model.row_data(row)
        shown = screen.model.data(screen.model.index(row, IIN))
        assert shown == (KASYMOV_IIN if data.id == kasymov.id else mask_iin(data.iin))


def test_the_reveal_button_on_the_card(qtbot, screen, wait_idle, people, sqlite_ctx):
    screen.show_subject(people["kasymov"].id)
    wait_idle()
    assert screen.reveal_button.isEnabled()
    qtbot.mouseClick(screen.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.fields["iin"].text() == KASYMOV_IIN, timeout=5_000)
    assert [e.action for e in audit.recent(sqlite_ctx)].count("subject.reveal_iin") == 1
