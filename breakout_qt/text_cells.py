"""Text that fits the room it is given: labels and table cells that wrap to a
few lines and end in "…" when cut, and columns kept fitted as a view resizes.

The contributions list draws thousands of wrapped cells; :class:`LinesDelegate`
keeps a picture of each cell it has laid out, so a capture lays out one new row
instead of every visible one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Hashable, Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPixmap,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

Index = QModelIndex | QPersistentModelIndex


def clamp_text(text: str, font: QFont, width: int, lines: int) -> str:
    """``text`` as it wraps at ``width`` pixels, cut to at most ``lines`` lines
    with the last one ending in "…"; unchanged when it fits."""
    if width <= 0 or not text:
        return text
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    layout.setTextOption(option)
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while len(spans) <= lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    if len(spans) <= lines:
        return text
    kept = [text[start : start + length].strip() for start, length in spans[: lines - 1]]
    rest = " ".join(text[spans[lines - 1][0] :].split())
    last = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return "\n".join([*kept, last])


class ClampedLabel(QLabel):
    """Word-wrapped plain text shown in at most ``lines`` lines, the last ending
    in "…" when it is cut; the whole text is then the tooltip.

    It never asks for width of its own (a long unbroken text cannot widen the
    window) and is as tall as the lines it shows.
    """

    def __init__(self, lines: int) -> None:
        super().__init__()
        self._lines = lines
        self._full = ""
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        """Show ``text``, cut to the label's lines; ``text()`` is what shows."""
        self._full = text
        self._clamp()

    def _clamp(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin() - 1
        shown = clamp_text(self._full, self.font(), width, self._lines)
        if shown != super().text():
            super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._clamp()


# What changes how every cell looks.
_LOOK_CHANGES = (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange)


def direction_of(text: str) -> Qt.LayoutDirection:
    """Right to left if the first strong letter of ``text`` is (Arabic, Hebrew…).

    The Unicode bidirectional algorithm's rule for a paragraph's level (P2):
    a cell, a line or a box of text takes its direction from its own words,
    whatever the window's direction.
    """
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


class LinesDelegate(QStyledItemDelegate):
    """Wrapped cells at most ``lines`` lines tall; the style ends a cut cell in "…".

    Each cell is laid out, and aligned, in its own text's direction (an Arabic
    contribution reads from the right in a list of English ones).

    With ``cell_key`` (a model's function giving, for an index, a value that
    stands for all the cell shows), each cell drawn is kept as a picture and
    drawn again from it while its key, size, state and palette stay the same.
    Wrapping and shaping a few hundred characters is most of the cost of
    drawing a list of long texts, and a new row at the top moves every other
    row without changing it.
    """

    # Pixels of cell pictures kept (about 24 MB at 4 bytes a pixel).
    CACHE_PIXELS = 6_000_000

    def __init__(
        self,
        lines: int,
        parent: QObject | None = None,
        cell_key: Callable[[Index], Hashable] | None = None,
    ) -> None:
        super().__init__(parent)
        self._lines = lines
        self._cell_key = cell_key
        self._pictures: dict[Hashable, QPixmap] = {}
        self._pixels = 0
        # The first frame draws each cell directly: pictures are kept from the next one.
        self._keeping = self._arming = False
        if cell_key is not None and parent is not None:
            parent.installEventFilter(self)  # a new font, palette or style: draw cells afresh

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.parent():
            return super().eventFilter(watched, event)  # an open editor's keys
        if event.type() in _LOOK_CHANGES:
            self._pictures.clear()
            self._pixels = 0
        return False

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(text, str):
            option.direction = direction_of(text)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        content = None if self._cell_key is None else self._cell_key(index)
        rect = option.rect
        if content is None or rect.isEmpty() or not self._keeping:
            if content is not None and not self._arming:
                self._arming = True
                QTimer.singleShot(0, self, self._keep_pictures)  # once this frame is drawn
            super().paint(painter, option, index)
            return
        widget = option.widget
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        # The state says selected, current, under the mouse, in an active
        # window: the palette's colour group follows from it.
        key = (content, rect.width(), rect.height(), option.state, ratio)
        picture = self._pictures.pop(key, None)
        if picture is None:
            picture = self._draw(option, index, ratio)
            self._pixels += picture.width() * picture.height()
            while self._pixels > self.CACHE_PIXELS and self._pictures:
                oldest = self._pictures.pop(next(iter(self._pictures)))
                self._pixels -= oldest.width() * oldest.height()
        self._pictures[key] = picture  # the most recently drawn last
        painter.drawPixmap(rect.topLeft(), picture)

    def _keep_pictures(self) -> None:
        self._keeping = True

    def _draw(self, option: QStyleOptionViewItem, index: Index, ratio: float) -> QPixmap:
        """The cell as the style draws it, on the view's own background."""
        size = option.rect.size()
        picture = QPixmap(size * ratio)
        picture.setDevicePixelRatio(ratio)
        picture.fill(option.palette.color(QPalette.ColorRole.Base))
        local = QStyleOptionViewItem(option)
        local.rect = QRect(QPoint(0, 0), size)
        painter = QPainter(picture)
        try:
            super().paint(painter, local, index)
        finally:
            painter.end()
        return picture

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else option.fontMetrics
        most = self._lines * metrics.lineSpacing() + 8
        return QSize(size.width(), min(size.height(), most))


def keep_columns_fitted(
    view: QTableView, columns: Sequence[int], most: int, rows: int | None = None
) -> None:
    """Size ``columns`` to their contents — header and rows — whenever rows
    arrive, change or go, never wider than ``most`` pixels (then the cell
    ends in "…" and its tooltip or editor has the rest).

    Qt's own "resize to contents" measures once, so a table made empty keeps
    the width of its headers ("13…") when the first rows come in. With
    ``rows``, only the first so many rows are measured when the whole table
    changes (a long list: its top rows are what shows).
    """
    header = view.horizontalHeader()
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)

    def fit(*_: object) -> None:
        for column in columns:
            if rows is None:
                measured = view.sizeHintForColumn(column)
            else:
                measured = widest(column, 0, min(rows, view.model().rowCount()) - 1)
            wanted = max(measured, header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted, most))

    def widest(column: int, first: int, last: int) -> int:
        model = view.model()
        grid = 1 if view.showGrid() else 0
        return max(
            (
                view.sizeHintForIndex(model.index(row, column)).width() + grid
                for row in range(first, last + 1)
            ),
            default=0,
        )

    def grow(_parent: object, first: int, last: int) -> None:
        # New rows can only widen a column: measure them alone, not the whole
        # table again (a point may hold thousands of contributions).
        for column in columns:
            width = header.sectionSize(column)
            if width >= most:
                continue
            new = widest(column, first, last)
            if new > width:
                header.resizeSection(column, min(new, most))

    model = view.model()
    model.rowsInserted.connect(grow)
    model.rowsRemoved.connect(fit)
    model.modelReset.connect(fit)
    model.dataChanged.connect(fit)
    model.layoutChanged.connect(fit)
    fit()
