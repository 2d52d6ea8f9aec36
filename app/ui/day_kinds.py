"""How the window words and colours a day by its kind (:class:`app.domain.calendar.DayKind`),
never by the text of its reason: the case's explanation of a deadline and the calendar page."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from app.domain.calendar import DayKind

_CTX = "DayKinds"

KIND_TEXTS = {
    DayKind.WORKDAY: QT_TRANSLATE_NOOP("DayKinds", "working day"),
    DayKind.WEEKEND: QT_TRANSLATE_NOOP("DayKinds", "weekend"),
    DayKind.HOLIDAY: QT_TRANSLATE_NOOP("DayKinds", "public holiday"),
    DayKind.TRANSFERRED_DAY_OFF: QT_TRANSLATE_NOOP(
        "DayKinds", "day off moved from a working weekend day"
    ),
    DayKind.WORKING_SATURDAY: QT_TRANSLATE_NOOP("DayKinds", "transferred working day"),
    DayKind.CLOCK_STOPPED: QT_TRANSLATE_NOOP("DayKinds", "the clock was stopped"),
}
OVERRIDE_TEXTS = {
    False: QT_TRANSLATE_NOOP("DayKinds", "holiday (override)"),
    True: QT_TRANSLATE_NOOP("DayKinds", "working day (override)"),
}

# (background, text) per kind: days off reddish, working weekend days green, stops violet.
OFF_COLORS = (QColor("#fbe9e7"), QColor("#8c2a1c"))
WORK_COLORS = (QColor("#e8f3e8"), QColor("#2e6b34"))
STOP_COLORS = (QColor("#ece8f5"), QColor("#4b3b7a"))


def kind_text(kind: DayKind, working: bool = False, name: str = "") -> str:
    """The day in words: a holiday by its name, an override by its note (else which way it
    goes), a clock stop by its reason, every other kind by the kind itself."""
    kind = DayKind(kind)
    if kind is DayKind.USER_OVERRIDE:
        return name or QCoreApplication.translate(_CTX, OVERRIDE_TEXTS[bool(working)])
    if kind in (DayKind.HOLIDAY, DayKind.CLOCK_STOPPED) and name:
        return name
    return QCoreApplication.translate(_CTX, KIND_TEXTS[kind])


def kind_colors(kind: DayKind, working: bool) -> tuple[QColor, QColor]:
    if DayKind(kind) is DayKind.CLOCK_STOPPED:
        return STOP_COLORS
    return WORK_COLORS if working else OFF_COLORS
