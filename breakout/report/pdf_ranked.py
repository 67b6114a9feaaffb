"""The PDF's voting rounds and recommendations: every round, then each recommendation with its
wording, support overall and by stakeholder group, and the proposals behind it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from breakout.report.model import (
    Chart,
    EarlierRound,
    RankedItem,
    Recommendations,
    plural,
    starts_right_to_left,
)
from breakout.report.pdf_base import StoryBase
from breakout.report.pdf_charts import BarChart, _Bar
from breakout.report.pdf_layout import (
    _MUTED_ATTR,
    _WARN_ATTR,
    ACCENT,
    BODY_W,
    MUTED,
    _table,
    _Writer,
)
from breakout.report.pdf_text import SANS, Piece

#: The result chart shows at most this many of the final round's items.
CHART_MAX = 12


class RecommendationSections(StoryBase):
    """The section on voting and recommendations."""

    def recommendations(self) -> None:
        recs = self.c.recommendations
        assert recs is not None
        self.section("recommendations")
        s, w = self.story, self.w
        if recs.addressees:
            s.append(w.rich([("Addressed to: ", "bold", ""), (recs.addressees, "regular", "")]))
        if recs.voting is not None or recs.earlier:
            s.append(self.heading("Voting rounds", "h2", 1, toc=False))
            s.extend(earlier_round_blocks(w, recs.earlier))
            s.extend(self.final_round(recs))
        voted = recs.ranked or recs.eliminated
        title = "Recommendations"
        if recs.ranked:
            title += ", as ranked by the final round"
        s.append(CondPageBreak(40 * mm))
        s.append(self.heading(title, "h2", 1, toc=False))
        s.append(w.para(recs.note, "body"))
        if not recs.ranked and not recs.others and not recs.eliminated:
            s.append(w.para("No recommendations were recorded.", "note"))
        for item in recs.ranked:
            s.extend(self.ranked_item(item))
        others = "Not put to the vote" if voted else "Recommendations in board order"
        for heading, items in (
            ("Not carried to the final round", recs.eliminated),
            (others, recs.others),
        ):
            if items:
                s.append(CondPageBreak(40 * mm))
                s.append(self.heading(heading, "h2", 1, toc=False))
                for item in items:
                    s.extend(self.ranked_item(item))

    def final_round(self, recs: Recommendations) -> list[Flowable]:
        voting = recs.voting
        if voting is None:
            return []
        w = self.w
        out: list[Flowable] = [self.facts_table(voting.facts(), 32 * mm), Spacer(1, 2)]
        out.append(w.para(voting.explanation, "note"))
        top = recs.chart
        if top is not None and top.categories:
            if len(top.categories) > CHART_MAX:
                top = Chart(
                    title=f"{top.title} (top {CHART_MAX} of {len(top.categories)})",
                    categories=top.categories[:CHART_MAX],
                    series=tuple(type(x)(x.name, x.values[:CHART_MAX]) for x in top.series),
                    unit=top.unit,
                )
            out += [Spacer(1, 2 * mm), BarChart(top, w)]
        return out

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


def support_table(w: _Writer, item: RankedItem) -> list[Flowable]:
    """How each stakeholder group supported the item, as a table with bars (or nothing)."""
    out: list[Flowable] = []
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
    return out


def proposal_lines(w: _Writer, item: RankedItem) -> list[Flowable]:
    """The proposals behind the item, each with who made it and on which point."""
    out: list[Flowable] = []
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


def earlier_round_blocks(w: _Writer, rounds: Sequence[EarlierRound]) -> list[Flowable]:
    """Each round before the final one: how it was voted and every item's result."""
    out: list[Flowable] = []
    for rnd in rounds:
        v = rnd.voting
        head: list[Flowable] = [
            w.para(v.title or "An earlier round", "h3"),
            w.para(
                " · ".join(x for x in (v.method, v.ballot, f"turnout {v.turnout}") if x), "small"
            ),
        ]
        if rnd.note:
            out.append(KeepTogether([*head, w.para(rnd.note, "note")]))
            continue
        rows: list[list[Any]] = [
            [w.para(t, "cell-head") for t in ("#", "Recommendation", "Result")],
            *(
                [
                    w.para("" if item.rank is None else str(item.rank), "cell"),
                    w.para(item.title, "cell"),
                    w.para(item.result, "cell"),
                ]
                for item in rnd.ranked
            ),
        ]
        widths = [9 * mm, BODY_W - 9 * mm - 55 * mm, 55 * mm]
        first, rest = rows[:2], rows[2:]
        out.append(KeepTogether([*head, _table(first, widths)]))
        if rest:
            out.append(_table(rest, widths, header=False))
        if v.explanation:
            out.append(w.para(v.explanation, "note"))
    return out
