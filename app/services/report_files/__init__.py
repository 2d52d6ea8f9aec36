"""Report files: the period's report (:mod:`app.services.reports`) as a PDF with its chart or
as an XLSX workbook, in Kazakh, Russian or English. Rendering is pure work (no database);
writing goes through :mod:`app.services.outputs` (atomic, never an existing file without
``force``, never the database)."""

from __future__ import annotations

import os
from pathlib import Path

from app.domain.errors import DomainError
from app.services import outputs
from app.services.reports import ReportData

FORMATS = ("pdf", "xlsx")
LANGUAGES = ("kk", "ru", "en")


def render(data: ReportData, fmt: str, language: str) -> bytes:
    """The report as ``fmt`` (pdf | xlsx) with its headings in ``language``."""
    from app.services.report_files import content

    if fmt not in FORMATS:
        raise DomainError.at("format", "report_format", value=fmt, formats=list(FORMATS))
    if language not in LANGUAGES:
        raise DomainError.at("lang", "report_language", value=language)
    shown = content.build(data, language)
    if fmt == "pdf":
        from app.services.report_files import pdf

        return pdf.render(shown)
    from app.services.report_files import xlsx

    return xlsx.render(shown)


def format_of(path: str | os.PathLike) -> str | None:
    """The format a file name asks for by its extension (None: neither)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def write(
    path: str | os.PathLike, data: bytes, *, force: bool = False, protect=(), field: str = "out"
) -> Path:
    return outputs.write_file(path, data, force=force, protect=protect, field=field)
