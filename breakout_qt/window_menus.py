"""The window's actions and menus, and the dialogs they open that are not a file's.

:class:`WindowMenus` is the base of :class:`breakout_qt.main_window.MainWindow`: it makes
each ``QAction`` once (the panels' from their :class:`~breakout_qt.console.base.Act`
entries, translated in the context ``Console`` they are marked in), puts them in the
menus, and opens Edit ▸ Preferences and Help ▸ Keyboard Shortcuts. What the actions do
is the window's.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu

from breakout_qt.console.agenda import AgendaPanel
from breakout_qt.console.base import Act
from breakout_qt.console.capture import CapturePanel
from breakout_qt.console.clock import ClockPanel
from breakout_qt.console.people import PeoplePanel
from breakout_qt.console.queue import QueuePanel
from breakout_qt.file_flows import FileFlows
from breakout_qt.language_menu import LanguageMenu
from breakout_qt.recent_files import RecentFiles

if TYPE_CHECKING:
    from breakout_qt.board import Board
    from breakout_qt.phone_panel import PhonePanel
    from breakout_qt.preferences import PreferencesDialog
    from breakout_qt.shared_screen import SharedScreen
    from breakout_qt.vote_page import VotePage

# The console's panels by name, in the order their actions are listed.
PANELS: dict[str, type[Any]] = {
    "clock": ClockPanel,
    "agenda": AgendaPanel,
    "queue": QueuePanel,
    "capture": CapturePanel,
    "people": PeoplePanel,
}
# The Point menu mixes the clock's and the agenda's actions.
POINT_MENU = (
    "clock.start",
    "clock.next",
    "clock.previous",
    "clock.end",
    "agenda.jump",
    "agenda.edit",
    "agenda.add",
)


def settings_keys() -> str:
    """Session Settings' keys, unless the platform's Preferences has them (macOS: Cmd+,)."""
    preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    return "Ctrl+Alt+," if QKeySequence("Ctrl+,") in preferences else "Ctrl+,"


class WindowMenus(FileFlows):
    """The menus of a window showing one session (see the module's docstring)."""

    settings: QSettings
    undo_stack: QUndoStack
    board: Board | None
    vote: VotePage | None
    shared_screen: SharedScreen | None
    phone_panel: PhonePanel | None = None

    # What the actions do, provided by the main window.

    def show_page(self, index: int) -> None:
        raise NotImplementedError

    def toggle_shared_screen(self) -> None:
        raise NotImplementedError

    def toggle_scheme(self) -> None:
        raise NotImplementedError

    def ask_settings(self) -> None:
        raise NotImplementedError

    def show_status(self, message: str) -> None:
        raise NotImplementedError

    def ensure_board(self) -> Board:
        raise NotImplementedError

    def ensure_vote(self) -> VotePage:
        raise NotImplementedError

    def _languages_changed(self) -> None:
        raise NotImplementedError

    def _save_typed_outcome(self) -> None:
        raise NotImplementedError

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
        self._build_file_actions()
        self.actions_by_name: dict[str, QAction] = {}
        for panel, kind in PANELS.items():
            for act in kind.ACTIONS:
                slot = partial(self._panel_action, panel, act)
                text = QCoreApplication.translate("Console", act.text)
                self.actions_by_name[f"{panel}.{act.name}"] = self._action(text, slot, act.keys)
        self._build_view_actions()
        self.session_actions = [
            self.copy_action,
            self.export_action,
            self.roster_action,
            self.settings_action,
            *self.actions_by_name.values(),
            self.shared_action,
            self.scheme_action,
            self.run_page_action,
            self.board_page_action,
            self.vote_page_action,
            self.outcome_page_action,
            self.phone_action,
        ]

    def _build_file_actions(self) -> None:
        """File and Edit."""
        a = self._action
        self.new_action = a(
            QCoreApplication.translate("MainWindow", "&New from Briefing…"),
            self.ask_new_from_briefing,
            "Ctrl+N",
        )
        self.open_action = a(
            QCoreApplication.translate("MainWindow", "&Open…"),
            self.ask_open,
            QKeySequence.StandardKey.Open,
        )
        self.copy_action = a(
            QCoreApplication.translate("MainWindow", "Save a &Copy…"),
            self.ask_save_copy,
            "Ctrl+Shift+S",
        )
        self.roster_action = a(
            QCoreApplication.translate("MainWindow", "&Import Roster…"),
            self.ask_import_roster,
            "Ctrl+I",
        )
        self.settings_action = a(
            QCoreApplication.translate("MainWindow", "Session &Settings…"),
            self.ask_settings,
            settings_keys(),
        )
        self.export_action = a(
            QCoreApplication.translate("MainWindow", "&Export…"), self.ask_export, "Ctrl+Shift+E"
        )
        self.combine_action = a(
            QCoreApplication.translate("MainWindow", "Com&bine Sessions…"),
            self.ask_combine_sessions,
        )
        self.quit_action = a(
            QCoreApplication.translate("MainWindow", "&Quit"),
            self.close,
            QKeySequence.StandardKey.Quit,
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.preferences_action = a(
            QCoreApplication.translate("MainWindow", "Pre&ferences…"),
            self.ask_preferences,
            QKeySequence.StandardKey.Preferences,
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.undo_action = self.undo_stack.createUndoAction(
            self, QCoreApplication.translate("MainWindow", "&Undo")
        )
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(
            self, QCoreApplication.translate("MainWindow", "&Redo")
        )
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    def _build_view_actions(self) -> None:
        """View and Help."""
        a = self._action
        self.shared_action = a(
            QCoreApplication.translate("MainWindow", "&Shared Screen"),
            self.toggle_shared_screen,
            "F5",
        )
        self.scheme_action = a(
            QCoreApplication.translate("MainWindow", "Shared Screen &Light/Dark"),
            self.toggle_scheme,
            "Shift+F5",
        )
        self.run_page_action = a(
            QCoreApplication.translate("MainWindow", "&Run the Session"),
            lambda: self.show_page(0),
            "Alt+1",
        )
        self.board_page_action = a(
            QCoreApplication.translate("MainWindow", "Recommen&dations"),
            lambda: self.show_page(1),
            "Alt+2",
        )
        self.vote_page_action = a(
            QCoreApplication.translate("MainWindow", "&Vote"), lambda: self.show_page(2), "Alt+3"
        )
        self.outcome_page_action = a(
            QCoreApplication.translate("MainWindow", "&Outcome"), lambda: self.show_page(3), "Alt+4"
        )
        self.phone_action = a(
            QCoreApplication.translate("MainWindow", "&Phone Participation…"), self.ask_phones
        )
        self.help_action = a(
            QCoreApplication.translate("MainWindow", "&Keyboard Shortcuts"),
            self.show_shortcuts,
            "F1",
        )

    def _panel_action(self, panel: str, act: Act) -> None:
        if self.console is not None:
            act.call(self.console.panels()[panel])

    def _menu_of(self, names: tuple[str, ...] | str) -> list[QAction]:
        """Actions by name, or every action of one panel."""
        if isinstance(names, str):
            return [a for n, a in self.actions_by_name.items() if n.startswith(f"{names}.")]
        return [self.actions_by_name[name] for name in names]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent = RecentFiles(
            self.settings,
            QMenu(QCoreApplication.translate("MainWindow", "Open &Recent"), self),
            self.open_path,
        )
        file_menu.addMenu(self.recent.menu)
        file_menu.addSeparator()
        file_menu.addActions(
            [self.copy_action, self.export_action, self.roster_action, self.settings_action]
        )
        file_menu.addSeparator()
        file_menu.addAction(self.combine_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addAction(self.preferences_action)
        # Text typed on the outcome page becomes a step first, so Undo takes it back.
        edit.aboutToShow.connect(self._save_typed_outcome)
        for title, names in (
            (QCoreApplication.translate("MainWindow", "&Point"), POINT_MENU),
            (QCoreApplication.translate("MainWindow", "&Queue"), "queue"),
            (QCoreApplication.translate("MainWindow", "&Capture"), "capture"),
            (QCoreApplication.translate("MainWindow", "Peop&le"), "people"),
        ):
            bar.addMenu(title).addActions(self._menu_of(names))
        view = bar.addMenu(QCoreApplication.translate("MainWindow", "Vie&w"))
        view.addActions(
            [
                self.run_page_action,
                self.board_page_action,
                self.vote_page_action,
                self.outcome_page_action,
            ]
        )
        view.addSeparator()
        view.addActions([self.shared_action, self.scheme_action, self.phone_action])
        self.language_menu = LanguageMenu(
            self.settings, self, self._languages_changed, self.show_status
        )
        view.addMenu(self.language_menu)
        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(self.help_action)

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

    # -- dialogs --------------------------------------------------------------

    def ask_preferences(self) -> None:
        self.preferences_dialog().exec()

    def preferences_dialog(self) -> PreferencesDialog:
        """Edit ▸ Preferences: the languages; the room's screen follows at once."""
        from breakout_qt.preferences import PreferencesDialog

        return PreferencesDialog(self.settings, self, self._preferences_stored)

    def _preferences_stored(self, said: str) -> None:
        self.language_menu.sync()
        self._languages_changed()
        if said:
            self.show_status(said)

    def ask_phones(self) -> PhonePanel:
        """View ▸ Phone Participation: the panel that starts and stops serving phones."""
        from breakout_qt.phone_panel import PhonePanel

        assert self.session is not None and self.ops is not None
        if self.phone_panel is None:
            self.phone_panel = PhonePanel(
                self.session, self.settings, self.ops, self, self.show_join
            )
        elif self.phone_panel.server is None:
            self.phone_panel.fill_addresses()  # a network joined since it was last open
        self.phone_panel.show()
        self.phone_panel.raise_()
        return self.phone_panel

    def phones_meet(self, screen: SharedScreen) -> None:
        """A room's screen just opened: it shows the join code while phones are on, and
        the phones see a result once the room is shown it."""
        screen.results_shown.connect(self._results_shown)
        self.show_join(self.join_address())

    def _results_shown(self, round_id: int) -> None:
        panel = self.phone_panel
        if panel is not None and panel.server is not None:
            panel.server.show_results(round_id)

    def show_join(self, address: str | None) -> None:
        """The room's screen shows the phones' join address as a QR code, or stops."""
        if self.shared_screen is not None:
            panel = self.phone_panel
            wifi = panel.wifi() if panel is not None and address is not None else None
            self.shared_screen.join_code.show_address(address, wifi)

    def join_address(self) -> str | None:
        panel = self.phone_panel
        return panel.server.join_url if panel is not None and panel.server is not None else None

    def stop_phones(self) -> None:
        """Before the session closes (another opened, the app closing): phones stop."""
        if self.phone_panel is not None:
            self.phone_panel.stop()
            self.phone_panel.close()
            self.phone_panel.deleteLater()
            self.phone_panel = None

    def show_shortcuts(self) -> None:
        if self.session is not None:
            self.ensure_board()  # so their keys are listed too
            self.ensure_vote()
        from breakout_qt.dialogs import ShortcutsDialog

        ShortcutsDialog(self, self.all_actions()).exec()
