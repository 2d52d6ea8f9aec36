"""The report as an XLSX workbook (openpyxl): a summary sheet with the key figures (numbers
as numbers, the on-time rate as a per-cent cell), then one sheet per breakdown with a header
row, frozen under it, an autofilter and fitted widths."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.services.report_files import words
from app.services.report_files.content import Content

HEAD_FILL = PatternFill("solid", fgColor="E8ECF3")
BOLD = Font(bold=True)
PERCENT = "0.0%"


def _header(ws, names: list[str], row: int) -> None:
    for i, name in enumerate(names, start=1):
        cell = ws.cell(row=row, column=i, value=name)
        cell.font, cell.fill = BOLD, HEAD_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)


def _fit(ws, widths: list[int]) -> None:
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width


def render(content: Content) -> bytes:
    w = lambda key: words.word(content.language, key)  # noqa: E731
    book = Workbook()
    summary = book.active
    summary.title = w("sheet_summary")
    for line, text in enumerate((content.title, content.period, content.operator, content.made)):
        summary.cell(row=line + 1, column=1, value=text).font = BOLD if line == 0 else Font()
    first = 6
    _header(summary, [w("figure"), w("value")], first)
    for i, (label, value) in enumerate(content.figures):
        summary.cell(row=first + 1 + i, column=1, value=label)
        cell = summary.cell(row=first + 1 + i, column=2, value=value)
        if i == content.rate_row:
            cell.number_format = PERCENT
        elif isinstance(value, float):
            cell.number_format = "0.0"
    summary.freeze_panes = summary.cell(row=first + 1, column=1)
    _fit(summary, [max(48, *(len(label) + 2 for label, _v in content.figures)), 14])

    for b in content.breakdowns:
        ws = book.create_sheet(b.sheet)
        _header(ws, [b.column, w("count"), w("share")], 1)
        for i, (name, n, share) in enumerate(b.rows, start=2):
            ws.cell(row=i, column=1, value=name)
            ws.cell(row=i, column=2, value=n)
            ws.cell(row=i, column=3, value=share).number_format = PERCENT
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:C{max(1, len(b.rows)) + 1}"
        longest = max([len(b.column), *(len(name) for name, _n, _s in b.rows)])
        _fit(ws, [min(80, longest + 4), 12, 12])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
