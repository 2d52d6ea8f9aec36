"""The issue's walk, driven like the officer does in the case window's Withdrawal tab: a signed
withdrawal from registration through the checks (a mismatch shown side by side, never accepted
silently), the decision, the day processing stopped, the checklist, the outcomes (none chosen
until chosen; a retained one pre-filled from the retention rule), the act's details, the
destruction act and the confirmation finalised in the prepare-letter dialog opened from the tab,
the request marked sent; then the subject card shows the new status and the closed consents. And a
refusal under art. 8(2): the refusal letter instead, and the subject stays active."""

from __future__ import annotations

import re

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from app.domain.requests import Status
from app.domain.withdrawal import Step
from app.services import requests, subject_card
from app.ui.case_view import CaseWindow
from app.ui.letters.prepare_dialog import PrepareLetterDialog
from app.ui.screens.subjects import SubjectsScreen
from tests.conftest import TODAY
from tests.withdrawal_case import IIN, RECEIVED, finalise_letter, make_withdrawal_case

BLANK = re.compile(r"\[\[[^\]]*\]\]")


def type_text(widget, text: str) -> None:
    """Type like a keyboard does, Kazakh letters included (QTest.keyClicks knows only ASCII)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def choose(qtbot, combo, value) -> None:
    """Pick the item whose data is ``value`` with the arrow keys, as the keyboard does."""
    target = combo.findData(value)
    assert target >= 0, f"{value!r} is not offered"
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            return
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == target


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


class Shell(QWidget):
    def open_subject(self, subject_id: int) -> None:
        self.opened = subject_id


@pytest.fixture
def open_case(qtbot, ops, prefs, wait_idle):
    shells = []  # the parents live as long as the test

    def make(request_id: int) -> CaseWindow:
        shell = Shell()
        shells.append(shell)
        qtbot.addWidget(shell)
        window = CaseWindow(ops, prefs, request_id, shell)
        window.show()
        wait_idle()
        qtbot.waitUntil(lambda: window.data is not None)
        window.ui.tabs.setCurrentWidget(window.withdrawalTab)
        return window

    return make


def recorded(qtbot, wait_idle, window, step_done) -> None:
    """Wait for the change and the case's reload after it."""
    wait_idle()
    qtbot.waitUntil(lambda: window.data is not None and step_done(window.data.workflow))
    wait_idle()


def settle(qtbot, dialog, wait_idle) -> None:
    wait_idle()
    qtbot.waitUntil(
        lambda: not dialog.render_timer.isActive() and not dialog._rendering and dialog.ops.idle,
        timeout=20_000,
    )
    wait_idle()


def finalise_in_dialog(qtbot, wait_idle, dialog: PrepareLetterDialog) -> int:
    """Finalise the letter the dialog prepares, filling any blank the template leaves."""
    settle(qtbot, dialog, wait_idle)
    body = dialog.body()
    if BLANK.search(body):
        dialog.ui.bodyEdit.setPlainText(BLANK.sub("Иванова А. А., главный специалист", body))
        settle(qtbot, dialog, wait_idle)
    assert dialog.ui.finaliseButton.isEnabled(), dialog.ui.problemsList.isVisible()
    click(qtbot, dialog.ui.finaliseButton)
    box = dialog.confirm_box
    with qtbot.waitSignal(dialog.finalised, timeout=20_000) as done:
        click(qtbot, box.findChild(QPushButton, "confirmFinaliseButton"))
    wait_idle()
    dialog.close()
    return done.args[0]


def change_status(qtbot, wait_idle, window, status) -> None:
    """The case's "Change status…" dialog, as the officer uses it."""
    qtbot.waitUntil(window.ui.changeStatusButton.isEnabled)
    click(qtbot, window.ui.changeStatusButton)
    dialog = window.dialog
    dialog.choose(status)
    click(qtbot, dialog.ok_button)
    box = getattr(dialog, "confirm_box", None)
    if box is not None and shiboken6.isValid(box) and box.isVisible():
        click(qtbot, box.findChild(QWidget, "confirmFinalButton"))
    wait_idle()
    qtbot.waitUntil(lambda: window.data.request.status == status)
    wait_idle()


