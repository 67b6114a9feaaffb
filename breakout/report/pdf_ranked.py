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
from breakout.report.wording import blocked_by, point_words
from breakout.words import Words

#: The result chart shows at most this many of the final round's items.
CHART_MAX = 12


class RecommendationSections(StoryBase):
    """The section on voting and recommendations."""

    def recommendations(self) -> None:
        recs = self.c.recommendations
        assert recs is not None
        self.section("recommendations")
        s, w, t = self.story, self.w, self.t
        if recs.addressees:
            s.append(self.addressed_to(recs.addressees))
        if recs.voting is not None or recs.earlier:
            s.append(self.heading(t.gettext("Voting rounds"), "h2", 1, toc=False))
            s.extend(earlier_round_blocks(w, recs.earlier, t))
            s.extend(self.final_round(recs))
        voted = recs.ranked or recs.eliminated
        if recs.ranked:
            title = t.gettext("Recommendations, as ranked by the final round")
        else:
            title = t.gettext("Recommendations")
        s.append(CondPageBreak(40 * mm))
        s.append(self.heading(title, "h2", 1, toc=False))
        s.append(w.para(recs.note, "body"))
        if not recs.ranked and not recs.others and not recs.eliminated:
            s.append(w.para(t.gettext("No recommendations were recorded."), "note"))
        for item in recs.ranked:
            s.extend(self.ranked_item(item))
        if voted:
            others = t.gettext("Not put to the vote")
        else:
            others = t.gettext("Recommendations in board order")
        for heading, items in (
            (t.gettext("Not carried to the final round"), recs.eliminated),
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
        out: list[Flowable] = [self.facts_table(voting.facts(self.t), 32 * mm), Spacer(1, 2)]
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
                    [(blocked_by(item.blocks, self.t), "bold", _WARN_ATTR)],
                    "body",
                )
            )
        out: list[Flowable] = [KeepTogether(first)]
        out += support_table(w, item, self.t)
        if item.support_note:
            out.append(w.para(item.support_note, "note"))
        out += proposal_lines(w, item, self.t)
        return out


def support_table(w: _Writer, item: RankedItem, t: Words) -> list[Flowable]:
    """How each stakeholder group supported the item, as a table with bars (or nothing)."""
    out: list[Flowable] = []
    if item.support:
        rows: list[list[Any]] = [
            [
                w.para(t.gettext("Stakeholder group"), "cell-head"),
                w.para(t.gettext("Support"), "cell-head"),
                "",
            ]
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
        widths = [55 * mm, 40 * mm, 45 * mm]
        bars = 2
        if t.right_to_left:
            rows = [list(reversed(row)) for row in rows]
            widths.reverse()
            bars = 0
        table = _table(rows, widths)
        table.setStyle(TableStyle([("VALIGN", (bars, 1), (bars, -1), "MIDDLE")]))
        title = w.para(t.gettext("Support by stakeholder group"), "h3")
        out.append(KeepTogether([title, table]))
    return out


def proposal_lines(w: _Writer, item: RankedItem, t: Words) -> list[Flowable]:
    """The proposals behind the item, each with who made it and on which point."""
    out: list[Flowable] = []
    if item.proposals:
        behind = t.ngettext(
            "The proposal behind it", "The %(n)d proposals behind it", len(item.proposals)
        )
        out.append(w.para(behind, "h3"))
        for prop in item.proposals:
            pieces: list[Piece] = [(prop.text, "regular", "")]
            tail = ", ".join(
                x
                for x in (
                    prop.speaker,
                    point_words(prop.point_number, t),
                )
                if x
            )
            if tail:
                pieces.append((f" — {tail}", "regular", _MUTED_ATTR))
            out.append(
                w.rich(pieces, "bullet", rtl=starts_right_to_left(prop.text), bulletText="•")
            )
    return out


def earlier_round_blocks(w: _Writer, rounds: Sequence[EarlierRound], t: Words) -> list[Flowable]:
    """Each round before the final one: how it was voted and every item's result."""
    out: list[Flowable] = []
    for rnd in rounds:
        v = rnd.voting
        turnout = t.gettext("turnout {turnout}").format(turnout=v.turnout)
        head: list[Flowable] = [
            w.para(v.title or t.gettext("An earlier round"), "h3"),
            w.para(" · ".join(x for x in (v.method, v.ballot, turnout) if x), "small"),
        ]
        if rnd.note:
            out.append(KeepTogether([*head, w.para(rnd.note, "note")]))
            continue
        rows: list[list[Any]] = [
            [
                w.para(x, "cell-head")
                for x in ("#", t.gettext("Recommendation"), t.gettext("Result"))
            ],
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
        if t.right_to_left:
            rows = [list(reversed(row)) for row in rows]
            widths.reverse()
        first, rest = rows[:2], rows[2:]
        out.append(KeepTogether([*head, _table(first, widths)]))
        if rest:
            out.append(_table(rest, widths, header=False))
        if v.explanation:
            out.append(w.para(v.explanation, "note"))
    return out
