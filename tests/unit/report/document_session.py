"""A realistic finished session for the outcome document's tests, made as a user makes one.

From the briefing and roster in ``tests/data/real_session`` (8 points, one over 400
characters, in English, French, Arabic and Chinese; 40 people): 30 people checked in, the
rest never (one of them, Kamal Haddad, never takes part either), a walk-in added on the fly,
the shared captures plus ten more per point (Arabic and Chinese among them: 105 in all),
a shortlisting dot vote and a final approval round, and the rapporteur's texts written with
``session.outcome``, in the Asia/Amman time zone.
"""

from __future__ import annotations

import json
from pathlib import Path

from breakout.briefing import read_briefing
from breakout.roster import read_roster
from breakout.session import Session
from tests.helpers import FakeClock

DATA = Path(__file__).parent.parent.parent / "data" / "real_session"
START = 1_823_238_000.0  # Monday 11 October 2027, 10:00 in Amman (UTC+03:00)
ZONE = "Asia/Amman"
NEVER_CAME = "Kamal Haddad"
MORE = (
    ("comment", "Residents should see the service hours before the bills, not after."),
    ("proposal", "Publish a monthly score card of service hours per district."),
    ("concern", "يجب ألا تتحمل الأسر الفقيرة كلفة الإصلاحات وحدها."),
    ("question", "如何保证社区供水委员会的资金不依赖一次性的捐助？"),
    ("comment", "Les régies publient déjà des chiffres, mais personne ne les lit."),
    ("proposal", "Set aside a fixed share of tariff income for leak repairs."),
    ("comment", "نحتاج إلى بيانات مفتوحة عن جودة المياه في كل حي."),
    ("comment", "小型供水企业需要更容易获得气候资金。"),
    ("question", "Who pays to collect the data when the utility is already in deficit?"),
    ("comment", "Committees need transport money to attend the tariff meetings."),
)
SESSION_MESSAGES = (
    "Utilities, operators and committees agree that service hours, not revenue, "
    "should measure a partnership's success.\n"
    "- Users' committees want a vote, not a seat, on tariff decisions.\n"
    "- يجب أن تُعلن جداول التقنين قبل أسبوع على الأقل.\n"
    "- 社区供水委员会需要可持续的资金。"
)
NEXT_STEPS = (
    "The rapporteur sends this document to the ministers' segment by Thursday noon.\n"
    "- The utilities' association drafts a model contract with a service-hours clause.\n"
    "- Committees send their tariff questions to the secretariat by 1 November."
)
ADDRESSEES = "The ministers' segment; utilities and regulators of the region"


def _people(session: Session) -> dict[str, int]:
    return {p.name: p.id for p in session.people.participants()}


def _talk(session: Session, clock: FakeClock, point: int, captures: list[list[str]]) -> None:
    people = _people(session)
    present = [pid for name, pid in people.items() if name != NEVER_CAME][:30]
    for who, kind, text in captures:
        if who and who not in people:  # a walk-in, added on the fly
            people[who] = session.people.add_participant(who, present=True).result
        clock.advance(45)
        session.capture.add_contribution(
            text, point_id=point, participant_id=people[who] if who else None, kind=kind
        )
    for n, (kind, text) in enumerate(MORE):
        clock.advance(40)
        speaker = present[(point * 7 + n) % len(present)]
        session.capture.add_contribution(text, point_id=point, participant_id=speaker, kind=kind)


def _vote(session: Session, clock: FakeClock) -> None:
    """A shortlisting dot vote on the first eight proposals, then approval on the top four."""
    recs = [r for r in session.board.recommendations()][:8]
    voters = [p.id for p in session.people.participants() if p.present][:24]
    shortlist = session.voting.create_round(
        method="dots",
        title="Shortlist",
        items=[{"label": r.text, "recommendation": r.id} for r in recs],
        settings={"budget": 3, "per_item_cap": 3},
        secret=False,
    ).result
    items = [i.id for i in session.voting.round_items(shortlist)]
    session.voting.open_round(shortlist)
    for n, pid in enumerate(voters):
        session.voting.cast_ballot(shortlist, pid, {items[n % 5]: 2, items[(n * 3) % 8]: 1})
    clock.advance(120)
    session.voting.close_round(shortlist)
    final = session.voting.create_round(
        method="approval",
        title="Final round",
        items=[{"label": r.text, "recommendation": r.id} for r in recs[:4]],
        secret=False,
    ).result
    items = [i.id for i in session.voting.round_items(final)]
    session.voting.open_round(final)
    for n, pid in enumerate(voters):
        session.voting.cast_ballot(final, pid, {items[n % 4]: 1, items[0]: 1})
    clock.advance(120)
    session.voting.close_round(final)


def realistic(folder: Path, *, key_messages: str = SESSION_MESSAGES) -> Session:
    clock = FakeClock(START)
    session = Session.create(folder / "forum.breakout", clock=clock)
    session.import_briefing(read_briefing(DATA / "briefing.md"))
    session.people.import_roster(read_roster(DATA / "roster.csv"))
    session.update_session(
        facilitator="Hélène Dubois", rapporteur="Tendai Moyo", time_zone=ZONE, chatham_house=False
    )
    for name, pid in list(_people(session).items())[:31]:
        if name != NEVER_CAME:
            session.people.check_in(pid)
    captures = json.loads((DATA / "captures.json").read_text(encoding="utf-8"))["captures"]
    for number, point in enumerate(session.agenda.points(), 1):
        session.agenda.start_point(point.id)
        _talk(session, clock, point.id, [c[1:] for c in captures if c[0] == number])
        session.agenda.end_point(point.id)
        session.outcome.edit_point(
            point.id,
            key_messages=f"Point {number}: the room wants commitments with dates.\n"
            f"- Point {number}: residents must be heard before decisions.",
            summary=f"The discussion on point {number} was lively. **Many** spoke of service "
            "hours.\n\nA second paragraph: committees need money to attend.",
        )
    _vote(session, clock)
    session.outcome.edit_session(
        key_messages=key_messages, next_steps=NEXT_STEPS, addressees=ADDRESSEES
    )
    return session
