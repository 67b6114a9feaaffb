"""The approval ballot: one tap row per item, tapped to mark it (✓) or unmark it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from breakout_qt.i18n import fill
from breakout_qt.kiosk.ballots.base import BallotWidget
from breakout_qt.kiosk.controls import TapRow


class ApprovalBallot(BallotWidget):
    def build(self) -> None:
        self.item_rows: dict[int, TapRow] = {}
        for item in self.items:
            row = TapRow(item.label)
            row.clicked.connect(lambda iid=item.id: self.tap(iid))
            self.item_rows[item.id] = row
            self.rows_layout.addWidget(row)

    def controls(self) -> list[QWidget]:
        return [self.item_rows[i.id] for i in self.items]

    def tap(self, item_id: int) -> None:
        if self._entries.pop(item_id, None) is None:
            self._entries[item_id] = 1
        self.changed_now()

    def show_entries(self) -> None:
        for item in self.items:
            on = bool(self._entries.get(item.id))
            self.item_rows[item.id].set_selected(on, "✓" if on else "")

    def status(self) -> str:
        words = self.words
        return fill(words.tr("%1 of %n supported", None, len(self.items)), len(self._entries))
