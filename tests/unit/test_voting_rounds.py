"""Voting rounds as data: states, ballots, secrecy, hand counts."""

from __future__ import annotations

import json
import sqlite3

import pytest

from breakout.errors import BreakoutError
from breakout.session import Session


@pytest.fixture
def people(session: Session) -> list[int]:
    return [
        session.people.add_participant(name, present=True).result
        for name in ("Ana", "Ben", "Chi", "Dee")
    ]


def _round(session: Session, method: str = "dots", secret: bool = True, **settings: int) -> int:
    round_id: int = session.voting.create_round(
        method=method,
        items=["Map with residents", "Fund drains", "Plant trees"],
        settings=settings or None,
        secret=secret,
    ).result
    return round_id


def test_round_states_and_one_ballot_per_person(session: Session, people: list[int]) -> None:
    rid = _round(session, budget=3, per_item_cap=2)
    items = [i.id for i in session.voting.round_items(rid)]
    with pytest.raises(BreakoutError, match="not opened yet"):
        session.voting.cast_ballot(rid, people[0], {items[0]: 1})
    session.voting.open_round(rid)
    session.voting.cast_ballot(rid, people[0], {items[0]: 2, items[1]: 1})
    with pytest.raises(BreakoutError, match="already voted"):
        session.voting.cast_ballot(rid, people[0], {items[2]: 1})
    with pytest.raises(BreakoutError, match="budget is 3"):
        session.voting.cast_ballot(rid, people[1], {items[0]: 2, items[1]: 2})
    with pytest.raises(BreakoutError, match="between 0 and 2"):
        session.voting.cast_ballot(rid, people[1], {items[0]: 3})
    with pytest.raises(BreakoutError, match="empty"):
        session.voting.cast_ballot(rid, people[1], {})
    with pytest.raises(BreakoutError, match="can no longer change"):
        session.voting.edit_round(rid, settings={"budget": 5})
    session.voting.close_round(rid)
    with pytest.raises(BreakoutError, match="closed"):
        session.voting.cast_ballot(rid, people[1], {items[0]: 1})
    assert session.voting.ballots(rid) == [(None, {items[0]: 2, items[1]: 1})]
    assert session.voting.voters(rid) == [people[0]]


def test_secret_ballots_cannot_be_joined_to_a_person(session: Session, people: list[int]) -> None:
    rid = _round(session, method="approval")
    items = [i.id for i in session.voting.round_items(rid)]
    session.voting.open_round(rid)
    for index, person in enumerate(people):
        session.voting.cast_ballot(rid, person, {items[index % 3]: 1})
    conn = sqlite3.connect(session.path)
    # No participant on any ballot, no time, no sequence number.
    assert conn.execute(
        "SELECT count(*) FROM ballots WHERE participant IS NOT NULL"
    ).fetchone() == (0,)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(ballots)")}
    assert columns == {"id", "round", "participant"}
    for table in ("ballots", "ballot_entries", "voters"):
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        assert "WITHOUT ROWID" in sql, f"{table} must have no insertion-ordered rowid"
    entry_columns = {r[1] for r in conn.execute("PRAGMA table_info(ballot_entries)")}
    assert entry_columns == {"ballot", "item", "value"}
    # The voters table says who voted, and nothing links it to a ballot.
    voter_columns = {r[1] for r in conn.execute("PRAGMA table_info(voters)")}
    assert voter_columns == {"round", "participant"}
    conn.close()


def test_open_round_keeps_who_voted_how(session: Session, people: list[int]) -> None:
    rid = _round(session, method="ranking", secret=False)
    items = [i.id for i in session.voting.round_items(rid)]
    session.voting.open_round(rid)
    session.voting.cast_ballot(rid, people[1], {items[2]: 1, items[0]: 2})
    with pytest.raises(BreakoutError, match="no gaps or repeats"):
        session.voting.cast_ballot(rid, people[2], {items[2]: 1, items[0]: 3})
    assert session.voting.ballots(rid) == [(people[1], {items[0]: 2, items[2]: 1})]


def test_agreement_needs_every_item_and_keeps_blocks(session: Session, people: list[int]) -> None:
    rid = _round(session, method="agreement")
    items = [i.id for i in session.voting.round_items(rid)]
    session.voting.open_round(rid)
    with pytest.raises(BreakoutError, match="every item"):
        session.voting.cast_ballot(rid, people[0], {items[0]: 5})
    session.voting.cast_ballot(rid, people[0], {items[0]: 5, items[1]: 0, items[2]: 3})
    assert session.voting.ballots(rid)[0][1] == {items[0]: 5, items[1]: 0, items[2]: 3}


