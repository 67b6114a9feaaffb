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
venue and background, the facilitator's notes, and everything the rapporteur
wrote: key messages, summaries, next steps, addressees) goes through its redactor
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
  participants section; no facilitator or rapporteur on page 1, and no
  author in the metadata;
* no name of anyone and no roster organisation in any free text;
* no time finer than the point: contributions carry none;
* in every count of people (page 1 and participation), groups of fewer than
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
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from breakout import vote_words
from breakout.balance import DIMENSIONS, Balance, balances
from breakout.clock import point_elapsed
from breakout.errors import BreakoutError
from breakout.interchange import export_session
from breakout.model import (
    Cluster,
    Contribution,
    Participant,
    Recommendation,
    Round,
    RoundItem,
    SessionInfo,
)
from breakout.outcome import key_message_lines
from breakout.redaction import WITHHELD as WITHHELD
from breakout.redaction import Disclosure, Person
from breakout.redaction.view import View
from breakout.report import outcome_page
from breakout.report.attendance import participants_section
from breakout.report.model import (
    KIND_ORDER,
    SECTION_ALIASES,
    SECTIONS,
    Agenda,
    AgendaRow,
    Chart,
    ContributionLine,
    Outcome,
    ParticipantRow,
    Participants,
    Participation,
    ParticipationRow,
    PointNarrative,
    Proposal,
    RankedItem,
    Recommendations,
    ReportContent,
    Series,
    Voting,
)
from breakout.report.ranking import Board
from breakout.report.rounds import earlier_rounds, round_order
from breakout.report.wording import (
    DIMENSION_WORDS,
    NOT_RECORDED,
    SPEAKING_BY,
    WITHHELD_WORDS,
    _ballot_words,
    _merge_small,
    _method_words,
    _support,
    _turnout,
    contributions_fact,
    merged_note,
    ranking_note,
    shown_value,
)
from breakout.session import Session
from breakout.tally import RoundResult, tally_round
from breakout.when import local_time
from breakout.words import Words, check_language, words_for

# -- building -------------------------------------------------------------------------


def session_disclosure(
    session: Session, *, anonymous: bool, include_notes: bool = False
) -> Disclosure:
    """What an export of this session may show (module docstring); the JSON uses it too."""
    info = session.info()
    private = {c.id for c in session.capture.contributions() if c.private}
    private_recs = set()
    if private:
        for rec in session.board.recommendations():
            sources = session.board.recommendation_sources(rec.id)
            if sources and all(s in private for s in sources):
                private_recs.add(rec.id)
    return Disclosure.build(
        [
            (p.id, Person(p.name, p.organisation, p.may_be_named))
            for p in session.people.participants()
        ],
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
    language: str = "en",
) -> ReportContent:
    """Read the session into a report (see the module docstring for what it may show).

    ``sections`` picks some of :data:`SECTIONS` (all when ``None``); an unknown
    name is refused. ``now`` (default: the session's clock) is when running
    clocks stop for the agenda and the participation figures.
    ``include_notes`` puts the facilitator's notes in a named report (refused
    for an anonymous one). ``language`` (one of :data:`breakout.words.LANGUAGES`) is the
    language of the document's own words; what people typed stays as they typed it.
    """
    language = check_language(language)
    t = words_for(language)
    chosen = check_sections(sections)
    info = session.info()
    at = session.clock() if now is None else now
    disclosure = session_disclosure(session, anonymous=anonymous, include_notes=include_notes)
    disclosure.redact.stand_ins = (t.gettext(WITHHELD_WORDS[0]), t.gettext(WITHHELD_WORDS[1]))
    anon = disclosure.anonymous
    people = session.people.participants()
    redact = disclosure.redact
    reader = _Reader(session, people, disclosure, info, at, t)
    title = redact(info.title) or t.gettext("Breakout session")
    subject_bits = [redact(info.event), redact(info.venue), redact(info.dates)]
    subject = t.gettext("Outcome report") + "".join(f" — {b}" for b in subject_bits if b)
    makers: dict[str, Callable[[], Any]] = {
        "outcome": lambda: reader.outcome(title),
        "background": lambda: redact(info.background.strip()),
        "points": reader.narratives,
        "recommendations": reader.recommendations,
        "next_steps": lambda: outcome_page.next_steps_markdown(redact(info.next_steps)),
        "agenda": lambda: reader.agenda(at),
        "participation": lambda: reader.participation(at),
        "participants": reader.participants_list,
        "appendix": lambda: tuple(reader.lines),
        "disclaimer": lambda: outcome_page.disclaimer(info.chatham_house, t),
    }
    return ReportContent(
        title=title,
        subject=subject,
        author="" if anon else (info.rapporteur or info.facilitator),
        anonymous=anon,
        chatham_house=info.chatham_house,
        sections=chosen,
        language=language,
        zone=reader.zone_label,
        **{name: makers[name]() for name in chosen},
    )


