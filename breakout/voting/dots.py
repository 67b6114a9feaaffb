"""Dot voting: each voter places a budget of dots, at most a cap on one item.

A ballot gives an item its dots (0..cap), at most ``budget`` in all. The score
is the total number of dots an item got; a raised hand counts as one dot. The
people hands stand for are the largest count for any one item (a lower bound:
a person may raise a hand for several items). A group's support is its mean
dots per voter.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from breakout.errors import BreakoutError, refusal_n
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
    plural,
    ranked_result,
    sum_levels,
    whole,
)

#: The most dots one person can have: the app offers 1 to 50.
MAX_DOT_BUDGET = 50


def dots(
    ballots: Iterable[Ballot],
    items: Items,
    *,
    hands: Mapping[int, int] | None = None,
    budget: int | None = None,
    cap: int | None = None,
    eligible: int | None = None,
) -> RoundResult:
    """Dot voting: an item's score is the total of its dots.

    ``hands`` are counts from a show of hands, one dot per hand. ``budget`` and
    ``cap`` (the round's settings) only go into the explanation: ballots are
    checked when cast, not here. ``detail``: ``dots`` (the score), ``ballots``
    (ballots giving the item at least one dot), ``hands``.
    """
    labels = labels_of(items)
    counted = checked_ballots(ballots, labels)
    per_item = hand_counts(hands, labels)
    total = dict.fromkeys(labels, 0)
    givers = dict.fromkeys(labels, 0)
    for ballot in counted:
        for item, value in ballot.items():
            if value < 0:
                raise BreakoutError(f"a ballot gives {value} dots to an item; dots cannot be < 0")
            total[item] += value
            if value:
                givers[item] += 1
    for item, count in per_item.items():
        total[item] += count
    details = {
        i: {"dots": total[i], "ballots": givers[i], "hands": per_item.get(i, 0)} for i in labels
    }
    if budget is not None and cap is not None:
        rule = f"each voter had {plural(budget, 'dot')} to place, at most {cap} on one item, and "
    else:
        rule = ""
    explanation = (
        f"Dot voting: {rule}an item's score is the number of dots it got "
        "(a raised hand counts as one dot)."
    )
    return ranked_result(
        NAME,
        labels,
        scores=total,
        keys=total,
        details=details,
        ballots=len(counted) + max(per_item.values(), default=0),
        eligible=eligible,
        explanation=explanation,
        order_name="Order by dots",
    )


class DotVoting:
    name = "dots"
    title = "Dot voting"
    help = "Each person places a budget of dots; several on one item shows strong support."
    score_name = "Dots"
    group_unit = "mean dots per voter"
    hand_levels = ("",)

    def normalise_settings(self, settings: Mapping[str, Any], item_count: int) -> dict[str, Any]:
        budget = whole(settings.get("budget", max(3, min(5, item_count))), "the dot budget")
        cap = whole(settings.get("per_item_cap", budget), "the cap per item")
        if not 1 <= budget <= MAX_DOT_BUDGET:
            raise BreakoutError(f"the dot budget must be between 1 and {MAX_DOT_BUDGET}")
        if not 1 <= cap <= budget:
            raise BreakoutError("the cap per item must be between 1 and the dot budget")
        return {"budget": budget, "per_item_cap": cap}

    def rules(self, settings: Mapping[str, Any]) -> str:
        budget, cap = settings["budget"], settings["per_item_cap"]
        return f"{plural(budget, 'dot')} each, at most {cap} on one item"

    def validate_ballot(
        self, settings: Mapping[str, Any], items: Sequence[int], entries: dict[int, int]
    ) -> dict[int, int]:
        clean = {k: v for k, v in entries.items() if v}
        cap, budget = settings["per_item_cap"], settings["budget"]
        if any(v < 0 or v > cap for v in clean.values()):
            raise refusal_n(
                "an item can get between 0 and %(n)d dot",
                "an item can get between 0 and %(n)d dots",
                cap,
            )
        if sum(clean.values()) > budget:
            raise refusal_n(
                "this ballot uses %(n)d dot; the budget is %(budget)d",
                "this ballot uses %(n)d dots; the budget is %(budget)d",
                sum(clean.values()),
                budget=budget,
            )
        return clean

    def tally(
        self,
        ballots: Sequence[Ballot],
        labels: Mapping[int, str],
        hands: Sequence[HandRow],
        settings: Mapping[str, Any],
        eligible: int,
    ) -> RoundResult:
        return dots(
            ballots,
            labels,
            hands=sum_levels(hands),
            budget=settings.get("budget"),
            cap=settings.get("per_item_cap"),
            eligible=eligible,
        )

    def support(self, ballots: Sequence[Ballot], labels: Mapping[int, str]) -> dict[int, float]:
        return mean_support(ballots, labels)

    def support_words(self, value: float) -> str:
        return f"{value:.1f} dots per voter"

    def figure(self, item: ItemResult) -> str:
        return plural(round(item.score), "dot")

    def result_words(self, item: ItemResult) -> str:
        givers = int(item.detail.get("ballots", 0))
        return self.figure(item) + (f" (from {plural(givers, 'voter')})" if givers else "")

    def bar(self, item: ItemResult) -> tuple[float, bool]:
        return item.share, False

    def instruction(self, settings: Mapping[str, Any]) -> str:
        return (
            f"Place up to {settings['budget']} dots, at most {settings['per_item_cap']} on one item"
        )

    def ballot_summary(
        self,
        ballot: Mapping[int, int],
        items: Sequence[tuple[int, str]],
        settings: Mapping[str, Any],
    ) -> list[str]:
        lines = [f"{plural(ballot[i], 'dot')}  —  {label}" for i, label in items if i in ballot]
        left = int(settings["budget"]) - sum(ballot.values())
        if left:
            lines.append(f"({plural(left, 'dot')} not used)")
        return lines


NAME = DotVoting.name
METHOD = DotVoting()
