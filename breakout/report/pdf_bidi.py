"""Right-to-left text in the PDF: the Unicode bidirectional algorithm, line by line.

reportlab lays words out left to right in the order they are typed; HarfBuzz
(paragraph style ``shaping=1``) joins the letters of each word and sets an
Arabic word's letters right to left, but the *words* of an Arabic sentence
would still run left to right. So a paragraph with right-to-left letters is
set in two passes (:class:`BidiText`):

1. the words in logical order are broken into lines by reportlab (a little
   narrower than the real width, so the second pass never breaks elsewhere);
2. ICU's bidirectional algorithm (``icu.Bidi``) resolves the whole paragraph
   once; each line is then cut out of it (``setLine``, which applies rules L1
   and L2) and laid out run by run as ICU's visual runs give them, and the
   lines are set again, each ended by a hard break.

A word whose characters fall in two runs is cut between them: in an Arabic
line, "first." at the end of a Latin sentence gives "first", which ends the
left-to-right run, and ".", which the algorithm sets at that run's left.
A right-to-left run lists its words backwards; each keeps its letters in
typed order (HarfBuzz orders an Arabic word itself). A part with no
right-to-left letter in a right-to-left run — digits and punctuation in an
Arabic sentence, "." or "(" — is written in its visual form by ICU (brackets
mirrored), since HarfBuzz sets such a part left to right.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import icu
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

#: One word of a paragraph: its parts, each (run key, text), in typed order.
Word = tuple[tuple[Any, str], ...]

#: Part of a word within one visual run: whether the run is right to left, and the part.
Chunk = tuple[bool, Word]

#: How much narrower than the real width the logical pass breaks lines (points).
SLACK = 1.5


def has_rtl_letters(text: str) -> bool:
    from breakout.report.pdf_text import needs_shaping

    return needs_shaping(text)


def utf16_len(text: str) -> int:
    """How many UTF-16 units ``text`` takes: ICU counts positions in them."""
    return len(text.encode("utf-16-le")) // 2


def resolve(text: str, rtl: bool) -> icu.Bidi:
    """ICU's bidirectional algorithm run on one paragraph (no newlines)."""
    bidi = icu.Bidi()
    # PyICU keeps the UnicodeString alive with the Bidi object.
    bidi.setPara(icu.UnicodeString(text), 1 if rtl else 0)
    return bidi


def visual_form(text: str) -> str:
    """A word standing at an odd level, as it is seen: reversed, brackets mirrored."""
    return str(resolve(text, rtl=True).writeReordered(icu.Bidi.DO_MIRRORING))


#: Markup for a :data:`~breakout.report.pdf_text.FONT_BREAK`: a space too small to see,
#: so "(" in the Latin font and an Arabic word in the Arabic one stand together.
NARROW = '<font size="0.1"> </font>'


def split_words(runs: Sequence[tuple[Any, str]]) -> list[tuple[list[Word], list[str]]]:
    """Runs of text cut into hard lines (at newlines) of words (at whitespace).

    Each line comes with the gap before each of its words: " ", or
    :data:`NARROW` where a font break, not a typed space, ends the word before.
    """
    from breakout.report.pdf_text import FONT_BREAK

    lines: list[tuple[list[Word], list[str]]] = [([], [])]
    current: list[tuple[Any, str]] = []
    gap = " "  # before the next word

    def end_word() -> None:
        if current:
            lines[-1][0].append(tuple(current))
            lines[-1][1].append(gap)
            current.clear()

    for key, text in runs:
        for token in re.split(r"(\s)", text):
            if not token:
                continue
            if token == "\n":
                end_word()
                lines.append(([], []))
            elif token.isspace():
                ended = bool(current)
                end_word()
                gap = NARROW if ended and token == FONT_BREAK else " "
            else:
                current.append((key, token))
    end_word()
    return lines


