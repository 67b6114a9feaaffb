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
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QListView,
    QMessageBox,
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
from breakout_qt.panels import page_actions
from breakout_qt.undo import Operations
from breakout_qt.vote_dialogs import (
    CodesDialog,
    HandCountDialog,
    RoundDialog,
    RoundSpec,
    round_name,
    settings_words,
)
from breakout_qt.vote_results import ResultsPanel

if TYPE_CHECKING:
    from breakout_qt.shared_screen import SharedScreen

Index = QModelIndex | QPersistentModelIndex

KIOSK_OPEN = "&Kiosk window for voting (F7)"
KIOSK_HAND_OVER = "Hand the &keyboard to the kiosk (F7)"


# -- the rounds list --------------------------------------------------------------------


class RoundsModel(QAbstractListModel):
    """The session's voting rounds, in order, with their state."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self._rounds: list[Round] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rounds = self._session.voting.rounds()
        self.endResetModel()

    def round_at(self, row: int) -> Round | None:
        return self._rounds[row] if 0 <= row < len(self._rounds) else None

    def row_of(self, round_id: int) -> int:
        return next((n for n, r in enumerate(self._rounds) if r.id == round_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rounds)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rounds):
            return None
        rnd = self._rounds[index.row()]
        secret = "secret" if rnd.secret else "named"
        facts = f"{voting.title(rnd.method)} · {secret} · {rnd.state}"
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{round_name(rnd)}\n{facts}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{round_name(rnd)} — {facts}: {settings_words(rnd)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{round_name(rnd)}, {facts}"
        if role == Qt.ItemDataRole.UserRole:
            return rnd.id
        return None


# -- the page --------------------------------------------------------------------------------


class VotePage(QWidget):
    """Voting rounds: set up, run, count and read. See the module notes."""

    #: What the page shows: rounds and results (their items keep their own
    #: wording), the groups a round may put to the vote, and turnout among the
    #: people present.
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
        self.rounds_view.setAccessibleName("Voting rounds")
        self.rounds_view.setModel(self.model)
        self.rounds_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rounds_view.setSpacing(3)
        self.rounds_view.setWordWrap(True)
        self.rounds_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rounds_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.rounds_view.selectionModel().currentChanged.connect(lambda *_: self._show_round())
        self.rounds_view.doubleClicked.connect(lambda *_: self._edit_if_draft())
        self.new_button = QPushButton("&New round… (Ctrl+Shift+R)")
        self.new_button.clicked.connect(self.new_round)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(QLabel("<b>Voting rounds</b>"))
        left_layout.addWidget(self.rounds_view, 1)
        left_layout.addWidget(self.new_button)
        return left

    def _build_detail(self) -> QWidget:
        """Right: the chosen round, its actions and, once closed, its result."""
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(6, 0, 6, 6)
        self.title_label = _plain_label("Round")
        bold = self.title_label.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.25)
        self.title_label.setFont(bold)
        self.facts_label = _plain_label("Method, rules and state")
        self.items_label = _plain_label("Items on the ballot")
        self.items_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.items_label.setContentsMargins(8, 0, 0, 0)
        self.voters_label = QLabel()
        self.voters_label.setAccessibleName("Voters so far")
        self.voters_label.setWordWrap(True)
        bold_voters = self.voters_label.font()
        bold_voters.setBold(True)
        self.voters_label.setFont(bold_voters)
        self.results_box = ResultsPanel()
        self.results_note = QLabel()
        self.results_note.setAccessibleName("Results note")
        self.results_note.setWordWrap(True)
        self.results_note.setStyleSheet("color: palette(placeholder-text);")
        detail.addWidget(self.title_label)
        detail.addWidget(self.facts_label)
        detail.addWidget(QLabel("<b>On the ballot</b>"))
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
        self.edit_button = QPushButton("Edit ro&und… (F2)")
        self.edit_button.setToolTip(
            "Change the title, method, settings or items until voting opens"
        )
        self.edit_button.clicked.connect(self.edit_round)
        self.open_button = QPushButton("&Open voting")
        self.open_button.clicked.connect(self.open_voting)
        self.close_button = QPushButton("Close vo&ting…")
        self.close_button.clicked.connect(self.close_voting)
        self.kiosk_button = QPushButton(KIOSK_OPEN)
        self.kiosk_button.setToolTip(
            "Open the voting kiosk in a window of its own (a touch screen, or this laptop "
            "turned round); the room's screen shows how many have voted. The console keeps "
            "the keyboard until you press F7 again."
        )
        self.kiosk_button.clicked.connect(self.show_kiosk)
        self.hands_button = QPushButton("H&and count…")
        self.hands_button.clicked.connect(self.hand_count)
        self.codes_button = QPushButton("&Issue voting codes…")
        self.codes_button.clicked.connect(self.issue_codes)
        self.results_button = QPushButton("&Show results on the shared screen (Shift+F7)")
        self.results_button.clicked.connect(self.show_results)
        self.live_button = QPushButton("&Back to the session (Ctrl+F7)")
        self.live_button.setToolTip("The shared screen shows the session again")
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
        grid.addWidget(QLabel("<b>Shared screen</b>"), 1, 0, 1, 5)
        grid.addWidget(self.kiosk_button, 2, 0, 1, 2)
        grid.addWidget(self.results_button, 2, 2, 1, 2)
        grid.addWidget(self.live_button, 2, 4)
        return grid

    def _build_actions(self) -> dict[str, QAction]:
        return page_actions(
            self,
            [
                ("new", "New Voting Round…", "Ctrl+Shift+R", self.new_round),
                ("edit", "Edit Voting Round…", "F2", self.edit_round),
                ("kiosk", "Kiosk Window (Again: Hand It the Keyboard)", "F7", self.show_kiosk),
                ("results", "Results on the Shared Screen", "Shift+F7", self.show_results),
                ("live", "Shared Screen Back to the Session", "Ctrl+F7", self.show_live),
                ("hands", "Hand Count…", "Ctrl+Shift+H", self.hand_count),
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

    def voters_words(self, rnd: Round) -> str:
        """ "12 of 20 present have voted" — a number, never who."""
        presence = self.session.presence()
        voted, _ = self.session.voting.turnout(rnd.id)
        have = "has" if voted == 1 else "have"
        words = f"{voted} of {presence.count} {presence.words()} {have} voted"
        if self.session.voting.hand_tallies(rnd.id):
            words += " at the kiosk · hand counts entered"
        return words

    def _show_round(self) -> None:
        rnd = self.selected_round()
        self.results_note.show()
        has_round = rnd is not None
        for widget in (self.title_label, self.facts_label, self.items_label, self.voters_label):
            widget.setVisible(has_round)
        self.result = None
        if rnd is None:
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
                "No voting round yet. Press Ctrl+Shift+R to set one up from the board's groups."
            )
            return
        self.title_label.setText(round_name(rnd))
        secret = "secret ballot" if rnd.secret else "named vote"
        self.facts_label.setText(
            f"{voting.title(rnd.method)} · {settings_words(rnd)} · {secret} · "
            f"{_state_words(rnd.state)}"
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
            self.results_note.setText("Results stay hidden until voting closes.")
            return
        try:
            result = tally_round(self.session, rnd.id)
        except BreakoutError as exc:
            self.results_box.hide()
            self.results_note.setText(str(exc))
            return
        self.results_note.setText("")
        self.results_note.hide()
        self._show_result(result)

    def _enable_actions(self, rnd: Round) -> None:
        """What can be done with the round now, and why not where it cannot."""
        state = rnd.state
        self.edit_button.setEnabled(self._editable(rnd))
        self.open_button.setEnabled(state == "draft")
        self.close_button.setEnabled(state == "open")
        self.kiosk_button.setEnabled(state == "open")
        self.kiosk_button.setText(KIOSK_HAND_OVER if self._kiosk_open(rnd.id) else KIOSK_OPEN)
        counter = voting.method(rnd.method)
        self.hands_button.setEnabled(state != "closed" and bool(counter.hand_levels))
        self.hands_button.setToolTip(
            "" if counter.hand_levels else f"A show of hands cannot express a {counter.title}"
        )
        # Codes identify voters in secret rounds, and in every round under Chatham House.
        self.codes_button.setEnabled(rnd.secret or self.session.info().chatham_house)
        self.results_button.setEnabled(state == "closed")

    def _show_result(self, result: RoundResult) -> None:
        self.result = result
        self.results_box.show()
        self.results_box.show_result(result)

    # -- questions (replaceable in tests) --------------------------------------------------------

    def ask_round(self) -> RoundSpec | None:
        dialog = RoundDialog(self, self.session.board.clusters())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value()

    def edit_round_dialog(self, rnd: Round) -> RoundDialog:
        items = self.session.voting.round_items(rnd.id)
        return RoundDialog(self, self.session.board.clusters(), editing=rnd, items=items)

    def ask_edit_round(self, rnd: Round) -> RoundSpec | None:
        dialog = self.edit_round_dialog(rnd)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value()

    def ask_confirm_close(self, rnd: Round) -> bool:
        answer = QMessageBox.question(
            self,
            "Close voting",
            f"Close voting on “{round_name(rnd)}”?\n\n{self.voters_words(rnd)}. "
            "No more ballots or hand counts after this; the results can then be shown.",
        )
        return answer == QMessageBox.StandardButton.Yes

    def hand_count_dialog(self, round_id: int) -> HandCountDialog:
        rnd = self.session.voting.round(round_id)
        items = [(i.id, i.label) for i in self.session.voting.round_items(round_id)]
        present = self.session.presence().count
        return HandCountDialog(
            self, rnd, items, present, self.session.voting.hand_tallies(round_id)
        )

    def ask_hand_counts(self, round_id: int) -> dict[int, dict[int, int]] | None:
        dialog = self.hand_count_dialog(round_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.counts()

    def show_codes(self, rows: list[tuple[str, str]]) -> None:
        CodesDialog(self, rows, self.session.info().title).exec()

    # -- actions ----------------------------------------------------------------------------------

    def _round_or_say(self) -> Round | None:
        rnd = self.selected_round()
        if rnd is None:
            self.show_error("choose a voting round first, or set one up with Ctrl+Shift+R")
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
                (
                    "voting has opened in this round"
                    if rnd.state != "draft"
                    else "hand counts are in for this round"
                )
                + ", so it can no longer change; set up a new round (Ctrl+Shift+R) instead"
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
            self.show_error(f"the round is {rnd.state}, not open")
            return
        if self.ask_confirm_close(rnd):
            self._run(lambda: self.session.voting.close_round(rnd.id))

    def show_kiosk(self) -> None:
        rnd = self._round_or_say()
        if rnd is None:
            return
        if rnd.state != "open":
            self.show_error(
                "open voting first; the kiosk takes ballots only while a round is open"
                if rnd.state == "draft"
                else "voting has closed in this round"
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
        self.kiosk_button.setText(KIOSK_HAND_OVER)

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
        self.kiosk_button.setText(KIOSK_OPEN)  # the kiosk window has closed

    def show_live(self) -> None:
        self.shared_screen().show_live()
        self.kiosk_button.setText(KIOSK_OPEN)  # the kiosk window has closed

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


def _state_words(state: str) -> str:
    return {
        "draft": "not open yet",
        "open": "voting is open",
        "closed": "voting has closed",
    }.get(state, state)


__all__ = ["RoundsModel", "VotePage"]
