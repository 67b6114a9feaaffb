"""The run-of-show clock: elapsed, remaining and overrun, from stored runs.

A point's clock is stored as runs (start, end-or-running) in the session file,
so these are pure functions of those timestamps and "now": a restarted app
shows the same clock, and tests pass any "now" they like.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass


def point_elapsed(runs: Iterable[tuple[float, float | None]], now: float) -> float:
    """Seconds a point's clock has run: the sum of its runs, the open one up to ``now``."""
    return sum(max(0.0, (end if end is not None else now) - start) for start, end in runs)


@dataclass(frozen=True)
class ClockReading:
    elapsed: float
    planned: float
    running: bool

    @property
    def remaining(self) -> float:
        return self.planned - self.elapsed

    @property
    def overrun(self) -> float:
        return max(0.0, -self.remaining)

    @property
    def fraction(self) -> float:
        return self.elapsed / self.planned if self.planned else 0.0

    @property
    def warning(self) -> str:
        return warning_for(self.remaining, self.planned)


def warning_for(remaining: float, planned: float) -> str:
    """The warning level: "over" past the time-box; "near" in its last stretch (a
    gentle warning: the last two minutes, or the last quarter of a short
    time-box); otherwise "none"."""
    if remaining < 0:
        return "over"
    if remaining <= min(NEAR_SECONDS, NEAR_FRACTION * planned):
        return "near"
    return "none"


#: The gentle warning starts this long before a time-box ends...
NEAR_SECONDS = 120.0
#: ...or in this last fraction of it, whichever is shorter.
NEAR_FRACTION = 0.25


def read_clock(
    runs: Iterable[tuple[float, float | None]], minutes: int, now: float
) -> ClockReading:
    runs = list(runs)
    return ClockReading(
        elapsed=point_elapsed(runs, now),
        planned=minutes * 60.0,
        running=any(end is None for _, end in runs),
    )


def countdown_seconds(remaining: float) -> int:
    """Seconds as a countdown shows them: 0:01 until the last second has gone."""
    return math.ceil(round(remaining, 6))


def span_words(seconds: int) -> str:
    """A length of time in words: "45 s", "1 min 30 s", "2 min".

    From two minutes on, only whole minutes, as the digits show them (2:40 is "2 min").
    """
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 120:
        rest = seconds - 60
        return "1 min" if rest == 0 else f"1 min {rest} s"
    return f"{seconds // 60} min"


def time_words(remaining: float) -> str:
    """Time left in words: "4 min left", "1 min 30 s left", "Time's up", "Over by 2 min"."""
    seconds = countdown_seconds(remaining)
    if seconds > 0:
        return f"{span_words(seconds)} left"
    if seconds == 0:
        return "Time's up"
    return f"Over by {span_words(-seconds)}"


def clock_digits(remaining: float) -> str:
    """Time left as a countdown: "12:00", "0:07", "0:00", "−2:15" when over."""
    seconds = countdown_seconds(remaining)
    sign = "−" if seconds < 0 else ""
    seconds = abs(seconds)
    return f"{sign}{seconds // 60}:{seconds % 60:02d}"


def move_words(
    *,
    left: int | None,
    left_elapsed: float,
    left_planned: float,
    entered: int,
    resumed: bool,
    carried: int,
) -> str:
    """What moving between points did, for the status line.

    Points are given by their agenda number: "Point 1 closed after 11 min
    (over by 1 min) · point 2 started · 3 waiting speakers carried over".
    """
    parts = []
    if left is not None:
        used = span_words(int(left_elapsed))
        over = countdown_seconds(left_planned - left_elapsed)
        closing = f"Point {left} closed after {used}"
        if over < 0:
            closing += f" (over by {span_words(-over)})"
        parts.append(closing)
    parts.append(f"point {entered} {'resumed' if resumed else 'started'}")
    if carried:
        people = "1 waiting speaker" if carried == 1 else f"{carried} waiting speakers"
        parts.append(f"{people} carried over")
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]
