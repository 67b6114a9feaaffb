"""The window's file flows: open, new from a briefing, save a copy, export, import a roster.

:class:`FileFlows` is the base of :class:`breakout_qt.main_window.MainWindow`; it asks
for files through its ``ask_file_*`` methods (replaceable in tests), says what
went wrong in one sentence and hands a newly opened session to
``set_session``. The window keeps the menus and the page stack.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from breakout.errors import BreakoutError
from breakout.session import Session
from breakout_qt.i18n import console_words, fill

if TYPE_CHECKING:
    from breakout_qt.console.console import Console
    from breakout_qt.undo import Operations


class FileFlows(QMainWindow):
    """The file menu's flows, for a window that shows one session at a time."""

    session: Session | None
    console: Console | None
    ops: Operations | None

    # The window these flows are mixed into shows the session and the errors.

    def set_session(self, session: Session | None) -> None:
        """Show ``session`` (None: no session open); provided by the main window."""
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        """Tell the user ``message`` in one sentence; provided by the main window."""
        raise NotImplementedError

    def _offer_copy(self, message: str) -> None:
        if self.ask_save_moved(message):
            self.ask_save_copy()

    def ask_save_moved(self, message: str) -> bool:
        """The moved file's warning: True if the facilitator chose Save a Copy."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "Breakout"),
            message,
            parent=self,
        )
        save = box.addButton(
            QCoreApplication.translate("MainWindow", "Save a &Copy…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("FileFlows", "&Not Now"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(save)
        box.exec()
        return box.clickedButton() is save

    def ask_file_to_open(self, title: str, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self, title, "", filters)
        return Path(name) if name else None

    def ask_file_to_save(
        self, title: str, filters: str, proposed: Path | None = None
    ) -> Path | None:
        """The save dialog, opened at ``proposed`` (folder and name) when given."""
        start = str(proposed) if proposed is not None else ""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self, title, start, filters)
        return Path(name) if name else None

    def ask_files_to_open(self, title: str, filters: str) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(self, title, "", filters)
        return [Path(name) for name in names]

    def ask_forum_file(self, title: str, filters: str) -> Path | None:
        """A forum file to make or to add to (choosing an existing one is no overwrite)."""
        from PySide6.QtWidgets import QFileDialog

        option = QFileDialog.Option.DontConfirmOverwrite
        name, _ = QFileDialog.getSaveFileName(self, title, "", filters, options=option)
        return Path(name) if name else None

    def ask_combine_sessions(self) -> None:
        """File ▸ Combine Sessions…: session files into a new or existing forum file."""
        sessions = self.ask_files_to_open(
            QCoreApplication.translate("FileFlows", "Sessions to combine"),
            QCoreApplication.translate(
                "FileFlows", "Breakout sessions (*.breakout);;All files (*)"
            ),
        )
        if not sessions:
            return
        forum = self.ask_forum_file(
            QCoreApplication.translate("FileFlows", "Forum file: a new one, or one to add to"),
            QCoreApplication.translate("FileFlows", "Breakout forums (*.breakout)"),
        )
        if forum is None:
            return
        if forum.suffix != ".breakout":
            forum = forum.with_name(forum.name + ".breakout")
        self._combine(forum, sessions)

    def _combine(self, forum: Path, sessions: list[Path]) -> None:
        import time

        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from breakout.forum.combine import combine

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = combine(forum, sessions, clock=time.time)
        except BreakoutError as exc:
            QApplication.restoreOverrideCursor()
            self.show_error(str(exc))
            return
        QApplication.restoreOverrideCursor()
        words = console_words()
        added = words.tr("%n session(s) added", None, len(done.added))
        updated = words.tr("%n session(s) updated", None, len(done.replaced))
        said = QCoreApplication.translate("FileFlows", "Forum %1: %2, %3")
        self.statusBar().showMessage(fill(said, forum.name, added, updated), 15000)

    def ask_open(self) -> None:
        path = self.ask_file_to_open(
            QCoreApplication.translate("FileFlows", "Open session"),
            QCoreApplication.translate(
                "FileFlows", "Breakout sessions (*.breakout);;All files (*)"
            ),
        )
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        from breakout_qt.app import open_session  # damage and disk failures in words

        try:
            session = open_session(path)
        except BreakoutError as exc:
            self.show_error(str(exc))
            return False
        self.set_session(session)
        return True

    def ask_new_from_briefing(self) -> None:
        briefing_path = self.ask_file_to_open(
            QCoreApplication.translate("FileFlows", "Briefing note"),
            QCoreApplication.translate(
                "FileFlows", "Briefing notes (*.txt *.md *.markdown);;All files (*)"
            ),
        )
        if briefing_path is None:
            return
        from breakout.briefing import read_briefing

        try:
            briefing = read_briefing(briefing_path)
        except BreakoutError as exc:
            self.show_error(str(exc))
            return
        from breakout_qt.file_names import session_from_briefing

        target = self.ask_file_to_save(
            QCoreApplication.translate("FileFlows", "Save the new session as"),
            QCoreApplication.translate("FileFlows", "Breakout sessions (*.breakout)"),
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
        from breakout_qt.file_names import session_copy

        current = self.session.path.resolve()
        target = self.ask_file_to_save(
            QCoreApplication.translate("FileFlows", "Save a copy"),
            QCoreApplication.translate("FileFlows", "Breakout sessions (*.breakout)"),
            session_copy(current),
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
            assert self.console is not None
            typed = self.console.capture.edit.toPlainText()
            self.set_session(copy)
            assert self.console is not None
            self.console.capture.edit.setPlainText(typed)
            said = QCoreApplication.translate("FileFlows", "Everything is saved in %1")
            self.statusBar().showMessage(fill(said, saved.resolve()), 15000)
            return
        said = QCoreApplication.translate(
            "FileFlows", "Copy saved as %1; you are still working in %2"
        )
        self.statusBar().showMessage(fill(said, saved.resolve(), current.name), 15000)

    def ask_export(self) -> None:
        if self.session is None:
            return
        from breakout_qt.export_dialog import ExportDialog

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
            self.statusBar().showMessage(
                fill(QCoreApplication.translate("FileFlows", "Exported: %1"), dialog.written), 15000
            )

    def ask_import_roster(self) -> None:
        path = self.ask_file_to_open(
            QCoreApplication.translate("FileFlows", "Import roster"),
            QCoreApplication.translate("FileFlows", "CSV files (*.csv *.txt);;All files (*)"),
        )
        if path is None or self.ops is None:
            return
        from breakout.roster import read_roster

        try:
            entries = read_roster(path)
        except BreakoutError as exc:
            self.show_error(str(exc))
            return
        session = self.ops.session
        change = self.ops.run(lambda: session.people.import_roster(entries))
        if change is not None:
            counts = change.result
            words = console_words()
            added = words.tr("%n added", None, counts["added"])
            updated = words.tr("%n updated", None, counts["updated"])
            said = fill(
                QCoreApplication.translate("FileFlows", "Roster imported: %1, %2"), added, updated
            )
            self.statusBar().showMessage(said, 8000)
