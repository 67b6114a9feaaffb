"""Where the room's and the kiosk's windows open, and opening them without taking the keyboard.

The console keeps the keyboard when either window opens (:func:`show_quietly`):
the room's window never asks for it, and the kiosk gets it only when the
facilitator hands it over.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QGuiApplication,
    QWindow,
)
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)
from shiboken6 import isValid

S = TypeVar("S")  # a screen: QScreen in the app, any object in tests

# How long after showing a window the console takes the keyboard back if the
# platform gave it to the new window.
GIVE_BACK_MS = 500


def choose_screen(screens: Sequence[S], console: S | None, primary: S | None = None) -> S | None:
    """The screen for the room: not the console's, and not the primary one if we can help it.

    ``None`` when there is only one screen (the window then stays movable).
    """
    if len(screens) < 2:
        return None
    others = [s for s in screens if s is not console]
    preferred = [s for s in others if s is not primary]
    if preferred:
        return preferred[0]
    return others[0] if others else None


def choose_kiosk_screen(screens: Sequence[S], room: S | None, console: S | None) -> S | None:
    """The screen for the kiosk: never the room's when there is another.

    A screen that is neither the room's nor the console's (a touch screen)
    first; else the console's, as long as the room is not on it (the laptop,
    turned round); ``None`` when there is no other choice than sharing one.
    """
    spare = [s for s in screens if s is not room and s is not console]
    if spare:
        return spare[0]
    if console is not None and console is not room and console in screens:
        return console
    return None


def _nothing() -> None:
    return None


def show_quietly(window: QWidget, show: Callable[[], None]) -> Callable[[], None]:
    """Show a window on top without taking the keyboard from the window that has it.

    The window asks the window manager not to activate it; should the platform
    activate it anyway, whichever window was active (the console) gets the
    keyboard back at once. Returns a function that stops this watch (call it
    before handing the new window the keyboard on purpose).
    """
    window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
    keeper = QApplication.activeWindow()
    show()
    window.raise_()
    app = QGuiApplication.instance()
    if keeper is None or keeper is window or not isinstance(app, QGuiApplication):
        return _nothing
    handle = window.windowHandle()
    watching = True

    def stop() -> None:
        nonlocal watching
        if watching:
            watching = False
            app.focusWindowChanged.disconnect(moved)

    def moved(focus: QWindow | None) -> None:
        # Only the first move, and only if it is to the new window: activating the
        # console while it still has the keyboard would make the window manager
        # raise it over the new window.
        stop()
        if focus is not None and focus is handle and isValid(keeper) and keeper.isVisible():
            keeper.activateWindow()

    app.focusWindowChanged.connect(moved)
    QTimer.singleShot(GIVE_BACK_MS, stop)
    return stop
