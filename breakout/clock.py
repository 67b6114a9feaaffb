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


def read_clock(
    runs: Iterable[tuple[float, float | None]], minutes: int, now: float
) -> ClockReading:
    runs = list(runs)
    return ClockReading(
        elapsed=point_elapsed(runs, now),
        planned=minutes * 60.0,
        running=any(end is None for _, end in runs),
    )
