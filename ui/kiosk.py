"""The voting kiosk: participants vote in turn, in a window of its own.

The kiosk is never the room's screen: :class:`KioskWindow` puts it on a
touch screen or the laptop turned round (see
:meth:`ui.shared_screen.SharedScreen.show_kiosk`), while the room's screen
shows only how many have voted. The code from a voter's card is masked as it
is typed.

One person at a time: they identify (the short code from their card in a
secret round, or a tap on their name in a named round), fill the ballot with
large touch targets, check it, confirm, and read "Thank you — your vote is
in" for two seconds; then the screen clears for the next person, with no trace
of the previous name or ballot. Escape cancels back to the start.

The kiosk shows nothing that is not the voter's own: never results, never
anyone else's ballot, and in a secret round never who has voted. The engine
(:meth:`breakout.session.Session.cast_ballot`) decides what counts; the
kiosk checks the ballot with the engine's own rules first
(:func:`breakout.voting.validate_ballot`) so a mistake is shown before the
review, and shows every refusal in large type.
"""

from __future__ import annotations

import json
from dataclasses import replace
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from breakout import voting
from breakout.errors import BreakoutError
from breakout.model import Participant, Round, RoundItem
from breakout.session import Session
from breakout.voting import validate_ballot
from breakout.voting.agreement import AGREEMENT_LEVELS
from ui.shared_screen import SCHEMES, Scheme

THANKS = "Thank you — your vote is in"
UNKNOWN_CODE = "That code is not known. Check the code on your card and try again."
CODE_USED = "This code has already voted in this round. Each person votes once."
ALREADY_VOTED = "You have already voted in this round. Each person votes once."
NO_CODE = "Type the code from your card first."

#: Shares of the kiosk's height.
MARGIN_SHARE = 0.035
TITLE_SHARE = 0.030
PROMPT_SHARE = 0.046
TEXT_SHARE = 0.031
TEXT_MIN_SHARE = 0.021  # item wordings shrink this far to keep the whole ballot in view
BUTTON_SHARE = 0.034
TARGET_SHARE = 0.085  # the height of a touch target
CODE_SHARE = 0.085
MESSAGE_SHARE = 0.040
THANKS_SHARE = 0.075


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th … 11th, 12th … 21st."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def clean_code(text: str) -> str:
    """A typed code compared as the card prints it: no spaces or dashes, upper case."""
    return "".join(ch for ch in text if ch.isalnum()).upper()


def _move_focus(widget: QWidget, key: int) -> bool:
    """Arrow keys walk the focus chain like Tab and Shift+Tab."""
    if key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
        return widget.focusNextPrevChild(True)
    if key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
        return widget.focusNextPrevChild(False)
    return False


