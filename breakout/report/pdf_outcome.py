"""The PDF's own words of the outcome: page 1, the background, the narrative per point, the
next steps and the disclaimer (see :mod:`breakout.report.outcome_page` for what page 1 says).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from breakout.report.markdown_text import plain
from breakout.report.model import SECTION_TITLES, Outcome, PointNarrative, plural
from breakout.report.pdf_base import StoryBase
from breakout.report.pdf_layout import _MUTED_ATTR, BODY_W, PALETTE, _table
from breakout.report.pdf_pages import TOC_MAX_POINTS
from breakout.report.pdf_text import SANS, Piece


class OutcomeSections(StoryBase):
    """Page 1 and the sections in the rapporteur's words."""

    def outcome(self) -> None:
        """Page 1: a reader who stops here has the outcome."""
        page = self.c.outcome
        assert page is not None
        s, w = self.story, self.w
        s.append(w.para("OUTCOME OF THE BREAKOUT SESSION", "small"))
        s.append(Spacer(1, 1.5 * mm))
        s.append(w.para(page.title, "p1-title"))
        for line in (page.event, " · ".join(x for x in (page.venue, page.dates) if x)):
            if line:
                s.append(w.para(line, "cover-line"))
        if page.when:
            s.append(w.rich([(page.when, "bold", "")], "p1-when"))
        people = [
            (label, value)
            for label, value in (("Facilitator", page.facilitator), ("Rapporteur", page.rapporteur))
            if value
        ]
        people += [(f.label, f.value) for f in page.participation]
        s.append(Spacer(1, 2 * mm))
        s.append(self.compact_facts(people))
        if page.notice:
            s.append(Spacer(1, 2 * mm))
            s.append(self.notice_box(page.notice))
        s.append(self.heading("Key messages", "p1-h2", 0, toc=False))
        if page.key_messages:
            s.extend(self.bullet_text(m, "p1-bullet") for m in page.key_messages)
        else:
            s.append(w.para(page.key_messages_note, "note"))
        s.append(self.heading("Top recommendations", "p1-h2", 0, toc=False))
        s.extend(self.top_recommendations(page))
        s.append(w.para(f"Document written {page.generated}.", "small"))

    def compact_facts(self, rows: list[tuple[str, str]]) -> Table:
        w = self.w
        label_w = 34 * mm
        data = [[w.para(label, "p1-label"), w.para(value, "p1-cell")] for label, value in rows]
        table = Table(data, colWidths=[label_w, BODY_W - label_w], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), SANS),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return table

    def notice_box(self, notice: str) -> Table:
        box = Table([[self.w.para(notice, "notice")]], colWidths=[BODY_W])
        box.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), SANS),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF6E0")),
                    ("LINEBEFORE", (0, 0), (0, -1), 2.5, PALETTE[1]),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return box

    def top_recommendations(self, page: Outcome) -> list[Flowable]:
        w = self.w
        out: list[Flowable] = [w.para(page.top_note, "note")]
        if page.top:
            rows: list[list[Any]] = []
            for item in page.top:
                cell: list[Flowable] = [w.para(item.title, "p1-rec")]
                if item.result:
                    cell.append(w.para(item.result, "small"))
                rank = "•" if item.rank is None else str(item.rank)
                rows.append([w.para(rank, "p1-rank"), cell])
            table = _table(rows, [9 * mm, BODY_W - 9 * mm], header=False)
            out.append(table)
        if page.addressees:
            out.append(Spacer(1, 1.5 * mm))
            out.append(w.rich([("Addressed to: ", "bold", ""), (page.addressees, "regular", "")]))
        return out

    def background(self) -> None:
        text = self.c.background
        assert text is not None
        self.section("background", new_page=False)
        if text:
            self.story.extend(self.markdown(text))
        else:
            self.story.append(self.w.para("The briefing gives no background.", "note"))

    def points(self) -> None:
        narratives = self.c.points
        assert narratives is not None
        self.section("points")
        if not narratives:
            self.story.append(self.w.para("The agenda is empty.", "note"))
        for point in narratives:
            self.narrative(point, toc=len(narratives) <= TOC_MAX_POINTS)

    def narrative(self, point: PointNarrative, *, toc: bool) -> None:
        w = self.w
        heading = self.heading(f"{point.number}. {point.text}", "h2", 1, toc=toc)
        # A heading, however many lines it takes, never ends a page.
        first: list[Flowable] = [heading]
        rest: list[Flowable] = []
        if point.notes:  # only when a named report was asked to include them
            first.append(w.para("Facilitator's notes: " + plain(point.notes), "note"))
        if point.key_messages:
            first.append(w.para("Key messages", "h3"))
            first.append(self.bullet_text(point.key_messages[0]))
            rest += [self.bullet_text(m) for m in point.key_messages[1:]]
        if point.summary:
            summary = self.markdown(point.summary)
            (rest if len(first) > 1 else first).append(summary[0])
            rest += summary[1:]
        if not point.key_messages and not point.summary:
            first.append(w.para("The rapporteur has not written about this point.", "note"))
        rest.append(w.rich(self.drew(point), "small"))
        self.story.append(KeepTogether(first))
        self.story.extend(rest)

    def drew(self, point: PointNarrative) -> list[Piece]:
        """How many contributions the point drew, and where they are."""
        if not point.contributions:
            return [("Nothing was captured under this point.", "italic", _MUTED_ATTR)]
        where = (
            f"; every one is in “{SECTION_TITLES['appendix']}”, under point {point.number}"
            if "appendix" in self.sections
            else ""
        )
        count = plural(point.contributions, "contribution")
        kinds = f" ({point.kinds})" if point.kinds else ""
        return [(f"{count} captured{kinds}{where}.", "italic", _MUTED_ATTR)]

    def next_steps(self) -> None:
        text = self.c.next_steps
        assert text is not None
        self.section("next_steps", new_page=False)
        if text:
            self.story.extend(self.markdown(text))
        else:
            self.story.append(self.w.para("The rapporteur has not written next steps.", "note"))

    def disclaimer(self) -> None:
        paragraphs = self.c.disclaimer
        assert paragraphs is not None
        self.story.append(CondPageBreak(50 * mm))
        self.story.append(Spacer(1, 6 * mm))
        self.story.append(self.heading(SECTION_TITLES["disclaimer"], "h2", 0, toc=True))
        for text in paragraphs:
            self.story.append(self.w.para(text, "body"))
