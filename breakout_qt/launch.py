"""The ``breakout`` console script: the engine's command line, with the app.

Only the GUI commands import Qt, so ``breakout show`` and friends start fast
and work on a machine without a display. Where there is no display to show
the app on, ``breakout`` and ``breakout open`` say so in one line (Qt itself
would abort with a page of messages).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from breakout.cli import main as cli_main
from breakout.errors import BreakoutError

_ELSEWHERE = "run it in a desktop session, or use 'breakout show' or 'breakout export' here"


def open_gui(path: Path | None) -> int:
    problem = display_problem()
    if problem is not None:
        if path is not None:  # a bad file is the first thing to hear about
            from breakout.store import check_is_session

            check_is_session(path)
        raise BreakoutError(problem)
    from breakout_qt.app import run

    return run(path)


def display_problem() -> str | None:
    """Why the app cannot show a window here, or None when it can (as far as can be told).

    Only the cases Qt aborts on are checked: on Linux, no X11 or Wayland
    display, an X display that does not answer, and the X library Qt needs
    since 6.5 missing. Any other platform Qt is told to use is Qt's business.
    """
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0]
    if platform not in ("", "xcb", "wayland", "wayland-egl"):
        return None
    if platform != "xcb" and os.environ.get("WAYLAND_DISPLAY"):
        return None
    display = os.environ.get("DISPLAY", "")
    if not display:
        return f"there is no display to show the app on (DISPLAY is not set); {_ELSEWHERE}"
    if not _x_display_answers(display):
        return f"the display {display} does not answer; {_ELSEWHERE}"
    if ctypes.util.find_library("xcb-cursor") is None:
        return (
            "the app needs the system library libxcb-cursor0 to open its window; "
            "install it (for example 'sudo apt install libxcb-cursor0') and try again"
        )
    return None


def _x_display_answers(display: str) -> bool:
    """Connect to the X server the way Qt will; True when unsure (no libxcb to ask)."""
    name = ctypes.util.find_library("xcb")
    if name is None:
        return True
    try:
        xcb = ctypes.CDLL(name)
    except OSError:
        return True
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return bool(connection) and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, open_gui=open_gui)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
