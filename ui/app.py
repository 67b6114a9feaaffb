"""Starting the app: one QApplication, one main window on one session."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from breakout.errors import BreakoutError
from breakout.session import Session
from ui.main_window import MainWindow


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
    return Session.open(path)


def run(path: Path | None) -> int:
    app = make_app()
    session: Session | None = None
    if path is not None:
        try:
            session = open_session(path)
        except BreakoutError as exc:
            QMessageBox.critical(None, "Breakout", str(exc))
            print(f"breakout: error: {exc}", file=sys.stderr)
            return 1
    window = MainWindow(session)
    window.show()
    return app.exec()
