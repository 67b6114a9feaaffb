"""Quit once the window has painted: how a script sees the app really open.

With ``BREAKOUT_QUIT_AFTER_PAINT=1`` in its environment, ``breakout open FILE``
shows its window, and when the window has painted for the first time prints
one line to standard output, ``breakout: painted: <window title>``, and
quits with status 0. The bundle's smoke run (packaging/smoke_bundle.sh), the
desktop entry's test and benchmarks/bench_bundle.py use it to check that a
file opened and to time the start up to what a person would first see.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

SWITCH = "BREAKOUT_QUIT_AFTER_PAINT"


def wanted() -> bool:
    return os.environ.get(SWITCH, "").strip() == "1"


class _FirstPaint(QObject):
    """Watches the window for its first paint, then says so and quits the app."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            # After this paint has finished: the line then means "on screen".
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"breakout: painted: {self.window.windowTitle()}", flush=True)
        QApplication.quit()


def quit_after_first_paint(window: QWidget) -> None:
    window.installEventFilter(_FirstPaint(window))
