"""The prepare-letter dialog, driven like the officer does on a demo database: choose the kind
and Kazakh, read the preview, type Kazakh text into the body and find it in the PDF, save PDF and
DOCX, print to a PDF file, finalise, and see the letter locked."""

from __future__ import annotations

import hashlib
import io

import docx
import pypdf
import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from app.domain import letter_rules
from app.domain.data_map import Pair
from app.domain.errors import DomainError
from app.domain.requests import Status
from app.services import letters, requests
from app.ui import printing
from app.ui.letters.files import file_stem
from app.ui.letters.prepare_dialog import PrepareLetterDialog
from app.ui.operations import LETTERS
from tests import withdrawal_rows
from tests.helpers import register

KAZAKH = "Қосымша тексеру: әғқңөұүһі әріптері дұрыс басылды."


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def pdf_pages(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in document.paragraphs)


def type_text(widget, text: str) -> None:
    """Type like a keyboard does, Kazakh letters included (QTest.keyClicks knows only ASCII)."""
    widget.setFocus()
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


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
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)  # enough to prove the pages, quick to paint
    return printer


def find_request(ctx, **want):
    for rid in range(1, 200):
        try:
            r = requests.get(ctx, rid)
        except Exception:
            break
        if all(getattr(r, k) == v for k, v in want.items()):
            return r
    raise AssertionError(f"no demo request with {want}")


@pytest.fixture
def kk_claim(demo_ctx):
    """A Kazakh pre-trial claim of the demo, still open."""
    return open_kk_claim(demo_ctx)


def open_kk_claim(ctx):
    """The demo's first Kazakh claim still being worked (the demo's history is drawn at random:
    failing one, a new claim from a demo subject)."""
    open_ = {Status.REGISTERED.value, Status.IN_PROGRESS.value, Status.ANSWER_READY.value}
    for rid in range(1, 200):
        try:
            r = requests.get(ctx, rid)
        except Exception:
            break
        if r.language == "kk" and r.type == "claim" and r.status in open_:
            return r
    seen = find_request(ctx, language="kk", type="consent_withdrawal")
    return register(
        ctx,
        type="claim",
        language="kk",
        sender=seen.sender,
        sender_address=seen.sender_address,
        subject_id=seen.subject_id,
        operator_id=seen.operator_id,
        signed=True,
    )


@pytest.fixture
def open_dialog(qtbot, ops, prefs, wait_idle):
    def make(request_id: int, **kw) -> PrepareLetterDialog:
        dialog = PrepareLetterDialog(ops, prefs, request_id, None, **kw)
        qtbot.addWidget(dialog)
        dialog.resize(1200, 760)
        dialog.show()
        settle(qtbot, dialog, wait_idle)
        return dialog

    return make


def settle(qtbot, dialog, wait_idle) -> None:
    """Wait until the typing pause has passed and every rendering has come back."""
    wait_idle()
    qtbot.waitUntil(
        lambda: not dialog.render_timer.isActive() and not dialog._rendering and dialog.ops.idle,
        timeout=15_000,
    )
    wait_idle()