def test_hand_tally_is_checked_against_people_present(session: Session, people: list[int]) -> None:
    rid = _round(session, method="approval")
    items = [i.id for i in session.voting.round_items(rid)]
    session.voting.open_round(rid)
    with pytest.raises(BreakoutError, match="more than the 4 people present"):
        session.voting.record_hand_tally(rid, {items[0]: 5})
    first = session.voting.record_hand_tally(rid, {items[0]: 3, items[1]: 1})
    second = session.voting.record_hand_tally(rid, {items[0]: 4})
    assert session.voting.hand_tallies(rid) == [(items[0], 0, 4), (items[1], 0, 1)]
    session.undo(second)
    assert session.voting.hand_tallies(rid) == [(items[0], 0, 3), (items[1], 0, 1)]
    session.undo(first)
    assert session.voting.hand_tallies(rid) == []


def test_round_needs_two_items_and_a_known_method(session: Session) -> None:
    with pytest.raises(BreakoutError, match="at least two"):
        session.voting.create_round(method="approval", items=["Only one"])
    with pytest.raises(BreakoutError, match="unknown voting method"):
        session.voting.create_round(method="lottery", items=["a", "b"])
    with pytest.raises(BreakoutError, match="cap per item"):
        session.voting.create_round(
            method="dots", items=["a", "b"], settings={"budget": 2, "per_item_cap": 3}
        )
    assert session.voting.rounds() == []


# -- editing a draft ------------------------------------------------------------------------

LONG = (
    "Require every buyer to publish, each quarter and in plain language, the prices paid to "
    "suppliers at each tier, the share of those prices that reaches workers as wages, the "
    "gap to a living wage for the region, and a dated plan to close that gap — reviewed by "
    "worker representatives from São Paulo to Dhaka, with a summary in Arabic and Chinese "
    "(تقرير موجز / 简要报告) so that the people it concerns can read it themselves."
)


def test_a_draft_round_can_be_edited_whole_and_undone(session: Session) -> None:
    rid = _round(session, budget=3, per_item_cap=2)
    old_items = [i.id for i in session.voting.round_items(rid)]
    first = session.voting.edit_round(
        rid,
        title="  Qué va al plenario  ",
        method="ranking",
        settings={"max_ranked": 2},
        secret=False,
        items=["Fund drains", LONG, {"label": "Plant trees"}, "Ask the ministry (وزارة)"],
    )
    rnd = session.voting.round(rid)
    assert (rnd.title, rnd.method, rnd.secret, rnd.state) == (
        "Qué va al plenario",
        "ranking",
        False,
        "draft",
    )
    assert json.loads(rnd.settings) == {"max_ranked": 2}
    items = session.voting.round_items(rid)
    assert [i.label for i in items] == [
        "Fund drains",
        LONG,
        "Plant trees",
        "Ask the ministry (وزارة)",
    ]
    assert [i.id for i in items][:3] == old_items  # rows kept in place, one added

    # Fewer items, and a new method with no settings gets that method's defaults.
    second = session.voting.edit_round(rid, method="dots", items=["A", "B"])
    assert [i.label for i in session.voting.round_items(rid)] == ["A", "B"]
    assert json.loads(session.voting.round(rid).settings) == {"budget": 3, "per_item_cap": 3}

    # Undo takes each edit back exactly, newest first.
    session.undo(second)
    assert [i.label for i in session.voting.round_items(rid)][1] == LONG
    session.undo(first)
    rnd = session.voting.round(rid)
    assert (rnd.title, rnd.method, rnd.secret) == ("", "dots", True)
    assert json.loads(rnd.settings) == {"budget": 3, "per_item_cap": 2}
    assert [i.label for i in session.voting.round_items(rid)] == [
        "Map with residents",
        "Fund drains",
        "Plant trees",
    ]
    assert [i.id for i in session.voting.round_items(rid)] == old_items