class HardLine:
    """One hard line of a paragraph: its words, where each stands, and ICU's resolution."""

    def __init__(self, words: list[Word], gaps: list[str], rtl: bool) -> None:
        self.words = words
        #: Per word, the markup of the gap before it (" " or :data:`NARROW`).
        self.gaps = gaps
        texts = ["".join(t for _, t in word) for word in words]
        text = " ".join(texts)
        self.bidi = resolve(text, rtl) if text else None
        #: Per word, its first and last+1 UTF-16 positions in the line's text.
        self.spans: list[tuple[int, int]] = []
        at = 0
        for word_text in texts:
            end = at + utf16_len(word_text)
            self.spans.append((at, end))
            at = end + 1

    def visual_line(self, first: int, count: int) -> list[Chunk | str]:
        """Words ``first`` .. ``first + count - 1`` as seen, left to right.

        ICU's visual runs (rules L1 and L2) are taken in turn; each is cut into
        chunks at the gaps (markup strings), a chunk being the part of a word that
        falls in the run, so "first." in an Arabic line gives "first" and ".",
        each where the algorithm puts it. A right-to-left run lists its chunks
        backwards.
        """
        if self.bidi is None or count == 0:
            return []
        start = self.spans[first][0]
        line = self.bidi.setLine(start, self.spans[first + count - 1][1])
        out: list[Chunk | str] = []
        for run in range(line.countRuns()):
            at, length, direction = line.getVisualRun(run)
            pieces = self.cut(first, count, start + at, start + at + length)
            rtl = direction == icu.UBiDiDirection.RTL
            out.extend(p if isinstance(p, str) else (rtl, p) for p in pieces[:: -1 if rtl else 1])
        return out

    def cut(self, first: int, count: int, low: int, high: int) -> list[Word | str]:
        """The words' parts between UTF-16 positions ``low`` and ``high``, in typed order.

        The gap between two words is given by its markup.
        """
        pieces: list[Word | str] = []
        for i in range(first, first + count):
            at, end = self.spans[i]
            if i > first and low <= at - 1 < high:
                pieces.append(self.gaps[i])
            if end <= low or at >= high:
                continue
            piece = []
            for key, text in self.words[i]:
                units = text.encode("utf-16-le")
                size = len(units) // 2
                lo, hi = max(low - at, 0), min(high - at, size)
                if lo < hi:
                    piece.append((key, units[2 * lo : 2 * hi].decode("utf-16-le")))
                at += size
            pieces.append(tuple(piece))
        return pieces


class BidiText:
    """A paragraph's words, set into visual lines for a width."""

    def __init__(
        self, runs: Sequence[tuple[Any, str]], rtl: bool, render: Callable[[Any, str], str]
    ) -> None:
        self.render = render
        self.hard_lines = [HardLine(words, gaps, rtl) for words, gaps in split_words(runs)]

    def chunk_markup(self, chunk: Chunk | str) -> str:
        if isinstance(chunk, str):
            return chunk
        rtl, word = chunk
        if rtl and not has_rtl_letters("".join(t for _, t in word)):
            word = tuple((key, visual_form(text)) for key, text in reversed(word))
        return "".join(self.render(key, t) for key, t in word)

    def logical(self) -> str:
        return "<br/>".join(
            "".join(
                (gap if i else "") + "".join(self.render(k, t) for k, t in word)
                for i, (word, gap) in enumerate(zip(line.words, line.gaps, strict=True))
            )
            for line in self.hard_lines
        )

    def visual(self, style: Any, width: float) -> str:
        """Markup of the paragraph as it is seen at ``width``: visual lines, hard breaks."""
        probe = Paragraph(self.logical(), style)
        probe.wrap(max(width - SLACK, 1.0), 1e9)
        counts = [getattr(line, "wordCount", 0) for line in probe.blPara.lines]
        # Where each word stands: its hard line and its index there.
        places = [(line, i) for line in self.hard_lines for i in range(len(line.words))]
        if sum(counts) != len(places):
            return self.logical()  # a word was split: keep what reportlab made
        out = []
        at = 0
        for count in counts:
            if count == 0:
                out.append("")
                continue
            line, first = places[at]
            at += count
            if first + count > len(line.words):
                return self.logical()  # a line ran over a hard break: keep reportlab's
            out.append("".join(map(self.chunk_markup, line.visual_line(first, count))))
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