class KioskButton(QPushButton):
    """A large button that Enter presses too, and arrow keys leave.

    A ballot's + and − are never disabled: a disabled button that has the
    focus hands it to the next one, so the next Space would put a dot on a
    different item. At a limit they are "spent" instead — drawn greyed, still
    focused — and a press says why nothing happened.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        self.setProperty("spent", False)

    def set_spent(self, spent: bool) -> None:
        if self.property("spent") == spent:
            return
        self.setProperty("spent", spent)
        self.setAccessibleDescription("not available now" if spent else "")
        self.style().unpolish(self)
        self.style().polish(self)

    def is_spent(self) -> bool:
        return bool(self.property("spent"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.isEnabled():
                self.click()
            return
        if _move_focus(self, event.key()):
            return
        super().keyPressEvent(event)


class TapRow(QFrame):
    """A whole row that acts as one big button: a badge on the left, the item's wording."""

    clicked = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tapRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("selected", False)
        self.setAccessibleName(text)
        layout = QHBoxLayout(self)
        self.badge = QLabel("", self)
        self.badge.setObjectName("badge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(text, self)
        self.text.setObjectName("itemText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.badge)
        layout.addWidget(self.text, 1)
        self._pressed = False

    def set_selected(self, selected: bool, badge: str) -> None:
        self.setProperty("selected", selected)
        self.badge.setText(badge)
        self.setAccessibleDescription(badge)
        for widget in (self, self.badge, self.text):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = True
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pressed and event.button() == Qt.MouseButton.LeftButton:
            self._pressed = False
            if self.rect().contains(event.position().toPoint()):
                self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        if _move_focus(self, event.key()):
            return
        super().keyPressEvent(event)


class CodeEdit(QLineEdit):
    """The code from the card: large, upper case as typed, Enter continues."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeEdit")
        self.setAccessibleName("Your voting code")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMaxLength(12)
        self.setPlaceholderText("Code")
        # Masked as it is typed: whoever stands behind the voter cannot read it.
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhUppercaseOnly
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )
        self.textEdited.connect(self._upper)

    def _upper(self, text: str) -> None:
        if text != text.upper():
            position = self.cursorPosition()
            self.setText(text.upper())
            self.setCursorPosition(position)


def _clear(layout: QGridLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def _scroll_area(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName("kioskScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Not a Tab stop of its own: it has nothing to show focus with. Tab goes to the
    # controls inside, and the area scrolls to show the one focused.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    content.setObjectName("kioskScrollContent")
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


class Kiosk(QWidget):
    """The kiosk for one round. ``voted`` fires after each ballot goes in (it carries nothing)."""

    voted = Signal()
    #: How long "Thank you" stays up before the screen clears, in milliseconds.
    THANKS_MS = 2000

    def __init__(self, session: Session, round_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName("Voting kiosk")
        self.session = session
        self.round_id = round_id
        self.scheme: Scheme = SCHEMES["dark"]
        self.thanks_ms = self.THANKS_MS
        self.stage = "identify"  # identify | ballot | review | thanks

        self._round: Round = session.round(round_id)
        self._items: list[RoundItem] = []
        self._settings: dict[str, Any] = {}
        self._person: int | None = None
        self._entries: dict[int, int] = {}
        self._order: list[int] = []  # ranking: items in the order tapped
        self._identify_key: tuple[Any, ...] = ()

        # Ballot controls, rebuilt for each voter (tests reach them here).
        self.minus_buttons: dict[int, KioskButton] = {}
        self.plus_buttons: dict[int, KioskButton] = {}
        self.count_labels: dict[int, QLabel] = {}
        self.item_rows: dict[int, TapRow] = {}
        self.level_buttons: dict[int, list[KioskButton]] = {}
        self.name_buttons: dict[int, KioskButton] = {}

        self.title_label = QLabel(self)
        self.title_label.setObjectName("kioskTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setAccessibleName("Round")

        self.pages = QStackedWidget(self)
        self.identify_page = self._build_identify()
        self.ballot_page = self._build_ballot()
        self.review_page = self._build_review()
        self.thanks_page = self._build_thanks()
        for page in (self.identify_page, self.ballot_page, self.review_page, self.thanks_page):
            self.pages.addWidget(page)

        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title_label)
        self._layout.addWidget(self.pages, 1)

        self._thanks_timer = QTimer(self)
        self._thanks_timer.setSingleShot(True)
        self._thanks_timer.timeout.connect(self.reset)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_ballot)

        self.set_scheme(self.scheme)
        self.reset()

    # -- building the pages ----------------------------------------------------------

    def _label(self, name: str, accessible: str, *, wrap: bool = True) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(wrap)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(accessible)
        return label

    def _message_label(self) -> QLabel:
        label = self._label("kioskMessage", "Message")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label  # always in place, empty when there is nothing to say: nothing jumps

    def _build_identify(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.prompt_label = self._label("kioskPrompt", "What to do")
        self.prompt_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.code_edit = CodeEdit()
        self.code_edit.returnPressed.connect(self.submit_code)
        # The last refusal goes as soon as the next person starts typing.
        self.code_edit.textEdited.connect(lambda _text: self._say(""))
        self.continue_button = KioskButton("Continue")
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
        self.search_edit.setAccessibleName("Search names")
        self.search_edit.setPlaceholderText("Type to find your name")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._filter_names)
        self.search_edit.textEdited.connect(lambda _text: self._say(""))
        self.search_edit.returnPressed.connect(self._pick_first_name)
        self.names_box = QWidget()
        self.names_grid = QGridLayout(self.names_box)
        self.names_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.names_area = _scroll_area(self.names_box)
        self.hint_label = self._label("kioskStatus", "Help")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # Refusals show where the eye is: right under the code or the names.
        self.identify_message = self._message_label()
        layout.addStretch(1)
        layout.addWidget(self.prompt_label)
        layout.addLayout(code_row)
        layout.addWidget(self.identify_message)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.names_area, 8)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)
        self._identify_layout = layout
        return page

    def _build_ballot(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.instruction_label = self._label("kioskPrompt", "How to vote")
        self.status_label = self._label("kioskCount", "Your ballot so far")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.rows_area = _scroll_area(self.rows_box)
        self.cancel_button = KioskButton("Cancel")
        self.cancel_button.setAccessibleDescription("Back to the start; nothing is stored")
        self.cancel_button.clicked.connect(self.reset)
        self.start_over_button = KioskButton("Start over")
        self.start_over_button.clicked.connect(self.start_over)
        self.review_button = KioskButton("Review my vote")
        self.review_button.setObjectName("primary")
        self.review_button.clicked.connect(self.review)
        # A refusal shows in the footer, by the button that was pressed.
        self.ballot_message = self._message_label()
        footer = QHBoxLayout()
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.start_over_button)
        footer.addWidget(self.ballot_message, 1)
        footer.addWidget(self.review_button)
        heading = QHBoxLayout()
        heading.addWidget(self.instruction_label, 1)
        heading.addWidget(self.status_label)
        self._heading = heading
        layout.addLayout(heading)
        layout.addWidget(self.rows_area, 1)
        layout.addLayout(footer)
        return page

    def _build_review(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = self._label("kioskPrompt", "Check your vote")
        heading.setText("Check your vote, then confirm")
        self.summary_box = QWidget()
        self.summary_layout = QVBoxLayout(self.summary_box)
        self.summary_layout.setContentsMargins(0, 0, 0, 0)
        self.summary_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary_area = _scroll_area(self.summary_box)
        self.review_cancel_button = KioskButton("Cancel")
        self.review_cancel_button.clicked.connect(self.reset)
        self.change_button = KioskButton("Change my vote")
        self.change_button.clicked.connect(self._back_to_ballot)
        self.confirm_button = KioskButton("Confirm my vote")
        self.confirm_button.setObjectName("primary")
        self.confirm_button.clicked.connect(self.confirm)
        self.review_message = self._message_label()
        footer = QHBoxLayout()
        footer.addWidget(self.review_cancel_button)
        footer.addWidget(self.review_message, 1)
        footer.addWidget(self.change_button)
        footer.addWidget(self.confirm_button)
        layout.addWidget(heading)
        layout.addWidget(self.summary_area, 1)
        layout.addLayout(footer)
        return page

    def _build_thanks(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.thanks_label = self._label("kioskThanks", "Thank you")
        self.thanks_label.setText(THANKS)
        self.thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.thanks_label, 1)
        return page

    # -- the round -------------------------------------------------------------------

    def _reload_round(self) -> None:
        self._round = self.session.round(self.round_id)
        self._items = self.session.round_items(self.round_id)
        self._settings = json.loads(self._round.settings)
        method = voting.title(self._round.method)
        how = "secret ballot" if self._round.secret else "named vote"
        title = self._round.title or "Vote"
        self.title_label.setText(f"{title}  ·  {method}, {how}")

    def refresh(self) -> None:
        """Follow the session: the round's state, and who is left to tap in a named round.

        Only the start screen changes; a ballot being filled is left alone (the
        engine refuses it on confirming if voting closed meanwhile).
        """
        if self.stage != "identify":
            self._round = self.session.round(self.round_id)  # raises if it was undone away
            return
        self._reload_round()
        key = self._identify_state()
        if key != self._identify_key:
            self._show_identify()

    def by_code(self) -> bool:
        """People identify with their card's code in a secret round, and in any
        round under the Chatham House Rule, where no name may reach the screen."""
        return self._round.secret or self.session.info().chatham_house

    def _identify_state(self) -> tuple[Any, ...]:
        rnd = self._round
        if rnd.state != "open" or self.by_code():
            return (rnd.state, self.by_code())
        return (rnd.state, False, tuple(p.id for p in self._waiting()))

    def _waiting(self) -> list[Participant]:
        """Named rounds: people checked in who have not voted yet."""
        done = set(self.session.voters(self.round_id))
        return [p for p in self.session.participants() if p.present and p.id not in done]

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden (the shared screen closed or changed mode): no timer may fire
        # later against a session that may be gone by then.
        self._thanks_timer.stop()
        self._fit_timer.stop()
        super().hideEvent(event)

    # -- identify ----------------------------------------------------------------------

    def reset(self) -> None:
        """Back to the start for the next person: no trace of the last name or ballot."""
        self._thanks_timer.stop()
        self._person = None
        self._entries = {}
        self._order = []
        self._clear_ballot()
        _clear(self.summary_layout)
        self.code_edit.setText("")  # also clears its undo history
        self.search_edit.setText("")
        self.stage = "identify"
        try:
            self._reload_round()
        except BreakoutError:  # the round was undone away: take no more ballots
            self._round = replace(self._round, state="closed")
        self._show_identify()
        self.pages.setCurrentWidget(self.identify_page)
        self._say("")
        self.focus_start()

    def focus_start(self) -> None:
        if self.code_edit.isVisibleTo(self):
            self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.search_edit.isVisibleTo(self):
            self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_identify(self) -> None:
        rnd = self._round
        self._identify_key = self._identify_state()
        is_open = rnd.state == "open"
        secret_entry = is_open and self.by_code()
        named_entry = is_open and not self.by_code()
        for widget in (self.code_edit, self.continue_button):
            widget.setVisible(secret_entry)
        self.search_edit.setVisible(named_entry)
        self.names_area.setVisible(named_entry)
        if not is_open:
            self.prompt_label.setText(
                "Voting has not opened yet" if rnd.state == "draft" else "Voting has closed"
            )
            self.hint_label.setText("")
        elif self.by_code():
            self.prompt_label.setText("Type the code from your card")
            self.hint_label.setText(
                "Your code lets you vote once. Your ballot is stored without your name."
                if rnd.secret
                else "Your code lets you vote once. No name is shown on this screen."
            )
        else:
            self.prompt_label.setText("Tap your name to vote")
            self.hint_label.setText("Not on the list? Ask the facilitator to check you in.")
            self._fill_names()

    def _fill_names(self) -> None:
        people = self._waiting()
        self.name_buttons = {}
        _clear(self.names_grid)
        columns = 3
        for n, person in enumerate(people):
            button = KioskButton(person.name)
            button.setObjectName("nameButton")
            button.setAccessibleName(f"Vote as {person.name}")
            button.clicked.connect(lambda _c=False, pid=person.id: self.choose_person(pid))
            self.names_grid.addWidget(button, n // columns, n % columns)
            self.name_buttons[person.id] = button
        if not people:
            self.prompt_label.setText("Everyone checked in has voted")
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
            self.choose_person(shown[0])
        elif shown:
            self._say("Several names match; type more of yours, or tap it.")

    def submit_code(self) -> None:
        if self._round.state != "open" or not self.by_code():
            return
        code = clean_code(self.code_edit.text())
        if not code:
            self._say(NO_CODE)
            return
        person = next(
            (p for p in self.session.participants() if clean_code(p.voting_code or "") == code),
            None,
        )
        self.code_edit.setText("")
        if person is None:
            self._say(UNKNOWN_CODE)
            self.code_edit.setFocus()
            return
        if person.id in self.session.voters(self.round_id):
            self._say(CODE_USED)
            self.code_edit.setFocus()
            return
        self._begin(person.id)

    def choose_person(self, participant_id: int) -> None:
        """A named round: the person tapped their name."""
        self._reload_round()
        if self._round.state != "open" or self.by_code():
            return
        if participant_id in self.session.voters(self.round_id):
            self._say(ALREADY_VOTED)
            self._fill_names()
            return
        self._begin(participant_id)

    # -- the ballot ----------------------------------------------------------------------

    def _begin(self, participant_id: int) -> None:
        self._person = participant_id
        self._entries = {}
        self._order = []
        self._say("")
        self._build_rows()
        self.stage = "ballot"
        self.pages.setCurrentWidget(self.ballot_page)
        self._update_ballot()
        self.fit_ballot()
        self._fit_timer.start()  # again once the page has its real size
        first = self._first_control()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def fit_ballot(self) -> None:
        """Shrink the wordings (never the touch targets) until the whole ballot is in view.

        Below :data:`TEXT_MIN_SHARE` of the height the type stops shrinking and
        the ballot scrolls instead.
        """
        if self.stage != "ballot" or not self._items:
            return
        for layout in (self._layout, self.ballot_page.layout()):
            if layout is not None:
                layout.activate()
        viewport = self.rows_area.viewport()
        width, room = viewport.width(), viewport.height()
        h = max(300, self.height())
        size = max(10, round(TEXT_SHARE * h))
        floor = max(10, round(TEXT_MIN_SHARE * h))
        while True:
            self.rows_box.setStyleSheet(f"QLabel#itemText {{ font-size: {size}px; }}")
            needed = self.rows_layout.totalHeightForWidth(width)
            if needed <= room or size <= floor:
                break
            size = max(floor, int(size * 0.94))

    def _clear_ballot(self) -> None:
        _clear(self.rows_layout)
        self.minus_buttons = {}
        self.plus_buttons = {}
        self.count_labels = {}
        self.item_rows = {}
        self.level_buttons = {}

    def _first_control(self) -> QWidget | None:
        for item in self._items:
            for widget in (
                self.plus_buttons.get(item.id),
                self.item_rows.get(item.id),
                *(self.level_buttons.get(item.id) or []),
            ):
                if widget is not None:
                    return widget
        return None

    def _item_text(self, item: RoundItem) -> QLabel:
        label = self._label("itemText", "Item")
        label.setText(item.label)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    def _build_rows(self) -> None:
        self._clear_ballot()
        method = self._round.method
        for item in self._items:
            if method == "dots":
                self.rows_layout.addWidget(self._dots_row(item))
            elif method in ("approval", "ranking"):
                row = TapRow(item.label)
                row.clicked.connect(lambda iid=item.id: self.tap(iid))
                self.item_rows[item.id] = row
                self.rows_layout.addWidget(row)
            elif method == "agreement":
                self.rows_layout.addWidget(self._agreement_row(item))
        self.start_over_button.setVisible(method == "ranking")
        self.instruction_label.setText(self._instruction())
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        """Tab walks the ballot top to bottom — each item's controls (+ before −, one
        Tab apart), then the footer — and nothing else."""
        chain: list[QWidget] = []
        for item in self._items:
            for widget in (
                self.plus_buttons.get(item.id),
                self.minus_buttons.get(item.id),
                self.item_rows.get(item.id),
                *(self.level_buttons.get(item.id) or []),
            ):
                if widget is not None:
                    chain.append(widget)
        chain += [self.cancel_button, self.start_over_button, self.review_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _dots_row(self, item: RoundItem) -> QWidget:
        row = QFrame()
        row.setObjectName("ballotRow")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self._item_text(item), 1)
        minus = KioskButton("−")
        minus.setObjectName("stepButton")
        minus.setAccessibleName(f"One dot fewer for {item.label}")
        minus.clicked.connect(lambda _c=False, iid=item.id: self.add_dot(iid, -1))
        count = QLabel("0")
        count.setObjectName("countLabel")
        count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        count.setAccessibleName(f"Dots on {item.label}")
        plus = KioskButton("+")
        plus.setObjectName("stepButton")
        plus.setAccessibleName(f"One dot more for {item.label}")
        plus.clicked.connect(lambda _c=False, iid=item.id: self.add_dot(iid, +1))
        layout.addWidget(minus)
        layout.addWidget(count)
        layout.addWidget(plus)
        self.minus_buttons[item.id] = minus
        self.plus_buttons[item.id] = plus
        self.count_labels[item.id] = count
        return row

    def _agreement_row(self, item: RoundItem) -> QWidget:
        row = QFrame()
        row.setObjectName("ballotRow")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self._item_text(item))
        levels = QHBoxLayout()
        buttons = []
        for level, name in enumerate(AGREEMENT_LEVELS):
            button = KioskButton(f"{level}  {name}")
            button.setObjectName("blockButton" if level == 0 else "levelButton")
            button.setCheckable(True)
            button.setAccessibleName(f"{level} {name} for {item.label}")
            button.clicked.connect(lambda _c=False, iid=item.id, lv=level: self.set_level(iid, lv))
            levels.addWidget(button, 1)
            buttons.append(button)
        layout.addLayout(levels)
        self.level_buttons[item.id] = buttons
        return row

    def _instruction(self) -> str:
        return voting.method(self._round.method).instruction(self._settings)

    # -- filling it in ---------------------------------------------------------------------

    def add_dot(self, item_id: int, step: int) -> None:
        budget = int(self._settings["budget"])
        cap = int(self._settings["per_item_cap"])
        now = self._entries.get(item_id, 0)
        used = sum(self._entries.values())
        new = now + step
        if step > 0 and now >= cap:
            self._say(f"At most {_dots(cap)} on one item.")
            return
        if step > 0 and used >= budget:
            self._say("All your dots are placed; take one back with − to move it.")
            return
        if new < 0:
            self._say("This item has no dots to take back.")
            return
        if new:
            self._entries[item_id] = new
        else:
            self._entries.pop(item_id, None)
        self._say("")
        self._update_ballot()

    def tap(self, item_id: int) -> None:
        """Approval: toggle the item. Ranking: give it the next place, or take it back."""
        method = self._round.method
        if method == "approval":
            if self._entries.get(item_id):
                self._entries.pop(item_id)
            else:
                self._entries[item_id] = 1
        elif method == "ranking":
            if item_id in self._order:
                self._order.remove(item_id)
            else:
                most = self._settings.get("max_ranked")
                if most is not None and len(self._order) >= most:
                    self._say(f"You can rank up to {most} items; tap one to take it back.")
                    return
                self._order.append(item_id)
            self._entries = {item: n for n, item in enumerate(self._order, 1)}
        self._say("")
        self._update_ballot()

    def set_level(self, item_id: int, level: int) -> None:
        self._entries[item_id] = level
        self._say("")
        self._update_ballot()

    def start_over(self) -> None:
        self._entries = {}
        self._order = []
        self._say("")
        self._update_ballot()

    def _update_ballot(self) -> None:
        method = self._round.method
        if method == "dots":
            budget = int(self._settings["budget"])
            cap = int(self._settings["per_item_cap"])
            left = budget - sum(self._entries.values())
            for item in self._items:
                count = self._entries.get(item.id, 0)
                self.count_labels[item.id].setText(str(count))
                self.plus_buttons[item.id].set_spent(not (count < cap and left > 0))
                self.minus_buttons[item.id].set_spent(count == 0)
            self.status_label.setText(f"{left} of {budget} dots left")
        elif method == "approval":
            for item in self._items:
                on = bool(self._entries.get(item.id))
                self.item_rows[item.id].set_selected(on, "✓" if on else "")
            self.status_label.setText(f"{len(self._entries)} of {len(self._items)} supported")
        elif method == "ranking":
            for item in self._items:
                place = self._entries.get(item.id)
                self.item_rows[item.id].set_selected(place is not None, ordinal(place or 0))
                if place is None:
                    self.item_rows[item.id].badge.setText("")
            self.status_label.setText(f"{len(self._order)} of {len(self._items)} ranked")
        elif method == "agreement":
            for item in self._items:
                chosen = self._entries.get(item.id)
                for level, button in enumerate(self.level_buttons[item.id]):
                    button.setChecked(level == chosen)
            done = len(self._entries)
            self.status_label.setText(f"{done} of {len(self._items)} items have a level")

    # -- review and confirm ------------------------------------------------------------------

    def ballot(self) -> dict[int, int]:
        """The ballot as filled so far (item id -> value)."""
        return dict(self._entries)

    def review(self) -> None:
        if self.stage != "ballot":
            return
        try:
            clean = validate_ballot(
                self._round.method, self._settings, [i.id for i in self._items], self._entries
            )
        except BreakoutError as exc:
            self._say(_sentence(str(exc)))
            return
        _clear(self.summary_layout)
        for line in self._summary(clean):
            label = self._label("summaryLine", "Your choice")
            label.setText(line)
            self.summary_layout.addWidget(label)
        self.confirm_button.setEnabled(True)
        self.change_button.setEnabled(True)
        self.stage = "review"
        self.pages.setCurrentWidget(self.review_page)
        self._say("")
        self.confirm_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _summary(self, ballot: dict[int, int]) -> list[str]:
        items = [(i.id, i.label) for i in self._items]
        return voting.method(self._round.method).ballot_summary(ballot, items, self._settings)

    def _back_to_ballot(self) -> None:
        _clear(self.summary_layout)
        self.stage = "ballot"
        self.pages.setCurrentWidget(self.ballot_page)
        self._say("")
        first = self._first_control()
        if first is not None:
            first.setFocus()

    def confirm(self) -> None:
        if self.stage != "review" or self._person is None:
            return
        person = self._person
        try:
            self.session.cast_ballot(self.round_id, person, self._entries)
        except BreakoutError as exc:
            if person in self.session.voters(self.round_id):
                # The engine's words name the person: never on the room's screen.
                self._say(ALREADY_VOTED)
            else:
                self._say(_sentence(str(exc)))
            if self.session.round(self.round_id).state != "open" or person in self.session.voters(
                self.round_id
            ):
                self.confirm_button.setEnabled(False)
                self.change_button.setEnabled(False)
                self.review_cancel_button.setFocus()
            return
        # In: forget everything about this voter at once, then say thank you.
        self._person = None
        self._entries = {}
        self._order = []
        self._clear_ballot()
        _clear(self.summary_layout)
        self.stage = "thanks"
        self.pages.setCurrentWidget(self.thanks_page)
        self._say("")
        self._thanks_timer.start(self.thanks_ms)
        self.voted.emit()

    # -- messages, keys, look -----------------------------------------------------------------

    def _say(self, message: str) -> None:
        """Show a message in large type where the eye is: under the code or the names on
        the start screen, by the buttons on the ballot and the review."""
        here = {
            "identify": self.identify_message,
            "ballot": self.ballot_message,
            "review": self.review_message,
        }.get(self.stage)
        for label in (self.identify_message, self.ballot_message, self.review_message):
            label.setText(message if label is here else "")

    def message(self) -> str:
        """The message on screen now, or ""."""
        return next(
            (
                label.text()
                for label in (self.identify_message, self.ballot_message, self.review_message)
                if label.text() and label.isVisibleTo(self)
            ),
            "",
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.stage == "identify":
                self.code_edit.setText("")
                self.search_edit.setText("")
                self._say("")
                self.focus_start()
            elif self.stage != "thanks":
                self.reset()
            return  # Escape never leaks to the window (it would leave full screen)
        if _move_focus(self, event.key()):
            return
        super().keyPressEvent(event)

    def set_scheme(self, scheme: Scheme) -> None:
        self.scheme = scheme
        self._restyle()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._restyle()
        self.fit_ballot()

    def _restyle(self) -> None:
        """Colours from the scheme, sizes from the height: all in one style sheet."""
        s = self.scheme
        h = max(300, self.height())

        def px(share: float) -> int:
            return max(10, round(share * h))

        target = max(44, px(TARGET_SHARE))
        radius = max(6, round(0.012 * h))
        border = max(2, round(0.003 * h))
        focus = max(3, round(0.005 * h))
        pad = px(0.018)
        disabled = "#5a5a60" if s.name == "dark" else "#9a9a9a"
        disabled_bg = "#1c1c1f" if s.name == "dark" else "#eeeeee"
        on_accent = s.background
        self.setStyleSheet(
            f"""
            #kiosk, #kioskScrollContent, QScrollArea#kioskScroll {{
                background: {s.background}; }}
            QLabel {{ color: {s.text}; background: transparent; font-size: {px(TEXT_SHARE)}px; }}
            QLabel#kioskTitle {{ color: {s.muted}; font-size: {px(TITLE_SHARE)}px; }}
            QLabel#kioskPrompt {{ font-size: {px(PROMPT_SHARE)}px; font-weight: bold; }}
            QLabel#kioskStatus {{ color: {s.muted}; font-size: {px(TEXT_SHARE)}px; }}
            QLabel#kioskCount {{ font-size: {px(PROMPT_SHARE * 0.85)}px; font-weight: bold; }}
            QLabel#kioskMessage {{ color: {s.over_text}; font-size: {px(MESSAGE_SHARE)}px;
                font-weight: bold; }}
            QLabel#kioskThanks {{ font-size: {px(THANKS_SHARE)}px; font-weight: bold; }}
            QLabel#summaryLine {{ font-size: {px(TEXT_SHARE)}px; padding: {pad // 3}px 0; }}
            QLabel#countLabel {{ font-size: {px(PROMPT_SHARE)}px; font-weight: bold;
                min-width: {round(target * 1.1)}px; }}
            QPushButton {{ color: {s.text}; background: {s.track};
                border: {border}px solid {s.muted}; border-radius: {radius}px;
                font-size: {px(BUTTON_SHARE)}px; min-height: {target}px;
                padding: 0 {pad}px; }}
            QPushButton:focus {{ border: {focus}px solid {s.normal}; }}
            QPushButton:checked {{ background: {s.normal}; color: {on_accent};
                border-color: {s.normal}; font-weight: bold; }}
            QPushButton:checked:focus {{ border-color: {s.text}; }}
            QPushButton:disabled {{ color: {disabled}; background: {disabled_bg};
                border-color: {disabled}; }}
            QPushButton[spent="true"] {{ color: {disabled}; background: {disabled_bg};
                border-color: {disabled}; }}
            QPushButton[spent="true"]:focus {{ border: {focus}px solid {s.normal}; }}
            QPushButton#primary {{ background: {s.normal}; color: {on_accent};
                border-color: {s.normal}; font-weight: bold; padding: 0 {pad * 2}px; }}
            QPushButton#primary:focus {{ border-color: {s.text}; }}
            QPushButton#primary:disabled {{ color: {disabled}; background: {disabled_bg};
                border-color: {disabled}; }}
            QPushButton#stepButton {{ min-width: {target}px; max-width: {target}px;
                font-size: {px(PROMPT_SHARE)}px; font-weight: bold; padding: 0; }}
            QPushButton#levelButton, QPushButton#blockButton {{
                font-size: {px(TEXT_SHARE * 0.8)}px; padding: 0 4px; }}
            QPushButton#blockButton:checked {{ background: {s.over}; border-color: {s.over};
                color: {on_accent}; }}
            QPushButton#nameButton {{ font-size: {px(TEXT_SHARE)}px; }}
            QFrame#ballotRow {{ border-bottom: 1px solid {s.track}; }}
            QFrame#tapRow {{ background: {s.track}; border: {border}px solid {s.muted};
                border-radius: {radius}px; min-height: {target}px; }}
            QFrame#tapRow:focus {{ border: {focus}px solid {s.normal}; }}
            QFrame#tapRow[selected="true"] {{ background: {s.normal}; border-color: {s.normal}; }}
            QFrame#tapRow[selected="true"]:focus {{ border-color: {s.text}; }}
            QFrame#tapRow[selected="true"] QLabel {{ color: {on_accent}; }}
            QLabel#badge {{ font-size: {px(PROMPT_SHARE)}px; font-weight: bold;
                min-width: {round(target * 1.2)}px; }}
            QLineEdit {{ color: {s.text}; background: {s.background};
                border: {border}px solid {s.muted}; border-radius: {radius}px;
                padding: {pad // 2}px {pad}px; font-size: {px(TEXT_SHARE)}px;
                min-height: {target}px; }}
            QLineEdit:focus {{ border: {focus}px solid {s.normal}; }}
            QLineEdit#codeEdit {{ font-size: {px(CODE_SHARE)}px; font-weight: bold;
                letter-spacing: {round(0.01 * h)}px; min-height: {round(target * 1.3)}px; }}
            QPushButton[big="true"] {{ min-height: {round(target * 1.3) + pad}px; }}
            QScrollBar:vertical {{ background: {s.track}; width: {round(target * 0.4)}px;
                border-radius: {radius}px; margin-left: {pad // 2}px; }}
            QScrollBar::handle:vertical {{ background: {s.muted}; border-radius: {radius}px;
                min-height: {target}px; }}
            QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
            """
        )
        margin = px(MARGIN_SHARE)
        self._layout.setContentsMargins(round(margin * 1.3), margin, round(margin * 1.3), margin)
        self._layout.setSpacing(px(0.018))
        self.rows_layout.setSpacing(px(0.022 if self._round.method == "agreement" else 0.014))
        self.summary_layout.setSpacing(px(0.014))
        self._heading.setSpacing(px(0.03))
        self.names_grid.setSpacing(px(0.016))
        self._identify_layout.setSpacing(px(0.03))


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
        self.setWindowTitle("Breakout — voting kiosk")
        self.setAccessibleName("Voting kiosk window")
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


def _dots(n: int) -> str:
    return "1 dot" if n == 1 else f"{n} dots"


def _sentence(message: str) -> str:
    """An engine message as a sentence for the screen: capital first, full stop last."""
    text = message.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else f"{text}."


__all__ = ["THANKS", "Kiosk", "KioskButton", "KioskWindow", "TapRow", "clean_code", "ordinal"]
