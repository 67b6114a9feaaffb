"""The run-of-show clock: elapsed, remaining and overrun, from stored runs.

A point's clock is stored as runs (start, end-or-running) in the session file,
so these are pure functions of those timestamps and "now": a restarted app
shows the same clock, and tests pass any "now" they like.
"""

from __future__ import annotations

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
        """ "over" past the time-box; "near" in its last stretch (a gentle warning:
        the last two minutes, or the last quarter of a short time-box); else "none"."""
        if self.remaining < 0:
            return "over"
        if self.remaining <= min(NEAR_SECONDS, NEAR_FRACTION * self.planned):
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


def words(reading: ClockReading) -> str:
    """The time left in plain words: "4 min left", "Over by 2 min"."""
    seconds = abs(reading.remaining)
    minutes, rest = divmod(round(seconds), 60)
    if minutes and rest and minutes < 5:
        amount = f"{minutes} min {rest} s"
    elif minutes:
        amount = f"{minutes + (1 if rest >= 30 and minutes >= 5 else 0)} min"
    else:
        amount = f"{rest} s"
    if reading.remaining < 0:
        return f"Over by {amount}"
    return f"{amount} left"
