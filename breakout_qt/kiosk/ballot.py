"""The kiosk's second stage: the ballot, with its count at the top and its buttons below.

The ballot itself is the method's widget (:data:`breakout_qt.kiosk.ballots.BALLOTS`),
built fresh for each voter. Its wordings shrink (never its touch targets)
until the whole ballot is in view; below :data:`~breakout_qt.kiosk.style.TEXT_MIN_SHARE`
of the height they stop shrinking and the ballot scrolls instead.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from breakout_qt.i18n import Catalogue
from breakout_qt.kiosk.ballots.base import BallotWidget
from breakout_qt.kiosk.controls import (
    KioskButton,
    clear_layout,
    kiosk_label,
    message_label,
    scroll_area,
)
from breakout_qt.kiosk.style import TEXT_MIN_SHARE, TEXT_SHARE, scaled


class BallotStage(QWidget):
    def __init__(self, words: Catalogue) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.widget: BallotWidget | None = None
        self.instruction_label = kiosk_label("kioskPrompt", words.translate("Kiosk", "How to vote"))
        self.status_label = kiosk_label(
            "kioskCount", words.translate("Kiosk", "Your ballot so far")
        )
        # At the end of the line: the right in English, the left in Arabic.
        self.status_label.setAlignment(
            Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        )
        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.rows_area = scroll_area(self.rows_box)
        self.cancel_button = KioskButton(words.translate("Kiosk", "Cancel"))
        self.cancel_button.setAccessibleDescription(
            words.translate("Kiosk", "Back to the start; nothing is stored")
        )
        self.start_over_button = KioskButton(words.translate("Kiosk", "Start over"))
        self.review_button = KioskButton(words.translate("Kiosk", "Review my vote"))
        self.review_button.setObjectName("primary")
        # A refusal shows in the footer, by the button that was pressed.
        self.message = message_label(words)
        footer = QHBoxLayout()
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.start_over_button)
        footer.addWidget(self.message, 1)
        footer.addWidget(self.review_button)
        self.heading = QHBoxLayout()
        self.heading.addWidget(self.instruction_label, 1)
        self.heading.addWidget(self.status_label)
        layout.addLayout(self.heading)
        layout.addWidget(self.rows_area, 1)
        layout.addLayout(footer)

    def say(self, text: str) -> None:
        self.message.setText(text)

    def hold(self, widget: BallotWidget, instruction: str) -> None:
        """Show a new voter's ballot, Tab walking it top to bottom and then the footer."""
        self.clear()
        self.widget = widget
        self.rows_layout.addWidget(widget)
        widget.changed.connect(self.show_status)
        widget.refused.connect(self.say)
        self.start_over_button.setVisible(widget.starts_over)
        self.instruction_label.setText(instruction)
        chain = [*widget.controls(), self.cancel_button, self.start_over_button]
        for first, second in pairwise([*chain, self.review_button]):
            QWidget.setTabOrder(first, second)
        self.show_status()

    def show_status(self) -> None:
        self.say("")
        if self.widget is not None:
            self.status_label.setText(self.widget.status())

    def clear(self) -> None:
        """Forget the ballot: its widget goes at once."""
        self.widget = None
        clear_layout(self.rows_layout)

    def first_control(self) -> QWidget | None:
        controls = self.widget.controls() if self.widget is not None else []
        return controls[0] if controls else None

    def fit(self, height: int) -> None:
        """Shrink the wordings until the whole ballot is in view, or the floor is reached."""
        if self.widget is None:
            return
        layout = self.layout()
        if layout is not None:
            layout.activate()
        viewport = self.rows_area.viewport()
        width, room = viewport.width(), viewport.height()
        size = scaled(TEXT_SHARE, height)
        floor = scaled(TEXT_MIN_SHARE, height)
        while True:
            self.rows_box.setStyleSheet(f"QLabel#itemText {{ font-size: {size}px; }}")
            needed = self.rows_layout.totalHeightForWidth(width)
            if needed <= room or size <= floor:
                break
            size = max(floor, int(size * 0.94))

    def space(self, height: int) -> None:
        share = self.widget.row_share if self.widget is not None else 0.014
        if self.widget is not None:
            self.widget.rows_layout.setSpacing(scaled(share, height))
        self.heading.setSpacing(scaled(0.03, height))
