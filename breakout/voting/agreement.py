"""Agreement scale (fist-to-five): each voter gives every item a level, 0 block .. 5 full support.

Per item the distribution of levels 0..5, the mean level (the score) and the
number of blocks (level 0). Ranked by mean, then by fewer blocks; an item
nobody rated (possible only with hand counts) comes last. ``blocked`` names
every item with at least one block, in ranked order. Hand counts carry their
level: each is a number of hands showing that level for that item, and the
people they stand for are the most hands shown for any one item. A group's
support is its mean level.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from breakout.errors import BreakoutError, refusal
from breakout.voting.base import (
    Ballot,
    HandRow,
    ItemResult,
    Items,
    RoundResult,
    by_level,
    checked_ballots,
    labels_of,
    level_counts,
    plural,
    ranked_result,
)

if TYPE_CHECKING:
    from fractions import Fraction

#: The agreement scale (fist-to-five), from 0 to 5.
AGREEMENT_LEVELS: tuple[str, ...] = (
    "Block",
    "Serious concerns",
    "Concerns",
    "Can live with it",
    "Support",
    "Full support",
)
_TOP_LEVEL = len(AGREEMENT_LEVELS) - 1


def agreement(
    ballots: Iterable[Ballot],
    items: Items,
    *,
    hands: Mapping[int, Mapping[int, int]] | None = None,
    eligible: int | None = None,
) -> RoundResult:
    """Agreement scale: distribution, mean level and blocks per item.

    ``hands`` maps item -> {level: number of hands showing it}. The score is
    the mean level (0.0 for an item nobody rated). ``detail``:
    ``distribution`` ({level: count} for every level 0..5), ``blocks``,
    ``votes`` (how many rated the item), ``mean``.
    """
    from fractions import Fraction  # here: the app starts without fractions and decimal

    labels = labels_of(items)
    counted = checked_ballots(ballots, labels)
    dist, shown = level_counts(counted, labels, hands, level, len(AGREEMENT_LEVELS))
    scores: dict[int, float] = {}
    keys: dict[int, tuple[bool, Fraction, int]] = {}
    details: dict[int, dict[str, Any]] = {}
    for item, counts in dist.items():
        votes = sum(counts)
        level_sum = sum(lv * n for lv, n in enumerate(counts))
        mean = level_sum / votes if votes else 0.0
        scores[item] = mean
        keys[item] = (votes > 0, Fraction(level_sum, votes or 1), -counts[0])
        details[item] = {
            "distribution": dict(enumerate(counts)),
            "blocks": counts[0],
            "votes": votes,
            "mean": mean,
        }
    result = ranked_result(
        NAME,
        labels,
        scores=scores,
        keys=keys,
        details=details,
        ballots=len(counted) + shown,
        eligible=eligible,
        explanation=(
            f"Agreement: each voter gives each item a level from 0 ({AGREEMENT_LEVELS[0]}) "
            f"to {_TOP_LEVEL} ({AGREEMENT_LEVELS[-1]}); items are ranked by their mean level, "
            "then by fewer blocks, and any item with a block is named."
        ),
        order_name="Order by mean level",
    )
    blocked = tuple(r.label for r in result.items if r.detail["blocks"])
    return replace(result, blocked=blocked)


def level(value: int) -> int:
    """``value`` if it is a level of the scale, else a refusal."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _TOP_LEVEL:
        raise BreakoutError(
            f"agreement levels go from 0 (block) to {_TOP_LEVEL} (full support), not {value!r}"
        )
    return value


class Agreement:
    name = "agreement"
    title = "Agreement scale"
    help = "Each person gives every item a level from 0 Block to 5 Full support."
    score_name = "Mean level"
    group_unit = "mean agreement level (0–5)"
    hand_levels = tuple(f"{n}\n{name}" for n, name in enumerate(AGREEMENT_LEVELS))

    def normalise_settings(self, settings: Mapping[str, Any], item_count: int) -> dict[str, Any]:
        return {}

    def rules(self, settings: Mapping[str, Any]) -> str:
        return "every item gets a level from 0 Block to 5 Full support"

    def validate_ballot(
        self, settings: Mapping[str, Any], items: Sequence[int], entries: dict[int, int]
    ) -> dict[int, int]:
        if any(not 0 <= v < len(AGREEMENT_LEVELS) for v in entries.values()):
            raise refusal("agreement levels go from 0 (block) to 5 (full support)")
        if len(entries) != len(set(items)):
            raise refusal("give every item a level on the agreement scale")
        return entries

    def tally(
        self,
        ballots: Sequence[Ballot],
        labels: Mapping[int, str],
        hands: Sequence[HandRow],
        settings: Mapping[str, Any],
        eligible: int,
    ) -> RoundResult:
        return agreement(ballots, labels, hands=by_level(hands), eligible=eligible)

    def support(self, ballots: Sequence[Ballot], labels: Mapping[int, str]) -> dict[int, float]:
        sums: dict[int, list[int]] = {i: [0, 0] for i in labels}
        for ballot in ballots:
            for item, value in ballot.items():
                sums[item][0] += level(value)
                sums[item][1] += 1
        return {i: s / n for i, (s, n) in sums.items() if n}

    def support_words(self, value: float) -> str:
        return f"{value:.1f} of {_TOP_LEVEL}"

    def figure(self, item: ItemResult) -> str:
        if not item.detail.get("votes"):
            return "not rated"
        words = f"mean {item.score:.1f} of {_TOP_LEVEL}"
        blocks = int(item.detail.get("blocks", 0))
        return f"{words} · {plural(blocks, 'block')}" if blocks else words

    def result_words(self, item: ItemResult) -> str:
        votes = int(item.detail.get("votes", 0))
        return f"{self.figure(item)} (from {plural(votes, 'vote')})" if votes else "not rated"

    def bar(self, item: ItemResult) -> tuple[float, bool]:
        # The scale's top, not the best item, is a full bar.
        return item.score / _TOP_LEVEL, bool(item.detail.get("blocks"))

    def instruction(self, settings: Mapping[str, Any]) -> str:
        return "Give every item a level, from 0 Block to 5 Full support"

    def ballot_summary(
        self,
        ballot: Mapping[int, int],
        items: Sequence[tuple[int, str]],
        settings: Mapping[str, Any],
    ) -> list[str]:
        return [f"{ballot[i]} {AGREEMENT_LEVELS[ballot[i]]}  —  {label}" for i, label in items]


NAME = Agreement.name
METHOD = Agreement()
