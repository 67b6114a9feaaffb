"""The outcome report as plain data: its sections, the frozen dataclasses and their words.

:mod:`breakout.report.content` fills them from a session; the writers only lay them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: The report's sections, in the order they appear.
SECTIONS: tuple[str, ...] = (
    "cover",
    "summary",
    "agenda",
    "recommendations",
    "points",
    "participation",
    "participants",
    "appendix",
)
SECTION_TITLES: dict[str, str] = {
    "cover": "Cover",
    "summary": "Summary",
    "agenda": "Agenda",
    "recommendations": "Recommendations",
    "points": "Discussion by point",
    "participation": "Participation",
    "participants": "Participants",
    "appendix": "Appendix: every contribution",
}
#: In an anonymous report, participation groups smaller than this are merged.
MIN_GROUP = 3
#: Per point and kind, at most this many contributions (proposals: all).
MAIN_PER_KIND = 8
#: The order kinds are shown in, per point, and their headings.
KIND_ORDER: tuple[str, ...] = ("proposal", "concern", "question", "comment")
KIND_TITLES: dict[str, str] = {
    "proposal": "Proposals",
    "concern": "Concerns",
    "question": "Questions",
    "comment": "Comments",
}
SMALLER_GROUPS = "Smaller groups"


# -- formatting -------------------------------------------------------------------


def duration(seconds: float) -> str:
    """A length of time as minutes and seconds: "12:58", "1:02:03" past an hour."""
    total = round(max(0.0, seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def difference(seconds: float) -> str:
    """Over or under a time-box: "+1:02", "–0:48", "on time" within 5 s.

    (An en dash, not a minus sign: the report font has no minus sign.)
    """
    if abs(seconds) < 5:
        return "on time"
    return ("+" if seconds > 0 else "–") + duration(abs(seconds))


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    return f"{n} {noun if n == 1 else (nouns or noun + 's')}"


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
class Cover:
    title: str
    event: str
    venue: str
    dates: str
    facilitator: str  # "" when anonymous or not recorded
    rapporteur: str
    background: str
    notice: str  # why names are absent, or ""
    generated: str  # "25 November 2026"


@dataclass(frozen=True)
class Summary:
    facts: tuple[Fact, ...]
    chart: Chart | None


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

    @property
    def used(self) -> str:
        return duration(self.used_seconds) if self.started else "not started"

    @property
    def difference(self) -> str:
        if not self.started:
            return ""
        return difference(self.used_seconds - self.planned_seconds)


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

    @property
    def difference(self) -> str:
        return difference(self.used_seconds - self.planned_seconds)


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
class KindGroup:
    kind: str
    title: str
    lines: tuple[ContributionLine, ...]
    more: int  # how many more of this kind the appendix holds


@dataclass(frozen=True)
class PointNotes:
    number: int
    text: str
    notes: str
    groups: tuple[KindGroup, ...]
    total: int


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
    """Everything a report shows. Sections not chosen are ``None``."""

    title: str
    subject: str
    author: str  # "" when anonymous
    anonymous: bool
    chatham_house: bool
    sections: tuple[str, ...]
    cover: Cover | None = None
    summary: Summary | None = None
    agenda: Agenda | None = None
    recommendations: Recommendations | None = None
    points: tuple[PointNotes, ...] | None = None
    participation: tuple[Participation, ...] | None = None
    participants: Participants | None = None
    appendix: tuple[ContributionLine, ...] | None = None
