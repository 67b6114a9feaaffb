"""The outcome report as plain data: what every export says, read once from a session.

:func:`build_content` reads the session (on the caller's thread: it uses the
SQLite connection) and returns a :class:`ReportContent` — frozen dataclasses
of strings and numbers, nothing else. The PDF, Markdown and CSV writers only
lay that out, so they can run on any thread and can never show more than the
content holds.

What a report may show is decided here, once
---------------------------------------------
:func:`session_disclosure` reads who may be named, which contributions are
private and whether notes go in, into a :class:`~breakout.redaction.Disclosure`
— the same one the JSON export uses — and every free text (contributions,
recommendations, group labels and wordings, ballot items, points, the title,
venue and background, the facilitator's notes) goes through its redactor
(:mod:`breakout.redaction`: names in any case or accent form, short names,
titles, other scripts).

Every report:

* leaves out contributions marked private, and board items that come only
  from them;
* leaves out the facilitator's prompt notes, unless a named report is asked
  to include them (``include_notes``), and then with the same names withheld.

A *named* report names a participant (on their contributions, their
proposals and in the participants list) only when they agreed to be named
(``may_be_named``); anyone else is named nowhere — not as a speaker, not in
anyone's words (:data:`WITHHELD`), and neither is their organisation next to
their name.

A report is *anonymous* when the caller asks for it or when the session runs
under the Chatham House Rule. It names no one and attributes nothing:

* no speaker, organisation or consent on any contribution or proposal, and no
  participants section; no facilitator or rapporteur on the cover, and no
  author in the metadata;
* no name of anyone and no roster organisation in any free text;
* no time finer than the point: contributions carry none;
* in every count of people (summary and participation), groups of fewer than
  :data:`MIN_GROUP` people are merged into one row, "Smaller groups", so no
  one person's speaking time can be read off (if the merged row would still
  hold fewer than three people, the next smallest group joins it).

Support by stakeholder group comes from :func:`breakout.tally.tally_round`,
which already hides groups of fewer than three voters (and is absent for a
secret ballot).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from breakout import voting
from breakout.balance import DIMENSION_TITLES, DIMENSIONS, Balance, balances, percent
from breakout.clock import point_elapsed
from breakout.errors import BreakoutError
from breakout.interchange import export_session
from breakout.model import Contribution, Participant, Recommendation, Round
from breakout.redaction import WITHHELD as WITHHELD
from breakout.redaction import Disclosure, Person
from breakout.redaction.view import View
from breakout.session import Session
from breakout.tally import RoundResult, tally_round

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
class Recommendations:
    voting: Voting | None
    note: str  # how the list is ordered
    ranked: tuple[RankedItem, ...]
    others: tuple[RankedItem, ...]  # not on the final ballot
    chart: Chart | None


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


# -- building -------------------------------------------------------------------------


def session_disclosure(
    session: Session, *, anonymous: bool, include_notes: bool = False
) -> Disclosure:
    """What an export of this session may show (module docstring); the JSON uses it too."""
    info = session.info()
    private = {c.id for c in session.contributions() if c.private}
    private_recs = set()
    if private:
        for rec in session.board.recommendations():
            sources = session.board.recommendation_sources(rec.id)
            if sources and all(s in private for s in sources):
                private_recs.add(rec.id)
    return Disclosure.build(
        [(p.id, Person(p.name, p.organisation, p.may_be_named)) for p in session.participants()],
        staff=[info.facilitator, info.rapporteur],
        anonymous=anonymous,
        include_notes=include_notes,
        chatham_house=info.chatham_house,
        private=private,
        private_recommendations=private_recs,
    )


def build_content(
    session: Session,
    *,
    anonymous: bool = False,
    sections: Iterable[str] | None = None,
    now: float | None = None,
    include_notes: bool = False,
) -> ReportContent:
    """Read the session into a report (see the module docstring for what it may show).

    ``sections`` picks some of :data:`SECTIONS` (all when ``None``); an unknown
    name is refused. ``now`` (default: the session's clock) is when running
    clocks stop for the agenda and the participation figures.
    ``include_notes`` puts the facilitator's notes in a named report (refused
    for an anonymous one).
    """
    chosen = check_sections(sections)
    info = session.info()
    at = session.clock() if now is None else now
    disclosure = session_disclosure(session, anonymous=anonymous, include_notes=include_notes)
    anon = disclosure.anonymous
    people = session.participants()
    redact = disclosure.redact
    reader = _Reader(session, people, disclosure)
    title = redact(info.title) or "Breakout session"
    subject_bits = [redact(info.event), redact(info.venue), redact(info.dates)]
    subject = "Outcome report" + "".join(f" — {b}" for b in subject_bits if b)
    content: dict[str, Any] = {}
    if "cover" in chosen:
        content["cover"] = reader.cover(info, title)
    if "summary" in chosen:
        content["summary"] = reader.summary()
    if "agenda" in chosen:
        content["agenda"] = reader.agenda(at)
    if "recommendations" in chosen:
        content["recommendations"] = reader.recommendations()
    if "points" in chosen:
        content["points"] = reader.points_notes()
    if "participation" in chosen:
        content["participation"] = reader.participation(at)
    if "participants" in chosen:
        content["participants"] = reader.participants_list()
    if "appendix" in chosen:
        content["appendix"] = tuple(reader.lines)
    return ReportContent(
        title=title,
        subject=subject,
        author="" if anon else (info.rapporteur or info.facilitator),
        anonymous=anon,
        chatham_house=info.chatham_house,
        sections=chosen,
        **content,
    )


def check_sections(sections: Iterable[str] | None) -> tuple[str, ...]:
    """The chosen sections in report order; refuses unknown names and an empty choice."""
    if sections is None:
        return SECTIONS
    wanted = {s.strip().lower() for s in sections if s.strip()}
    unknown = wanted - set(SECTIONS)
    if unknown:
        raise BreakoutError(
            f"unknown report section(s) {', '.join(sorted(unknown))}; "
            f"choose from {', '.join(SECTIONS)}"
        )
    if not wanted:
        raise BreakoutError(f"choose at least one report section: {', '.join(SECTIONS)}")
    return tuple(s for s in SECTIONS if s in wanted)


class _Reader:
    """Reads the session once and shapes each section."""

    def __init__(
        self, session: Session, people: Sequence[Participant], disclosure: Disclosure
    ) -> None:
        self.session = session
        self.people = {p.id: p for p in people}
        self.presence = session.presence()
        self.disclosure = disclosure
        self.redact = disclosure.redact
        self.anon = disclosure.anonymous
        self.points = session.points()
        self.point_number = {p.id: n for n, p in enumerate(self.points, 1)}
        self.contributions: list[Contribution] = [
            c for c in session.contributions() if c.id not in disclosure.private
        ]
        self.view = View(export_session(session), disclosure)
        self.lines = [self.line(n, c) for n, c in enumerate(self.contributions, 1)]
        self.recs: list[Recommendation] = [
            r
            for r in session.board.recommendations(include_inactive=False)
            if r.id not in disclosure.private_recommendations
        ]
        self.rounds: list[Round] = session.voting.rounds()

    def line(self, number: int, contribution: Contribution) -> ContributionLine:
        """A contribution as the view shows it (text redacted, speaker only if named)."""
        shown = self.view.record("contributions", dataclasses.asdict(contribution))
        return ContributionLine(
            number=number,
            point_number=self.point_number.get(contribution.point, 0),
            kind=shown["kind"],
            text=shown["text"],
            time="" if self.anon else time.strftime("%H:%M", time.localtime(shown["created_at"])),
            speaker=self.speaker(shown["participant"]),
            affiliation=self.affiliation(shown["participant"]),
            extra=self.view.extras("contributions", shown, _LINE_FIELDS),
        )

    # -- who -----------------------------------------------------------------------

    def nameable(self, participant: int | None) -> Participant | None:
        if not self.disclosure.names(participant):
            return None
        return self.people.get(participant) if participant is not None else None

    def speaker(self, participant: int | None) -> str:
        person = self.nameable(participant)
        return person.name if person else ""

    def affiliation(self, participant: int | None) -> str:
        person = self.nameable(participant)
        return person.organisation if person else ""

    def present(self) -> list[Participant]:
        """Who counts as present (see :mod:`breakout.presence`)."""
        return [p for p in self.people.values() if p.id in self.presence.ids]

    # -- sections --------------------------------------------------------------------

    def cover(self, info: Any, title: str) -> Cover:
        r = self.redact
        if self.anon:
            notice = (
                "This report follows the Chatham House Rule: what was said is reported, "
                "but not who said it. It names no one."
                if info.chatham_house
                else "Anonymous report: it names no one and attributes nothing to anyone."
            )
        else:
            notice = ""
        return Cover(
            title=title,
            event=r(info.event),
            venue=r(info.venue),
            dates=r(info.dates),
            facilitator="" if self.anon else info.facilitator,
            rapporteur="" if self.anon else info.rapporteur,
            background=r(info.background),
            notice=notice,
            generated=_date_words(time.time()),
        )

    def summary(self) -> Summary:
        present = self.present()
        roster = len(self.people)
        facts = [
            Fact(
                "Participants",
                f"{len(present)} present of {roster} on the roster"
                if self.presence.basis == "checked_in"
                else plural(roster, "person", "people") + " on the roster",
            ),
            Fact("By stakeholder group", _counted(present, "stakeholder_group", self.anon)),
            Fact("By region", _counted(present, "region", self.anon)),
        ]
        kinds = Counter(c.kind for c in self.contributions)
        facts.append(
            Fact(
                "Contributions",
                f"{len(self.contributions)}"
                + _breakdown([plural(kinds[k], k) for k in KIND_ORDER if kinds[k]]),
            )
        )
        facts.append(Fact("Proposals", str(kinds["proposal"])))
        clusters = self.session.board.clusters()
        facts.append(
            Fact(
                "Recommendations",
                f"{len(self.recs)}"
                + (f", in {plural(len(clusters), 'group')}" if clusters else ""),
            )
        )
        final = self.final
        if final is None:
            facts.append(Fact("Voting", "no voting round was closed"))
        else:
            rnd, result, _ = final
            facts.append(Fact("Voting method", _method_words(rnd)))
            if result is not None:
                facts.append(
                    Fact("Turnout", _turnout(result.ballots, result.eligible, result.turnout))
                )
        ordered = _counts(present, "stakeholder_group", self.anon)
        chart = (
            Chart(
                title="Participants by stakeholder group",
                categories=tuple(g for g, _ in ordered),
                series=(Series("People", tuple(float(n) for _, n in ordered)),),
                unit="people",
            )
            if ordered
            else None
        )
        return Summary(facts=tuple(facts), chart=chart)

    def agenda(self, now: float) -> Agenda:
        counts = Counter(c.point for c in self.contributions)
        rows = []
        for number, point in enumerate(self.points, 1):
            runs = self.session.point_runs(point.id)
            rows.append(
                AgendaRow(
                    number=number,
                    text=self.redact(point.text),
                    planned_seconds=point.minutes * 60.0,
                    used_seconds=point_elapsed(runs, now),
                    contributions=counts.get(point.id, 0),
                    started=bool(runs),
                )
            )
        return Agenda(
            rows=tuple(rows),
            planned_seconds=sum(r.planned_seconds for r in rows),
            used_seconds=sum(r.used_seconds for r in rows),
        )

    # -- recommendations ---------------------------------------------------------------

    @functools.cached_property
    def final(self) -> tuple[Round, RoundResult | None, str] | None:
        """The last closed round, its result, and why it could not be counted (or "")."""
        closed = [r for r in self.rounds if r.state == "closed"]
        if not closed:
            return None
        rnd = max(closed, key=lambda r: (r.closed_at or 0.0, r.position, r.id))
        try:
            return rnd, tally_round(self.session, rnd.id), ""
        except BreakoutError as exc:
            return rnd, None, str(exc)

    def proposals_for(self, recs: Iterable[Recommendation]) -> tuple[Proposal, ...]:
        return tuple(
            Proposal(
                text=self.redact(r.text),
                speaker=self.speaker(r.participant),
                point_number=self.point_number.get(r.point) if r.point is not None else None,
            )
            for r in recs
        )

    def recommendations(self) -> Recommendations:
        clusters = self.session.board.clusters()
        by_cluster: dict[int, list[Recommendation]] = {}
        for rec in self.recs:
            if rec.cluster is not None:
                by_cluster.setdefault(rec.cluster, []).append(rec)
        rec_by_id = {r.id: r for r in self.recs}
        cluster_by_id = {c.id: c for c in clusters}
        r = self.redact

        def group_item(cluster_id: int, **extra: Any) -> RankedItem:
            cluster = cluster_by_id[cluster_id]
            members = by_cluster.get(cluster_id, [])
            title = r(cluster.label) or (r(members[0].text) if members else "Group")
            return RankedItem(
                title=extra.pop("title", title),
                wording=r(cluster.wording),
                proposals=self.proposals_for(members),
                **_unvoted(extra),
            )

        def single_item(rec: Recommendation, **extra: Any) -> RankedItem:
            return RankedItem(
                title=extra.pop("title", r(rec.text)),
                wording="",
                proposals=self.proposals_for([rec]),
                **_unvoted(extra),
            )

        final = self.final
        ranked: list[RankedItem] = []
        voted_clusters: set[int] = set()
        voted_recs: set[int] = set()
        voting_facts: Voting | None = None
        chart: Chart | None = None
        rnd, result, why = final if final is not None else (None, None, "")
        if rnd is None:
            note = "No voting round was closed: the recommendations appear in board order."
        elif result is None:
            note = (
                f"The last voting round could not be counted ({why}); "
                "the recommendations appear in board order."
            )
        else:
            items = {i.id: i for i in self.session.voting.round_items(rnd.id)}
            counter = voting.method(rnd.method)
            voting_facts = Voting(
                title=r(rnd.title),
                method=_method_words(rnd),
                ballot=_ballot_words(rnd, bool(self.session.voting.hand_tallies(rnd.id))),
                ballots=result.ballots,
                eligible=result.eligible,
                turnout=_turnout(result.ballots, result.eligible, result.turnout),
                explanation=result.explanation,
                order=r(result.order_note),
            )
            note = "The recommendations are ranked by the final voting round."
            for entry in result.items:
                item = items.get(entry.item)
                support, support_note = _support(rnd, result, entry.item)
                extra = {
                    "rank": entry.rank,
                    "result": counter.result_words(entry),
                    "score": entry.score,
                    "share": entry.share,
                    "support": support,
                    "support_note": support_note,
                    "blocks": int(entry.detail.get("blocks", 0) or 0),
                    "title": r(entry.label),
                }
                if item is not None and item.cluster in cluster_by_id:
                    voted_clusters.add(item.cluster)
                    ranked.append(group_item(item.cluster, **extra))
                elif item is not None and item.recommendation in rec_by_id:
                    voted_recs.add(item.recommendation)
                    ranked.append(single_item(rec_by_id[item.recommendation], **extra))
                else:
                    ranked.append(RankedItem(wording="", proposals=(), **_unvoted(extra)))
            chart = Chart(
                title="Result of the final round",
                categories=tuple(f"{i.rank}. {i.title}" for i in ranked),
                series=(Series(counter.score_name, tuple(i.score or 0.0 for i in ranked)),),
                unit=counter.score_name.lower(),
            )
        others = [
            group_item(c.id)
            for c in clusters
            if c.id not in voted_clusters and by_cluster.get(c.id)
        ]
        others += [
            single_item(rec)
            for rec in self.recs
            if rec.cluster is None and rec.id not in voted_recs
        ]
        return Recommendations(
            voting=voting_facts,
            note=note,
            ranked=tuple(ranked),
            others=tuple(others),
            chart=chart,
        )

    # -- per point ---------------------------------------------------------------------

    def points_notes(self) -> tuple[PointNotes, ...]:
        by_point: dict[int, list[ContributionLine]] = {}
        for line in self.lines:
            by_point.setdefault(line.point_number, []).append(line)
        notes = []
        for number, point in enumerate(self.points, 1):
            lines = by_point.get(number, [])
            groups = []
            for kind in KIND_ORDER:
                of_kind = [line for line in lines if line.kind == kind]
                if not of_kind:
                    continue
                limit = len(of_kind) if kind == "proposal" else MAIN_PER_KIND
                groups.append(
                    KindGroup(
                        kind=kind,
                        title=KIND_TITLES[kind],
                        lines=tuple(of_kind[:limit]),
                        more=max(0, len(of_kind) - limit),
                    )
                )
            notes.append(
                PointNotes(
                    number=number,
                    text=self.redact(point.text),
                    notes=self.redact(point.notes) if self.disclosure.include_notes else "",
                    groups=tuple(groups),
                    total=len(lines),
                )
            )
        return tuple(notes)

    # -- participation -------------------------------------------------------------------

    def participation(self, now: float) -> tuple[Participation, ...]:
        found = balances(self.session, now=now)
        return tuple(self._participation(found[dim]) for dim in DIMENSIONS)

    def _participation(self, bal: Balance) -> Participation:
        rows = [
            ParticipationRow(
                group=s.group,
                present=s.present,
                turns=s.turns,
                seconds=s.speaking_seconds,
                time_share=s.time_share,
                turn_share=s.turns / bal.total_turns if bal.total_turns else 0.0,
                presence_share=s.presence_share,
            )
            for s in bal.rows
        ]
        note = ""
        if self.anon:
            rows, merged = _merge_small(rows)
            if merged:
                note = (
                    f"{SMALLER_GROUPS} puts together {plural(merged, 'group')} of fewer than "
                    f"{MIN_GROUP} people, so that no one person's speaking time shows."
                )
        title = DIMENSION_TITLES[bal.dimension]
        chart = Chart(
            title=f"Speaking by {title.lower()}",
            categories=tuple(row.group for row in rows),
            series=(
                Series("Speaking time", tuple(100 * row.time_share for row in rows)),
                Series("Turns", tuple(100 * row.turn_share for row in rows)),
                Series("People present", tuple(100 * row.presence_share for row in rows)),
            ),
            unit="%",
        )
        return Participation(
            dimension=bal.dimension,
            title=title,
            rows=tuple(rows),
            chart=chart,
            total_seconds=bal.total_seconds,
            total_turns=bal.total_turns,
            present=bal.present,
            basis="present" if bal.presence_basis == "checked_in" else "on the roster",
            nudges=() if self.anon else bal.nudges,
            note=note,
        )

    # -- participants ----------------------------------------------------------------------

    def participants_list(self) -> Participants:
        everyone = sorted(self.people.values(), key=lambda p: (p.name.casefold(), p.id))
        if self.anon:
            return Participants(
                rows=(),
                not_named=len(everyone),
                note="Participants are not named in this report.",
            )
        named = [p for p in everyone if p.may_be_named]
        rest = len(everyone) - len(named)
        note = (
            f"Only people who agreed to be named are listed; {plural(rest, 'other')} took part."
            if rest
            else "Everyone agreed to be named."
        )
        return Participants(
            rows=tuple(self.participant_row(p) for p in named),
            not_named=rest,
            note=note,
        )

    def participant_row(self, person: Participant) -> ParticipantRow:
        shown = self.view.record("participants", dataclasses.asdict(person))
        return ParticipantRow(
            name=shown["name"],
            organisation=shown["organisation"],
            stakeholder_group=shown["stakeholder_group"],
            region=shown["region"],
            extra=self.view.extras("participants", shown, _PARTICIPANT_FIELDS),
        )


# -- helpers -------------------------------------------------------------------------------

#: Fields of a contribution and a participant that the writers lay out by name
#: (or that say who, when or whether, which the writers take from elsewhere).
_LINE_FIELDS = frozenset(
    {"id", "point", "participant", "kind", "text", "private", "created_at", "updated_at"}
)
_PARTICIPANT_FIELDS = frozenset(
    {"id", "name", "organisation", "stakeholder_group", "region", "gender", "may_be_named"}
    | {"checked_in_at", "voting_code"}
)


def _unvoted(extra: Mapping[str, Any]) -> dict[str, Any]:
    base: dict[str, Any] = {
        "rank": None,
        "result": "",
        "score": None,
        "share": None,
        "support": (),
        "support_note": "",
        "blocks": 0,
    }
    base.update(extra)
    return base


def _value(text: str) -> str:
    clean = " ".join(text.split())
    return clean or "Not recorded"


def _counts(people: Sequence[Participant], attr: str, merge: bool) -> list[tuple[str, int]]:
    """People per value of ``attr``, most first; small groups merged when ``merge``."""
    counts = Counter(_value(getattr(p, attr)) for p in people)
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
    if not merge:
        return ordered
    small = [kv for kv in ordered if kv[1] < MIN_GROUP]
    if not small:
        return ordered
    big = [kv for kv in ordered if kv[1] >= MIN_GROUP]
    while sum(n for _, n in small) < MIN_GROUP and big:
        small.append(big.pop())  # the smallest of the others joins
    if len(small) == 1 and not big:
        return ordered  # one group only: there is nothing to merge it with
    return [*big, (SMALLER_GROUPS, sum(n for _, n in small))]


def _counted(people: Sequence[Participant], attr: str, merge: bool = False) -> str:
    ordered = _counts(people, attr, merge)
    if not ordered:
        return "none"
    return ", ".join(f"{name} {n}" for name, n in ordered)


def _breakdown(parts: Sequence[str]) -> str:
    return f" ({', '.join(parts)})" if parts else ""


def _turnout(ballots: int, eligible: int, turnout: float) -> str:
    if not eligible:
        return plural(ballots, "ballot")
    return f"{ballots} of {eligible} ({percent(turnout)}%)"


def _method_words(rnd: Round) -> str:
    found = voting.METHODS.get(rnd.method)
    if found is None:
        return rnd.method
    return f"{found.title}: {found.rules(json.loads(rnd.settings or '{}'))}"


def _ballot_words(rnd: Round, hands: bool) -> str:
    how = "Secret ballot at the kiosk" if rnd.secret else "Named ballot at the kiosk"
    return how + (", with hand counts" if hands else "")


def _support(rnd: Round, result: RoundResult, item: int) -> tuple[tuple[GroupSupport, ...], str]:
    if result.by_group is None:
        return (), "Support by stakeholder group is not shown: the vote was secret."
    cells = []
    for group, values in result.by_group.items():
        if item not in values:
            continue
        value = values[item]
        text = voting.method(rnd.method).support_words(value)
        cells.append(GroupSupport(group=group, value=value, text=text))
    note = ""
    if result.hidden_groups:
        note = (
            f"Not shown, to keep votes private: {', '.join(result.hidden_groups)} "
            f"(fewer than 3 voters, or enough to work them out)."
        )
    elif not cells:
        note = "No named ballots to show support by stakeholder group."
    return tuple(cells), note


def _merge_small(rows: list[ParticipationRow]) -> tuple[list[ParticipationRow], int]:
    """Merge groups under MIN_GROUP present into one row (anonymous reports)."""
    small = [r for r in rows if r.present < MIN_GROUP]
    if not small:
        return rows, 0
    big = sorted((r for r in rows if r.present >= MIN_GROUP), key=lambda r: r.present)
    while sum(r.present for r in small) < MIN_GROUP and big:
        small.append(big.pop(0))
    if len(small) == 1 and not big:
        return rows, 0
    keep = [r for r in rows if r not in small]
    merged = ParticipationRow(
        group=SMALLER_GROUPS,
        present=sum(r.present for r in small),
        turns=sum(r.turns for r in small),
        seconds=sum(r.seconds for r in small),
        time_share=sum(r.time_share for r in small),
        turn_share=sum(r.turn_share for r in small),
        presence_share=sum(r.presence_share for r in small),
    )
    return [*keep, merged], len(small)


def _date_words(at: float) -> str:
    tm = time.localtime(at)
    return f"{tm.tm_mday} {time.strftime('%B %Y', tm)}"


def all_text(value: Any) -> list[str]:
    """Every string inside a content value (for tests and checks of anonymity)."""
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, Mapping):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)
        elif hasattr(item, "__dataclass_fields__"):
            stack.extend(getattr(item, name) for name in item.__dataclass_fields__)
    return found
