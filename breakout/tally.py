"""The result of a voting round of a session, and support by stakeholder group.

Each method's counting is in its own module of :mod:`breakout.voting` (pure
functions of plain data, each usable and tested alone; what the figures mean is
in :mod:`breakout.voting.base` and the method's module).
:func:`tally_round` reads a closed round from a
:class:`~breakout.session.Session` and hands it to its method.

Support by group
----------------
Only for rounds that are not secret, and only from kiosk ballots (hands carry
no names). Groups are stakeholder groups compared without regard to case or
spacing, labelled with the spelling most of the roster uses; an empty value is
:data:`breakout.balance.NOT_RECORDED`. A cell is the group's support for an
item, as the method defines it (:meth:`~breakout.voting.base.VotingMethod.support`).
A group with fewer than :data:`MIN_GROUP_VOTERS` (3) voters is left out of
``by_group`` and named in ``hidden_groups``. Because the overall result minus
the groups shown would give the hidden groups' votes, when the hidden groups
hold fewer than 3 voters between them the smallest shown group is hidden too,
and so on, until the hidden voters number 3 or more or nothing is shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from breakout import voting
from breakout.balance import NOT_RECORDED, group_key, group_labels
from breakout.errors import BreakoutError
from breakout.model import Participant
from breakout.session import Session
from breakout.voting.agreement import agreement
from breakout.voting.approval import approval
from breakout.voting.base import Ballot, ItemResult, Items, RoundResult, checked_ballots, labels_of
from breakout.voting.dots import dots
from breakout.voting.ranking import borda, pairwise, ranking, schulze, strongest_paths

#: A group with fewer voters than this is hidden in the support by group.
MIN_GROUP_VOTERS = 3


# -- support by group -------------------------------------------------------------


def group_support(
    method: str,
    grouped: Mapping[str, Sequence[Ballot]],
    items: Items,
    *,
    min_voters: int = MIN_GROUP_VOTERS,
) -> tuple[dict[str, dict[int, float]], tuple[str, ...]]:
    """Each group's support per item, and the groups hidden to protect votes.

    ``grouped`` maps a group name to its voters' ballots. Returns
    ``(by_group, hidden_groups)``; see the module notes for the cells and for
    the hiding rule (fewer than ``min_voters``, then secondary hiding).
    """
    counter = voting.method(method)
    labels = labels_of(items)
    sizes = {group: len(b) for group, b in grouped.items() if b}
    hidden = {group for group, size in sizes.items() if size < min_voters}
    shown = sorted((size, group) for group, size in sizes.items() if group not in hidden)
    while hidden and sum(sizes[g] for g in hidden) < min_voters and shown:
        hidden.add(shown.pop(0)[1])
    by_group: dict[str, dict[int, float]] = {}
    for group in sorted(sizes, key=lambda g: (g.casefold(), g)):
        if group not in hidden:
            by_group[group] = counter.support(checked_ballots(grouped[group], labels), labels)
    return by_group, tuple(sorted(hidden, key=lambda g: (g.casefold(), g)))


def _group_names(people: Sequence[Participant]) -> dict[int, str]:
    """Participant id -> stakeholder group label, grouping case and spacing variants."""
    names = group_labels([person.stakeholder_group for person in people])
    return {person.id: names[group_key(person.stakeholder_group)] for person in people}


# -- a round of a session -----------------------------------------------------------


def tally_round(session: Session, round_id: int) -> RoundResult:
    """The result of a closed round: its kiosk ballots and hand counts, counted.

    Results stay hidden until the round closes: an open or draft round is
    refused, whoever asks. A method may refuse hand counts it cannot read (a
    ranking cannot be shown by hands).
    """
    rnd = session.voting.round(round_id)
    if rnd.state != "closed":
        raise BreakoutError(f"the round is {rnd.state}; results stay hidden until the round closes")
    counter = voting.method(rnd.method)
    labels = {item.id: item.label for item in session.voting.round_items(round_id)}
    rows = session.voting.ballots(round_id)
    eligible = len(session.presence().ids | set(session.voting.voters(round_id)))
    result = counter.tally(
        [entries for _, entries in rows],
        labels,
        session.voting.hand_tallies(round_id),
        rnd.rules,
        eligible,
    )
    if rnd.secret:
        return replace(result, by_group=None, hidden_groups=())
    group_of = _group_names(session.people.participants())
    grouped: dict[str, list[Ballot]] = {}
    for person, entries in rows:
        if person is not None:
            grouped.setdefault(group_of.get(person, NOT_RECORDED), []).append(entries)
    by_group, hidden = group_support(rnd.method, grouped, labels)
    return replace(result, by_group=by_group, hidden_groups=hidden)


__all__ = [
    "MIN_GROUP_VOTERS",
    "ItemResult",
    "RoundResult",
    "agreement",
    "approval",
    "borda",
    "dots",
    "group_support",
    "pairwise",
    "ranking",
    "schulze",
    "strongest_paths",
    "tally_round",
]
