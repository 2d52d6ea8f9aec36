"""A month calendar whose days show how many open requests fall due on them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QCalendarWidget

from app.domain.deadlines import Urgency
from app.ui import labels


def to_date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DueCalendar(QCalendarWidget):
    """Days with requests due carry their count; choosing such a day (a click, or Enter)
    emits :attr:`day_chosen`; turning the page emits :attr:`month_shown` (year, month)."""

    day_chosen = Signal(object)  # a datetime.date
    month_shown = Signal(int, int)

    def __init__(self, parent=None, today: dt.date | None = None):
        """``today`` is the desk's day (the context's clock): the calendar opens on its month
        with it chosen, not on the machine's (Qt's own default)."""
        super().__init__(parent)
        self.setObjectName("dueCalendar")
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.counts: dict[dt.date, int] = {}
        self.today: dt.date | None = today
        if today is not None:
            self.setSelectedDate(to_qdate(today))
            self.setCurrentPage(today.year, today.month)
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)
        self.currentPageChanged.connect(lambda year, month: self.month_shown.emit(year, month))

    def shown_month(self) -> tuple[int, int]:
        return self.yearShown(), self.monthShown()

    def set_counts(self, counts: dict[dt.date, int], today: dt.date) -> None:
        self.counts = dict(counts)
        self.today = today
        total = sum(counts.values())
        self.setToolTip(
            self.tr("Requests due this month: {0}. Choose a day to list its requests.").format(
                total
            )
        )
        self.updateCells()

    def count_on(self, day: dt.date) -> int:
        return self.counts.get(day, 0)

    def _chosen(self, day: QDate) -> None:
        chosen = to_date(day)
        if self.counts.get(chosen):
            self.day_chosen.emit(chosen)

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:  # noqa: N802
        super().paintCell(painter, rect, date)
        day = to_date(date)
        n = self.counts.get(day)
        if not n:
            return
        today = self.today or dt.date.today()
        level = Urgency.OVERDUE if day < today else Urgency.TODAY if day == today else None
        background, fg = labels.URGENCY_COLORS[level or Urgency.WITHIN_10]
        painter.save()
        font = QFont(painter.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        font.setBold(True)
        painter.setFont(font)
        side = max(12, min(rect.height() // 2, painter.fontMetrics().height() + 2))
        badge = QRect(rect.right() - side - 1, rect.top() + 1, side, side)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fg))
        painter.drawEllipse(badge)
        painter.setPen(QColor(background))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(n))
        painter.restore()
