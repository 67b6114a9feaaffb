"""The room's screen's look: its two colour schemes and type sized from the window's height."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

#: Share of the window's height for each kind of text (pixel size of the font).
TITLE_SHARE = 0.028
TITLE_WAITING_SHARE = 0.05  # before any point starts, the title is what the room reads
POINT_SHARE = 0.04
QUESTION_SHARE = 0.068
QUESTION_MIN_SHARE = 0.032
QUESTION_BOX_SHARE = 0.40  # the most height the question may take before its type shrinks
DIGITS_SHARE = 0.13
WORDS_SHARE = 0.058
PEOPLE_SHARE = 0.042
BAR_SHARE = 0.022
MARGIN_SHARE = 0.045
RESULT_TITLE_SHARE = 0.034
RESULT_HEADING_SHARE = 0.05
RESULT_BAR_TEXT_SHARE = 0.04
RESULT_NOTE_SHARE = 0.03
TURNOUT_SHARE = 0.085
TURNOUT_NOTE_SHARE = 0.042


def pixel_font(widget: QWidget, pixels: float, *, bold: bool = False) -> QFont:
    """The widget's font at a size in pixels (from the screen height), never below 9."""
    font = QFont(widget.font())
    font.setPixelSize(max(9, round(pixels)))
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class Scheme:
    """Colours for one look of the screen; text on background stays high contrast."""

    name: str
    background: str
    text: str
    muted: str
    track: str
    normal: str
    near: str
    over: str
    near_text: str
    over_text: str


SCHEMES: dict[str, Scheme] = {
    "dark": Scheme(
        name="dark",
        background="#0b0b0c",
        text="#ffffff",
        muted="#d2d2d2",
        track="#3b3b40",
        normal="#4ea1ff",
        near="#ffb300",
        over="#ff4545",
        near_text="#ffc233",
        over_text="#ff6b6b",
    ),
    "light": Scheme(
        name="light",
        background="#ffffff",
        text="#111111",
        muted="#383838",
        track="#d6d6d6",
        normal="#1565c0",
        near="#e69500",
        over="#c62828",
        near_text="#8a5300",
        over_text="#b3141c",
    ),
}
