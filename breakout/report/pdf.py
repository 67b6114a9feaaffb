"""The outcome report as a PDF: reportlab platypus, charts from reportlab.graphics.

:func:`render_pdf` lays out a :class:`~breakout.report.content.ReportContent`
(plain data) and returns the PDF's bytes; it touches no session, so it can
run on a worker thread. This is the only module that imports reportlab.

Every script participants type
------------------------------
The bundled fonts (``resources/fonts``, see its README) are Noto Sans
(Latin, Greek, Cyrillic), Noto Sans Arabic, Droid Sans Fallback (Chinese
and Japanese kana; TrueType outlines, which reportlab can embed) and, as a
last resort, DejaVu Sans (Hebrew, arrows, mathematical signs). A paragraph
is cut into runs by the font that has each character (:func:`split_runs`) and
every run not in the paragraph's own font is wrapped in ``<font name=…>``.
Text with Arabic or Hebrew in it is laid out with HarfBuzz (``uharfbuzz``; paragraph
style ``shaping=1``), which joins the letters and orders them right to left;
nothing is reordered here. reportlab shapes each space-separated word with one
font, so in such a paragraph a space is put where the font changes inside a
word (:func:`keep_words_whole`): "(ملاحظة)" is set as "( ملاحظة )" rather
than with glyphs from the wrong font. Chart labels are paragraphs too, drawn
over the chart, so they get the same treatment.
"""

from __future__ import annotations

import io
import re
import threading
import unicodedata
from collections.abc import Callable, Container, Mapping, Sequence
from importlib import resources
from typing import Any, TypeVar
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreakIfNotEmpty,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from breakout.balance import percent
from breakout.errors import BreakoutError
from breakout.report.content import (
    SECTION_TITLES,
    Chart,
    ContributionLine,
    Participation,
    RankedItem,
    ReportContent,
    duration,
    plural,
)

# -- fonts --------------------------------------------------------------------------

LATIN, ARABIC, CJK, SYMBOLS = "latin", "arabic", "cjk", "symbols"
#: Which font each script falls back to, in order.
SCRIPTS: tuple[str, ...] = (LATIN, ARABIC, CJK, SYMBOLS)
#: (script, weight) -> (registered name, file in resources/fonts).
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


def font_name(script: str, weight: str = "regular") -> str:
    """The registered font for a script and weight (a missing weight falls back)."""
    entry = FONT_FILES.get((script, weight)) or FONT_FILES[(script, "regular")]
    return entry[0]


def register_fonts() -> Mapping[str, frozenset[int]]:
    """Register the bundled fonts once per process; return each script's characters."""
    with _lock:
        if _coverage:
            return _coverage
        folder = resources.files("resources").joinpath("fonts")
        for (script, _weight), (name, filename) in FONT_FILES.items():
            try:
                data = folder.joinpath(filename).read_bytes()
            except OSError:
                raise BreakoutError(
                    f"the report font {filename} is missing; reinstall Breakout"
                ) from None
            font = TTFont(name, io.BytesIO(data), shapable=True)
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
    if all(ord(ch) in coverage[LATIN] for ch in text):
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


