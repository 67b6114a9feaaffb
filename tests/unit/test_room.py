"""What the room sees: the shared screen's content from a real session file."""

from __future__ import annotations

from dataclasses import fields

import pytest

from breakout.clock import warning_for
from breakout.room import (
    RoomView,
    clock_digits,
    point_words,
    queue_words,
    room_view,
    time_words,
)
from breakout.session import Session
from tests.helpers import FakeClock

NAMES = ("Ana Lima", "Ben Osei", "Chidi Okafor", "Dana Kowalski", "Emre Yilmaz")
QUESTION = "How should partnerships measure what changes for workers?"
NOTES = "Facilitator only: start with the union delegates, keep the audit firms brief."


@pytest.fixture
def people(session: Session) -> dict[str, int]:
    return {
        name: session.people.add_participant(name, present=True, may_be_named=True).result
        for name in NAMES
    }


@pytest.fixture
def agenda(session: Session) -> list[int]:
    return [
        session.agenda.add_point(QUESTION, minutes=10, notes=NOTES).result,
        session.agenda.add_point("What should a grievance mechanism look like?", minutes=2).result,
        session.agenda.add_point("Which recommendations go to the plenary?", minutes=12).result,
    ]


def queue_everyone(session: Session, people: dict[str, int]) -> None:
    """Everyone raises a hand in NAMES order; the first is given the floor."""
    for name in NAMES:
        session.queue.request_turn(people[name])
    session.queue.call_next()


def every_text(view: RoomView) -> str:
    return "\n".join(str(getattr(view, f.name)) for f in fields(view))


def test_before_any_point_the_room_sees_only_the_title(session: Session, agenda: list[int]) -> None:
    view = room_view(session)
    assert view.session_title == "Test session"
    assert view.point_number is None
    assert view.point_count == 3
    assert view.question is None
    assert (view.running, view.warning, view.current_speaker, view.next_speakers) == (
        False,
        "none",
        None,
        (),
    )
    assert not view.started
    assert time_words(view) == clock_digits(view) == point_words(view) == ""


def test_an_empty_agenda_is_not_an_error(session: Session) -> None:
    view = room_view(session)
    assert (view.point_number, view.point_count) == (None, 0)


def test_named_session_shows_the_speaker_and_the_next_three_in_order(
    session: Session, agenda: list[int], people: dict[str, int]
) -> None:
    session.agenda.start_point(agenda[0])
    queue_everyone(session, people)
    view = room_view(session)
    assert not view.anonymous
    assert view.point_number == 1
    assert view.question == QUESTION
    assert view.current_speaker == "Ana Lima"
    assert view.next_speakers == ("Ben Osei", "Chidi Okafor", "Dana Kowalski")
    assert view.waiting_count == 4
    assert queue_words(view) == "Next: Ben Osei · Chidi Okafor · Dana Kowalski  (+1 more)"
    assert room_view(session, max_speakers=1).next_speakers == ("Ben Osei",)
    assert room_view(session, max_speakers=0).next_speakers == ()


def test_the_queue_follows_moves_and_withdrawals(
    session: Session, agenda: list[int], people: dict[str, int]
) -> None:
    session.agenda.start_point(agenda[0])
    queue_everyone(session, people)
    waiting = session.queue.waiting(agenda[0])
    session.queue.move_turn(waiting[-1].id, 0)  # Emre goes first
    session.queue.withdraw_turn(waiting[0].id)  # Ben leaves the queue
    assert room_view(session).next_speakers == ("Emre Yilmaz", "Chidi Okafor", "Dana Kowalski")


def test_chatham_house_labels_speakers_by_queue_position(
    session: Session, agenda: list[int], people: dict[str, int]
) -> None:
    session.update_session(chatham_house=True)
    session.agenda.start_point(agenda[0])
    queue_everyone(session, people)
    view = room_view(session)
    assert view.anonymous
    assert view.current_speaker == "Speaker"
    assert view.next_speakers == ("Speaker 1", "Speaker 2", "Speaker 3")
    assert view.waiting_count == 4
    session.queue.call_next()
    active = session.queue.active_turn(agenda[0])
    assert active is not None
    session.queue.end_turn(active.id)
    view = room_view(session)
    assert view.current_speaker is None
    assert view.next_speakers == ("Speaker 1", "Speaker 2", "Speaker 3")


