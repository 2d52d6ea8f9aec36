"""The Reports screen, driven like the officer does: a preset or two dates, an operator, the
figures, the chart, and the report saved as PDF and XLSX."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from app.ui.screens.reports import PRESETS, ReportsScreen
from tests.unit.test_reports_service import build_cases


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def table_rows(table) -> list[tuple[str, ...]]:
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def test_the_screen_shows_a_period_and_saves_its_report(
    qtbot, shell_factory, wait_idle, sqlite_ctx, tmp_path
):
    op, other = build_cases(sqlite_ctx)
    window = shell_factory([ReportsScreen])
    screen = window.screens["reports"]
    wait_idle()
    # this month (November 2026): the September request is not in it
    assert screen.period() == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert screen.figures["total"].text() == "4"
    assert screen.figures["stopped_days"].text() == "8"

    # the dates typed by hand: September to November, then one operator
    screen.start_edit.setFocus()
    screen.start_edit.setDate(QDate(2026, 9, 1))
    screen.start_edit.editingFinished.emit()
    wait_idle()
    assert PRESETS[screen.preset.currentIndex()] == "custom"
    assert screen.figures["total"].text() == "5"
    names = [screen.operator_combo.itemText(i) for i in range(screen.operator_combo.count())]
    screen.operator_combo.setCurrentIndex(screen._op_values.index(op.id))
    screen.operator_combo.activated.emit(screen.operator_combo.currentIndex())
    wait_idle()
    assert len(names) == 3
    figures = {k: label.text() for k, label in screen.figures.items()}
    assert figures["total"] == "4" and figures["late"] == "1" and figures["on_time"] == "2"
    assert figures["rate"] == "66.7 %" and figures["median"] == "11.5" and figures["max"] == "14"
    assert ("Consent withdrawal", "1", "25.0 %") in table_rows(screen.tables["by_type"])
    assert table_rows(screen.tables["by_outcome"])[0] == ("Still open", "2", "50.0 %")
    assert ("E-mail", "1", "25.0 %") in table_rows(screen.tables["by_channel"])
    series = screen.chart_view.chart().series()
    assert len(series) == 1
    assert sum(series[0].barSets()[0].at(i) for i in range(4)) == 4

    # saved as PDF in Russian, then as XLSX: through the save dialog
    screen.language_combo.setCurrentIndex(screen.language_combo.findData("ru"))
    click(qtbot, screen.pdf_button)
    dialog = screen.dialog
    assert (
        isinstance(dialog, QFileDialog) and dialog.isVisible() and dialog.defaultSuffix() == "pdf"
    )
    out = tmp_path / "report.pdf"
    dialog.fileSelected.emit(str(out))
    qtbot.waitUntil(lambda: "Saved" in screen.status.text(), timeout=10_000)
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Поступило обращений за период 4" in text and "ТОО «Senimkey»" in text
    dialog.close()

    click(qtbot, screen.xlsx_button)
    book_path = tmp_path / "report.xlsx"
    assert screen.dialog is not dialog and screen.dialog.defaultSuffix() == "xlsx"
    screen.dialog.fileSelected.emit(str(book_path))
    qtbot.waitUntil(lambda: str(book_path) in screen.status.text(), timeout=10_000)
    book = load_workbook(book_path)
    rows = list(book["Операторы"].iter_rows(min_row=2, values_only=True))
    assert rows == [("ТОО «Senimkey»", 4, 1.0)]


def test_presets_set_the_period(qtbot, shell_factory, wait_idle, sqlite_ctx):
    build_cases(sqlite_ctx)
    screen = shell_factory([ReportsScreen]).screens["reports"]
    wait_idle()
    screen.preset.setCurrentIndex(PRESETS.index("last_month"))
    screen.preset.activated.emit(PRESETS.index("last_month"))
    wait_idle()
    assert screen.period() == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert screen.figures["total"].text() == "0" and screen.figures["rate"].text() == "—"
    assert screen.chart_view.chart().series() == []
    screen.preset.setCurrentIndex(PRESETS.index("this_year"))
    screen.preset.activated.emit(PRESETS.index("this_year"))
    wait_idle()
    assert screen.period() == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert screen.figures["total"].text() == "6"
    # a reversed period says why in the screen's words
    screen.end_edit.setDate(QDate(2025, 12, 1))
    screen.end_edit.editingFinished.emit()
    wait_idle()
    assert "cannot end before it starts" in screen.status.text()
