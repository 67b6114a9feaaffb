"""Text for the PDF: the bundled fonts, which font sets each character, shaping and markup.

See :mod:`breakout.report.pdf` for how paragraphs are cut into runs by font.
"""

from __future__ import annotations

import io
import threading
import unicodedata
from collections.abc import Callable, Container, Mapping, Sequence
from importlib import resources
from typing import Any, TypeVar
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from breakout.errors import BreakoutError

# -- fonts --------------------------------------------------------------------------

LATIN, ARABIC, CJK, SYMBOLS = "latin", "arabic", "cjk", "symbols"
#: Which font each script falls back to, in order.
SCRIPTS: tuple[str, ...] = (LATIN, ARABIC, CJK, SYMBOLS)
#: (script, weight) -> (registered name, file in breakout/resources/fonts).
FONT_FILES: dict[tuple[str, str], tuple[str, str]] = {
    (LATIN, "regular"): ("BreakoutSans", "NotoSans-Regular.ttf"),
    (LATIN, "bold"): ("BreakoutSans-Bold", "NotoSans-Bold.ttf"),
    (LATIN, "italic"): ("BreakoutSans-Italic", "NotoSans-Italic.ttf"),
    (ARABIC, "regular"): ("BreakoutArabic", "NotoSansArabic-Regular.ttf"),
    (ARABIC, "bold"): ("BreakoutArabic-Bold", "NotoSansArabic-Bold.ttf"),
    (CJK, "regular"): ("BreakoutCJK", "DroidSansFallbackFull.ttf"),
    # The last resort: Hebrew, arrows, mathematical signs, ticks and more.
    (SYMBOLS, "regular"): ("BreakoutSymbols", "DejaVuSans.ttf"),
}
SANS = FONT_FILES[(LATIN, "regular")][0]
SANS_BOLD = FONT_FILES[(LATIN, "bold")][0]
SANS_ITALIC = FONT_FILES[(LATIN, "italic")][0]

K = TypeVar("K")

_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}


class MeasuredFont(TTFont):  # type: ignore[misc]
    """A TrueType font that remembers the width of each string it has measured.

    Laying out a paragraph measures every word, and the same words come back line after
    line and paragraph after paragraph; measuring one is a loop over its glyphs in Python.
    """

    #: Forget every width past this many strings (a very long report's words).
    LIMIT = 200_000

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._widths: dict[tuple[str, float], float] = {}

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        key = (text, size)
        width = self._widths.get(key)
        if width is None:
            width = super().stringWidth(text, size, encoding)
            if len(self._widths) >= self.LIMIT:
                self._widths.clear()
            self._widths[key] = width
        return width


def font_name(script: str, weight: str = "regular") -> str:
    """The registered font for a script and weight (a missing weight falls back)."""
    entry = FONT_FILES.get((script, weight)) or FONT_FILES[(script, "regular")]
    return entry[0]


def register_fonts() -> Mapping[str, frozenset[int]]:
    """Register the bundled fonts once per process; return each script's characters."""
    with _lock:
        if _coverage:
            return _coverage
        folder = resources.files("breakout.resources").joinpath("fonts")
        for (script, _weight), (name, filename) in FONT_FILES.items():
            try:
                data = folder.joinpath(filename).read_bytes()
            except OSError:
                raise BreakoutError(
                    f"the report font {filename} is missing; reinstall Breakout"
                ) from None
            font = MeasuredFont(name, io.BytesIO(data), shapable=True)
            pdfmetrics.registerFont(font)
            if script not in _coverage:
                _coverage[script] = frozenset(font.face.charToGlyph)
        for script in SCRIPTS:
            regular = font_name(script)
            pdfmetrics.registerFontFamily(
                regular,
                normal=regular,
                bold=font_name(script, "bold"),
                italic=font_name(script, "italic"),
                boldItalic=font_name(script, "bold"),
            )
        return _coverage


