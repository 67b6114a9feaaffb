"""The kiosk as a window of its own, for the voters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from breakout_qt.kiosk.kiosk import Kiosk


class KioskWindow(QWidget):
    """The kiosk as a top-level window of its own, for the voters.

    It opens without taking the keyboard from the console
    (``WA_ShowWithoutActivating``); :meth:`hand_over` gives it the keyboard
    when the facilitator asks (F7 again). F11 toggles full screen; Escape stays
    the kiosk's own "cancel" and never leaves full screen.
    """

    def __init__(self, kiosk: Kiosk) -> None:
        super().__init__(None)
        self.setObjectName("kioskWindow")
        self.setWindowTitle(kiosk.words.translate("Kiosk", "Breakout — voting kiosk"))
        self.setAccessibleName(kiosk.words.translate("Kiosk", "Voting kiosk window"))
        self.setLayoutDirection(kiosk.words.direction)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.kiosk = kiosk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(kiosk)

    def hand_over(self) -> None:
        """Give the kiosk the keyboard: raise it, activate it, focus where the voter starts."""
        if not self.isVisible():
            self.show()
        self.raise_()
        self.activateWindow()
        self.kiosk.focus_start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.showFullScreen()
            return
        super().keyPressEvent(event)