def test_a_withdrawal_from_registration_to_the_confirmation(
    qtbot, open_case, sqlite_ctx, wait_idle, shell_factory
):
    c = make_withdrawal_case(sqlite_ctx)
    window = open_case(c.request_id)
    tabs = window.ui.tabs
    tab = window.withdrawalTab
    assert tabs.isTabVisible(tabs.indexOf(tab))
    assert tab.toolbox.currentIndex() == 0  # the checks come first
    checks = tab.page(Step.CHECKS)

    # 1. Checks: the letter's name and IIN beside the record's; a difference is shown...
    assert checks.letter_name.text() == "Әлиев Нұрлан Серікұлы"
    assert checks.record_name.text() == "Әлиев Нұрлан Серікұлы"
    assert IIN not in checks.record_iin.text()  # masked
    assert checks.name_state.text() == "matches"
    assert checks.signed_combo.currentData() == ""  # nothing chosen for the officer
    assert checks.identity_combo.currentData() == ""
    qtbot.keyClicks(checks.letter_iin, "900101300811")
    assert checks.iin_state.text() == "differs"
    choose(qtbot, checks.signed_combo, "yes")
    choose(qtbot, checks.identity_combo, "match")
    # ...and never accepted silently: a match over a difference asks for a note.
    click(qtbot, checks.record_button)
    wait_idle()
    assert "say in the note why it is the same person" in checks.error_label.text()
    assert not window.data.workflow.started
    checks.letter_iin.clear()
    qtbot.keyClicks(checks.letter_iin, IIN)
    assert checks.iin_state.text() == "matches"
    click(qtbot, checks.record_button)
    recorded(qtbot, wait_idle, window, lambda v: v.facts.identity == "match")
    assert checks.mark_label.text().startswith("Recorded by tester on ")
    assert tab.toolbox.currentIndex() == 1  # the next step opens

    # 2. Decision: accept; the consents it names are the subject's open ones.
    decision = tab.page(Step.DECISION)
    assert sorted(i for i, box in decision.consent_boxes.items() if box.isChecked()) == sorted(
        c.consent_ids
    )
    assert not decision.ground_combo.isEnabled()
    choose(qtbot, decision.decision_combo, "accepted")
    click(qtbot, decision.decide_button)
    recorded(qtbot, wait_idle, window, lambda v: v.facts.accepted)
    assert tab.toolbox.currentIndex() == 2

    # 3. The day processing stopped: the receipt date by default.
    effective = tab.page(Step.EFFECTIVE)
    assert effective.day_edit.date().toPython() == RECEIVED
    click(qtbot, effective.save_button)
    recorded(qtbot, wait_idle, window, lambda v: v.facts.effective == RECEIVED)

    # 4. The checklist: both systems cleaned today, one with a note.
    systems = tab.page(Step.SYSTEMS)
    assert tab.toolbox.currentIndex() == 3
    assert [r.done.text() for r in systems.rows] == [
        "Платформадағы есептік жазба / Учётная запись на платформе",
        "CRM жүйесі / CRM-система",
    ]
    for row in systems.rows:
        assert not row.day.isEnabled()
        row.done.setFocus()
        qtbot.keyClick(row.done, Qt.Key.Key_Space)  # the keyboard ticks it
        assert row.day.isEnabled() and row.day.date().toPython() == TODAY
    qtbot.keyClicks(systems.rows[1].note_ru, "export deleted")
    click(qtbot, systems.save_button)
    recorded(qtbot, wait_idle, window, lambda v: all(s.done for s in v.systems))
    assert [r.by.text() for r in systems.rows] == ["tester", "tester"]

    # 5. Outcomes: none chosen; a retained one takes its basis and until from the rule.
    outcomes = tab.page(Step.OUTCOMES)
    assert tab.toolbox.currentIndex() == 4
    assert [r.outcome.currentData() for r in outcomes.rows] == ["", ""]
    assert outcomes.rows[0].outcome.itemText(0) == "—"
    click(qtbot, outcomes.save_button)
    assert "Choose an outcome" in outcomes.error_label.text()
    choose(qtbot, outcomes.rows[0].outcome, "destroyed")
    assert not outcomes.rows[0].basis_ru.isEnabled()
    kept = outcomes.rows[1]
    choose(qtbot, kept.outcome, "retained")
    assert kept.basis_kk.text() == "Бухгалтерлік есеп туралы заң, 7-бап"
    assert kept.basis_ru.text() == "Закон о бухгалтерском учёте, ст. 7"
    assert kept.until.date().toPython() == RECEIVED.replace(year=RECEIVED.year + 5)
    click(qtbot, outcomes.save_button)
    recorded(qtbot, wait_idle, window, lambda v: all(o.outcome for o in v.outcomes))
    assert tab.toolbox.currentIndex() == 5

    # 6. The act's place, members and approver.
    act = tab.page(Step.ACT)
    click(qtbot, act.save_button)
    assert "Name at least one person" in act.error_label.text()
    # the place starts as the operator's city (its address: «Астана»); the officer may change it
    assert (act.place_kk.text(), act.place_ru.text()) == ("Астана қ.", "г. Астана")
    act.place_kk.clear()
    act.place_ru.clear()
    type_text(act.place_kk, "Алматы қ.")
    type_text(act.place_ru, "г. Алматы")
    click(qtbot, act.add_member)
    act.members.item(0, 0).setText("Иванова А. А.")
    act.members.item(0, 1).setText("Бас маман")
    act.members.item(0, 2).setText("Главный специалист")
    type_text(act.approver, "Ержанов А. Б.")
    type_text(act.approver_kk, "Директор")
    type_text(act.approver_ru, "Директор")
    click(qtbot, act.save_button)
    recorded(qtbot, wait_idle, window, lambda v: v.facts.act.approver is not None)
    assert act.mark_label.text().startswith("Recorded by tester")

    # The destruction act: the tab opens the letters' dialog with that kind chosen.
    click(qtbot, act.prepare_button)
    dialog = window.lettersPanel.dialog
    qtbot.waitUntil(lambda: dialog.setup is not None)
    assert dialog.kind == "destruction-act"
    finalise_in_dialog(qtbot, wait_idle, dialog)
    recorded(qtbot, wait_idle, window, lambda v: v.facts.act_final)
    assert "is finalised" in act.final_label.text()
    assert not act.save_button.isEnabled()  # what the act states no longer changes
    assert tab.toolbox.currentIndex() == 6

    # 7. The confirmation, prepared from the Answer step; then the request is sent.
    answer = tab.page(Step.ANSWER)
    assert "Processing stopped" in answer.explain.text()  # something is retained by law
    assert answer.prepare_button.text() == "Prepare the con&firmation…"
    click(qtbot, answer.prepare_button)
    dialog = window.lettersPanel.dialog
    qtbot.waitUntil(lambda: dialog.setup is not None)
    assert dialog.kind == "deregistration"
    finalise_in_dialog(qtbot, wait_idle, dialog)
    for status in (Status.IN_PROGRESS, Status.ANSWER_READY, Status.SENT):
        change_status(qtbot, wait_idle, window, status)
    recorded(qtbot, wait_idle, window, lambda v: v.completed_at is not None)
    assert "Completed" in tab.summary.text()
    timeline = window.ui.timelineView.toPlainText()
    assert "Withdrawal accepted" in timeline and "Withdrawal completed" in timeline

    # The subject card: the new status and the consents closed with the request's number.
    assert subject_card.card(sqlite_ctx, c.subject_id).status == "processing_stopped"
    screen = shell_factory([SubjectsScreen]).screens["subjects"]
    wait_idle()
    screen.show_subject(c.subject_id)
    wait_idle()
    qtbot.waitUntil(lambda: screen.card_status.text() == "Processing stopped")
    states = [screen.consents_table.item(r, 3).text() for r in range(2)]
    number = requests.get(sqlite_ctx, c.request_id).reg_number
    assert states == [f"Withdrawn {RECEIVED:%d.%m.%Y}, {number}"] * 2


