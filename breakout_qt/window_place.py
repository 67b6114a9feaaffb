"""Where the main window opens: a laptop's whole screen, most of a large one, inside its edges."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect

#: The window manager's frame, until the window is up and the real one is known.
FRAME_GUESS = QMargins(4, 32, 4, 4)


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