def keep_words_whole(
    runs: Sequence[tuple[K, str]], font_of: Callable[[K], str] = str
) -> list[tuple[K, str]]:
    """Put a space where the font changes inside a word (for shaped paragraphs).

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
            out[-1] = (out[-1][0], out[-1][1] + " ")
        out.append((key, text))
    return out


def needs_shaping(text: str) -> bool:
    """Whether text has right-to-left letters (Arabic, Hebrew): laid out by HarfBuzz."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def starts_right_to_left(text: str) -> bool:
    """Whether the first letter is from a right-to-left script."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


Piece = tuple[str, str, str]  # (text, weight, extra <font> attributes, e.g. 'color="#555"')


def markup(
    pieces: Sequence[Piece], style_font: str, *, shaping: bool | None = None
) -> tuple[str, bool]:
    """Paragraph markup for pieces of text, each run in a font that has its letters.

    Returns the markup and whether the paragraph must be shaped (it has
    Arabic, or ``shaping`` says so). Text is escaped; newlines become breaks.
    """
    coverage = register_fonts()
    runs: list[tuple[tuple[str, str], str]] = []
    for text, weight, attrs in pieces:
        clean = printable(unicodedata.normalize("NFC", text), coverage)
        for script, run in split_runs(clean, coverage):
            runs.append(((font_name(script, weight), attrs), run))
    shaped = any(needs_shaping(text) for text, _, _ in pieces)
    if shaping is not None:
        shaped = shaping or shaped
    if shaped:
        runs = keep_words_whole(runs, font_of=lambda key: key[0])
    parts = []
    for (font, attrs), run in runs:
        body = escape(run).replace("\n", "<br/>")
        tags = []
        if font != style_font:
            tags.append(f'name="{font}"')
        if attrs:
            tags.append(attrs)
        parts.append(f"<font {' '.join(tags)}>{body}</font>" if tags else body)
    return "".join(parts), shaped


# -- look -------------------------------------------------------------------------------

INK = colors.HexColor("#1D2733")
MUTED = colors.HexColor("#5B6775")
RULE = colors.HexColor("#C9D1DA")
HEAD_BG = colors.HexColor("#E9EEF3")
ACCENT = colors.HexColor("#1F5F8B")
_WARN_ATTR = 'color="#A23B2A"'
_MUTED_ATTR = 'color="#5B6775"'
PALETTE = (
    colors.HexColor("#1F5F8B"),
    colors.HexColor("#E3A33B"),
    colors.HexColor("#9AA7B4"),
)
PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
BODY_W = PAGE_W - 2 * MARGIN_X


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=SANS,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        bulletFontName=SANS,
        spaceAfter=4,
    )

    def make(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "title": make("title", fontName=SANS_BOLD, fontSize=24, leading=30, spaceAfter=10),
        "cover-line": make("cover-line", fontSize=12.5, leading=17, textColor=MUTED, spaceAfter=2),
        "h1": make(
            "h1",
            fontName=SANS_BOLD,
            fontSize=17,
            leading=22,
            spaceBefore=4,
            spaceAfter=10,
            textColor=ACCENT,
        ),
        "h2": make(
            "h2", fontName=SANS_BOLD, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=5
        ),
        "h3": make(
            "h3",
            fontName=SANS_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=3,
            textColor=MUTED,
        ),
        "small": make("small", fontSize=8, leading=10.5, textColor=MUTED),
        "note": make("note", fontName=SANS_ITALIC, fontSize=8.5, leading=11.5, textColor=MUTED),
        "cell": make("cell", fontSize=8.5, leading=11, spaceAfter=0),
        "cell-bold": make("cell-bold", fontName=SANS_BOLD, fontSize=8.5, leading=11, spaceAfter=0),
        "cell-right": make(
            "cell-right", fontSize=8.5, leading=11, spaceAfter=0, alignment=TA_RIGHT
        ),
        "cell-head": make(
            "cell-head", fontName=SANS_BOLD, fontSize=8, leading=10, spaceAfter=0, textColor=MUTED
        ),
        "bullet": make("bullet", leftIndent=11, bulletIndent=1, spaceAfter=3),
        "label": make("label", fontSize=7.5, leading=9, spaceAfter=0, textColor=INK),
        "header": make("header", fontSize=7.5, leading=9, textColor=MUTED, spaceAfter=0),
        "rank": make(
            "rank",
            fontName=SANS_BOLD,
            fontSize=15,
            leading=18,
            alignment=TA_CENTER,
            textColor=colors.white,
            spaceAfter=0,
        ),
        "notice": make("notice", fontSize=9, leading=12.5, textColor=INK),
        "toc0": make("toc0", fontSize=10.5, leading=14, spaceAfter=0),
        "toc1": make(
            "toc1", fontSize=8.5, leading=11, leftIndent=14, spaceAfter=0, textColor=MUTED
        ),
        "toc0-page": make("toc0-page", fontSize=10.5, leading=14, spaceAfter=0, alignment=TA_RIGHT),
        "toc1-page": make(
            "toc1-page", fontSize=8.5, leading=11, spaceAfter=0, alignment=TA_RIGHT, textColor=MUTED
        ),
    }


class _Writer:
    """Makes paragraphs from plain text, with fonts per script and shaping when needed."""

    def __init__(self) -> None:
        self.styles = _styles()
        self._variants: dict[tuple[str, bool, bool], ParagraphStyle] = {}

    def style(self, name: str) -> ParagraphStyle:
        return self.styles[name]

    def para(self, text: str, style: str = "body", **kw: Any) -> Paragraph:
        weight = _weight(self.styles[style].fontName)
        return self.rich([(text, weight, "")], style, rtl=starts_right_to_left(text), **kw)

    def heading(self, text: str, style: str, outline: Outline) -> Heading:
        para = self.para(text, style, make=Heading, outline=outline)
        assert isinstance(para, Heading)
        return para

    def rich(
        self,
        pieces: Sequence[Piece],
        style: str = "body",
        *,
        rtl: bool = False,
        link: str | None = None,
        make: type[Paragraph] = Paragraph,
        **kw: Any,
    ) -> Paragraph:
        base = self.styles[style]
        body, shaped = markup(pieces, base.fontName, shaping=bool(base.shaping) or None)
        if link is not None:
            body = f'<a href="#{link}">{body}</a>'
        return make(body, self._variant(base, shaped, rtl), **kw)

    def _variant(self, base: ParagraphStyle, shaped: bool, rtl: bool) -> ParagraphStyle:
        rtl = rtl and base.alignment == TA_LEFT
        if not shaped and not rtl:
            return base
        key = (base.name, shaped, rtl)
        if key not in self._variants:
            self._variants[key] = ParagraphStyle(
                f"{base.name}-{int(shaped)}{int(rtl)}",
                parent=base,
                shaping=1 if shaped else base.shaping,
                alignment=TA_RIGHT if rtl else base.alignment,
            )
        return self._variants[key]


#: A heading's entry: (outline level, plain text, bookmark key, listed in the contents).
Outline = tuple[int, str, str, bool]


class Heading(Paragraph):
    """A heading with a bookmark, an outline entry and maybe a line in the contents.

    The entry is made when the heading is drawn (see :meth:`_Doc.afterFlowable`),
    so the contents' links and page numbers point where the reader finds it. A
    heading too tall for what is left of a page is split like any paragraph; the
    entry then goes with its first part, which is where the heading starts, and
    with that part only, so every key is bookmarked exactly once wherever the
    page breaks fall.
    """

    def __init__(self, *args: Any, outline: Outline | None = None, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.outline = outline

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        for n, part in enumerate(parts):
            if isinstance(part, Heading):
                part.outline = self.outline if n == 0 else None
        return parts


def _weight(font: str) -> str:
    if font.endswith("-Bold"):
        return "bold"
    if font.endswith("-Italic"):
        return "italic"
    return "regular"


def _table(
    rows: list[list[Any]], widths: Sequence[float], *, header: bool = True, zebra: bool = False
) -> Table:
    table = Table(
        rows,
        colWidths=list(widths),
        repeatRows=1 if header else 0,
        hAlign="LEFT",
        splitInRow=1,
    )
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [None, "#F6F8FA"]))
    table.setStyle(TableStyle(commands))
    return table


# -- charts --------------------------------------------------------------------------------


class BarChart(Flowable):
    """A horizontal bar chart (reportlab.graphics) with its category labels set as
    paragraphs beside the bars, so labels in any script are shaped and never clipped."""

    def __init__(
        self, chart: Chart, writer: _Writer, width: float = BODY_W, *, titled: bool = True
    ) -> None:
        super().__init__()
        self.titled = titled
        self.chart = chart
        self.writer = writer
        self.width = width
        self.series = len(chart.series)
        self.band = max(20.0, 8.0 * self.series + 9.0)
        self.label_w = min(width * 0.34, 62 * mm)
        self.legend_h = 14.0 if self.series > 1 else 0.0
        self.axis_h = 14.0
        self.title_h = 16.0 if titled else 2.0
        self.plot_h = self.band * max(1, len(chart.categories))
        self.height = self.title_h + self.plot_h + self.axis_h + self.legend_h + 4
        self._labels = [self._label(text) for text in chart.categories]

    def _label(self, text: str) -> Paragraph:
        limit = text
        for _ in range(12):
            para = self.writer.para(limit, "label")
            _, height = para.wrap(self.label_w, 1000)
            if height <= 2 * self.writer.style("label").leading + 0.1:
                return para
            limit = limit[: max(4, int(len(limit) * 0.85))].rstrip() + "…"
        return para

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def drawing(self) -> Drawing:
        chart = self.chart
        n = max(1, len(chart.categories))
        d = _drawing(self.width, self.height)
        bc = HorizontalBarChart()
        bc.x = self.label_w + 8
        bc.y = self.axis_h + self.legend_h
        bc.width = self.width - bc.x - 34
        bc.height = self.plot_h
        # Categories run top down (reverseDirection), which also turns each
        # group of bars upside down: give the series bottom up so the first is on top.
        order = list(range(self.series))[::-1]
        bc.data = [list(chart.series[i].values) or [0.0] for i in order]
        top = max((v for s in chart.series for v in s.values), default=0.0)
        whole = all(float(v).is_integer() for s in chart.series for v in s.values)
        step, ceiling = _nice_axis(top, chart.unit, whole=whole)
        bc.valueAxis.valueMin = 0
        bc.valueAxis.valueMax = ceiling
        bc.valueAxis.valueStep = step
        bc.valueAxis.labels.fontName = SANS
        bc.valueAxis.labels.fontSize = 7
        bc.valueAxis.labels.fillColor = MUTED
        bc.valueAxis.labelTextFormat = "%d%%" if chart.unit == "%" else _axis_format
        bc.valueAxis.strokeColor = RULE
        bc.valueAxis.visibleGrid = 1
        bc.valueAxis.gridStrokeColor = colors.HexColor("#E3E8ED")
        bc.valueAxis.gridStrokeWidth = 0.5
        bc.categoryAxis.categoryNames = [""] * n
        bc.categoryAxis.reverseDirection = 1
        bc.categoryAxis.visibleTicks = 0
        bc.categoryAxis.strokeColor = RULE
        bc.categoryAxis.labels.fontName = SANS
        bc.barSpacing = 1
        bc.groupSpacing = 7 if self.series > 1 else 6
        bc.barLabelFormat = _percent_label if chart.unit == "%" else _value_label
        bc.barLabels.fontName = SANS
        bc.barLabels.fontSize = 6.5
        bc.barLabels.fillColor = INK
        bc.barLabels.boxAnchor = "w"
        bc.barLabels.dx = 2
        for position, i in enumerate(order):
            bc.bars[position].fillColor = PALETTE[i % len(PALETTE)]
            bc.bars[position].strokeColor = None
        d.add(bc)
        if self.series > 1:
            x = bc.x
            for i, series in enumerate(chart.series):
                d.add(Rect(x, 2, 7, 7, fillColor=PALETTE[i % len(PALETTE)], strokeColor=None))
                d.add(String(x + 10, 2.5, series.name, fontName=SANS, fontSize=7.5, fillColor=INK))
                x += 10 + stringWidth(series.name, SANS, 7.5) + 16
        self._plot = (bc.y, bc.height, n)
        return d

    def draw(self) -> None:
        canv = self.canv
        d = self.drawing()
        renderPDF.draw(d, canv, 0, 0)
        y0, height, n = self._plot
        if self.titled:
            title = self.writer.para(self.chart.title, "h3")
            _, th = title.wrap(self.width, self.title_h)
            title.drawOn(canv, 0, self.height - th)
        for i, para in enumerate(self._labels):
            _, h = para.wrap(self.label_w, 1000)
            centre = y0 + height - (i + 0.5) * height / n
            para.drawOn(canv, 0, centre - h / 2)


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is ours (reportlab's default is not embedded)."""
    d = Drawing(width, height)
    d.initialFontName = SANS
    d.initialFontSize = 8
    return d


