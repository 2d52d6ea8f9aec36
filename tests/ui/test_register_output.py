"""File › Export register and Print register: the register the screen shows, with its filters
and visible columns, in the interface's language."""

from __future__ import annotations

import csv
import io

import openpyxl
from pypdf import PdfReader

from app.domain.requests import TYPE_LABELS, RequestType
from app.services import register
from app.ui.models import request_table as t


def _shell(shell_factory, wait_idle):
    window = shell_factory()
    wait_idle()
    return window


def test_export_the_filtered_incoming_register_to_xlsx_and_csv(
    qtbot, demo_ctx, shell_factory, wait_idle, tmp_path
):
    window = _shell(shell_factory, wait_idle)
    screen = window.show_screen("requests")
    screen.apply_filters(type="claim")
    wait_idle()
    screen.table.horizontalHeader().hideSection(t.STATUS)  # the officer hid a column
    expected = register.list_requests(demo_ctx, register.to_filter(demo_ctx, screen._criteria()))
    assert expected and len(expected) == screen.model.rowCount()

    window.export_action.trigger()
    dialog = window.register_output.dialog
    assert dialog is not None and dialog.objectName() == "exportRegisterDialog"
    out = tmp_path / "claims.xlsx"
    dialog.fileSelected.emit(str(out))
    qtbot.waitUntil(out.exists, timeout=10_000)
    wait_idle()
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    # the columns as the screen shows them, in its order, without the hidden Status
    assert rows[0] == ("Reg. number", "Received", "Due", "Sender", "Type")
    assert [r[0] for r in rows[1:]] == [r.reg_number for r in expected]
    assert {r[4] for r in rows[1:]} == {TYPE_LABELS[RequestType.CLAIM]["en"]}  # words, not codes
    assert "Register saved" in window.statusBar().currentMessage()

    window.export_action.trigger()
    out_csv = tmp_path / "claims.csv"
    window.register_output.dialog.fileSelected.emit(str(out_csv))
    qtbot.waitUntil(out_csv.exists, timeout=10_000)
    text = out_csv.read_bytes().decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert [line[0] for line in lines[1:]] == [r.reg_number for r in expected]


def test_the_kazakh_window_exports_kazakh_headings_and_the_outgoing_register(
    kazakh, qtbot, demo_ctx, shell_factory, wait_idle, tmp_path
):
    window = _shell(shell_factory, wait_idle)
    window.show_screen("outgoing")
    wait_idle()
    window.export_action.trigger()
    out = tmp_path / "out.pdf"
    window.register_output.dialog.fileSelected.emit(str(out))
    qtbot.waitUntil(out.exists, timeout=10_000)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Шығыс хаттар тізілімі" in text
    assert "Шығыс нөмірі" in text


def test_no_register_on_the_dashboard(qtbot, demo_ctx, shell_factory, wait_idle):
    window = _shell(shell_factory, wait_idle)
    window.show_screen("dashboard")
    window.export_action.trigger()
    assert getattr(window, "register_output", None) is None
    assert "Requests or Outgoing" in window.statusBar().currentMessage()
