"""What the room's screen shows besides the live view's labels: the time bar,
the turnout while people vote, and a closed round's results."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from breakout import vote_words
from breakout.tally import RoundResult
from breakout_qt.chart_words import engine_words, explanation_words, turnout_words
from breakout_qt.charts import BarChart, ChartColours, chart_rows
from breakout_qt.i18n import Catalogue, RoomWords, fill
from breakout_qt.room_look import (
    MARGIN_SHARE,
    RESULT_BAR_TEXT_SHARE,
    RESULT_HEADING_SHARE,
    RESULT_NOTE_SHARE,
    RESULT_TITLE_SHARE,
    SCHEMES,
    TURNOUT_NOTE_SHARE,
    TURNOUT_SHARE,
    Scheme,
    pixel_font,
)
from breakout_qt.room_words import lines


class TimeBar(QWidget):
    """A horizontal bar filling as the time-box is used: normal, amber near the end, red over."""

    def __init__(self, parent: QWidget | None = None, words: Catalogue | None = None) -> None:
        super().__init__(parent)
        self.words = words if words is not None else Catalogue()
        self.fraction = 0.0
        self.state = "none"
        self._scheme = SCHEMES["dark"]
        self.setAccessibleName(self.words.translate("Room", "Time used"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_scheme(self, scheme: Scheme) -> None:
        self._scheme = scheme
        self.update()

    def set_reading(self, fraction: float, state: str) -> None:
        self.fraction = min(1.0, max(0.0, fraction))
        self.state = state
        if state == "over":
            self.fraction = 1.0
        w = self.words
        if state == "near":
            said = w.translate("Room", "nearly up")
        elif state == "over":
            said = w.translate("Room", "over time")
        else:
            said = fill(w.translate("Room", "%1 % used"), round(self.fraction * 100))
        self.setAccessibleDescription(said)
        self.update()

    def fill_colour(self) -> QColor:
        scheme = self._scheme
        return QColor({"near": scheme.near, "over": scheme.over}.get(self.state, scheme.normal))

    def sizeHint(self) -> QSize:
        return QSize(400, max(8, self.height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        painter.setBrush(QColor(self._scheme.track))
        painter.drawRoundedRect(rect, radius, radius)
        if self.fraction > 0:
            filled = QRectF(rect)
            filled.setWidth(max(rect.height(), rect.width() * self.fraction))
            if self.isRightToLeft():  # it fills the way the room reads
                filled.moveRight(rect.right())
            painter.setBrush(self.fill_colour())
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()


class TurnoutView(QWidget):
    """While people vote: the round, "Voting: 12 of 38 have voted", and where to vote.

    Only numbers: never a name, a code or a ballot."""

    def __init__(self, parent: QWidget | None = None, words: Catalogue | None = None) -> None:
        super().__init__(parent)
        w = words if words is not None else Catalogue()
        self.setAccessibleName(w.translate("Room", "Voting under way"))
        self.title_label = _room_label(self, w.translate("Room", "Round"), muted=True)
        self.count_label = _room_label(self, w.translate("Room", "How many have voted"))
        self.note_label = _room_label(self, w.translate("Room", "Where to vote"), muted=True)
        self._layout = QVBoxLayout(self)
        self._layout.addStretch(1)
        self._layout.addWidget(self.title_label)
        self._layout.addWidget(self.count_label)
        self._layout.addWidget(self.note_label)
        self._layout.addStretch(2)
        self._apply_sizes()

    def show_turnout(self, title: str, count: str, note: str) -> None:
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))
        self.count_label.setText(count)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))

    def set_scheme(self, scheme: Scheme) -> None:
        self.setStyleSheet(
            f"QLabel {{ color: {scheme.text}; background: transparent; }}"
            f'QLabel[muted="true"] {{ color: {scheme.muted}; }}'
        )

    def _apply_sizes(self) -> None:
        h = max(200, self.height())
        margin = round(max(12, MARGIN_SHARE * h))
        self._layout.setContentsMargins(round(margin * 1.4), margin, round(margin * 1.4), margin)
        self._layout.setSpacing(round(0.03 * h))
        self.title_label.setFont(pixel_font(self, RESULT_HEADING_SHARE * h))
        self.count_label.setFont(pixel_font(self, TURNOUT_SHARE * h, bold=True))
        self.note_label.setFont(pixel_font(self, TURNOUT_NOTE_SHARE * h))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()


class ResultsView(QWidget):
    """A closed round's result for the room: ranked bars, turnout, how it was counted."""

    def __init__(self, parent: QWidget | None = None, words: RoomWords | None = None) -> None:
        super().__init__(parent)
        self.words = words if words is not None else RoomWords(Catalogue())
        w = self.words.first
        self.setAccessibleName(w.translate("Room", "Results"))
        self.result: RoundResult | None = None
        self.title_label = _room_label(self, w.translate("Room", "Round"), muted=True)
        self.heading_label = _room_label(self, w.translate("Room", "Result"))
        self.chart = BarChart(self, w)
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.turnout_label = _room_label(self, w.translate("Room", "Turnout"))
        self.blocked_label = _room_label(self, w.translate("Room", "Blocks"))
        self.explanation_label = _room_label(
            self, w.translate("Room", "How it was counted"), muted=True
        )
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title_label)
        self._layout.addWidget(self.heading_label)
        self._layout.addWidget(self.chart, 1)
        self._layout.addWidget(self.turnout_label)
        self._layout.addWidget(self.blocked_label)
        self._layout.addWidget(self.explanation_label)
        self._scheme = SCHEMES["dark"]
        self._apply_sizes()

    def show_result(
        self, title: str, result: RoundResult, settings: Mapping[str, Any] | None = None
    ) -> None:
        """The result, with the round's ``settings`` (dot voting's budget and cap) for
        saying how it was counted."""
        self.result = result
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))
        self.heading_label.setText(
            lines(
                self.words,
                lambda c: fill(
                    c.translate("Room", "Results · %1"),
                    vote_words.title(result.method, engine_words(c.language)),
                ),
            )
        )
        # The chart speaks the room's first language, and mirrors with the screen.
        self.chart.set_words(self.words.first)
        self.chart.set_rows(chart_rows(result, self.words.first))
        self.turnout_label.setText(lines(self.words, lambda c: turnout_words(c, result)))
        blocked = ", ".join(result.blocked)
        self.blocked_label.setText(
            lines(
                self.words,
                lambda c: fill(c.translate("Room", "Blocked by at least one person: %1"), blocked),
            )
            if blocked
            else ""
        )
        self.blocked_label.setVisible(bool(blocked))
        self.explanation_label.setText(
            lines(self.words, lambda c: explanation_words(c.language, result, settings))
        )

    def clear(self) -> None:
        self.result = None
        self.chart.set_rows([])
        for label in (self.title_label, self.heading_label, self.turnout_label):
            label.setText("")
        self.blocked_label.setText("")
        self.explanation_label.setText("")

    def set_scheme(self, scheme: Scheme) -> None:
        self._scheme = scheme
        self.chart.set_colours(
            ChartColours(
                text=scheme.text,
                muted=scheme.muted,
                track=scheme.track,
                bar=scheme.normal,
                flag=scheme.over,
            )
        )
        self.setStyleSheet(
            f"QLabel {{ color: {scheme.text}; background: transparent; }}"
            f'QLabel[muted="true"] {{ color: {scheme.muted}; }}'
        )
        self.blocked_label.setStyleSheet(f"color: {scheme.over_text};")

    def _apply_sizes(self) -> None:
        h = max(200, self.height())
        margin = round(max(12, MARGIN_SHARE * h))
        self._layout.setContentsMargins(round(margin * 1.4), margin, round(margin * 1.4), margin)
        self._layout.setSpacing(round(0.02 * h))
        self.title_label.setFont(pixel_font(self, RESULT_TITLE_SHARE * h))
        self.heading_label.setFont(pixel_font(self, RESULT_HEADING_SHARE * h, bold=True))
        self.chart.setFont(pixel_font(self, RESULT_BAR_TEXT_SHARE * h))
        self.turnout_label.setFont(pixel_font(self, RESULT_BAR_TEXT_SHARE * h, bold=True))
        self.blocked_label.setFont(pixel_font(self, RESULT_NOTE_SHARE * h, bold=True))
        self.explanation_label.setFont(pixel_font(self, RESULT_NOTE_SHARE * h))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()


def _room_label(parent: QWidget, name: str, *, muted: bool = False) -> QLabel:
    """A label of the room's screen: plain wrapped text, never asking for width of its own."""
    label = QLabel(parent)
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setProperty("muted", muted)
    return label
