"""The phones' join address on the room's screen: a QR code (segno) and the address in text.

Hidden while phones are off. The code is drawn dark on white with its quiet
zone whatever the screen's scheme (phone cameras read dark-on-light codes
best), a third of the window's height, so it can be scanned from the first
rows; the address is written under it for anyone typing it instead.
"""

from __future__ import annotations

import segno
import segno.helpers
from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from breakout_qt.i18n import Catalogue

# Modules of white around the code, as the QR standard asks.
QUIET = 4


class JoinCode(QWidget):
    """A QR code of the join address, with the address written under it; before it, when
    the facilitator typed the venue's network, a code that joins a phone to that Wi-Fi."""

    changed = Signal()  # shown, hidden or resized: the question around it fits itself again

    def __init__(self, words: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address: str | None = None
        self._codes: list[tuple[list[list[bool]], str]] = []  # (modules, caption), in order
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_words(words)
        self.hide()

    def set_words(self, words: Catalogue) -> None:
        """Name the code in the room's language (a screen reader in the room says it), which
        may not be the console's."""
        self.setAccessibleName(words.translate("JoinCode", "QR code of the address phones join at"))

    def show_address(self, address: str | None, wifi: tuple[str, str] | None = None) -> None:
        """Show the code of ``address`` (and of the Wi-Fi ``(name, password)`` before it);
        None hides it (phones stopped)."""
        self.address = address
        self._codes = []
        if address is None:
            self.hide()
            self.changed.emit()
            return
        if wifi is not None:
            name, password = wifi
            data = segno.helpers.make_wifi_data(
                name, password or None, "WPA" if password else "nopass"
            )
            self._codes.append((_modules(data), name))  # the password is never written out
        self._codes.append((_modules(address), address))
        self.setAccessibleDescription(address)
        top = self.window()
        if top is not self:
            top.removeEventFilter(self)
            top.installEventFilter(self)
        self.updateGeometry()
        self.show()
        self.update()
        self.changed.emit()

    @property
    def modules(self) -> int:
        """Modules across the address's code, quiet zone included (0 when hidden)."""
        return len(self._codes[-1][0]) if self._codes else 0

    @property
    def captions(self) -> list[str]:
        """What is written under each code, in order (the Wi-Fi's name, then the address)."""
        return [caption for _, caption in self._codes]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.updateGeometry()
        return False

    def _side(self) -> int:
        share = 4 if len(self._codes) > 1 else 3
        return max(120, self.window().height() // share)

    def _gap(self) -> int:
        return self._side() // 10

    def _font(self, text: str) -> QFont:
        """A caption's type: as large as lets it fit on two lines under its code."""
        font = QFont(self.font())
        size = max(10, self._side() // 12)
        font.setPixelSize(size)
        while size > 9 and QFontMetrics(font).horizontalAdvance(text) > 1.8 * self._side():
            size -= 1
            font.setPixelSize(size)
        return font

    def _text_height(self) -> int:
        return QFontMetrics(self._font("")).lineSpacing() * 2 + 4

    def sizeHint(self) -> QSize:
        side, count = self._side(), max(1, len(self._codes))
        return QSize(side * count + self._gap() * (count - 1), side + self._text_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._codes:
            return
        painter = QPainter(self)
        side = min(self._side(), self.height() - self._text_height())
        left = 0
        for modules, caption in self._codes:
            _paint_code(painter, modules, QRectF(left, 0, side, self.height()))
            painter.setFont(self._font(caption))
            painter.setPen(QColor("black"))
            painter.drawText(
                QRectF(left, side, side, self.height() - side),
                int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWrapAnywhere),
                caption,
            )
            left += side + self._gap()
        painter.end()


def _modules(data: str) -> list[list[bool]]:
    code = segno.make_qr(data, error="m")
    return [[bool(m) for m in row] for row in code.matrix_iter(border=QUIET)]


def _paint_code(painter: QPainter, modules: list[list[bool]], box: QRectF) -> None:
    """One code, dark on white, in the top square of ``box`` (white under it for the caption)."""
    painter.fillRect(box, QColor("white"))
    step = box.width() / len(modules)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(modules):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF(box.left() + x * step, y * step, step + 0.5, step + 0.5))
