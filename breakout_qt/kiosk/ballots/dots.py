"""The dot-voting ballot: − and + beside each item, the dots left at the top."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from breakout.model import RoundItem
from breakout_qt.i18n import fill
from breakout_qt.kiosk.ballots.base import BallotWidget
from breakout_qt.kiosk.controls import KioskButton


class DotsBallot(BallotWidget):
    def build(self) -> None:
        self.minus_buttons: dict[int, KioskButton] = {}
        self.plus_buttons: dict[int, KioskButton] = {}
        self.count_labels: dict[int, QLabel] = {}
        for item in self.items:
            self.rows_layout.addWidget(self._row(item))

    def _row(self, item: RoundItem) -> QWidget:
        row = QFrame()
        row.setObjectName("ballotRow")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.item_text(item), 1)
        minus = KioskButton("−")
        minus.setObjectName("stepButton")
        w = self.words
        minus.setAccessibleName(fill(w.translate("Ballot", "One dot fewer for %1"), item.label))
        minus.clicked.connect(lambda _c=False, iid=item.id: self.add_dot(iid, -1))
        count = QLabel("0")
        count.setObjectName("countLabel")
        count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        count.setAccessibleName(fill(w.translate("Ballot", "Dots on %1"), item.label))
        plus = KioskButton("+")
        plus.setObjectName("stepButton")
        plus.setAccessibleName(fill(w.translate("Ballot", "One dot more for %1"), item.label))
        plus.clicked.connect(lambda _c=False, iid=item.id: self.add_dot(iid, +1))
        layout.addWidget(minus)
        layout.addWidget(count)
        layout.addWidget(plus)
        self.minus_buttons[item.id] = minus
        self.plus_buttons[item.id] = plus
        self.count_labels[item.id] = count
        return row

    def controls(self) -> list[QWidget]:
        # + before −, one Tab apart: Space on the first stop adds a dot.
        return [b for i in self.items for b in (self.plus_buttons[i.id], self.minus_buttons[i.id])]

    def add_dot(self, item_id: int, step: int) -> None:
        budget = int(self.settings["budget"])
        cap = int(self.settings["per_item_cap"])
        now = self._entries.get(item_id, 0)
        new = now + step
        words = self.words
        if step > 0 and now >= cap:
            self.refused.emit(words.tr("At most %n dots on one item.", None, cap))
            return
        if step > 0 and sum(self._entries.values()) >= budget:
            self.refused.emit(
                words.translate(
                    "Ballot", "All your dots are placed; take one back with − to move it."
                )
            )
            return
        if new < 0:
            self.refused.emit(words.translate("Ballot", "This item has no dots to take back."))
            return
        if new:
            self._entries[item_id] = new
        else:
            self._entries.pop(item_id, None)
        self.changed_now()

    def show_entries(self) -> None:
        cap = int(self.settings["per_item_cap"])
        left = int(self.settings["budget"]) - sum(self._entries.values())
        spent = self.words.translate("Ballot", "not available now")
        for item in self.items:
            count = self._entries.get(item.id, 0)
            self.count_labels[item.id].setText(str(count))
            self.plus_buttons[item.id].set_spent(not (count < cap and left > 0), spent)
            self.minus_buttons[item.id].set_spent(count == 0, spent)

    def status(self) -> str:
        budget = int(self.settings["budget"])
        words = self.words
        return fill(
            words.tr("%1 of %n dots left", None, budget), budget - sum(self._entries.values())
        )
