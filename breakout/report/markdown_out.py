"""The outcome document as Markdown, for editing: the same sections, in the same order, as the PDF.

Written from the same :class:`~breakout.report.model.ReportContent`, so it names exactly whom
the PDF names. What people typed is escaped (:func:`_inline`), except the texts that are
Markdown already — the briefing's background and the rapporteur's summaries and next steps —
which keep their marks, with their headings moved below the section's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from breakout.report.model import (
    SECTION_TITLES,
    ContributionLine,
    Outcome,
    PointNarrative,
    RankedItem,
    ReportContent,
    duration,
    plural,
)


def markdown(content: ReportContent) -> str:
    """The document's text as Markdown (the sections the content holds, in order)."""
    md: list[str] = [f"# {_inline(content.title)}", ""]
    if content.outcome is None and content.anonymous:
        md += ["> Anonymous report: it names no one.", ""]
    writers: dict[str, Callable[[ReportContent], list[str]]] = {
        "outcome": _md_outcome,
        "background": lambda c: _md_text_section("background", c.background, 2),
        "points": _md_points,
        "recommendations": _md_recommendations,
        "next_steps": lambda c: _md_text_section("next_steps", c.next_steps, 2),
        "agenda": _md_agenda,
        "participation": _md_participation,
        "participants": _md_participants,
        "appendix": _md_appendix,
        "disclaimer": _md_disclaimer,
    }
    for name in content.sections:
        md += writers[name](content)
    return "\n".join(md).rstrip() + "\n"


def _md_outcome(content: ReportContent) -> list[str]:
    page = content.outcome
    assert page is not None
    md: list[str] = []
    for line in (page.event, " · ".join(x for x in (page.venue, page.dates) if x)):
        if line:
            md.append(f"**{_inline(line)}**  ")
    if page.when:
        md.append(f"**When:** {_inline(page.when)}  ")
    people = [
        f"{label}: {_inline(value)}"
        for label, value in (("Facilitator", page.facilitator), ("Rapporteur", page.rapporteur))
        if value
    ]
    if people:
        md.append(" · ".join(people) + "  ")
    md.append("")
    if page.notice:
        md += [f"> {_inline(page.notice)}", ""]
    md += ["## Who took part", ""]
    md += _md_table(["", ""], [[f.label, f.value] for f in page.participation])
    md += ["## Key messages", ""]
    if page.key_messages:
        md += [f"- {_md_line(m)}" for m in page.key_messages] + [""]
    else:
        md += [f"*{_inline(page.key_messages_note)}*", ""]
    return md + _md_top(page) + [f"Document written {page.generated}.", ""]


def _md_top(page: Outcome) -> list[str]:
    md = ["## Top recommendations", "", f"*{_inline(page.top_note)}*", ""]
    for item in page.top:
        mark = f"{item.rank}." if item.rank is not None else "-"
        result = f" — {_inline(item.result)}" if item.result else ""
        md.append(f"{mark} **{_inline(item.title)}**{result}")
    if page.top:
        md.append("")
    if page.addressees:
        md += [f"**Addressed to:** {_inline(page.addressees)}", ""]
    return md


def _md_text_section(name: str, text: str | None, level: int) -> list[str]:
    """A section that is the rapporteur's (or the briefing's) own Markdown."""
    md = [f"## {SECTION_TITLES[name]}", ""]
    if text:
        return [*md, _under_heading(text.strip(), level), ""]
    empty = {
        "background": "The briefing gives no background.",
        "next_steps": "The rapporteur has not written next steps.",
    }
    return [*md, f"*{empty.get(name, '')}*", ""]


def _md_points(content: ReportContent) -> list[str]:
    if content.points is None:
        return []
    md = [f"## {SECTION_TITLES['points']}", ""]
    if not content.points:
        md += ["*The agenda is empty.*", ""]
    for point in content.points:
        md += _md_point(point, "appendix" in content.sections)
    return md


