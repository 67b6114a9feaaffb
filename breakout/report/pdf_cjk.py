"""Chinese and Japanese in the PDF: lines break between characters, never before a full stop.

reportlab breaks lines at spaces only; a Chinese sentence has none, so it
would be cut wherever it overflows — often just before "，" or "。", which then
starts a line. reportlab's own CJK wrapping (``wordWrap="CJK"``) knows fewer
of the marks that must not start a line (not "，", "；", "：", "？", "！") and
hangs at most one. So a paragraph with such text is broken into lines here
(:class:`CjkText`) where ICU's line breaking (the Unicode line breaking
algorithm, UAX #14) allows a line to begin: after any Chinese or Japanese
character or a space, but not before a mark that closes nor after one that
opens. What is Breakout's own is only the filling: as many units on a line as
fit its width, and the lines set with hard breaks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import icu
from reportlab.pdfbase.pdfmetrics import stringWidth

#: How much narrower than the real width lines are filled (points), so reportlab keeps them.
SLACK = 1.5


def is_wide(ch: str) -> bool:
    """A character after which a line may break with no space (Chinese, Japanese, full width)."""
    return unicodedata.east_asian_width(ch) in ("W", "F")


def has_wide(text: str) -> bool:
    return not text.isascii() and any(is_wide(ch) for ch in text)


class Unit(NamedTuple):
    """A piece of a paragraph no line break falls inside: a space, or text of one run."""

    key: Any
    text: str
    #: Whether a line may begin with this unit (ICU's line break rules).
    may_start: bool


def line_starts(text: str) -> set[int]:
    """The positions (in characters) where ICU lets a line of ``text`` begin."""
    breaks = icu.BreakIterator.createLineInstance(icu.Locale.getRoot())  # about 10 µs
    breaks.setText(text)
    at_unit: dict[int, int] = {}
    unit = 0
    for i, ch in enumerate(text):
        at_unit[unit] = i
        unit += 2 if ord(ch) > 0xFFFF else 1
    return {at_unit[b] for b in breaks if b in at_unit}


_PIECE = re.compile(r"\s|[^\s]+", re.S)


def tokens(runs: Sequence[tuple[Any, str]]) -> list[Unit]:
    """Runs cut into units, where a line may break, at spaces and where the run changes."""
    starts = line_starts("".join(text for _, text in runs))
    out: list[Unit] = []
    at = 0
    for key, text in runs:
        for piece in _PIECE.finditer(text):
            if piece[0].isspace():
                out.append(Unit(key, piece[0], False))
                continue
            cuts = [i for i in range(piece.start() + 1, piece.end()) if at + i in starts]
            for begin, end in zip([piece.start(), *cuts], [*cuts, piece.end()], strict=True):
                out.append(Unit(key, text[begin:end], at + begin in starts))
        at += len(text)
    return out


class CjkText:
    """A paragraph's units, broken into lines for a width (module doc)."""

    def __init__(
        self,
        runs: Sequence[tuple[Any, str]],
        render: Callable[[Any, str], str],
        font_of: Callable[[Any], str],
    ) -> None:
        self.units = tokens(runs)
        self.render = render
        self.font_of = font_of

    def logical(self) -> str:
        return "".join(self.render(k, t) for k, t, _ in self.units)

    def lines(self, first: float, rest: float, size: float) -> list[list[Unit]]:
        lines: list[list[Unit]] = [[]]
        used = 0.0
        limit = first
        for unit in self.units:
            key, text, _ = unit
            if text == "\n":
                lines.append([])
                used, limit = 0.0, rest
                continue
            width = stringWidth(text, self.font_of(key), size)
            line = lines[-1]
            if line and used + width > limit and not text.isspace():
                breaks = (
                    i
                    for i in range(len(line), 0, -1)
                    if (line[i] if i < len(line) else unit).may_start
                )
                cut = next(breaks, len(line))
                carried = line[cut:]
                del line[cut:]
                while line and line[-1][1].isspace():
                    line.pop()
                while carried and carried[0][1].isspace():
                    carried.pop(0)
                lines.append(carried)
                used = sum(stringWidth(t, self.font_of(k), size) for k, t, _ in carried)
                limit = rest
                line = lines[-1]
            if not line and text.isspace():
                continue
            line.append(unit)
            used += width
        return lines

    def visual(self, style: Any, width: float) -> str:
        inner = width - style.leftIndent - style.rightIndent - SLACK
        lines = self.lines(inner - style.firstLineIndent, inner, style.fontSize)
        return "<br/>".join("".join(self.render(k, t) for k, t, _ in line) for line in lines)
