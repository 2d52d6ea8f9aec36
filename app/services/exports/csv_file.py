"""CSV as Excel in Kazakhstan opens it: UTF-8 with a BOM, `;` between fields, ISO dates."""

from __future__ import annotations

import csv
import datetime as dt
import io


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def to_csv(reg) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(reg.headings)
    for row in reg.rows:
        writer.writerow([_text(v) for v in row])
    return buf.getvalue().encode("utf-8-sig")