def test_prepare_type_kazakh_save_print_and_finalise(
    qtbot, open_dialog, demo_ctx, kk_claim, wait_idle, tmp_path
):
    dialog = open_dialog(kk_claim.id)
    ui = dialog.ui
    assert ui.titleLabel.text() == f"Letter on {kk_claim.reg_number}"
    # The kinds that answer a claim; Russian is not offered for a Kazakh letter.
    offered = [ui.kindCombo.itemData(i) for i in range(ui.kindCombo.count())]
    assert offered[0] == "claim-response" and "acknowledgement" in offered
    assert "deregistration" not in offered
    languages = [ui.languageCombo.itemData(i) for i in range(ui.languageCombo.count())]
    assert languages == ["kk", "bi"]
    assert ui.languageCombo.currentData() == "kk"

    choose(qtbot, ui.kindCombo, "acknowledgement")
    choose(qtbot, ui.languageCombo, "kk")
    settle(qtbot, dialog, wait_idle)
    assert dialog.kind == "acknowledgement" and dialog.language == "kk"
    document = ui.preview.document
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() >= 1
    assert ui.preview.page_count() == document.pageCount()
    first = pdf_text(ui.preview.data)
    assert kk_claim.reg_number in first and not ui.kindError.isVisible()
    assert not ui.problemsList.isVisible() and "Ready" in ui.problemsTitle.text()
    assert ui.finaliseButton.isEnabled()

    # The officer adds a paragraph in Kazakh; the preview follows a moment later.
    cursor = ui.bodyEdit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    ui.bodyEdit.setTextCursor(cursor)
    type_text(ui.bodyEdit, "\n\n" + KAZAKH)
    assert not ui.finaliseButton.isEnabled()  # the preview is not the text yet
    assert ui.statusLabel.text() == "Unsaved changes"
    settle(qtbot, dialog, wait_idle)
    assert KAZAKH in dialog.body()
    assert KAZAKH in pdf_text(ui.preview.data)
    assert ui.finaliseButton.isEnabled()

    # Save as PDF and DOCX through the file dialog, default names from the number and kind.
    stem = file_stem(kk_claim.reg_number, "acknowledgement", "kk")
    assert "/" not in stem and stem.startswith(kk_claim.reg_number.replace("/", "-"))
    for fmt, button in (("pdf", ui.savePdfButton), ("docx", ui.saveDocxButton)):
        click(qtbot, button)
        chooser = dialog.findChild(QFileDialog, "saveFileDialog")
        assert chooser is not None and chooser.isVisible()
        assert chooser.selectedFiles()[0].endswith(f"{stem}.{fmt}")
        target = tmp_path / f"{stem}.{fmt}"
        with qtbot.waitSignal(dialog.saved, timeout=15_000):
            chooser.selectFile(str(target))
            chooser.accept()
        assert target.exists()
    saved_pdf = (tmp_path / f"{stem}.pdf").read_bytes()
    assert KAZAKH in pdf_text(saved_pdf)
    assert kk_claim.reg_number in pdf_text(saved_pdf)
    assert KAZAKH in docx_text((tmp_path / f"{stem}.docx").read_bytes())
    assert str(tmp_path) == dialog.prefs.get("letters/last_folder")

    # Print opens the Qt print dialog (cancelled here: nothing printed)...
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    chooser = dialog.findChild(QPrintDialog, "printDialog")
    assert chooser is not None and chooser.isVisible()
    assert chooser.printer().docName() == stem
    chooser.reject()
    # ...and printing to a PDF file proves the painting path, without the modal dialog.
    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(dialog.printed, timeout=30_000) as printed:
        dialog.print_to(pdf_printer(out))
    assert printed.args == [ui.preview.page_count()]
    assert pdf_pages(out.read_bytes()) == ui.preview.page_count()
    assert "Sent" in ui.statusLabel.text()

    # Finalise: confirmation, a number, the stored PDF with its SHA-256, editing locked.
    click(qtbot, ui.finaliseButton)
    box = dialog.confirm_box
    assert box is not None and box.objectName() == "confirmFinaliseBox"
    assert "never changed" in box.informativeText()
    with qtbot.waitSignal(dialog.finalised, timeout=15_000) as done:
        click(qtbot, box.findChild(QPushButton, "confirmFinaliseButton"))
    wait_idle()
    row = letters.get(demo_ctx, done.args[0])
    assert row.out_number and row.finalized_at is not None
    assert row.sha256 == hashlib.sha256(row.pdf).hexdigest()
    assert KAZAKH in pdf_text(row.pdf)
    assert row.out_number in ui.finalBanner.text() and ui.finalBanner.isVisible()
    assert row.sha256[:12] in ui.finalBanner.text()
    assert row.out_number in ui.titleLabel.text()
    assert dialog.locked and ui.bodyEdit.isReadOnly()
    assert not ui.kindCombo.isEnabled() and not ui.languageCombo.isEnabled()
    assert not ui.saveDraftButton.isVisible() and not ui.finaliseButton.isVisible()
    assert ui.preview.data == row.pdf
    before = dialog.body()
    type_text(ui.bodyEdit, "өзгеріс")
    assert dialog.body() == before
    # A final letter is saved as stored, byte for byte.
    final_path = tmp_path / "final.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=15_000):
        dialog.save_as(final_path, "pdf")
    assert final_path.read_bytes() == row.pdf


