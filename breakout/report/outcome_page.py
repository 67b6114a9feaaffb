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
from breakout.report.model import TOP_RECOMMENDATIONS, Fact, Recommendations, TopItem, plural
from breakout.report.wording import _counted
from breakout.when import local_time, span_text, zone_label

Runs = Sequence[tuple[float, float | None]]

NO_KEY_MESSAGES = "The rapporteur has not written key messages for this session."

DISCLAIMER = (
    "This document is the rapporteur's account of the session. It is not a transcript: it is "
    "necessarily selective, and the words of the key messages, summaries and next steps are "
    "the rapporteur's. Participants speak for themselves; nothing here commits any participant, "
    "or the organisation they work for, to a position.",
    "The contributions in the annex are as they were captured during the session, in short "
    "form, and the voting results are those of the rounds held in the room.",
)
CHATHAM_HOUSE = (
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


def when_text(span: tuple[float, float | None] | None, zone: str) -> str:
    """ "Wednesday 8 October 2025, 14:00–15:30 (America/Santiago, UTC-03:00)" or ""."""
    if span is None:
        return ""
    return span_text(span[0], span[1], zone)


def zone_text(span: tuple[float, float | None] | None, zone: str, now: float) -> str:
    """How the document names the zone its times are in."""
    at = span[0] if span is not None else now
    return zone_label(local_time(at, zone), zone)


def participation_facts(
    present: Sequence[Participant], roster: int, checked_in: bool, *, anonymous: bool
) -> tuple[Fact, ...]:
    """Who took part, in a few lines: small groups merged into "Smaller groups"."""
    if checked_in:
        who = f"{len(present)} present of {roster} on the roster"
    else:
        who = plural(roster, "person", "people") + " on the roster (nobody was checked in)"
    return (
        Fact("Participants", who),
        Fact("Stakeholder groups", _counted(present, "stakeholder_group", True, private=anonymous)),
        Fact("Gender", _counted(present, "gender", True, private=anonymous)),
        Fact("Regions", _counted(present, "region", True, private=anonymous)),
    )


def key_messages(text: str) -> tuple[tuple[str, ...], str]:
    """The key messages as lines, and the note to print when there are none."""
    lines = tuple(key_message_lines(text))
    return lines, "" if lines else NO_KEY_MESSAGES


def top_items(recs: Recommendations) -> tuple[tuple[TopItem, ...], str]:
    """The final ranking's first five with their support, and how they were chosen."""
    if recs.voting is not None and recs.ranked:
        items = recs.ranked[:TOP_RECOMMENDATIONS]
        title = f" ({recs.voting.title})" if recs.voting.title else ""
        if recs.earlier:
            names = "; ".join(r.voting.title for r in recs.earlier if r.voting.title)
            count = plural(len(recs.earlier), "earlier round")
            title += f", after {count}" + (f" ({names})" if names else "")
        note = (
            f"The {plural(len(items), 'recommendation')} ranked highest in the final vote"
            f"{title}: {recs.voting.method.split(':')[0].lower()}, "
            f"turnout {recs.voting.turnout}."
        )
        if len(recs.ranked) > len(items):
            note += f" All {len(recs.ranked)} are in the section on recommendations."
        return tuple(TopItem(i.rank, i.title, i.result) for i in items), note
    others = recs.others[:TOP_RECOMMENDATIONS]
    if not others:
        return (), "No recommendations were recorded."
    note = (
        "No vote ranked the recommendations; these are the first "
        f"{plural(len(others), 'recommendation')} in board order."
    )
    return tuple(TopItem(None, i.title, "") for i in others), note


def next_steps_markdown(text: str) -> str:
    """The next steps as Markdown in which every line typed is its own paragraph or item."""
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    return "\n\n".join(lines)


def disclaimer(chatham_house: bool) -> tuple[str, ...]:
    return (*DISCLAIMER, CHATHAM_HOUSE) if chatham_house else DISCLAIMER


def kinds_text(counts: Mapping[str, int]) -> str:
    """ "3 proposals, 5 comments" for a point's contributions (in the order given)."""
    return ", ".join(plural(n, kind) for kind, n in counts.items() if n)
