"""The speaking-balance side panel: who has had the floor, against who is in the room.

The main window computes :func:`breakout.balance.balances` and hands the result
to :meth:`BalancePanel.set_balances` after every change and every few seconds;
the panel only draws what it is given. For the chosen dimension it shows the
engine's nudges in plain words, then one row per group: its name, its time and
turns, and a bar of its share of the speaking time with a tick at its share of
the people present, so "more than its share" is the bar running past the tick.
Bars the nudge rule names are amber (over) or blue (under), and say so in
words too, so nothing depends on telling colours apart.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTabBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from breakout.balance import DIMENSIONS, NUDGE_AFTER_SECONDS, Balance, Share, percent
from breakout_qt.balance_words import (
    detail,
    facts,
    figures,
    group_name,
    in_sentence,
    row_text,
    summary,
    tag,
    title,
)
from breakout_qt.i18n import fill
from breakout_qt.models import format_minutes

# Okabe–Ito colours: amber and blue stay apart for every common colour-vision type.
OVER_FILL = QColor("#E69F00")
OVER_TEXT = QColor("#8A5300")
UNDER_FILL = QColor("#0072B2")
UNDER_TEXT = QColor("#005C8F")
NEUTRAL_FILL = QColor("#8C98A4")

# -- the bars --------------------------------------------------------------------


@dataclass(frozen=True)
class _Metrics:
    pad: int
    name_h: int
    bar_h: int
    tick_over: int
    detail_h: int
    row_gap: int
    legend_h: int

    @property
    def row_h(self) -> int:
        return self.name_h + 4 + self.bar_h + 3 + self.detail_h + self.row_gap


class BalanceChart(QWidget):
    """One row per group: name and figures, a time-share bar, a presence tick."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result: Balance | None = None
        self._scale = 1.0
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    # -- data

    def set_balance(self, result: Balance | None) -> None:
        self._result = result
        self._scale = _scale_for(result)
        self.updateGeometry()
        self.setMinimumHeight(self._content_height())
        self.update()

    def balance(self) -> Balance | None:
        return self._result

    def scale(self) -> float:
        """The share at the right-hand end of the bars (a round tenth, at most 1)."""
        return self._scale

    # -- geometry

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        size = font.pointSizeF()
        if size > 0:
            font.setPointSizeF(max(7.0, size * 0.88))
        return font

    def _name_font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _metrics(self) -> _Metrics:
        name_h = QFontMetrics(self._name_font()).height()
        small_h = QFontMetrics(self._small_font()).height()
        return _Metrics(
            pad=4,
            name_h=name_h,
            bar_h=max(10, round(name_h * 0.75)),
            tick_over=4,
            detail_h=small_h,
            row_gap=max(8, round(name_h * 0.7)),
            legend_h=small_h + 12,
        )

    def _content_height(self) -> int:
        m = self._metrics()
        rows = len(self._result.rows) if self._result is not None else 0
        return m.legend_h + max(1, rows) * m.row_h + m.pad

    def sizeHint(self) -> QSize:
        return QSize(380, self._content_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self._content_height())

    def track_rect(self, index: int) -> QRectF:
        """Where row ``index``'s bar track is drawn (its full 0–scale width)."""
        m = self._metrics()
        top = m.legend_h + index * m.row_h + m.name_h + 4
        return QRectF(m.pad, top, self.width() - 2 * m.pad, m.bar_h)

    def row_at(self, y: float) -> int | None:
        """The index of the row drawn at height ``y``, or None."""
        if self._result is None:
            return None
        m = self._metrics()
        index = math.floor((y - m.legend_h) / m.row_h)
        return index if 0 <= index < len(self._result.rows) else None

    # -- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = _mix(text, pal.color(QPalette.ColorRole.Window), 0.42)
        m = self._metrics()
        width = self.width() - 2 * m.pad
        self._paint_legend(p, m, width, text, muted)

        result = self._result
        if result is None or not result.rows:
            p.setPen(muted)
            p.drawText(
                QRect(m.pad, m.legend_h, width, m.row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QCoreApplication.translate("Balance", "Nobody on the roster yet."),
            )
            return
        for index, share in enumerate(result.rows):
            self._paint_row(p, m, m.pad, m.legend_h + index * m.row_h, width, share, result)
        if self.hasFocus():
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    def _paint_legend(
        self, p: QPainter, m: _Metrics, width: int, text: QColor, muted: QColor
    ) -> None:
        font = self._small_font()
        fm = QFontMetrics(font)
        p.setFont(font)
        y = 2
        mid = y + fm.height() / 2
        x = float(m.pad)
        p.fillRect(QRectF(x, mid - 4, 16, 8), NEUTRAL_FILL)
        x += 21
        p.setPen(text)
        label = QCoreApplication.translate("Balance", "speaking time")
        p.drawText(QPointF(x, y + fm.ascent()), label)
        x += fm.horizontalAdvance(label) + 14
        self._paint_tick(p, x + 1, mid - 7, 14, text)
        x += 8
        label = QCoreApplication.translate("Balance", "share present")
        p.drawText(QPointF(x, y + fm.ascent()), label)
        scale = fill(QCoreApplication.translate("Balance", "bars 0–%1%"), percent(self._scale))
        scale_w = fm.horizontalAdvance(scale)
        if x + fm.horizontalAdvance(label) + 12 + scale_w <= m.pad + width:
            p.setPen(muted)
            p.drawText(QPointF(m.pad + width - scale_w, y + fm.ascent()), scale)

    def _mirrored(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _paint_tick(self, p: QPainter, x: float, top: float, height: float, colour: QColor) -> None:
        halo = self.palette().color(QPalette.ColorRole.Base)
        p.fillRect(QRectF(x - 2.5, top - 1, 5, height + 2), halo)
        p.fillRect(QRectF(x - 1.5, top, 3, height), colour)

    def _paint_row(
        self,
        p: QPainter,
        m: _Metrics,
        x: int,
        y: int,
        width: int,
        share: Share,
        result: Balance,
    ) -> None:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = _mix(text, pal.color(QPalette.ColorRole.Window), 0.42)
        self._paint_name(p, m, x, y, width, share, text)
        bar_y = y + m.name_h + 4
        self._paint_bar(p, m, x, bar_y, width, share, text)
        detail_y = bar_y + m.bar_h + 3
        self._paint_detail(p, m, x, detail_y, width, share, result, text, muted)

    def _paint_name(
        self, p: QPainter, m: _Metrics, x: int, y: int, width: int, share: Share, text: QColor
    ) -> None:
        """name ........................................ 12:30 · 7 turns"""
        name_font = self._name_font()
        nfm = QFontMetrics(name_font)
        p.setFont(self.font())
        fig = figures(share)
        fig_w = QFontMetrics(self.font()).horizontalAdvance(fig)
        p.setPen(text)
        p.drawText(
            QRect(x, y, width, m.name_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            fig,
        )
        p.setFont(name_font)
        name = nfm.elidedText(
            group_name(share), Qt.TextElideMode.ElideRight, max(20, width - fig_w - 10)
        )
        # Right to left, Qt swaps the alignments: the figures go left, the name right.
        start = x + fig_w + 10 if self._mirrored() else x
        p.drawText(
            QRect(start, y, width - fig_w - 10, m.name_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )

    def _paint_bar(
        self, p: QPainter, m: _Metrics, x: int, bar_y: int, width: int, share: Share, text: QColor
    ) -> None:
        """The bar, with a tick at the presence share."""
        pal = self.palette()
        track = QRectF(x, bar_y, width, m.bar_h)  # as track_rect() says
        path = QPainterPath()
        path.addRoundedRect(track, 3, 3)
        p.fillPath(path, _mix(pal.color(QPalette.ColorRole.Base), text, 0.13))
        fill = {"over": OVER_FILL, "under": UNDER_FILL}.get(share.flag, NEUTRAL_FILL)
        fill_w = width * min(1.0, share.time_share / self._scale)
        if fill_w > 0:
            bar = QPainterPath()
            start = x + width - max(3.0, fill_w) if self._mirrored() else x
            bar.addRoundedRect(QRectF(start, bar_y, max(3.0, fill_w), m.bar_h), 3, 3)
            p.fillPath(bar, fill)
        if share.present:
            offset = width * min(1.0, share.presence_share / self._scale)
            tick_x = x + width - offset if self._mirrored() else x + offset
            tick_x = min(max(tick_x, x + 2.0), x + width - 2.0)
            self._paint_tick(p, tick_x, bar_y - m.tick_over, m.bar_h + 2 * m.tick_over, text)

    def _paint_detail(
        self,
        p: QPainter,
        m: _Metrics,
        x: int,
        detail_y: int,
        width: int,
        share: Share,
        result: Balance,
        text: QColor,
        muted: QColor,
    ) -> None:
        """45% of time · 20% of people present ............... ▲ over"""
        pal = self.palette()
        small = self._small_font()
        p.setFont(small)
        flag = tag(share)
        tag_w = 0
        if flag:
            colour = OVER_TEXT if share.flag == "over" else UNDER_TEXT
            if pal.color(QPalette.ColorRole.Window).lightness() < 128:
                colour = OVER_FILL if share.flag == "over" else QColor("#56B4E9")
            bold = QFont(small)
            bold.setWeight(QFont.Weight.Bold)
            p.setFont(bold)
            p.setPen(colour)
            tag_w = QFontMetrics(bold).horizontalAdvance(flag)
            p.drawText(
                QRect(x, detail_y, width, m.detail_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                flag,
            )
            p.setFont(small)
        p.setPen(muted if not flag else text)
        words = QFontMetrics(small).elidedText(
            detail(share, result), Qt.TextElideMode.ElideRight, width - tag_w - 8
        )
        start = x + tag_w + 8 if self._mirrored() else x
        p.drawText(
            QRect(start, detail_y, width - tag_w - 8, m.detail_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            words,
        )

    # -- tooltips

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.row_at(event.pos().y())
            if index is not None and self._result is not None:
                QToolTip.showText(
                    event.globalPos(), row_text(self._result.rows[index], self._result), self
                )
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


def _scale_for(result: Balance | None) -> float:
    """Bars end at the next tenth above the largest share, so small shares stay readable."""
    if result is None or not result.rows:
        return 1.0
    largest = max(max(r.time_share, r.presence_share) for r in result.rows)
    return min(1.0, max(0.2, math.ceil(largest * 1.05 * 10 - 1e-9) / 10))


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


# -- the panel --------------------------------------------------------------------


class BalancePanel(QWidget):
    """Speaking balance by stakeholder group, region or gender, for a side panel."""

    dimension_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._balances: dict[str, Balance] = {}
        self.setAccessibleName(QCoreApplication.translate("Balance", "Speaking balance"))
        self.setMinimumWidth(280)

        self.title_label = QLabel(QCoreApplication.translate("Balance", "Speaking balance"))
        title_font = QFont(self.title_label.font())
        title_font.setWeight(QFont.Weight.Bold)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 1.0) * 1.15)
        self.title_label.setFont(title_font)

        self.tab_bar = self._build_tabs()

        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        self.facts_label.setAccessibleName(QCoreApplication.translate("Balance", "Speaking so far"))
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nudge_box = QFrame()
        self.nudge_box.setObjectName("nudgeBox")
        self.nudge_label = QLabel()
        self.nudge_label.setWordWrap(True)
        self.nudge_label.setAccessibleName(QCoreApplication.translate("Balance", "Balance nudges"))
        self.nudge_label.setTextFormat(Qt.TextFormat.RichText)
        box_layout = QVBoxLayout(self.nudge_box)
        box_layout.setContentsMargins(10, 8, 10, 8)
        box_layout.addWidget(self.nudge_label)

        self.chart = BalanceChart()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.chart)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.tab_bar)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.nudge_box)
        layout.addWidget(self.scroll_area, 1)
        self._refresh()

    def _build_tabs(self) -> QTabBar:
        """One tab a dimension."""
        bar = QTabBar()
        bar.setAccessibleName(QCoreApplication.translate("Balance", "Show speaking balance by"))
        bar.setDocumentMode(True)
        bar.setExpanding(True)
        bar.setDrawBase(True)
        bar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for dim in DIMENSIONS:
            index = bar.addTab(title(dim))
            bar.setTabData(index, dim)
            by = fill(
                QCoreApplication.translate("Balance", "Speaking time by %1"), in_sentence(dim)
            )
            bar.setTabToolTip(index, by)
        bar.currentChanged.connect(self._on_tab)
        return bar

    # -- public

    def set_balances(self, balances: dict[str, Balance]) -> None:
        """Show new figures (the main window calls this after every change)."""
        self._balances = dict(balances)
        self._refresh()

    def dimension(self) -> str:
        return str(self.tab_bar.tabData(self.tab_bar.currentIndex()))

    def set_dimension(self, dimension: str) -> None:
        if dimension not in DIMENSIONS:
            raise ValueError(f"unknown dimension {dimension!r}")
        self.tab_bar.setCurrentIndex(DIMENSIONS.index(dimension))

    def current(self) -> Balance | None:
        """The balance on show, if the panel has one for the chosen dimension."""
        return self._balances.get(self.dimension())

    # -- drawing

    def _on_tab(self, index: int) -> None:
        self._refresh()
        self.dimension_changed.emit(self.dimension())

    def _refresh(self) -> None:
        result = self.current()
        self.chart.set_balance(result)
        by = fill(
            QCoreApplication.translate("Balance", "Speaking time by %1"),
            in_sentence(self.dimension()),
        )
        self.chart.setAccessibleName(by)
        if result is None:
            self.facts_label.setText(QCoreApplication.translate("Balance", "No session open."))
            self._show_nudges("", "quiet")
            self._describe(
                QCoreApplication.translate("Balance", "Speaking balance: no session open.")
            )
            return
        self.facts_label.setText(facts(result))

        if result.nudges:
            rows = "".join(
                f"<tr><td>•&nbsp;</td><td>{html.escape(n)}</td></tr>" for n in result.nudges
            )
            self._show_nudges(f"<table cellspacing='0' cellpadding='1'>{rows}</table>", "nudge")
        elif result.total_seconds == 0:
            self._show_nudges(
                QCoreApplication.translate("Balance", "Nobody has spoken yet."), "quiet"
            )
        elif not result.nudging:
            hints = QCoreApplication.translate("Balance", "Hints appear after %1 of speaking.")
            self._show_nudges(fill(hints, format_minutes(NUDGE_AFTER_SECONDS)), "quiet")
        else:
            calm = QCoreApplication.translate(
                "Balance", "No group is far above or below its share of the room."
            )
            self._show_nudges(calm, "calm")
        self._describe(summary(result))

    def _show_nudges(self, text: str, mood: str) -> None:
        self.nudge_label.setText(text)
        self.nudge_box.setVisible(bool(text))
        if mood == "nudge":
            style = (
                "QFrame#nudgeBox { background: #FFF3D6; border-left: 4px solid #E69F00;"
                " border-radius: 3px; } QFrame#nudgeBox QLabel { color: #3D2A00; }"
            )
        else:
            style = "QFrame#nudgeBox { border-left: 4px solid palette(mid); border-radius: 3px; }"
        if self.nudge_box.styleSheet() != style:
            self.nudge_box.setStyleSheet(style)
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold if mood == "nudge" else QFont.Weight.Normal)
        self.nudge_label.setFont(font)

    def _describe(self, text: str) -> None:
        if self.accessibleDescription() != text:
            self.setAccessibleDescription(text)
            self.chart.setAccessibleDescription(text)