def test_a_refusal_under_art_8_2_gives_the_refusal_letter_and_the_subject_stays_active(
    qtbot, open_case, sqlite_ctx, wait_idle
):
    c = make_withdrawal_case(sqlite_ctx)
    window = open_case(c.request_id)
    tab = window.withdrawalTab
    checks = tab.page(Step.CHECKS)
    choose(qtbot, checks.signed_combo, "yes")
    choose(qtbot, checks.identity_combo, "match")
    click(qtbot, checks.record_button)
    recorded(qtbot, wait_idle, window, lambda v: v.started)

    decision = tab.page(Step.DECISION)
    choose(qtbot, decision.decision_combo, "refused")
    assert decision.ground_combo.isEnabled()
    assert decision.ground_combo.currentData() == ""  # no ground chosen for the officer
    click(qtbot, decision.decide_button)
    assert "ground" in decision.error_label.text().lower()
    choose(qtbot, decision.ground_combo, "obligation")
    type_text(decision.detail_edits["ru"], "Открытая задолженность по договору займа № 17")
    click(qtbot, decision.decide_button)
    recorded(qtbot, wait_idle, window, lambda v: v.facts.refused)
    assert tab.toolbox.currentIndex() == 6  # straight to the answer
    assert "not needed: refused" in tab.toolbox.itemText(3)
    assert not tab.page(Step.SYSTEMS).save_button.isEnabled()

    answer = tab.page(Step.ANSWER)
    assert answer.prepare_button.text() == "Prepare the re&fusal letter…"
    assert "stays active" in answer.explain.text()
    click(qtbot, answer.prepare_button)
    dialog = window.lettersPanel.dialog
    qtbot.waitUntil(lambda: dialog.setup is not None)
    assert dialog.kind == "refusal"
    dialog.close()
    finalise_letter(sqlite_ctx, c.request_id, "refusal")
    for status in (Status.IN_PROGRESS, Status.ANSWER_READY, Status.SENT):
        requests.change_status(sqlite_ctx, c.request_id, status)
    window.reload()
    recorded(qtbot, wait_idle, window, lambda v: v.next is Step.DONE and v.status == "sent")
    assert window.data.workflow.completed_at is None
    card = subject_card.card(sqlite_ctx, c.subject_id)
    assert card.status == "active"
    assert all(x.withdrawn_at is None for x in card.consents)
    assert "Withdrawal refused" in window.ui.timelineView.toPlainText()