def _md_point(point: PointNarrative, with_appendix: bool) -> list[str]:
    md = [f"### {point.number}. {_inline(point.text)}", ""]
    if point.notes:  # only when a named report was asked to include them
        md += [f"*Facilitator's notes: {_inline(point.notes)}*", ""]
    if point.key_messages:
        md += ["#### Key messages", ""]
        md += [f"- {_md_line(m)}" for m in point.key_messages] + [""]
    if point.summary:
        md += [_under_heading(point.summary.strip(), 4), ""]
    if not point.key_messages and not point.summary:
        md += ["*The rapporteur has not written about this point.*", ""]
    if not point.contributions:
        return [*md, "*Nothing was captured under this point.*", ""]
    kinds = f" ({point.kinds})" if point.kinds else ""
    where = (
        f"; every one is in “{SECTION_TITLES['appendix']}”, under point {point.number}"
        if with_appendix
        else ""
    )
    return [*md, f"*{plural(point.contributions, 'contribution')} captured{kinds}{where}.*", ""]


def _md_recommendations(content: ReportContent) -> list[str]:
    recs = content.recommendations
    assert recs is not None
    md = [f"## {SECTION_TITLES['recommendations']}", ""]
    if recs.addressees:
        md += [f"**Addressed to:** {_inline(recs.addressees)}", ""]
    if recs.voting is not None or recs.earlier:
        md += ["### Voting rounds", ""]
    for rnd in recs.earlier:
        v = rnd.voting
        md += [f"#### {_inline(v.title or 'An earlier round')}", ""]
        md += [" · ".join(x for x in (v.method, v.ballot, f"turnout {v.turnout}") if x), ""]
        if rnd.note:
            md += [f"*{_inline(rnd.note)}*", ""]
            continue
        rows = [["" if i.rank is None else str(i.rank), i.title, i.result] for i in rnd.ranked]
        md += _md_table(["#", "Recommendation", "Result"], rows)
    if recs.voting is not None:
        v = recs.voting
        md += [f"#### {_inline(v.title or 'The final round')}", ""]
        md += _md_table(["", ""], [list(fact) for fact in v.facts()])
        md += [f"*{_inline(v.explanation)}*", ""]
    title = "Recommendations, as ranked by the final round" if recs.ranked else "Recommendations"
    md += [f"### {title}", "", _inline(recs.note), ""]
    if not recs.ranked and not recs.others and not recs.eliminated:
        md += ["No recommendations were recorded.", ""]
    for item in recs.ranked:
        md += _md_item(item, "####")
    voted = recs.ranked or recs.eliminated
    others = "Not put to the vote" if voted else "Recommendations in board order"
    for heading, items in (
        ("Not carried to the final round", recs.eliminated),
        (others, recs.others),
    ):
        if items:
            md += [f"### {heading}", ""]
            for item in items:
                md += _md_item(item, "####")
    return md


def _under_heading(markdown_text: str, level: int) -> str:
    """Markdown someone wrote, its headings moved below the ``level`` heading it goes under."""
    return re.sub(
        r"^( {0,3})(#{1,6})(?=\s)",
        lambda m: m.group(1) + "#" * min(6, len(m.group(2)) + level),
        markdown_text,
        flags=re.M,
    )


def _md_agenda(content: ReportContent) -> list[str]:
    agenda = content.agenda
    if agenda is None:
        return []
    rows = [
        [str(r.number), r.text, r.planned, r.used, r.difference, str(r.contributions)]
        for r in agenda.rows
    ]
    rows.append(["", "**Total**", agenda.planned, agenda.used, agenda.difference, ""])
    header = ["#", "Point", "Planned", "Used", "+/–", "Contributions"]
    return [f"## {SECTION_TITLES['agenda']}", "", *_md_table(header, rows)]


