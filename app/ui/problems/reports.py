"""The wording of the codes of reports (and their fields)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

REPORTS: dict[str, str] = {
    # == i10-reports ==
    "period_reversed": QT_TRANSLATE_NOOP(
        "Problems", "The period cannot end before it starts ({start})."
    ),
    "report_format": QT_TRANSLATE_NOOP(
        "Problems", "“{value}” is not a report format: choose PDF or XLSX."
    ),
    "report_language": QT_TRANSLATE_NOOP(
        "Problems", "“{value}” is not a language of reports: choose Kazakh, Russian or English."
    ),
    # (end of section)
}

REPORTS_FIELDS: dict[str, str] = {
    "to": QT_TRANSLATE_NOOP("Problems", "To"),
}