def png_bytes() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (120, 80), "#336699").save(out, "PNG")
    return out.getvalue()


def test_an_id_copy_is_shown_flagged_and_the_keyboard_reaches_the_next_step(
    qtbot, open_case, sqlite_ctx, wait_idle
):
    from app.services import attachments
    from app.services.attachments import NewAttachment

    c = make_withdrawal_case(sqlite_ctx)
    attachments.add(sqlite_ctx, c.request_id, NewAttachment("passport.png", png_bytes(), True))
    window = open_case(c.request_id)
    checks = window.withdrawalTab.page(Step.CHECKS)
    text = checks.copies_label.text()
    assert "passport.png" in text and "flagged for destruction" in text
    window.ui.tabs.setCurrentIndex(0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.ui.tabs.currentWidget() is window.withdrawalTab
    assert checks.isAncestorOf(QApplication.focusWidget())
    # a mismatch recorded as one stops an acceptance, shown on the decision step
    choose(qtbot, checks.signed_combo, "yes")
    choose(qtbot, checks.identity_combo, "mismatch")
    click(qtbot, checks.record_button)
    recorded(qtbot, wait_idle, window, lambda v: v.facts.identity == "mismatch")
    decision = window.withdrawalTab.page(Step.DECISION)
    choose(qtbot, decision.decision_combo, "accepted")
    click(qtbot, decision.decide_button)
    assert "does not match the record" in decision.error_label.text()


def test_other_request_types_have_no_withdrawal_tab(qtbot, open_case, sqlite_ctx):
    c = make_withdrawal_case(sqlite_ctx)
    other = requests.register(
        sqlite_ctx,
        requests.NewRequest(
            type="access", received=RECEIVED, sender="Әлиев Нұрлан", subject_id=c.subject_id
        ),
    )
    window = open_case(other.id)
    tabs = window.ui.tabs
    assert not tabs.isTabVisible(tabs.indexOf(window.withdrawalTab))
