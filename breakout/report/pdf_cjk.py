"""Chinese and Japanese in the PDF: lines break between characters, never before a full stop.

reportlab breaks lines at spaces only; a Chinese sentence has none, so it
would be cut wherever it overflows — often just before "，" or "。", which then
starts a line. reportlab's own CJK wrapping (``wordWrap="CJK"``) knows fewer
of the marks that must not start a line (not "，", "；", "：", "？", "！") and
hangs at most one. So a paragraph with such text is broken into lines here
(:class:`CjkText`): a line may end after any Chinese or Japanese character or
at a space, but not before a mark that closes (:data:`NO_START`) nor after one
that opens (:data:`NO_END`); the lines are then set with hard breaks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

#: Marks that never start a line: closing punctuation and brackets, in full and half width.
NO_START = frozenset(
    "，。、；：？！）」』】〕〉》〗〙〛｝］…‥・ー々〜"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
    ",.;:?!)]}%％°″′℃"
)
#: Marks that never end a line: opening brackets and quotes.
NO_END = frozenset("（「『【〔〈《〖〘〚｛［([{“‘")

#: How much narrower than the real width lines are filled (points), so reportlab keeps them.
SLACK = 1.5


def is_wide(ch: str) -> bool:
    """A character after which a line may break with no space (Chinese, Japanese, full width)."""
    return unicodedata.east_asian_width(ch) in ("W", "F")


def has_wide(text: str) -> bool:
    return not text.isascii() and any(is_wide(ch) for ch in text)


_TOKEN = re.compile(r"\s|[^\s]", re.S)


def tokens(runs: Sequence[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """Runs cut into units a line may break between: a wide character, a space, a word."""
    out: list[tuple[Any, str]] = []
    for key, text in runs:
        word = ""
        for ch in _TOKEN.findall(text):
            if ch.isspace() or is_wide(ch):
                if word:
                    out.append((key, word))
                    word = ""
                out.append((key, ch))
            else:
                word += ch
        if word:
            out.append((key, word))
    return out


def may_break(before: str, after: str) -> bool:
    """Whether a line may end between two units (``after`` then starts the next line)."""
    if after.isspace() or before.isspace():
        return True
    if after[0] in NO_START or before[-1] in NO_END:
        return False
    return is_wide(before[-1]) or is_wide(after[0])


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
        return "".join(self.render(k, t) for k, t in self.units)

    def lines(self, first: float, rest: float, size: float) -> list[list[tuple[Any, str]]]:
        lines: list[list[tuple[Any, str]]] = [[]]
        used = 0.0
        limit = first
        for unit in self.units:
            key, text = unit
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
                    if may_break(line[i - 1][1], _at(line, i, text))
                )
                cut = next(breaks, len(line))
                carried = line[cut:]
                del line[cut:]
                while line and line[-1][1].isspace():
                    line.pop()
                while carried and carried[0][1].isspace():
                    carried.pop(0)
                lines.append(carried)
                used = sum(stringWidth(t, self.font_of(k), size) for k, t in carried)
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
        return "<br/>".join("".join(self.render(k, t) for k, t in line) for line in lines)


def _at(line: list[tuple[Any, str]], i: int, coming: str) -> str:
    return line[i][1] if i < len(line) else coming
