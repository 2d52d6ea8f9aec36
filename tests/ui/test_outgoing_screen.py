"""The Outgoing screen and the dispatch dialog, driven like the officer does."""

from __future__ import annotations

import io

import pypdf
import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from app.services import outgoing, requests
from app.ui.dialogs.dispatch_dialog import DispatchDialog, LetterOutcomeDialog
from app.ui.models.outgoing_table import OutgoingTableModel
from app.ui.screens.dashboard import DashboardScreen
from app.ui.screens.outgoing import OutgoingScreen
from tests.helpers import make_operator
from tests.unit.test_dispatch import answered, s10

BAD = "RR123456789KZ"


@pytest.fixture
def answers(sqlite_ctx):
    make_operator(
        sqlite_ctx,
        signatory_position_kk="Директор",
        signatory_position_ru="Директор",
        signatory_name="Д. Н. Сәрсенбаев",
    )
    return [answered(sqlite_ctx, sender=n) for n in ("Әлиев Нұрлан", "Иванова Анна")]


@pytest.fixture
def shell(shell_factory, wait_idle, answers):
    window = shell_factory([DashboardScreen, OutgoingScreen])
    wait_idle()
    return window


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def select_all(screen) -> None:
    model = screen.table.selectionModel()
    for row in range(screen.model.rowCount()):
        model.select(
            screen.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def load_rows(screen, wait_idle) -> None:
    for row in range(screen.model.rowCount()):
        screen.model.index(row, 0).data()
    wait_idle()


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join((p.extract_text() or "") for p in reader.pages).split())


def test_model_passes_the_model_tester(qtmodeltester, ops, answers, wait_idle):
    model = OutgoingTableModel(ops)
    model.show_list("to_post")
    wait_idle()
    assert model.rowCount() == 2
    for row in range(2):
        model.index(row, 0).data()
    wait_idle()
    qtmodeltester.check(model)


def test_a_bad_s10_warns_and_a_good_one_does_not(qtbot, ops, sqlite_ctx, answers, wait_idle):
    rows = outgoing.rows(sqlite_ctx, outgoing.ids(sqlite_ctx, "to_post"))
    dialog = DispatchDialog(ops, rows)
    qtbot.addWidget(dialog)
    dialog.show()
    first, second = dialog.tracking_edits
    qtbot.keyClicks(first, "rr123456785kz")
    qtbot.keyClicks(second, s10("55555555"))
    assert not dialog.has_warning() and dialog.ok_button.isEnabled()
    assert dialog.ui.lettersTable.item(0, 3).text() == "✓"
    second.clear()
    qtbot.keyClicks(second, BAD)
    assert dialog.has_warning() and BAD in dialog.ui.warningLabel.text()
    assert dialog.ui.acceptCheck.isVisible() and not dialog.ok_button.isEnabled()
    box = dialog.ui.acceptCheck  # the box spans the dialog: click on its tick
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    assert dialog.ok_button.isEnabled()
    # hand delivery takes no tracking number: the column goes, and so does the warning
    dialog.ui.methodCombo.setCurrentIndex(dialog.ui.methodCombo.findData("hand"))
    assert not dialog.has_warning() and dialog.ui.lettersTable.isColumnHidden(2)


def test_dispatching_from_the_screen_sends_the_requests_and_moves_the_counts(
    qtbot, shell, sqlite_ctx, answers, wait_idle
):
    dashboard = shell.show_screen("dashboard")
    wait_idle()
    assert dashboard.counts["letters_to_post"].text() == "2"
    assert dashboard.counts["awaiting_delivery"].text() == "0"
    screen = shell.show_screen("outgoing")
    wait_idle()
    assert screen.tabs.tabText(0).endswith("(2)") and screen.model.rowCount() == 2
    load_rows(screen, wait_idle)
    assert not screen.dispatch_button.isEnabled()
    select_all(screen)
    assert screen.dispatch_button.isEnabled()
    click(qtbot, screen.dispatch_button)
    dialog = screen.dialog
    assert isinstance(dialog, DispatchDialog) and dialog.isVisible()
    for n, edit in enumerate(dialog.tracking_edits):
        qtbot.keyClicks(edit, s10(f"7000000{n}"))
    with qtbot.waitSignal(dialog.dispatched, timeout=10_000):
        click(qtbot, dialog.ok_button)
    wait_idle()
    for r, _letter in answers:
        assert requests.get(sqlite_ctx, r.id).status == "sent"
    assert screen.tabs.tabText(0).endswith("(0)") and screen.tabs.tabText(2).endswith("(2)")
    screen.tabs.setCurrentIndex(2)
    wait_idle()
    load_rows(screen, wait_idle)
    assert screen.model.index(0, 8).data() in {s10("70000000"), s10("70000001")}
    shell.show_screen("dashboard")
    wait_idle()
    assert dashboard.counts["letters_to_post"].text() == "0"
    assert dashboard.counts["awaiting_delivery"].text() == "2"

    # the delivery notice of one closes its request
    screen = shell.show_screen("outgoing")
    wait_idle()
    screen.table.selectRow(0)
    assert screen.outcome_button.isEnabled() and not screen.dispatch_button.isEnabled()
    click(qtbot, screen.outcome_button)
    outcome = screen.dialog
    assert isinstance(outcome, LetterOutcomeDialog)
    with qtbot.waitSignal(outcome.saved, timeout=10_000) as saved:
        click(qtbot, outcome.save_button)
    wait_idle()
    assert saved.args[0].request_status == "closed"
    assert screen.tabs.tabText(3).endswith("(1)")


