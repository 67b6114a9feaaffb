"""Right-to-left text in the PDF: the Unicode bidirectional algorithm, line by line.

reportlab lays words out left to right in the order they are typed; HarfBuzz
(paragraph style ``shaping=1``) joins the letters of each word and sets an
Arabic word's letters right to left, but the *words* of an Arabic sentence
would still run left to right. So a paragraph with right-to-left letters is
set in two passes (:class:`BidiParagraph`):

1. the words in logical order are broken into lines by reportlab (a little
   narrower than the real width, so the second pass never breaks elsewhere);
2. each line's words are put in visual order by the embedding levels that the
   bidirectional algorithm (python-bidi, which wraps the Rust ``unicode-bidi``
   crate) gives the whole paragraph — rule L2, reversing runs from the highest
   level down — and the lines are set again, each ended by a hard break.

A word keeps its letters in typed order (HarfBuzz orders an Arabic word
itself). A word with no right-to-left letter standing at an odd level —
digits and punctuation in an Arabic sentence, "2026." or "(" — is turned into
its visual form here (python-bidi also mirrors brackets), since HarfBuzz sets
such a word left to right.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from bidi import get_display
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

#: One word of a paragraph: its parts, each (run key, text), in typed order.
Word = tuple[tuple[Any, str], ...]

#: How much narrower than the real width the logical pass breaks lines (points).
SLACK = 1.5

_LEVEL = re.compile(r"Level\(\s*(\d+)")


def has_rtl_letters(text: str) -> bool:
    from breakout.report.pdf_text import needs_shaping

    return needs_shaping(text)


def levels(text: str, rtl: bool) -> list[int]:
    """The resolved embedding level of each character of one paragraph (no newlines).

    python-bidi returns them with ``debug=True``, one per UTF-8 byte.
    """
    if not text:
        return []
    report = str(get_display(text, base_dir="R" if rtl else "L", debug=True))
    start = report.find("levels:")
    end = report.find("]", start)
    by_byte = [int(n) for n in _LEVEL.findall(report[start:end])] if start >= 0 else []
    if len(by_byte) != len(text.encode("utf-8")):
        # Not the report this version of python-bidi writes: every letter at the base level.
        return [1 if rtl else 0] * len(text)
    out = []
    at = 0
    for ch in text:
        out.append(by_byte[at])
        at += len(ch.encode("utf-8"))
    return out


def visual_order(word_levels: Sequence[int]) -> list[int]:
    """Rule L2 on one line: indices of its words, left to right."""
    order = list(range(len(word_levels)))
    odd = [level for level in word_levels if level % 2]
    if not odd:
        return order
    for level in range(max(word_levels), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if word_levels[order[i]] >= level:
                j = i
                while j < len(order) and word_levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def split_words(runs: Sequence[tuple[Any, str]]) -> list[list[Word]]:
    """Runs of text cut into hard lines (at newlines) of words (at whitespace)."""
    lines: list[list[Word]] = [[]]
    current: list[tuple[Any, str]] = []

    def end_word() -> None:
        if current:
            lines[-1].append(tuple(current))
            current.clear()

    for key, text in runs:
        for token in re.split(r"(\s)", text):
            if not token:
                continue
            if token == "\n":
                end_word()
                lines.append([])
            elif token.isspace():
                end_word()
            else:
                current.append((key, token))
    end_word()
    return lines


class BidiText:
    """A paragraph's words with their levels, set into visual lines for a width."""

    def __init__(
        self, runs: Sequence[tuple[Any, str]], rtl: bool, render: Callable[[Any, str], str]
    ) -> None:
        self.render = render
        #: Per hard line, its words with the levels of their characters.
        self.hard_lines: list[list[tuple[Word, list[int]]]] = []
        for words in split_words(runs):
            text = " ".join("".join(t for _, t in word) for word in words)
            char_levels = levels(text, rtl)
            placed = []
            at = 0
            for word in words:
                size = sum(len(t) for _, t in word)
                placed.append((word, char_levels[at : at + size] or [0]))
                at += size + 1
            self.hard_lines.append(placed)

    def word_markup(self, word: Word, word_levels: list[int]) -> str:
        text = "".join(t for _, t in word)
        if min(word_levels) % 2 and len(word) == 1 and not has_rtl_letters(text):
            word = ((word[0][0], str(get_display(text, base_dir="R"))),)
        return "".join(self.render(key, t) for key, t in word)

    def logical(self) -> str:
        return "<br/>".join(
            " ".join(self.render(k, t) for word, _ in line for k, t in word)
            for line in self.hard_lines
        )

    def visual(self, style: Any, width: float) -> str:
        """Markup of the paragraph as it is seen at ``width``: visual lines, hard breaks."""
        probe = Paragraph(self.logical(), style)
        probe.wrap(max(width - SLACK, 1.0), 1e9)
        counts = [getattr(line, "wordCount", 0) for line in probe.blPara.lines]
        words = [(w, lv) for line in self.hard_lines for w, lv in line]
        if sum(counts) != len(words):
            return self.logical()  # a word was split: keep what reportlab made
        out = []
        at = 0
        for count in counts:
            line = words[at : at + count]
            at += count
            order = visual_order([max(lv) for _, lv in line])
            out.append(" ".join(self.word_markup(*line[i]) for i in order))
        return "<br/>".join(out)


class Lines(Protocol):
    """What a :class:`BidiParagraph` asks for its lines at a width."""

    def visual(self, style: Any, width: float) -> str: ...


class BidiParagraph(Paragraph):
    """A paragraph set as the lines its text gives for the width it is wrapped at.

    Right-to-left text (:class:`BidiText`) puts each line in visual order;
    Chinese and Japanese (:class:`breakout.report.pdf_cjk.CjkText`) break
    between characters where a line may break.
    """

    def __init__(self, *args: Any, bidi: Lines | None = None, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.bidi = bidi
        self.bidi_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.bidi is not None and availWidth != self.bidi_width:
            self.bidi_width = availWidth
            text = self.bidi.visual(self.style, availWidth)
            self._setup(text, self.style, self.bulletText, None, cleanBlockQuotedText)
        width, height = super().wrap(availWidth, availHeight)
        return width, height
