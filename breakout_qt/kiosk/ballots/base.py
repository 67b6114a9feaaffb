"""What every ballot widget at the kiosk is: rows of large controls for one voter.

One widget per voting method (keyed by the method's name in
:data:`breakout_qt.kiosk.ballots.BALLOTS`). A widget is built fresh for each voter and
forgotten once the ballot is in. It keeps the entries as the engine reads a
ballot (``{item id: value}``), says when they change (:attr:`changed`), and
says why a touch did nothing (:attr:`refused`); the kiosk checks the ballot
with the engine's rules before the voter reviews it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from breakout.model import RoundItem
from breakout_qt.i18n import Catalogue
from breakout_qt.kiosk.controls import kiosk_label


class BallotWidget(QWidget):
    """A ballot being filled in. Subclasses build the rows and show the entries."""

    # The entries changed (the kiosk updates the count at the top).
    changed = Signal()
    # A touch did nothing, and this says why.
    refused = Signal(str)
    # Whether the footer offers "Start over".
    starts_over = False
    # Space between rows, as a share of the kiosk's height.
    row_share = 0.014

    def __init__(
        self,
        items: Sequence[RoundItem],
        settings: Mapping[str, Any],
        words: Catalogue | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ballot")
        # The kiosk's language.
        self.words = words if words is not None else Catalogue()
        self.items = list(items)
        self.settings = dict(settings)
        self._entries: dict[int, int] = {}
        self.rows_layout = QVBoxLayout(self)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.build()
        self.show_entries()

    # -- what each method provides -------------------------------------------------------

    def build(self) -> None:
        """Add one row per item to :attr:`rows_layout`."""
        raise NotImplementedError

    def controls(self) -> list[QWidget]:
        """The controls in Tab order, top to bottom."""
        raise NotImplementedError

    def show_entries(self) -> None:
        """Show the entries on the controls."""
        raise NotImplementedError

    def status(self) -> str:
        """The ballot so far in a few words: "3 of 5 dots left"."""
        raise NotImplementedError

    # -- shared ---------------------------------------------------------------------------

    def entries(self) -> dict[int, int]:
        """The ballot as filled so far (item id -> value)."""
        return dict(self._entries)

    def start_over(self) -> None:
        self._entries = {}
        self.changed_now()

    def changed_now(self) -> None:
        self.show_entries()
        self.changed.emit()

    def item_text(self, item: RoundItem) -> QLabel:
        """An item's wording, wrapped; the kiosk shrinks it to keep the ballot in view."""
        label = kiosk_label("itemText", self.words.translate("Ballot", "Item"))
        label.setText(item.label)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label
