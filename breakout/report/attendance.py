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
from breakout.report.model import ParticipantRow, Participants
from breakout.words import Words


def participants_section(
    people: Sequence[Participant],
    presence: Presence,
    t: Words,
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
            note=t.gettext("Participants are not named in this report."),
        )
    named = [p for p in attended if p.may_be_named]
    rest = len(attended) - len(named)
    if rest:
        note = t.ngettext(
            "Only people who agreed to be named are listed; %(n)d other took part.",
            "Only people who agreed to be named are listed; %(n)d others took part.",
            rest,
        )
    else:
        note = t.gettext("Everyone who took part agreed to be named.")
    if absent:
        note += " " + t.ngettext(
            "Not listed: %(n)d person on the roster who did not attend.",
            "Not listed: %(n)d people on the roster who did not attend.",
            absent,
        )
    return Participants(
        rows=tuple(row(p) for p in named),
        not_named=rest,
        note=note,
    )
