"""The kiosk's last stages: the voter checks the ballot read back, confirms, and is thanked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from breakout_qt.i18n import QT_TRANSLATE_NOOP, Catalogue
from breakout_qt.kiosk.controls import (
    KioskButton,
    clear_layout,
    kiosk_label,
    message_label,
    scroll_area,
)

THANKS = QT_TRANSLATE_NOOP("Kiosk", "Thank you — your vote is in")


class ReviewStage(QWidget):
    """The ballot in words (the method's own summary), then Confirm, Change or Cancel."""

    def __init__(self, words: Catalogue) -> None:
        super().__init__()
        self.words = words
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = kiosk_label("kioskPrompt", words.translate("Kiosk", "Check your vote"))
        heading.setText(words.translate("Kiosk", "Check your vote, then confirm"))
        self.summary_box = QWidget()
        self.summary_layout = QVBoxLayout(self.summary_box)
        self.summary_layout.setContentsMargins(0, 0, 0, 0)
        self.summary_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary_area = scroll_area(self.summary_box)
        self.cancel_button = KioskButton(words.translate("Kiosk", "Cancel"))
        self.change_button = KioskButton(words.translate("Kiosk", "Change my vote"))
        self.confirm_button = KioskButton(words.translate("Kiosk", "Confirm my vote"))
        self.confirm_button.setObjectName("primary")
        self.message = message_label(words)
        footer = QHBoxLayout()
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.message, 1)
        footer.addWidget(self.change_button)
        footer.addWidget(self.confirm_button)
        layout.addWidget(heading)
        layout.addWidget(self.summary_area, 1)
        layout.addLayout(footer)

    def say(self, text: str) -> None:
        self.message.setText(text)

    def show_lines(self, lines: list[str]) -> None:
        self.clear()
        for line in lines:
            label = kiosk_label("summaryLine", self.words.translate("Kiosk", "Your choice"))
            label.setText(line)
            self.summary_layout.addWidget(label)
        self.confirm_button.setEnabled(True)
        self.change_button.setEnabled(True)

    def clear(self) -> None:
        clear_layout(self.summary_layout)

    def stop(self) -> None:
        """Nothing more to confirm here (voting closed, or this person has voted)."""
        self.confirm_button.setEnabled(False)
        self.change_button.setEnabled(False)
        self.cancel_button.setFocus()


class ThanksStage(QWidget):
    def __init__(self, words: Catalogue) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.thanks_label = kiosk_label("kioskThanks", words.translate("Kiosk", "Thank you"))
        self.thanks_label.setText(words.translate("Kiosk", THANKS))
        self.thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.thanks_label, 1)
