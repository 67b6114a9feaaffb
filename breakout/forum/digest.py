"""What a forum keeps of one session: read from a private, migrated copy of its file.

A session file is opened read-only (:meth:`breakout.store.Store.open`): its
bytes and its log are copied into memory, migrated there if the file is older,
and the file itself is never written. Everything is taken from the session's
outcome document as an anonymous report would show it when the session ran
under the Chatham House Rule, so the forum holds no more than that report: the
same redaction of names in texts, no speaker of any recommendation, and only
the totals of each closed round (never a ballot). Participation is kept as
counts per group, never as people.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from breakout.balance import DIMENSIONS, balances
from breakout.errors import BreakoutError, damaged
from breakout.model import Round
from breakout.report.content import build_content
from breakout.report.model import RankedItem, ReportContent
from breakout.session import Session
from breakout.voting.base import RoundResult

#: The report sections a forum takes from each session.
_SECTIONS = ("outcome", "points", "recommendations", "next_steps")


@dataclass(frozen=True)
class PointDigest:
    number: int
    text: str
    key_messages: tuple[str, ...]
    summary: str


@dataclass(frozen=True)
class RecommendationDigest:
    point: int | None  # the point of its first proposal, numbered from 1
    rank: int | None  # its place in the last closed round, or None
    title: str
    wording: str
    result: str  # "14 dots (from 9 voters)" in English; "" when not voted on
    score: float | None
    results: tuple[tuple[str, str], ...] = ()  # (language, the result in its words)


@dataclass(frozen=True)
class Digest:
    """One session as the forum keeps it."""

    identity: str
    source: str  # the file's name when it was added
    title: str
    event: str
    venue: str
    dates: str
    facilitator: str  # "" under the Chatham House Rule
    rapporteur: str
    chatham_house: bool
    language: str  # the language most of its texts are in ("" when unknown)
    key_messages: tuple[str, ...]
    next_steps: str
    addressees: str
    final_round: str  # the last closed round's method, or ""
    turnout: str
    points: tuple[PointDigest, ...]
    recommendations: tuple[RecommendationDigest, ...]
    participation: tuple[tuple[str, str, int], ...]  # (dimension, group, people)
    vectors: dict[str, bytes]  # cached sentence vectors of the recommendations' texts
    #: The final round's method and turnout in every report language: {code: [method, turnout]}.
    voting: dict[str, tuple[str, str]] = dataclasses.field(default_factory=dict)


def read_session(path: Path) -> Digest:
    """The digest of the session file at ``path``; refuses what is not a session."""
    with Session.open(path, readonly=True) as session:
        # The private copy is checked whole: a damaged page the outcome never
        # reads would otherwise pass unnoticed into the forum.
        try:
            problem = session.store.conn.execute("PRAGMA quick_check").fetchone()[0]
            if problem != "ok":
                raise damaged(path.name, str(problem).splitlines()[0][:80])
            return _digest(session, path.name)
        except sqlite3.DatabaseError as exc:
            raise damaged(path.name, str(exc)[:80]) from None


def _digest(session: Session, source: str) -> Digest:
    info = session.info()
    content = build_content(
        session, anonymous=info.chatham_house, sections=_SECTIONS, language="en"
    )
    assert content.outcome is not None and content.points is not None
    assert content.recommendations is not None
    final = _final_round(session)
    recs = _with_results(final, _recommendations(content))
    points = tuple(PointDigest(p.number, p.text, p.key_messages, p.summary) for p in content.points)
    voting = content.recommendations.voting
    return Digest(
        identity=session.identity(),
        source=source,
        title=content.title,
        event=content.outcome.event,
        venue=content.outcome.venue,
        dates=content.outcome.dates,
        facilitator=content.outcome.facilitator,
        rapporteur=content.outcome.rapporteur,
        chatham_house=info.chatham_house,
        language=_language([p.text for p in points] + [r.title for r in recs]),
        key_messages=content.outcome.key_messages,
        next_steps=content.next_steps or "",
        addressees=content.outcome.addressees,
        final_round=voting.method if voting is not None else "",
        turnout=voting.turnout if voting is not None else "",
        points=points,
        recommendations=recs,
        participation=_participation(session),
        vectors=_vectors(session, [r.title for r in recs]),
        voting=_voting_words(final),
    )


def _recommendations(content: ReportContent) -> tuple[RecommendationDigest, ...]:
    recs = content.recommendations
    assert recs is not None
    out = []
    for item in (*recs.ranked, *recs.eliminated, *recs.others):
        out.append(_recommendation(item, voted=item in recs.ranked))
    return tuple(out)


def _recommendation(item: RankedItem, *, voted: bool) -> RecommendationDigest:
    numbers = [p.point_number for p in item.proposals if p.point_number is not None]
    return RecommendationDigest(
        point=numbers[0] if numbers else None,
        rank=item.rank if voted else None,
        title=item.title,
        wording=item.wording,
        result=item.result,
        score=item.score if voted else None,
    )


def _final_round(session: Session) -> tuple[Round, RoundResult] | None:
    """The last closed round and its count, as the report takes them (None if none counts)."""
    from breakout.report.rounds import round_order
    from breakout.tally import tally_round

    closed = [r for r in session.voting.rounds() if r.state == "closed"]
    if not closed:
        return None
    rnd = max(closed, key=round_order)
    try:
        return rnd, tally_round(session, rnd.id)
    except BreakoutError:  # the report says why it could not be counted
        return None


def _with_results(
    final: tuple[Round, RoundResult] | None, recs: tuple[RecommendationDigest, ...]
) -> tuple[RecommendationDigest, ...]:
    """The ranked recommendations' results in every report language (in rank order,
    as the report lists the last closed round's entries)."""
    from breakout import vote_words
    from breakout.words import LANGUAGES, words_for

    if final is None:
        return recs
    rnd, result = final
    ranked = [r for r in recs if r.rank is not None]
    said = {
        id(rec): tuple(
            (code, vote_words.result_words(rnd.method, entry, words_for(code)))
            for code in LANGUAGES
        )
        for rec, entry in zip(ranked, result.items, strict=False)
    }
    return tuple(dataclasses.replace(r, results=said.get(id(r), ())) for r in recs)


def _voting_words(final: tuple[Round, RoundResult] | None) -> dict[str, tuple[str, str]]:
    """The final round's method and turnout as the session's report says them, per language."""
    from breakout.report.wording import _method_words, _turnout
    from breakout.words import LANGUAGES, words_for

    if final is None:
        return {}
    rnd, result = final
    return {
        code: (
            _method_words(rnd, words_for(code)),
            _turnout(result.ballots, result.eligible, result.turnout, words_for(code)),
        )
        for code in LANGUAGES
    }


def _participation(session: Session) -> tuple[tuple[str, str, int], ...]:
    found = balances(session)
    return tuple(
        (dimension, row.group, row.present)
        for dimension in DIMENSIONS
        for row in found[dimension].rows
        if row.present
    )


def _language(texts: list[str]) -> str:
    from breakout.embed import languages

    found = Counter(code for code in languages([t for t in texts if t.strip()]) if code)
    return found.most_common(1)[0][0] if found else ""


def _vectors(session: Session, texts: list[str]) -> dict[str, bytes]:
    from breakout.suggest import MODEL

    return session.board.cached_vectors(MODEL, texts)
