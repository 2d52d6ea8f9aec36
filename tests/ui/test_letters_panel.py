"""The letters of a case: prepare one from the panel and see it listed once finalised; save,
export and print a final letter exactly as stored; continue and discard drafts; a stored PDF
altered behind Derbes's back is marked and not handed out."""

from __future__ import annotations

import hashlib
import io

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QPushButton

from app.services import letters
from app.storage.models import Letter
from app.ui.widgets.letters_panel import LettersPanel
from tests.ui.test_prepare_letter import (
    choose,
    open_kk_claim,
    pdf_pages,
    pdf_printer,
    settle,
)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def kk_claim(demo_ctx):
    return open_kk_claim(demo_ctx)


@pytest.fixture
def open_panel(qtbot, ops, prefs, wait_idle):
    def make(request_id: int) -> LettersPanel:
        panel = LettersPanel(ops, prefs, request_id, None)
        qtbot.addWidget(panel)
        panel.resize(900, 400)
        panel.show()
        wait_idle()
        return panel

    return make


def rows(panel: LettersPanel) -> list[list[str]]:
    tree = panel.tree
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def test_a_letter_prepared_from_the_panel_is_listed_once_final(
    qtbot, open_panel, demo_ctx, kk_claim, wait_idle
):
    panel = open_panel(kk_claim.id)
    assert panel.empty_label.isVisible() and not panel.tree.isVisible()
    assert not panel.open_button.isEnabled() and not panel.print_button.isEnabled()
    counts = []
    panel.count_changed.connect(counts.append)

    click(qtbot, panel.prepare_button)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    settle(qtbot, dialog, wait_idle)
    choose(qtbot, dialog.ui.kindCombo, "acknowledgement")
    settle(qtbot, dialog, wait_idle)
    click(qtbot, dialog.ui.finaliseButton)
    with qtbot.waitSignal(dialog.finalised, timeout=15_000) as done:
        click(qtbot, dialog.confirm_box.findChild(QPushButton, "confirmFinaliseButton"))
    wait_idle()
    wait_idle()
    stored = letters.get(demo_ctx, done.args[0])
    assert rows(panel) == [
        [
            "Acknowledgement of receipt",
            "Kazakh",
            stored.out_number,
            stored.out_date.strftime("%d.%m.%Y"),
            "Final",
            stored.sha256[:12],
        ]
    ]
    assert counts[-1] == 1
    assert panel.tree.isVisible() and not panel.empty_label.isVisible()
    assert panel.open_button.text() == "&Open" and not panel.discard_button.isVisible()
    # Opening it again shows it locked, as stored.
    click(qtbot, panel.open_button)
    viewer = panel.dialog
    wait_idle()
    qtbot.waitUntil(lambda: viewer.locked)
    assert viewer.ui.preview.data == stored.pdf


def test_a_final_letter_is_saved_exported_and_printed_as_stored(
    qtbot, open_panel, demo_ctx, kk_claim, tmp_path, wait_idle
):
    final = letters.finalise(demo_ctx, kk_claim.id, "acknowledgement", "kk").letter
    panel = open_panel(kk_claim.id)
    assert panel.current_letter().id == final.id
    click(qtbot, panel.save_pdf_button)
    chooser = panel.findChild(QFileDialog, "saveLetterDialog")
    assert chooser is not None
    assert chooser.selectedFiles()[0].endswith(".pdf")
    assert kk_claim.reg_number.replace("/", "-") in chooser.selectedFiles()[0]
    target = tmp_path / "final.pdf"
    with qtbot.waitSignal(panel.saved, timeout=15_000):
        chooser.selectFile(str(target))
        chooser.accept()
    assert target.read_bytes() == final.pdf
    assert hashlib.sha256(target.read_bytes()).hexdigest() == final.sha256

    with qtbot.waitSignal(panel.saved, timeout=15_000):
        panel.save_as(tmp_path / "final.docx", "docx")
    document = docx.Document(io.BytesIO((tmp_path / "final.docx").read_bytes()))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(p.text for s in document.sections for p in s.header.paragraphs)
    assert kk_claim.reg_number in text or final.out_number in text

    click(qtbot, panel.print_button)
    chooser = panel.findChild(QPrintDialog, "printDialog")
    assert chooser is not None and chooser.isVisible()
    chooser.reject()
    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(panel.printed, timeout=30_000) as printed:
        panel.print_to(pdf_printer(out))
    assert printed.args == [pdf_pages(final.pdf)]
    assert pdf_pages(out.read_bytes()) == pdf_pages(final.pdf)


def test_drafts_are_listed_continued_and_discarded(
    qtbot, open_panel, demo_ctx, kk_claim, ops, wait_idle
):
    panel = open_panel(kk_claim.id)
    body = letters.draft_body(demo_ctx, kk_claim.id, "acknowledgement", "kk")
    ops.mutate(
        lambda ctx: letters.save_draft(ctx, kk_claim.id, "acknowledgement", "kk", body),
    )
    wait_idle()
    wait_idle()
    (row,) = rows(panel)
    assert row[0] == "Acknowledgement of receipt" and row[2] == "—" and row[4] == "Draft"
    assert panel.open_button.text() == "&Continue" and panel.discard_button.isEnabled()

    dialog = panel.open_letter()
    settle(qtbot, dialog, wait_idle)
    assert not dialog.locked and dialog.body() == body
    dialog.close()

    click(qtbot, panel.discard_button)
    box = panel.confirm_box
    assert box is not None and box.objectName() == "confirmDiscardBox"
    click(qtbot, box.findChild(QPushButton, "confirmDiscardButton"))
    wait_idle()
    wait_idle()
    assert rows(panel) == [] and panel.empty_label.isVisible()
    assert letters.letters_of(demo_ctx, kk_claim.id) == []


def test_an_altered_stored_pdf_is_marked_and_not_handed_out(
    qtbot, open_panel, demo_ctx, kk_claim, wait_idle, tmp_path
):
    final = letters.finalise(demo_ctx, kk_claim.id, "acknowledgement", "kk").letter
    with demo_ctx.db.transaction() as session:
        session.get(Letter, final.id).pdf = final.pdf.replace(b"%%EOF", b"%%EOF\n% tampered")
    panel = open_panel(kk_claim.id)
    (row,) = rows(panel)
    assert row[4] == "Final — PDF altered!"
    assert not panel.save_pdf_button.isEnabled() and not panel.print_button.isEnabled()
    # Even asked directly, the altered bytes are refused with the reason.
    panel.save_as(tmp_path / "x.pdf", "pdf")
    wait_idle()
    assert not (tmp_path / "x.pdf").exists()
    assert "SHA-256" in panel.error_label.text()