def _md_participation(content: ReportContent) -> list[str]:
    if content.participation is None:
        return []
    md = [f"## {SECTION_TITLES['participation']}", ""]
    for part in content.participation:
        md += [f"### By {part.title.lower()}", ""]
        md += _md_table(
            [part.title, "People", "Turns", "Speaking", "Time %", "Turns %", "People %"],
            [
                [
                    r.group,
                    str(r.present),
                    str(r.turns),
                    duration(r.seconds),
                    f"{_pct(r.time_share)}%",
                    f"{_pct(r.turn_share)}%",
                    f"{_pct(r.presence_share)}%",
                ]
                for r in part.rows
            ],
        )
        if part.note:
            md += [f"*{part.note}*", ""]
    return md


def _md_participants(content: ReportContent) -> list[str]:
    people = content.participants
    if people is None or content.anonymous:
        return []
    md = [f"## {SECTION_TITLES['participants']}", "", people.note, ""]
    if people.rows:
        md += _md_table(
            ["Name", "Organisation", "Stakeholder group", "Region"],
            [[p.name, p.organisation, p.stakeholder_group, p.region] for p in people.rows],
        )
    return md


def _md_appendix(content: ReportContent) -> list[str]:
    lines = content.appendix
    assert lines is not None
    md = [f"## {SECTION_TITLES['appendix']}", ""]
    if not lines:
        return [*md, "*No contributions were captured.*", ""]
    if any(entry.time for entry in lines) and content.zone:
        md += [f"*Times are in {_inline(content.zone)}.*", ""]
    for entry in lines:
        when = f"{entry.time} · " if entry.time else ""
        md.append(
            f"{entry.number}. {when}point {entry.point_number} · {entry.kind}: " + _line(entry)
        )
    return [*md, ""]


def _md_disclaimer(content: ReportContent) -> list[str]:
    paragraphs = content.disclaimer or ()
    md = [f"## {SECTION_TITLES['disclaimer']}", ""]
    for text in paragraphs:
        md += [_inline(text), ""]
    return md


def _md_item(item: RankedItem, level: str) -> list[str]:
    prefix = f"{item.rank}. " if item.rank is not None else ""
    md = [f"{level} {prefix}{_inline(item.title)}", ""]
    if item.result:
        md += [f"**Result:** {_inline(item.result)}", ""]
    if item.wording and item.wording != item.title:
        md += [_inline(item.wording), ""]
    if item.blocks:
        md += [f"**Blocked by {plural(item.blocks, 'participant')}.**", ""]
    if item.support:
        md += _md_table(["Stakeholder group", "Support"], [[g.group, g.text] for g in item.support])
    if item.support_note:
        md += [f"*{_inline(item.support_note)}*", ""]
    if item.proposals:
        md += ["Proposals behind it:", ""]
        for prop in item.proposals:
            tail = ", ".join(
                x
                for x in (prop.speaker, f"point {prop.point_number}" if prop.point_number else "")
                if x
            )
            md.append(f"- {_inline(prop.text)}" + (f" — {_inline(tail)}" if tail else ""))
        md.append("")
    return md


def _line(line: ContributionLine) -> str:
    who = ", ".join(x for x in (line.speaker, line.affiliation) if x)
    return _inline(line.text) + (f" — {_inline(who)}" if who else "")


def _pct(share: float) -> int:
    from breakout.balance import percent

    return percent(share)


def _md_line(text: str) -> str:
    """One line the rapporteur wrote, Markdown marks kept: only what would start a block,
    or be read as HTML or a table cell, is escaped."""
    line = " ".join(text.split()).replace("<", "\\<").replace("|", "\\|")
    return re.sub(r"^([#>+\-=]|\d+[.)])", r"\\\1", line)


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|"})


def _inline(text: str) -> str:
    """User text on one line, with Markdown's special characters escaped."""
    return " ".join(text.split()).translate(_MD_SPECIAL)


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    def cells(values: Sequence[str]) -> str:
        return "| " + " | ".join(_inline(v) if not v.startswith("**") else v for v in values) + " |"

    out = [cells(header), "|" + "|".join(" --- " for _ in header) + "|"]
    out += [cells(row) for row in rows]
    return [*out, ""]
