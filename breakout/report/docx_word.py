"""Writing a Word document with Word's own styles: the layer under :mod:`breakout.report.docx`.

:class:`Word` adds paragraphs, headings, lists and tables to a python-docx
document. Each paragraph takes its direction from its first strong character
(``unicodedata.bidirectional``): a right-to-left paragraph is marked
``w:bidi``, and its runs of right-to-left text ``w:rtl`` with Arabic as their
complex-script language, so Word lays the line out with its own bidirectional
algorithm. Chinese, Japanese and Korean characters go in runs of their own with
the East Asian language set (:func:`script_runs`).
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from breakout.report.model import starts_right_to_left

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

#: (text, weight): weight is "regular", "bold", "italic" or "muted" (a speaker after the text).
Span = tuple[str, str]
Text = str | Sequence[Span]

#: The page: A4 with 1.8 cm margins, so tables are this wide (cm).
PAGE_CM = (21.0, 29.7)
MARGIN_CM = 1.8
BODY_CM = PAGE_CM[0] - 2 * MARGIN_CM
#: The report's language, and the languages marked on runs of other scripts.
LANGUAGE = "en-GB"
RTL_LANGUAGE = "ar-SA"
EAST_ASIAN_LANGUAGE = "zh-CN"
#: A font with Arabic letters wherever Word runs (the complex-script font of right-to-left runs).
RTL_FONT = "Arial"
#: The paragraph style of table cells (made here, so it can be changed in Word at once).
TABLE_TEXT = "Table Text"
#: Tables of at most this many rows are kept on one page.
KEEP_TOGETHER_ROWS = 12
_MUTED = (0x55, 0x55, 0x55)

# Where w:bidi and w:lang go among their siblings (ECMA-376 order).
_AFTER_BIDI = (
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


# -- text direction and scripts ----------------------------------------------------------


def _script(ch: str) -> str:
    """ "rtl", "cjk", "ltr", or "" for a character that takes its neighbours' direction."""
    if unicodedata.east_asian_width(ch) in ("W", "F") and not ch.isspace():
        return "cjk"
    direction = unicodedata.bidirectional(ch)
    if direction in ("R", "AL"):
        return "rtl"
    return "ltr" if direction == "L" else ""


def script_runs(text: str) -> list[tuple[str, str]]:
    """The text cut where its script changes: (piece, "rtl" | "cjk" | "ltr").

    Spaces, digits and punctuation stay with the piece before them (at the
    start, with the first piece). Word orders the pieces itself.
    """
    if text.isascii():
        return [(text, "ltr")]
    runs: list[tuple[str, str]] = []
    pending = ""
    for ch in text:
        kind = _script(ch)
        if not runs:
            if not kind:
                pending += ch
                continue
            runs.append((pending + ch, kind))
        elif kind and kind != runs[-1][1]:
            runs.append((ch, kind))
        else:
            runs[-1] = (runs[-1][0] + ch, runs[-1][1])
    if pending and not runs:
        runs.append((pending, "ltr"))
    return runs


# -- the writer ----------------------------------------------------------------------------