def check_sections(sections: Iterable[str] | None) -> tuple[str, ...]:
    """The chosen sections in report order; refuses unknown names and an empty choice."""
    if sections is None:
        return SECTIONS
    wanted = {s.strip().lower() for s in sections if s.strip()}
    wanted = {SECTION_ALIASES.get(s, s) for s in wanted}
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
        self,
        session: Session,
        people: Sequence[Participant],
        disclosure: Disclosure,
        info: SessionInfo,
        now: float,
        t: Words,
    ) -> None:
        self.t = t
        self.session = session
        self.info = info
        self.people = {p.id: p for p in people}
        self.presence = session.presence()
        self.disclosure = disclosure
        self.redact = disclosure.redact
        self.anon = disclosure.anonymous
        self.points = session.agenda.points()
        self.point_number = {p.id: n for n, p in enumerate(self.points, 1)}
        self.zone = info.time_zone
        self.span = outcome_page.breakout_span(info, session.agenda.all_runs(), now)
        self.zone_label = outcome_page.zone_text(self.span, self.zone, now)
        self.contributions: list[Contribution] = [
            c for c in session.capture.contributions() if c.id not in disclosure.private
        ]
        self.view = View(export_session(session), disclosure)
        self.lines = [self.line(n, c) for n, c in enumerate(self.contributions, 1)]
        self.recs: list[Recommendation] = [
            r
            for r in session.board.recommendations(include_inactive=False)
            if r.id not in disclosure.private_recommendations
        ]
        self.rounds: list[Round] = session.voting.rounds()
        self._recommendations: Recommendations | None = None

    def line(self, number: int, contribution: Contribution) -> ContributionLine:
        """A contribution as the view shows it (text redacted, speaker only if named)."""
        shown = self.view.record("contributions", dataclasses.asdict(contribution))
        return ContributionLine(
            number=number,
            point_number=self.point_number.get(contribution.point, 0),
            kind=shown["kind"],
            text=shown["text"],
            time=self.time_of(shown["created_at"], contribution.created_at),
            speaker=self.speaker(shown["participant"]),
            affiliation=self.affiliation(shown["participant"]),
            extra=self.view.extras("contributions", shown, _LINE_FIELDS),
        )

    def time_of(self, shown: float, real: float) -> str:
        """A contribution's time of day, or "" when the export withholds it.

        The view gives a contribution whose speaker may not be named the point's
        start instead of its own time; printing that would state a false time.
        """
        if self.anon or shown != real:
            return ""
        return f"{local_time(real, self.zone):%H:%M}"

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

    def outcome(self, title: str) -> Outcome:
        info, r, t = self.info, self.redact, self.t
        notice = outcome_page.notice(self.anon, info.chatham_house, t)
        messages, messages_note = outcome_page.key_messages(r(info.key_messages), t)
        top, top_note = outcome_page.top_items(self.recommendations(), t)
        return Outcome(
            title=title,
            event=r(info.event),
            venue=r(info.venue),
            dates=r(info.dates),
            when=outcome_page.when_text(self.span, self.zone, t),
            facilitator="" if self.anon else info.facilitator,
            rapporteur="" if self.anon else info.rapporteur,
            notice=notice,
            generated=t.date(local_time(time.time(), self.zone).date()),
            participation=(
                *outcome_page.participation_facts(
                    self.present(),
                    len(self.people),
                    self.presence.basis == "checked_in",
                    t,
                    anonymous=self.anon,
                ),
                contributions_fact(t, [c.kind for c in self.contributions], self.contributions),
            ),
            key_messages=messages,
            key_messages_note=messages_note,
            top=top,
            top_note=top_note,
            addressees=r(info.addressees),
        )

    def agenda(self, now: float) -> Agenda:
        counts = Counter(c.point for c in self.contributions)
        rows = []
        for number, point in enumerate(self.points, 1):
            runs = self.session.agenda.point_runs(point.id)
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
        rnd = max(closed, key=round_order)
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

    def new_board(self, clusters: Sequence[Cluster]) -> Board:
        return Board(clusters, self.recs, self.redact, self.proposals_for, self.t)

    def recommendations(self) -> Recommendations:
        """The voting rounds and recommendations (read once: page 1 shows their top too)."""
        if self._recommendations is None:
            self._recommendations = self._read_recommendations()
        return self._recommendations

    def _read_recommendations(self) -> Recommendations:
        clusters = self.session.board.clusters()
        board = self.new_board(clusters)
        final = self.final
        ranked: list[RankedItem] = []
        voting_facts: Voting | None = None
        chart: Chart | None = None
        rnd, result, why = final if final is not None else (None, None, "")
        note = ranking_note(self.t, rnd is not None, result is not None, why)
        if rnd is not None and result is not None:
            items = {i.id: i for i in self.session.voting.round_items(rnd.id)}
            voting_facts = self.voting_facts(rnd, result)
            ranked = self.ranked(board, rnd, result, items)
            chart = _result_chart(rnd.method, ranked, self.t)
        earlier, eliminated = earlier_rounds(self, rnd, clusters, board)
        return Recommendations(
            voting=voting_facts,
            note=note,
            addressees=self.redact(self.info.addressees),
            ranked=tuple(ranked),
            others=tuple(board.others()),
            chart=chart,
            earlier=earlier,
            eliminated=eliminated,
        )

    def voting_facts(self, rnd: Round, result: RoundResult) -> Voting:
        r = self.redact
        return Voting(
            title=r(rnd.title),
            method=_method_words(rnd, self.t),
            ballot=_ballot_words(rnd, bool(self.session.voting.hand_tallies(rnd.id)), self.t),
            ballots=result.ballots,
            eligible=result.eligible,
            turnout=_turnout(result.ballots, result.eligible, result.turnout, self.t),
            explanation=vote_words.explanation(result, rnd.rules, self.t),
            order=r(vote_words.order_note(result, self.t)),
        )

    def ranked(
        self, board: Board, rnd: Round, result: RoundResult, items: Mapping[int, RoundItem]
    ) -> list[RankedItem]:
        """The round's entries in rank order, each as the group or proposal it stood for."""
        ranked: list[RankedItem] = []
        for entry in result.items:
            item = items.get(entry.item)
            support, support_note = _support(rnd, result, entry.item, self.t)
            extra = {
                "rank": entry.rank,
                "result": vote_words.result_words(rnd.method, entry, self.t),
                "score": entry.score,
                "share": entry.share,
                "support": support,
                "support_note": support_note,
                "blocks": int(entry.detail.get("blocks", 0) or 0),
                "title": self.redact(entry.label),
            }
            ranked.append(board.voted_item(item, extra))
        return ranked

    # -- per point ---------------------------------------------------------------------

    def narratives(self) -> tuple[PointNarrative, ...]:
        """Per point, the rapporteur's key messages and summary, and what it drew."""
        counts = Counter((line.point_number, line.kind) for line in self.lines)
        out = []
        for number, point in enumerate(self.points, 1):
            messages = key_message_lines(self.redact(point.key_messages))
            out.append(
                PointNarrative(
                    number=number,
                    text=self.redact(point.text),
                    key_messages=tuple(messages),
                    summary=self.redact(point.summary),
                    notes=self.redact(point.notes) if self.disclosure.include_notes else "",
                    contributions=sum(counts[(number, k)] for k in KIND_ORDER),
                    kinds=outcome_page.kinds_text(
                        {k: counts[(number, k)] for k in KIND_ORDER}, self.t
                    ),
                )
            )
        return tuple(out)

    # -- participation -------------------------------------------------------------------

    def participation(self, now: float) -> tuple[Participation, ...]:
        found = balances(self.session, now=now)
        return tuple(self._participation(found[dim]) for dim in DIMENSIONS)

    def _participation(self, bal: Balance) -> Participation:
        rows = [
            ParticipationRow(
                group=self.t.gettext(s.group)
                if s.group == NOT_RECORDED
                else shown_value(bal.dimension, s.group, self.t),
                present=s.present,
                turns=s.turns,
                seconds=s.speaking_seconds,
                time_share=s.time_share,
                turn_share=s.turns / bal.total_turns if bal.total_turns else 0.0,
                presence_share=s.presence_share,
            )
            for s in bal.rows
        ]
        t = self.t
        note = ""
        if self.anon:
            rows, merged = _merge_small(rows, t)
            if merged:
                note = merged_note(t, merged)
        title = t.gettext(DIMENSION_WORDS[bal.dimension])
        chart = Chart(
            title=t.gettext(SPEAKING_BY[bal.dimension]),
            categories=tuple(row.group for row in rows),
            series=(
                Series(t.gettext("Speaking time"), tuple(100 * row.time_share for row in rows)),
                Series(t.gettext("Turns"), tuple(100 * row.turn_share for row in rows)),
                Series(
                    t.gettext("People present"), tuple(100 * row.presence_share for row in rows)
                ),
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
        return participants_section(
            list(self.people.values()),
            self.presence,
            self.t,
            anonymous=self.anon,
            row=self.participant_row,
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


def _result_chart(method: str, ranked: Sequence[RankedItem], t: Words) -> Chart:
    name = vote_words.score_name(method, t)
    return Chart(
        title=t.gettext("Result of the final round"),
        categories=tuple(f"{i.rank}. {i.title}" for i in ranked),
        series=(Series(name, tuple(i.score or 0.0 for i in ranked)),),
        unit=name.lower(),
    )
