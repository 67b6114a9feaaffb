"""The voting page: set up rounds, open and close them, count hands, read results.

Left, the session's rounds (draft, open or closed; method; secret or named).
Right, the chosen round: its items, who is left to vote (a number, never who
voted how), the actions, and once the round has closed its result: a ranked
bar chart with ties shown as ties, turnout, how it was counted, blocks, and
support by stakeholder group for a named round.

Every change — a new round, opening, closing, hand counts, voting codes — is
an engine operation run through the window's ``Operations``, so it commits at
once and Ctrl+Z undoes it — except that a round's state never goes back once a
vote is in (the engine refuses, and says why). A draft round can be edited
whole (F2) until it opens. Ballots are cast at the kiosk, in a window of its
own (F7; F7 again hands it the keyboard), while the room's screen shows only
how many have voted; they are not undoable. Results come only from
:func:`breakout.tally.tally_round`, which refuses a round that has not closed.
Questions to the facilitator are ``ask_*`` methods tests can replace.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from breakout import voting
from breakout.changes import Area, Change
from breakout.errors import BreakoutError
from breakout.model import Round
from breakout.session import Session
from breakout.tally import RoundResult, tally_round
from breakout_qt.i18n import fill
from breakout_qt.panels import page_actions
from breakout_qt.undo import Operations
from breakout_qt.vote_dialogs import (
    round_name,
)
from breakout_qt.vote_questions import VoteQuestions
from breakout_qt.vote_results import ResultsPanel
from breakout_qt.vote_rounds import (
    KIOSK_HAND_OVER,
    KIOSK_OPEN,
    RoundsModel,
    kiosk_text,
    method_name,
    settings_words,
    state_words,
)

if TYPE_CHECKING:
    from breakout_qt.shared_screen import SharedScreen

Index = QModelIndex | QPersistentModelIndex

# -- the page --------------------------------------------------------------------------------


class VotePage(VoteQuestions):
    """Voting rounds: set up, run, count and read. See the module notes."""

    # What the page shows: rounds and results (their items keep their own
    # wording), the groups a round may put to the vote, and turnout among the
    # people present.
    AREAS = frozenset({Area.VOTING, Area.GROUPS, Area.PEOPLE})

    def __init__(
        self,
        session: Session,
        ops: Operations,
        *,
        show_error: Callable[[str], None],
        shared_screen: Callable[[], SharedScreen],
    ) -> None:
        super().__init__()
        self.session = session
        self.ops = ops
        self.show_error = show_error
        self.shared_screen = shared_screen
        self._screen: SharedScreen | None = None  # the last one shared_screen() gave
        self.result: RoundResult | None = None

        self.model = RoundsModel(session)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(splitter)
        self.actions_by_name = self._build_actions()
        self.reload()

    # -- building ---------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        """Left: the session's rounds, and the button for a new one."""
        self.rounds_view = QListView()
        self.rounds_view.setAccessibleName(QCoreApplication.translate("VotePage", "Voting rounds"))
        self.rounds_view.setModel(self.model)
        self.rounds_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rounds_view.setSpacing(3)
        self.rounds_view.setWordWrap(True)
        self.rounds_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rounds_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.rounds_view.selectionModel().currentChanged.connect(lambda *_: self._show_round())
        self.rounds_view.doubleClicked.connect(lambda *_: self._edit_if_draft())
        self.new_button = QPushButton(
            QCoreApplication.translate("VotePage", "&New round… (Ctrl+Shift+R)")
        )
        self.new_button.clicked.connect(self.new_round)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(
            QLabel(QCoreApplication.translate("VotePage", "<b>Voting rounds</b>"))
        )
        left_layout.addWidget(self.rounds_view, 1)
        left_layout.addWidget(self.new_button)
        return left

    def _build_detail(self) -> QWidget:
        """Right: the chosen round, its actions and, once closed, its result."""
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(6, 0, 6, 6)
        self.title_label = _plain_label(QCoreApplication.translate("VotePage", "Round"))
        bold = self.title_label.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.25)
        self.title_label.setFont(bold)
        self.facts_label = _plain_label(
            QCoreApplication.translate("VotePage", "Method, rules and state")
        )
        self.items_label = _plain_label(
            QCoreApplication.translate("VotePage", "Items on the ballot")
        )
        self.items_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.items_label.setContentsMargins(8, 0, 0, 0)
        self.voters_label = QLabel()
        self.voters_label.setAccessibleName(QCoreApplication.translate("VotePage", "Voters so far"))
        self.voters_label.setWordWrap(True)
        bold_voters = self.voters_label.font()
        bold_voters.setBold(True)
        self.voters_label.setFont(bold_voters)
        self.results_box = ResultsPanel()
        self.results_note = QLabel()
        self.results_note.setAccessibleName(QCoreApplication.translate("VotePage", "Results note"))
        self.results_note.setWordWrap(True)
        self.results_note.setStyleSheet("color: palette(placeholder-text);")
        detail.addWidget(self.title_label)
        detail.addWidget(self.facts_label)
        detail.addWidget(QLabel(QCoreApplication.translate("VotePage", "<b>On the ballot</b>")))
        detail.addWidget(self.items_label)
        detail.addWidget(self.voters_label)
        detail.addLayout(self._build_buttons())
        detail.addWidget(self.results_note)
        detail.addWidget(self.results_box)
        detail.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.detail)
        return scroll

    def _build_buttons(self) -> QGridLayout:
        self.edit_button = QPushButton(QCoreApplication.translate("VotePage", "Edit ro&und… (F2)"))
        self.edit_button.setToolTip(
            QCoreApplication.translate(
                "VotePage", "Change the title, method, settings or items until voting opens"
            )
        )
        self.edit_button.clicked.connect(self.edit_round)
        self.open_button = QPushButton(QCoreApplication.translate("VotePage", "&Open voting"))
        self.open_button.clicked.connect(self.open_voting)
        self.close_button = QPushButton(QCoreApplication.translate("VotePage", "Close vo&ting…"))
        self.close_button.clicked.connect(self.close_voting)
        self.kiosk_button = QPushButton(kiosk_text(KIOSK_OPEN))
        self.kiosk_button.setToolTip(
            QCoreApplication.translate(
                "VotePage",
                "Open the voting kiosk in a window of its own (a touch screen, or this laptop "
                "turned round); the room's screen shows how many have voted. The console keeps "
                "the keyboard until you press F7 again.",
            )
        )
        self.kiosk_button.clicked.connect(self.show_kiosk)
        self.hands_button = QPushButton(QCoreApplication.translate("VotePage", "H&and count…"))
        self.hands_button.clicked.connect(self.hand_count)
        self.codes_button = QPushButton(
            QCoreApplication.translate("VotePage", "&Issue voting codes…")
        )
        self.codes_button.clicked.connect(self.issue_codes)
        self.results_button = QPushButton(
            QCoreApplication.translate("VotePage", "&Show results on the shared screen (Shift+F7)")
        )
        self.results_button.clicked.connect(self.show_results)
        self.live_button = QPushButton(
            QCoreApplication.translate("VotePage", "&Back to the session (Ctrl+F7)")
        )
        self.live_button.setToolTip(
            QCoreApplication.translate("VotePage", "The shared screen shows the session again")
        )
        self.live_button.clicked.connect(self.show_live)
        grid = QGridLayout()
        for column, button in enumerate(
            (
                self.edit_button,
                self.open_button,
                self.close_button,
                self.hands_button,
                self.codes_button,
            )
        ):
            grid.addWidget(button, 0, column)
        grid.addWidget(
            QLabel(QCoreApplication.translate("VotePage", "<b>Shared screen</b>")), 1, 0, 1, 5
        )
        grid.addWidget(self.kiosk_button, 2, 0, 1, 2)
        grid.addWidget(self.results_button, 2, 2, 1, 2)
        grid.addWidget(self.live_button, 2, 4)
        return grid

    def _build_actions(self) -> dict[str, QAction]:
        app = QCoreApplication
        return page_actions(
            self,
            [
                (
                    "new",
                    app.translate("VotePage", "New Voting Round…"),
                    "Ctrl+Shift+R",
                    self.new_round,
                ),
                ("edit", app.translate("VotePage", "Edit Voting Round…"), "F2", self.edit_round),
                (
                    "kiosk",
                    app.translate("VotePage", "Kiosk Window (Again: Hand It the Keyboard)"),
                    "F7",
                    self.show_kiosk,
                ),
                (
                    "results",
                    app.translate("VotePage", "Results on the Shared Screen"),
                    "Shift+F7",
                    self.show_results,
                ),
                (
                    "live",
                    app.translate("VotePage", "Shared Screen Back to the Session"),
                    "Ctrl+F7",
                    self.show_live,
                ),
                (
                    "hands",
                    app.translate("VotePage", "Hand Count…"),
                    "Ctrl+Shift+H",
                    self.hand_count,
                ),
            ],
        )

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the rounds again (call after any change to the session)."""
        current = self.selected_round_id()
        self.model.reload()
        if current is None and self.model.rowCount():
            current = self.model.round_at(self.model.rowCount() - 1).id  # type: ignore[union-attr]
        if current is not None:
            self.select_round(current)
        self._show_round()

    def select_round(self, round_id: int) -> None:
        row = self.model.row_of(round_id)
        if row >= 0:
            self.rounds_view.setCurrentIndex(self.model.index(row, 0))

    def selected_round_id(self) -> int | None:
        index = self.rounds_view.currentIndex()
        rnd = self.model.round_at(index.row()) if index.isValid() else None
        return rnd.id if rnd is not None else None

    def selected_round(self) -> Round | None:
        round_id = self.selected_round_id()
        if round_id is None:
            return None
        try:
            return self.session.voting.round(round_id)
        except BreakoutError:
            return None

    def _show_round(self) -> None:
        rnd = self.selected_round()
        self.results_note.show()
        has_round = rnd is not None
        for widget in (self.title_label, self.facts_label, self.items_label, self.voters_label):
            widget.setVisible(has_round)
        self.result = None
        if rnd is None:
            self._show_no_round()
            return
        self.title_label.setText(round_name(rnd))
        secret = (
            QCoreApplication.translate("VotePage", "secret ballot")
            if rnd.secret
            else QCoreApplication.translate("VotePage", "named vote")
        )
        self.facts_label.setText(
            f"{method_name(rnd.method)} · {settings_words(rnd)} · {secret} · "
            f"{state_words(rnd.state)}"
        )
        self.items_label.setText(
            "\n".join(
                f"{n}. {item.label}"
                for n, item in enumerate(self.session.voting.round_items(rnd.id), 1)
            )
        )
        self.voters_label.setText(self.voters_words(rnd))
        self._enable_actions(rnd)
        state = rnd.state
        if state != "closed":
            self.results_box.hide()
            self.results_note.setText(
                QCoreApplication.translate("VotePage", "Results stay hidden until voting closes.")
            )
            return
        try:
            result = tally_round(self.session, rnd.id)
        except BreakoutError as exc:
            self.results_box.hide()
            self.results_note.setText(str(exc))
            return
        self.results_note.setText("")
        self.results_note.hide()
        self._show_result(result, rnd)

    def _show_no_round(self) -> None:
        for button in (
            self.edit_button,
            self.open_button,
            self.close_button,
            self.kiosk_button,
            self.hands_button,
            self.codes_button,
            self.results_button,
        ):
            button.setEnabled(False)
        self.results_box.hide()
        self.results_note.setText(
            QCoreApplication.translate(
                "VotePage",
                "No voting round yet. Press Ctrl+Shift+R to set one up from the board's groups.",
            )
        )

    def _enable_actions(self, rnd: Round) -> None:
        """What can be done with the round now, and why not where it cannot."""
        state = rnd.state
        self.edit_button.setEnabled(self._editable(rnd))
        self.open_button.setEnabled(state == "draft")
        self.close_button.setEnabled(state == "open")
        self.kiosk_button.setEnabled(state == "open")
        self.kiosk_button.setText(
            kiosk_text(KIOSK_HAND_OVER if self._kiosk_open(rnd.id) else KIOSK_OPEN)
        )
        counter = voting.method(rnd.method)
        self.hands_button.setEnabled(state != "closed" and bool(counter.hand_levels))
        cannot = QCoreApplication.translate("VotePage", "A show of hands cannot express %1")
        self.hands_button.setToolTip(
            "" if counter.hand_levels else fill(cannot, method_name(rnd.method))
        )
        # Codes identify voters in secret rounds, and in every round under Chatham House.
        self.codes_button.setEnabled(rnd.secret or self.session.info().chatham_house)
        self.results_button.setEnabled(state == "closed")

    def _show_result(self, result: RoundResult, rnd: Round) -> None:
        self.result = result
        self.results_box.show()
        self.results_box.show_result(result, rnd.rules)

    # -- questions (replaceable in tests) --------------------------------------------------------

    # -- actions ----------------------------------------------------------------------------------

    def _round_or_say(self) -> Round | None:
        rnd = self.selected_round()
        if rnd is None:
            self.show_error(
                QCoreApplication.translate(
                    "VotePage", "choose a voting round first, or set one up with Ctrl+Shift+R"
                )
            )
        return rnd

    def new_round(self) -> None:
        spec = self.ask_round()
        if spec is None:
            return
        change = self.ops.run(
            lambda: self.session.voting.create_round(
                method=spec.method,
                items=spec.items,
                title=spec.title,
                settings=spec.settings,
                secret=spec.secret,
            )
        )
        self.model.reload()
        if change is not None:
            self.select_round(int(change.result))
        self._show_round()

    def _editable(self, rnd: Round) -> bool:
        return rnd.state == "draft" and not self.session.voting.hand_tallies(rnd.id)

    def _edit_if_draft(self) -> None:
        rnd = self.selected_round()
        if rnd is not None and self._editable(rnd):
            self.edit_round()

    def edit_round(self) -> None:
        """Change a draft round (title, method, settings, items) before it opens."""
        rnd = self._round_or_say()
        if rnd is None:
            return
        if not self._editable(rnd):
            self.show_error(
                QCoreApplication.translate(
                    "VotePage",
                    "voting has opened in this round, so it can no longer change; set up a "
                    "new round (Ctrl+Shift+R) instead",
                )
                if rnd.state != "draft"
                else QCoreApplication.translate(
                    "VotePage",
                    "hand counts are in for this round, so it can no longer change; set up a "
                    "new round (Ctrl+Shift+R) instead",
                )
            )
            return
        spec = self.ask_edit_round(rnd)
        if spec is None:
            return
        self._run(
            lambda: self.session.voting.edit_round(
                rnd.id,
                title=spec.title,
                method=spec.method,
                settings=spec.settings,
                secret=spec.secret,
                items=spec.items,
            )
        )

    def _run(self, operation: Callable[[], Change[Any]]) -> Change[Any] | None:
        change = self.ops.run(operation)
        self.reload()
        return change

    def open_voting(self) -> None:
        rnd = self._round_or_say()
        if rnd is not None:
            self._run(lambda: self.session.voting.open_round(rnd.id))

    def close_voting(self) -> None:
        rnd = self._round_or_say()
        if rnd is None:
            return
        if rnd.state != "open":
            said = QCoreApplication.translate("VotePage", "the round is %1, not open")
            self.show_error(fill(said, state_words(rnd.state)))
            return
        if self.ask_confirm_close(rnd):
            self._run(lambda: self.session.voting.close_round(rnd.id))

    def show_kiosk(self) -> None:
        rnd = self._round_or_say()
        if rnd is None:
            return
        if rnd.state != "open":
            self.show_error(
                QCoreApplication.translate(
                    "VotePage",
                    "open voting first; the kiosk takes ballots only while a round is open",
                )
                if rnd.state == "draft"
                else QCoreApplication.translate("VotePage", "voting has closed in this round")
            )
            return
        screen = self.shared_screen()
        self._screen = screen
        if screen.kiosk_round() == rnd.id:
            screen.hand_over_kiosk()  # F7 again: the voters get the keyboard
            return
        try:
            screen.show_kiosk(rnd.id)  # opens without taking the console's keyboard
        except BreakoutError as exc:
            self.show_error(str(exc))
            return
        self.kiosk_button.setText(kiosk_text(KIOSK_HAND_OVER))

    def _kiosk_open(self, round_id: int) -> bool:
        """Whether this round's kiosk window is open (without opening any screen)."""
        screen = self._screen
        return screen is not None and isValid(screen) and screen.kiosk_round() == round_id

    def show_results(self) -> None:
        rnd = self._round_or_say()
        if rnd is None:
            return
        try:
            self.shared_screen().show_results(rnd.id)  # refuses a round that has not closed
        except BreakoutError as exc:
            self.show_error(str(exc))
            return
        self.kiosk_button.setText(kiosk_text(KIOSK_OPEN))  # the kiosk window has closed

    def show_live(self) -> None:
        self.shared_screen().show_live()
        self.kiosk_button.setText(kiosk_text(KIOSK_OPEN))  # the kiosk window has closed

    def hand_count(self) -> None:
        rnd = self._round_or_say()
        if rnd is None:
            return
        counts = self.ask_hand_counts(rnd.id)
        if counts is None:
            return
        self._run(lambda: self.session.voting.record_hand_counts(rnd.id, counts))

    def issue_codes(self) -> None:
        if self.ops.run(self.session.people.issue_voting_codes) is None:
            return
        rows = [
            (p.name, p.voting_code) for p in self.session.people.participants() if p.voting_code
        ]
        self.reload()
        self.show_codes([(name, code) for name, code in rows if code is not None])


def _plain_label(accessible: str) -> QLabel:
    label = QLabel()
    label.setAccessibleName(accessible)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


__all__ = ["RoundsModel", "VotePage"]
