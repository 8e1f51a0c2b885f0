"""The statistics' bar charts on paper (reportlab graphics): grouped bars, one group per
row of the table (a month, a level, a carrier type), one bar per column the chart names,
with a legend; the same charts the screen draws (``domain.yearend.CHARTS``). Colours stay
apart in grey when printed on a black-and-white printer."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from secledger.domain.yearend import ChartData
from secledger.reports.kit.fonts import CJK, register_fonts

#: bar colours, dark to light so that they differ in grey too
PALETTE = (colors.Color(0.12, 0.29, 0.53), colors.Color(0.85, 0.45, 0.13),
           colors.Color(0.45, 0.62, 0.80), colors.Color(0.80, 0.80, 0.80))


def bar_chart(data: ChartData, width: float, height: float) -> Drawing:
    """*data* as a titled, grouped bar chart *width* × *height* points."""
    register_fonts()
    d = Drawing(width, height)
    d.add(String(width / 2, height - 14, data.spec.zh, fontName=CJK, fontSize=11,
                 textAnchor="middle"))
    chart = VerticalBarChart()
    chart.x, chart.y = 46, 34
    chart.width, chart.height = width - 60 - 90, height - 62
    chart.data = [list(values) for _zh, _en, values in data.series]
    chart.categoryAxis.categoryNames = [zh for zh, _en in data.categories]
    chart.categoryAxis.labels.fontName = CJK
    chart.categoryAxis.labels.fontSize = 7 if len(data.categories) > 8 else 8
    chart.categoryAxis.labels.angle = 30 if len(data.categories) > 14 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(data.categories) > 14 else "n"
    chart.valueAxis.labels.fontName = CJK
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    top = max((v for _zh, _en, values in data.series for v in values), default=0.0)
    if top <= 5:  # counts: whole steps, never 0.5 of a carrier
        chart.valueAxis.valueMax = max(top, 1)
        chart.valueAxis.valueStep = 1
    chart.valueAxis.labelTextFormat = _count
    chart.barSpacing = 0.5
    chart.groupSpacing = 4
    for i in range(len(data.series)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = colors.black
        chart.bars[i].strokeWidth = 0.3
    d.add(chart)
    d.add(_legend(data, width))
    return d


def _legend(data: ChartData, width: float) -> Legend:
    legend = Legend()
    legend.fontName = CJK
    legend.fontSize = 8
    legend.x, legend.y = width - 82, 80
    legend.alignment = "right"
    legend.dx = legend.dy = 8
    legend.columnMaximum = 8
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], zh)
                             for i, (zh, _en, _v) in enumerate(data.series)]
    return legend


def _count(value: float) -> str:
    return f"{int(value):,}" if value == int(value) else f"{value:.1f}"