def split_runs(
    text: str, coverage: Mapping[str, Container[int]], order: Sequence[str] = SCRIPTS
) -> list[tuple[str, str]]:
    """Cut text into (script, run) by the first font (in ``order``) having each letter.

    Letters go to the first font that has them (the first font when none
    does). Everything else — spaces, digits, punctuation, symbols — stays in
    the run it is in when that font has it, else joins the next letter's run
    when that font has it, else goes to the first font that has it. Combining
    marks stay with their letter. Joining the runs gives the text back.
    """
    if not text:
        return []
    first = coverage[order[0]]
    if all(map(first.__contains__, map(ord, text))):
        return [(order[0], text)]  # the first font has every character: one run

    def first_with(code: int) -> str | None:
        return next((s for s in order if code in coverage[s]), None)

    letters: list[str | None] = [
        (first_with(ord(ch)) or order[0]) if unicodedata.category(ch)[0] == "L" else None
        for ch in text
    ]
    upcoming: list[str | None] = [None] * len(text)
    following: str | None = None
    for i in range(len(text) - 1, -1, -1):
        upcoming[i] = following
        if letters[i] is not None:
            following = letters[i]
    runs: list[tuple[str, list[str]]] = []
    current: str | None = None
    for i, ch in enumerate(text):
        script = letters[i]
        if script is None:
            code = ord(ch)
            ahead = upcoming[i]
            if current is not None and (
                unicodedata.category(ch)[0] == "M" or code in coverage[current]
            ):
                script = current
            elif ahead is not None and code in coverage[ahead]:
                script = ahead
            else:
                script = first_with(code) or order[0]
        if runs and runs[-1][0] == script:
            runs[-1][1].append(ch)
        else:
            runs.append((script, [ch]))
        current = script
    return [(script, "".join(chars)) for script, chars in runs]


#: What stands in for a character no bundled font has (so the gap shows).
MISSING = "\ufffd"


def printable(text: str, coverage: Mapping[str, Container[int]]) -> str:
    """Text with every visible character no font has replaced by :data:`MISSING`."""
    latin = coverage[LATIN]
    if all(map(latin.__contains__, map(ord, text))):
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if unicodedata.category(ch)[0] not in "CMZ" and not any(
            code in chars for chars in coverage.values()
        ):
            out.append(MISSING)
        else:
            out.append(ch)
    return "".join(out)


#: What :func:`keep_words_whole` puts where the font changes inside a word: a
#: hair space, which reportlab breaks words at and the right-to-left layout
#: (:mod:`breakout.report.pdf_bidi`) sets all but invisibly thin.
FONT_BREAK = "\u200a"


def keep_words_whole(
    runs: Sequence[tuple[K, str]], font_of: Callable[[K], str] = str
) -> list[tuple[K, str]]:
    """Put a :data:`FONT_BREAK` where the font changes inside a word (for shaped paragraphs).

    reportlab's shaping takes one font per space-separated word, so a word
    set in two fonts would get glyphs from the wrong one. ``font_of`` gives a
    run key's font (the key itself by default).
    """
    out: list[tuple[K, str]] = []
    for key, text in runs:
        if not text:
            continue
        if (
            out
            and font_of(out[-1][0]) != font_of(key)
            and not out[-1][1][-1].isspace()
            and not text[0].isspace()
        ):
            out[-1] = (out[-1][0], out[-1][1] + FONT_BREAK)
        out.append((key, text))
    return out


def needs_shaping(text: str) -> bool:
    """Whether text has right-to-left letters (Arabic, Hebrew): laid out by HarfBuzz."""
    return not text.isascii() and any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


Piece = tuple[str, str, str]  # (text, weight, extra <font> attributes, e.g. 'color="#555"')


def markup(
    pieces: Sequence[Piece], style_font: str, *, shaping: bool | None = None
) -> tuple[str, bool]:
    """Paragraph markup for pieces of text, each run in a font that has its letters.

    Returns the markup and whether the paragraph must be shaped (it has
    Arabic, or ``shaping`` says so). Text is escaped; newlines become breaks.
    """
    runs, shaped = font_runs(pieces, shaping=shaping)
    return "".join(run_markup(key, run, style_font) for key, run in runs), shaped


RunKey = tuple[str, str]  # (font, extra <font> attributes)


def font_runs(
    pieces: Sequence[Piece], *, shaping: bool | None = None
) -> tuple[list[tuple[RunKey, str]], bool]:
    """Pieces cut into runs keyed by (font, attributes); and whether to shape them."""
    coverage = register_fonts()
    runs: list[tuple[RunKey, str]] = []
    for text, weight, attrs in pieces:
        clean = printable(unicodedata.normalize("NFC", text), coverage)
        for script, run in split_runs(clean, coverage):
            runs.append(((font_name(script, weight), attrs), run))
    shaped = any(needs_shaping(text) for text, _, _ in pieces)
    if shaping is not None:
        shaped = shaping or shaped
    if shaped:
        runs = keep_words_whole(runs, font_of=lambda key: key[0])
    return runs, shaped


def run_markup(key: RunKey, run: str, style_font: str) -> str:
    """One run as paragraph markup: escaped, in its font unless it is the style's."""
    font, attrs = key
    body = escape(run).replace("\n", "<br/>")
    tags = []
    if font != style_font:
        tags.append(f'name="{font}"')
    if attrs:
        tags.append(attrs)
    return f"<font {' '.join(tags)}>{body}</font>" if tags else body
