"""What every part of the PDF's story shares: headings that feed the contents, section starts,
fact tables, Markdown blocks and bullets. The sections themselves are in :mod:`breakout.report.pdf`,
:mod:`breakout.report.pdf_outcome` and :mod:`breakout.report.pdf_ranked`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreakIfNotEmpty, Paragraph, Table

from breakout.report.markdown_text import Block, blocks, spans
from breakout.report.model import (
    SECTION_TITLES,
    ContributionLine,
    ReportContent,
    starts_right_to_left,
)
from breakout.report.pdf_layout import _MUTED_ATTR, BODY_W, Heading, _table, _Writer
from breakout.report.pdf_text import Piece


class StoryBase:
    """The story being written: its flowables and the headings the contents list."""

    def __init__(self, content: ReportContent, writer: _Writer, sections: Sequence[str]) -> None:
        self.c = content
        self.t = content.words
        self.w = writer
        self.sections = list(sections)
        self.keys = 0
        self.story: list[Flowable] = []
        self.entries: list[tuple[int, str, str]] = []

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
        self.story.append(self.heading(self.t.gettext(SECTION_TITLES[name]), "h1", 0, toc=True))

    def facts_table(self, rows: Sequence[tuple[str, str]], label_w: float = 42 * mm) -> Table:
        data = [
            [self.w.para(label, "cell-bold"), self.w.para(value, "cell")] for label, value in rows
        ]
        return self.table(data, [label_w, BODY_W - label_w], header=False)

    def table(self, rows: list[list[Any]], widths: Sequence[float], **kw: Any) -> Table:
        """A table; in a right-to-left report its columns run from the right."""
        if self.t.right_to_left:
            rows = [list(reversed(row)) for row in rows]
            widths = list(reversed(widths))
        return _table(rows, list(widths), **kw)

    def addressed_to(self, addressees: str) -> Paragraph:
        label = self.t.gettext("Addressed to:") + " "
        pieces: list[Piece] = [(label, "bold", ""), (addressees, "regular", "")]
        return self.w.rich(pieces, rtl=starts_right_to_left(label + addressees))

    def speaker_piece(self, line: ContributionLine | Any) -> list[Piece]:
        who = ", ".join(x for x in (line.speaker, getattr(line, "affiliation", "")) if x)
        return [(f" — {who}", "regular", _MUTED_ATTR)] if who else []

    def markdown_block(self, block: Block, body: str = "body") -> Paragraph:
        """A paragraph, list item, heading or quote of Markdown (briefing or rapporteur's)."""
        pieces: list[Piece] = [(text, weight, "") for text, weight in block.spans]
        style = {"item": "bullet", "heading": "h3", "quote": "note"}.get(block.kind, body)
        rtl = starts_right_to_left("".join(text for text, _ in block.spans))
        if block.kind == "item":
            return self.w.rich(pieces, style, rtl=rtl, bulletText=block.marker)
        return self.w.rich(pieces, style, rtl=rtl)

    def markdown(self, text: str, body: str = "body") -> list[Flowable]:
        return [self.markdown_block(block, body) for block in blocks(text)]

    def bullet_text(self, text: str, style: str = "bullet") -> Paragraph:
        """One line the rapporteur wrote, as a bullet (Markdown marks become weights)."""
        pieces: list[Piece] = [(part, weight, "") for part, weight in spans(text)]
        return self.w.rich(pieces, style, rtl=starts_right_to_left(text), bulletText="•")
