"""The PDF's own words of the outcome: page 1, the background, the narrative per point, the
next steps and the disclaimer (see :mod:`breakout.report.outcome_page` for what page 1 says).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from breakout.report.markdown_text import plain
from breakout.report.model import SECTION_TITLES, Outcome, PointNarrative
from breakout.report.pdf_base import StoryBase
from breakout.report.pdf_layout import _MUTED_ATTR, BODY_W, PALETTE
from breakout.report.pdf_pages import TOC_MAX_POINTS
from breakout.report.pdf_text import SANS, Piece
from breakout.report.wording import drew_words


class OutcomeSections(StoryBase):
    """Page 1 and the sections in the rapporteur's words."""

    def outcome(self) -> None:
        """Page 1: a reader who stops here has the outcome."""
        page = self.c.outcome
        assert page is not None
        s, w, t = self.story, self.w, self.t
        s.append(w.para(t.gettext("OUTCOME OF THE BREAKOUT SESSION"), "small"))
        s.append(Spacer(1, 1.5 * mm))
        s.append(w.para(page.title, "p1-title"))
        for line in (page.event, " · ".join(x for x in (page.venue, page.dates) if x)):
            if line:
                s.append(w.para(line, "cover-line"))
        if page.when:
            s.append(w.rich([(page.when, "bold", "")], "p1-when"))
        people = [
            (label, value)
            for label, value in (
                (t.gettext("Facilitator"), page.facilitator),
                (t.gettext("Rapporteur"), page.rapporteur),
            )
            if value
        ]
        people += [(f.label, f.value) for f in page.participation]
        s.append(Spacer(1, 2 * mm))
        s.append(self.compact_facts(people))
        if page.notice:
            s.append(Spacer(1, 2 * mm))
            s.append(self.notice_box(page.notice))
        s.append(self.heading(t.gettext("Key messages"), "p1-h2", 0, toc=False))
        if page.key_messages:
            s.extend(self.bullet_text(m, "p1-bullet") for m in page.key_messages)
        else:
            s.append(w.para(page.key_messages_note, "note"))
        s.append(self.heading(t.gettext("Top recommendations"), "p1-h2", 0, toc=False))
        s.extend(self.top_recommendations(page))
        written = t.gettext("Document written {date}.").format(date=page.generated)
        s.append(w.para(written, "small"))

    def compact_facts(self, rows: list[tuple[str, str]]) -> Table:
        w = self.w
        label_w = 34 * mm
        data = [[w.para(label, "p1-label"), w.para(value, "p1-cell")] for label, value in rows]
        widths = [label_w, BODY_W - label_w]
        if self.t.right_to_left:
            data = [list(reversed(row)) for row in data]
            widths.reverse()
        table = Table(data, colWidths=widths, hAlign="LEFT")
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
            table = self.table(rows, [9 * mm, BODY_W - 9 * mm], header=False)
            out.append(table)
        if page.addressees:
            out.append(Spacer(1, 1.5 * mm))
            out.append(self.addressed_to(page.addressees))
        return out

    def background(self) -> None:
        text = self.c.background
        assert text is not None
        self.section("background", new_page=False)
        if text:
            self.story.extend(self.markdown(text))
        else:
            self.story.append(
                self.w.para(self.t.gettext("The briefing gives no background."), "note")
            )

    def points(self) -> None:
        narratives = self.c.points
        assert narratives is not None
        self.section("points")
        if not narratives:
            self.story.append(self.w.para(self.t.gettext("The agenda is empty."), "note"))
        for point in narratives:
            self.narrative(point, toc=len(narratives) <= TOC_MAX_POINTS)

    def narrative(self, point: PointNarrative, *, toc: bool) -> None:
        w, t = self.w, self.t
        heading = self.heading(f"{point.number}. {point.text}", "h2", 1, toc=toc)
        # A heading, however many lines it takes, never ends a page.
        first: list[Flowable] = [heading]
        rest: list[Flowable] = []
        if point.notes:  # only when a named report was asked to include them
            notes = t.gettext("Facilitator's notes: {notes}").format(notes=plain(point.notes))
            first.append(w.para(notes, "note"))
        if point.key_messages:
            first.append(w.para(t.gettext("Key messages"), "h3"))
            first.append(self.bullet_text(point.key_messages[0]))
            rest += [self.bullet_text(m) for m in point.key_messages[1:]]
        if point.summary:
            summary = self.markdown(point.summary)
            (rest if len(first) > 1 else first).append(summary[0])
            rest += summary[1:]
        if not point.key_messages and not point.summary:
            first.append(
                w.para(t.gettext("The rapporteur has not written about this point."), "note")
            )
        rest.append(w.rich(self.drew(point), "small"))
        self.story.append(KeepTogether(first))
        self.story.extend(rest)

    def drew(self, point: PointNarrative) -> list[Piece]:
        """How many contributions the point drew, and where they are."""
        text = drew_words(
            self.t, point.number, point.contributions, point.kinds, "appendix" in self.sections
        )
        return [(text, "italic", _MUTED_ATTR)]

    def next_steps(self) -> None:
        text = self.c.next_steps
        assert text is not None
        self.section("next_steps", new_page=False)
        if text:
            self.story.extend(self.markdown(text))
        else:
            empty = self.t.gettext("The rapporteur has not written next steps.")
            self.story.append(self.w.para(empty, "note"))

    def disclaimer(self) -> None:
        paragraphs = self.c.disclaimer
        assert paragraphs is not None
        self.story.append(CondPageBreak(50 * mm))
        self.story.append(Spacer(1, 6 * mm))
        title = self.t.gettext(SECTION_TITLES["disclaimer"])
        self.story.append(self.heading(title, "h2", 0, toc=True))
        for text in paragraphs:
            self.story.append(self.w.para(text, "body"))
