"""The voting kiosk: participants vote in turn, one stage after another.

The stages are :class:`~breakout_qt.kiosk.identify.IdentifyStage` (code or name),
:class:`~breakout_qt.kiosk.ballot.BallotStage` (the method's ballot widget),
:class:`~breakout_qt.kiosk.review.ReviewStage` and :class:`~breakout_qt.kiosk.review.ThanksStage`.
"Thank you — your vote is in" stays for two seconds; then the screen clears for
the next person, with no trace of the previous name or ballot. Escape cancels
back to the start.

The kiosk shows nothing that is not the voter's own: never results, never
anyone else's ballot, and in a secret round never who has voted. The engine
(:meth:`breakout.session.Session.cast_ballot`) decides what counts; the kiosk
checks the ballot with the engine's own rules first
(:func:`breakout.voting.validate_ballot`) so a mistake is shown before the
review, and shows every refusal in large type.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from breakout import voting
from breakout.errors import BreakoutError
from breakout.model import Round
from breakout.session import Session
from breakout_qt.i18n import Catalogue, fill
from breakout_qt.kiosk.ballot import BallotStage
from breakout_qt.kiosk.ballots import BALLOTS, BallotWidget
from breakout_qt.kiosk.controls import KioskButton, move_focus, sentence
from breakout_qt.kiosk.identify import ALREADY_VOTED, IdentifyStage
from breakout_qt.kiosk.review import ReviewStage, ThanksStage
from breakout_qt.kiosk.style import MARGIN_SHARE, scaled, style_sheet
from breakout_qt.kiosk.wording import instruction, method_title, refusal, summary
from breakout_qt.room_look import SCHEMES, Scheme


class Kiosk(QWidget):
    """The kiosk for one round. ``voted`` fires after each ballot goes in (it carries nothing)."""

    voted = Signal()
    # How long "Thank you" stays up before the screen clears, in milliseconds.
    THANKS_MS = 2000

    def __init__(
        self,
        session: Session,
        round_id: int,
        parent: QWidget | None = None,
        *,
        words: Catalogue | None = None,
    ) -> None:
        super().__init__(parent)
        # The kiosk's language (it may differ from the console's); Arabic mirrors it.
        self.words = words if words is not None else Catalogue()
        self.setLayoutDirection(self.words.direction)
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(self.words.translate("Kiosk", "Voting kiosk"))
        self.session = session
        self.round_id = round_id
        self.scheme: Scheme = SCHEMES["dark"]
        self.thanks_ms = self.THANKS_MS
        self.stage = "identify"  # identify | ballot | review | thanks
        self._round: Round = session.voting.round(round_id)
        self._settings: dict[str, Any] = {}
        self._person: int | None = None
        self._identify_key: tuple[Any, ...] = ()

        self.title_label = QLabel(self)
        self.title_label.setObjectName("kioskTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setAccessibleName(self.words.translate("Kiosk", "Round"))
        self.identify = IdentifyStage(session, round_id, self.words)
        self.identify.chosen.connect(self._begin)
        self.identify.tapped.connect(self.choose_person)
        self.ballot_stage = BallotStage(self.words)
        self.ballot_stage.cancel_button.clicked.connect(self.reset)
        self.ballot_stage.start_over_button.clicked.connect(self.start_over)
        self.ballot_stage.review_button.clicked.connect(self.review)
        self.review_stage = ReviewStage(self.words)
        self.review_stage.cancel_button.clicked.connect(self.reset)
        self.review_stage.change_button.clicked.connect(self._back_to_ballot)
        self.review_stage.confirm_button.clicked.connect(self.confirm)
        self.thanks_stage = ThanksStage(self.words)
        self.pages = QStackedWidget(self)
        for page in (self.identify, self.ballot_stage, self.review_stage, self.thanks_stage):
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
        self._name_controls()
        self.set_scheme(self.scheme)
        self.reset()

    def _name_controls(self) -> None:
        """The controls people (and tests) reach, by the names they had before the split."""
        self.code_edit = self.identify.code_edit
        self.continue_button = self.identify.continue_button
        self.search_edit = self.identify.search_edit
        self.identify_message = self.identify.message
        self.status_label = self.ballot_stage.status_label
        self.cancel_button = self.ballot_stage.cancel_button
        self.start_over_button = self.ballot_stage.start_over_button
        self.review_button = self.ballot_stage.review_button
        self.ballot_message = self.ballot_stage.message
        self.confirm_button = self.review_stage.confirm_button
        self.change_button = self.review_stage.change_button
        self.review_message = self.review_stage.message
        self.summary_layout = self.review_stage.summary_layout
        self.thanks_label = self.thanks_stage.thanks_label

    @property
    def ballot_widget(self) -> BallotWidget | None:
        """The ballot being filled in, or None between voters."""
        return self.ballot_stage.widget

    @property
    def name_buttons(self) -> dict[int, KioskButton]:
        return self.identify.name_buttons

    def visible_names(self) -> list[str]:
        return self.identify.visible_names()

    # -- the round -------------------------------------------------------------------

    def _reload_round(self) -> None:
        self._round = self.session.voting.round(self.round_id)
        self._settings = self._round.rules
        w = self.words
        how = (
            w.translate("Kiosk", "%1  ·  %2, secret ballot")
            if self._round.secret
            else w.translate("Kiosk", "%1  ·  %2, named vote")
        )
        title = self._round.title or w.translate("Kiosk", "Vote")
        self.title_label.setText(fill(how, title, method_title(w, self._round.method)))

    def refresh(self) -> None:
        """Follow the session: the round's state, and who is left to tap in a named round.

        Only the start screen changes; a ballot being filled is left alone (the
        engine refuses it on confirming if voting closed meanwhile).
        """
        if self.stage != "identify":
            self._round = self.session.voting.round(self.round_id)  # raises if it was undone away
            return
        self._reload_round()
        if self._identify_state() != self._identify_key:
            self._show_identify()

    def by_code(self) -> bool:
        """People identify with their card's code in a secret round, and in any
        round under the Chatham House Rule, where no name may reach the screen."""
        return self._round.secret or self.session.info().chatham_house

    def _identify_state(self) -> tuple[Any, ...]:
        rnd = self._round
        if rnd.state != "open" or self.by_code():
            return (rnd.state, self.by_code())
        return (rnd.state, False, tuple(p.id for p in self.identify.waiting()))

    def _show_identify(self) -> None:
        self._identify_key = self._identify_state()
        self.identify.show_for(self._round, self.by_code())

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden (the shared screen closed or changed mode): no timer may fire
        # later against a session that may be gone by then.
        self._thanks_timer.stop()
        self._fit_timer.stop()
        super().hideEvent(event)

    # -- the stages ----------------------------------------------------------------------

    def reset(self) -> None:
        """Back to the start for the next person: no trace of the last name or ballot."""
        self._thanks_timer.stop()
        self._person = None
        self.ballot_stage.clear()
        self.review_stage.clear()
        self.identify.clear()
        self.stage = "identify"
        try:
            self._reload_round()
        except BreakoutError:  # the round was undone away: take no more ballots
            self._round = replace(self._round, state="closed")
        self._show_identify()
        self.pages.setCurrentWidget(self.identify)
        self._say("")
        self.focus_start()

    def focus_start(self) -> None:
        self.identify.focus_start()

    def choose_person(self, participant_id: int) -> None:
        """A named round: the person tapped their name."""
        self._reload_round()
        if self._round.state != "open" or self.by_code():
            return
        if participant_id in self.session.voting.voters(self.round_id):
            self._say(self.words.translate("Kiosk", ALREADY_VOTED))
            self.identify.fill_names()
            return
        self._begin(participant_id)

    def _begin(self, participant_id: int) -> None:
        self._person = participant_id
        self._say("")
        items = self.session.voting.round_items(self.round_id)
        method = self._round.method
        widget = BALLOTS[method](items, self._settings, self.words)
        self.ballot_stage.hold(widget, instruction(self.words, method, self._settings))
        self.ballot_stage.space(self.height())
        self.stage = "ballot"
        self.pages.setCurrentWidget(self.ballot_stage)
        self.fit_ballot()
        self._fit_timer.start()  # again once the page has its real size
        first = self.ballot_stage.first_control()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def fit_ballot(self) -> None:
        """Shrink the wordings (never the touch targets) until the whole ballot is in view."""
        if self.stage != "ballot":
            return
        self._layout.activate()
        self.ballot_stage.fit(self.height())

    def start_over(self) -> None:
        widget = self.ballot_widget
        if widget is not None:
            widget.start_over()

    def ballot(self) -> dict[int, int]:
        """The ballot as filled so far (item id -> value)."""
        widget = self.ballot_widget
        return widget.entries() if widget is not None else {}

    def review(self) -> None:
        if self.stage != "ballot":
            return
        entries = self.ballot()
        items = self.session.voting.round_items(self.round_id)
        method = self._round.method
        try:
            clean = voting.validate_ballot(method, self._settings, [i.id for i in items], entries)
        except BreakoutError as exc:
            self._say(refusal(self.words, sentence(str(exc))))
            return
        pairs = [(i.id, i.label) for i in items]
        self.review_stage.show_lines(summary(self.words, method, clean, pairs, self._settings))
        self.stage = "review"
        self.pages.setCurrentWidget(self.review_stage)
        self._say("")
        self.confirm_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _back_to_ballot(self) -> None:
        self.review_stage.clear()
        self.stage = "ballot"
        self.pages.setCurrentWidget(self.ballot_stage)
        self._say("")
        first = self.ballot_stage.first_control()
        if first is not None:
            first.setFocus()

    def confirm(self) -> None:
        if self.stage != "review" or self._person is None:
            return
        person = self._person
        try:
            self.session.voting.cast_ballot(self.round_id, person, self.ballot())
        except BreakoutError as exc:
            voted = person in self.session.voting.voters(self.round_id)
            # The engine's words name the person: never on the room's screen.
            said = ALREADY_VOTED if voted else sentence(str(exc))
            self._say(refusal(self.words, said))
            if voted or self.session.voting.round(self.round_id).state != "open":
                self.review_stage.stop()
            return
        # In: forget everything about this voter at once, then say thank you.
        self._person = None
        self.ballot_stage.clear()
        self.review_stage.clear()
        self.stage = "thanks"
        self.pages.setCurrentWidget(self.thanks_stage)
        self._say("")
        self._thanks_timer.start(self.thanks_ms)
        self.voted.emit()

    # -- messages, keys, look -----------------------------------------------------------------

    def _say(self, message: str) -> None:
        """Show a message in large type where the eye is: under the code or the names on
        the start screen, by the buttons on the ballot and the review."""
        here = {
            "identify": self.identify,
            "ballot": self.ballot_stage,
            "review": self.review_stage,
        }.get(self.stage)
        for stage in (self.identify, self.ballot_stage, self.review_stage):
            stage.say(message if stage is here else "")

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
                self.identify.clear()
                self.focus_start()
            elif self.stage != "thanks":
                self.reset()
            return  # Escape never leaks to the window (it would leave full screen)
        if move_focus(self, event.key()):
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
        h = self.height()
        self.setStyleSheet(style_sheet(self.scheme, h))
        margin = scaled(MARGIN_SHARE, h)
        self._layout.setContentsMargins(round(margin * 1.3), margin, round(margin * 1.3), margin)
        self._layout.setSpacing(scaled(0.018, h))
        self.ballot_stage.space(h)
        self.review_stage.summary_layout.setSpacing(scaled(0.014, h))
        self.identify.names_grid.setSpacing(scaled(0.016, h))
        self.identify.box.setSpacing(scaled(0.03, h))
