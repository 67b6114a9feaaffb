"""What page 1 of the outcome document says, and the other texts the rapporteur wrote.

Page 1 is the outcome: a reader who stops there has it. It gives the
session, when the breakout ran (with its time zone: see :mod:`breakout.when`),
who facilitated and reported, who took part in compact counts (small groups
always merged, as :data:`~breakout.report.model.MIN_GROUP` says), the
rapporteur's key messages — never invented: when there are none the page says
so — and the top of the final ranking with its support.

Every text here has been through the export's redactor before it arrives.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from breakout.model import Participant, SessionInfo
from breakout.outcome import key_message_lines
from breakout.report.model import TOP_RECOMMENDATIONS, Fact, Recommendations, TopItem
from breakout.report.wording import _counted, kind_count
from breakout.when import local_time, zone_label
from breakout.words import N_, Words

Runs = Sequence[tuple[float, float | None]]

NO_KEY_MESSAGES = N_("The rapporteur has not written key messages for this session.")

DISCLAIMER = (
    N_(
        "This document is the rapporteur's account of the session. It is not a transcript: it "
        "is necessarily selective, and the words of the key messages, summaries and next steps "
        "are the rapporteur's. Participants speak for themselves; nothing here commits any "
        "participant, or the organisation they work for, to a position."
    ),
    N_(
        "The contributions in the annex are as they were captured during the session, in short "
        "form, and the voting results are those of the rounds held in the room."
    ),
)
CHATHAM_HOUSE = N_(
    "The session was held under the Chatham House Rule: what was said may be reported, but "
    "neither the identity nor the affiliation of any speaker or participant. This document "
    "names no one."
)


def breakout_span(info: SessionInfo, runs: Runs, now: float) -> tuple[float, float | None] | None:
    """When the breakout ran: from its set start (or its first run) to its last run's end."""
    ends = [end if end is not None else now for _, end in runs]
    start = info.starts_at
    if start is None:
        start = min((begin for begin, _ in runs), default=None)
    if start is None:
        return None
    end = max(ends, default=None)
    return start, end if end is not None and end > start else None


def when_text(span: tuple[float, float | None] | None, zone: str, t: Words) -> str:
    """ "Wednesday 8 October 2025, 14:00–15:30 (America/Santiago, UTC-03:00)" or ""."""
    if span is None:
        return ""
    first = local_time(span[0], zone)
    # Translators: a date and a time of day, e.g. "Thursday 19 November 2026, 10:00".
    at = t.gettext("{date}, {time}")
    text = at.format(date=t.date(first.date(), weekday=True), time=f"{first:%H:%M}")
    end = span[1]
    if end is not None and end > span[0]:
        last = local_time(end, zone)
        if last.date() == first.date():
            text += f"–{last:%H:%M}"
        else:
            text += " – " + at.format(date=t.date(last.date(), weekday=True), time=f"{last:%H:%M}")
    return f"{text} ({zone_label(first, zone)})"


def notice(anonymous: bool, chatham_house: bool, t: Words) -> str:
    """Why page 1 names no one, or ""."""
    if not anonymous:
        return ""
    if chatham_house:
        return t.gettext(
            "This report follows the Chatham House Rule: what was said is reported, "
            "but not who said it. It names no one."
        )
    return t.gettext("Anonymous report: it names no one and attributes nothing to anyone.")


def zone_text(span: tuple[float, float | None] | None, zone: str, now: float) -> str:
    """How the document names the zone its times are in."""
    at = span[0] if span is not None else now
    return zone_label(local_time(at, zone), zone)


def participation_facts(
    present: Sequence[Participant], roster: int, checked_in: bool, t: Words, *, anonymous: bool
) -> tuple[Fact, ...]:
    """Who took part, in a few lines: small groups merged into "Smaller groups"."""
    if checked_in:
        who = t.ngettext(
            "%(present)d present of %(n)d on the roster",
            "%(present)d present of %(n)d on the roster",
            roster,
            present=len(present),
        )
    else:
        who = t.ngettext(
            "%(n)d person on the roster (nobody was checked in)",
            "%(n)d people on the roster (nobody was checked in)",
            roster,
        )
    return (
        Fact(t.gettext("Participants"), who),
        Fact(
            t.gettext("Stakeholder groups"),
            _counted(present, "stakeholder_group", t, True, private=anonymous),
        ),
        Fact(t.gettext("Gender"), _counted(present, "gender", t, True, private=anonymous)),
        Fact(t.gettext("Regions"), _counted(present, "region", t, True, private=anonymous)),
    )


def key_messages(text: str, t: Words) -> tuple[tuple[str, ...], str]:
    """The key messages as lines, and the note to print when there are none."""
    lines = tuple(key_message_lines(text))
    return lines, "" if lines else t.gettext(NO_KEY_MESSAGES)


def top_items(recs: Recommendations, t: Words) -> tuple[tuple[TopItem, ...], str]:
    """The final ranking's first five with their support, and how they were chosen."""
    if recs.voting is not None and recs.ranked:
        items = recs.ranked[:TOP_RECOMMENDATIONS]
        title = f" ({recs.voting.title})" if recs.voting.title else ""
        if recs.earlier:
            names = "; ".join(r.voting.title for r in recs.earlier if r.voting.title)
            title += t.ngettext(
                ", after %(n)d earlier round", ", after %(n)d earlier rounds", len(recs.earlier)
            ) + (f" ({names})" if names else "")
        note = t.ngettext(
            "The recommendation ranked highest in the final vote%(round)s: %(method)s, "
            "turnout %(turnout)s.",
            "The %(n)d recommendations ranked highest in the final vote%(round)s: %(method)s, "
            "turnout %(turnout)s.",
            len(items),
            round=title,
            method=recs.voting.method.split(":")[0].lower(),
            turnout=recs.voting.turnout,
        )
        if len(recs.ranked) > len(items):
            note += " " + t.ngettext(
                "All %(n)d are in the section on recommendations.",
                "All %(n)d are in the section on recommendations.",
                len(recs.ranked),
            )
        return tuple(TopItem(i.rank, i.title, i.result) for i in items), note
    others = recs.others[:TOP_RECOMMENDATIONS]
    if not others:
        return (), t.gettext("No recommendations were recorded.")
    note = t.ngettext(
        "No vote ranked the recommendations; this is the first recommendation in board order.",
        "No vote ranked the recommendations; these are the first %(n)d recommendations "
        "in board order.",
        len(others),
    )
    return tuple(TopItem(None, i.title, "") for i in others), note


def next_steps_markdown(text: str) -> str:
    """The next steps as Markdown in which every line typed is its own paragraph or item."""
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    return "\n\n".join(lines)


def disclaimer(chatham_house: bool, t: Words) -> tuple[str, ...]:
    paragraphs = (*DISCLAIMER, CHATHAM_HOUSE) if chatham_house else DISCLAIMER
    return tuple(t.gettext(text) for text in paragraphs)


def kinds_text(counts: Mapping[str, int], t: Words) -> str:
    """ "3 proposals, 5 comments" for a point's contributions (in the order given)."""
    return ", ".join(kind_count(kind, n, t) for kind, n in counts.items() if n)