def test_no_name_appears_anywhere_under_chatham_house(
    session: Session, agenda: list[int], people: dict[str, int]
) -> None:
    session.update_session(chatham_house=True)
    session.agenda.start_point(agenda[0])
    queue_everyone(session, people)
    for max_speakers in (1, 3, 10):
        text = every_text(room_view(session, max_speakers=max_speakers))
        for name in NAMES:
            for part in name.split():
                assert part not in text, f"{part!r} from {name!r} is on the shared screen"
    # ...and the rule cannot be lifted by the caller.
    assert room_view(session, anonymous=False).next_speakers[0] == "Speaker 1"


def test_anonymous_hides_names_even_without_chatham_house(
    session: Session, agenda: list[int], people: dict[str, int]
) -> None:
    session.agenda.start_point(agenda[0])
    queue_everyone(session, people)
    view = room_view(session, anonymous=True)
    assert view.anonymous
    assert view.current_speaker == "Speaker"
    assert not any(name in every_text(view) for name in NAMES)


def test_the_room_never_sees_notes_or_contributions(
    session: Session, agenda: list[int], people: dict[str, int]
) -> None:
    session.agenda.start_point(agenda[0])
    queue_everyone(session, people)
    said = "Our audits found the same overtime problem three years running."
    session.capture.add_contribution(said, point_id=agenda[0], participant_id=people["Ana Lima"])
    text = every_text(room_view(session))
    assert NOTES not in text and "Facilitator only" not in text
    assert said not in text


def test_time_counts_from_the_clock_and_now_can_be_injected(
    session: Session, agenda: list[int], clock: FakeClock
) -> None:
    session.agenda.start_point(agenda[0])
    clock.advance(150)
    view = room_view(session)
    assert view.running
    assert (view.planned_seconds, view.elapsed_seconds, view.remaining_seconds) == (
        600.0,
        150.0,
        450.0,
    )
    assert view.fraction_used == pytest.approx(0.25)
    assert time_words(view) == "7 min left"
    assert clock_digits(view) == "7:30"
    later = room_view(session, now=clock.now + 60)
    assert later.elapsed_seconds == 210.0


@pytest.mark.parametrize(
    ("elapsed", "warning"),
    [(0, "none"), (479, "none"), (480, "near"), (599, "near"), (600, "near"), (601, "over")],
)
def test_a_ten_minute_point_warns_in_its_last_two_minutes(
    session: Session, agenda: list[int], clock: FakeClock, elapsed: float, warning: str
) -> None:
    session.agenda.start_point(agenda[0])
    clock.advance(elapsed)
    assert room_view(session).warning == warning


@pytest.mark.parametrize(("elapsed", "warning"), [(89, "none"), (90, "near"), (121, "over")])
def test_a_short_point_warns_in_its_last_quarter(
    session: Session, agenda: list[int], clock: FakeClock, elapsed: float, warning: str
) -> None:
    session.agenda.start_point(agenda[1])  # 2 minutes: the last quarter is 30 s
    clock.advance(elapsed)
    assert room_view(session).warning == warning


@pytest.mark.parametrize(
    ("remaining", "planned", "warning"),
    [
        (121, 3600, "none"),
        (120, 3600, "near"),
        (15.0, 60, "near"),
        (15.1, 60, "none"),
        (0, 60, "near"),
        (-0.001, 60, "over"),
    ],
)
def test_warning_thresholds(remaining: float, planned: float, warning: str) -> None:
    assert warning_for(remaining, planned) == warning


def test_a_paused_clock_stands_still(session: Session, agenda: list[int], clock: FakeClock) -> None:
    session.agenda.start_point(agenda[0])
    clock.advance(100)
    session.agenda.pause_point()
    clock.advance(1000)
    view = room_view(session)
    assert not view.running
    assert view.elapsed_seconds == 100.0
    assert view.warning == "none"
    session.agenda.start_point(agenda[0])  # resume: the runs add up
    clock.advance(50)
    view = room_view(session)
    assert view.running and view.elapsed_seconds == 150.0


