"""Settings › Templates on a demo database, driven like the officer does: choose a template in the
list, read the shipped text, type Kazakh into it and find it in the live PDF preview, save the copy,
see a broken or hostile template named and refused, undo, reset to the shipped version."""

from __future__ import annotations

import io

import pypdf
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain import letter_rules
from app.services import letters, register
from app.storage.queries import RequestFilter
from app.ui.screens.settings import SettingsScreen

KAZAKH = "Қосымша сөйлем: әғқңөұүһі әріптері дұрыс басылды."
ACK = ("acknowledgement", "kk")


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def type_text(widget, text: str) -> None:
    """Type like a keyboard does, Kazakh letters included (QTest.keyClicks knows only ASCII)."""
    widget.setFocus()
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def type_at_end(page, text: str) -> None:
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(page.editor, text)


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_item(qtbot, page, kind: str, language: str) -> None:
    item = page._items[(kind, language)]
    page.tree.scrollToItem(item)
    rect = page.tree.visualItemRect(item)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def answer(monkeypatch, button) -> list[str]:
    """Make the next questions answer ``button``; the texts asked are collected."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kw):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def edited_marks(page) -> set[tuple[str, str]]:
    return {key for key, item in page._items.items() if item.text(1) == "edited"}


@pytest.fixture
def settle(qtbot, ops):
    def wait(page, timeout: int = 15_000) -> None:
        qtbot.waitUntil(lambda: page.settled and ops.idle, timeout=timeout)

    return wait


@pytest.fixture
def open_page(qtbot, shell_factory, settle, wait_idle):
    def make():
        window = shell_factory([SettingsScreen])
        window.resize(1280, 800)
        screen = window.screens["settings"]
        page = screen.templates_page
        screen.show_page(page)
        wait_idle()
        qtbot.waitUntil(lambda: page.current is not None and page.loaded, timeout=10_000)
        settle(page)
        return page

    return make


def latest(ctx, language: str, types: tuple[str, ...] = ()):
    """The request the page should preview on: the latest, in the template's language first."""
    f = RequestFilter(types=types, sort="received_date", descending=True)
    found = register.list_requests(ctx, f, limit=40)
    return next((r for r in found if r.language == language), found[0])


# -- choosing a template ------------------------------------------------------------------------


def test_the_list_marks_edited_copies_and_shows_the_shipped_text(
    qtbot, demo_ctx, open_page, settle
):
    source = letters.shipped_template("refusal", "ru") + "\nДополнительный абзац.\n"
    letters.save_template(demo_ctx, "refusal", "ru", source)
    page = open_page()
    assert edited_marks(page) == {("refusal", "ru")}
    assert page.tree.topLevelItemCount() == 8
    assert [page.tree.topLevelItem(i).childCount() for i in range(8)] == [2] * 8

    click_item(qtbot, page, *ACK)
    settle(page)
    assert page.current == ACK
    assert page.source() == letters.shipped_template(*ACK)
    assert page.ui.templateTitle.toolTip() == "Acknowledgement of receipt — Kazakh"
    assert page.ui.templateState.text() == "Shipped version"
    assert not page.save_button.isEnabled()
    assert not page.revert_button.isEnabled()
    assert not page.reset_button.isEnabled()  # nothing to reset: no copy of this one
    assert page.problem.isHidden()

    sample = latest(demo_ctx, "kk")
    assert sample.reg_number in page.ui.sampleLabel.text()
    text = pdf_text(page.preview_pdf)
    assert page.preview.data == page.preview_pdf
    assert "Өтінішті тіркеу туралы" in text
    assert sample.reg_number in text

    click_item(qtbot, page, "refusal", "ru")
    settle(page)
    assert page.source() == source  # the officer's copy is the one in force
    assert page.ui.templateState.text() == "Your copy"
    assert page.reset_button.isEnabled()
    assert "Дополнительный абзац." in pdf_text(page.preview_pdf)


