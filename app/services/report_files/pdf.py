"""The report as a PDF: A4, set in PT Serif (embedded, so Kazakh renders and its text
extracts), the key figures, a bar chart of the requests by type (reportlab.graphics), one
table per breakdown, and the page number at the foot of every page."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.letters import fonts
from app.services.report_files import words
from app.services.report_files.content import Breakdown, Content, figure_text

MARGIN = 18 * mm
LINE = colors.HexColor("#9aa3b5")
HEAD = colors.HexColor("#e8ecf3")
BAR = colors.HexColor("#4e79a7")
CHART_W, BAR_H = 170 * mm, 7 * mm


def _styles(family: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("rp", fontName=family, fontSize=10, leading=13)
    return {
        "body": base,
        "title": ParagraphStyle("rp-t", parent=base, fontName=fonts.BOLD, fontSize=15, leading=19),
        "h2": ParagraphStyle(
            "rp-h", parent=base, fontName=fonts.BOLD, fontSize=12, leading=15, spaceBefore=8
        ),
        "cell": ParagraphStyle("rp-c", parent=base, fontSize=9.5, leading=12),
        "num": ParagraphStyle("rp-n", parent=base, fontSize=9.5, leading=12, alignment=2),
    }


def _table(rows: list[list], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                ("GRID", (0, 0), (-1, -1), 0.4, LINE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _chart(content: Content, family: str) -> Drawing | None:
    """Horizontal bars: how many requests of each type (the first breakdown)."""
    rows = content.breakdowns[0].rows
    if not rows:
        return None
    label_w = 60 * mm
    height = BAR_H * len(rows) + 22 * mm
    drawing = Drawing(CHART_W, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 8 * mm
    chart.width, chart.height = CHART_W - label_w - 10 * mm, BAR_H * len(rows)
    chart.data = [[n for _name, n, _share in reversed(rows)]]
    chart.categoryAxis.categoryNames = [name for name, _n, _share in reversed(rows)]
    chart.categoryAxis.labels.fontName = family
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = family
    chart.valueAxis.labels.fontSize = 8
    top = max(n for _name, n, _share in rows)
    step = max(1, -(-top // 5))
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * -(-top // step)
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = family
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(
        String(0, height - 6 * mm, content_chart_title(content), fontName=fonts.BOLD, fontSize=11)
    )
    return drawing


def content_chart_title(content: Content) -> str:
    return words.word(content.language, "chart")


def _breakdown(b: Breakdown, content: Content, st: dict) -> list:
    w = lambda key: words.word(content.language, key)  # noqa: E731
    rows = [[b.column, w("count"), w("share")]]
    for name, n, share in b.rows:
        rows.append(
            [
                Paragraph(escape(name), st["cell"]),
                Paragraph(str(n), st["num"]),
                Paragraph(figure_text(share, True, content.language), st["num"]),
            ]
        )
    if not b.rows:
        rows.append([w("none"), "0", w("none")])
    return [
        Paragraph(escape(b.heading), st["h2"]),
        _table(rows, [105 * mm, 30 * mm, 30 * mm]),
    ]


def render(content: Content) -> bytes:
    family = fonts.register()
    st = _styles(family)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=content.title,
        author="Derbes",
        lang={"kk": "kk-KZ", "ru": "ru-RU", "en": "en"}[content.language],
    )
    story: list = [
        Paragraph(escape(content.title), st["title"]),
        Spacer(1, 3 * mm),
        Paragraph(escape(content.period), st["body"]),
        Paragraph(escape(content.operator), st["body"]),
        Paragraph(escape(content.made), st["body"]),
        Spacer(1, 3 * mm),
        Paragraph(escape(words.word(content.language, "summary")), st["h2"]),
    ]
    figures = [[words.word(content.language, "figure"), words.word(content.language, "value")]]
    for i, (label, value) in enumerate(content.figures):
        text = figure_text(value, i == content.rate_row, content.language)
        figures.append([Paragraph(escape(label), st["cell"]), Paragraph(text, st["num"])])
    story.append(_table(figures, [135 * mm, 30 * mm]))
    chart = _chart(content, family)
    if chart is not None:
        story += [Spacer(1, 5 * mm), KeepTogether([chart])]
    for b in content.breakdowns:
        story.append(KeepTogether(_breakdown(b, content, st)))

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(family, 8.5)
        text = words.word(content.language, "page", n=document.page)
        canvas.drawCentredString(A4[0] / 2, MARGIN / 2, text)
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
