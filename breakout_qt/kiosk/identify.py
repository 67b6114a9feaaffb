"""The kiosk's first stage: the voter says who they are.

In a secret round, and in any round under the Chatham House Rule, they type
the code from their card (masked as it is typed); in a named round they tap
their name among the people checked in who have not voted yet.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from breakout.model import Participant, Round
from breakout.session import Session
from breakout_qt.i18n import QT_TRANSLATE_NOOP, Catalogue, fill
from breakout_qt.kiosk.controls import (
    CodeEdit,
    KioskButton,
    clean_code,
    clear_layout,
    kiosk_label,
    message_label,
    scroll_area,
)

# The kiosk's refusals, in English; shown through the kiosk's catalogue.
UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "Kiosk", "That code is not known. Check the code on your card and try again."
)
CODE_USED = QT_TRANSLATE_NOOP(
    "Kiosk", "This code has already voted in this round. Each person votes once."
)
ALREADY_VOTED = QT_TRANSLATE_NOOP(
    "Kiosk", "You have already voted in this round. Each person votes once."
)
NO_CODE = QT_TRANSLATE_NOOP("Kiosk", "Type the code from your card first.")


class IdentifyStage(QWidget):
    """Code or name. ``chosen`` carries the participant whose code was accepted;
    ``tapped`` the participant whose name was tapped (the kiosk checks it)."""

    chosen = Signal(int)
    tapped = Signal(int)

    def __init__(self, session: Session, round_id: int, words: Catalogue) -> None:
        super().__init__()
        self.words = words
        self.session = session
        self.round_id = round_id
        self.by_code = True
        self.open = False
        self.name_buttons: dict[int, KioskButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.prompt_label = kiosk_label("kioskPrompt", words.translate("Kiosk", "What to do"))
        self.prompt_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.code_edit = CodeEdit(words)
        self.code_edit.returnPressed.connect(self.submit_code)
        # The last refusal goes as soon as the next person starts typing.
        self.code_edit.textEdited.connect(lambda _text: self.say(""))
        self.continue_button = KioskButton(words.translate("Kiosk", "Continue"))
        self.continue_button.setObjectName("primary")
        self.continue_button.setProperty("big", True)
        self.continue_button.clicked.connect(self.submit_code)
        code_row = QHBoxLayout()
        code_row.addStretch(1)
        code_row.addWidget(self.code_edit, 3)
        code_row.addWidget(self.continue_button, 2)
        code_row.addStretch(1)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setAccessibleName(words.translate("Kiosk", "Search names"))
        self.search_edit.setPlaceholderText(words.translate("Kiosk", "Type to find your name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._filter_names)
        self.search_edit.textEdited.connect(lambda _text: self.say(""))
        self.search_edit.returnPressed.connect(self._pick_first_name)
        self.names_box = QWidget()
        self.names_grid = QGridLayout(self.names_box)
        self.names_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.names_area = scroll_area(self.names_box)
        self.hint_label = kiosk_label("kioskStatus", words.translate("Kiosk", "Help"))
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # Refusals show where the eye is: right under the code or the names.
        self.message = message_label(words)
        layout.addStretch(1)
        layout.addWidget(self.prompt_label)
        layout.addLayout(code_row)
        layout.addWidget(self.message)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.names_area, 8)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)
        self.box = layout

    def say(self, text: str) -> None:
        """Show a message already in the kiosk's language ("" clears it)."""
        self.message.setText(text)

    def refuse(self, english: str) -> None:
        """Show one of the refusals above, in the kiosk's language."""
        self.say(self.words.translate("Kiosk", english))

    def clear(self) -> None:
        """No trace of the last person: the code, the search and the message go."""
        self.code_edit.setText("")  # also clears its undo history
        self.search_edit.setText("")
        self.say("")

    def show_for(self, rnd: Round, by_code: bool) -> None:
        """What the start screen asks for, given the round's state and secrecy."""
        self.by_code = by_code
        self.open = rnd.state == "open"
        for widget in (self.code_edit, self.continue_button):
            widget.setVisible(self.open and by_code)
        self.search_edit.setVisible(self.open and not by_code)
        self.names_area.setVisible(self.open and not by_code)
        if not self.open:
            self.prompt_label.setText(
                self.words.translate("Kiosk", "Voting has not opened yet")
                if rnd.state == "draft"
                else self.words.translate("Kiosk", "Voting has closed")
            )
            self.hint_label.setText("")
        elif by_code:
            self.prompt_label.setText(self.words.translate("Kiosk", "Type the code from your card"))
            self.hint_label.setText(
                self.words.translate(
                    "Kiosk",
                    "Your code lets you vote once. Your ballot is stored without your name.",
                )
                if rnd.secret
                else self.words.translate(
                    "Kiosk", "Your code lets you vote once. No name is shown on this screen."
                )
            )
        else:
            self.prompt_label.setText(self.words.translate("Kiosk", "Tap your name to vote"))
            self.hint_label.setText(
                self.words.translate(
                    "Kiosk", "Not on the list? Ask the facilitator to check you in."
                )
            )
            self.fill_names()

    def focus_start(self) -> None:
        if self.code_edit.isVisibleTo(self):
            self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.search_edit.isVisibleTo(self):
            self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def waiting(self) -> list[Participant]:
        """Named rounds: people checked in who have not voted yet."""
        done = set(self.session.voting.voters(self.round_id))
        return [p for p in self.session.people.participants() if p.present and p.id not in done]

    def fill_names(self) -> None:
        people = self.waiting()
        self.name_buttons = {}
        clear_layout(self.names_grid)
        columns = 3
        for n, person in enumerate(people):
            button = KioskButton(person.name)
            button.setObjectName("nameButton")
            button.setAccessibleName(fill(self.words.translate("Kiosk", "Vote as %1"), person.name))
            button.clicked.connect(lambda _c=False, pid=person.id: self.tapped.emit(pid))
            self.names_grid.addWidget(button, n // columns, n % columns)
            self.name_buttons[person.id] = button
        if not people:
            self.prompt_label.setText(
                self.words.translate("Kiosk", "Everyone checked in has voted")
            )
        self._filter_names(self.search_edit.text())

    def _filter_names(self, text: str) -> None:
        words = text.casefold().split()
        for button in self.name_buttons.values():
            name = button.text().casefold()
            button.setVisible(all(word in name for word in words))

    def visible_names(self) -> list[str]:
        return [b.text() for b in self.name_buttons.values() if not b.isHidden()]

    def _pick_first_name(self) -> None:
        shown = [pid for pid, b in self.name_buttons.items() if not b.isHidden()]
        if len(shown) == 1:
            self.tapped.emit(shown[0])
        elif shown:
            self.refuse(
                QT_TRANSLATE_NOOP("Kiosk", "Several names match; type more of yours, or tap it.")
            )

    def submit_code(self) -> None:
        if not self.open or not self.by_code:
            return
        code = clean_code(self.code_edit.text())
        if not code:
            self.refuse(NO_CODE)
            return
        person = next(
            (
                p
                for p in self.session.people.participants()
                if clean_code(p.voting_code or "") == code
            ),
            None,
        )
        self.code_edit.setText("")
        if person is None or person.id in self.session.voting.voters(self.round_id):
            self.refuse(UNKNOWN_CODE if person is None else CODE_USED)
            self.code_edit.setFocus()
            return
        self.chosen.emit(person.id)
