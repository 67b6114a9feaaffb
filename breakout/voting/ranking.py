"""Ranking: each voter puts the items in order; Borda points and the Schulze order.

A ballot maps item -> rank (1 = first); items it leaves out are unranked. The
headline *order* is the Schulze order and the *score* is the Borda count, so
the bars show Borda points while the ranks follow Schulze; the top-ranked item
need not have the most points.

- Borda is the "modified Borda count": a ballot that ranks k items gives k−1
  points to its first choice, k−2 to its second, … 0 to its k-th, and nothing
  to the items it leaves unranked. With every one of n items ranked that is the
  textbook n−1 … 0. A ballot's points add up to k(k−1)/2, so ranking more items
  never dilutes anyone's first choice, and a ballot that ranks one item alone
  gives it no points (it still counts for Schulze).
- Schulze: ``d[a][b]`` is the number of ballots ranking a above b (a ranked
  item is above every unranked one; two unranked items are not compared). The
  strength of the path from a to b is its weakest link, a link a→b existing
  where ``d[a][b] > d[b][a]`` with strength ``d[a][b]``; ``p[a][b]`` is the
  strongest path (widest path). a beats b when ``p[a][b] > p[b][a]``. Items
  are ordered by how many items they beat; equal counts are a tie. Beating is
  transitive, so an item that beats another always beats more items, and a
  Condorcet winner beats all and stands alone at the top.
- Hand counts cannot express a ranking, so a ranking round that has hand
  counts is refused with a message rather than guessed at (counting them as
  first preferences would move the Schulze order but give no Borda points,
  which nobody could explain).

A group's support is its Borda points per voter.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from breakout.errors import BreakoutError, refusal, refusal_n
from breakout.voting.base import (
    Ballot,
    HandRow,
    ItemResult,
    Items,
    RoundResult,
    checked_ballots,
    labels_of,
    plural,
    ranked_result,
    whole,
)

#: The most items a ranking may ask for (the app offers up to 99; no limit means all).
MAX_RANKED = 99


def borda(ballots: Iterable[Ballot], items: Items, *, eligible: int | None = None) -> RoundResult:
    """The Borda count alone, ranked by points (modified Borda: k ranked -> k−1 … 0).

    A ballot maps item -> rank (1 = first); items it leaves out are unranked.
    ``detail``: ``borda`` (the score), ``first_places``, ``ranked_by``.
    """
    labels = labels_of(items)
    counted = checked_ballots(ballots, labels)
    points, firsts, ranked_by = _borda(counted, labels)
    return ranked_result(
        "borda",
        labels,
        scores=points,
        keys=points,
        details=_ranking_details(labels, points, firsts, ranked_by),
        ballots=len(counted),
        eligible=eligible,
        explanation=f"Borda: {_borda_rule(len(labels))}.",
        order_name="Borda order",
    )


def schulze(ballots: Iterable[Ballot], items: Items, *, eligible: int | None = None) -> RoundResult:
    """The Schulze method alone: ranked by the number of items each beats.

    The score is that number of wins. ``detail``: ``schulze_wins``, ``beats``
    (the ids of the items it beats, in ballot order).
    """
    labels = labels_of(items)
    counted = checked_ballots(ballots, labels)
    ids = list(labels)
    strength = strongest_paths(pairwise(counted, ids), ids)
    wins, beats = _schulze_wins(strength, ids)
    details = {i: {"schulze_wins": wins[i], "beats": beats[i]} for i in ids}
    return ranked_result(
        "schulze",
        labels,
        scores=wins,
        keys=wins,
        details=details,
        ballots=len(counted),
        eligible=eligible,
        explanation=f"Schulze: {_SCHULZE_RULE}.",
        order_name="Schulze order",
    )


def ranking(ballots: Iterable[Ballot], items: Items, *, eligible: int | None = None) -> RoundResult:
    """A ranking round: ranks follow the Schulze order, scores are Borda points.

    ``detail``: ``borda``, ``schulze_wins``, ``beats``, ``first_places``,
    ``ranked_by``.
    """
    labels = labels_of(items)
    counted = checked_ballots(ballots, labels)
    ids = list(labels)
    points, firsts, ranked_by = _borda(counted, labels)
    strength = strongest_paths(pairwise(counted, ids), ids)
    wins, beats = _schulze_wins(strength, ids)
    details = _ranking_details(labels, points, firsts, ranked_by)
    for i in ids:
        details[i]["schulze_wins"] = wins[i]
        details[i]["beats"] = beats[i]
    return ranked_result(
        NAME,
        labels,
        scores=points,
        keys=wins,
        details=details,
        ballots=len(counted),
        eligible=eligible,
        explanation=(
            f"Borda: {_borda_rule(len(labels))}; the order is Schulze's, by pairwise wins: "
            f"{_SCHULZE_RULE}."
        ),
        order_name="Schulze order",
    )


# -- Schulze building blocks ----------------------------------------------------


def pairwise(ballots: Iterable[Ballot], items: Sequence[int]) -> dict[int, dict[int, int]]:
    """``d[a][b]``: how many ballots rank a above b (ranked is above unranked)."""
    ids = list(items)
    index = {item: pos for pos, item in enumerate(ids)}
    n = len(ids)
    d = [[0] * n for _ in range(n)]
    for ballot in ballots:
        order = [index[item] for item in sorted(ballot, key=ballot.__getitem__)]
        ranked = set(order)
        below = order + [pos for pos in range(n) if pos not in ranked]
        for r, a in enumerate(order):
            row = d[a]
            for b in below[r + 1 :]:
                row[b] += 1
    return {a: {b: d[ia][ib] for ib, b in enumerate(ids) if ib != ia} for ia, a in enumerate(ids)}


def strongest_paths(
    d: Mapping[int, Mapping[int, int]], items: Sequence[int]
) -> dict[int, dict[int, int]]:
    """``p[a][b]``: the strength of the strongest (widest) path from a to b.

    A link a→b exists where ``d[a][b] > d[b][a]``, with strength ``d[a][b]``;
    a path is as strong as its weakest link (Floyd–Warshall, O(n³)).
    """
    ids = list(items)
    n = len(ids)
    p = [[0] * n for _ in range(n)]
    for ia, a in enumerate(ids):
        for ib, b in enumerate(ids):
            if ia != ib and d[a][b] > d[b][a]:
                p[ia][ib] = d[a][b]
    for i in range(n):
        row_i = p[i]
        for j in range(n):
            if j == i:
                continue
            row_j = p[j]
            via = row_j[i]
            if not via:
                continue
            for k in range(n):
                width = row_i[k] if row_i[k] < via else via
                if width > row_j[k]:
                    row_j[k] = width
            row_j[j] = 0  # k == j made a path from j to itself: not a path
    return {a: {b: p[ia][ib] for ib, b in enumerate(ids) if ib != ia} for ia, a in enumerate(ids)}


def _schulze_wins(
    p: Mapping[int, Mapping[int, int]], ids: Sequence[int]
) -> tuple[dict[int, int], dict[int, list[int]]]:
    beats = {a: [b for b in ids if b != a and p[a][b] > p[b][a]] for a in ids}
    return {a: len(beats[a]) for a in ids}, beats


_SCHULZE_RULE = (
    "an item beats another when its strongest chain of head-to-head majorities "
    "to the other is stronger than the other's chain back, and items that beat "
    "as many others are tied"
)


# -- Borda ------------------------------------------------------------------------


def _borda(
    ballots: Sequence[Ballot], labels: Mapping[int, str]
) -> tuple[dict[int, int], dict[int, int], dict[int, int]]:
    points = dict.fromkeys(labels, 0)
    firsts = dict.fromkeys(labels, 0)
    ranked_by = dict.fromkeys(labels, 0)
    for ballot in ballots:
        order = sorted(ballot, key=ballot.__getitem__)
        k = len(order)
        for position, item in enumerate(order):
            points[item] += k - 1 - position
            ranked_by[item] += 1
        if order:
            firsts[order[0]] += 1
    return points, firsts, ranked_by


def _ranking_details(
    labels: Mapping[int, str],
    points: Mapping[int, int],
    firsts: Mapping[int, int],
    ranked_by: Mapping[int, int],
) -> dict[int, dict[str, Any]]:
    return {
        i: {"borda": points[i], "first_places": firsts[i], "ranked_by": ranked_by[i]}
        for i in labels
    }


def _borda_rule(n: int) -> str:
    if n <= 2:
        places = "1 point for a first place, 0 for the second"
    elif n == 3:
        places = "2 points for a first place, 1 for a second, 0 for the last"
    else:
        places = f"{n - 1} points for a first place, {n - 2} for a second … 0 for the last"
    return (
        f"{places} of {n} (a ballot that ranks only k items gives k−1 … 0 points "
        "and nothing to the items it leaves out)"
    )


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th … 11th, 12th … 21st."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class Ranking:
    name = "ranking"
    title = "Ranking"
    help = "Each person puts the items in order; reports Borda points and the Schulze order."
    score_name = "Borda points"
    group_unit = "mean Borda points per voter"
    hand_levels: tuple[str, ...] = ()

    def normalise_settings(self, settings: Mapping[str, Any], item_count: int) -> dict[str, Any]:
        most = settings.get("max_ranked")
        if most is None:
            return {"max_ranked": None}
        most = whole(most, "the number of items to rank")
        if not 1 <= most <= MAX_RANKED:
            raise BreakoutError(f"the number of items to rank must be between 1 and {MAX_RANKED}")
        return {"max_ranked": most}

    def rules(self, settings: Mapping[str, Any]) -> str:
        most = settings.get("max_ranked")
        return f"rank up to {most} items" if most else "rank as many items as you like"

    def validate_ballot(
        self, settings: Mapping[str, Any], items: Sequence[int], entries: dict[int, int]
    ) -> dict[int, int]:
        ranks = sorted(entries.values())
        if ranks != list(range(1, len(ranks) + 1)):
            raise refusal("ranks must be 1, 2, 3 … with no gaps or repeats")
        most = settings.get("max_ranked")
        if most is not None and len(ranks) > most:
            raise refusal_n("rank at most %(n)d item", "rank at most %(n)d items", most)
        return entries

    def tally(
        self,
        ballots: Sequence[Ballot],
        labels: Mapping[int, str],
        hands: Sequence[HandRow],
        settings: Mapping[str, Any],
        eligible: int,
    ) -> RoundResult:
        if any(count for _, _, count in hands):
            raise BreakoutError(
                "hand counts cannot express a ranking; undo them and vote this round "
                "at the kiosk, or run an approval round instead"
            )
        return ranking(ballots, labels, eligible=eligible)

    def support(self, ballots: Sequence[Ballot], labels: Mapping[int, str]) -> dict[int, float]:
        points, _, _ = _borda(ballots, labels)
        return {i: points[i] / len(ballots) for i in labels}

    def support_words(self, value: float) -> str:
        return f"{value:.1f} points per voter"

    def figure(self, item: ItemResult) -> str:
        return plural(round(item.score), "Borda point")

    def result_words(self, item: ItemResult) -> str:
        wins = int(item.detail.get("schulze_wins", 0))
        firsts = int(item.detail.get("first_places", 0))
        return (
            f"{self.figure(item)}; beats {plural(wins, 'item')} head to head; "
            f"{plural(firsts, 'first place')}"
        )

    def bar(self, item: ItemResult) -> tuple[float, bool]:
        return item.share, False

    def instruction(self, settings: Mapping[str, Any]) -> str:
        most = settings.get("max_ranked")
        limit = f" (up to {most})" if most else ""
        return f"Tap items in your order of preference{limit}; tap again to remove"

    def ballot_summary(
        self,
        ballot: Mapping[int, int],
        items: Sequence[tuple[int, str]],
        settings: Mapping[str, Any],
    ) -> list[str]:
        labels = dict(items)
        by_place = sorted(ballot, key=ballot.__getitem__)
        return [f"{ordinal(ballot[i])}  —  {labels[i]}" for i in by_place]


NAME = Ranking.name
METHOD = Ranking()
