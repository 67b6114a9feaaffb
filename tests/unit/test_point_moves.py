"""Moving between points is never silent: the point left is closed, its queue comes along.

Before, Ctrl+PgDown or a jump from the agenda emptied the speaking queue
without a word and left the previous point neither closed nor flagged.
"""

from __future__ import annotations

import pytest

from breakout.clock import move_words
from breakout.errors import BreakoutError
from breakout.interchange import export_session
from breakout.session import Session
from tests.helpers import FakeClock


@pytest.fixture
def room(session: Session, clock: FakeClock) -> dict[str, int]:
    ids = {
        "p1": session.agenda.add_point("Qui dresse la carte des risques ?", minutes=10).result,
        "p2": session.agenda.add_point("من يدفع ثمن الصرف الصحي؟", minutes=12).result,
        "p3": session.agenda.add_point("谁来照顾这些树?", minutes=5).result,
    }
    for name in ("Amina", "Bruno", "Chen", "Dolores"):
        ids[name] = session.people.add_participant(name).result
    session.agenda.start_point(ids["p1"])
    session.queue.request_turn(ids["Amina"])
    session.queue.call_next()
    for name in ("Bruno", "Chen"):
        session.queue.request_turn(ids[name])
    clock.advance(11 * 60 + 20)
    return ids


def _waiting(session: Session, point: int) -> list[int]:
    return [t.participant for t in session.queue.waiting(point)]


def test_next_point_closes_the_point_and_carries_the_queue(
    session: Session, room: dict[str, int], clock: FakeClock
) -> None:
    move = session.agenda.next_point().result
    assert (move.left, move.entered, move.carried, move.resumed) == (
        room["p1"],
        room["p2"],
        2,
        False,
    )
    first = session.point(room["p1"])
    assert first.ended_at == clock.now  # closed, not merely paused
    assert session.agenda.running_point() == room["p2"]
    assert session.queue.active_turn(room["p1"]) is None  # Amina's turn ended with the point
    assert _waiting(session, room["p1"]) == []
    assert _waiting(session, room["p2"]) == [room["Bruno"], room["Chen"]]


def test_a_jump_does_the_same_and_keeps_the_order_after_those_already_waiting(
    session: Session, room: dict[str, int]
) -> None:
    session.queue.request_turn(room["Dolores"], room["p3"])
    session.queue.request_turn(room["Chen"], room["p3"])  # waiting at both points
    move = session.agenda.start_point(room["p3"]).result
    assert (move.left, move.carried) == (room["p1"], 1)
    assert _waiting(session, room["p3"]) == [room["Dolores"], room["Chen"], room["Bruno"]]
    assert session.point(room["p1"]).ended_at is not None


def test_going_back_resumes_the_earlier_clock(
    session: Session, room: dict[str, int], clock: FakeClock
) -> None:
    session.agenda.next_point()
    clock.advance(60)
    move = session.agenda.previous_point().result
    assert (move.left, move.entered, move.resumed) == (room["p2"], room["p1"], True)
    assert _waiting(session, room["p1"]) == [room["Bruno"], room["Chen"]]
    with pytest.raises(BreakoutError, match="this is the first point"):
        session.agenda.previous_point()


@pytest.mark.parametrize("how", ["next", "jump", "previous"])
def test_moves_undo_exactly(session: Session, room: dict[str, int], how: str) -> None:
    if how == "previous":
        session.agenda.next_point()
    before = export_session(session)
    change = {
        "next": session.agenda.next_point,
        "jump": lambda: session.agenda.start_point(room["p3"]),
        "previous": session.agenda.previous_point,
    }[how]()
    after = export_session(session)
    session.undo(change)
    assert export_session(session) == before
    session.redo(change)
    assert export_session(session) == after


def test_the_status_line_says_what_happened_to_both_clocks_and_the_queue() -> None:
    words = move_words(
        left=1, left_elapsed=680, left_planned=600, entered=2, resumed=False, carried=2
    )
    assert words == (
        "Point 1 closed after 11 min (over by 1 min 20 s) · point 2 started · "
        "2 waiting speakers carried over"
    )
    assert move_words(
        left=3, left_elapsed=30, left_planned=600, entered=1, resumed=True, carried=1
    ) == ("Point 3 closed after 30 s · point 1 resumed · 1 waiting speaker carried over")
