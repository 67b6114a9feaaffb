"""The facilitator's window: menus and the page stack.

The console page is :class:`breakout_qt.console.console.Console`, made of panels that
each own their actions (agenda, clock, queue, capture, people); the board and
the voting page are built when first shown. The window makes each panel
action's ``QAction`` once, puts it in its menus, and sends it to the panel of
the open session. Every change goes through an engine operation
(``self.ops.run``), which commits before the window shows it and lands on the
undo stack. Modal questions are ``ask_*`` methods, so tests can answer them; the file
flows (open, new, save a copy, export, roster) are in :mod:`breakout_qt.file_flows`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from breakout.changes import Change
from breakout.session import Session
from breakout_qt.console.console import Console
from breakout_qt.i18n import fill, kiosk_words, room_words
from breakout_qt.panels import SteadyTabs
from breakout_qt.undo import Operations
from breakout_qt.window_menus import WindowMenus
from breakout_qt.window_place import FRAME_GUESS, fitted_geometry

if TYPE_CHECKING:  # the pages and the dialogs are imported when first shown
    from breakout_qt import dialogs
    from breakout_qt.board import Board
    from breakout_qt.outcome_page import OutcomePage
    from breakout_qt.shared_screen import SharedScreen
    from breakout_qt.vote_page import VotePage

# How long a line in the status bar stays (ms).
STATUS_MS = 15000


class MainWindow(WindowMenus):
    def __init__(
        self, session: Session | None = None, *, settings: QSettings | None = None
    ) -> None:
        super().__init__()
        self.settings = settings if settings is not None else QSettings()
        self.session: Session | None = None
        self.ops: Operations | None = None
        self.shared_screen: SharedScreen | None = None
        self.console: Console | None = None
        self.board: Board | None = None
        self.vote: VotePage | None = None
        self.outcome: OutcomePage | None = None
        self.undo_stack = QUndoStack(self)
        self._fitted = False
        self.setGeometry(fitted_geometry(self.screen().availableGeometry(), FRAME_GUESS))
        self._build_actions()
        self._build_menus()
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._on_tick)
        self._ticks = 0
        self.set_session(session)

    def show_page(self, index: int) -> None:
        if self.session is not None:
            self.pages.setCurrentIndex(index)
            if index == 1:
                self.ensure_board().tree.setFocus()
            elif index == 2:
                self.ensure_vote().setFocus()
            elif index == 3:
                self.ensure_outcome().points_list.setFocus()

    # -- the session ----------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        if self.session is not None and not self._settle_pages():
            if session is not None:
                session.close()  # stay on the session with the unsaved text
            return
        if self.board is not None:
            self.board.shutdown()
        if self.outcome is not None:
            self.outcome.shutdown()
            self.outcome = None
        if self.session is not None:
            self.stop_phones()
            self._close_shared_screen()
            self.session.close()
        self.undo_stack.clear()
        self.session = session
        for action in self.session_actions:
            action.setEnabled(session is not None)
        if session is None:
            self.ops = None
            self.console = None
            self.tick.stop()
            self.setWindowTitle(QCoreApplication.translate("MainWindow", "Breakout"))
            empty = QLabel(
                QCoreApplication.translate(
                    "MainWindow",
                    "Open a session (Ctrl+O), or make one from a briefing note (Ctrl+N).",
                )
            )
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setCentralWidget(empty)
            return
        # Late-bound, so a replaced show_error (tests, embedding) is the one used.
        self.ops = Operations(session, self.undo_stack, lambda message: self._report(message))
        self._file_problem_told = False
        self.setWindowTitle(
            fill(QCoreApplication.translate("MainWindow", "%1 — Breakout"), session.path.name)
        )
        self.recent.remember(session.path)
        self._build_console(session)
        session.subscribe(self._on_change)
        self.refresh_all()
        self.tick.start()

    def _build_console(self, session: Session) -> None:
        assert self.ops is not None
        actions = self.actions_by_name
        self.console = Console(
            session,
            self.ops,
            self,
            (actions["queue.next"].trigger, actions["queue.end"].trigger),
        )
        # The board and the voting page are built when first shown: start-up stays light.
        self.board = None
        self.vote = None
        self.outcome = None
        self.board_page = QWidget()
        QVBoxLayout(self.board_page).setContentsMargins(0, 0, 0, 0)
        self.pages = SteadyTabs()
        self.pages.setDocumentMode(True)
        self.pages.addTab(
            self.console, QCoreApplication.translate("MainWindow", "&Run the session")
        )
        self.pages.addTab(
            self.board_page, QCoreApplication.translate("MainWindow", "Recommen&dations")
        )
        self.vote_page = QWidget()
        QVBoxLayout(self.vote_page).setContentsMargins(0, 0, 0, 0)
        self.pages.addTab(self.vote_page, QCoreApplication.translate("MainWindow", "&Vote"))
        self.outcome_page = QWidget()
        QVBoxLayout(self.outcome_page).setContentsMargins(0, 0, 0, 0)
        self.pages.addTab(self.outcome_page, QCoreApplication.translate("MainWindow", "Outco&me"))
        self.pages.currentChanged.connect(self._page_shown)
        self.setCentralWidget(self.pages)

    def _page_shown(self, index: int) -> None:
        if index != 1 and self.board is not None:
            self.board.commit_wording()  # typed on the board, saved on leaving it
        if index != 3 and self.outcome is not None:
            self.outcome.flush()  # typed on the outcome page, saved on leaving it
        if index == 1:
            self.ensure_board()
        elif index == 2:
            self.ensure_vote()
        elif index == 3:
            self.ensure_outcome()

    def _save_typed_outcome(self) -> None:
        if self.outcome is not None:
            self.outcome.flush()

    def _settle_pages(self) -> bool:
        """Before the session's pages go: save what was typed on them, or ask
        whether to drop what cannot be saved. False: the person kept it."""
        if self.board is not None and not self.board.settle_wording():
            self.pages.setCurrentIndex(1)
            return False
        if self.outcome is not None and not self.outcome.settle():
            self.pages.setCurrentIndex(3)
            return False
        return True

    def ensure_outcome(self) -> OutcomePage:
        """The rapporteur's outcome page, built on first use."""
        if self.outcome is None:
            from breakout_qt.outcome_page import OutcomePage

            assert self.session is not None and self.ops is not None
            self.outcome = OutcomePage(self.session, self.ops)
            layout = self.outcome_page.layout()
            assert layout is not None
            layout.addWidget(self.outcome)
        return self.outcome

    def ensure_vote(self) -> VotePage:
        """The voting page, built on first use."""
        if self.vote is None:
            from breakout_qt.vote_page import VotePage

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
            from breakout_qt.board import Board

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

    # -- redrawing ------------------------------------------------------------

    def _on_change(self, change: Change[Any]) -> None:
        assert self.console is not None
        if self.console.on_change(change):
            self._refresh_pages()
            return
        areas = change.areas()
        if self.board is not None and areas & self.board.AREAS:
            self.board.reload()
        if self.vote is not None and areas & self.vote.AREAS:
            self.vote.reload()
        if self.outcome is not None and areas & self.outcome.AREAS:
            self.outcome.reload()
        self._refresh_shared()

    def refresh_all(self) -> None:
        if self.console is not None:
            self.console.refresh_all()
            self._refresh_pages()

    def _refresh_pages(self) -> None:
        if self.board is not None:
            self.board.reload()
        if self.vote is not None:
            self.vote.reload()
        if self.outcome is not None:
            self.outcome.reload()
        self._refresh_shared()

    def _refresh_shared(self) -> None:
        if self.shared_screen is not None:
            self.shared_screen.refresh()

    def _on_tick(self) -> None:
        if self.session is None:
            return
        self._check_file()
        if self.console is None or self.session is None:
            return
        self._ticks += 1
        self.console.tick(self._ticks)

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

    # -- errors and questions (replaceable in tests) ----------------------

    def show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Breakout"), message)

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    def reveal(self, panel: QWidget) -> None:
        """The console page to the front, with ``panel``'s tab."""
        self.pages.setCurrentIndex(0)
        if self.console is not None:
            self.console.show_tab_of(panel)

    def ask_settings_values(self) -> dialogs.SettingsEdit | None:
        assert self.session is not None
        from breakout_qt.dialogs import SettingsDialog

        dialog = SettingsDialog(self, self.session.info())
        return (
            dialog.result_value() if dialog.exec() == SettingsDialog.DialogCode.Accepted else None
        )

    # -- the session's settings and roster --------------------------------

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
                starts_at=values.starts_at(),
                time_zone=values.time_zone,
            )
        )

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

    def open_shared_screen(self) -> SharedScreen:
        """The shared screen, shown (on the best display) if it is not already.

        Neither it nor, later, the kiosk window takes the keyboard from the console.
        """
        if self.shared_screen is None:
            from breakout_qt.shared_screen import SharedScreen

            assert self.session is not None
            self.shared_screen = SharedScreen(
                self.session,
                console=self,
                words=room_words(self.settings),
                kiosk_words=kiosk_words(self.settings),
            )
            self.phones_meet(self.shared_screen)
        if not self.shared_screen.isVisible():
            self.shared_screen.show_on_best_screen()
        return self.shared_screen

    def _languages_changed(self) -> None:
        if self.shared_screen is not None:
            self.shared_screen.set_languages(room_words(self.settings), kiosk_words(self.settings))

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
        if self.session is not None and not self._settle_pages():
            event.ignore()  # the person kept text that has nowhere to go yet
            return
        self.tick.stop()
        self.stop_phones()
        self._close_shared_screen()
        if self.board is not None:
            self.board.shutdown()
        if self.outcome is not None:
            self.outcome.shutdown()
            self.outcome = None
        if self.session is not None:
            # Views must not read a closed file: take them down with it.
            old = self.takeCentralWidget()
            if old is not None:
                old.deleteLater()
            self.console = None
            self.session.close()
            self.session = None
        super().closeEvent(event)
