"""Letters for several requests of the demo at once: files in a folder, one print job, the
requests that cannot have the letter listed with the reason, and stopping half-way."""

from __future__ import annotations

import io
import threading

import docx
import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrintDialog

from app.domain import letter_rules
from app.services import letters, requests
from app.ui.letters.batch import BatchLettersDialog
from tests import withdrawal_rows
from tests.helpers import register
from tests.ui.test_prepare_letter import pdf_pages, pdf_printer, pdf_text


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_radio(qtbot, radio) -> None:
    """On the round button itself: a radio stretched by its layout ignores clicks beside it."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()


def demo_requests(ctx, count: int, where=None, **want) -> list:
    found = []
    for rid in range(1, 200):
        try:
            r = requests.get(ctx, rid)
        except Exception:
            break
        if all(getattr(r, k) == v for k, v in want.items()) and (where is None or where(r)):
            found.append(r)
        if len(found) == count:
            return found
    raise AssertionError(f"not {count} demo requests with {want}")


@pytest.fixture
def three(demo_ctx):
    return demo_requests(demo_ctx, 3, language="kk")


@pytest.fixture
def open_batch(qtbot, ops, prefs, wait_idle):
    def make(ids) -> BatchLettersDialog:
        dialog = BatchLettersDialog(ops, prefs, ids, None)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_idle()
        return dialog

    return make


def stem(reg_number: str) -> str:
    return reg_number.replace("/", "-")


def test_three_requests_make_three_files(qtbot, open_batch, three, tmp_path, wait_idle):
    dialog = open_batch([r.id for r in three])
    ui = dialog.ui
    assert ui.titleLabel.text() == "Letters for 3 requests"
    assert all(r.reg_number in ui.requestsLabel.text() for r in three)
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("acknowledgement"))
    click_radio(qtbot, ui.kazakhRadio)
    ui.folderEdit.setText(str(tmp_path))
    click(qtbot, ui.startButton)
    wait_idle()
    files = sorted(tmp_path.glob("*.pdf"))
    assert [f.name for f in files] == sorted(
        f"{stem(r.reg_number)}_acknowledgement.pdf" for r in three
    )
    for r in three:
        text = pdf_text((tmp_path / f"{stem(r.reg_number)}_acknowledgement.pdf").read_bytes())
        assert r.reg_number in text and "Өтініш" in text
    assert ui.progressBar.value() == 3
    assert "3 of 3 letters written" in ui.progressLabel.text()
    assert ui.resultsList.count() == 3 and ui.openFolderButton.isVisible()
    assert not dialog.running and ui.closeButton.isEnabled()
    # The choices are remembered for next time.
    assert dialog.prefs.get("batch/kind") == "acknowledgement"
    assert dialog.prefs.get("batch/language") == "kk"

    # Again as DOCX: existing files are not overwritten.
    ui.formatCombo.setCurrentIndex(ui.formatCombo.findData("docx"))
    click(qtbot, ui.startButton)
    wait_idle()
    made = sorted(tmp_path.glob("*.docx"))
    assert len(made) == 3
    body = "\n".join(p.text for p in docx.Document(io.BytesIO(made[0].read_bytes())).paragraphs)
    assert any(r.reg_number in body for r in three)


def test_requests_that_cannot_have_the_letter_are_listed_with_why(
    qtbot, open_batch, demo_ctx, tmp_path, wait_idle
):
    withdrawal = "consent_withdrawal"
    linked = demo_requests(
        demo_ctx, 2, language="kk", type=withdrawal, where=lambda r: r.subject_id is not None
    )
    # a withdrawal not linked to anyone yet (the demo links the ones it works)
    loose = [register(demo_ctx, type=withdrawal, language="kk", signed=True)]
    for r in linked:  # the work recorded and the act finalised: the confirmation may follow
        withdrawal_rows.record(demo_ctx, r.id)
        letters.finalise(demo_ctx, r.id, "destruction-act", "kk")
    open_ = demo_requests(
        demo_ctx,
        3,
        language="kk",
        type=withdrawal,
        where=lambda r: r.subject_id is not None and r.id not in {x.id for x in linked},
    )[-1]
    withdrawal_rows.record(demo_ctx, open_.id, chosen=False)  # no outcome chosen yet
    ids = [linked[0].id, loose[0].id, linked[1].id, open_.id]
    dialog = open_batch(ids)
    ui = dialog.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("deregistration"))
    ui.folderEdit.setText(str(tmp_path))
    click(qtbot, ui.startButton)
    wait_idle()
    assert len(list(tmp_path.glob("*.pdf"))) == 2
    texts = [ui.resultsList.item(i).text() for i in range(ui.resultsList.count())]
    failed = [t for t in texts if t.startswith("✗")]
    assert len(failed) == 2
    assert loose[0].reg_number in failed[0] and "Link the request to the subject" in failed[0]
    assert open_.reg_number in failed[1] and "without an outcome: 3" in failed[1]
    assert "could not have the letter" in ui.progressLabel.text()


def test_a_refusal_states_each_cases_ground_and_a_folder_must_exist(
    open_batch, three, tmp_path, qtbot
):
    dialog = open_batch([r.id for r in three])
    ui = dialog.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("refusal"))
    # no ground to choose here: each refusal states what its own case's decision recorded
    assert ui.workflowNote.isVisible() and not ui.questionEdit.isVisible()
    assert "Withdrawal tab" in ui.workflowNote.text()
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("acknowledgement"))
    assert not ui.workflowNote.isVisible()
    ui.folderEdit.setText(str(tmp_path / "missing"))
    click(qtbot, ui.startButton)
    assert not dialog.running
    assert ui.folderError.isVisible() and "no folder" in ui.folderError.text()
    assert not (tmp_path / "missing").exists() and not list(tmp_path.glob("*.pdf"))


def test_stopping_half_way_keeps_what_was_written(
    qtbot, open_batch, three, tmp_path, wait_idle, monkeypatch
):
    gate = threading.Event()
    real = letters.render_prepared
    made = []

    def slow(*args, **kw):
        made.append(1)
        if len(made) == 2:
            gate.wait(10)  # the second letter waits until the officer has pressed Stop
        return real(*args, **kw)

    monkeypatch.setattr(letters, "render_prepared", slow)
    dialog = open_batch([r.id for r in three])
    ui = dialog.ui
    ui.folderEdit.setText(str(tmp_path))
    click(qtbot, ui.startButton)
    qtbot.waitUntil(lambda: ui.progressBar.value() == 1, timeout=15_000)
    assert dialog.running and ui.stopButton.isVisible() and not ui.closeButton.isEnabled()
    click(qtbot, ui.stopButton)
    gate.set()
    wait_idle()
    assert not dialog.running
    assert len(list(tmp_path.glob("*.pdf"))) == 1
    assert "Stopped: 1 of 3" in ui.progressLabel.text()


def test_print_all_is_one_job(qtbot, open_batch, demo_ctx, three, tmp_path, wait_idle):
    dialog = open_batch([r.id for r in three])
    ui = dialog.ui
    click_radio(qtbot, ui.printRadio)
    assert ui.startButton.text() == "&Print…" and not ui.folderEdit.isEnabled()
    click(qtbot, ui.startButton)
    chooser = dialog.findChild(QPrintDialog, "printDialog")
    assert chooser is not None and chooser.isVisible()
    chooser.reject()
    assert not dialog.running
    out = tmp_path / "all.pdf"
    dialog.run(printer=pdf_printer(out))
    wait_idle()
    expected = sum(
        pdf_pages(letters.render(letters.build(demo_ctx, r.id, "acknowledgement"), "pdf"))
        for r in three
    )
    assert len(pypdf.PdfReader(str(out)).pages) == expected
    assert f"{expected} pages in one job" in ui.progressLabel.text()
    assert ui.resultsList.count() == 3


def test_the_kinds_are_marked_by_the_domains_rule(open_batch, demo_ctx):
    withdrawal = demo_requests(
        demo_ctx, 1, type="consent_withdrawal", where=lambda r: r.subject_id is not None
    )[0]
    access = demo_requests(demo_ctx, 1, type="access", where=lambda r: r.subject_id is not None)[0]
    withdrawal_rows.record(
        demo_ctx, withdrawal.id, decision="refused", ground="law", ground_detail="Заң", act=False
    )
    dialog = open_batch([withdrawal.id, access.id])
    combo = dialog.ui.kindCombo

    def tip(kind):
        return combo.itemData(combo.findData(kind), Qt.ItemDataRole.ToolTipRole)

    expected = {}
    for r in (withdrawal, access):
        for kind in letter_rules.allowed_kinds(letters.facts(demo_ctx, r.id)):
            expected[kind.value] = expected.get(kind.value, 0) + 1
    assert sorted(dialog.allowed_kinds()) == sorted(expected)
    assert "refusal" in expected and "access" in expected and "claim-response" not in expected
    assert tip("claim-response") == "None of these requests may have this letter"
    assert tip("refusal") == "1 of these requests may have this letter"
    assert tip("acknowledgement") is None  # both may have it
