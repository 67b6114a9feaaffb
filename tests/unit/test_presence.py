"""One rule for who counts as present, and every number that depends on it agrees.

The trap this guards against: with nobody checked in, adding one walk-in to
the queue used to check them in, and the room of 40 became "1 present" — the
balance read "97 % of speaking time, 0 % of those present" and turnout read
"3 of 1 present have voted".
"""

from __future__ import annotations

import pytest

from breakout.balance import balance
from breakout.errors import BreakoutError
from breakout.report.content import build_content
from breakout.session import Session
from breakout.tally import tally_round
from tests.helpers import FakeClock


def _roster(session: Session, size: int, *, present: bool = False) -> list[int]:
    groups = ("Civil society", "Business", "Government", "UN agency")
    return [
        session.people.add_participant(
            f"Person {n}", stakeholder_group=groups[n % 4], present=present
        ).result
        for n in range(size)
    ]


def test_nobody_checked_in_means_the_roster_stands_for_the_room(session: Session) -> None:
    _roster(session, 40)
    walk_in = session.people.add_participant("Walk-in Wanjiru", stakeholder_group="Academia").result
    point = session.agenda.add_point("What next?").result
    session.queue.request_turn(walk_in, point)
    presence = session.presence()
    assert (presence.count, presence.basis) == (41, "roster")
    assert presence.words() == "on the roster"


def test_once_someone_is_checked_in_those_who_take_part_count_too(
    session: Session, clock: FakeClock
) -> None:
    ids = _roster(session, 10)
    for pid in ids[:4]:
        session.people.check_in(pid)
    point = session.agenda.add_point("What next?").result
    session.agenda.start_point(point)
    session.queue.request_turn(ids[5], point)  # asked for the floor
    session.capture.add_contribution("Yes", participant_id=ids[6])  # quoted by name
    session.capture.add_contribution("Unattributed remark")
    presence = session.presence()
    assert presence.basis == "checked_in"
    assert presence.ids == {*ids[:4], ids[5], ids[6]}


def test_turnout_balance_hands_and_report_agree_with_nobody_checked_in(
    session: Session, clock: FakeClock
) -> None:
    ids = _roster(session, 40)
    point = session.agenda.add_point("Which recommendation first?").result
    session.agenda.start_point(point)
    walk_in = session.people.add_participant("Walk-in Wanjiru").result
    session.queue.request_turn(walk_in)
    session.queue.call_next()
    clock.advance(90)
    session.queue.call_next()
    rid = session.voting.create_round(
        method="approval", items=["Maps", "Drains"], secret=False
    ).result
    session.voting.open_round(rid)
    items = [i.id for i in session.voting.round_items(rid)]
    for pid in ids[:3]:
        session.voting.cast_ballot(rid, pid, {items[0]: 1})
    with pytest.raises(BreakoutError, match="more than the 41 people on the roster"):
        session.voting.record_hand_tally(rid, {items[1]: 42})
    session.voting.close_round(rid)

    result = tally_round(session, rid)
    assert (result.ballots, result.eligible) == (3, 41)  # not "3 of 4", not "3 of 1"
    bal = balance(session, dimension="stakeholder_group")
    assert (bal.present, bal.presence_basis) == (41, "roster")
    assert bal.present == result.eligible

    content = build_content(session)
    assert content.outcome is not None
    facts = {f.label: f.value for f in content.outcome.participation}
    assert facts["Participants"] == "41 people on the roster (nobody was checked in)"
    assert "turnout 3 of 41 (7%)" in content.outcome.top_note
