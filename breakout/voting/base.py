"""What every voting method is: the :class:`VotingMethod` protocol, the result
types, and the helpers the methods share.

A ballot is a mapping from ballot item id to a whole number whose meaning the
method defines. Results are computed, never stored. Pure Python: no Qt, no
database.

What the figures mean
---------------------
* ``ItemResult.rank`` is a competition rank: 1 + the number of items strictly
  ahead, so a tie for first reads 1, 1, 3. Tied items sit next to each other in
  ballot order (the order the items had on the ballot).
* ``ItemResult.share`` is the score as a fraction of the **highest score** in
  the round (1.0 for the top scorer, 0.0 for all when nobody scored): the
  length of the item's bar in a bar chart.
* Each method's module says what its score, order and ``detail`` are.

Counting people
---------------
* ``ballots`` is the number of kiosk ballots plus, when there are hand counts,
  the number of people the hands stand for (see each method).
* ``eligible`` is the people checked in, plus anyone who voted at the kiosk
  without being checked in. ``turnout`` is ``ballots / eligible``, capped at
  1.0 (kiosk ballots and hands can overlap), and 0.0 when nobody is eligible.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from breakout.errors import BreakoutError

#: A ballot: item id -> value (dots, 1 for approval, rank 1 = first, or a level).
Ballot = Mapping[int, int]
#: The items on the ballot, in ballot order: ``{id: label}``, or bare ids.
Items = Mapping[int, str] | Sequence[int]
#: A hand count as stored: (item, level, count).
HandRow = tuple[int, int, int]

#: The most hands a count can hold when nobody is on the roster to count against:
#: a room, not a stadium (the app's count boxes stop here too).
MAX_HANDS = 9999


@dataclass(frozen=True)
class ItemResult:
    """One item's place in a round's result."""

    item: int
    label: str
    #: 1 = first; tied items share a rank (competition ranking: 1, 1, 3).
    rank: int
    #: The method's headline figure (see the method's module).
    score: float
    #: ``score`` as a fraction of the highest score in the round (bar length).
    share: float
    #: Method-specific figures (see each tally function).
    detail: dict[str, Any]


@dataclass(frozen=True)
class RoundResult:
    """A round's result, items in ranked order (ties adjacent, equal ranks)."""

    method: str
    items: tuple[ItemResult, ...]
    #: Kiosk ballots counted, plus the people hand counts stand for.
    ballots: int
    #: People checked in (plus kiosk voters who were not): for turnout.
    eligible: int
    turnout: float
    #: One plain sentence: how the figures were worked out.
    explanation: str
    #: The order in one line, ties shown as ties: ``"Schulze order: A > B = C"``.
    order_note: str
    #: Agreement: labels of the items with at least one block.
    blocked: tuple[str, ...]
    #: Group -> {item: support}; None for a secret round.
    by_group: dict[str, dict[int, float]] | None
    #: Groups left out of ``by_group`` to keep individual votes from showing.
    hidden_groups: tuple[str, ...]


class VotingMethod(Protocol):
    """One voting method: everything the engine, the reports and the console ask of it.

    The kiosk's ballot widget for the method is registered in the Qt client
    under the same :attr:`name`.
    """

    #: The method's name as stored in session files ("dots").
    name: str
    #: Its name for people ("Dot voting").
    title: str
    #: One line on it, for the set-up dialog.
    help: str
    #: What the score column of a report holds ("Dots").
    score_name: str
    #: What one cell of "support by stakeholder group" means.
    group_unit: str
    #: The levels hands are counted at: ``()`` when hands cannot express the
    #: method, one empty name when there is one count per item.
    hand_levels: tuple[str, ...]

    def normalise_settings(self, settings: Mapping[str, Any], item_count: int) -> dict[str, Any]:
        """Fill in defaults and check the settings."""
        ...

    def rules(self, settings: Mapping[str, Any]) -> str:
        """The round's rules in a few words: "5 dots each, at most 2 on one item"."""
        ...

    def validate_ballot(
        self, settings: Mapping[str, Any], items: Sequence[int], entries: dict[int, int]
    ) -> dict[int, int]:
        """The ballot's non-trivial entries (whole numbers of known items), or a refusal."""
        ...

    def tally(
        self,
        ballots: Sequence[Ballot],
        labels: Mapping[int, str],
        hands: Sequence[HandRow],
        settings: Mapping[str, Any],
        eligible: int,
    ) -> RoundResult:
        """Count a round's kiosk ballots and hand counts."""
        ...

    def support(self, ballots: Sequence[Ballot], labels: Mapping[int, str]) -> dict[int, float]:
        """One group's support per item (from its voters' ballots; never empty)."""
        ...

    def support_words(self, value: float) -> str:
        """A support cell in words: "60 %", "3.4"."""
        ...

    def figure(self, item: ItemResult) -> str:
        """An item's headline figure in a few words, as a chart prints it: "23 dots"."""
        ...

    def result_words(self, item: ItemResult) -> str:
        """An item's result in a phrase, as a report prints it (starts with the figure)."""
        ...

    def bar(self, item: ItemResult) -> tuple[float, bool]:
        """The length of the item's bar (0..1), and whether it is drawn as a warning."""
        ...

    def instruction(self, settings: Mapping[str, Any]) -> str:
        """What the kiosk asks the voter to do."""
        ...

    def ballot_summary(
        self,
        ballot: Mapping[int, int],
        items: Sequence[tuple[int, str]],
        settings: Mapping[str, Any],
    ) -> list[str]:
        """A checked ballot read back to the voter, one line per choice."""
        ...


