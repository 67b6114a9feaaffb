"""The PDF's pages: contents, page numbers, the numbering canvas and the document template."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from breakout.report.model import ReportContent
from breakout.report.pdf_layout import (
    BODY_W,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_H,
    PAGE_W,
    RULE,
    Heading,
    _Writer,
)
from breakout.report.pdf_text import SANS

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


def _frame(frame_id: str, height: float) -> Frame:
    """A page's one frame: the body's width, from the bottom margin up, no padding."""
    return Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        BODY_W,
        height,
        id=frame_id,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


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
            lang=content.language.replace("_", "-"),
        )
        self.content = content
        self.writer = writer
        self.progress = progress
        self.cancelled = cancelled
        self.flowables_total = 1
        self.done = 0
        self.toc_pages: dict[str, int] = {}
        self.toc_top: set[str] = set()
        frame = _frame("body", PAGE_H - MARGIN_TOP - MARGIN_BOTTOM)
        cover = _frame("cover", PAGE_H - 2 * MARGIN_BOTTOM)
        templates = [
            PageTemplate("cover", [cover]),
            PageTemplate("body", [frame], onPage=self._header),
        ]
        if "outcome" not in content.sections or not with_cover:
            templates.reverse()  # the first page is a body page
        self.addPageTemplates(templates)
        short = content.title if len(content.title) <= 110 else content.title[:108] + "…"
        self._running = writer.para(short, "header")
        t = content.words
        label = t.gettext("Anonymous report") if content.anonymous else t.gettext("Outcome report")
        self._label = writer.para(label, "header-right")
        # Translators: the page footer, followed by the number of pages; drawn in the Latin
        # font only, so a language in another script may write "{page} / ".
        self._page_words = t.gettext("Page {page} of ")

    def _header(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        _, h = self._running.wrap(BODY_W * 0.78, 30)
        self._running.drawOn(canv, MARGIN_X, PAGE_H - 12 * mm - h + 9)
        canv.setFont(SANS, 7.5)
        canv.setFillColor(MUTED)
        label_w = BODY_W * 0.2
        _, label_h = self._label.wrap(label_w, 30)
        self._label.drawOn(canv, PAGE_W - MARGIN_X - label_w, PAGE_H - 12 * mm - label_h + 9)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, PAGE_H - 14 * mm, PAGE_W - MARGIN_X, PAGE_H - 14 * mm)
        canv.drawRightString(PAGE_W / 2 + 4, 11 * mm, self._page_words.format(page=doc.page))
        canv.translate(PAGE_W / 2 + 4, 11 * mm)
        canv.doForm("total")
        canv.restoreState()

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        if isinstance(self.canv, _ReportCanvas):
            self.canv.doc = self
        # What reportlab can do for accessibility: the language (/Lang, set above) and the
        # title shown instead of the file name. It cannot tag the PDF (no structure tree,
        # no marked content, so no reading order or alternative text for screen readers).
        self.canv.setViewerPreference("DisplayDocTitle", "true")
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
