"""Voting methods, one module each, behind one protocol (:class:`VotingMethod`).

The registry :data:`METHODS` maps a method's name, as stored in session files,
to the object that knows its settings, what a valid ballot is, how to count
it, and the words for its results and ballots. Everything else — rounds, the
tally, the interchange format, the report, the console and the kiosk — asks
the registry, so adding a method is one module here (and a ballot widget in
the Qt client's registry under the same name).

Pure Python: no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from breakout.errors import BreakoutError, refusal
from breakout.voting import agreement, approval, dots, majority, ranking
from breakout.voting.base import MAX_HANDS, VotingMethod, whole
from breakout.voting.dots import MAX_DOT_BUDGET

#: Every voting method by name, in the order the set-up dialog offers them.
METHODS: dict[str, VotingMethod] = {
    module.NAME: module.METHOD for module in (dots, approval, ranking, agreement, majority)
}
#: The method a new round starts with.
DEFAULT_METHOD = dots.NAME


def method(name: str) -> VotingMethod:
    """The method called ``name``, or a refusal naming the ones there are."""
    found = METHODS.get(name)
    if found is None:
        raise BreakoutError(f"unknown voting method {name!r}; use {', '.join(METHODS)}")
    return found


def title(name: str) -> str:
    """A method's name for people, or the stored name when there is no such method."""
    found = METHODS.get(name)
    return found.title if found is not None else name


def normalise_settings(name: str, settings: Mapping[str, Any], item_count: int) -> dict[str, Any]:
    """Fill in defaults and check the settings of a method."""
    return method(name).normalise_settings(settings, item_count)


def validate_ballot(
    name: str, settings: Mapping[str, Any], items: Sequence[int], entries: Mapping[int, int]
) -> dict[int, int]:
    """Return the ballot's non-trivial entries, or refuse it with a clear reason."""
    voting_method = method(name)
    known = set(items)
    clean: dict[int, int] = {}
    for item, value in entries.items():
        if item not in known:
            raise refusal("item %(item)s is not on this ballot", item=item)
        clean[int(item)] = whole(value, "a ballot value")
    clean = voting_method.validate_ballot(settings, items, clean)
    if not clean:
        raise refusal("the ballot is empty; choose at least one item")
    return clean


__all__ = [
    "DEFAULT_METHOD",
    "MAX_DOT_BUDGET",
    "MAX_HANDS",
    "METHODS",
    "VotingMethod",
    "method",
    "normalise_settings",
    "title",
    "validate_ballot",
]