# -- helpers the methods share --------------------------------------------------------


def whole(value: Any, what: str) -> int:
    """``value`` if it is a whole number (not a bool), else a refusal naming ``what``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise BreakoutError(f"{what} must be a whole number, not {value!r}")
    return value


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def percent_words(share: float) -> str:
    """A share as a whole percent, rounded half up as the report rounds: "60 %"."""
    return f"{int(share * 100 + 0.5 + 1e-9)} %"


def labels_of(items: Items) -> dict[int, str]:
    if isinstance(items, Mapping):
        labels = {int(i): str(label) for i, label in items.items()}
    else:
        labels = {int(i): str(i) for i in items}
        if len(labels) != len(items):
            raise BreakoutError("an item appears twice on the ballot")
    return labels


def checked_ballots(ballots: Iterable[Ballot], labels: Mapping[int, str]) -> list[Ballot]:
    counted = list(ballots)
    for ballot in counted:
        for item in ballot:
            if item not in labels:
                raise BreakoutError(f"a ballot names item {item}, which is not on this ballot")
    return counted


def hand_counts(hands: Mapping[int, int] | None, labels: Mapping[int, str]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for item, count in (hands or {}).items():
        if item not in labels:
            raise BreakoutError(f"a hand count names item {item}, which is not on this ballot")
        counts[item] = hands_at(count)
    return counts


def sum_levels(rows: Iterable[HandRow]) -> dict[int, int]:
    """One count per item (levels play no part): dots and approval hand counts."""
    counts: dict[int, int] = {}
    for item, _level, count in rows:
        counts[item] = counts.get(item, 0) + count
    return counts


def by_level(rows: Iterable[HandRow]) -> dict[int, dict[int, int]]:
    """Item -> {level: hands}: hand counts of a method with levels."""
    levels: dict[int, dict[int, int]] = {}
    for item, level, count in rows:
        levels.setdefault(item, {})[level] = count
    return levels


def hands_at(count: int) -> int:
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise BreakoutError(f"a hand count must be a whole number of 0 or more, not {count!r}")
    if count > MAX_HANDS:  # no room holds them: a damaged or doctored file
        raise BreakoutError(
            f"a hand count of {count} is more than a count can hold ({MAX_HANDS}); "
            "correct the count in the file it came from"
        )
    return count


def level_counts(
    ballots: Sequence[Ballot],
    labels: Mapping[int, str],
    hands: Mapping[int, Mapping[int, int]] | None,
    check: Callable[[int], int],
    levels: int,
) -> tuple[dict[int, list[int]], int]:
    """Per item, how many ballots and hands gave each level; and the most hands
    shown for any one item (everyone shows one level per item)."""
    dist: dict[int, list[int]] = {i: [0] * levels for i in labels}
    for ballot in ballots:
        for item, level in ballot.items():
            dist[item][check(level)] += 1
    shown = 0
    for item, per_level in (hands or {}).items():
        if item not in labels:
            raise BreakoutError(f"a hand count names item {item}, which is not on this ballot")
        for level, count in per_level.items():
            dist[item][check(level)] += hands_at(count)
        shown = max(shown, sum(hands_at(c) for c in per_level.values()))
    return dist, shown


def ranked_result(
    method: str,
    labels: Mapping[int, str],
    *,
    scores: Mapping[int, float],
    keys: Mapping[int, Any],
    details: Mapping[int, dict[str, Any]],
    ballots: int,
    eligible: int | None,
    explanation: str,
    order_name: str,
) -> RoundResult:
    """Rank by ``keys`` (higher is better; equal keys tie) and assemble the result."""
    order = sorted(labels, key=keys.__getitem__, reverse=True)  # stable: ballot order in ties
    top = max(scores.values(), default=0)
    ranked: list[ItemResult] = []
    tiers: list[list[str]] = []
    previous: Hashable = None
    for position, item in enumerate(order):
        key = keys[item]
        if ranked and key == previous:
            rank = ranked[-1].rank
            tiers[-1].append(labels[item])
        else:
            rank = position + 1
            tiers.append([labels[item]])
        previous = key
        score = scores[item]
        ranked.append(
            ItemResult(
                item=item,
                label=labels[item],
                rank=rank,
                score=float(score),
                share=score / top if top > 0 else 0.0,
                detail=details[item],
            )
        )
    if eligible is None:
        eligible = ballots
    return RoundResult(
        method=method,
        items=tuple(ranked),
        ballots=ballots,
        eligible=eligible,
        turnout=min(1.0, ballots / eligible) if eligible > 0 else 0.0,
        explanation=explanation,
        order_note=f"{order_name}: " + " > ".join(" = ".join(tier) for tier in tiers),
        blocked=(),
        by_group=None,
        hidden_groups=(),
    )


def mean_support(ballots: Sequence[Ballot], labels: Mapping[int, str]) -> dict[int, float]:
    """Each item's total value over the group's voters (dots, approval)."""
    total = dict.fromkeys(labels, 0)
    for ballot in ballots:
        for item, value in ballot.items():
            total[item] += value
    return {i: total[i] / len(ballots) for i in labels}
