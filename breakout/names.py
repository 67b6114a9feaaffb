"""Which person a name typed by the facilitator means.

A pure calculator over the participant list, shared by every place a name is
typed (the queue, the capture's "Who", a late arrival): the one person it
names exactly, else the one person whose name, or a later word of it, begins
with what was typed (type-ahead), else nobody — a walk-in. Several people
beginning that way is refused with a sentence naming some of them. Case and
runs of spaces do not matter; accents and scripts are compared as typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from breakout.errors import BreakoutError
from breakout.model import Participant

#: How many of the people a name could mean are listed when it is ambiguous.
LISTED = 4


def tidy(name: str) -> str:
    """A typed name as it is stored: single spaces, no spaces at either end."""
    return " ".join(str(name).split())


def exactly(people: Sequence[Participant], name: str) -> Participant | None:
    """The person with this name (case aside), or None."""
    wanted = tidy(name).casefold()
    return next((p for p in people if p.name.casefold() == wanted), None)


def who_is(people: Sequence[Participant], name: str) -> Participant | None:
    """The one person ``name`` means, or None for a walk-in.

    Raises :class:`BreakoutError` when the name is empty or could mean several people.
    """
    typed = tidy(name)
    if not typed:
        raise BreakoutError("type a name first")
    person = exactly(people, typed)
    if person is not None:
        return person
    wanted = typed.casefold()
    matches = [p for p in people if any(s.startswith(wanted) for s in _starts(p.name.casefold()))]
    if len(matches) == 1:
        return matches[0]
    if matches:
        listed = ", ".join(p.name for p in matches[:LISTED])
        raise BreakoutError(f"“{typed}” could be {listed}; type more of the name")
    return None


def _starts(name: str) -> list[str]:
    """Where type-ahead may match a name: its start and the start of each later word."""
    words = name.split()
    return [" ".join(words[i:]) for i in range(len(words))]
