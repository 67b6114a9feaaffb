"""The outcome report as plain data: its sections, the frozen dataclasses and their words.

:mod:`breakout.report.content` fills them from a session; the writers only lay them out.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from breakout.words import N_, Words, words_for

#: The outcome document's sections, in the order they appear: page 1 (the outcome), the
#: background, the narrative per point, the voting rounds and recommendations, the next
#: steps, the annexes and the disclaimer.
SECTIONS: tuple[str, ...] = (
    "outcome",
    "background",
    "points",
    "recommendations",
    "next_steps",
    "agenda",
    "participation",
    "participants",
    "appendix",
    "disclaimer",
)
SECTION_TITLES: dict[str, str] = {
    "outcome": N_("Outcome"),
    "background": N_("Background"),
    "points": N_("Discussion by point"),
    "recommendations": N_("Voting and recommendations"),
    "next_steps": N_("Next steps"),
    "agenda": N_("Annex: agenda and time used"),
    "participation": N_("Annex: participation"),
    "participants": N_("Annex: participants"),
    "appendix": N_("Annex: every contribution"),
    "disclaimer": N_("About this document"),
}
#: Old section names still accepted (``--sections cover,summary``): page 1 holds both.
SECTION_ALIASES: dict[str, str] = {"cover": "outcome", "summary": "outcome"}
#: In a count of people, groups smaller than this are merged (page 1 always; the
#: participation annex when anonymous).
MIN_GROUP = 3
#: Page 1 lists this many of the final round's recommendations.
TOP_RECOMMENDATIONS = 5
#: The order kinds are counted in, per point.
KIND_ORDER: tuple[str, ...] = ("proposal", "concern", "question", "comment")
SMALLER_GROUPS = N_("Smaller groups")


# -- formatting -------------------------------------------------------------------


def duration(seconds: float) -> str:
    """A length of time as minutes and seconds: "12:58", "1:02:03" past an hour."""
    total = round(max(0.0, seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def difference(seconds: float, t: Words) -> str:
    """Over or under a time-box: "+1:02", "–0:48", "on time" within 5 s.

    (An en dash, not a minus sign: the report font has no minus sign.)
    """
    if abs(seconds) < 5:
        return t.gettext("on time")
    return ("+" if seconds > 0 else "–") + duration(abs(seconds))


def starts_right_to_left(text: str) -> bool:
    """Whether the text's first letter is from a right-to-left script (Arabic, Hebrew…).

    Every writer sets a paragraph's direction from it (the Unicode bidirectional
    algorithm's rule P2 for the paragraph level).
    """
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def _number(value: float) -> str:
    """1 → "1", 1.5 → "1.5", 1.25 → "1.3" (one decimal at most)."""
    return f"{value:.0f}" if abs(value - round(value)) < 1e-9 else f"{value:.1f}"


# -- the model ------------------------------------------------------------------


@dataclass(frozen=True)
class Fact:
    """One row of a two-column table: "Contributions" — "98 (23 proposals, …)"."""

    label: str
    value: str


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class Chart:
    """A bar chart as data: one bar per category and series."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str  # "people", "%", "min": what a value counts
    note: str = ""


@dataclass(frozen=True)
class TopItem:
    """A recommendation as page 1 lists it: its place, its words and its support."""

    rank: int | None  # None when no round ranked it
    title: str
    result: str  # "14 dots (from 9 voters)"; "" when not voted on


@dataclass(frozen=True)
class Outcome:
    """Page 1: the session, who took part, its key messages and top recommendations."""

    title: str
    event: str
    venue: str
    dates: str  # the event's dates as the briefing gives them
    when: str  # the breakout's date and time with its zone, or ""
    facilitator: str  # "" when anonymous or not recorded
    rapporteur: str
    notice: str  # why names are absent, or ""
    generated: str  # "25 November 2026"
    participation: tuple[Fact, ...]  # present, by stakeholder group, gender, region
    key_messages: tuple[str, ...]  # the rapporteur's, one per line
    key_messages_note: str  # "" or why there are none
    top: tuple[TopItem, ...]
    top_note: str  # how the top items were chosen, or why there are none
    addressees: str  # to whom the recommendations are addressed, or ""


@dataclass(frozen=True)
class AgendaRow:
    number: int
    text: str
    planned_seconds: float
    used_seconds: float
    contributions: int
    started: bool

    @property
    def planned(self) -> str:
        return duration(self.planned_seconds)

    def used(self, t: Words) -> str:
        return duration(self.used_seconds) if self.started else t.gettext("not started")

    def difference(self, t: Words) -> str:
        if not self.started:
            return ""
        return difference(self.used_seconds - self.planned_seconds, t)


@dataclass(frozen=True)
class Agenda:
    rows: tuple[AgendaRow, ...]
    planned_seconds: float
    used_seconds: float

    @property
    def planned(self) -> str:
        return duration(self.planned_seconds)

    @property
    def used(self) -> str:
        return duration(self.used_seconds)

    def difference(self, t: Words) -> str:
        return difference(self.used_seconds - self.planned_seconds, t)


