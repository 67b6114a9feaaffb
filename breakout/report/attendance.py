"""The participants section: who took part, named where they agreed, in alphabet order.

Only people present by the rule of :mod:`breakout.presence` are listed: once
anyone has been checked in, someone on the roster who was never checked in
and never took part (no turn, no contribution, no vote) did not attend and is
left out. When nobody was checked in, the roster stands in for the room.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from breakout.model import Participant
from breakout.presence import Presence
from breakout.report.collation import name_key
from breakout.report.model import ParticipantRow, Participants, plural


def participants_section(
    people: Sequence[Participant],
    presence: Presence,
    *,
    anonymous: bool,
    row: Callable[[Participant], ParticipantRow],
) -> Participants:
    """The section's rows and its note (nobody is named in an anonymous report)."""
    attended = sorted(
        (p for p in people if p.id in presence.ids), key=lambda p: (name_key(p.name), p.id)
    )
    absent = len(people) - len(attended)
    if anonymous:
        return Participants(
            rows=(),
            not_named=len(attended),
            note="Participants are not named in this report.",
        )
    named = [p for p in attended if p.may_be_named]
    rest = len(attended) - len(named)
    note = (
        f"Only people who agreed to be named are listed; {plural(rest, 'other')} took part."
        if rest
        else "Everyone who took part agreed to be named."
    )
    if absent:
        note += (
            f" Not listed: {plural(absent, 'person', 'people')} on the roster who did not attend."
        )
    return Participants(
        rows=tuple(row(p) for p in named),
        not_named=rest,
        note=note,
    )
