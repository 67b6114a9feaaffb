"""What the room sees: the shared screen's content, as plain data.

``room_view(session)`` reads the current point, its clock and its speaking
queue and returns a :class:`RoomView` that holds nothing the room must not see:
never a point's notes or anyone's contribution, and under the Chatham House
Rule (or when asked to be anonymous) never a participant's name — speakers
become "Speaker 1", "Speaker 2", … by their place in the queue. In a named
session the same holds for each person who has not agreed to be named.

``time_words`` and ``clock_digits`` turn a view's time into text that reads
from the back of the room. Everything here is pure: no Qt, and time comes from
the session's clock or the ``now`` a caller passes.
"""

from __future__ import annotations

from dataclasses import dataclass

from breakout import clock
from breakout.clock import read_clock, warning_for
from breakout.session import Session


@dataclass(frozen=True)
class RoomView:
    session_title: str
    point_number: int | None  # 1-based position of the current point; None before any started
    point_count: int
    question: str | None  # the current point's text (never its notes)
    planned_seconds: float
    elapsed_seconds: float
    remaining_seconds: float  # negative when over
    running: bool
    warning: str  # "none" | "near" | "over"
    current_speaker: str | None  # a name, or "Speaker" when anonymous; None when nobody speaks
    next_speakers: tuple[str, ...]  # up to max_speakers waiting, in queue order
    anonymous: bool
    waiting_count: int = 0  # everyone waiting, including those not in next_speakers
    ended: bool = False  # the current point has been ended (its discussion is closed)
    # Whether the current speaker, and each of next_speakers, is shown by place ("Speaker 2")
    # rather than by name, so that a screen can say it in its own language.
    current_unnamed: bool = False
    next_unnamed: tuple[bool, ...] = ()

    @property
    def started(self) -> bool:
        return self.point_number is not None

    @property
    def fraction_used(self) -> float:
        """Share of the time-box used, 0.0 … 1.0 (1.0 when over)."""
        if self.planned_seconds <= 0:
            return 0.0
        return min(1.0, max(0.0, self.elapsed_seconds / self.planned_seconds))


def room_view(
    session: Session,
    now: float | None = None,
    *,
    max_speakers: int = 3,
    anonymous: bool | None = None,
) -> RoomView:
    """The shared screen's content at ``now`` (default: the session's clock).

    ``anonymous`` defaults to the session's Chatham House setting. ``True``
    hides names even when the rule is off; ``False`` never lifts the rule: a
    Chatham House session is always shown without names.
    """
    info = session.info()
    hide_names = info.chatham_house or bool(anonymous)
    points = session.agenda.points()
    count = len(points)
    position = next((i for i, p in enumerate(points) if p.id == info.current_point), None)
    if position is None:
        return _before_any_point(info.title, count, hide_names)

    point = points[position]
    reading = read_clock(
        session.agenda.point_runs(point.id), point.minutes, session.clock() if now is None else now
    )
    active = session.queue.active_turn(point.id)
    waiting = session.queue.waiting(point.id)
    shown = waiting[: max(0, max_speakers)]
    speaker = None if active is None else _shown_as(session, active.participant, None, hide_names)
    upcoming = tuple(
        _shown_as(session, t.participant, n, hide_names) for n, t in enumerate(shown, 1)
    )
    current_unnamed = active is not None and _unnamed(session, active.participant, hide_names)
    next_unnamed = tuple(_unnamed(session, t.participant, hide_names) for t in shown)
    return RoomView(
        session_title=info.title,
        point_number=position + 1,
        point_count=count,
        question=point.text,
        planned_seconds=reading.planned,
        elapsed_seconds=reading.elapsed,
        remaining_seconds=reading.remaining,
        running=reading.running,
        warning=warning_for(reading.remaining, reading.planned),
        current_speaker=speaker,
        next_speakers=upcoming,
        anonymous=hide_names,
        waiting_count=len(waiting),
        ended=point.ended_at is not None and not reading.running,
        current_unnamed=current_unnamed,
        next_unnamed=next_unnamed,
    )


def _before_any_point(title: str, count: int, hide_names: bool) -> RoomView:
    """The view before the first point has started: the title and nothing running."""
    return RoomView(
        session_title=title,
        point_number=None,
        point_count=count,
        question=None,
        planned_seconds=0.0,
        elapsed_seconds=0.0,
        remaining_seconds=0.0,
        running=False,
        warning="none",
        current_speaker=None,
        next_speakers=(),
        anonymous=hide_names,
    )


def _unnamed(session: Session, participant: int, hide_names: bool) -> bool:
    return hide_names or not session.participant(participant).may_be_named


def _shown_as(session: Session, participant: int, place: int | None, hide_names: bool) -> str:
    """A name only for someone who agreed to be named; otherwise their place."""
    if not _unnamed(session, participant, hide_names):
        return session.participant(participant).name
    return "Speaker" if place is None else f"Speaker {place}"


def time_words(view: RoomView) -> str:
    """The time left in words: "4 min left", "1 min 30 s left", "Time's up", "Over by 2 min".

    Empty before any point has started.
    """
    return clock.time_words(view.remaining_seconds) if view.started else ""


def clock_digits(view: RoomView) -> str:
    """The time left as a countdown: "12:00", "0:07", "0:00", "−2:15" when over."""
    return clock.clock_digits(view.remaining_seconds) if view.started else ""


def point_words(view: RoomView) -> str:
    """The point's place on the agenda, "Point 3 of 6"; "" before any point has started."""
    if view.point_number is None:
        return ""
    return f"Point {view.point_number} of {view.point_count}"


def queue_words(view: RoomView) -> str:
    """The queue, "Next: Ana Lima · Ben Osei · Chidi Okafor  (+2 more)"; "" when nobody waits."""
    if not view.next_speakers:
        return ""
    text = "Next: " + " · ".join(view.next_speakers)
    more = view.waiting_count - len(view.next_speakers)
    if more > 0:
        text += f"  (+{more} more)"
    return text
