"""The PDF's charts: bar charts with paragraph labels, and the bar beside a ranked item."""

from __future__ import annotations

from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from breakout.balance import percent
from breakout.report.model import Chart
from breakout.report.pdf_layout import ACCENT, BODY_W, HEAD_BG, INK, MUTED, PALETTE, RULE, _Writer
from breakout.report.pdf_text import SANS


class BarChart(Flowable):
    """A horizontal bar chart (reportlab.graphics) with its category labels set as
    paragraphs beside the bars, so labels in any script are shaped and never clipped."""

    def __init__(
        self, chart: Chart, writer: _Writer, width: float = BODY_W, *, titled: bool = True
    ) -> None:
        super().__init__()
        self.titled = titled
        self.chart = chart
        self.writer = writer
        self.width = width
        self.series = len(chart.series)
        self.band = max(20.0, 8.0 * self.series + 9.0)
        self.label_w = min(width * 0.34, 62 * mm)
        self.legend_h = 14.0 if self.series > 1 else 0.0
        self.axis_h = 14.0
        self.title_h = 16.0 if titled else 2.0
        self.plot_h = self.band * max(1, len(chart.categories))
        self.height = self.title_h + self.plot_h + self.axis_h + self.legend_h + 4
        self._labels = [self._label(text) for text in chart.categories]

    def _label(self, text: str) -> Paragraph:
        limit = text
        for _ in range(12):
            para = self.writer.para(limit, "label")
            _, height = para.wrap(self.label_w, 1000)
            if height <= 2 * self.writer.style("label").leading + 0.1:
                return para
            limit = limit[: max(4, int(len(limit) * 0.85))].rstrip() + "…"
        return para

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def drawing(self) -> Drawing:
        chart = self.chart
        n = max(1, len(chart.categories))
        d = _drawing(self.width, self.height)
        bc = HorizontalBarChart()
        bc.x = self.label_w + 8
        bc.y = self.axis_h + self.legend_h
        bc.width = self.width - bc.x - 34
        bc.height = self.plot_h
        # Categories run top down (reverseDirection), which also turns each
        # group of bars upside down: give the series bottom up so the first is on top.
        order = list(range(self.series))[::-1]
        bc.data = [list(chart.series[i].values) or [0.0] for i in order]
        top = max((v for s in chart.series for v in s.values), default=0.0)
        whole = all(float(v).is_integer() for s in chart.series for v in s.values)
        step, ceiling = _nice_axis(top, chart.unit, whole=whole)
        bc.valueAxis.valueMin = 0
        bc.valueAxis.valueMax = ceiling
        bc.valueAxis.valueStep = step
        bc.valueAxis.labels.fontName = SANS
        bc.valueAxis.labels.fontSize = 7
        bc.valueAxis.labels.fillColor = MUTED
        bc.valueAxis.labelTextFormat = "%d%%" if chart.unit == "%" else _axis_format
        bc.valueAxis.strokeColor = RULE
        bc.valueAxis.visibleGrid = 1
        bc.valueAxis.gridStrokeColor = colors.HexColor("#E3E8ED")
        bc.valueAxis.gridStrokeWidth = 0.5
        bc.categoryAxis.categoryNames = [""] * n
        bc.categoryAxis.reverseDirection = 1
        bc.categoryAxis.visibleTicks = 0
        bc.categoryAxis.strokeColor = RULE
        bc.categoryAxis.labels.fontName = SANS
        bc.barSpacing = 1
        bc.groupSpacing = 7 if self.series > 1 else 6
        bc.barLabelFormat = _percent_label if chart.unit == "%" else _value_label
        bc.barLabels.fontName = SANS
        bc.barLabels.fontSize = 6.5
        bc.barLabels.fillColor = INK
        bc.barLabels.boxAnchor = "w"
        bc.barLabels.dx = 2
        for position, i in enumerate(order):
            bc.bars[position].fillColor = PALETTE[i % len(PALETTE)]
            bc.bars[position].strokeColor = None
        d.add(bc)
        if self.series > 1:
            x = bc.x
            for i, series in enumerate(chart.series):
                d.add(Rect(x, 2, 7, 7, fillColor=PALETTE[i % len(PALETTE)], strokeColor=None))
                d.add(String(x + 10, 2.5, series.name, fontName=SANS, fontSize=7.5, fillColor=INK))
                x += 10 + stringWidth(series.name, SANS, 7.5) + 16
        self._plot = (bc.y, bc.height, n)
        return d

    def draw(self) -> None:
        canv = self.canv
        d = self.drawing()
        renderPDF.draw(d, canv, 0, 0)
        y0, height, n = self._plot
        if self.titled:
            title = self.writer.para(self.chart.title, "h3")
            _, th = title.wrap(self.width, self.title_h)
            title.drawOn(canv, 0, self.height - th)
        for i, para in enumerate(self._labels):
            _, h = para.wrap(self.label_w, 1000)
            centre = y0 + height - (i + 0.5) * height / n
            para.drawOn(canv, 0, centre - h / 2)


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is ours (reportlab's default is not embedded)."""
    d = Drawing(width, height)
    d.initialFontName = SANS
    d.initialFontSize = 8
    return d


def _nice_axis(top: float, unit: str, *, whole: bool = False) -> tuple[float, float]:
    """Axis step and end: round numbers, about six steps, whole steps for counts."""
    if unit == "%":
        ceiling = max(10.0, 10.0 * int((top + 9.999) // 10))
        step = 10.0 if ceiling <= 60 else 20.0
        return step, ceiling
    if top <= 0:
        return 1.0, 1.0
    for step in (0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if whole and step < 1:
            continue
        if top / step <= 6:
            break
    ceiling = step * int(top / step + 0.999)
    if ceiling < top:
        ceiling += step
    return float(step), float(ceiling)


def _axis_format(value: float) -> str:
    return f"{value:g}"


def _value_label(value: float) -> str:
    return f"{value:.0f}" if abs(value - round(value)) < 1e-9 else f"{value:.1f}"


def _percent_label(value: float) -> str:
    return f"{percent(value / 100)}%"


class _Bar(Flowable):
    """A small horizontal bar: a score's share of the top score."""

    def __init__(self, share: float, width: float, height: float = 5, color: Any = ACCENT) -> None:
        super().__init__()
        self.share = max(0.0, min(1.0, share))
        self.width = width
        self.height = height
        self.color = color

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        d = _drawing(self.width, self.height)
        d.add(Rect(0, 0, self.width, self.height, fillColor=HEAD_BG, strokeColor=None))
        if self.share > 0:
            d.add(
                Rect(
                    0,
                    0,
                    self.width * self.share,
                    self.height,
                    fillColor=self.color,
                    strokeColor=None,
                )
            )
        renderPDF.draw(d, self.canv, 0, 0)


# -- the document ------------------------------------------------------------------------


#: Longer contents entries (below the sections) are cut to one line.
