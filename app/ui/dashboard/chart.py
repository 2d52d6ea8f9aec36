"""Requests received per month by type (stacked bars) and the share answered on time (a line
on its own axis, in per cent)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from app.domain.dashboard import Month
from app.domain.requests import RequestType
from app.ui import labels

# One colour per request type, in RequestType order.
_COLOURS = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#9c755f",
)


class IntakeChart(QChartView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("intakeChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)  # as the place the dashboard keeps for it
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.setTitle(self.tr("Requests received per month, and the share answered on time"))
        self.setChart(chart)
        self.months: list[Month] = []
        self.bars: QStackedBarSeries | None = None
        self.rate: QLineSeries | None = None

    def set_months(self, months: list[Month]) -> None:
        self.months = list(months)
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        categories = [m.start.strftime("%m.%Y") for m in months]
        bars = QStackedBarSeries()
        present = [t for t in RequestType if any(m.by_type.get(t.value) for m in months)]
        for rtype in present:
            bar = QBarSet(labels.type_label(rtype))
            bar.setColor(QColor(_COLOURS[list(RequestType).index(rtype) % len(_COLOURS)]))
            bar.append([float(m.by_type.get(rtype.value, 0)) for m in months])
            bars.append(bar)
        chart.addSeries(bars)
        rate = QLineSeries()
        rate.setName(self.tr("On time, %"))
        rate.setPen(QPen(QColor("#222222"), 2))
        rate.setPointsVisible(True)
        for i, m in enumerate(months):
            if m.on_time_rate is not None:
                rate.append(QPointF(i, round(100 * m.on_time_rate, 1)))
        chart.addSeries(rate)

        x = QBarCategoryAxis()
        x.append(categories)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        top = max((m.received for m in months), default=0)
        counts.setRange(0, max(5, top))
        counts.applyNiceNumbers()
        counts.setTitleText(self.tr("Received"))
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        percent = QValueAxis()
        percent.setRange(0, 100)
        percent.setLabelFormat("%d%%")
        percent.setTitleText(self.tr("On time"))
        chart.addAxis(percent, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(x)
        bars.attachAxis(counts)
        rate.attachAxis(x)
        rate.attachAxis(percent)
        self.bars, self.rate = bars, rate