def _kk_withdrawal(ctx):
    """A new Kazakh withdrawal of a demo subject, its workflow not begun (the demo's own
    withdrawals are worked through theirs, with their letters)."""
    seen = find_request(ctx, language="kk", type="consent_withdrawal")
    return register(
        ctx,
        type="consent_withdrawal",
        language="kk",
        sender=seen.sender,
        sender_address=seen.sender_address,
        subject_id=seen.subject_id,
        operator_id=seen.operator_id,
        signed=True,
    )


def test_kazakh_screenshot_of_a_deregistration(qtbot, open_dialog, demo_ctx, tmp_path):
    withdrawal = _kk_withdrawal(demo_ctx)
    withdrawal_rows.record(demo_ctx, withdrawal.id)
    letters.finalise(demo_ctx, withdrawal.id, "destruction-act", "kk")
    dialog = open_dialog(withdrawal.id)
    ui = dialog.ui
    assert dialog.kind == "deregistration" and dialog.language == "kk"
    assert dialog.ui.preview.page_count() >= 1
    assert "Ready" in dialog.ui.problemsTitle.text()
    text = pdf_text(ui.preview.data)
    assert "Сақтық көшірмелер – 2026 жылғы 5 қарашада" in text
    assert "Резервные" not in text
    dialog.grab().save(str(tmp_path / "prepare_letter.png"))
    assert (tmp_path / "prepare_letter.png").stat().st_size > 10_000
    # The details show what the Withdrawal tab recorded, read-only, in the letter's language.
    ui.tabs.setCurrentWidget(ui.detailsTab)
    assert ui.disposalsGroup.isVisibleTo(dialog) and not ui.disposalsError.isVisibleTo(dialog)
    assert "02.11.2026" in ui.effectiveValue.text()
    table = ui.disposalsTable
    assert table.rowCount() == 3
    assert [table.item(2, c).text() for c in range(4)] == [
        "Шарт бойынша деректер",
        "Blocked and retained",
        "«Бухгалтерлік есеп және қаржылық есептілік туралы» Заңның 7-бабы",
        "06.11.2031",
    ]
    assert all(table.cellWidget(r, c) is None for r in range(3) for c in range(4))
    systems = [ui.systemsList.item(i).text() for i in range(ui.systemsList.count())]
    assert systems[1] == "CRM жүйесі — cleaned on 05.11.2026"


def test_a_deregistration_says_what_is_missing_until_the_work_is_recorded(
    qtbot, open_dialog, demo_ctx, wait_idle
):
    withdrawal = _kk_withdrawal(demo_ctx)
    withdrawal_rows.record(demo_ctx, withdrawal.id, systems_done=False, chosen=False)
    dialog = open_dialog(withdrawal.id, kind="deregistration")
    ui = dialog.ui
    assert dialog.kind == "deregistration"
    assert ui.kindError.isVisible() and "not yet cleaned" in ui.kindError.text()
    assert ui.disposalsError.isVisibleTo(dialog)
    missing = ui.disposalsError.text()
    assert "Systems not yet cleaned: 3" in missing
    assert "Data categories without an outcome: 3" in missing
    assert "Finalise the destruction act" in missing
    assert ui.disposalsTable.item(0, 1).text() == "not chosen yet"
    assert not ui.preview.showing_pdf and not ui.finaliseButton.isEnabled()
    # Recorded on the Withdrawal tab meanwhile: the dialog reads the case again.
    dialog.ops.mutate(lambda ctx: withdrawal_rows.record(ctx, withdrawal.id))
    settle(qtbot, dialog, wait_idle)
    settle(qtbot, dialog, wait_idle)
    assert "Finalise the destruction act" in ui.disposalsError.text()
    assert "Systems not yet cleaned" not in ui.disposalsError.text()


