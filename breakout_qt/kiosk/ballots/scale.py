"""Ballots on a scale: every item gets one level, chosen from a row of buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from breakout.model import RoundItem
from breakout_qt.i18n import fill
from breakout_qt.kiosk.ballots.base import BallotWidget
from breakout_qt.kiosk.controls import KioskButton


class ScaleBallot(BallotWidget):
    """One row of level buttons under each item; exactly one is chosen per item.

    ``level_buttons[item][value]`` is the button for that value, whatever the
    order the buttons are shown in.
    """

    row_share = 0.022
    # What each value is called, by value.
    names: tuple[str, ...] = ()
    # The values in the order their buttons stand, left to right.
    shown: tuple[int, ...] = ()
    # The value drawn as a warning when chosen (a block, a reject).
    warning = 0

    def build(self) -> None:
        self.level_buttons: dict[int, list[KioskButton]] = {}
        for item in self.items:
            self.rows_layout.addWidget(self._row(item))

    def button_text(self, value: int) -> str:
        return self.words.translate("Voting", self.names[value])

    def _row(self, item: RoundItem) -> QWidget:
        row = QFrame()
        row.setObjectName("ballotRow")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.item_text(item))
        levels = QHBoxLayout()
        buttons: dict[int, KioskButton] = {}
        for value in self.shown:
            button = KioskButton(self.button_text(value))
            button.setObjectName("blockButton" if value == self.warning else "levelButton")
            button.setCheckable(True)
            what = fill(
                self.words.translate("Ballot", "%1 for %2"), self.button_text(value), item.label
            )
            button.setAccessibleName(what)
            button.clicked.connect(lambda _c=False, iid=item.id, v=value: self.set_level(iid, v))
            levels.addWidget(button, 1)
            buttons[value] = button
        layout.addLayout(levels)
        self.level_buttons[item.id] = [buttons[value] for value in range(len(self.names))]
        return row

    def controls(self) -> list[QWidget]:
        return [self.level_buttons[i.id][value] for i in self.items for value in self.shown]

    def set_level(self, item_id: int, value: int) -> None:
        self._entries[item_id] = value
        self.changed_now()

    def show_entries(self) -> None:
        for item in self.items:
            chosen = self._entries.get(item.id)
            for value, button in enumerate(self.level_buttons[item.id]):
                button.setChecked(value == chosen)

    def status(self) -> str:
        words = self.words
        template = words.tr("%1 of %n items have a level", None, len(self.items))
        return fill(template, len(self._entries))
