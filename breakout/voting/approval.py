"""Approval: each voter marks every item they can support.

A ballot marks an item with 1 (0 or absent: not marked). The score is the
number of voters (ballots, or raised hands) who marked the item. The people
hands stand for are the largest count for any one item. A group's support is
the share of its voters approving.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from breakout.errors import BreakoutError, refusal
from breakout.voting.base import (
    Ballot,
    HandRow,
    ItemResult,
    Items,
    RoundResult,
    checked_ballots,
    hand_counts,
    labels_of,
    mean_support,
    percent_words,
    plural,
    ranked_result,
    sum_levels,
)


def approval(
    ballots: Iterable[Ballot],
    items: Items,
    *,
    hands: Mapping[int, int] | None = None,
    eligible: int | None = None,
) -> RoundResult:
    """Approval: an item's score is the number of voters marking it.

    ``hands`` are counts from a show of hands. ``detail``: ``approvals`` (the
    score), ``ballots``, ``hands``, and ``share_of_voters`` (approvals ÷ the
    round's ``ballots``).
    """
    labels = labels_of(items)
    counted = checked_ballots(ballots, labels)
    per_item = hand_counts(hands, labels)
    marked = dict.fromkeys(labels, 0)
    for ballot in counted:
        for item, value in ballot.items():
            if value not in (0, 1):
                raise BreakoutError("an approval ballot marks items with 1 (support) or 0")
            marked[item] += value
    total = {i: marked[i] + per_item.get(i, 0) for i in labels}
    voters = len(counted) + max(per_item.values(), default=0)
    details = {
        i: {
            "approvals": total[i],
            "ballots": marked[i],
            "hands": per_item.get(i, 0),
            "share_of_voters": total[i] / voters if voters else 0.0,
        }
        for i in labels
    }
    return ranked_result(
        NAME,
        labels,
        scores=total,
        keys=total,
        details=details,
        ballots=voters,
        eligible=eligible,
        explanation=(
            "Approval: an item's score is the number of voters (ballots or raised hands) "
            "who marked it as one they can support."
        ),
        order_name="Order by approvals",
    )


class Approval:
    name = "approval"
    title = "Approval"
    help = "Each person marks every item they can support."
    score_name = "Approvals"
    group_unit = "share of the group's voters approving"
    hand_levels = ("",)

    def normalise_settings(self, settings: Mapping[str, Any], item_count: int) -> dict[str, Any]:
        return {}

    def rules(self, settings: Mapping[str, Any]) -> str:
        return "mark every item you support"

    def validate_ballot(
        self, settings: Mapping[str, Any], items: Sequence[int], entries: dict[int, int]
    ) -> dict[int, int]:
        if any(v not in (0, 1) for v in entries.values()):
            raise refusal("an approval ballot marks items with 1 (support) or 0")
        return {k: v for k, v in entries.items() if v}

    def tally(
        self,
        ballots: Sequence[Ballot],
        labels: Mapping[int, str],
        hands: Sequence[HandRow],
        settings: Mapping[str, Any],
        eligible: int,
    ) -> RoundResult:
        return approval(ballots, labels, hands=sum_levels(hands), eligible=eligible)

    def support(self, ballots: Sequence[Ballot], labels: Mapping[int, str]) -> dict[int, float]:
        return mean_support(ballots, labels)

    def support_words(self, value: float) -> str:
        return percent_words(value)

    def figure(self, item: ItemResult) -> str:
        share = item.detail.get("share_of_voters", 0.0)
        return f"{plural(round(item.score), 'approval')} ({percent_words(share)})"

    def result_words(self, item: ItemResult) -> str:
        return f"{self.figure(item)[:-1]} of voters)"

    def bar(self, item: ItemResult) -> tuple[float, bool]:
        return item.share, False

    def instruction(self, settings: Mapping[str, Any]) -> str:
        return "Tap every item you can support"

    def ballot_summary(
        self,
        ballot: Mapping[int, int],
        items: Sequence[tuple[int, str]],
        settings: Mapping[str, Any],
    ) -> list[str]:
        lines = [f"✓  {label}" for i, label in items if i in ballot]
        lines.append(f"You support {len(ballot)} of {len(items)} items.")
        return lines


NAME = Approval.name
METHOD = Approval()
