"""Charts of a closed round's result: a ranked horizontal bar chart.

:func:`chart_rows` turns a :class:`~breakout.tally.RoundResult` into plain
rows (rank, tie or not, label, the figure in words, bar length);
:class:`BarChart` paints them, one row per item in ranked order: the rank on
the left (with the word "tie" under it when items share a rank), the item's
wording, and under it a bar with its figure. Under a right-to-left layout (Arabic)
all of it mirrors: the rank on the right, bars growing from the right. The chart's
own words ("tie", the figures) come from the catalogue it is given
(:mod:`breakout_qt.chart_words`), so a room's screen in Arabic shows an Arabic chart
under an English console. The chart fits itself to the
height it is given: type shrinks only as far as it must, then long wordings
are shortened with an ellipsis. The same widget serves the console (palette
colours) and the shared screen (its scheme's colours, type sized from the
window's height).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextLayout,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from breakout import voting
from breakout.voting.base import RoundResult
from breakout_qt.chart_words import AppWords, Words, chart_name, figure, ranked_words, tie_word


@dataclass(frozen=True)
class ChartRow:
    """One bar: an item's place and figure, ready to draw or read out."""

    rank: int
    tie: bool
    label: str
    # The figure in words: "23 dots", "12 points", "mean 3.4 · 1 block".
    value: str
    # Bar length, 0..1.
    share: float
    # Drawn in the warning colour (an agreement item with a block).
    flagged: bool = False


@dataclass(frozen=True)
class ChartColours:
    text: str
    muted: str
    track: str
    bar: str
    flag: str


def chart_rows(result: RoundResult, words: Words | None = None) -> list[ChartRow]:
    """The rows of the ranked bar chart, in ranked order; a shared rank is a tie. The
    figures are said in ``words``' language (the console's when none is given)."""
    said = words if words is not None else AppWords()
    ranks = Counter(item.rank for item in result.items)
    counter = voting.method(result.method)
    rows = []
    for item in result.items:
        share, flagged = counter.bar(item)
        rows.append(
            ChartRow(
                rank=item.rank,
                tie=ranks[item.rank] > 1,
                label=item.label,
                value=figure(said, result.method, item),
                share=min(1.0, max(0.0, share)),
                flagged=flagged,
            )
        )
    return rows


def palette_colours(palette: QPalette) -> ChartColours:
    """Chart colours for a window in the desktop's own palette."""
    return ChartColours(
        text=palette.color(QPalette.ColorRole.WindowText).name(),
        muted=palette.color(QPalette.ColorRole.PlaceholderText).name(),
        track=palette.color(QPalette.ColorRole.Midlight).name(),
        bar=palette.color(QPalette.ColorRole.Highlight).name(),
        flag="#c62828",
    )


@dataclass
class _Layout:
    size: float  # label pixel size
    lines: list[list[str]]  # per row, the wrapped label lines
    rank_width: float
    value_width: float
    row_heights: list[float]
    gap: float

    @property
    def height(self) -> float:
        return sum(self.row_heights) + self.gap * max(0, len(self.row_heights) - 1)


@dataclass(frozen=True)
class _Pens:
    """The fonts (and their metrics) one painting of the chart draws with."""

    label: QFont
    label_metrics: QFontMetricsF
    rank: QFont
    rank_metrics: QFontMetricsF
    tie: QFont
    value: QFont
    value_metrics: QFontMetricsF