def test_the_post_office_list_saved_and_printed(
    qtbot, shell, sqlite_ctx, answers, tmp_path, wait_idle
):
    from app.services import dispatch

    dispatch.dispatch(
        sqlite_ctx,
        dispatch.Dispatch(
            "registered",
            sqlite_ctx.today(),
            [
                dispatch.Item(letter.id, s10(f"8000000{n}"))
                for n, (_r, letter) in enumerate(answers)
            ],
        ),
    )
    screen = shell.show_screen("outgoing")
    wait_idle()
    click(qtbot, screen.save_list_button)
    wait_idle()
    saver = screen.dialog
    assert saver is not None and saver.objectName() == "saveDialog"
    out = tmp_path / "list.pdf"
    saver.fileSelected.emit(str(out))
    wait_idle()
    text = pdf_text(out.read_bytes())
    assert s10("80000000") in text and s10("80000001") in text and "Әлиев Нұрлан" in text
    assert "Saved" in screen.status.text()

    screen.size_combo.setCurrentIndex(screen.size_combo.findData("C5"))
    click(qtbot, screen.print_env_button)
    wait_idle()
    chooser = screen.findChild(QPrintDialog, "printDialog")
    assert chooser is not None and chooser.isVisible()
    chooser.reject()
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setResolution(100)
    screen.print_to(printer, screen.last_pdf)
    wait_idle()
    qtbot.waitUntil(lambda: "Sent" in screen.status.text(), timeout=30_000)
    assert len(pypdf.PdfReader(printed).pages) == 2


def test_the_wait_for_a_delivery_notice_is_a_setting(qtbot, shell, sqlite_ctx, wait_idle):
    from app.services import dispatch

    screen = shell.show_screen("outgoing")
    wait_idle()
    assert screen.wait_spin.value() == dispatch.notice_wait(sqlite_ctx) == 30
    screen.wait_spin.setFocus()
    screen.wait_spin.selectAll()
    qtbot.keyClicks(screen.wait_spin, "12")
    qtbot.keyClick(screen.wait_spin, Qt.Key.Key_Return)
    wait_idle()
    assert dispatch.notice_wait(sqlite_ctx) == 12


def test_the_list_and_envelopes_for_the_selected_letters_only(
    qtbot, shell, sqlite_ctx, answers, wait_idle, tmp_path
):
    from app.services import dispatch

    items = [dispatch.Item(x.id, s10(f"8100000{n}")) for n, (_r, x) in enumerate(answers)]
    dispatch.dispatch(sqlite_ctx, dispatch.Dispatch("registered", sqlite_ctx.today(), items))
    screen = shell.show_screen("outgoing")
    wait_idle()
    screen.tabs.setCurrentIndex(2)  # awaiting a delivery notice
    wait_idle()
    load_rows(screen, wait_idle)
    assert not screen.selection_check.isEnabled()
    screen.table.selectRow(0)
    chosen = screen.selected_rows()[0]
    assert screen.selection_check.isEnabled()
    click(qtbot, screen.selection_check)
    assert screen.selection_check.isChecked()
    click(qtbot, screen.save_list_button)
    wait_idle()
    out = tmp_path / "selected.pdf"
    screen.dialog.fileSelected.emit(str(out))
    wait_idle()
    text = pdf_text(out.read_bytes())
    other = next(i.tracking for i in items if i.tracking != chosen.tracking)
    assert chosen.tracking in text and other not in text
    click(qtbot, screen.save_env_button)
    wait_idle()
    envelopes = pypdf.PdfReader(io.BytesIO(screen.last_pdf))
    assert len(envelopes.pages) == 1  # one envelope: the selected letter's
    screen.dialog.close()
