"""The app's window as the GUI tests open it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from breakout.session import Session
from breakout_qt.main_window import MainWindow


def shown_window(
    qtbot: QtBot, session: Session, folder: Path, *, size: tuple[int, int] | None = None
) -> MainWindow:
    """The app's window on ``session``, shown and active, with its own settings file;
    an error dialog fails the test. The caller closes it."""
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, settings=settings)
    window.show_error = lambda message: pytest.fail(f"unexpected error dialog: {message}")
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window
