"""The outcome report as a PDF: reportlab platypus, charts from reportlab.graphics.

:func:`render_pdf` lays out a :class:`~breakout.report.content.ReportContent`
(plain data) and returns the PDF's bytes; it touches no session, so it can
run on a worker thread. Only this module and its pdf_* siblings import reportlab.

Every script participants type
------------------------------
The bundled fonts (``breakout/resources/fonts``, see its README) are Noto Sans
(Latin, Greek, Cyrillic), Noto Sans Arabic, Droid Sans Fallback (Chinese
and Japanese kana; TrueType outlines, which reportlab can embed) and, as a
last resort, DejaVu Sans (Hebrew, arrows, mathematical signs). A paragraph
is cut into runs by the font that has each character (:func:`split_runs`) and
every run not in the paragraph's own font is wrapped in ``<font name=…>``.
Text with Arabic or Hebrew in it is laid out with HarfBuzz (``uharfbuzz``; paragraph
style ``shaping=1``), which joins the letters and orders each word's letters right
to left; the words of each line are put in visual order by the Unicode
bidirectional algorithm (:mod:`breakout.report.pdf_bidi`). reportlab shapes each
space-separated word with one font, so in such a paragraph a space is put where
the font changes inside a word (:func:`keep_words_whole`): "(ملاحظة)" is set as "( ملاحظة )" rather
than with glyphs from the wrong font. Chart labels are paragraphs too, drawn
over the chart, so they get the same treatment.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreakIfNotEmpty,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from breakout.balance import percent
from breakout.report.markdown_text import Block, blocks, plain
from breakout.report.model import (
    SECTION_TITLES,
    Chart,
    ContributionLine,
    Participation,
    RankedItem,
    ReportContent,
    duration,
    plural,
)
from breakout.report.pdf_charts import BarChart, _Bar
from breakout.report.pdf_layout import (
    _MUTED_ATTR,
    _WARN_ATTR,
    ACCENT,
    BODY_W,
    INK,
    MUTED,
    PAGE_H,
    PALETTE,
    Heading,
    _table,
    _Writer,
)
from breakout.report.pdf_pages import TOC_MAX_POINTS, _contents, _Doc, _ReportCanvas
from breakout.report.pdf_ranked import earlier_round_blocks, proposal_lines, support_table
from breakout.report.pdf_text import (
    SANS,
    Piece,
    register_fonts,
    starts_right_to_left,
)

# -- fonts --------------------------------------------------------------------------


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
            s.extend(self.markdown_block(block) for block in blocks(cover.background))
        body = [x for x in self.sections if x != "cover"]
        if len(body) > 1:
            # On the cover when it fits there, else whole on the next page
            # (the break is sized once the contents are known: see build()).
            self.toc_break = CondPageBreak(0)
            s.append(self.toc_break)
            s.append(Spacer(1, 4 * mm))
            s.append(w.para("Contents", "h3"))
            s.append(self.toc())

    def markdown_block(self, block: Block) -> Paragraph:
        """A paragraph, list item, heading or quote of the briefing's Markdown."""
        pieces: list[Piece] = [(text, weight, "") for text, weight in block.spans]
        style = {"item": "bullet", "heading": "h3", "quote": "note"}.get(block.kind, "body")
        rtl = starts_right_to_left("".join(text for text, _ in block.spans))
        if block.kind == "item":
            return self.w.rich(pieces, style, rtl=rtl, bulletText=block.marker)
        return self.w.rich(pieces, style, rtl=rtl)

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
        if not recs.ranked and not recs.others and not recs.eliminated:
            s.append(w.para("No recommendations were recorded.", "note"))
        for item in recs.ranked:
            s.extend(self.ranked_item(item))
        if recs.earlier:
            s.append(CondPageBreak(40 * mm))
            s.append(self.heading("Earlier voting rounds", "h2", 1, toc=False))
            s.extend(earlier_round_blocks(w, recs.earlier))
        voted = recs.ranked or recs.eliminated
        others = "Not put to the vote" if voted else "Recommendations in board order"
        for title, items in (
            ("Not carried to the final round", recs.eliminated),
            (others, recs.others),
        ):
            if items:
                s.append(CondPageBreak(40 * mm))
                s.append(self.heading(title, "h2", 1, toc=False))
                for item in items:
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
        out += support_table(w, item)
        if item.support_note:
            out.append(w.para(item.support_note, "note"))
        out += proposal_lines(w, item)
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
                first.append(w.para("Facilitator's notes: " + plain(point.notes), "note"))
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
