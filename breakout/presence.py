"""Who counts as present: one rule for the balance, voting, results and the report.

A facilitator may check people in at the door, or never. The rule:

* **Someone has been checked in**: the people checked in, and anyone else who
  has visibly taken part — asked for the floor, been quoted by name, or voted.
  A walk-in added to the queue counts without being checked in.
* **Nobody has been checked in**: check-in was not used, so the whole roster
  (walk-ins included) stands in for the room, and every view says "of the
  roster" rather than "present".

Everything that says "N present" — the balance panel, turnout on the vote
page and the room's screen, the hand-count check, the tallies and the report
— asks :meth:`breakout.session.Session.presence`, so the numbers agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from breakout.model import Participant

PresenceBasis = Literal["checked_in", "roster"]


@dataclass(frozen=True)
class Presence:
    ids: frozenset[int]
    basis: PresenceBasis

    @property
    def count(self) -> int:
        return len(self.ids)

    def words(self) -> str:
        """ "present" or "on the roster", for "12 of 40 …" sentences."""
        return "present" if self.basis == "checked_in" else "on the roster"


def presence_from(people: Sequence[Participant], took_part: Iterable[int]) -> Presence:
    """Apply the rule to the roster and the ids of those who took part."""
    on_roster = {p.id for p in people}
    checked_in = {p.id for p in people if p.present}
    if not checked_in:
        return Presence(frozenset(on_roster), "roster")
    return Presence(frozenset(checked_in | (set(took_part) & on_roster)), "checked_in")