@dataclass(frozen=True)
class Proposal:
    """A recommendation behind a ranked item, with who proposed it (or "")."""

    text: str
    speaker: str
    point_number: int | None


@dataclass(frozen=True)
class GroupSupport:
    group: str
    value: float
    text: str  # "1.4 dots per voter"


@dataclass(frozen=True)
class RankedItem:
    """One recommendation (a ballot item, a group or a single proposal)."""

    rank: int | None  # None: not on the final ballot
    title: str
    wording: str  # the consolidated wording, when it differs from the title
    result: str  # "14 dots (from 9 voters)"; "" when not voted on
    score: float | None
    share: float | None  # 0..1 of the top score: a bar's length
    support: tuple[GroupSupport, ...]
    support_note: str
    blocks: int
    proposals: tuple[Proposal, ...]


@dataclass(frozen=True)
class Voting:
    title: str
    method: str  # "Dot voting: 5 dots each, at most 2 on one item"
    ballot: str  # "secret, at the kiosk" …
    ballots: int
    eligible: int
    turnout: str  # "19 of 20 (95%)"
    explanation: str
    order: str

    def facts(self, t: Words) -> tuple[tuple[str, str], ...]:
        """The final round as every format lists it: (label, value) rows."""
        return (
            (t.gettext("Final round"), self.title or "—"),
            (t.gettext("Method"), self.method),
            (t.gettext("Ballot"), self.ballot),
            (t.gettext("Turnout"), self.turnout),
        )


@dataclass(frozen=True)
class EarlierRound:
    """A closed round before the final one (a shortlisting dot vote, say), with its results."""

    voting: Voting
    ranked: tuple[RankedItem, ...]  # its entries in its own rank order
    note: str  # "" or why it could not be counted


@dataclass(frozen=True)
class Recommendations:
    voting: Voting | None
    note: str  # how the list is ordered
    addressees: str  # to whom the recommendations are addressed, or ""
    ranked: tuple[RankedItem, ...]
    others: tuple[RankedItem, ...]  # in no voting round at all
    chart: Chart | None
    #: Closed rounds before the final one, in the order they were closed.
    earlier: tuple[EarlierRound, ...] = ()
    #: Voted on in an earlier round but not on the final ballot, with that round's result.
    eliminated: tuple[RankedItem, ...] = ()


@dataclass(frozen=True)
class ContributionLine:
    number: int  # 1-based, in the order they were captured
    point_number: int
    kind: str
    text: str
    time: str  # "14:05"; "" in an anonymous report (no time finer than the point)
    speaker: str  # "" when unattributed, not to be named, or anonymous
    affiliation: str  # organisation of a named speaker, or ""
    #: Fields of the contribution the view lets out that no writer lays out by
    #: name (see :meth:`breakout.redaction.view.View.extras`).
    extra: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class PointNarrative:
    """A point as the rapporteur tells it: key messages, summary, and what it drew."""

    number: int
    text: str
    key_messages: tuple[str, ...]
    summary: str  # Markdown
    notes: str  # the facilitator's, only when a named report asks for them
    contributions: int
    kinds: str  # "3 proposals, 5 comments" or ""


@dataclass(frozen=True)
class ParticipationRow:
    group: str
    present: int
    turns: int
    seconds: float
    time_share: float
    turn_share: float
    presence_share: float


@dataclass(frozen=True)
class Participation:
    dimension: str  # "stakeholder_group"
    title: str  # "Stakeholder group"
    rows: tuple[ParticipationRow, ...]
    chart: Chart
    total_seconds: float
    total_turns: int
    present: int
    basis: str  # "present" or "on the roster"
    nudges: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class ParticipantRow:
    name: str
    organisation: str
    stakeholder_group: str
    region: str
    extra: tuple[tuple[str, Any], ...] = ()  # as on :class:`ContributionLine`


@dataclass(frozen=True)
class Participants:
    rows: tuple[ParticipantRow, ...]
    not_named: int  # took part but are not named (no consent, or anonymous)
    note: str


@dataclass(frozen=True)
class ReportContent:
    """Everything the outcome document shows. Sections not chosen are ``None``."""

    title: str
    subject: str
    author: str  # "" when anonymous
    anonymous: bool
    chatham_house: bool
    sections: tuple[str, ...]
    #: The language of the document's own words (one of :data:`breakout.words.LANGUAGES`).
    language: str = "en"
    #: The zone every time in the document is given in: "Europe/Lisbon, UTC+01:00".
    zone: str = ""
    outcome: Outcome | None = None
    background: str | None = None  # the briefing's Markdown
    points: tuple[PointNarrative, ...] | None = None
    recommendations: Recommendations | None = None
    next_steps: str | None = None  # Markdown, one paragraph or item per line typed
    agenda: Agenda | None = None
    participation: tuple[Participation, ...] | None = None
    participants: Participants | None = None
    appendix: tuple[ContributionLine, ...] | None = None
    disclaimer: tuple[str, ...] | None = None  # its paragraphs

    @property
    def words(self) -> Words:
        """The document's own words, in its language."""
        return words_for(self.language)
