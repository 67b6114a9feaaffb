"""The PDF's look: colours, page geometry, styles, the paragraph writer, headings, tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from breakout.report.model import starts_right_to_left
from breakout.report.pdf_bidi import BidiParagraph, BidiText
from breakout.report.pdf_cjk import CjkText, has_wide
from breakout.report.pdf_text import (
    SANS,
    SANS_BOLD,
    SANS_ITALIC,
    Piece,
    RunKey,
    font_runs,
    needs_shaping,
    run_markup,
)

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
        "header-right": make(
            "header-right",
            fontSize=7.5,
            leading=9,
            textColor=MUTED,
            spaceAfter=0,
            alignment=TA_RIGHT,
        ),
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
        # Page 1: everything a little tighter, so that it holds the outcome.
        "p1-title": make("p1-title", fontName=SANS_BOLD, fontSize=19, leading=23, spaceAfter=4),
        "p1-when": make("p1-when", fontName=SANS_BOLD, fontSize=10.5, leading=14, spaceBefore=2),
        "p1-h2": make(
            "p1-h2",
            fontName=SANS_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=8,
            spaceAfter=3,
            textColor=ACCENT,
        ),
        "p1-label": make("p1-label", fontName=SANS_BOLD, fontSize=8.5, leading=11, spaceAfter=0),
        "p1-cell": make("p1-cell", fontSize=8.5, leading=11, spaceAfter=0),
        "p1-bullet": make(
            "p1-bullet", fontSize=10, leading=13.5, leftIndent=11, bulletIndent=1, spaceAfter=2.5
        ),
        "p1-rec": make("p1-rec", fontName=SANS_BOLD, fontSize=9.5, leading=12.5, spaceAfter=0),
        "p1-rank": make(
            "p1-rank",
            fontName=SANS_BOLD,
            fontSize=11,
            leading=13,
            alignment=TA_CENTER,
            textColor=ACCENT,
            spaceAfter=0,
        ),
        "toc0": make("toc0", fontSize=10.5, leading=14, spaceAfter=0),
        "toc1": make(
            "toc1", fontSize=8.5, leading=11, leftIndent=14, spaceAfter=0, textColor=MUTED
        ),
        "toc0-page": make("toc0-page", fontSize=10.5, leading=14, spaceAfter=0, alignment=TA_RIGHT),
        "toc1-page": make(
            "toc1-page", fontSize=8.5, leading=11, spaceAfter=0, alignment=TA_RIGHT, textColor=MUTED
        ),
    }


class Para(Paragraph):
    """A paragraph that keeps its lines for the width it was last wrapped at.

    A table wraps every cell to measure its rows, and again when it draws them; the
    lines of a paragraph depend only on the width, so the second wrap is the first's.
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        wrapped = self._wrapped
        if wrapped is not None and wrapped[0] == availWidth and "blPara" in self.__dict__:
            return wrapped[1]  # (splitting drops the lines: then they are made again)
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


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
        rtl: bool | None = None,
        link: str | None = None,
        make: type[Paragraph] = Para,
        **kw: Any,
    ) -> Paragraph:
        if rtl is None:  # the direction of the text's first letter
            rtl = starts_right_to_left("".join(text for text, _, _ in pieces))
        base = self.styles[style]
        bullet = kw.get("bulletText")
        if rtl and bullet and pieces:
            # reportlab draws a bullet at the left edge only: a right-to-left item
            # begins with its bullet in the text instead, where the bidirectional
            # algorithm puts it, at the right.
            del kw["bulletText"]
            pieces = [(f"{bullet}\u00a0", pieces[0][1], pieces[0][2]), *pieces]
        runs, shaped = font_runs(pieces, shaping=bool(base.shaping) or None)

        def render(key: RunKey, run: str) -> str:
            body = run_markup(key, run, base.fontName)
            return body if link is None else f'<a href="#{link}">{body}</a>'

        if any(needs_shaping(text) for text, _, _ in pieces):
            # Right-to-left letters: the lines are put in visual order when wrapped.
            bidi = BidiText(runs, rtl, render)
            if make is Para:
                make = BidiParagraph
            kw["bidi"] = bidi
            body = bidi.logical()
        elif any(has_wide(text) for text, _, _ in pieces) and not base.wordWrap:
            # Chinese or Japanese: lines break between characters, not before a full stop.
            cjk = CjkText(runs, render, font_of=lambda key: key[0])
            if make is Para:
                make = BidiParagraph
            kw["bidi"] = cjk
            body = cjk.logical()
        else:
            body = "".join(render(key, run) for key, run in runs)
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


class Heading(BidiParagraph):
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
