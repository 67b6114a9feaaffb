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
space-separated word with one font, so in such a paragraph a hair space is put where
the font changes inside a word (:func:`keep_words_whole`), and set far too thin to see:
"(ملاحظة)" keeps its brackets close, each drawn from a font that has it. Chart
labels are paragraphs too, drawn over the chart, so they get the same treatment.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreakIfNotEmpty,
    Spacer,
    Table,
    TableStyle,
)

from breakout.balance import percent
from breakout.report.model import (
    Participation,
    ReportContent,
    duration,
    starts_right_to_left,
)
from breakout.report.pdf_charts import BarChart
from breakout.report.pdf_layout import (
    _WARN_ATTR,
    BODY_W,
    INK,
    MUTED,
    _Writer,
)
from breakout.report.pdf_outcome import OutcomeSections
from breakout.report.pdf_pages import _contents, _Doc, _ReportCanvas
from breakout.report.pdf_ranked import RecommendationSections
from breakout.report.pdf_text import Piece, register_fonts
from breakout.report.wording import (
    appendix_intro,
    by_dimension,
    participation_headers,
    participation_intro,
)

#: Streams are compressed and left binary: ASCII85 on top makes them a quarter bigger
#: and is slow to write in Python (reportlab's setting, for every PDF this process makes).
rl_config.useA85 = 0

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
        with_cover="outcome" in chosen,
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


class _Story(OutcomeSections, RecommendationSections):
    def __init__(self, content: ReportContent, writer: _Writer, sections: Sequence[str]) -> None:
        super().__init__(content, writer, sections)
        self.toc_slot: Flowable | None = None

    def build(self) -> list[Flowable]:
        s = self.story
        body = [x for x in self.sections if x != "outcome"]
        if "outcome" in self.sections:
            s.append(NextPageTemplate("body"))
            self.outcome()
            if body:
                s.append(PageBreakIfNotEmpty())
        if len(body) > 1:
            s.append(self.w.para(self.t.gettext("Contents"), "h1"))
            self.toc_slot = Spacer(1, 0)
            s.append(self.toc_slot)
            s.append(Spacer(1, 6 * mm))
        handlers: dict[str, Callable[[], None]] = {
            "background": self.background,
            "points": self.points,
            "recommendations": self.recommendations,
            "next_steps": self.next_steps,
            "agenda": self.agenda,
            "participation": self.participation,
            "participants": self.participants,
            "appendix": self.appendix,
            "disclaimer": self.disclaimer,
        }
        for name in body:
            handlers[name]()
        if len(s) <= 1:
            s.append(self.w.para(self.t.gettext("This report has no sections."), "note"))
        if self.toc_slot is not None:
            s[s.index(self.toc_slot)] = _contents(self.w, self.entries)
        return s

    def agenda(self) -> None:
        agenda = self.c.agenda
        assert agenda is not None
        self.section("agenda")
        w, t = self.w, self.t
        if not agenda.rows:
            self.story.append(w.para(t.gettext("The agenda is empty."), "note"))
            return
        titles = (
            "#",
            t.gettext("Point"),
            t.gettext("Planned"),
            t.gettext("Used"),
            "+/–",
            # Translators: a narrow column's heading, short for "Contributions".
            t.gettext("Contrib."),
        )
        head = [w.para(title, "cell-head") for title in titles]
        rows: list[list[Any]] = [head]
        for row in agenda.rows:
            over = row.started and row.used_seconds - row.planned_seconds >= 5
            diff = w.rich(
                [(row.difference(t), "bold" if over else "regular", _WARN_ATTR if over else "")],
                "cell-right",
            )
            rows.append(
                [
                    w.para(str(row.number), "cell"),
                    w.para(row.text, "cell"),
                    w.para(row.planned, "cell-right"),
                    w.para(row.used(t), "cell-right"),
                    diff,
                    w.para(str(row.contributions), "cell-right"),
                ]
            )
        rows.append(
            [
                w.para("", "cell"),
                w.para(t.gettext("Total"), "cell-bold"),
                w.para(agenda.planned, "cell-right"),
                w.para(agenda.used, "cell-right"),
                w.para(agenda.difference(t), "cell-right"),
                w.para(str(sum(r.contributions for r in agenda.rows)), "cell-right"),
            ]
        )
        widths = [8 * mm, BODY_W - 8 * mm - 4 * 17 * mm, 17 * mm, 17 * mm, 17 * mm, 17 * mm]
        table = self.table(rows, widths)
        table.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED)]))
        self.story.append(table)
        self.story.append(
            w.para(t.gettext("Times are minutes:seconds of running clock for each point."), "note")
        )

    def participation(self) -> None:
        parts = self.c.participation
        assert parts is not None
        self.section("participation")
        s, w, t = self.story, self.w, self.t
        if not parts or not parts[0].total_turns:
            s.append(w.para(t.gettext("No speaking turns were recorded."), "note"))
            return
        s.append(w.para(participation_intro(parts[0], t), "body"))
        for part in parts:
            # Heading, chart and table on one page (each is well under a page).
            block: list[Flowable] = [
                self.heading(by_dimension(part, t), "h2", 1, toc=False),
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
        head = [w.para(title, "cell-head") for title in participation_headers(part, self.t)]
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
        return self.table(rows, [BODY_W - 6 * num, num, num, num, num, num, num])

    def participants(self) -> None:
        people = self.c.participants
        assert people is not None
        if self.c.anonymous:
            return  # nobody is named; the cover says so
        self.section("participants", new_page=False)  # short: it may follow the charts
        s, w = self.story, self.w
        s.append(w.para(people.note, "body"))
        if not people.rows:
            return
        t = self.t
        titles = (
            t.gettext("Name"),
            t.gettext("Organisation"),
            t.gettext("Stakeholder group"),
            t.gettext("Region"),
        )
        head = [w.para(title, "cell-head") for title in titles]
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
            self.table(
                rows, [42 * mm, BODY_W - 42 * mm - 2 * 34 * mm, 34 * mm, 34 * mm], zebra=True
            )
        )

    def appendix(self) -> None:
        lines = self.c.appendix
        assert lines is not None
        self.section("appendix")
        s, w, t = self.story, self.w, self.t
        if not lines:
            s.append(w.para(t.gettext("No contributions were captured."), "note"))
            return
        # An anonymous report carries no time finer than the point: no Time column.
        timed = any(line.time for line in lines)
        s.append(w.para(appendix_intro(self.c, timed), "body"))
        titles = (
            "#",
            *((t.gettext("Time"),) if timed else ()),
            t.gettext("Point"),
            t.gettext("Kind"),
            t.gettext("Contribution"),
        )
        head = [w.para(t, "cell-head") for t in titles]
        widths = [9 * mm, *([11 * mm] if timed else []), 12 * mm, 18 * mm]
        widths.append(BODY_W - sum(widths))
        s.append(self.table([head], widths))
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
                        t.gettext(line.kind),
                        w.rich(pieces, "cell", rtl=starts_right_to_left(line.text)),
                    ]
                )
            table = self.table(rows, widths, header=False, zebra=True)
            table.setStyle(
                TableStyle(
                    [("LEADING", (0, 0), (-1, -1), 11), ("TEXTCOLOR", (0, 0), (-1, -1), INK)]
                )
            )
            s.append(table)
