"""Writers of a :class:`app.services.registers.Register`: XLSX, CSV, PDF (bytes)."""

from __future__ import annotations

from app.services.exports.csv_file import to_csv
from app.services.exports.pdf_file import to_pdf
from app.services.exports.xlsx_file import to_xlsx

WRITERS = {"xlsx": to_xlsx, "csv": to_csv, "pdf": to_pdf}

__all__ = ["WRITERS", "to_csv", "to_pdf", "to_xlsx"]
