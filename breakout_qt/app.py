"""Starting the app: one QApplication, one main window on one session."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from breakout.errors import BreakoutError, damaged, explain, find_damage
from breakout.session import Session
from breakout_qt import first_paint
from breakout_qt.i18n import console_language, install
from breakout_qt.main_window import MainWindow

# Qt platforms where nobody sees a window (tests, scripts): a dialog would wait forever.
_UNSEEN_PLATFORMS = ("offscreen", "minimal")


def make_app() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Breakout")
    app.setOrganizationName("Breakout")
    app.setDesktopFileName("org.breakout.Breakout")
    return app


def open_session(path: Path) -> Session:
    """Open a session for the window, or raise :class:`BreakoutError` saying why not.

    A file SQLite finds damaged is refused now rather than half-way through
    the session; a failure of the disk or the file gets its sentence (see
    :func:`breakout.errors.explain`); anything else is a fault of Breakout's.
    """
    session: Session | None = None
    try:
        session = Session.open(path)
        damage = find_damage(path)
        if damage is not None:
            raise damaged(path.name, damage)
    except Exception as exc:
        if session is not None:
            session.close()
        problem = _why_not_opened(exc, path)
        if problem is None or problem is exc:
            raise
        raise problem from None
    return session


def run(path: Path | None) -> int:
    app = make_app()
    # The console's language (Edit ▸ Preferences); the translators are the app's children.
    install(app, console_language(QSettings()))
    session: Session | None = None
    try:
        if path is not None:
            session = open_session(path)
        window = MainWindow(session)
    except Exception as exc:
        if session is not None:
            session.close()
        problem = None if path is None else _why_not_opened(exc, path)
        if problem is None:
            raise
        report_open_failure(str(problem))
        return 1
    if first_paint.wanted():
        first_paint.quit_after_first_paint(window)
    window.show()
    return app.exec()


def _why_not_opened(exc: Exception, path: Path) -> BreakoutError | None:
    """The sentence for a session that did not open, or None for a fault of Breakout's."""
    if isinstance(exc, BreakoutError):
        return exc
    known = explain(exc, path.name)
    if known is None:
        damage = find_damage(path)  # read, but broken inside
        known = damaged(path.name, damage) if damage else None
    return known


def report_open_failure(message: str) -> None:
    """Say why the file did not open: in a dialog (started from the desktop, the
    dialog is all a person sees) and as the command line's error line."""
    print(f"breakout: error: {' '.join(message.split())}", file=sys.stderr)
    if can_show_dialogs():
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, QCoreApplication.translate("MainWindow", "Breakout"), message)


def can_show_dialogs() -> bool:
    return QGuiApplication.platformName() not in _UNSEEN_PLATFORMS