def test_an_impossible_kind_says_why(qtbot, open_dialog, kk_claim, wait_idle):
    dialog = open_dialog(kk_claim.id)
    ui = dialog.ui
    index = ui.kindCombo.findData("extension")
    assert "extend it first" in ui.kindCombo.itemData(index, Qt.ItemDataRole.ToolTipRole)
    choose(qtbot, ui.kindCombo, "extension")
    settle(qtbot, dialog, wait_idle)
    assert ui.kindError.isVisible() and "extend it first" in ui.kindError.text()
    assert not ui.preview.showing_pdf
    assert "cannot be written" in ui.preview.message.text()
    for button in (ui.finaliseButton, ui.saveDraftButton, ui.savePdfButton, ui.printButton):
        assert not button.isEnabled()
    # Extended in the case window meanwhile: the dialog reads the case again and writes it.
    dialog.ops.mutate(
        lambda ctx: requests.extend(ctx, kk_claim.id, reason_kk="Қосымша тексеру қажет", days=10),
    )
    settle(qtbot, dialog, wait_idle)
    settle(qtbot, dialog, wait_idle)
    assert not ui.kindError.isVisible() and ui.preview.showing_pdf
    assert "Қосымша тексеру қажет" in pdf_text(ui.preview.data)
    assert ui.kindCombo.itemData(index, Qt.ItemDataRole.ToolTipRole) is None


def test_a_refusal_states_the_recorded_ground_and_bilingual_is_offered(
    qtbot, open_dialog, demo_ctx, wait_idle
):
    withdrawal = _kk_withdrawal(demo_ctx)
    dialog = open_dialog(withdrawal.id, kind="refusal")
    ui = dialog.ui
    assert dialog.kind == "refusal"
    assert ui.refusalGroup.isVisibleTo(dialog) and not ui.disposalsGroup.isVisibleTo(dialog)
    assert ui.groundError.isVisible() and "Withdrawal tab" in ui.groundError.text()
    assert "No refusal is recorded" in ui.groundValue.text()
    assert ui.tabs.currentWidget() is ui.detailsTab
    assert not ui.finaliseButton.isEnabled()
    detail = "2025 жылғы 5 наурыздағы № 17 шарт бойынша қарыз"
    dialog.ops.mutate(
        lambda ctx: withdrawal_rows.record(
            ctx,
            withdrawal.id,
            decision="refused",
            ground="obligation",
            ground_detail=Pair(detail, "задолженность по договору № 17 от 5 марта 2025 года"),
            systems=(),
            outcomes=(),
            act=False,
        )
    )
    settle(qtbot, dialog, wait_idle)
    settle(qtbot, dialog, wait_idle)
    assert not ui.groundError.isVisible()
    assert ui.groundValue.text() == "An obligation is unfulfilled (art. 8(2))"
    assert ui.groundDetailValue.text().startswith(detail)  # both halves, the Kazakh first
    assert "орындалмаған міндеттемеңіз бар" in dialog.body()
    assert "№ 17 шарт бойынша қарыз" in pdf_text(ui.preview.data)
    assert "Ready" in ui.problemsTitle.text()

    choose(qtbot, ui.languageCombo, "bi")
    settle(qtbot, dialog, wait_idle)
    text = pdf_text(ui.preview.data)
    assert "Об отказе в удовлетворении заявления" in text  # the Russian half
    assert "орындалмаған міндеттемеңіз бар" in text  # and the Kazakh one
    assert text.count("№ 17") >= 2  # the facts in both