def test_the_arrow_keys_step_over_the_kinds(qtbot, demo_ctx, open_page, settle):
    page = open_page()
    click_item(qtbot, page, "acknowledgement", "ru")
    settle(page)
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)  # onto the next kind's heading, then past it
    qtbot.waitUntil(lambda: page.current == ("deregistration", "kk"))
    settle(page)
    assert page.source() == letters.shipped_template("deregistration", "kk")
    qtbot.keyClick(page.tree, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: page.current == ("acknowledgement", "ru"))


def test_the_last_template_shown_is_remembered(qtbot, demo_ctx, open_page, settle, prefs):
    page = open_page()
    click_item(qtbot, page, "access", "ru")
    settle(page)
    page.window().close()
    again = open_page()
    assert again.current == ("access", "ru")
    assert again.tree.currentItem() is again._items[("access", "ru")]


# -- editing, previewing, saving ----------------------------------------------------------------


def test_kazakh_typed_into_the_template_is_in_the_preview_and_saved(
    qtbot, demo_ctx, open_page, settle
):
    page = open_page()
    click_item(qtbot, page, *ACK)
    settle(page)
    shipped = page.preview_pdf
    type_at_end(page, f"\n{KAZAKH}\n")
    assert page.dirty
    assert page.ui.templateState.text() == "Edited, not saved"
    assert page.save_button.isEnabled() and page.revert_button.isEnabled()
    settle(page)  # the pause in typing renders the preview
    assert page.preview_pdf != shipped
    assert KAZAKH in pdf_text(page.preview_pdf)
    assert letters.customised_templates(demo_ctx) == set()  # nothing stored while typing

    qtbot.keyClick(page.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(page)
    assert letters.template_source(demo_ctx, *ACK) == page.source()
    assert KAZAKH in letters.template_source(demo_ctx, *ACK)
    assert letters.customised_templates(demo_ctx) == {ACK}
    assert edited_marks(page) == {ACK}
    assert not page.dirty
    assert not page.save_button.isEnabled()
    assert page.reset_button.isEnabled()
    assert page.ui.templateState.text() == "Your copy"
    assert page.message.text().startswith("Saved.")
    # …and it writes the letters now: a letter built for a request carries the sentence.
    body = letters.draft_body(demo_ctx, latest(demo_ctx, "kk").id, "acknowledgement", "kk")
    assert KAZAKH in body


def test_an_unknown_placeholder_is_named_and_not_saved(qtbot, demo_ctx, open_page, settle):
    page = open_page()
    click_item(qtbot, page, *ACK)
    settle(page)
    good = page.preview_pdf
    type_at_end(page, "\nҚате: {{ unknown_name }}\n")
    settle(page)
    line = page.source().splitlines().index("Қате: {{ unknown_name }}") + 1
    assert page.problem.isVisible()
    assert f"Line {line}: unknown placeholder “unknown_name”" in page.problem.text()
    assert page.error is not None and page.error.placeholder == "unknown_name"
    assert page.preview_pdf == good  # the last version that worked stays in view
    assert page.preview.data == good
    marks = page.editor.extraSelections()
    assert [m.cursor.blockNumber() + 1 for m in marks] == [line]

    click(qtbot, page.save_button)
    settle(page)
    assert "Not saved: " in page.problem.text()
    assert "unknown_name" in page.problem.text()
    assert letters.customised_templates(demo_ctx) == set()
    assert letters.template_source(demo_ctx, *ACK) == letters.shipped_template(*ACK)
    assert page.dirty  # the text stays for the officer to mend

    # Mending it clears the message and the preview follows again.
    cursor = page.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    page.editor.setTextCursor(cursor)
    page.set_source(page.source().replace("{{ unknown_name }}", "{{ request.reg_number }}"))
    settle(page)
    assert page.problem.isHidden()
    assert page.editor.extraSelections() == []
    assert page.preview_pdf != good


def test_a_sandbox_escape_is_refused(qtbot, demo_ctx, open_page, settle):
    page = open_page()
    click_item(qtbot, page, *ACK)
    settle(page)
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    page.editor.setFocus()
    qtbot.keyClick(page.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(page.editor, "{{ ''.__class__.__mro__ }}")
    settle(page)
    assert "not allowed in a template" in page.problem.text()
    click(qtbot, page.save_button)
    settle(page)
    assert "Not saved: " in page.problem.text()
    assert "not allowed in a template" in page.problem.text()
    assert letters.customised_templates(demo_ctx) == set()


def test_a_syntax_error_is_named_at_its_line(qtbot, demo_ctx, open_page, settle):
    page = open_page()
    click_item(qtbot, page, "claim-response", "ru")
    settle(page)
    page.set_source("# Ответ\n\n{% if %}\nТекст\n")
    settle(page)
    assert "Line 3: syntax error" in page.problem.text()


def test_undo_the_edits(qtbot, demo_ctx, open_page, settle):
    page = open_page()
    click_item(qtbot, page, *ACK)
    settle(page)
    before = page.preview_pdf
    type_at_end(page, KAZAKH)
    settle(page)
    click(qtbot, page.revert_button)
    settle(page)
    assert page.source() == letters.shipped_template(*ACK)
    assert not page.dirty
    assert not page.save_button.isEnabled()
    assert KAZAKH not in pdf_text(page.preview_pdf)
    assert pdf_text(page.preview_pdf) == pdf_text(before)


# -- reset ----------------------------------------------------------------------------------------


def test_reset_to_the_shipped_version_after_asking(qtbot, demo_ctx, open_page, settle, monkeypatch):
    mine = letters.shipped_template(*ACK).replace("Өтінішті тіркеу туралы", "Хабарлама")
    letters.save_template(demo_ctx, *ACK, mine)
    page = open_page()
    click_item(qtbot, page, *ACK)
    settle(page)
    assert page.source() == mine

    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    click(qtbot, page.reset_button)
    settle(page)
    assert "Acknowledgement of receipt — Kazakh" in asked[0]
    assert letters.template_source(demo_ctx, *ACK) == mine  # cancelled: nothing changed

    answer(monkeypatch, QMessageBox.StandardButton.Reset)
    click(qtbot, page.reset_button)
    settle(page)
    assert page.source() == letters.shipped_template(*ACK)
    assert letters.customised_templates(demo_ctx) == set()
    assert edited_marks(page) == set()
    assert not page.reset_button.isEnabled()
    assert page.ui.templateState.text() == "Shipped version"
    assert "Өтінішті тіркеу туралы" in pdf_text(page.preview_pdf)


# -- the unsaved-changes guard --------------------------------------------------------------------


def test_switching_with_unsaved_edits_asks(qtbot, demo_ctx, open_page, settle, monkeypatch):
    page = open_page()
    click_item(qtbot, page, *ACK)
    settle(page)
    type_at_end(page, KAZAKH)

    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    click_item(qtbot, page, "access", "kk")
    settle(page)
    assert len(asked) == 1 and "not saved" in asked[0]
    assert page.current == ACK  # stayed, edits kept
    assert page.tree.currentItem() is page._items[ACK]
    assert KAZAKH in page.source()

    answer(monkeypatch, QMessageBox.StandardButton.Save)
    click_item(qtbot, page, "access", "kk")
    settle(page)
    qtbot.waitUntil(lambda: page.current == ("access", "kk"))
    settle(page)
    assert KAZAKH in letters.template_source(demo_ctx, *ACK)  # saved on the way
    assert page.source() == letters.shipped_template("access", "kk")

    type_at_end(page, KAZAKH)
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    click_item(qtbot, page, "access", "ru")
    settle(page)
    assert page.current == ("access", "ru")
    assert letters.customised_templates(demo_ctx) == {ACK}  # the access edits were let go


def test_a_broken_template_is_not_saved_on_the_way_out(
    qtbot, demo_ctx, open_page, settle, monkeypatch
):
    page = open_page()
    click_item(qtbot, page, *ACK)
    settle(page)
    page.set_source(page.source() + "{{ unknown_name }}")
    settle(page)
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    click_item(qtbot, page, "access", "kk")
    settle(page)
    assert page.current == ACK  # the save was refused: still here, with the reason
    assert page.tree.currentItem() is page._items[ACK]
    assert "Not saved: " in page.problem.text()
    assert letters.customised_templates(demo_ctx) == set()


# -- the request the preview is made for ------------------------------------------------------


def test_the_preview_suits_the_kind_and_follows_a_chosen_request(
    qtbot, demo_ctx, open_page, settle
):
    page = open_page()
    click_item(qtbot, page, "claim-response", "ru")
    settle(page)
    # the latest request of the types a claim response answers, Russian before Kazakh
    claim = latest(demo_ctx, "ru", letter_rules.types_for_kind("claim-response"))
    assert claim.reg_number in page.ui.sampleLabel.text()
    assert claim.reg_number in pdf_text(page.preview_pdf)

    other = latest(demo_ctx, "kk", ("claim", "correction", "blocking"))  # it answers these
    type_text(page.sample_edit, other.reg_number)
    qtbot.keyClick(page.sample_edit, Qt.Key.Key_Return)
    settle(page)
    assert other.reg_number in page.ui.sampleLabel.text()
    assert other.reg_number in pdf_text(page.preview_pdf)

    shown = page.preview_pdf
    page.sample_edit.selectAll()
    type_text(page.sample_edit, "ЖОҚ-2026/9999")
    qtbot.keyClick(page.sample_edit, Qt.Key.Key_Return)
    settle(page)
    assert page.ui.sampleLabel.text() == "No request numbered ЖОҚ-2026/9999."
    assert page.preview_pdf == shown

    page.sample_edit.clear()  # the clear button: back to the latest suitable request
    settle(page)
    assert claim.reg_number in page.ui.sampleLabel.text()


def test_a_chosen_request_that_cannot_have_the_letter_says_why(qtbot, demo_ctx, open_page, settle):
    page = open_page()
    click_item(qtbot, page, "deregistration", "kk")
    settle(page)
    access = latest(demo_ctx, "kk", ("access",))
    page.set_sample(access.reg_number)
    settle(page)
    text = page.ui.sampleLabel.text()
    assert text.startswith(f"Request {access.reg_number} cannot have this letter:")
    assert page.problem.isHidden()  # not the template's fault


def test_an_empty_database_previews_an_invented_case(qtbot, open_page, settle):
    page = open_page()
    assert page.current == ACK
    assert page.ui.sampleLabel.text().startswith("An invented sample case")
    assert "ДД-2026/0042" in pdf_text(page.preview_pdf)


def test_a_request_registered_elsewhere_becomes_the_sample(
    qtbot, demo_ctx, open_page, settle, ops, wait_idle
):
    from tests.helpers import register as reg

    page = open_page()
    click_item(qtbot, page, *ACK)
    settle(page)
    made = []
    ops.mutate(
        lambda ctx: made.append(reg(ctx, type="other", language="kk", received=ctx.today())),
    )
    wait_idle()
    settle(page)  # the visible screen refreshes its pages as soon as the change lands
    assert made[0].reg_number in page.ui.sampleLabel.text()
    assert made[0].reg_number in pdf_text(page.preview_pdf)


def test_quitting_with_an_unsaved_template_asks_first(qtbot, open_page, settle):
    from PySide6.QtWidgets import QMessageBox

    page = open_page()
    click_item(qtbot, page, *ACK)
    settle(page)
    page.set_source(page.source() + "\nҚосымша сөйлем.\n")
    assert page.dirty
    window = page.screen.window()
    window.close()
    assert window.isVisible()  # kept open: the officer is asked first
    box = window.findChild(QMessageBox, "unsavedTemplateBox")
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Discard).click()
    assert not page.dirty
    assert not window.isVisible()
