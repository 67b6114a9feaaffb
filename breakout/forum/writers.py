"""The forum's outcome document in Markdown, PDF and Word, from one list of blocks.

The PDF is laid out with the session report's own pieces (its page template,
styles, fonts for every script and right-to-left shaping,
:mod:`breakout.report.pdf_layout`), the Word document with its Word builder
(:mod:`breakout.report.docx_word`), so a forum's report looks like its
sessions' reports and sets Arabic and Chinese as they do.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from breakout.forum.document import Block, Document

if TYPE_CHECKING:  # reportlab is imported only when a PDF is made
    from reportlab.platypus import Paragraph, Table

    from breakout.report.pdf_layout import _Writer

#: Column widths (shares of the text width) by a table's number of columns.
_WIDTHS: dict[int, tuple[float, ...]] = {
    2: (0.6, 0.4),
    3: (0.1, 0.62, 0.28),
    4: (0.26, 0.08, 0.44, 0.22),
}
_LEVEL = {"h1": 1, "h2": 2, "h3": 3}


def _widths(columns: int, total: float) -> list[float]:
    shares = _WIDTHS.get(columns, tuple(1 / columns for _ in range(columns)))
    return [share * total for share in shares]


# -- Markdown ---------------------------------------------------------------------------


def _escape(text: str) -> str:
    flat = " ".join(text.split())
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", flat)


def markdown(doc: Document) -> str:
    lines = [f"# {_escape(doc.title)}", "", f"*{_escape(doc.subtitle)}*", ""]
    for block in doc.blocks:
        lines += _md_block(block)
    return "\n".join(lines).rstrip() + "\n"


def _md_block(block: Block) -> list[str]:
    if block.kind in _LEVEL:
        return ["#" * (_LEVEL[block.kind] + 1) + " " + _escape(block.text), ""]
    if block.kind == "p":
        return [_escape(block.text), ""]
    if block.kind == "note":
        return [f"*{_escape(block.text)}*", ""]
    if block.kind == "bullets":
        return [*(f"- {_escape(item)}" for item in block.items), ""]
    head, *rows = block.rows
    out = ["| " + " | ".join(_escape(c) for c in head) + " |"]
    out.append("|" + "|".join("---" for _ in head) + "|")
    out += ["| " + " | ".join(_escape(c) for c in row) + " |" for row in rows]
    return [*out, ""]


# -- PDF ----------------------------------------------------------------------------------


def render_pdf(doc: Document) -> bytes:
    from reportlab.platypus import Flowable, PageBreakIfNotEmpty

    from breakout.report.model import ReportContent
    from breakout.report.pdf_layout import Heading, _Writer
    from breakout.report.pdf_pages import _Doc, _ReportCanvas
    from breakout.report.pdf_text import register_fonts
    from breakout.words import words_for

    register_fonts()
    writer = _Writer()
    rtl = words_for(doc.language).right_to_left
    frame = ReportContent(
        title=doc.title, subject=doc.subtitle, author="", anonymous=False, chatham_house=False,
        sections=("points",), language=doc.language,
    )  # fmt: skip
    story: list[Flowable] = [writer.para(doc.title, "title"), writer.para(doc.subtitle, "note")]
    for n, block in enumerate(doc.blocks):
        if block.new_page:
            story.append(PageBreakIfNotEmpty())
        way = rtl if block.composed else None
        if block.kind in _LEVEL:
            level = _LEVEL[block.kind] - 1
            plain = " ".join(block.text.split())
            outline = (level, plain, f"f{n}", False)
            story.append(_para(writer, block.text, block.kind, way, make=Heading, outline=outline))
        elif block.kind in ("p", "note"):
            story.append(_para(writer, block.text, "body" if block.kind == "p" else "note", way))
        elif block.kind == "bullets":
            story += [_para(writer, x, "bullet", way, bulletText="•") for x in block.items]
        else:
            story.append(_pdf_table(writer, block.rows, rtl))
    sink = io.BytesIO()
    pages = _Doc(sink, frame, writer, progress=None, cancelled=None, with_cover=False)
    pages.build(story, canvasmaker=_ReportCanvas)
    return sink.getvalue()


def _para(writer: _Writer, text: str, style: str, rtl: bool | None, **kw: Any) -> Paragraph:
    """A paragraph in the direction of its first letter, or in ``rtl``'s when one is given."""
    from breakout.report.pdf_layout import _weight

    if rtl is None:
        return writer.para(text, style, **kw)
    weight = _weight(writer.style(style).fontName)
    return writer.rich([(text, weight, "")], style, rtl=rtl, **kw)


def _pdf_table(writer: _Writer, rows: Sequence[Sequence[str]], rtl: bool) -> Table:
    from breakout.report.pdf_layout import BODY_W, _table

    cells = [
        [writer.para(text, "cell-bold" if r == 0 else "cell") for text in row]
        for r, row in enumerate(rows)
    ]
    widths = _widths(len(rows[0]), BODY_W)
    if rtl:
        cells = [list(reversed(row)) for row in cells]
        widths.reverse()
    return _table(cells, widths)


# -- Word -----------------------------------------------------------------------------------


def _in_direction(block: Block, rtl: bool) -> Block:
    """A block of the report's words around typed text, begun with an invisible mark of
    the report's direction where its first letter runs the other way: Word then sets the
    paragraph in the report's direction, as the PDF does."""
    from dataclasses import replace

    from breakout.report.model import starts_right_to_left

    mark = "\u200f" if rtl else "\u200e"

    def begun(text: str) -> str:
        return text if starts_right_to_left(text) == rtl else mark + text

    return replace(block, text=begun(block.text), items=tuple(begun(x) for x in block.items))


def docx_bytes(doc: Document) -> bytes:
    from breakout.report.docx_word import BODY_CM, Word
    from breakout.words import words_for

    word = Word(right_to_left=words_for(doc.language).right_to_left)
    word.heading(doc.title, 0)
    word.note(doc.subtitle)
    rtl = words_for(doc.language).right_to_left
    for block in (_in_direction(b, rtl) if b.composed else b for b in doc.blocks):
        if block.new_page:
            word.next_on_new_page()
        if block.kind in _LEVEL:
            word.heading(block.text, _LEVEL[block.kind])
        elif block.kind == "p":
            word.para(block.text)
        elif block.kind == "note":
            word.note(block.text)
        elif block.kind == "bullets":
            word.bullets(block.items)
        else:
            head, *rows = block.rows
            word.table(head, rows, _widths(len(head), BODY_CM))
    return word.save()