class Word:
    """A Word document being written: paragraphs, headings, lists and tables."""

    def __init__(self, *, right_to_left: bool = False) -> None:
        from docx import Document as new_document
        from docx.shared import Cm

        #: Tables run from the right (Word's "right-to-left table", w:bidiVisual).
        self.right_to_left = right_to_left
        self.doc: Document = new_document()
        self._style_ids: dict[str, str] = {}
        self._new_page = False
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(PAGE_CM[0]), Cm(PAGE_CM[1])
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(MARGIN_CM))
        self._default_language()
        self._table_text_style()
        self._title_style()

    def _default_language(self) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        styles = self.doc.styles.element
        r_pr = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if r_pr is None:
            return
        lang = r_pr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            r_pr.append(lang)
        lang.set(qn("w:val"), LANGUAGE)
        lang.set(qn("w:eastAsia"), EAST_ASIAN_LANGUAGE)
        lang.set(qn("w:bidi"), RTL_LANGUAGE)

    def _title_style(self) -> None:
        """Title and body a size smaller than the template's, so page 1 holds the outcome."""
        from docx.shared import Pt

        self.doc.styles["Title"].font.size = Pt(20)
        self.doc.styles["Normal"].font.size = Pt(10.5)

    def _table_text_style(self) -> None:
        """ "Table Text": the paragraphs in tables, a point smaller and without space after."""
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import Pt

        style = self.doc.styles.add_style(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = self.doc.styles["Normal"]
        style.font.size = Pt(10)
        style.paragraph_format.space_before = style.paragraph_format.space_after = Pt(1)

    def para(
        self,
        text: Text,
        style: str | None = None,
        *,
        into: Paragraph | None = None,
        keep: bool = False,
    ) -> Paragraph:
        """A paragraph of text (or spans) in a Word style, its direction from its first letter.

        ``keep``: on the same page as what follows it (a lead-in, a result above its table).
        """
        spans: Sequence[Span] = [(text, "regular")] if isinstance(text, str) else text
        paragraph = into if into is not None else self.doc.add_paragraph()
        if self._new_page and into is None:
            paragraph.paragraph_format.page_break_before = True
            self._new_page = False
        if style is not None:
            paragraph._p.style = self._style_id(style)
        if keep:
            paragraph.paragraph_format.keep_with_next = True
        rtl = starts_right_to_left("".join(part for part, _ in spans))
        if rtl:
            _mark_bidi(paragraph)
        for part, weight in spans:
            for piece, kind in script_runs(" ".join(part.split("\n"))):
                _run(paragraph, piece, weight, kind)
        return paragraph

    def _style_id(self, name: str) -> str:
        """The id of a paragraph style by its name (looked up once: python-docx looks slowly)."""
        if name not in self._style_ids:
            self._style_ids[name] = self.doc.styles[name].style_id
        return self._style_ids[name]

    def heading(self, text: str, level: int) -> Paragraph:
        """A heading in Word's own style: "Title" at level 0, else "Heading <level>"."""
        return self.para(" ".join(text.split()), "Title" if level == 0 else f"Heading {level}")

    def note(self, text: str) -> Paragraph:
        return self.para([(text, "italic")])

    def next_on_new_page(self) -> None:
        """Start the next paragraph on a new page (page 1 holds the outcome alone).

        Set on that paragraph rather than written as an empty one with a break,
        which would itself need a line at the foot of a full page.
        """
        self._new_page = True

    def bullets(self, items: Iterable[Text]) -> None:
        for item in items:
            self.para(item, "List Bullet")

    def numbered(self, items: Sequence[Text], start: int = 1) -> None:
        """A numbered list that starts at ``start`` whatever lists came before it."""
        number = self._restart("List Number", start)
        for item in items:
            paragraph = self.para(item, "List Number")
            _number_with(paragraph, number)

    def _restart(self, style: str, start: int) -> int:
        """A new numbering instance of the style's list, starting at ``start``; its id."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        style_pr = self.doc.styles[style].element.pPr
        assert style_pr is not None and style_pr.numPr is not None
        base = style_pr.numPr.numId.val
        numbering = self.doc.part.numbering_part.element
        abstract = numbering.num_having_numId(base).abstractNumId.val
        num = numbering.add_num(abstract)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start_at = OxmlElement("w:startOverride")
        start_at.set(qn("w:val"), str(start))
        override.append(start_at)
        num.append(override)
        return int(num.numId)

    def table(
        self,
        header: Sequence[str] | None,
        rows: Sequence[Sequence[Text]],
        widths_cm: Sequence[float],
        *,
        bold_first: bool = False,
    ) -> None:
        """A table with fixed column widths; the header row (if any) repeats on every page."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Cm

        total = sum(widths_cm)
        widths = [w * BODY_CM / total for w in widths_cm]  # always the page's width
        table = self.doc.add_table(rows=0, cols=len(widths))
        table.style = self.doc.styles["Table Grid"]
        table.autofit = False
        if self.right_to_left:
            properties = table._tbl.tblPr
            style = properties.find(qn("w:tblStyle"))
            at = 0 if style is None else list(properties).index(style) + 1
            properties.insert(at, OxmlElement("w:bidiVisual"))
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Cm(width)
        # A short table is kept on one page: each row keeps with the next, as in Word.
        short = len(rows) <= KEEP_TOGETHER_ROWS
        if header is not None:
            row_pr = self._row(table, [[(t, "bold")] for t in header], keep=True)
            row_pr.append(OxmlElement("w:tblHeader"))  # repeated at the top of every page
        for n, row in enumerate(rows, 1):
            first, *rest = row
            if bold_first and isinstance(first, str):
                first = [(first, "bold")]
            self._row(table, [first, *rest], keep=short and n < len(rows))
        self.doc.add_paragraph()  # Word joins tables that touch

    def _row(self, table: Any, texts: Sequence[Text], *, keep: bool) -> Any:
        """Add a row that is never split over two pages; return its properties (w:trPr).

        ``keep``: the row stays on the page of the next one.
        """
        from docx.oxml import OxmlElement
        from docx.table import _Cell

        row = table.add_row()
        # Each cell takes its column's width. (Row.cells lays out the whole table
        # each time: slow for a thousand rows.)
        cells = [_Cell(tc, table) for tc in row._tr.tc_lst]
        for cell, text in zip(cells, texts, strict=True):
            self.para(text, TABLE_TEXT, into=cell.paragraphs[0], keep=keep)
        row_pr = row._tr.get_or_add_trPr()
        row_pr.append(OxmlElement("w:cantSplit"))
        return row_pr

    def facts(self, rows: Sequence[tuple[str, str]]) -> None:
        """A two-column table of labels and values, without a header."""
        self.table(None, [list(row) for row in rows], [4.8, BODY_CM - 4.8], bold_first=True)

    def save(self) -> bytes:
        sink = io.BytesIO()
        self.doc.save(sink)
        return sink.getvalue()


def _mark_bidi(paragraph: Paragraph) -> None:
    from docx.oxml import OxmlElement

    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)


def _run(paragraph: Paragraph, text: str, weight: str, kind: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import RGBColor

    run = paragraph.add_run()
    run._r.add_t(text)  # the text as it is (add_run(text) reads it a character at a time)
    font = run.font
    if weight == "bold":
        font.bold = font.cs_bold = True
    elif weight == "italic":
        font.italic = font.cs_italic = True
    elif weight == "muted":
        font.color.rgb = RGBColor(*_MUTED)
    if kind == "ltr":
        return
    r_pr = run._r.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    if kind == "rtl":
        font.rtl = True
        r_pr.get_or_add_rFonts().set(qn("w:cs"), RTL_FONT)
        lang.set(qn("w:bidi"), RTL_LANGUAGE)
    else:
        r_pr.get_or_add_rFonts().set(qn("w:hint"), "eastAsia")
        lang.set(qn("w:eastAsia"), EAST_ASIAN_LANGUAGE)
    r_pr.insert_element_before(lang, *_AFTER_LANG)


def _number_with(paragraph: Paragraph, num_id: int) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = p_pr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id
