"""Engine operations: each one commits, refuses bad input, and undoes exactly.

That every operation undoes and redoes exactly is tested in ``test_session_undo.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from breakout.changes import Change
from breakout.errors import BreakoutError
from breakout.interchange import export_session
from breakout.session import Session
from tests.helpers import FakeClock


@pytest.fixture
def room(session: Session, clock: FakeClock) -> dict[str, int]:
    """A small session: three points, three people, one started point."""
    ids = {
        "p1": session.agenda.add_point("Who maps the risks?", minutes=10).result,
        "p2": session.agenda.add_point(
            "Who pays?", minutes=15, notes="Ask the mayors first"
        ).result,
        "p3": session.agenda.add_point("Who keeps the trees alive?", minutes=5).result,
        "ana": session.people.add_participant("Ana", stakeholder_group="Civil society").result,
        "ben": session.people.add_participant("Ben", stakeholder_group="Business").result,
        "chi": session.people.add_participant("Chi", stakeholder_group="Government").result,
    }
    session.agenda.start_point(ids["p1"])
    clock.advance(60)
    return ids


def _snapshot(session: Session) -> dict[str, Any]:
    doc = export_session(session)
    doc.pop("format")
    return doc


def test_queue_operations_undo(session: Session, room: dict[str, int], clock: FakeClock) -> None:
    states = [_snapshot(session)]
    changes: list[Change[Any]] = []
    for person in ("ana", "ben", "chi"):
        changes.append(session.queue.request_turn(room[person]))
        states.append(_snapshot(session))
    waiting = session.queue.waiting(room["p1"])
    steps: list[Callable[[], Change[Any]]] = [
        lambda: session.queue.move_turn(waiting[2].id, 0),
        lambda: session.queue.withdraw_turn(waiting[1].id),
        lambda: session.queue.call_next(),
        lambda: session.queue.call_next(),
    ]
    for step in steps:
        clock.advance(30)
        changes.append(step())
        states.append(_snapshot(session))
    for change, state in zip(reversed(changes), reversed(states[:-1]), strict=True):
        session.undo(change)
        assert _snapshot(session) == state


def test_speaking_queue_order_and_turns(
    session: Session, room: dict[str, int], clock: FakeClock
) -> None:
    for person in ("ana", "ben", "chi"):
        session.queue.request_turn(room[person])
    queue = session.queue.waiting(room["p1"])
    assert [t.participant for t in queue] == [room["ana"], room["ben"], room["chi"]]
    session.queue.move_turn(queue[2].id, 0)  # Chi first
    assert [t.participant for t in session.queue.waiting(room["p1"])] == [
        room["chi"],
        room["ana"],
        room["ben"],
    ]
    session.queue.call_next()
    active = session.queue.active_turn(room["p1"])
    assert active is not None and active.participant == room["chi"]
    clock.advance(90)
    session.queue.call_next()  # Chi's turn ends, Ana speaks
    chi_turn = next(t for t in session.queue.turns(room["p1"]) if t.participant == room["chi"])
    assert chi_turn.state == "done"
    assert chi_turn.started_at is not None and chi_turn.ended_at is not None
    assert chi_turn.ended_at - chi_turn.started_at == 90
    with pytest.raises(BreakoutError, match="already in the queue"):
        session.queue.request_turn(room["ben"])
    ben = session.queue.waiting(room["p1"])[0]
    session.queue.withdraw_turn(ben.id)
    assert session.queue.waiting(room["p1"]) == []
    session.queue.call_next()  # ends Ana's turn, nobody waiting
    assert session.queue.active_turn(room["p1"]) is None
    with pytest.raises(BreakoutError, match="nobody is waiting"):
        session.queue.call_next()


def test_contributions_edit_delete_and_promote(session: Session, room: dict[str, int]) -> None:
    first = session.capture.add_contribution(
        "Walk the streets with residents", kind="proposal"
    ).result
    second = session.capture.add_contribution(
        "Who holds the data?", participant_id=room["ana"]
    ).result
    assert [c.id for c in session.capture.contributions(room["p1"])] == [first, second]
    edit = session.capture.edit_contribution(second, kind="question", participant_id=None)
    assert session.contribution(second).participant is None
    assert session.contribution(second).kind == "question"
    session.undo(edit)
    assert session.contribution(second).participant == room["ana"]

    (candidate,) = session.board.candidates_of(first)  # a proposal is a candidate at once
    rec = session.recommendation(candidate)
    assert rec.text == "Walk the streets with residents"
    assert rec.point == room["p1"]
    assert session.board.recommendation_sources(rec.id) == [first]
    with pytest.raises(BreakoutError, match="already a recommendation"):
        session.board.promote(first)
    promoted = session.board.promote(second)  # a question made a proposal on purpose
    assert session.contribution(second).kind == "proposal"
    assert session.board.recommendation_sources(promoted.result) == [second]

    delete = session.capture.delete_contribution(first)
    assert session.board.recommendation_sources(rec.id) == []
    assert rec.id not in {r.id for r in session.board.recommendations()}  # untouched: it goes too
    session.undo(delete)
    assert session.board.recommendation_sources(rec.id) == [first]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, r: s.capture.add_contribution("   "), "cannot be empty"),
        (lambda s, r: s.capture.add_contribution("x", kind="rant"), "unknown kind"),
        (lambda s, r: s.capture.add_contribution("x", participant_id=999), "does not exist"),
        (lambda s, r: s.agenda.add_point("x", minutes=0), "between 1 and 600"),
        (lambda s, r: s.agenda.add_point("x", minutes="ten"), "whole number"),
        (lambda s, r: s.people.add_participant(""), "cannot be empty"),
        (lambda s, r: s.people.add_participant("ana"), "already a participant"),
        (lambda s, r: s.agenda.edit_point(999, text="x"), "does not exist"),
        (lambda s, r: s.queue.end_turn(999), "does not exist"),
        (lambda s, r: s.update_session(colour="red"), "unknown session field"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    session: Session,
    room: dict[str, int],
    call: Callable[[Session, dict[str, int]], Any],
    message: str,
) -> None:
    before = _snapshot(session)
    with pytest.raises(BreakoutError, match=message):
        call(session, room)
    assert _snapshot(session) == before


def test_point_with_contributions_cannot_be_deleted(session: Session, room: dict[str, int]) -> None:
    session.capture.add_contribution("Keep me")
    with pytest.raises(BreakoutError, match="has 1 contribution"):
        session.agenda.delete_point(room["p1"])
    assert len(session.agenda.points()) == 3


def test_agenda_order(session: Session, room: dict[str, int]) -> None:
    session.agenda.move_point(room["p3"], 0)
    assert [p.id for p in session.agenda.points()] == [room["p3"], room["p1"], room["p2"]]
    session.agenda.move_point(room["p3"], 99)
    assert [p.id for p in session.agenda.points()] == [room["p1"], room["p2"], room["p3"]]
    session.agenda.delete_point(room["p2"])
    assert [p.position for p in session.agenda.points()] == [0, 1]


def test_undo_refuses_when_the_row_changed_since(session: Session, room: dict[str, int]) -> None:
    first = session.agenda.edit_point(room["p2"], text="First wording")
    session.agenda.edit_point(room["p2"], text="Second wording")
    with pytest.raises(BreakoutError, match="has changed since"):
        session.undo(first)
    assert session.point(room["p2"]).text == "Second wording"


def test_groups_and_merges(session: Session, room: dict[str, int]) -> None:
    a = session.board.add_recommendation("Map with residents").result
    b = session.board.add_recommendation("Residents map the streets").result
    c = session.board.add_recommendation("Fund drains").result
    group = session.board.add_cluster("Mapping", members=[a, b]).result
    assert {r.id for r in session.board.recommendations() if r.cluster == group} == {a, b}
    session.board.set_cluster(c, group)
    assert session.cluster(group).edited
    session.board.merge_recommendations(a, [b])
    assert session.recommendation(b).status == "merged"
    assert session.recommendation(b).duplicate_of == a
    assert [r.id for r in session.board.recommendations(include_inactive=False)] == [a, c]
    dissolve = session.board.delete_cluster(group)
    assert all(r.cluster is None for r in session.board.recommendations())
    session.undo(dissolve)
    assert session.recommendation(a).cluster == group


def test_roster_import_adds_and_updates(session: Session, room: dict[str, int]) -> None:
    from breakout.roster import RosterEntry

    change = session.people.import_roster(
        [
            RosterEntry("ana", organisation="Neighbourhood Network", may_be_named=True),
            RosterEntry("Dee", region="Europe"),
        ]
    )
    assert change.result == {"added": 1, "updated": 1}
    ana = session.participant(room["ana"])
    assert ana.organisation == "Neighbourhood Network" and ana.may_be_named
    session.undo(change)
    assert [p.name for p in session.people.participants()] == ["Ana", "Ben", "Chi"]


def test_listeners_hear_every_committed_change(session: Session, room: dict[str, int]) -> None:
    heard: list[str] = []
    session.subscribe(lambda change: heard.append(change.label))
    change = session.capture.add_contribution("Heard")
    session.undo(change)
    assert heard == ["Add contribution", "Add contribution"]


def _board(session: Session) -> dict[str, int]:
    ids = {
        name: session.board.add_recommendation(text).result
        for name, text in (
            ("a", "Map flood streets with residents"),
            ("b", "Residents walk the streets to map floods"),
            ("c", "Fund drainage before the rains"),
            ("d", "A regional fund for small towns"),
            ("e", "Train youth groups in evacuation"),
        )
    }
    ids["mine"] = session.board.add_cluster("Mapping (mine)", members=[ids["a"]]).result
    return ids


def test_suggestions_never_overwrite_what_people_made(session: Session) -> None:
    ids = _board(session)
    change = session.board.apply_suggestions(
        [("Maps", [ids["a"], ids["b"]]), ("Money", [ids["c"], ids["d"]]), ("Alone", [ids["e"]])]
    )
    assert change.result == 1  # "Maps" lost a to my group and is too small; "Alone" too
    session.undo(change)
    assert [c.label for c in session.board.clusters()] == ["Mapping (mine)"]
    session.redo(change)
    groups = {c.label: c for c in session.board.clusters()}
    assert set(groups) == {"Mapping (mine)", "Money"}
    assert groups["Money"].origin == "suggested" and not groups["Money"].accepted
    assert session.recommendation(ids["a"]).cluster == ids["mine"]
    # Suggesting again replaces open suggestions, but an accepted one stays.
    session.board.accept_cluster(groups["Money"].id)
    session.board.apply_suggestions([("Other money", [ids["c"], ids["e"]])])
    assert session.recommendation(ids["c"]).cluster == groups["Money"].id
    assert {c.label for c in session.board.clusters()} == {"Mapping (mine)", "Money"}
    session.board.apply_suggestions([("Youth", [ids["b"], ids["e"]])])
    youth = next(c for c in session.board.clusters() if c.label == "Youth")
    session.board.accept_all_suggestions()
    assert session.cluster(youth.id).accepted


def test_merge_and_split_groups(session: Session) -> None:
    ids = _board(session)
    other = session.board.add_cluster("Floods", members=[ids["b"], ids["c"]]).result
    merge = session.board.merge_clusters(ids["mine"], [other])
    members = {r.id for r in session.board.recommendations() if r.cluster == ids["mine"]}
    assert members == {ids["a"], ids["b"], ids["c"]}
    assert [c.id for c in session.board.clusters()] == [ids["mine"]]
    split = session.board.split_cluster(ids["mine"], [ids["c"]], label="Money")
    assert session.recommendation(ids["c"]).cluster == split.result
    assert [c.label for c in session.board.clusters()] == ["Mapping (mine)", "Money"]
    with pytest.raises(BreakoutError, match="leaves nothing"):
        session.board.split_cluster(split.result, [ids["c"]])
    session.undo(split)
    session.undo(merge)
    assert session.recommendation(ids["b"]).cluster == other


def test_embedding_cache_round_trip(session: Session) -> None:
    assert session.board.cached_vectors("m", ["x", "y"]) == {}
    session.board.store_vectors("m", {"x": b"\x00\x01", "y": b"\x02"})
    assert session.board.cached_vectors("m", ["x", "y", "z"]) == {"x": b"\x00\x01", "y": b"\x02"}
    assert session.board.cached_vectors("other model", ["x"]) == {}