def test_editing_is_refused_once_a_round_opens_or_counts_are_in(
    session: Session, people: list[int]
) -> None:
    rid = _round(session, method="approval")
    items = [i.id for i in session.voting.round_items(rid)]
    with pytest.raises(BreakoutError, match="at least two items"):
        session.voting.edit_round(rid, items=["Only one"])
    with pytest.raises(BreakoutError, match="unknown voting method"):
        session.voting.edit_round(rid, method="lottery")
    with pytest.raises(BreakoutError, match="cap per item"):
        session.voting.edit_round(rid, method="dots", settings={"budget": 2, "per_item_cap": 3})
    with pytest.raises(BreakoutError, match="label cannot be empty"):
        session.voting.edit_round(rid, items=["A", "  "])
    assert session.voting.round(rid).method == "approval"  # nothing changed
    assert len(session.voting.round_items(rid)) == 3

    hands = session.voting.record_hand_tally(rid, {items[0]: 2})
    with pytest.raises(BreakoutError, match="can no longer change"):
        session.voting.edit_round(rid, title="Too late")
    session.undo(hands)
    session.voting.open_round(rid)
    with pytest.raises(BreakoutError, match="voting is open in this round"):
        session.voting.edit_round(rid, title="Too late")
    session.voting.close_round(rid)
    with pytest.raises(BreakoutError, match="has closed; set up a new round"):
        session.voting.edit_round(rid, title="Too late")
    assert session.voting.round(rid).title == ""


# -- undo after the first vote ----------------------------------------------------------------


def test_a_round_with_ballots_never_goes_back_to_draft(session: Session, people: list[int]) -> None:
    rid = _round(session, method="approval")
    items = [i.id for i in session.voting.round_items(rid)]
    made = session.voting.create_round(method="approval", items=["x", "y"]).result
    create = session.voting.create_round(method="approval", items=["p", "q"])
    opened = session.voting.open_round(rid)
    session.voting.cast_ballot(rid, people[0], {items[0]: 1})
    with pytest.raises(BreakoutError, match="opening this round can no longer be undone"):
        session.undo(opened)
    assert session.voting.round(rid).state == "open"
    assert session.voting.ballots(rid) == [(None, {items[0]: 1})]

    closed = session.voting.close_round(rid)
    with pytest.raises(BreakoutError, match="closing this round can no longer be undone"):
        session.undo(closed)
    assert session.voting.round(rid).state == "closed"

    # Without votes, opening and closing undo as before.
    opened_other = session.voting.open_round(made)
    closed_other = session.voting.close_round(made)
    session.undo(closed_other)
    assert session.voting.round(made).state == "open"
    session.undo(opened_other)
    assert session.voting.round(made).state == "draft"
    session.redo(opened_other)  # forwards is always fine
    assert session.voting.round(made).state == "open"
    session.undo(opened_other)
    session.undo(create)
    assert [r.id for r in session.voting.rounds()] == [rid, made]


def test_a_hand_count_holds_the_state_too(session: Session, people: list[int]) -> None:
    rid = _round(session, method="approval")
    items = [i.id for i in session.voting.round_items(rid)]
    opened = session.voting.open_round(rid)
    hands = session.voting.record_hand_tally(rid, {items[0]: 3})
    with pytest.raises(BreakoutError, match="can no longer be undone"):
        session.undo(opened)
    session.undo(hands)  # the counts go first; then opening may be undone
    session.undo(opened)
    assert session.voting.round(rid).state == "draft"

    # Counts typed in while it is still a draft: the round cannot be undone away.
    create = session.voting.create_round(method="approval", items=["p", "q"])
    other = session.voting.round_items(create.result)
    session.voting.record_hand_tally(create.result, {other[0].id: 1})
    with pytest.raises(BreakoutError, match="can no longer be removed"):
        session.undo(create)
    assert session.voting.hand_tallies(create.result) == [(other[0].id, 0, 1)]


def test_turnout_counts_voters_against_people_present(session: Session) -> None:
    walk_in = session.people.add_participant("Nguyễn Thị Hoa").result  # on the list, not checked in
    rid = _round(session, method="approval")
    assert session.voting.turnout(rid) == (0, 1)  # nobody checked in yet: the roster stands in
    people = [
        session.people.add_participant(n, present=True).result for n in ("Ana", "李伟", "فاطمة")
    ]
    session.voting.open_round(rid)
    first = session.voting.round_items(rid)[0].id
    session.voting.cast_ballot(rid, people[0], {first: 1})
    session.voting.cast_ballot(rid, walk_in, {first: 1})  # voted without checking in
    assert session.voting.turnout(rid) == (2, 4)  # the three checked in, and the walk-in who voted
    assert session.presence().count == 4
    with pytest.raises(BreakoutError, match="does not exist"):
        session.voting.turnout(rid + 99)
