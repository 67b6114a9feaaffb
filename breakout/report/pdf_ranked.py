"""The parts of a ranked recommendation in the PDF below its title: support by group, proposals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, TableStyle

from breakout.report.model import EarlierRound, RankedItem
from breakout.report.pdf_charts import _Bar
from breakout.report.pdf_layout import _MUTED_ATTR, BODY_W, _table, _Writer
from breakout.report.pdf_text import Piece, starts_right_to_left


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