def test_blanks_are_listed_and_the_list_leads_to_them(qtbot, open_dialog, kk_claim):
    dialog = open_dialog(kk_claim.id)
    ui = dialog.ui
    assert dialog.kind == "claim-response"
    assert ui.problemsList.isVisible() and ui.problemsList.count() >= 1
    item = ui.problemsList.item(0)
    assert item.text().startswith("• Text: Fill in the blanks first")
    assert not ui.finaliseButton.isEnabled()
    assert "Resolve" in ui.finaliseButton.toolTip()
    ui.problemsList.itemActivated.emit(item)
    selected = ui.bodyEdit.textCursor().selectedText()
    assert selected.startswith("[[") and selected.endswith("]]")


def test_details_rewrite_the_text_until_the_officer_edits_it(
    qtbot, open_dialog, kk_claim, wait_idle
):
    dialog = open_dialog(kk_claim.id)
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.detailsTab)
    type_text(ui.findingsEdit, "Деректер CRM жүйесінде өңделген")
    settle(qtbot, dialog, wait_idle)
    assert "Деректер CRM жүйесінде өңделген" in dialog.body()
    # Now the officer edits the text: details no longer overwrite it.
    ui.tabs.setCurrentWidget(ui.textTab)
    type_text(ui.bodyEdit, "Өз сөзім. ")
    ui.tabs.setCurrentWidget(ui.detailsTab)
    type_text(ui.decisionEdit, "Шешім қабылданды")
    settle(qtbot, dialog, wait_idle)
    assert "Өз сөзім." in dialog.body() and "Шешім қабылданды" not in dialog.body()
    ui.tabs.setCurrentWidget(ui.textTab)
    assert ui.rewriteNote.isVisible()
    # Changing the kind asks first; cancelling keeps the kind and the text.
    choose(qtbot, ui.kindCombo, "acknowledgement")
    box = dialog.confirm_box
    assert box is not None and box.objectName() == "confirmRewriteBox"
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    assert dialog.kind == "claim-response" and ui.kindCombo.currentData() == "claim-response"
    assert "Өз сөзім." in dialog.body()
    # "Rewrite from the template" asks too, and then writes the text anew with the details.
    click(qtbot, ui.rewriteButton)
    box = dialog.confirm_box
    click(qtbot, box.findChild(QPushButton, "confirmRewriteButton"))
    settle(qtbot, dialog, wait_idle)
    assert "Өз сөзім." not in dialog.body() and "Шешім қабылданды" in dialog.body()
    assert not ui.rewriteNote.isVisibleTo(dialog)


def test_a_draft_is_kept_and_continued(qtbot, open_dialog, demo_ctx, kk_claim, wait_idle, ops):
    changes = []
    ops.changed.connect(changes.append)
    dialog = open_dialog(kk_claim.id, kind="acknowledgement")
    type_text(dialog.ui.bodyEdit, "Жоба мәтіні. ")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle()
    assert dialog.letter_id is not None
    assert "Draft saved" in dialog.ui.statusLabel.text()
    assert any(LETTERS in c for c in changes)
    draft = letters.get(demo_ctx, dialog.letter_id)
    assert draft.finalized_at is None and draft.body.startswith("Жоба мәтіні. ")
    dialog.close()

    again = open_dialog(kk_claim.id, letter_id=draft.id)
    assert again.kind == "acknowledgement" and again.body() == draft.body
    assert again.ui.preview.showing_pdf and not again.locked
    # Unsaved edits: closing asks, and "Save draft" keeps them in the same draft.
    type_text(again.ui.bodyEdit, "Тағы. ")
    again.reject()
    box = again.confirm_box
    assert box is not None and box.objectName() == "unsavedBox"
    click(qtbot, box.findChild(QPushButton, "unsavedSaveButton"))
    wait_idle()
    qtbot.waitUntil(lambda: not shiboken6.isValid(again) or not again.isVisible())
    kept = letters.letters_of(demo_ctx, kk_claim.id)
    assert [r.id for r in kept] == [draft.id]
    assert kept[0].body.startswith("Тағы. Жоба мәтіні. ")


