"""The facilitator's console: agenda, clock, speaking queue, balance and capture.

The window is a client of one :class:`~breakout.session.Session`. Every change
goes through an engine operation (``self.ops.run``), which commits before the
window shows it and lands on the undo stack; the views then redraw from the
engine. Modal questions are ``ask_*`` methods, so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from breakout.changes import Change
from breakout.clock import move_words, point_elapsed
from breakout.errors import BreakoutError
from breakout.model import KINDS, Participant
from breakout.session import Session
from ui import dialogs
from ui.models import AgendaModel, ContributionsModel, ParticipantsModel, QueueModel
from ui.panels import (
    AgendaTable,
    CaptureEdit,
    ClampedLabel,
    ClockPanel,
    LinesDelegate,
    MovableTable,
    NameEntry,
    QueueTable,
    focus_page_on_mnemonic,
    heading,
    keep_columns_fitted,
    names_completer,
    set_names,
)
from ui.undo import Operations

if TYPE_CHECKING:  # the pages are imported when first shown
    from ui.board import Board
    from ui.vote_page import VotePage

UNATTRIBUTED = "Unattributed"
KIND_KEYS = {"comment": "Ctrl+1", "question": "Ctrl+2", "proposal": "Ctrl+3", "concern": "Ctrl+4"}
RECENT_KEY = "recent_files"
RECENT_MAX = 8
#: The window manager's frame, until the window is up and the real one is known.
FRAME_GUESS = QMargins(4, 32, 4, 4)
QUESTION_LINES = 3  # the current question in the console's header, at most
NOTES_LINES = 2
AGENDA_LINES = 3  # an agenda row, at most; the tooltip has the whole point
CONTRIBUTION_LINES = 4
NAME_COLUMN_MOST = 180  # pixels for "Who" in the contributions; longer names end in "…"


class MainWindow(QMainWindow):
    def __init__(
        self, session: Session | None = None, *, settings: QSettings | None = None
    ) -> None:
        super().__init__()
        self.settings = settings if settings is not None else QSettings()
        self.session: Session | None = None
        self.ops: Operations | None = None
        self.shared_screen: Any = None
        self.board: Board | None = None
        self.vote: VotePage | None = None
        self.undo_stack = QUndoStack(self)
        self._speaker_touched = False
        self._fitted = False
        self.setGeometry(fitted_geometry(self.screen().availableGeometry(), FRAME_GUESS))
        self._build_actions()
        self._build_menus()
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._on_tick)
        self._ticks = 0
        self.set_session(session)

    # -- actions and menus ----------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], Any], keys: str | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_action = a("&New from Briefing…", self.ask_new_from_briefing, "Ctrl+N")
        self.open_action = a("&Open…", self.ask_open, QKeySequence.StandardKey.Open)
        self.copy_action = a("Save a &Copy…", self.ask_save_copy, "Ctrl+Shift+S")
        self.roster_action = a("&Import Roster…", self.ask_import_roster, "Ctrl+I")
        self.settings_action = a("Session &Settings…", self.ask_settings, "Ctrl+,")
        self.export_action = a("&Export…", self.ask_export, "Ctrl+Shift+E")
        self.quit_action = a("&Quit", self.close, QKeySequence.StandardKey.Quit)

        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

        self.start_action = a("&Start / Pause Point", self.start_or_pause, "F6")
        self.end_point_action = a("En&d Point", self.end_point, "Shift+F6")
        self.next_point_action = a("&Next Point", self.next_point, "Ctrl+PgDown")
        self.previous_point_action = a("&Previous Point", self.previous_point, "Ctrl+PgUp")
        self.jump_action = a("&Jump to Point…", self.focus_agenda, "Ctrl+J")
        self.edit_point_action = a("&Edit Point…", self.ask_edit_point, "Ctrl+E")
        self.add_point_action = a("&Add Point…", self.ask_add_point, "Ctrl+Shift+A")

        self.queue_add_action = a("&Add Speaker…", self.focus_queue_entry, "Ctrl+K")
        self.next_speaker_action = a("&Next Speaker", self.next_speaker, "F8")
        self.end_turn_action = a("&End Turn", self.end_turn, "F9")
        self.withdraw_action = a("&Withdraw Selected", self.withdraw_selected, "Ctrl+Shift+W")

        self.capture_action = a("&Capture", self.focus_capture, "Ctrl+L")
        self.speaker_action = a("Choose &Speaker", self.focus_speaker, "Ctrl+Shift+L")
        self.kind_actions = {
            kind: a(f"Kind: {kind.title()}", partial(self.set_kind, kind), KIND_KEYS[kind])
            for kind in KINDS
        }
        self.proposal_action = a("Mark / Unmark &Proposal", self.toggle_proposal, "Ctrl+M")
        self.private_action = a("Mark / Unmark P&rivate", self.toggle_private, "Ctrl+P")
        self.delete_contribution_action = a(
            "&Delete Contribution", self.delete_selected_contribution, "Ctrl+Shift+Delete"
        )
        self.participants_action = a("&Participants", self.focus_participants, "Ctrl+Shift+P")
        self.late_action = a("Add &Late Arrival…", self.focus_late_arrival, "Ctrl+Shift+N")

        self.shared_action = a("&Shared Screen", self.toggle_shared_screen, "F5")
        self.scheme_action = a("Shared Screen &Light/Dark", self.toggle_scheme, "Shift+F5")
        self.run_page_action = a("&Run the Session", lambda: self.show_page(0), "Alt+1")
        self.board_page_action = a("Recommen&dations", lambda: self.show_page(1), "Alt+2")
        self.vote_page_action = a("&Vote", lambda: self.show_page(2), "Alt+3")
        self.help_action = a("&Keyboard Shortcuts", self.show_shortcuts, "F1")
        self.session_actions = [
            self.copy_action,
            self.export_action,
            self.roster_action,
            self.settings_action,
            self.start_action,
            self.end_point_action,
            self.next_point_action,
            self.previous_point_action,
            self.jump_action,
            self.edit_point_action,
            self.add_point_action,
            self.queue_add_action,
            self.next_speaker_action,
            self.end_turn_action,
            self.withdraw_action,
            self.capture_action,
            self.speaker_action,
            *self.kind_actions.values(),
            self.proposal_action,
            self.private_action,
            self.delete_contribution_action,
            self.participants_action,
            self.late_action,
            self.shared_action,
            self.scheme_action,
            self.run_page_action,
            self.board_page_action,
            self.vote_page_action,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = QMenu("Open &Recent", self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions(
            [self.copy_action, self.export_action, self.roster_action, self.settings_action]
        )
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit = bar.addMenu("&Edit")
        edit.addActions([self.undo_action, self.redo_action])
        point = bar.addMenu("&Point")
        point.addActions(
            [
                self.start_action,
                self.next_point_action,
                self.previous_point_action,
                self.end_point_action,
                self.jump_action,
                self.edit_point_action,
                self.add_point_action,
            ]
        )
        queue = bar.addMenu("&Queue")
        queue.addActions(
            [
                self.queue_add_action,
                self.next_speaker_action,
                self.end_turn_action,
                self.withdraw_action,
            ]
        )
        capture = bar.addMenu("&Capture")
        capture.addActions([self.capture_action, self.speaker_action])
        capture.addActions(list(self.kind_actions.values()))
        capture.addActions(
            [self.proposal_action, self.private_action, self.delete_contribution_action]
        )
        people = bar.addMenu("Peop&le")
        people.addActions([self.participants_action, self.late_action])
        view = bar.addMenu("Vie&w")
        view.addActions([self.run_page_action, self.board_page_action, self.vote_page_action])
        view.addSeparator()
        view.addActions([self.shared_action, self.scheme_action])
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.help_action)
        self._refresh_recent_menu()

    def show_page(self, index: int) -> None:
        if self.session is not None:
            self.pages.setCurrentIndex(index)
            if index == 1:
                self.ensure_board().tree.setFocus()
            elif index == 2:
                self.ensure_vote().setFocus()

    def all_actions(self) -> list[QAction]:
        board = list(self.board.actions_by_name.values()) if self.board is not None else []
        vote = list(self.vote.actions_by_name.values()) if self.vote is not None else []
        return [
            self.new_action,
            self.open_action,
            self.quit_action,
            self.undo_action,
            self.redo_action,
            *self.session_actions,
            *board,
            *vote,
            self.help_action,
        ]

    # -- the session ----------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        if self.board is not None and not self.board.settle_wording():
            if session is not None:
                session.close()  # stay on the session with the unsaved wording
            return
        if self.board is not None:
            self.board.shutdown()
        if self.session is not None:
            self._close_shared_screen()
            self.session.close()
        self.undo_stack.clear()
        self.session = session
        for action in self.session_actions:
            action.setEnabled(session is not None)
        if session is None:
            self.ops = None
            self.tick.stop()
            self.setWindowTitle("Breakout")
            empty = QLabel("Open a session (Ctrl+O), or make one from a briefing note (Ctrl+N).")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setCentralWidget(empty)
            return
        # Late-bound, so a replaced show_error (tests, embedding) is the one used.
        self.ops = Operations(session, self.undo_stack, lambda message: self._report(message))
        self._file_problem_told = False
        self.setWindowTitle(f"{session.path.name} — Breakout")
        self._remember_recent(session.path)
        self._build_console(session)
        session.subscribe(self._on_change)
        self.refresh_all()
        self.tick.start()

    def _build_console(self, session: Session) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_left(session))
        splitter.addWidget(self._build_centre(session))
        splitter.addWidget(self._build_right(session))
        # Sized for a 1366-wide laptop; on a larger screen the centre takes half
        # the extra room and the agenda and the queue a quarter each.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([340, 660, 360])
        self.splitter = splitter
        # The board and the voting page are built when first shown: start-up stays light.
        self.board = None
        self.vote = None
        self.board_page = QWidget()
        QVBoxLayout(self.board_page).setContentsMargins(0, 0, 0, 0)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(splitter, "&Run the session")
        self.pages.addTab(self.board_page, "Recommen&dations")
        self.vote_page = QWidget()
        QVBoxLayout(self.vote_page).setContentsMargins(0, 0, 0, 0)
        self.pages.addTab(self.vote_page, "&Vote")
        self.pages.currentChanged.connect(self._page_shown)
        self.setCentralWidget(self.pages)

    def _page_shown(self, index: int) -> None:
        if index != 1 and self.board is not None:
            self.board.commit_wording()  # typed on the board, saved on leaving it
        if index == 1:
            self.ensure_board()
        elif index == 2:
            self.ensure_vote()

    def ensure_vote(self) -> VotePage:
        """The voting page, built on first use."""
        if self.vote is None:
            from ui.vote_page import VotePage

            assert self.session is not None and self.ops is not None
            self.vote = VotePage(
                self.session,
                self.ops,
                show_error=lambda message: self.show_error(message),
                shared_screen=self.open_shared_screen,
            )
            layout = self.vote_page.layout()
            assert layout is not None
            layout.addWidget(self.vote)
        return self.vote

    def ensure_board(self) -> Board:
        """The recommendations board, built on first use."""
        if self.board is None:
            from ui.board import Board

            assert self.session is not None and self.ops is not None
            session = self.session
            self.board = Board(
                session,
                self.ops,
                anonymous=lambda: session.info().chatham_house,
                show_error=lambda message: self.show_error(message),
            )
            layout = self.board_page.layout()
            assert layout is not None
            layout.addWidget(self.board)
        return self.board

    def _build_left(self, session: Session) -> QWidget:
        self.left_tabs = QTabWidget()
        agenda = QWidget()
        layout = QVBoxLayout(agenda)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title_label = ClampedLabel(4)
        self.title_label.setObjectName("sessionTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.facts_label = ClampedLabel(3)
        self.facts_label.setObjectName("sessionFacts")
        self.agenda_model = AgendaModel(session)
        self.agenda_view = AgendaTable()
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setItemDelegate(LinesDelegate(AGENDA_LINES, self.agenda_view))
        self.agenda_view.move_requested.connect(self.move_point)
        self.agenda_view.activated.connect(lambda index: self.jump_to_row(index.row()))
        self.agenda_view.installEventFilter(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.facts_label)
        layout.addWidget(heading("Agenda — Enter jumps, Alt+↑/↓ moves"))
        layout.addWidget(self.agenda_view, 1)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        agenda.setFocusProxy(self.agenda_view)
        self.left_tabs.addTab(agenda, "&Agenda")

        people = QWidget()
        playout = QVBoxLayout(people)
        playout.setContentsMargins(6, 6, 6, 6)
        self.participants_model = ParticipantsModel(session, self.check_in)
        self.participants_view = MovableTable("Participants")
        self.participants_view.setModel(self.participants_model)
        self.participants_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.participants_view.activated.connect(
            lambda index: self.ask_edit_participant(index.row())
        )
        header = self.participants_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.late_entry = NameEntry("Someone arriving? Type a name, Enter", "Add a late arrival")
        self.late_entry.returnPressed.connect(self.add_late_arrival)
        self.present_label = QLabel()
        playout.addWidget(heading("Participants — Space checks in, Enter edits"))
        playout.addWidget(self.participants_view, 1)
        playout.addWidget(self.present_label)
        playout.addWidget(self.late_entry)
        people.setFocusProxy(self.participants_view)
        self.left_tabs.addTab(people, "Par&ticipants")
        focus_page_on_mnemonic(self.left_tabs)
        self.left_tabs.setMinimumWidth(280)
        return self.left_tabs

    def _build_centre(self, session: Session) -> QWidget:
        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(8, 6, 8, 6)
        self.point_number_label = QLabel()
        self.point_number_label.setObjectName("pointNumber")
        # A long question is cut to three lines (all of it in the tooltip), so
        # the capture box and the contributions keep their room.
        self.question_label = ClampedLabel(QUESTION_LINES)
        self.question_label.setObjectName("currentQuestion")
        self.question_label.setAccessibleName("Current question")
        qfont = self.question_label.font()
        qfont.setPointSizeF(qfont.pointSizeF() * 1.45)
        qfont.setBold(True)
        self.question_label.setFont(qfont)
        self.notes_label = ClampedLabel(NOTES_LINES)
        self.notes_label.setAccessibleName("Prompt notes")
        self.notes_label.setStyleSheet("color: palette(dark); font-style: italic;")
        self.clock_panel = ClockPanel()
        layout.addWidget(self.point_number_label)
        layout.addWidget(self.question_label)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.clock_panel)

        capture_row = QHBoxLayout()
        self.speaker_box = QComboBox()
        self.speaker_box.setEditable(True)
        self.speaker_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.speaker_box.setAccessibleName("Who said it")
        self.speaker_box.setMinimumWidth(200)
        self.speaker_box.setCompleter(names_completer(self.speaker_box))
        self.speaker_box.activated.connect(self._speaker_chosen)
        line = self.speaker_box.lineEdit()
        assert line is not None
        line.textEdited.connect(self._speaker_chosen)
        line.returnPressed.connect(self.focus_capture)
        capture_row.addWidget(heading("Wh&o:", self.speaker_box))
        capture_row.addWidget(self.speaker_box, 1)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QToolButton] = {}
        for kind in KINDS:
            button = QToolButton()
            button.setText(f"{kind.title()} {KIND_KEYS[kind].replace('Ctrl+', '^')}")
            button.setCheckable(True)
            button.setAccessibleName(f"Kind: {kind}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            capture_row.addWidget(button)
        self.kind_buttons["comment"].setChecked(True)
        layout.addLayout(capture_row)
        self.capture_edit = CaptureEdit()
        self.capture_edit.setMaximumHeight(90)
        self.capture_edit.submitted.connect(self.save_capture)
        layout.addWidget(self.capture_edit)
        self.capture_status = QLabel("")
        self.capture_status.setAccessibleName("Capture status")
        layout.addWidget(self.capture_status)

        self.contributions_model = ContributionsModel(session, self.edit_contribution_text)
        self.contributions_view = MovableTable("Contributions at this point, newest first")
        self.contributions_view.setModel(self.contributions_model)
        self.contributions_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.contributions_view.delete_pressed.connect(self.delete_selected_contribution)
        self.contributions_view.setItemDelegate(
            LinesDelegate(CONTRIBUTION_LINES, self.contributions_view)
        )
        header = self.contributions_view.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Time, who and kind follow the rows as they come (a new session's table
        # starts empty); a long name ends in "…" rather than squeezing the text.
        keep_columns_fitted(self.contributions_view, (0, 1, 2), NAME_COLUMN_MOST)
        self.contributions_model.modelReset.connect(self.contributions_view.resizeRowsToContents)

        def fit_new_rows(_parent: object, first: int, last: int) -> None:
            for row in range(first, last + 1):
                self.contributions_view.resizeRowToContents(row)

        self.contributions_model.rowsInserted.connect(fit_new_rows)
        layout.addWidget(
            heading(
                "Co&ntributions — newest first; F2 edits, Ctrl+M proposal, Ctrl+P private, Delete",
                self.contributions_view,
            )
        )
        layout.addWidget(self.contributions_view, 1)
        return centre

    def _build_right(self, session: Session) -> QWidget:
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(6, 6, 6, 6)
        self.queue_entry = NameEntry(
            "Add to queue: type a name, Enter", "Add a speaker to the queue"
        )
        self.queue_entry.returnPressed.connect(self.add_to_queue)
        self.queue_model = QueueModel(session)
        self.queue_view = QueueTable()
        self.queue_view.setModel(self.queue_model)
        self.queue_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue_view.move_by.connect(self.move_selected_turn)
        self.queue_view.delete_pressed.connect(self.withdraw_selected)
        buttons = QHBoxLayout()
        for text, action in (
            ("Next speaker (F8)", self.next_speaker_action),
            ("End turn (F9)", self.end_turn_action),
        ):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        layout.addWidget(heading("Spea&king queue", self.queue_entry))
        layout.addWidget(self.queue_entry)
        layout.addWidget(self.queue_view, 1)
        layout.addLayout(buttons)
        self.balance_panel = self._make_balance_panel()
        if self.balance_panel is not None:
            layout.addWidget(self.balance_panel, 2)
        right.setMinimumWidth(300)
        return right

    def _make_balance_panel(self) -> QWidget | None:
        from ui.balance_panel import BalancePanel

        return BalancePanel()

    # -- redrawing ------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        tables = change.tables()
        if not tables or tables & {"session", "points", "point_runs"}:
            self.refresh_all()
            return
        if tables & {"participants"}:
            self.participants_model.reload()
            self._refresh_names()
        if tables & {"turns", "participants"}:
            self.queue_model.reload()
            self._default_speaker()
        if tables & {"participants"}:
            self.contributions_model.reload()
        elif "contributions" in tables:
            self.contributions_model.apply(change)
        board_tables = {"recommendations", "clusters", "recommendation_sources", "participants"}
        if self.board is not None and tables & board_tables:
            self.board.reload()
        vote_tables = {"rounds", "round_items", "hand_tallies", "participants", "clusters"}
        if self.vote is not None and tables & vote_tables:
            self.vote.reload()
        self._refresh_summary()
        self._refresh_shared()

    def refresh_all(self) -> None:
        session = self.session
        if session is None:
            return
        info = session.info()
        self.title_label.setText(info.title or "Untitled session")
        self.facts_label.setText(" · ".join(p for p in (info.event, info.venue, info.dates) if p))
        self.agenda_model.reload()
        current = info.current_point
        points = session.points()
        if current is None:
            self.point_number_label.setText(f"{len(points)} points on the agenda")
            self.question_label.setText(
                "No point started yet. Select one in the agenda and press Enter, or press F6."
            )
            self.notes_label.setText("")
        else:
            point = session.point(current)
            number = self.agenda_model.row_of(current) + 1
            state = "done" if point.ended_at else ""
            self.point_number_label.setText(
                f"Point {number} of {len(points)} · {point.minutes} min time-box"
                + (f" · {state}" if state else "")
            )
            self.question_label.setText(point.text)
            self.notes_label.setText(point.notes)
            row = self.agenda_model.row_of(current)
            if row >= 0 and not self.agenda_view.hasFocus():
                self.agenda_view.selectRow(row)
        self.queue_model.set_point(current)
        self.contributions_model.set_point(current)
        self.participants_model.reload()
        self._refresh_names()
        self._default_speaker()
        self.clock_panel.update_from(session)
        if self.board is not None:
            self.board.reload()
        if self.vote is not None:
            self.vote.reload()
        self._refresh_summary()
        self._refresh_balance()
        self._refresh_shared()

    def _refresh_names(self) -> None:
        assert self.session is not None
        people = self.session.participants()
        names = [p.name for p in people]
        self.queue_entry.set_names(names)
        self.late_entry.set_names(names)
        current = self.speaker_box.currentText()
        self.speaker_box.blockSignals(True)
        self.speaker_box.clear()
        self.speaker_box.addItem(UNATTRIBUTED, None)
        for person in people:
            self.speaker_box.addItem(person.name, person.id)
        completer = self.speaker_box.completer()
        if completer is not None:
            set_names(completer, [UNATTRIBUTED, *names])
        self.speaker_box.setCurrentText(current)
        self.speaker_box.blockSignals(False)
        present = sum(1 for p in people if p.present)
        self.present_label.setText(f"{present} of {len(people)} checked in")

    def _refresh_summary(self) -> None:
        assert self.session is not None
        n = self.session.counts()
        self.summary_label.setText(
            f"{n['points']} points, {n['minutes']} min planned · "
            f"{n['participants']} participants · {n['contributions']} contributions · "
            f"{n['recommendations']} recommendations"
        )

    def _refresh_balance(self) -> None:
        if self.balance_panel is None or self.session is None:
            return
        from breakout.balance import balances

        self.balance_panel.set_balances(balances(self.session))  # type: ignore[attr-defined]

    def _refresh_shared(self) -> None:
        if self.shared_screen is not None:
            self.shared_screen.refresh()

    def _on_tick(self) -> None:
        if self.session is None:
            return
        self._check_file()
        if self.session is None:
            return
        self._ticks += 1
        self.clock_panel.update_from(self.session)
        rows = self.queue_model.rowCount()
        if rows:
            self.queue_model.dataChanged.emit(
                self.queue_model.index(0, 3), self.queue_model.index(rows - 1, 3)
            )
        if self._ticks % 5 == 0:
            self._refresh_balance()
            self.agenda_model.reload()

    # -- the open file moved away ------------------------------------------

    def _check_file(self) -> None:
        """Say at once if the open file was renamed, deleted or replaced (once)."""
        assert self.session is not None
        problem = self.session.store.identity_problem()
        if problem is not None and not self._file_problem_told:
            self._file_problem_told = True
            self._offer_copy(problem)

    def _report(self, message: str) -> None:
        """A refused operation's sentence; a moved file's comes with Save a Copy."""
        if self.session is not None and self.session.store.identity_problem() is not None:
            self._file_problem_told = True
            self._offer_copy(message)
        else:
            self.show_error(message)

    def _offer_copy(self, message: str) -> None:
        if self.ask_save_moved(message):
            self.ask_save_copy()

    # -- errors and questions (replaceable in tests) ----------------------

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, "Breakout", message)

    def ask_save_moved(self, message: str) -> bool:
        """The moved file's warning: True if the facilitator chose Save a Copy."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Breakout", message, parent=self)
        save = box.addButton("Save a &Copy…", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("&Not Now", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        return box.clickedButton() is save

    def ask_file_to_open(self, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, title, "", filters)
        return Path(name) if name else None

    def ask_file_to_save(
        self, title: str, filters: str, proposed: Path | None = None
    ) -> Path | None:
        """The save dialog, opened at ``proposed`` (folder and name) when given."""
        start = str(proposed) if proposed is not None else ""
        name, _ = QFileDialog.getSaveFileName(self, title, start, filters)
        return Path(name) if name else None

    def ask_point(self, point_id: int | None) -> dialogs.PointEdit | None:
        assert self.session is not None
        point = self.session.point(point_id) if point_id is not None else None
        dialog = dialogs.PointDialog(self, point, self.session.info().default_minutes)
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_settings_values(self) -> dialogs.SettingsEdit | None:
        assert self.session is not None
        dialog = dialogs.SettingsDialog(self, self.session.info())
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_participant(self, person: Participant | None) -> tuple[dict[str, str], bool] | None:
        dialog = dialogs.ParticipantDialog(self, person)
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # -- file ---------------------------------------------------------------

    def ask_open(self) -> None:
        path = self.ask_file_to_open(
            "Open session", "Breakout sessions (*.breakout);;All files (*)"
        )
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        from ui.app import open_session  # damage and disk failures in words

        try:
            session = open_session(path)
        except BreakoutError as exc:
            self.show_error(str(exc))
            return False
        self.set_session(session)
        return True

    def ask_new_from_briefing(self) -> None:
        briefing_path = self.ask_file_to_open(
            "Briefing note", "Briefing notes (*.txt *.md *.markdown);;All files (*)"
        )
        if briefing_path is None:
            return
        from breakout.briefing import read_briefing

        try:
            briefing = read_briefing(briefing_path)
        except BreakoutError as exc:
            self.show_error(str(exc))
            return
        from ui.file_names import session_from_briefing

        target = self.ask_file_to_save(
            "Save the new session as",
            "Breakout sessions (*.breakout)",
            session_from_briefing(briefing_path.resolve(), briefing.title),
        )
        if target is None:
            return
        if target.suffix != ".breakout":
            target = target.with_name(target.name + ".breakout")
        try:  # the same path as `breakout new`: the file takes its name once whole
            session = Session.new(target, briefing=briefing)
        except BreakoutError as exc:
            self.show_error(str(exc))
            return
        self.set_session(session)

    def ask_save_copy(self) -> None:
        if self.session is None:
            return
        from ui.file_names import session_copy

        current = self.session.path.resolve()
        target = self.ask_file_to_save(
            "Save a copy", "Breakout sessions (*.breakout)", session_copy(current)
        )
        if target is None:
            return
        if target.suffix != ".breakout":
            target = target.with_name(target.name + ".breakout")
        moved = self.session.store.identity_problem() is not None
        try:
            saved = self.session.store.save_copy(target, overwrite=True)
            # The open file went away: carry on in the copy, with what is being typed.
            copy = Session.open(saved) if moved else None
        except BreakoutError as exc:
            self.show_error(str(exc))
            return
        if copy is not None:
            typed = self.capture_edit.toPlainText()
            self.set_session(copy)
            self.capture_edit.setPlainText(typed)
            self.statusBar().showMessage(f"Everything is saved in {saved.resolve()}", 15000)
            return
        self.statusBar().showMessage(
            f"Copy saved as {saved.resolve()}; you are still working in {current.name}", 15000
        )

    def ask_export(self) -> None:
        if self.session is None:
            return
        from ui.export_dialog import ExportDialog

        # Late-bound, so a replaced ask_file_to_save (tests) is the one asked.
        dialog = ExportDialog(
            self,
            self.session,
            ask_path=lambda title, filters, proposed: self.ask_file_to_save(
                title, filters, proposed
            ),
        )
        dialog.exec()
        if dialog.written is not None:
            self.statusBar().showMessage(f"Exported: {dialog.written}", 15000)

    def ask_import_roster(self) -> None:
        path = self.ask_file_to_open("Import roster", "CSV files (*.csv *.txt);;All files (*)")
        if path is None or self.ops is None:
            return
        from breakout.roster import read_roster

        try:
            entries = read_roster(path)
        except BreakoutError as exc:
            self.show_error(str(exc))
            return
        session = self.ops.session
        change = self.ops.run(lambda: session.import_roster(entries))
        if change is not None:
            counts = change.result
            self.statusBar().showMessage(
                f"Roster imported: {counts['added']} added, {counts['updated']} updated", 8000
            )

    def ask_settings(self) -> None:
        values = self.ask_settings_values()
        if values is None or self.ops is None:
            return
        session = self.ops.session
        self.ops.run(
            lambda: session.update_session(
                title=values.title,
                facilitator=values.facilitator,
                rapporteur=values.rapporteur,
                chatham_house=values.chatham_house,
                default_minutes=values.default_minutes,
            )
        )

    def _remember_recent(self, path: Path) -> None:
        recent = [str(path.resolve())] + [
            p for p in self._recent_files() if p != str(path.resolve())
        ]
        self.settings.setValue(RECENT_KEY, recent[:RECENT_MAX])
        self._refresh_recent_menu()

    def _recent_files(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = [p for p in self._recent_files() if Path(p).exists()]
        for number, name in enumerate(files, 1):
            action = self.recent_menu.addAction(f"&{number} {Path(name).name}")
            action.setToolTip(name)
            action.triggered.connect(lambda _c=False, n=name: self.open_path(Path(n)))
        self.recent_menu.setEnabled(bool(files))

    # -- points ---------------------------------------------------------------

    def _run(self, operation: Callable[[Session], Change]) -> Change | None:
        if self.ops is None:
            return None
        session = self.ops.session
        return self.ops.run(lambda: operation(session))

    def start_or_pause(self) -> None:
        self._run(lambda s: s.start_or_pause())

    def end_point(self) -> None:
        if self.session is not None and self.session.info().current_point is not None:
            current = self.session.info().current_point
            assert current is not None
            self._run(lambda s: s.end_point(current))

    def next_point(self) -> None:
        self._announce_move(self._run(lambda s: s.next_point()))

    def previous_point(self) -> None:
        self._announce_move(self._run(lambda s: s.previous_point()))

    def jump_to_row(self, row: int) -> None:
        if 0 <= row < self.agenda_model.rowCount():
            point_id = self.agenda_model.point_at(row).id
            self._announce_move(self._run(lambda s: s.start_point(point_id)))

    def _announce_move(self, change: Change | None) -> None:
        """Say what moving between points did to both clocks and the queue."""
        if change is None or self.session is None or change.result.left is None:
            return
        move = change.result
        session = self.session
        number = {p.id: n for n, p in enumerate(session.points(), 1)}
        left = session.point(move.left)
        self.statusBar().showMessage(
            move_words(
                left=number[move.left],
                left_elapsed=point_elapsed(session.point_runs(move.left), session.clock()),
                left_planned=left.minutes * 60.0,
                entered=number[move.entered],
                resumed=move.resumed,
                carried=move.carried,
            ),
            15000,
        )

    def focus_agenda(self) -> None:
        self.pages.setCurrentIndex(0)
        self.left_tabs.setCurrentIndex(0)
        self.agenda_view.setFocus()

    def _selected_point(self) -> int | None:
        row = self.agenda_view.currentIndex().row()
        if 0 <= row < self.agenda_model.rowCount():
            return self.agenda_model.point_at(row).id
        return self.session.info().current_point if self.session else None

    def ask_edit_point(self) -> None:
        point_id = self._selected_point()
        if point_id is None:
            return
        values = self.ask_point(point_id)
        if values is not None:
            self._run(
                lambda s: s.edit_point(
                    point_id, text=values.text, notes=values.notes, minutes=values.minutes
                )
            )

    def ask_add_point(self) -> None:
        values = self.ask_point(None)
        if values is not None:
            self._run(
                lambda s: s.add_point(values.text, minutes=values.minutes, notes=values.notes)
            )

    def move_point(self, point_id: int, index: int) -> None:
        self._run(lambda s: s.move_point(point_id, index))
        row = self.agenda_model.row_of(point_id)
        if row >= 0:
            self.agenda_view.selectRow(row)

    def delete_selected_point(self) -> None:
        point_id = self._selected_point()
        if point_id is not None:
            self._run(lambda s: s.delete_point(point_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.agenda_view and isinstance(event, QKeyEvent):
            if event.type() != QEvent.Type.KeyPress:
                return super().eventFilter(watched, event)
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            point_id = self._selected_point()
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and point_id is not None:
                row = self.agenda_model.row_of(point_id)
                self.move_point(point_id, row + (-1 if event.key() == Qt.Key.Key_Up else 1))
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected_point()
                return True
        return super().eventFilter(watched, event)

    # -- the queue -------------------------------------------------------------

    def focus_queue_entry(self) -> None:
        self.pages.setCurrentIndex(0)
        self.queue_entry.setFocus()
        self.queue_entry.selectAll()

    def add_to_queue(self) -> None:
        name = self.queue_entry.text().strip()
        session = self.session
        if not name or session is None:
            return
        if session.info().current_point is None:
            self.show_error("start a point first (F6), then take names for its queue")
            return
        # Who the name means, and adding them if new, is one engine operation.
        if self._run(lambda s: s.queue_by_name(name)) is not None:
            self.queue_entry.setText("")  # also forgets its typing history

    def next_speaker(self) -> None:
        self._run(lambda s: s.call_next())

    def end_turn(self) -> None:
        session = self.session
        current = session.info().current_point if session else None
        active = session.active_turn(current) if session and current else None
        if active is None:
            self.show_error("nobody has the floor")
            return
        self._run(lambda s: s.end_turn(active.id))

    def withdraw_selected(self) -> None:
        turn = self.queue_model.turn_at(self.queue_view.selected_row())
        if turn is None or turn.state != "waiting":
            self.show_error("select a waiting speaker in the queue to withdraw")
            return
        self._run(lambda s: s.withdraw_turn(turn.id))

    def move_selected_turn(self, step: int) -> None:
        turn = self.queue_model.turn_at(self.queue_view.selected_row())
        if turn is None or turn.state != "waiting":
            return
        index = self.queue_model.waiting_row(turn.id) + step
        self._run(lambda s: s.move_turn(turn.id, max(0, index)))
        for row in range(self.queue_model.rowCount()):
            moved = self.queue_model.turn_at(row)
            if moved is not None and moved.id == turn.id:
                self.queue_view.selectRow(row)

    # -- capture ---------------------------------------------------------------

    def focus_capture(self) -> None:
        self.pages.setCurrentIndex(0)
        self.capture_edit.setFocus()

    def focus_speaker(self) -> None:
        self.pages.setCurrentIndex(0)
        self.speaker_box.setFocus()
        line = self.speaker_box.lineEdit()
        if line is not None:
            line.selectAll()

    def set_kind(self, kind: str) -> None:
        self.kind_buttons[kind].setChecked(True)

    def current_kind(self) -> str:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def _speaker_chosen(self, *_: object) -> None:
        self._speaker_touched = True

    def _default_speaker(self) -> None:
        """Follow the person with the floor, unless someone was chosen by hand."""
        session = self.session
        if session is None or self._speaker_touched:
            return
        current = session.info().current_point
        active = session.active_turn(current) if current is not None else None
        name = UNATTRIBUTED
        if active is not None:
            name = session.participant(active.participant).name
        self.speaker_box.setCurrentText(name)

    def save_capture(self) -> None:
        session = self.session
        text = self.capture_edit.toPlainText().strip()
        if session is None or not text:
            return
        if session.info().current_point is None:
            self.show_error("start a point first (F6); contributions belong to a point")
            return
        who = " ".join(self.speaker_box.currentText().split())
        kind = self.current_kind()
        speaker = None if who.casefold() == UNATTRIBUTED.casefold() else who
        change = self._run(lambda s: s.capture(text, speaker=speaker, kind=kind))
        if change is None:
            return
        self.capture_edit.clear()
        self.set_kind("comment")
        self._speaker_touched = False
        self._default_speaker()
        self.capture_status.setText(f"Saved: {kind} by {who or UNATTRIBUTED}")
        row = self.contributions_model.row_of(change.result)
        if row >= 0:
            self.contributions_view.scrollTo(self.contributions_model.index(row, 0))

    def edit_contribution_text(self, contribution_id: int, text: str) -> bool:
        return self._run(lambda s: s.edit_contribution(contribution_id, text=text)) is not None

    def _selected_contribution(self) -> Any:
        return self.contributions_model.contribution_at(self.contributions_view.selected_row())

    def toggle_proposal(self) -> None:
        item = self._selected_contribution()
        if item is None:
            self.show_error("select a contribution in the list first")
            return
        kind = "comment" if item.kind == "proposal" else "proposal"
        self._run(lambda s: s.edit_contribution(item.id, kind=kind))

    def toggle_private(self) -> None:
        """Ctrl+P: a private contribution stays in the file, never on a screen or in an export."""
        item = self._selected_contribution()
        if item is None:
            self.show_error("select a contribution in the list first")
            return
        if self._run(lambda s: s.edit_contribution(item.id, private=not item.private)):
            self.capture_status.setText(
                "Private: kept in the file, never on the shared screen or in an export"
                if not item.private
                else "No longer private: it goes into exports again"
            )

    def delete_selected_contribution(self) -> None:
        item = self._selected_contribution()
        if item is None:
            return
        self._run(lambda s: s.delete_contribution(item.id))

    # -- participants ------------------------------------------------------------

    def focus_participants(self) -> None:
        self.pages.setCurrentIndex(0)
        self.left_tabs.setCurrentIndex(1)
        self.participants_view.setFocus()

    def focus_late_arrival(self) -> None:
        self.pages.setCurrentIndex(0)
        self.left_tabs.setCurrentIndex(1)
        self.late_entry.setFocus()

    def check_in(self, participant_id: int, present: bool) -> bool:
        return self._run(lambda s: s.check_in(participant_id, present)) is not None

    def add_late_arrival(self) -> None:
        name = self.late_entry.text().strip()
        if not name:
            return
        if self._run(lambda s: s.arrive(name)) is not None:
            self.late_entry.setText("")

    def ask_edit_participant(self, row: int) -> None:
        person = self.participants_model.participant_at(row)
        if person is None:
            return
        values = self.ask_participant(person)
        if values is None:
            return
        fields, named = values
        self._run(lambda s: s.edit_participant(person.id, may_be_named=named, **fields))

    # -- the shared screen ------------------------------------------------------

    def toggle_shared_screen(self) -> None:
        """F5: show or hide the room's screen. The console keeps the keyboard."""
        if self.session is None:
            return
        if self.shared_screen is not None and self.shared_screen.isVisible():
            # Hidden, not closed: a kiosk window taking ballots stays open.
            self.shared_screen.hide()
            return
        self.open_shared_screen()

    def open_shared_screen(self) -> Any:
        """The shared screen, shown (on the best display) if it is not already.

        Neither it nor, later, the kiosk window takes the keyboard from the console.
        """
        if self.shared_screen is None:
            from ui.shared_screen import SharedScreen

            assert self.session is not None
            self.shared_screen = SharedScreen(self.session, console=self)
        if not self.shared_screen.isVisible():
            self.shared_screen.show_on_best_screen()
        return self.shared_screen

    def toggle_scheme(self) -> None:
        if self.shared_screen is None:
            return
        scheme = "light" if getattr(self.shared_screen, "scheme", "dark") == "dark" else "dark"
        self.shared_screen.set_scheme(scheme)

    def _close_shared_screen(self) -> None:
        if self.shared_screen is not None:
            self.shared_screen.close()
            self.shared_screen.deleteLater()
            self.shared_screen = None

    # -- help and closing ----------------------------------------------------------

    def show_shortcuts(self) -> None:
        if self.session is not None:
            self.ensure_board()  # so their keys are listed too
            self.ensure_vote()
        dialogs.ShortcutsDialog(self, self.all_actions()).exec()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            # The window manager frames the window a moment after it shows.
            for delay in (0, 500):
                QTimer.singleShot(delay, self.keep_on_screen)

    def keep_on_screen(self) -> None:
        """If the real frame pushes the window past the screen's edge, fit it."""
        handle = self.windowHandle()
        if handle is None or self.isMaximized() or self.isFullScreen():
            return
        available = self.screen().availableGeometry()
        if not available.contains(self.frameGeometry()):
            self.setGeometry(fitted_geometry(available, handle.frameMargins()))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.board is not None and not self.board.settle_wording():
            event.ignore()  # the person kept wording that has nowhere to go yet
            self.pages.setCurrentIndex(1)
            return
        self.tick.stop()
        self._close_shared_screen()
        if self.board is not None:
            self.board.shutdown()
        if self.session is not None:
            # Views must not read a closed file: take them down with it.
            old = self.takeCentralWidget()
            if old is not None:
                old.deleteLater()
            self.session.close()
            self.session = None
        super().closeEvent(event)


def fitted_geometry(available: QRect, frame: QMargins) -> QRect:
    """Where the window opens on a screen with ``available`` room (less panels
    and docks), its frame included: all of a laptop's screen (1366×768), nine
    tenths of a large one (1920×1080), centred — never past the screen's edge."""
    room_width = available.width() - frame.left() - frame.right()
    room_height = available.height() - frame.top() - frame.bottom()
    width = min(room_width, max(1366, round(available.width() * 0.9)))
    height = min(room_height, max(768, round(available.height() * 0.9)))
    left = available.x() + frame.left() + (room_width - width) // 2
    top = available.y() + frame.top() + (room_height - height) // 2
    return QRect(left, top, width, height)
