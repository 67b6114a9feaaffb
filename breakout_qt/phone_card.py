"""A voting card for someone at the door, in seconds, from the phone panel.

Someone arrives who is not on the roster, or has lost their card: the
facilitator types their name (or nothing), presses Give a code, and reads the
code to them or prints their one card. The code is shown here only, in the
console's panel on this computer: the room's screen never shows a code. It is
cleared from the panel once the panel is closed, and replaced by the next one.
Giving the card is one engine operation (:meth:`breakout.people.People.card_for`),
on the undo stack like any other change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QHideEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breakout.session import Session
from breakout_qt.i18n import fill
from breakout_qt.undo import Operations
from breakout_qt.vote_codes import cards_html, print_html


class WalkInCard(QGroupBox):
    """Type a name (or none), get a code shown only here, print it as one card."""

    def __init__(self, session: Session, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PhonePanel", "Card for a walk-in"), parent)
        self.session = session
        self.ops = ops
        self.card: tuple[str, str] | None = None  # (name, code) shown now
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(
            QCoreApplication.translate("PhonePanel", "Their name, or leave it empty")
        )
        self.name_edit.setAccessibleName(QCoreApplication.translate("PhonePanel", "Walk-in's name"))
        self.name_edit.returnPressed.connect(self.give)
        self.name_label = QLabel(QCoreApplication.translate("PhonePanel", "Wal&k-in's name:"))
        self.name_label.setBuddy(self.name_edit)
        self.give_button = QPushButton(QCoreApplication.translate("PhonePanel", "&Give a code"))
        self.give_button.clicked.connect(self.give)
        self.code_label = QLabel()
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(QCoreApplication.translate("PhonePanel", "Voting code"))
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(max(font.pointSize(), 10) * 2)
        font.setBold(True)
        self.code_label.setFont(font)
        self.who_label = QLabel()
        self.who_label.setTextFormat(Qt.TextFormat.PlainText)
        self.who_label.setWordWrap(True)
        self.print_button = QPushButton(QCoreApplication.translate("PhonePanel", "Print &card…"))
        self.print_button.clicked.connect(self.print_card)
        row = QHBoxLayout()
        row.addWidget(self.name_label)
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.give_button)
        shown = QHBoxLayout()
        shown.addWidget(self.code_label)
        shown.addWidget(self.who_label, 1)
        shown.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(shown)
        self.clear()

    def give(self) -> None:
        """Give the typed name (or a numbered walk-in) a card, and show its code here."""
        name = self.name_edit.text()
        unnamed = QCoreApplication.translate("PhonePanel", "Walk-in")
        change = self.ops.run(lambda: self.session.people.card_for(name, unnamed=unnamed))
        if change is None:  # refused: the window has said why; the name stays to correct
            return
        person = next(p for p in self.session.people.participants() if p.id == change.result)
        assert person.voting_code is not None  # card_for always leaves them a code
        self.card = (person.name, person.voting_code)
        self.code_label.setText(person.voting_code)
        said = QCoreApplication.translate(
            "PhonePanel",
            "%1 is checked in. Read them this code or print their card; "
            "only this computer shows it, never the room's screen.",
        )
        self.who_label.setText(fill(said, person.name))
        self.print_button.setEnabled(True)
        self.name_edit.clear()

    def card_html(self) -> str:
        """The one card to print: the session's title, the name and the code."""
        if self.card is None:
            return ""
        return cards_html([self.card], self.session.info().title)

    def print_card(self) -> None:
        if self.card is not None:
            print_html(self, self.card_html())

    def clear(self) -> None:
        """Take the code off the panel."""
        self.card = None
        self.code_label.clear()
        self.who_label.clear()
        self.print_button.setEnabled(False)

    def hideEvent(self, event: QHideEvent) -> None:
        self.clear()  # a code does not stay on the panel for the next person to see
        super().hideEvent(event)


__all__ = ["WalkInCard"]
