"""Reports: a period's requests counted by type, outcome, operator and channel, the on-time
rate, working days to answer and clock-stop time, with a chart of the requests by type; saved
as PDF or XLSX in Kazakh, Russian or English.

The period comes from two date pickers or a preset (this month, last month, this year); the
figures are read through ``ops.query`` (:func:`app.services.reports.gather`), the files
rendered and written on the pool (``ops.pure``), never on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import reports as rules
from app.services import operators, outputs, report_files, reports
from app.ui import labels, operations
from app.ui.messages import describe_error
from app.ui.prefs import LANGUAGE
from app.ui.screens.base import Screen

PRESETS = ("this_month", "last_month", "this_year", "custom")
FIGURES = (
    "total",
    "answered",
    "on_time",
    "late",
    "rate",
    "median",
    "max",
    "stopped",
    "stopped_days",
)
BREAKDOWNS = ("by_type", "by_outcome", "by_operator", "by_channel")


def _percent(share: float) -> str:
    """ "42,9 %" with the interface's decimal separator."""
    return f"{QLocale().toString(100 * share, 'f', 1)} %"


class ReportsScreen(Screen):
    key = "reports"
    topics = frozenset({operations.REQUESTS, operations.LETTERS, operations.OPERATORS})

    def __init__(self, shell):
        super().__init__(shell)
        self.setObjectName("reportsScreen")
        self.data: reports.ReportData | None = None
        self.dialog: QFileDialog | None = None
        self._operators: list[tuple[int, str]] = []
        self._op_values: list[int | None] = [None]
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)

        bar = QHBoxLayout()
        self.preset = QComboBox(objectName="reportPreset")
        for text in (
            self.tr("This month"),
            self.tr("Last month"),
            self.tr("This year"),
            self.tr("Chosen dates"),
        ):
            self.preset.addItem(text)
        self.preset.activated.connect(self._preset_chosen)
        self.start_edit = self._date_edit("reportFrom")
        self.end_edit = self._date_edit("reportTo")
        self.operator_combo = QComboBox(objectName="reportOperator")
        self.operator_combo.addItem(self.tr("All operators"))
        self.operator_combo.activated.connect(lambda _i: self.refresh())
        self.language_combo = QComboBox(objectName="reportLanguage")
        self.language_combo.setToolTip(self.tr("The language of the saved file's headings"))
        for code, text in (
            ("kk", self.tr("Kazakh")),
            ("ru", self.tr("Russian")),
            ("en", self.tr("English")),
        ):
            self.language_combo.addItem(text, code)
        bar.addWidget(QLabel(self.tr("&Period:"), buddy=self.preset))
        bar.addWidget(self.preset)
        bar.addWidget(QLabel(self.tr("from")))
        bar.addWidget(self.start_edit)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.end_edit)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("&Operator:"), buddy=self.operator_combo))
        bar.addWidget(self.operator_combo)
        bar.addStretch(1)
        outer.addLayout(bar)

        files = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"), objectName="savePdf")
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.xlsx_button = QPushButton(self.tr("Save as &XLSX…"), objectName="saveXlsx")
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        files.addWidget(QLabel(self.tr("File &language:"), buddy=self.language_combo))
        files.addWidget(self.language_combo)
        files.addWidget(self.pdf_button)
        files.addWidget(self.xlsx_button)
        files.addStretch(1)
        outer.addLayout(files)

        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        figures_box = QGroupBox(self.tr("Key figures"))
        form = QFormLayout(figures_box)
        names = {
            "total": self.tr("Requests received"),
            "answered": self.tr("Answered"),
            "on_time": self.tr("Answered on time"),
            "late": self.tr("Late (answered late or overdue)"),
            "rate": self.tr("On-time rate"),
            "median": self.tr("Median working days to answer"),
            "max": self.tr("Longest working days to answer"),
            "stopped": self.tr("Requests with the clock stopped"),
            "stopped_days": self.tr("Clock-stop time, working days"),
        }
        self.figures: dict[str, QLabel] = {}
        for key in FIGURES:
            value = QLabel("—", objectName=f"figure_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(names[key], value)
            self.figures[key] = value
        grid.addWidget(figures_box, 0, 0)
        self.chart_view = QChartView(objectName="reportChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().hide()
        chart.setTitle(self.tr("Requests by type"))
        self.chart_view.setChart(chart)
        grid.addWidget(self.chart_view, 0, 1)
        headings = {
            "by_type": (self.tr("By type"), self.tr("Type")),
            "by_outcome": (self.tr("By outcome"), self.tr("Outcome")),
            "by_operator": (self.tr("By operator"), self.tr("Operator")),
            "by_channel": (self.tr("By channel"), self.tr("Channel")),
        }
        self.tables: dict[str, QTableWidget] = {}
        for i, key in enumerate(BREAKDOWNS):
            box = QGroupBox(headings[key][0])
            inner = QVBoxLayout(box)
            table = QTableWidget(0, 3, objectName=f"table_{key}")
            table.setHorizontalHeaderLabels([headings[key][1], self.tr("Count"), self.tr("Share")])
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.setMinimumHeight(160)
            inner.addWidget(table)
            grid.addWidget(box, 1 + i // 2, i % 2)
            self.tables[key] = table
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.status = QLabel(objectName="reportsStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.apply_preset("this_month")

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(objectName=name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.editingFinished.connect(self._dates_edited)
        return edit

    # -- the period -----------------------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()

    def operator_id(self) -> int | None:
        return self._op_values[max(0, self.operator_combo.currentIndex())]

    def apply_preset(self, name: str) -> None:
        """Set the dates of a preset (``this_month``, ``last_month``, ``this_year``)."""
        today = self.ops.ctx.today()
        chosen = {
            "this_month": lambda: rules.month_period(today),
            "last_month": lambda: rules.month_period(today, back=1),
            "this_year": lambda: rules.year_period(today),
        }[name]()
        for edit, day in ((self.start_edit, chosen.start), (self.end_edit, chosen.end)):
            blocked = edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(blocked)
        self.preset.setCurrentIndex(PRESETS.index(name))

    def _preset_chosen(self, index: int) -> None:
        if PRESETS[index] != "custom":
            self.apply_preset(PRESETS[index])
            self.refresh()

    def _dates_edited(self) -> None:
        self.preset.setCurrentIndex(PRESETS.index("custom"))
        self.refresh()

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        start, end = self.period()
        op = self.operator_id()
        self.status.setText(self.tr("Counting…"))
        self.ops.query(
            lambda ctx: reports.gather(ctx, start, end, op),
            self.show_report,
            self._failed,
            owner=self,
            key="report",
        )
        self.ops.query(
            lambda ctx: [(o.id, o.short_name or o.name_ru) for o in operators.all_operators(ctx)],
            self._operators_loaded,
            self._failed,
            owner=self,
            key="operators",
        )

    def _operators_loaded(self, known: list[tuple[int, str]]) -> None:
        if known == self._operators:
            return
        current = self.operator_id()
        self._operators = known
        blocked = self.operator_combo.blockSignals(True)
        self.operator_combo.clear()
        self.operator_combo.addItem(self.tr("All operators"))
        self._op_values = [None]
        for op_id, name in known:
            self.operator_combo.addItem(name)
            self._op_values.append(op_id)
        index = self._op_values.index(current) if current in self._op_values else 0
        self.operator_combo.setCurrentIndex(index)
        self.operator_combo.blockSignals(blocked)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(describe_error(exc))

    def show_report(self, data: reports.ReportData) -> None:
        self.data = data
        r = data.report
        rate = "—" if r.on_time_rate is None else _percent(r.on_time_rate)
        median = "—" if r.median_days is None else f"{r.median_days:g}"
        values = {
            "total": str(r.total),
            "answered": str(r.answered),
            "on_time": str(r.on_time),
            "late": str(r.late),
            "rate": rate,
            "median": median,
            "max": "—" if r.max_days is None else str(r.max_days),
            "stopped": str(r.stopped_requests),
            "stopped_days": str(r.stopped_days),
        }
        for key, text in values.items():
            self.figures[key].setText(text)
        outcome_names = {
            rules.Outcome.ANSWERED.value: self.tr("Answered"),
            rules.Outcome.REJECTED.value: self.tr("Rejected"),
            rules.Outcome.WITHDRAWN.value: self.tr("Withdrawn"),
            rules.Outcome.OPEN.value: self.tr("Still open"),
        }
        self._fill("by_type", r.by_type, r.total, labels.type_label)
        self._fill("by_outcome", r.by_outcome, r.total, lambda k: outcome_names.get(k, k))
        self._fill(
            "by_operator",
            r.by_operator,
            r.total,
            lambda k: dict(self._operators).get(k) or data.operator_name(k, self._names_language()),
        )
        self._fill("by_channel", r.by_channel, r.total, lambda k: labels.label(labels.CHANNELS, k))
        self._chart(r)
        self.status.setText("")

    def _fill(self, key: str, counts: dict, total: int, name) -> None:
        table = self.tables[key]
        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
        table.setRowCount(len(ordered))
        for row, (value, n) in enumerate(ordered):
            share = _percent(n / total) if total else "—"
            for col, text in enumerate((name(value), str(n), share)):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, col, item)

    def _chart(self, r: rules.Report) -> None:
        chart = self.chart_view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        ordered = sorted(r.by_type.items(), key=lambda kv: kv[1])
        if not ordered:
            return
        bars = QBarSet(self.tr("Requests"))
        bars.setColor(QColor("#4e79a7"))
        for _t, n in ordered:
            bars.append(n)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([labels.type_label(t) for t, _n in ordered])
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        values = QValueAxis()
        values.setRange(0, max(n for _t, n in ordered))
        values.setLabelFormat("%d")
        values.applyNiceNumbers()
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)

    # -- files ----------------------------------------------------------------------------------

    def language(self) -> str:
        return self.language_combo.currentData()

    def _names_language(self) -> str:
        """Operators' names in the window: in the interface's language (Russian otherwise)."""
        language = (self.prefs.get(LANGUAGE) or "").split("_")[0]
        return language if language in ("kk", "ru") else "ru"

    def save(self, fmt: str) -> None:
        start, end = self.period()
        dialog = QFileDialog(self, self.tr("Save the report"))
        dialog.setObjectName("saveDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(fmt)
        dialog.setNameFilters(
            [self.tr("PDF documents (*.pdf)")]
            if fmt == "pdf"
            else [self.tr("Excel workbooks (*.xlsx)")]
        )
        dialog.selectFile(f"report-{start.isoformat()}-{end.isoformat()}.{fmt}")
        dialog.fileSelected.connect(lambda path: self.save_to(Path(path), fmt))
        self.dialog = dialog
        dialog.open()

    def save_to(self, path: Path, fmt: str) -> None:
        """Read the report of the period shown, render it as ``fmt`` and write it to ``path``
        (the save dialog asked before replacing a file)."""
        start, end = self.period()
        op, language = self.operator_id(), self.language()
        protect = outputs.database_files(self.ops.ctx)

        def render(data: reports.ReportData) -> None:
            def make() -> Path:
                content = report_files.render(data, fmt, language)
                return report_files.write(path, content, force=True, protect=protect, field="file")

            self.ops.pure(make, self._saved, self._failed, owner=self)

        self.status.setText(self.tr("Preparing…"))
        self.ops.query(
            lambda ctx: reports.gather(ctx, start, end, op), render, self._failed, owner=self
        )

    def _saved(self, written: Path) -> None:
        self.status.setText(self.tr("Saved {0}").format(str(written)))
