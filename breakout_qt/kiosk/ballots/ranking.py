"""The ranking ballot: items tapped in order of preference get 1st, 2nd, 3rd …"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from breakout_qt.i18n import fill
from breakout_qt.kiosk.ballots.base import BallotWidget
from breakout_qt.kiosk.controls import TapRow
from breakout_qt.kiosk.wording import place as place_words


class RankingBallot(BallotWidget):
    starts_over = True

    def build(self) -> None:
        self.item_rows: dict[int, TapRow] = {}
        self._order: list[int] = []
        for item in self.items:
            row = TapRow(item.label)
            row.clicked.connect(lambda iid=item.id: self.tap(iid))
            self.item_rows[item.id] = row
            self.rows_layout.addWidget(row)

    def controls(self) -> list[QWidget]:
        return [self.item_rows[i.id] for i in self.items]

    def tap(self, item_id: int) -> None:
        """Give the item the next place, or take it back (the places after it move up)."""
        if item_id in self._order:
            self._order.remove(item_id)
        else:
            most = self.settings.get("max_ranked")
            if most is not None and len(self._order) >= most:
                words = self.words
                self.refused.emit(
                    words.tr("You can rank up to %n items; tap one to take it back.", None, most)
                )
                return
            self._order.append(item_id)
        self._entries = {item: n for n, item in enumerate(self._order, 1)}
        self.changed_now()

    def start_over(self) -> None:
        self._order = []
        super().start_over()

    def show_entries(self) -> None:
        for item in self.items:
            place = self._entries.get(item.id)
            badge = place_words(self.words, place) if place is not None else ""
            self.item_rows[item.id].set_selected(place is not None, badge)
            if place is None:
                self.item_rows[item.id].badge.setText("")

    def status(self) -> str:
        words = self.words
        return fill(words.tr("%1 of %n ranked", None, len(self.items)), len(self._entries))