def test_overrun_is_negative_and_said_plainly(
    session: Session, agenda: list[int], clock: FakeClock
) -> None:
    session.agenda.start_point(agenda[0])
    clock.advance(600 + 135)
    view = room_view(session)
    assert view.remaining_seconds == -135.0
    assert view.warning == "over"
    assert view.fraction_used == 1.0
    assert time_words(view) == "Over by 2 min"
    assert clock_digits(view) == "−2:15"


def test_next_point_moves_the_room_on(
    session: Session, agenda: list[int], people: dict[str, int], clock: FakeClock
) -> None:
    session.agenda.start_point(agenda[0])
    queue_everyone(session, people)
    clock.advance(700)
    session.agenda.next_point()
    view = room_view(session)
    assert point_words(view) == "Point 2 of 3"
    assert view.question == "What should a grievance mechanism look like?"
    assert (view.elapsed_seconds, view.warning) == (0.0, "none")
    # The speaker's turn ended with the point; those still waiting carry over.
    assert view.current_speaker is None
    assert view.next_speakers == ("Ben Osei", "Chidi Okafor", "Dana Kowalski")
    assert queue_words(view) == "Next: Ben Osei · Chidi Okafor · Dana Kowalski  (+1 more)"


def test_an_ended_point_is_marked_and_stops(
    session: Session, agenda: list[int], clock: FakeClock
) -> None:
    session.agenda.start_point(agenda[0])
    clock.advance(30)
    session.agenda.end_point(agenda[0])
    clock.advance(300)
    view = room_view(session)
    assert view.ended and not view.running
    assert view.elapsed_seconds == 30.0
    session.agenda.start_point(agenda[0])
    assert not room_view(session).ended


def _view(remaining: float, planned: float = 600) -> RoomView:
    return RoomView(
        session_title="",
        point_number=1,
        point_count=1,
        question="?",
        planned_seconds=planned,
        elapsed_seconds=planned - remaining,
        remaining_seconds=remaining,
        running=True,
        warning=warning_for(remaining, planned),
        current_speaker=None,
        next_speakers=(),
        anonymous=False,
    )


@pytest.mark.parametrize(
    ("remaining", "words", "digits"),
    [
        (600, "10 min left", "10:00"),
        (240, "4 min left", "4:00"),
        (239.2, "4 min left", "4:00"),  # a countdown shows 4:00 until the second is gone
        (180.5, "3 min left", "3:01"),  # the words say the minutes the digits show
        (120, "2 min left", "2:00"),
        (90, "1 min 30 s left", "1:30"),
        (60, "1 min left", "1:00"),
        (45, "45 s left", "0:45"),
        (0.4, "1 s left", "0:01"),
        (0, "Time's up", "0:00"),
        (-0.5, "Time's up", "0:00"),
        (-1, "Over by 1 s", "−0:01"),
        (-75, "Over by 1 min 15 s", "−1:15"),
        (-120, "Over by 2 min", "−2:00"),
        (-754, "Over by 12 min", "−12:34"),
    ],
)
def test_time_in_words_and_digits(remaining: float, words: str, digits: str) -> None:
    view = _view(remaining)
    assert time_words(view) == words
    assert clock_digits(view) == digits


def test_in_a_named_session_someone_who_did_not_consent_is_a_speaker_number(
    session: Session, agenda: list[int], people: dict[str, int]
) -> None:
    session.people.edit_participant(people["Ana Lima"], may_be_named=False)
    session.people.edit_participant(people["Chidi Okafor"], may_be_named=False)
    session.agenda.start_point(agenda[0])
    queue_everyone(session, people)  # Ana has the floor; Ben, Chidi, Dana wait
    view = room_view(session)
    assert view.current_speaker == "Speaker"
    assert view.next_speakers == ("Ben Osei", "Speaker 2", "Dana Kowalski")
    text = every_text(view).casefold()
    assert "ana lima" not in text and "chidi" not in text and "okafor" not in text