def test_a_final_letter_opens_locked(qtbot, open_dialog, demo_ctx, kk_claim):
    done = letters.finalise(demo_ctx, kk_claim.id, "acknowledgement", "kk")
    dialog = open_dialog(kk_claim.id, letter_id=done.letter.id)
    ui = dialog.ui
    assert dialog.locked and ui.bodyEdit.isReadOnly()
    assert ui.preview.data == done.letter.pdf
    assert done.letter.out_number in ui.finalBanner.text()
    assert ui.savePdfButton.isEnabled() and ui.printButton.isEnabled()
    assert not ui.finaliseButton.isVisible()


def test_printing_several_pdfs_is_one_job_with_every_page(qapp, tmp_path, demo_ctx, kk_claim):
    one = letters.render(letters.build(demo_ctx, kk_claim.id, "acknowledgement", "kk"), "pdf")
    two = letters.render(letters.build(demo_ctx, kk_claim.id, "claim-response", "bi"), "pdf")
    pages = pdf_pages(one) + pdf_pages(two)
    seen = []
    out = tmp_path / "job.pdf"
    assert printing.print_pdfs([one, two], pdf_printer(out), lambda d, t: seen.append((d, t))) == (
        pages
    )
    assert pdf_pages(out.read_bytes()) == pages
    assert seen[-1] == (pages, pages)
    # A page range from the print dialog is honoured.
    ranged = pdf_printer(tmp_path / "range.pdf")
    ranged.setPrintRange(QPrinter.PrintRange.PageRange)
    ranged.setFromTo(2, 2)
    assert printing.print_pdfs([one, two], ranged) == 1
    assert pdf_pages((tmp_path / "range.pdf").read_bytes()) == 1
    assert printing.page_count(two) == pdf_pages(two)


def test_file_stem_is_safe_for_any_folder():
    assert file_stem("ДД-2026/0042", "refusal", "kk") == "ДД-2026-0042_refusal_kk"
    assert file_stem("A/B", "access", "bi", "ИС-2026/7") == "A-B_access_bi_№ИС-2026-7"


@pytest.mark.parametrize("type_", ["access", "consent_withdrawal"])
def test_the_kind_list_is_the_domains_rule(open_dialog, demo_ctx, type_):
    """The dialog offers the kinds the command line allows: it asks the same rule."""
    request = find_request(demo_ctx, type=type_, status=Status.IN_PROGRESS.value)
    dialog = open_dialog(request.id)
    combo = dialog.ui.kindCombo
    listed = [combo.itemData(i) for i in range(combo.count())]
    writable = [k for k in listed if not dialog.kind_reasons()[k]]
    facts = letters.facts(demo_ctx, request.id)
    assert writable == [k.value for k in letter_rules.allowed_kinds(facts)]
    assert listed == [v.kind.value for v in letter_rules.letter_kinds(facts)]
    for kind in letter_rules.KINDS:  # what `derbes letter` checks before it writes anything
        try:
            letters.check_allowed(demo_ctx, request.id, kind)
            allowed = True
        except DomainError:
            allowed = False
        assert allowed == (kind in writable), kind
    if type_ == "access":
        assert "refusal" not in listed and "destruction-act" not in listed
    else:  # nothing recorded on the withdrawal yet: its letters wait for the workflow
        assert "claim-response" not in listed and "refusal" in listed
        assert not {"refusal", "deregistration", "destruction-act"} & set(writable)
    for kind in set(listed) - set(writable):  # greyed, with the rule's reason as the tip
        tip = combo.itemData(combo.findData(kind), Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("Not possible for this request: ")
