"""The wording of the codes of the registers export."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

REGISTERS: dict[str, str] = {
    # == i10-registers ==
    "register.kind_unknown": QT_TRANSLATE_NOOP(
        "Problems", "There is no register “{kind}” (incoming or outgoing)."
    ),
    "register.language_unknown": QT_TRANSLATE_NOOP(
        "Problems", "A register is written in Kazakh, Russian or English, not “{language}”."
    ),
    "register.column_unknown": QT_TRANSLATE_NOOP(
        "Problems", "The register has no column “{column}”."
    ),
    "register.format_unknown": QT_TRANSLATE_NOOP(
        "Problems", "Save the register as .xlsx, .csv or .pdf, not “{suffix}”."
    ),
    "register.outgoing_filters": QT_TRANSLATE_NOOP(
        "Problems", "The outgoing register is filtered only by operator and search."
    ),
}
