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
)
from breakout.report.wording import (
    blocked_by,
    by_dimension,
    drew_words,
    kind_word,
    participation_headers,
    point_words,
)
from breakout.words import N_, Words


def markdown(content: ReportContent) -> str:
    """The document's text as Markdown (the sections the content holds, in order)."""
    t = content.words
    md: list[str] = [f"# {_inline(content.title)}", ""]
    if content.outcome is None and content.anonymous:
        md += ["> " + t.gettext("Anonymous report: it names no one."), ""]
    writers: dict[str, Callable[[ReportContent], list[str]]] = {
        "outcome": _md_outcome,
        "background": lambda c: _md_text_section("background", c.background, c.words),
        "points": _md_points,
        "recommendations": _md_recommendations,
        "next_steps": lambda c: _md_text_section("next_steps", c.next_steps, c.words),
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
    t = content.words
    md: list[str] = []
    for line in (page.event, " · ".join(x for x in (page.venue, page.dates) if x)):
        if line:
            md.append(f"**{_inline(line)}**  ")
    if page.when:
        md.append("**" + t.gettext("When:") + f"** {_inline(page.when)}  ")
    # Translators: a label and its value on one line, e.g. "Rapporteur: Tendai Moyo".
    said = t.gettext("{label}: {value}")
    people = [
        said.format(label=label, value=_inline(value))
        for label, value in (
            (t.gettext("Facilitator"), page.facilitator),
            (t.gettext("Rapporteur"), page.rapporteur),
        )
        if value
    ]
    if people:
        md.append(" · ".join(people) + "  ")
    md.append("")
    if page.notice:
        md += [f"> {_inline(page.notice)}", ""]
    md += ["## " + t.gettext("Who took part"), ""]
    md += _md_table(["", ""], [[f.label, f.value] for f in page.participation])
    md += ["## " + t.gettext("Key messages"), ""]
    if page.key_messages:
        md += [f"- {_md_line(m)}" for m in page.key_messages] + [""]
    else:
        md += [f"*{_inline(page.key_messages_note)}*", ""]
    written = t.gettext("Document written {date}.").format(date=page.generated)
    return md + _md_top(page, t) + [written, ""]


def _md_top(page: Outcome, t: Words) -> list[str]:
    md = ["## " + t.gettext("Top recommendations"), "", f"*{_inline(page.top_note)}*", ""]
    for item in page.top:
        mark = f"{item.rank}." if item.rank is not None else "-"
        result = f" — {_inline(item.result)}" if item.result else ""
        md.append(f"{mark} **{_inline(item.title)}**{result}")
    if page.top:
        md.append("")
    if page.addressees:
        md += ["**" + t.gettext("Addressed to:") + f"** {_inline(page.addressees)}", ""]
    return md


_EMPTY = {
    "background": N_("The briefing gives no background."),
    "next_steps": N_("The rapporteur has not written next steps."),
}


def _md_text_section(name: str, text: str | None, t: Words) -> list[str]:
    """A section that is the rapporteur's (or the briefing's) own Markdown."""
    md = [f"## {t.gettext(SECTION_TITLES[name])}", ""]
    if text:
        return [*md, _under_heading(text.strip(), 2), ""]
    return [*md, f"*{t.gettext(_EMPTY[name])}*", ""]


def _md_points(content: ReportContent) -> list[str]:
    if content.points is None:
        return []
    t = content.words
    md = [f"## {t.gettext(SECTION_TITLES['points'])}", ""]
    if not content.points:
        md += ["*" + t.gettext("The agenda is empty.") + "*", ""]
    for point in content.points:
        md += _md_point(point, "appendix" in content.sections, t)
    return md


def _md_point(point: PointNarrative, with_appendix: bool, t: Words) -> list[str]:
    md = [f"### {point.number}. {_inline(point.text)}", ""]
    if point.notes:  # only when a named report was asked to include them
        notes = t.gettext("Facilitator's notes: {notes}").format(notes=_inline(point.notes))
        md += [f"*{notes}*", ""]
    if point.key_messages:
        md += ["#### " + t.gettext("Key messages"), ""]
        md += [f"- {_md_line(m)}" for m in point.key_messages] + [""]
    if point.summary:
        md += [_under_heading(point.summary.strip(), 4), ""]
    if not point.key_messages and not point.summary:
        md += ["*" + t.gettext("The rapporteur has not written about this point.") + "*", ""]
    drew = drew_words(t, point.number, point.contributions, point.kinds, with_appendix)
    return [*md, f"*{drew}*", ""]


def _md_recommendations(content: ReportContent) -> list[str]:
    recs = content.recommendations
    assert recs is not None
    t = content.words
    md = [f"## {t.gettext(SECTION_TITLES['recommendations'])}", ""]
    if recs.addressees:
        md += ["**" + t.gettext("Addressed to:") + f"** {_inline(recs.addressees)}", ""]
    if recs.voting is not None or recs.earlier:
        md += ["### " + t.gettext("Voting rounds"), ""]
    header = ["#", t.gettext("Recommendation"), t.gettext("Result")]
    for rnd in recs.earlier:
        v = rnd.voting
        title = v.title or t.gettext("An earlier round")
        md += [f"#### {_inline(title)}", ""]
        turnout = t.gettext("turnout {turnout}").format(turnout=v.turnout)
        md += [" · ".join(x for x in (v.method, v.ballot, turnout) if x), ""]
        if rnd.note:
            md += [f"*{_inline(rnd.note)}*", ""]
            continue
        rows = [["" if i.rank is None else str(i.rank), i.title, i.result] for i in rnd.ranked]
        md += _md_table(header, rows)
    if recs.voting is not None:
        v = recs.voting
        title = v.title or t.gettext("The final round")
        md += [f"#### {_inline(title)}", ""]
        md += _md_table(["", ""], [list(fact) for fact in v.facts(t)])
        md += [f"*{_inline(v.explanation)}*", ""]
    if recs.ranked:
        title = t.gettext("Recommendations, as ranked by the final round")
    else:
        title = t.gettext("Recommendations")
    md += [f"### {title}", "", _inline(recs.note), ""]
    if not recs.ranked and not recs.others and not recs.eliminated:
        md += [t.gettext("No recommendations were recorded."), ""]
    for item in recs.ranked:
        md += _md_item(item, "####", t)
    if recs.ranked or recs.eliminated:
        others = t.gettext("Not put to the vote")
    else:
        others = t.gettext("Recommendations in board order")
    for heading, items in (
        (t.gettext("Not carried to the final round"), recs.eliminated),
        (others, recs.others),
    ):
        if items:
            md += [f"### {heading}", ""]
            for item in items:
                md += _md_item(item, "####", t)
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
    t = content.words
    rows = [
        [str(r.number), r.text, r.planned, r.used(t), r.difference(t), str(r.contributions)]
        for r in agenda.rows
    ]
    total = "**" + t.gettext("Total") + "**"
    rows.append(["", total, agenda.planned, agenda.used, agenda.difference(t), ""])
    header = ["#", t.gettext("Point"), t.gettext("Planned"), t.gettext("Used"), "+/–"]
    header.append(t.gettext("Contributions"))
    return [f"## {t.gettext(SECTION_TITLES['agenda'])}", "", *_md_table(header, rows)]


def _md_participation(content: ReportContent) -> list[str]:
    if content.participation is None:
        return []
    t = content.words
    md = [f"## {t.gettext(SECTION_TITLES['participation'])}", ""]
    for part in content.participation:
        md += [f"### {by_dimension(part, t)}", ""]
        md += _md_table(
            list(participation_headers(part, t)),
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
    t = content.words
    md = [f"## {t.gettext(SECTION_TITLES['participants'])}", "", people.note, ""]
    if people.rows:
        md += _md_table(
            [
                t.gettext("Name"),
                t.gettext("Organisation"),
                t.gettext("Stakeholder group"),
                t.gettext("Region"),
            ],
            [[p.name, p.organisation, p.stakeholder_group, p.region] for p in people.rows],
        )
    return md


def _md_appendix(content: ReportContent) -> list[str]:
    lines = content.appendix
    assert lines is not None
    t = content.words
    md = [f"## {t.gettext(SECTION_TITLES['appendix'])}", ""]
    if not lines:
        return [*md, "*" + t.gettext("No contributions were captured.") + "*", ""]
    if any(entry.time for entry in lines) and content.zone:
        zone = t.gettext("Times are in {zone}.").format(zone=_inline(content.zone))
        md += [f"*{zone}*", ""]
    for entry in lines:
        when = f"{entry.time} · " if entry.time else ""
        where = point_words(entry.point_number, t)
        kind = kind_word(entry.kind, t)
        md.append(f"{entry.number}. {when}{where} · {kind}: " + _line(entry))
    return [*md, ""]


def _md_disclaimer(content: ReportContent) -> list[str]:
    paragraphs = content.disclaimer or ()
    md = [f"## {content.words.gettext(SECTION_TITLES['disclaimer'])}", ""]
    for text in paragraphs:
        md += [_inline(text), ""]
    return md


def _md_item(item: RankedItem, level: str, t: Words) -> list[str]:
    prefix = f"{item.rank}. " if item.rank is not None else ""
    md = [f"{level} {prefix}{_inline(item.title)}", ""]
    if item.result:
        md += ["**" + t.gettext("Result:") + f"** {_inline(item.result)}", ""]
    if item.wording and item.wording != item.title:
        md += [_inline(item.wording), ""]
    if item.blocks:
        md += [f"**{blocked_by(item.blocks, t)}**", ""]
    if item.support:
        header = [t.gettext("Stakeholder group"), t.gettext("Support")]
        md += _md_table(header, [[g.group, g.text] for g in item.support])
    if item.support_note:
        md += [f"*{_inline(item.support_note)}*", ""]
    if item.proposals:
        md += [t.gettext("Proposals behind it:"), ""]
        for prop in item.proposals:
            tail = ", ".join(x for x in (prop.speaker, point_words(prop.point_number, t)) if x)
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
