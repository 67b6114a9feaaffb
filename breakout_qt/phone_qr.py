"""The phones' join address on the room's screen: a QR code (segno) and the address in text.

Hidden while phones are off. The code is drawn dark on white with its quiet
zone whatever the screen's scheme (phone cameras read dark-on-light codes
best), a third of the window's height, so it can be scanned from the first
rows; the address is written under it for anyone typing it instead.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

# Modules of white around the code, as the QR standard asks.
QUIET = 4


class JoinCode(QWidget):
    """A QR code of the join address, with the address written under it."""

    changed = Signal()  # shown, hidden or resized: the question around it fits itself again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address: str | None = None
        self._modules: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(
            QCoreApplication.translate("JoinCode", "QR code of the address phones join at")
        )
        self.hide()

    def show_address(self, address: str | None) -> None:
        """Show the code of ``address``; None hides it (phones stopped)."""
        self.address = address
        if address is None:
            self._modules = []
            self.hide()
            self.changed.emit()
            return
        code = segno.make_qr(address, error="m")
        self._modules = [[bool(m) for m in row] for row in code.matrix_iter(border=QUIET)]
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
        """Modules across, quiet zone included (0 when hidden)."""
        return len(self._modules)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.updateGeometry()
        return False

    def _side(self) -> int:
        return max(120, self.window().height() // 3)

    def _font(self) -> QFont:
        """The address's type: as large as lets it fit on two lines under the code."""
        font = QFont(self.font())
        size = max(10, self._side() // 12)
        font.setPixelSize(size)
        while size > 9 and QFontMetrics(font).horizontalAdvance(self.address or "") > 1.8 * (
            self._side()
        ):
            size -= 1
            font.setPixelSize(size)
        return font

    def _text_height(self) -> int:
        return QFontMetrics(self._font()).lineSpacing() * 2 + 4

    def sizeHint(self) -> QSize:
        side = self._side()
        return QSize(side, side + self._text_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._modules or self.address is None:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height() - self._text_height())
        painter.fillRect(0, 0, self.width(), self.height(), QColor("white"))
        step = side / len(self._modules)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self._modules):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(x * step, y * step, step + 0.5, step + 0.5))
        painter.setFont(self._font())
        painter.setPen(QColor("black"))
        text_box = QRectF(0, side, self.width(), self.height() - side)
        painter.drawText(
            text_box,
            int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWrapAnywhere),
            self.address,
        )
        painter.end()