class BarChart(QWidget):
    """A ranked horizontal bar chart; the widget's font gives the largest type it uses."""

    # Long wordings wrap to at most this many lines before an ellipsis.
    MAX_LINES = 3
    # Type never shrinks below this share of the font's size to fit.
    MIN_SCALE = 0.55

    def __init__(self, parent: QWidget | None = None, words: Words | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ChartRow] = []
        self._colours = palette_colours(self.palette())
        self._words: Words = words if words is not None else AppWords()
        self._bars: list[QRectF] = []
        self.setAccessibleName(chart_name(self._words))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # -- content -------------------------------------------------------------

    def set_words(self, words: Words) -> None:
        """Speak another language (the rows are the caller's to say again)."""
        self._words = words
        self.setAccessibleName(chart_name(words))
        self.set_rows(self._rows)

    def set_rows(self, rows: list[ChartRow]) -> None:
        self._rows = list(rows)
        words = self._words
        spoken = [ranked_words(words, r.rank, r.tie, r.label, r.value) for r in self._rows]
        self.setAccessibleDescription("; ".join(spoken))
        self.updateGeometry()
        self.update()

    def rows(self) -> list[ChartRow]:
        return list(self._rows)

    def set_colours(self, colours: ChartColours) -> None:
        self._colours = colours
        self.update()

    # -- geometry ------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self._layout(float(width), self._base_size(), self.MAX_LINES)
        return int(layout.height + 2)

    def sizeHint(self) -> QSize:
        width = max(320, self.width())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 40 * max(1, min(3, len(self._rows))))

    def _base_size(self) -> float:
        font = self.font()
        if font.pixelSize() > 0:
            return float(font.pixelSize())
        return font.pointSizeF() * self.logicalDpiY() / 72.0

    def _font(self, pixels: float, *, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(8, round(pixels)))
        font.setBold(bold)
        return font

    def _tie_font(self, size: float) -> QFont:
        return self._font(max(11.0, size * 0.72), bold=True)

    def _layout(self, width: float, size: float, max_lines: int) -> _Layout:
        label_font = self._font(size)
        value_font = self._font(size, bold=True)
        rank_metrics = QFontMetricsF(self._font(size * 1.25, bold=True))
        tie_metrics = QFontMetricsF(self._tie_font(size))
        value_metrics = QFontMetricsF(value_font)
        rank_width = max(
            rank_metrics.horizontalAdvance("00"),
            tie_metrics.horizontalAdvance(tie_word(self._words)),
        )
        rank_width += size * 1.1
        value_width = max((value_metrics.horizontalAdvance(r.value) for r in self._rows), default=0)
        value_width += size * 0.6
        text_width = max(40.0, width - rank_width)
        line_height = QFontMetricsF(label_font).lineSpacing()
        bar = size * 0.85
        lines: list[list[str]] = []
        heights: list[float] = []
        for row in self._rows:
            wrapped = _wrap(row.label, label_font, text_width, max_lines)
            lines.append(wrapped)
            label_height = len(wrapped) * line_height
            # The rank (and "tie" under it) must fit beside the row too.
            rank_height = rank_metrics.height() + (tie_metrics.height() if row.tie else 0)
            heights.append(max(label_height + size * 0.25 + bar, rank_height))
        return _Layout(size, lines, rank_width, value_width, heights, gap=size * 0.7)

    def _fitted(self) -> _Layout:
        """The largest type (and then the most lines) for which every row fits the height."""
        width, height = float(self.width()), float(self.height())
        size = self._base_size()
        floor = max(9.0, size * self.MIN_SCALE)
        while True:
            layout = self._layout(width, size, self.MAX_LINES)
            if layout.height <= height or size <= floor:
                break
            size = max(floor, size * 0.93)
        lines = self.MAX_LINES
        while layout.height > height and lines > 1:
            lines -= 1
            layout = self._layout(width, size, lines)
        return layout

    # -- painting ------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self._bars = []
        if not self._rows:
            return
        layout = self._fitted()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pens = self._pens(layout.size)
        y = 0.0
        for row, lines, row_height in zip(
            self._rows, layout.lines, layout.row_heights, strict=True
        ):
            self._paint_rank(painter, pens, layout, row, y)
            line_y = self._paint_wording(painter, pens, layout, lines, y)
            self._paint_bar(painter, pens, layout, row, line_y)
            y += row_height + layout.gap
        painter.end()

    def painted_bars(self) -> list[QRectF]:
        """Each row's filled bar as last painted, in the widget's coordinates (empty for a
        row whose share is nought)."""
        return list(self._bars)

    def _mirrored(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _place(self, rect: QRectF) -> QRectF:
        """A rectangle laid out left to right, where it goes under the widget's direction."""
        if not self._mirrored():
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def _align(self, side: Qt.AlignmentFlag) -> int:
        """``side`` (left or right, as laid out left to right), mirrored when need be."""
        if self._mirrored():
            left = Qt.AlignmentFlag.AlignLeft
            side = Qt.AlignmentFlag.AlignRight if side == left else left
        return int(side | Qt.AlignmentFlag.AlignAbsolute)

    def _pens(self, size: float) -> _Pens:
        label_font = self._font(size)
        rank_font = self._font(size * 1.25, bold=True)
        value_font = self._font(size, bold=True)
        return _Pens(
            label=label_font,
            label_metrics=QFontMetricsF(label_font),
            rank=rank_font,
            rank_metrics=QFontMetricsF(rank_font),
            tie=self._tie_font(size),
            value=value_font,
            value_metrics=QFontMetricsF(value_font),
        )

    def _paint_rank(
        self, painter: QPainter, pens: _Pens, layout: _Layout, row: ChartRow, y: float
    ) -> None:
        """The rank, and "tie" under it when the rank is shared."""
        colours = self._colours
        size = layout.size
        left = layout.rank_width
        towards_text = self._align(Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignTop
        painter.setPen(QColor(colours.text))
        painter.setFont(pens.rank)
        painter.drawText(
            self._place(QRectF(0, y, left - size * 0.6, pens.rank_metrics.height())),
            int(towards_text),
            str(row.rank),
        )
        if row.tie:
            painter.setPen(QColor(colours.muted))
            painter.setFont(pens.tie)
            painter.drawText(
                self._place(
                    QRectF(0, y + pens.rank_metrics.height() * 0.9, left - size * 0.6, size * 1.2)
                ),
                int(towards_text),
                tie_word(self._words),
            )

    def _paint_wording(
        self, painter: QPainter, pens: _Pens, layout: _Layout, lines: list[str], y: float
    ) -> float:
        """The wording's lines from ``y``; returns where they end."""
        width = float(self.width())
        left = layout.rank_width
        painter.setPen(QColor(self._colours.text))
        painter.setFont(pens.label)
        line_y = y
        for line in lines:
            painter.drawText(
                self._place(QRectF(left, line_y, width - left, pens.label_metrics.lineSpacing())),
                self._align(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop),
                line,
            )
            line_y += pens.label_metrics.lineSpacing()
        return line_y

    def _paint_bar(
        self, painter: QPainter, pens: _Pens, layout: _Layout, row: ChartRow, line_y: float
    ) -> None:
        """The bar under the wording, and its figure."""
        colours = self._colours
        size = layout.size
        width = float(self.width())
        left = layout.rank_width
        bar_height = size * 0.85
        bar_y = line_y + size * 0.25
        track = QRectF(left, bar_y, max(10.0, width - left - layout.value_width), bar_height)
        radius = bar_height / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours.track))
        painter.drawRoundedRect(self._place(track), radius, radius)
        filled = QRectF()
        if row.share > 0:
            filled = QRectF(track)
            filled.setWidth(max(bar_height, track.width() * row.share))
            filled = self._place(filled)
            painter.setBrush(QColor(colours.flag if row.flagged else colours.bar))
            painter.drawRoundedRect(filled, radius, radius)
        self._bars.append(filled)
        painter.setPen(QColor(colours.flag if row.flagged else colours.text))
        painter.setFont(pens.value)
        figure_box = QRectF(
            track.right() + size * 0.4,
            bar_y + (bar_height - pens.value_metrics.height()) / 2,
            layout.value_width,
            pens.value_metrics.height(),
        )
        painter.drawText(
            self._place(figure_box),
            self._align(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignVCenter),
            row.value,
        )


def _wrap(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` pixels; the last one elided if need be."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    if not spans:
        return [""]
    lines = [text[start : start + length].rstrip() for start, length in spans[:max_lines]]
    if len(spans) > max_lines:
        start = spans[max_lines - 1][0]
        metrics = QFontMetricsF(font)
        lines[-1] = metrics.elidedText(text[start:].strip(), Qt.TextElideMode.ElideRight, width)
    return lines


__all__ = [
    "BarChart",
    "ChartColours",
    "ChartRow",
    "chart_rows",
    "palette_colours",
]