def _nice_axis(top: float, unit: str, *, whole: bool = False) -> tuple[float, float]:
    """Axis step and end: round numbers, about six steps, whole steps for counts."""
    if unit == "%":
        ceiling = max(10.0, 10.0 * int((top + 9.999) // 10))
        step = 10.0 if ceiling <= 60 else 20.0
        return step, ceiling
    if top <= 0:
        return 1.0, 1.0
    for step in (0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if whole and step < 1:
            continue
        if top / step <= 6:
            break
    ceiling = step * int(top / step + 0.999)
    if ceiling < top:
        ceiling += step
    return float(step), float(ceiling)


def _axis_format(value: float) -> str:
    return f"{value:g}"


def _value_label(value: float) -> str:
    return f"{value:.0f}" if abs(value - round(value)) < 1e-9 else f"{value:.1f}"


def _percent_label(value: float) -> str:
    return f"{percent(value / 100)}%"


class _Bar(Flowable):
    """A small horizontal bar: a score's share of the top score."""

    def __init__(self, share: float, width: float, height: float = 5, color: Any = ACCENT) -> None:
        super().__init__()
        self.share = max(0.0, min(1.0, share))
        self.width = width
        self.height = height
        self.color = color

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        d = _drawing(self.width, self.height)
        d.add(Rect(0, 0, self.width, self.height, fillColor=HEAD_BG, strokeColor=None))
        if self.share > 0:
            d.add(
                Rect(
                    0,
                    0,
                    self.width * self.share,
                    self.height,
                    fillColor=self.color,
                    strokeColor=None,
                )
            )
        renderPDF.draw(d, self.canv, 0, 0)


# -- the document ------------------------------------------------------------------------


#: Longer contents entries (below the sections) are cut to one line.
TOC_LINE = 92
#: With more points than this, the contents list the sections only.
TOC_MAX_POINTS = 12


class PageNumber(Flowable):
    """A page number not known yet: a form XObject the canvas fills in when it saves.

    This is what lets the report be laid out in one pass: the contents and
    "Page N of M" name pages that come later.
    """

    def __init__(self, form: str, width: float, height: float) -> None:
        super().__init__()
        self.form = form
        self.width = width
        self.height = height

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.doForm(self.form)


def _contents(writer: _Writer, entries: Sequence[tuple[int, str, str]]) -> Table:
    """The table of contents: (level, text, key) entries, each linked to its heading."""
    page_w = 14 * mm
    rows = []
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for i, (level, text, key) in enumerate(entries):
        style = "toc0" if level == 0 else "toc1"
        if level and len(text) > TOC_LINE:
            text = text[: TOC_LINE - 1].rsplit(" ", 1)[0] + " …"
        leading = writer.style(style).leading
        rows.append([writer.para(text, style, link=key), PageNumber(f"toc-{key}", page_w, leading)])
        if level == 0 and i:
            commands.append(("TOPPADDING", (0, i), (-1, i), 4.5))
    table = Table(rows, colWidths=[BODY_W - page_w, page_w], hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


class Cancelled(Exception):
    """Raised inside the build when the caller cancels."""


class _ReportCanvas(Canvas):
    """A canvas that fills in the page numbers (form XObjects) when it saves."""

    doc: _Doc | None = None

    def save(self) -> None:
        doc = self.doc
        if doc is not None:
            total = doc.page
            self._number_form("total", str(total), align="left", size=7.5)
            for key, page in doc.toc_pages.items():
                size = 10.5 if key in doc.toc_top else 8.5
                self._number_form(f"toc-{key}", str(page), align="right", size=size)
        super().save()

    def _number_form(self, name: str, text: str, *, align: str, size: float) -> None:
        width = 14 * mm
        self.beginForm(name, 0, -4, width, 20)
        self.setFont(SANS, size)
        self.setFillColor(MUTED if size < 10 else INK)
        if align == "right":
            self.drawRightString(width, 2.6, text)
        else:
            self.drawString(0, 0, text)
        self.endForm()


class _Doc(BaseDocTemplate):
    def __init__(
        self,
        sink: io.BytesIO,
        content: ReportContent,
        writer: _Writer,
        *,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
        with_cover: bool = True,
    ) -> None:
        super().__init__(
            sink,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=content.title,
            subject=content.subject,
            author=content.author,
            creator="Breakout",
            initialFontName=SANS,
            lang="en",
        )
        self.content = content
        self.writer = writer
        self.progress = progress
        self.cancelled = cancelled
        self.flowables_total = 1
        self.done = 0
        self.toc_pages: dict[str, int] = {}
        self.toc_top: set[str] = set()
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            BODY_W,
            PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        cover = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            BODY_W,
            PAGE_H - 2 * MARGIN_BOTTOM,
            id="cover",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        templates = [
            PageTemplate("cover", [cover]),
            PageTemplate("body", [frame], onPage=self._header),
        ]
        if "cover" not in content.sections or not with_cover:
            templates.reverse()  # the first page is a body page
        self.addPageTemplates(templates)
        short = content.title if len(content.title) <= 110 else content.title[:108] + "…"
        self._running = writer.para(short, "header")

    def _header(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        _, h = self._running.wrap(BODY_W * 0.78, 30)
        self._running.drawOn(canv, MARGIN_X, PAGE_H - 12 * mm - h + 9)
        canv.setFont(SANS, 7.5)
        canv.setFillColor(MUTED)
        label = "Anonymous report" if self.content.anonymous else "Outcome report"
        canv.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 12 * mm, label)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, PAGE_H - 14 * mm, PAGE_W - MARGIN_X, PAGE_H - 14 * mm)
        canv.drawRightString(PAGE_W / 2 + 4, 11 * mm, f"Page {doc.page} of ")
        canv.translate(PAGE_W / 2 + 4, 11 * mm)
        canv.doForm("total")
        canv.restoreState()

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        if isinstance(self.canv, _ReportCanvas):
            self.canv.doc = self
        self._tick()

    def afterFlowable(self, flowable: Flowable) -> None:
        entry = flowable.outline if isinstance(flowable, Heading) else None
        if entry is not None:
            level, plain, key, toc = entry
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(plain, key, level=level, closed=level > 0)
            if toc:
                self.toc_pages[key] = self.page
                if level == 0:
                    self.toc_top.add(key)
        self.done += 1
        self._tick()

    def _tick(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled
        if self.progress is not None:
            self.progress(min(self.done, self.flowables_total - 1), self.flowables_total)


def render_pdf(
    content: ReportContent,
    *,
    sections: Sequence[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The report as PDF bytes. ``progress(done, total)`` is called as it goes;
    when ``cancelled()`` turns true the build stops with :class:`Cancelled`."""
    register_fonts()
    writer = _Writer()
    chosen = [s for s in content.sections if sections is None or s in sections]
    sink = io.BytesIO()
    doc = _Doc(
        sink,
        content,
        writer,
        progress=progress,
        cancelled=cancelled,
        with_cover="cover" in chosen,
    )
    story = _Story(content, writer, chosen).build()
    doc.flowables_total = len(story) + 1
    try:
        doc.build(story, canvasmaker=_ReportCanvas)
    finally:
        doc.progress = doc.cancelled = None
        if isinstance(doc.canv, _ReportCanvas):
            doc.canv.doc = None
    if progress is not None:
        progress(doc.flowables_total, doc.flowables_total)
    return sink.getvalue()


# -- the story ----------------------------------------------------------------------------


class _Story:
    def __init__(self, content: ReportContent, writer: _Writer, sections: Sequence[str]) -> None:
        self.c = content
        self.w = writer
        self.sections = list(sections)
        self.keys = 0
        self.story: list[Flowable] = []
        self.entries: list[tuple[int, str, str]] = []
        self.toc_slot: Flowable | None = None
        self.toc_break: CondPageBreak | None = None

    def build(self) -> list[Flowable]:
        s = self.story
        if "cover" in self.sections:
            s.append(NextPageTemplate("body"))
            self.cover()
        body = [x for x in self.sections if x != "cover"]
        if len(body) > 1 and "cover" not in self.sections:
            s.append(self.w.para("Contents", "h1"))
            s.append(self.toc())
            s.append(PageBreakIfNotEmpty())
        handlers: dict[str, Callable[[], None]] = {
            "summary": self.summary,
            "agenda": self.agenda,
            "recommendations": self.recommendations,
            "points": self.points,
            "participation": self.participation,
            "participants": self.participants,
            "appendix": self.appendix,
        }
        for name in body:
            handlers[name]()
        if len(s) <= 1:
            s.append(self.w.para("This report has no sections.", "note"))
        if self.toc_slot is not None:
            contents = _contents(self.w, self.entries)
            s[s.index(self.toc_slot)] = contents
            if self.toc_break is not None:
                _, height = contents.wrap(BODY_W, PAGE_H)
                self.toc_break.height = height + 4 * mm + 26
        return s

    # -- helpers ---------------------------------------------------------------------------

    def heading(self, text: str, style: str, level: int, *, toc: bool) -> Heading:
        self.keys += 1
        key = f"s{self.keys}"
        plain = " ".join(text.split())
        if toc:
            self.entries.append((level, plain, key))
        return self.w.heading(text, style, (level, plain, key, toc))

    def section(self, name: str, *, new_page: bool = True) -> None:
        if new_page:
            self.story.append(PageBreakIfNotEmpty())
        else:
            self.story.append(CondPageBreak(60 * mm))
        self.story.append(self.heading(SECTION_TITLES[name], "h1", 0, toc=True))

    def toc(self) -> Flowable:
        """A place for the contents, filled in once every heading is known."""
        self.toc_slot = Spacer(1, 0)
        return self.toc_slot

    def facts_table(self, rows: Sequence[tuple[str, str]], label_w: float = 42 * mm) -> Table:
        data = [
            [self.w.para(label, "cell-bold"), self.w.para(value, "cell")] for label, value in rows
        ]
        return _table(data, [label_w, BODY_W - label_w], header=False)

    def speaker_piece(self, line: ContributionLine | Any) -> list[Piece]:
        who = ", ".join(x for x in (line.speaker, getattr(line, "affiliation", "")) if x)
        return [(f" — {who}", "regular", _MUTED_ATTR)] if who else []

    # -- sections ------------------------------------------------------------------------------

    def cover(self) -> None:
        cover = self.c.cover
        assert cover is not None
        s, w = self.story, self.w
        s.append(Spacer(1, 4 * mm))
        s.append(w.para("OUTCOME REPORT", "small"))
        s.append(Spacer(1, 3 * mm))
        s.append(w.para(cover.title, "title"))
        for line in (cover.event, " · ".join(x for x in (cover.venue, cover.dates) if x)):
            if line:
                s.append(w.para(line, "cover-line"))
        s.append(Spacer(1, 6 * mm))
        people = [
            (label, value)
            for label, value in (
                ("Facilitator", cover.facilitator),
                ("Rapporteur", cover.rapporteur),
            )
            if value
        ]
        people.append(("Report written", cover.generated))
        s.append(self.facts_table(people, 32 * mm))
        if cover.notice:
            s.append(Spacer(1, 4 * mm))
            box = Table([[w.para(cover.notice, "notice")]], colWidths=[BODY_W])
            box.setStyle(
                TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, -1), SANS),
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF6E0")),
                        ("LINEBEFORE", (0, 0), (0, -1), 2.5, PALETTE[1]),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8),
                        ("TOPPADDING", (0, 0), (-1, -1), 5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ]
                )
            )
            s.append(box)
        if cover.background:
            s.append(Spacer(1, 4 * mm))
            s.append(w.para("Background", "h3"))
            for block in _paragraphs(cover.background):
                s.append(w.para(_plain_markdown(block), "body"))
        body = [x for x in self.sections if x != "cover"]
        if len(body) > 1:
            # On the cover when it fits there, else whole on the next page
            # (the break is sized once the contents are known: see build()).
            self.toc_break = CondPageBreak(0)
            s.append(self.toc_break)
            s.append(Spacer(1, 4 * mm))
            s.append(w.para("Contents", "h3"))
            s.append(self.toc())

    def summary(self) -> None:
        summary = self.c.summary
        assert summary is not None
        self.section("summary")
        self.story.append(self.facts_table([(f.label, f.value) for f in summary.facts]))
        if summary.chart is not None:
            self.story.append(Spacer(1, 6 * mm))
            self.story.append(BarChart(summary.chart, self.w))

    def agenda(self) -> None:
        agenda = self.c.agenda
        assert agenda is not None
        self.section("agenda", new_page="summary" not in self.sections)
        w = self.w
        if not agenda.rows:
            self.story.append(w.para("The agenda is empty.", "note"))
            return
        head = [
            w.para(t, "cell-head") for t in ("#", "Point", "Planned", "Used", "+/–", "Contrib.")
        ]
        rows: list[list[Any]] = [head]
        for row in agenda.rows:
            over = row.started and row.used_seconds - row.planned_seconds >= 5
            diff = w.rich(
                [(row.difference, "bold" if over else "regular", _WARN_ATTR if over else "")],
                "cell-right",
            )
            rows.append(
                [
                    w.para(str(row.number), "cell"),
                    w.para(row.text, "cell"),
                    w.para(row.planned, "cell-right"),
                    w.para(row.used, "cell-right"),
                    diff,
                    w.para(str(row.contributions), "cell-right"),
                ]
            )
        rows.append(
            [
                w.para("", "cell"),
                w.para("Total", "cell-bold"),
                w.para(agenda.planned, "cell-right"),
                w.para(agenda.used, "cell-right"),
                w.para(agenda.difference, "cell-right"),
                w.para(str(sum(r.contributions for r in agenda.rows)), "cell-right"),
            ]
        )
        widths = [8 * mm, BODY_W - 8 * mm - 4 * 17 * mm, 17 * mm, 17 * mm, 17 * mm, 17 * mm]
        table = _table(rows, widths)
        table.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED)]))
        self.story.append(table)
        self.story.append(
            w.para("Times are minutes:seconds of running clock for each point.", "note")
        )

    def recommendations(self) -> None:
        recs = self.c.recommendations
        assert recs is not None
        self.section("recommendations")
        s, w = self.story, self.w
        voting = recs.voting
        if voting is not None:
            facts = [
                ("Final round", voting.title or "—"),
                ("Method", voting.method),
                ("Ballot", voting.ballot),
                ("Turnout", voting.turnout),
            ]
            s.append(self.facts_table(facts, 32 * mm))
            s.append(Spacer(1, 2))
            s.append(w.para(voting.explanation, "note"))
        s.append(w.para(recs.note, "body"))
        if recs.chart is not None and recs.chart.categories:
            top = recs.chart
            if len(top.categories) > 12:
                top = Chart(
                    title=f"{top.title} (top 12 of {len(top.categories)})",
                    categories=top.categories[:12],
                    series=tuple(type(x)(x.name, x.values[:12]) for x in top.series),
                    unit=top.unit,
                )
            s.append(Spacer(1, 2 * mm))
            s.append(BarChart(top, w))
        if not recs.ranked and not recs.others:
            s.append(w.para("No recommendations were recorded.", "note"))
            return
        for item in recs.ranked:
            s.extend(self.ranked_item(item))
        if recs.others:
            title = "Not put to the vote" if recs.ranked else "Recommendations in board order"
            s.append(CondPageBreak(40 * mm))
            s.append(self.heading(title, "h2", 1, toc=False))
            for item in recs.others:
                s.extend(self.ranked_item(item))

    def ranked_item(self, item: RankedItem) -> list[Flowable]:
        w = self.w
        title = self.heading(item.title, "h2", 1, toc=False)
        title.style = ParagraphStyle("rec-title", parent=title.style, spaceBefore=0, spaceAfter=2)
        inner: list[Flowable] = [title]
        if item.result:
            inner.append(w.para(item.result, "small"))
        if item.share is not None:
            inner.append(Spacer(1, 2))
            inner.append(_Bar(item.share, 60 * mm))
        rank_cell: Any = w.para(str(item.rank) if item.rank is not None else "•", "rank")
        head = Table(
            [[rank_cell, inner]],
            colWidths=[11 * mm, BODY_W - 11 * mm],
            hAlign="LEFT",
            splitInRow=1,
        )
        head.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), SANS),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (0, 0), ACCENT if item.rank is not None else MUTED),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), 0),
                    ("TOPPADDING", (0, 0), (0, 0), 4),
                    ("BOTTOMPADDING", (0, 0), (0, 0), 4),
                    ("LEFTPADDING", (1, 0), (1, 0), 8),
                    ("TOPPADDING", (1, 0), (1, 0), 0),
                ]
            )
        )
        first: list[Flowable] = [Spacer(1, 3 * mm), head]
        if item.wording and item.wording != item.title:
            first.append(Spacer(1, 2))
            first.append(w.para(item.wording, "body"))
        if item.blocks:
            first.append(
                w.rich(
                    [(f"Blocked by {plural(item.blocks, 'participant')}.", "bold", _WARN_ATTR)],
                    "body",
                )
            )
        out: list[Flowable] = [KeepTogether(first)]
        if item.support:
            rows: list[list[Any]] = [
                [w.para("Stakeholder group", "cell-head"), w.para("Support", "cell-head"), ""]
            ]
            top = max((g.value for g in item.support), default=0.0) or 1.0
            for g in item.support:
                rows.append(
                    [
                        w.para(g.group, "cell"),
                        w.para(g.text, "cell"),
                        _Bar(g.value / top, 40 * mm, 4),
                    ]
                )
            table = _table(rows, [55 * mm, 40 * mm, 45 * mm])
            table.setStyle(TableStyle([("VALIGN", (2, 1), (2, -1), "MIDDLE")]))
            out.append(KeepTogether([w.para("Support by stakeholder group", "h3"), table]))
        if item.support_note:
            out.append(w.para(item.support_note, "note"))
        if item.proposals:
            out.append(
                w.para(
                    "The proposal behind it"
                    if len(item.proposals) == 1
                    else f"The {len(item.proposals)} proposals behind it",
                    "h3",
                )
            )
            for prop in item.proposals:
                pieces: list[Piece] = [(prop.text, "regular", "")]
                tail = ", ".join(
                    x
                    for x in (
                        prop.speaker,
                        f"point {prop.point_number}" if prop.point_number else "",
                    )
                    if x
                )
                if tail:
                    pieces.append((f" — {tail}", "regular", _MUTED_ATTR))
                out.append(
                    w.rich(pieces, "bullet", rtl=starts_right_to_left(prop.text), bulletText="•")
                )
        return out

    def points(self) -> None:
        notes = self.c.points
        assert notes is not None
        self.section("points")
        s, w = self.story, self.w
        if not notes:
            s.append(w.para("The agenda is empty.", "note"))
        for point in notes:
            heading = self.heading(
                f"{point.number}. {point.text}", "h2", 1, toc=len(notes) <= TOC_MAX_POINTS
            )
            # A heading, however many lines it takes, never ends a page: it goes
            # over with the first thing under it. So does a group's title.
            first: list[Flowable] = [heading]
            rest: list[Flowable] = []
            if point.notes:  # only when a named report was asked to include them
                first.append(w.para("Facilitator's notes: " + _plain_markdown(point.notes), "note"))
            if not point.groups:
                first.append(w.para("Nothing was captured under this point.", "note"))
            for group in point.groups:
                lead = [
                    w.para(f"{group.title} ({len(group.lines) + group.more})", "h3"),
                    self.bullet(group.lines[0]),
                ]
                if len(first) == 1:
                    first += lead
                else:
                    rest.append(KeepTogether(lead))
                rest.extend(self.bullet(line) for line in group.lines[1:])
                if group.more:
                    rest.append(
                        w.para(
                            f"… and {group.more} more {group.title.lower()} in the appendix.",
                            "note",
                        )
                    )
            s.append(KeepTogether(first))
            s.extend(rest)

    def bullet(self, line: ContributionLine) -> Paragraph:
        pieces: list[Piece] = [(line.text, "regular", "")]
        pieces += self.speaker_piece(line)
        return self.w.rich(pieces, "bullet", rtl=starts_right_to_left(line.text), bulletText="•")

    def participation(self) -> None:
        parts = self.c.participation
        assert parts is not None
        self.section("participation")
        s, w = self.story, self.w
        if not parts or not parts[0].total_turns:
            s.append(w.para("No speaking turns were recorded.", "note"))
            return
        first = parts[0]
        s.append(
            w.para(
                f"{duration(first.total_seconds)} of speaking in "
                f"{plural(first.total_turns, 'turn')}. "
                f"Each group's share of the speaking time and of the turns is set beside its "
                f"share of the {plural(first.present, 'person', 'people')} {first.basis}.",
                "body",
            )
        )
        for part in parts:
            # Heading, chart and table on one page (each is well under a page).
            block: list[Flowable] = [
                self.heading(f"By {part.title.lower()}", "h2", 1, toc=False),
                BarChart(part.chart, w, titled=False),
                Spacer(1, 3 * mm),
                self.participation_table(part),
            ]
            if part.note:
                block.append(w.para(part.note, "note"))
            block += [w.para(nudge, "bullet", bulletText="•") for nudge in part.nudges]
            s.append(KeepTogether(block))

    def participation_table(self, part: Participation) -> Table:
        w = self.w
        head = [
            w.para(t, "cell-head")
            for t in (part.title, "People", "Turns", "Speaking", "Time %", "Turns %", "People %")
        ]
        rows: list[list[Any]] = [head]
        for row in part.rows:
            rows.append(
                [
                    w.para(row.group, "cell"),
                    w.para(str(row.present), "cell-right"),
                    w.para(str(row.turns), "cell-right"),
                    w.para(duration(row.seconds), "cell-right"),
                    w.para(f"{percent(row.time_share)}%", "cell-right"),
                    w.para(f"{percent(row.turn_share)}%", "cell-right"),
                    w.para(f"{percent(row.presence_share)}%", "cell-right"),
                ]
            )
        num = 16 * mm
        return _table(rows, [BODY_W - 6 * num, num, num, num, num, num, num])

    def participants(self) -> None:
        people = self.c.participants
        assert people is not None
        if self.c.anonymous:
            return  # nobody is named; the cover says so
        self.section("participants", new_page=False)
        s, w = self.story, self.w
        s.append(w.para(people.note, "body"))
        if not people.rows:
            return
        head = [
            w.para(t, "cell-head") for t in ("Name", "Organisation", "Stakeholder group", "Region")
        ]
        rows: list[list[Any]] = [head]
        for p in people.rows:
            rows.append(
                [
                    w.para(p.name, "cell-bold"),
                    w.para(p.organisation, "cell"),
                    w.para(p.stakeholder_group, "cell"),
                    w.para(p.region, "cell"),
                ]
            )
        s.append(
            _table(rows, [42 * mm, BODY_W - 42 * mm - 2 * 34 * mm, 34 * mm, 34 * mm], zebra=True)
        )

    def appendix(self) -> None:
        lines = self.c.appendix
        assert lines is not None
        self.section("appendix")
        s, w = self.story, self.w
        if not lines:
            s.append(w.para("No contributions were captured.", "note"))
            return
        s.append(
            w.para(
                "Every contribution, in the order it was captured"
                + (
                    "." if self.c.anonymous else ", with the speaker where they agreed to be named."
                ),
                "body",
            )
        )
        # An anonymous report carries no time finer than the point: no Time column.
        timed = any(line.time for line in lines)
        titles = ("#", *(("Time",) if timed else ()), "Point", "Kind", "Contribution")
        head = [w.para(t, "cell-head") for t in titles]
        widths = [9 * mm, *([11 * mm] if timed else []), 12 * mm, 18 * mm]
        widths.append(BODY_W - sum(widths))
        s.append(_table([head], widths))
        chunk = 20
        for start in range(0, len(lines), chunk):
            rows = []
            for line in lines[start : start + chunk]:
                pieces: list[Piece] = [(line.text, "regular", "")]
                pieces += self.speaker_piece(line)
                # Plain strings where they will do: a thousand rows lay out fast.
                rows.append(
                    [
                        str(line.number),
                        *([line.time] if timed else []),
                        str(line.point_number),
                        line.kind,
                        w.rich(pieces, "cell", rtl=starts_right_to_left(line.text)),
                    ]
                )
            table = _table(rows, widths, header=False, zebra=True)
            table.setStyle(
                TableStyle(
                    [("LEADING", (0, 0), (-1, -1), 11), ("TEXTCOLOR", (0, 0), (-1, -1), INK)]
                )
            )
            s.append(table)


def _paragraphs(text: str) -> list[str]:
    return [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]


#: Markdown emphasis: **strong**, __strong__, *em*, _em_ (the marks hug the words).
_EMPHASIS = (
    re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"),
    re.compile(r"(?<![\w*])(\*)(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"),
    re.compile(r"(?<![\w_])(_)(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"),
)


def _plain_markdown(text: str) -> str:
    """Briefing text keeps Markdown emphasis; the PDF shows the words without the marks.

    Only marks that open and close around words go: "2 * 3" and
    "snake_case_name" are left as they are.
    """
    for pattern in _EMPHASIS:
        text = pattern.sub(r"\2", text)
    return text
