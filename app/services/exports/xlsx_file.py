"""XLSX with openpyxl: a bold header row, real dates, fitted widths, frozen header, autofilter."""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

DATE_FORMAT = "DD.MM.YYYY"
MAX_WIDTH = 60


def to_xlsx(reg) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = reg.title[:31]
    ws.append(list(reg.headings))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [len(h) for h in reg.headings]
    for row in reg.rows:
        ws.append(list(row))
        for i, value in enumerate(row):
            shown = value.strftime("%d.%m.%Y") if isinstance(value, dt.date) else str(value or "")
            widths[i] = max(widths[i], len(shown))
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, dt.date):
                cell.number_format = DATE_FORMAT
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(width + 2, MAX_WIDTH)
    ws.freeze_panes = "A2"
    last = get_column_letter(max(len(reg.headings), 1))
    ws.auto_filter.ref = f"A1:{last}{len(reg.rows) + 1}"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
