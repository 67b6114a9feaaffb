"""The run-of-show clock, driven by an injected clock."""

from __future__ import annotations

from breakout.clock import read_clock
from breakout.session import Session
from tests.helpers import FakeClock


def test_start_pause_resume_overrun_and_restart(session: Session, clock: FakeClock) -> None:
    point = session.agenda.add_point("Ten minutes", minutes=10).result
    session.agenda.start_point(point)
    clock.advance(4 * 60)
    session.agenda.pause_point()
    clock.advance(30 * 60)  # a coffee break does not count
    reading = read_clock(session.agenda.point_runs(point), 10, clock())
    assert reading.elapsed == 240 and not reading.running
    session.agenda.start_point(point)  # resume
    clock.advance(7 * 60)
    reading = read_clock(session.agenda.point_runs(point), 10, clock())
    assert reading.elapsed == 660 and reading.running
    assert reading.overrun == 60 and reading.remaining == -60

    # The app dies and comes back: the clock is where it was, still running.
    path = session.path
    session.close()
    clock.advance(20)
    with Session.open(path, clock=clock) as again:
        assert again.agenda.running_point() == point
        assert again.info().current_point == point
        reading = read_clock(again.agenda.point_runs(point), 10, clock())
        assert reading.elapsed == 680 and reading.running


def test_starting_another_point_pauses_the_first(session: Session, clock: FakeClock) -> None:
    first = session.agenda.add_point("First", minutes=5).result
    second = session.agenda.add_point("Second", minutes=5).result
    session.agenda.start_point(first)
    clock.advance(100)
    session.agenda.next_point()
    clock.advance(50)
    assert read_clock(session.agenda.point_runs(first), 5, clock()).elapsed == 100
    assert session.point(first).ended_at is not None
    assert read_clock(session.agenda.point_runs(second), 5, clock()).elapsed == 50
    assert session.agenda.running_point() == second
