"""The case window of one request, driven like the officer does: read it, stop and resume the
clock, extend, change the status, link and unlink the subject, add notes (its scans are in
test_case_view_scans)."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from app.domain.requests import Action, Status, case_actions, target_statuses
from app.services import audit, requests, settings, subjects
from app.services.subjects import SubjectInput
from app.ui.case_view import CaseWindow
from app.ui.problems import problem_text
from tests.conftest import TODAY
from tests.helpers import register as reg
from tests.ui.case_view_support import (
    Shell,
    case,
    click,
    closed,
    request_id,
    timeline_text,
    type_text,
)

__all__ = ["case", "request_id"]  # fixtures


def test_the_case_of_a_registered_request_shows_its_details(qtbot, case, sqlite_ctx, request_id):
    window = case(request_id)
    request = requests.get(sqlite_ctx, request_id)
    ui = window.ui
    assert ui.titleLabel.text() == "ДД-2026/0001"
    assert "ДД-2026/0001" in window.windowTitle()
    assert ui.senderValue.text() == "Әлиев Нұрлан Серікұлы"
    assert ui.summaryValue.text().startswith("Дербес деректерді")
    assert ui.languageValue.text() == "Kazakh"
    assert ui.receivedValue.text() == "02.11.2026"
    assert ui.statusChip.text() == "Registered"
    assert request.due_date.strftime("%d.%m.%Y") in ui.dueValue.text()
    assert request.due_date.strftime("%d.%m.%Y") in ui.dueChip.text()
    calendar = settings.calendar(sqlite_ctx)
    left = calendar.working_days_between(TODAY, request.due_date)
    assert ui.daysLeftValue.text() == str(left)
    assert ui.explanationLabel.text().count("Not counted") >= 1
    assert "Letter registered" in timeline_text(window)
    assert ui.stopClockButton.isEnabled() and ui.changeStatusButton.isEnabled()
    assert not ui.resumeClockButton.isEnabled()
    assert "running" in ui.resumeClockButton.toolTip()
    assert ui.subjectNameValue.text() == "No subject linked"
    assert not ui.unlinkSubjectButton.isVisible()
    assert ui.tabs.tabText(ui.tabs.indexOf(window.lettersPanel)) == "Letters (0)"
    assert ui.tabs.tabText(ui.tabs.indexOf(ui.scansTab)) == "Scans (0)"


def test_stop_the_clock_then_resume_it_moves_the_due_date(
    qtbot, case, sqlite_ctx, request_id, wait_idle
):
    window = case(request_id)
    due_before = requests.get(sqlite_ctx, request_id).due_date
    click(qtbot, window.ui.stopClockButton)
    dialog = window.dialog
    assert dialog.objectName() == "stopClockDialog" and dialog.isVisible()
    dialog.ui.dateEdit.setDate(QDate(2026, 11, 10))
    type_text(dialog.ui.reasonEdit, "Қолы қойылған өтініш сұралды")
    click(qtbot, dialog.ok_button)
    wait_idle()
    wait_idle()

    stopped = requests.get(sqlite_ctx, request_id)
    assert stopped.status == Status.WAITING and stopped.due_date is None
    assert closed(dialog)
    assert window.ui.statusChip.text() == "Waiting for subject"
    assert "none while the clock is stopped" in window.ui.dueValue.text()
    assert "Clock stopped on 10.11.2026" in timeline_text(window)
    assert "Қолы қойылған өтініш сұралды" in timeline_text(window)
    assert window.ui.resumeClockButton.isEnabled()
    assert not window.ui.stopClockButton.isEnabled()
    assert not window.ui.extendButton.isEnabled()
    assert "resume it" in window.ui.extendButton.toolTip()

    click(qtbot, window.ui.resumeClockButton)
    dialog = window.dialog
    assert dialog.objectName() == "resumeClockDialog"
    wait_idle()
    assert dialog.ui.dateEdit.date() == QDate(2026, 11, 20)
    calendar = settings.calendar(sqlite_ctx)
    stopped_days = calendar.working_days_between(dt.date(2026, 11, 10), TODAY)
    expected = calendar.add_working_days(due_before, stopped_days)
    assert expected.strftime("%d.%m.%Y") in dialog.ui.previewLabel.text()
    click(qtbot, dialog.ok_button)
    wait_idle()
    wait_idle()

    resumed = requests.get(sqlite_ctx, request_id)
    assert resumed.status == Status.IN_PROGRESS
    assert stopped_days == 8
    assert resumed.due_date == expected
    assert expected.strftime("%d.%m.%Y") in window.ui.dueValue.text()
    assert "Clock resumed on 20.11.2026" in timeline_text(window)


def test_stopping_without_a_reason_shows_why_and_saves_nothing(
    qtbot, case, sqlite_ctx, request_id, wait_idle
):
    window = case(request_id)
    click(qtbot, window.ui.stopClockButton)
    dialog = window.dialog
    click(qtbot, dialog.ok_button)
    wait_idle()
    assert dialog.isVisible()
    assert dialog.ui.reasonError.isVisible()
    assert "clarify" in dialog.ui.reasonError.text()
    dialog.ui.dateEdit.setDate(QDate(2026, 10, 1))
    assert dialog.ui.dateError.isVisible()
    assert "received on 02.11.2026" in dialog.ui.dateError.text()
    type_text(dialog.ui.reasonEdit, "a reason")
    click(qtbot, dialog.ok_button)
    wait_idle()
    assert dialog.isVisible()
    assert requests.get(sqlite_ctx, request_id).status == Status.REGISTERED
    assert "Clock stopped" not in timeline_text(window)


def test_resuming_before_the_stop_shows_why_and_saves_nothing(
    qtbot, case, sqlite_ctx, request_id, wait_idle
):
    requests.stop_clock(sqlite_ctx, request_id, "ID asked", dt.date(2026, 11, 12))
    window = case(request_id)
    click(qtbot, window.ui.resumeClockButton)
    dialog = window.dialog
    dialog.ui.dateEdit.setDate(QDate(2026, 11, 11))
    assert dialog.ui.dateError.isVisible()
    assert "stopped on 12.11.2026" in dialog.ui.dateError.text()
    click(qtbot, dialog.ok_button)
    wait_idle()
    assert dialog.isVisible()
    request = requests.get(sqlite_ctx, request_id)
    assert request.status == Status.WAITING and request.due_date is None


def test_extend_to_a_new_due_date(qtbot, case, sqlite_ctx, request_id, wait_idle):
    window = case(request_id)
    before = requests.get(sqlite_ctx, request_id).due_date
    calendar = settings.calendar(sqlite_ctx)
    new_due = calendar.add_working_days(before, 5)
    click(qtbot, window.ui.extendButton)
    dialog = window.dialog
    assert dialog.objectName() == "extendDialog"
    wait_idle()
    click(qtbot, dialog.ui.toDateRadio)
    dialog.ui.newDueEdit.setDate(QDate(new_due.year, new_due.month, new_due.day))
    assert new_due.strftime("%d.%m.%Y") in dialog.ui.previewLabel.text()
    assert "5 working days" in dialog.ui.previewLabel.text()

    click(qtbot, dialog.ok_button)  # no reason yet
    wait_idle()
    assert dialog.isVisible() and dialog.ui.reasonKkError.isVisible()
    assert requests.get(sqlite_ctx, request_id).due_date == before

    type_text(dialog.ui.reasonKkEdit, "Архивтен деректер сұратылды")
    click(qtbot, dialog.ok_button)
    wait_idle()
    wait_idle()
    assert closed(dialog)
    assert requests.get(sqlite_ctx, request_id).due_date == new_due
    assert new_due.strftime("%d.%m.%Y") in window.ui.dueValue.text()
    text = timeline_text(window)
    assert f"Extended by 5 working days, to {new_due:%d.%m.%Y}" in text
    assert "Архивтен деректер сұратылды" in text
    assert "+ 5 by extension" in window.ui.termValue.text()


def test_extend_to_a_weekend_is_refused_at_the_field(
    qtbot, case, sqlite_ctx, request_id, wait_idle
):
    window = case(request_id)
    before = requests.get(sqlite_ctx, request_id).due_date
    click(qtbot, window.ui.extendButton)
    dialog = window.dialog
    wait_idle()
    saturday = before + dt.timedelta(days=(5 - before.weekday()) % 7 or 7)
    click(qtbot, dialog.ui.toDateRadio)
    dialog.ui.newDueEdit.setDate(QDate(saturday.year, saturday.month, saturday.day))
    type_text(dialog.ui.reasonKkEdit, "reason")
    assert dialog.ui.daysError.isVisible()
    assert "not a working day" in dialog.ui.daysError.text()
    assert not dialog.ok_button.isEnabled()
    dialog.confirm()
    wait_idle()
    assert requests.get(sqlite_ctx, request_id).due_date == before


def test_change_status_offers_only_allowed_transitions_and_confirms_final_ones(
    qtbot, case, sqlite_ctx, request_id, wait_idle
):
    window = case(request_id)
    click(qtbot, window.ui.changeStatusButton)
    dialog = window.dialog
    assert dialog.offered() == ["in_progress", "answer_ready", "rejected", "withdrawn"]
    dialog.choose("in_progress")
    assert not dialog.ui.finalWarning.isVisible()
    click(qtbot, dialog.ok_button)
    wait_idle()
    wait_idle()
    assert requests.get(sqlite_ctx, request_id).status == Status.IN_PROGRESS
    assert window.ui.statusChip.text() == "In progress"
    assert "Status: Registered → In progress" in timeline_text(window)

    click(qtbot, window.ui.changeStatusButton)
    dialog = window.dialog
    assert dialog.offered() == ["answer_ready", "rejected", "withdrawn"]
    dialog.choose("rejected")
    assert dialog.ui.finalWarning.isVisible()
    type_text(dialog.ui.noteEdit, "Law 94-V art. 8(2)")
    click(qtbot, dialog.ok_button)
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    assert requests.get(sqlite_ctx, request_id).status == Status.IN_PROGRESS  # not yet
    click(qtbot, box.findChild(QWidget, "confirmFinalButton"))
    wait_idle()
    wait_idle()
    assert requests.get(sqlite_ctx, request_id).status == Status.REJECTED
    for button in (
        window.ui.changeStatusButton,
        window.ui.stopClockButton,
        window.ui.resumeClockButton,
        window.ui.extendButton,
    ):
        assert not button.isEnabled()
        assert button.toolTip()
    assert "final" in window.ui.changeStatusButton.toolTip()


def test_link_a_subject_found_by_a_latin_spelling_then_unlink(
    qtbot, case, sqlite_ctx, request_id, wait_idle
):
    operator_id = requests.get(sqlite_ctx, request_id).operator_id
    subjects.create(sqlite_ctx, operator_id, SubjectInput(surname="Иванов", given_name="Пётр"))
    subject = subjects.create(
        sqlite_ctx,
        operator_id,
        SubjectInput(
            surname="Әлиев",
            given_name="Нұрлан",
            patronymic="Серікұлы",
            iin="900101300017",
            phone="+7 701 000 00 00",
        ),
    )
    shell = Shell()
    qtbot.addWidget(shell)
    window = case(request_id, shell)
    click(qtbot, window.ui.linkSubjectButton)
    dialog = window.dialog
    assert dialog.objectName() == "linkSubjectDialog"
    dialog.ui.searchEdit.clear()
    type_text(dialog.ui.searchEdit, "Aliyev Nurlan")
    qtbot.waitUntil(lambda: len(dialog.results()) == 1)
    assert dialog.ui.resultsTable.item(0, 0).text() == "Әлиев Нұрлан Серікұлы"
    assert dialog.ui.resultsTable.item(0, 1).text() == "9001•••••017"  # found by name: masked
    assert dialog.ok_button.isEnabled()
    click(qtbot, dialog.ok_button)
    wait_idle()
    wait_idle()
    assert requests.get(sqlite_ctx, request_id).subject_id == subject.id
    assert window.ui.subjectNameValue.text() == "Әлиев Нұрлан Серікұлы"
    details = window.ui.subjectDetailsValue
    assert "9001•••••017" in details.text() and "900101300017" not in details.text()
    assert "reveal-iin" in details.text()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: "900101300017" in details.text(), timeout=5_000)
    assert "reveal-iin" not in details.text()
    reveals = [e for e in audit.recent(sqlite_ctx) if e.action == "subject.reveal_iin"]
    assert [e.entity_id for e in reveals] == [str(subject.id)]

    click(qtbot, window.ui.openSubjectButton)
    assert shell.opened == [subject.id] and shell.raised

    click(qtbot, window.ui.unlinkSubjectButton)
    box = window.confirm_box
    assert box is not None and "Әлиев Нұрлан Серікұлы" in box.text()
    click(qtbot, box.findChild(QWidget, "confirmUnlinkButton"))
    wait_idle()
    wait_idle()
    assert requests.get(sqlite_ctx, request_id).subject_id is None
    assert window.ui.subjectNameValue.text() == "No subject linked"


def test_a_search_that_finds_nobody_says_so(qtbot, case, request_id, wait_idle):
    window = case(request_id)
    click(qtbot, window.ui.linkSubjectButton)
    dialog = window.dialog
    dialog.ui.searchEdit.clear()
    type_text(dialog.ui.searchEdit, "Nobody Atall")
    qtbot.waitUntil(lambda: "Nobody of this operator" in dialog.ui.resultLabel.text())
    assert not dialog.ok_button.isEnabled()


def test_add_a_note_and_an_empty_one_is_refused(qtbot, case, sqlite_ctx, request_id, wait_idle):
    window = case(request_id)
    window.ui.tabs.setCurrentWidget(window.ui.timelineTab)
    click(qtbot, window.ui.addNoteButton)
    assert window.ui.noteError.isVisible() and window.ui.noteError.text()
    wait_idle()
    assert [e for e in requests.timeline(sqlite_ctx, request_id) if e.kind == "note"] == []

    type_text(window.ui.noteEdit, "Субъектімен телефон арқылы сөйлестік")
    click(qtbot, window.ui.addNoteButton)
    wait_idle()
    wait_idle()
    notes = [e for e in requests.timeline(sqlite_ctx, request_id) if e.kind == "note"]
    assert [n.text for n in notes] == ["Субъектімен телефон арқылы сөйлестік"]
    assert window.ui.noteEdit.toPlainText() == ""
    text = timeline_text(window)
    assert "Субъектімен телефон арқылы сөйлестік" in text
    # newest first: the note is above the registration
    assert text.index("Субъектімен") < text.index("Letter registered")


def test_assign_from_the_case(qtbot, case, sqlite_ctx, request_id, wait_idle):
    window = case(request_id)
    combo = window.ui.assigneeCombo
    assert not window.ui.assignButton.isEnabled()
    combo.lineEdit().selectAll()
    type_text(combo.lineEdit(), "Нұрланова Д.")
    assert window.ui.assignButton.isEnabled()
    click(qtbot, window.ui.assignButton)
    wait_idle()
    wait_idle()
    assert requests.get(sqlite_ctx, request_id).assignee == "Нұрланова Д."
    assert not window.ui.assignButton.isEnabled()
    combo.setEditText("x" * 121)  # one more than the domain allows
    click(qtbot, window.ui.assignButton)
    wait_idle()
    assert window.ui.assigneeError.isVisible()
    assert window.ui.assigneeError.text() == "Too long: at most 120 characters (121 typed)."
    assert requests.get(sqlite_ctx, request_id).assignee == "Нұрланова Д."


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_main_window_opens_one_case_window_per_request(
    qtbot, shell_factory, sqlite_ctx, request_id, wait_idle
):
    from app.ui.screens.dashboard import DashboardScreen

    other = reg(sqlite_ctx, sender="Иванов Пётр").id
    shell = shell_factory([DashboardScreen])
    shell.open_case(request_id)
    shell.open_case(request_id)
    shell.open_case(other)
    wait_idle()
    windows = dict(shell._case_windows)
    assert set(windows) == {request_id, other}
    first, second = windows[request_id], windows[other]
    assert isinstance(first, CaseWindow) and first.isWindow() and first.parent() is shell
    assert first.pos() != second.pos()
    qtbot.waitUntil(lambda: first.data is not None and second.data is not None)
    assert first.ui.titleLabel.text() == "ДД-2026/0001"
    assert second.ui.titleLabel.text() == "ДД-2026/0002"
    assert first.ui.openSubjectButton.isHidden()  # nobody linked yet
    first.close()
    qtbot.waitUntil(lambda: set(shell._case_windows) == {other})
    assert not shiboken6.isValid(first)
    # a change after the window is gone reaches only the window still open
    shell.ops.mutate(lambda ctx: requests.add_note(ctx, other, "after close"))
    wait_idle()
    wait_idle()
    assert "after close" in timeline_text(second)


def test_shortcuts_open_the_actions(qtbot, case, sqlite_ctx, request_id, wait_idle):
    window = case(request_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_P, shift_ctrl)
    qtbot.waitUntil(lambda: window.dialog is not None)
    assert window.dialog.objectName() == "stopClockDialog"
    qtbot.keyClick(window.dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.dialog is None)
    assert shiboken6.isValid(window) and window.isVisible()  # Escape closed the dialog only
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_R, shift_ctrl)  # nothing to resume: no dialog
    qtbot.wait(300)
    assert window.dialog is None
    qtbot.keyClick(window, Qt.Key.Key_N, shift_ctrl)
    assert window.ui.tabs.currentWidget() is window.ui.timelineTab
    assert window.ui.noteEdit.hasFocus()


def test_the_window_follows_changes_made_elsewhere(
    qtbot, case, sqlite_ctx, ops, request_id, wait_idle
):
    window = case(request_id)
    ops.mutate(lambda ctx: requests.add_note(ctx, request_id, "from elsewhere"))
    wait_idle()
    wait_idle()
    assert "from elsewhere" in timeline_text(window)


@pytest.mark.parametrize(
    "key, modifier",
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ],
    ids=["Escape", "Ctrl+W"],
)
def test_the_keyboard_closes_and_the_geometry_is_remembered(
    qtbot, case, prefs, request_id, key, modifier
):
    window = case(request_id)
    window.resize(1000, 700)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, modifier)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    assert prefs.get_bytes("geometry/case") is not None


BUTTONS = {
    Action.CHANGE_STATUS: "changeStatusButton",
    Action.STOP_CLOCK: "stopClockButton",
    Action.RESUME_CLOCK: "resumeClockButton",
    Action.EXTEND: "extendButton",
}


def move_to(ctx, request_id: int, status: str) -> None:
    """Drive the request to ``status`` the way the officer would."""
    path = {
        "registered": [],
        "in_progress": ["in_progress"],
        "waiting": ["stop"],
        "answer_ready": ["answer_ready"],
        "sent": ["answer_ready", "sent"],
        "closed": ["answer_ready", "sent", "closed"],
        "rejected": ["rejected"],
    }[status]
    for step in path:
        if step == "stop":
            requests.stop_clock(ctx, request_id, "ID copy asked", dt.date(2026, 11, 12))
        else:
            requests.change_status(ctx, request_id, step)


@pytest.mark.parametrize(
    "status, enabled",
    [
        ("registered", {Action.CHANGE_STATUS, Action.STOP_CLOCK, Action.EXTEND}),
        ("waiting", {Action.RESUME_CLOCK}),
        ("answer_ready", {Action.CHANGE_STATUS, Action.EXTEND}),
        ("sent", {Action.CHANGE_STATUS}),
        ("closed", set()),
        ("rejected", set()),
    ],
)
def test_the_case_shows_the_actions_the_domain_allows(
    qtbot, case, sqlite_ctx, request_id, status, enabled
):
    move_to(sqlite_ctx, request_id, status)
    window = case(request_id)
    request = requests.get(sqlite_ctx, request_id)
    states = case_actions(request.status, request.due_date, request.subject_id is not None)
    for action, name in BUTTONS.items():
        button = getattr(window.ui, name)
        assert button.isEnabled() == states[action].allowed == (action in enabled), action
        tip = button.toolTip()
        assert tip
        if not states[action].allowed:
            # A refusal reads the domain's reason, worded from its code.
            assert tip == problem_text(states[action].problem)
    if status == "waiting":
        assert window.ui.changeStatusButton.toolTip().startswith("Resume the clock first")
        assert window.ui.extendButton.toolTip().startswith("The clock is stopped")
    if status in ("closed", "rejected"):
        assert "final" in window.ui.changeStatusButton.toolTip()
    if Action.CHANGE_STATUS in enabled:
        click(qtbot, window.ui.changeStatusButton)
        offered = window.dialog.offered()
        assert offered == [s.value for s in target_statuses(request.status)]


def test_the_explanation_words_each_skipped_day_by_its_kind_in_kazakh(
    kazakh, case, sqlite_ctx, request_id
):
    from PySide6.QtCore import QCoreApplication

    def kk(text: str) -> str:
        translated = QCoreApplication.translate("CaseWindow", text)
        assert translated != text, f"{text!r} has no Kazakh translation"
        return translated

    # Received on Monday 16 March 2026; the clock stands 18 → 20 March, then Nauryz follows.
    rid = reg(sqlite_ctx, received=dt.date(2026, 3, 16), registered=dt.date(2026, 3, 16)).id
    requests.stop_clock(sqlite_ctx, rid, "ID copy asked", dt.date(2026, 3, 18))
    requests.resume_clock(sqlite_ctx, rid, dt.date(2026, 3, 20))
    window = case(rid)
    label = window.ui.explanationLabel
    html_text = label.text()
    deadline = requests.deadline(sqlite_ctx, rid)
    weekends = sum(1 for s in deadline.skipped if s.kind.value == "weekend")
    assert weekends >= 2
    # Holidays by their Kazakh names, one line each; plain weekends and stopped days counted.
    assert "Наурыз мейрамы" in html_text
    assert kk("{0} Saturdays and Sundays").format(weekends) in html_text
    assert kk("{0} working days while the clock was stopped").format(2) in html_text
    assert kk("Not counted") in html_text
    for english in ("weekend", "Nowruz", "clock stopped", "Saturdays"):
        assert english not in html_text
