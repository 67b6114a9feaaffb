"""Tallies and results of voting rounds.

Pure functions of plain data (a ballot is a ``{item id: value}`` mapping, as
:mod:`breakout.voting` defines it) do the counting, one per method, each
usable and tested alone; :func:`tally_round` reads a closed round from a
:class:`~breakout.session.Session` and puts them together. Pure Python: no Qt,
no numpy.

What the figures mean
---------------------
* ``ItemResult.rank`` is a competition rank: 1 + the number of items strictly
  ahead, so a tie for first reads 1, 1, 3. Tied items sit next to each other in
  ballot order (the order the items had on the ballot); nothing breaks a tie.
* ``ItemResult.share`` is the score as a fraction of the **highest score** in
  the round (1.0 for the top scorer, 0.0 for all when nobody scored): the
  length of the item's bar in a bar chart. Fractions of the maximum possible
  are in ``detail`` where they mean something (``share_of_voters`` for
  approval).
* **Dots**: the score is the total number of dots an item got. A raised hand
  counts as one dot.
* **Approval**: the score is the number of voters (ballots, or raised hands)
  who marked the item.
* **Ranking**: the headline *order* is the Schulze order and the *score* is
  the Borda count, so the bars show Borda points while the ranks follow
  Schulze; the top-ranked item need not have the most points.

  - Borda is the "modified Borda count": a ballot that ranks k items gives
    k−1 points to its first choice, k−2 to its second, … 0 to its k-th, and
    nothing to the items it leaves unranked. With every one of n items ranked
    that is the textbook n−1 … 0. A ballot's points add up to k(k−1)/2, so
    ranking more items never dilutes anyone's first choice, and a ballot that
    ranks one item alone gives it no points (it still counts for Schulze).
  - Schulze: ``d[a][b]`` is the number of ballots ranking a above b (a ranked
    item is above every unranked one; two unranked items are not compared).
    The strength of the path from a to b is its weakest link, a link a→b
    existing where ``d[a][b] > d[b][a]`` with strength ``d[a][b]``; ``p[a][b]``
    is the strongest path (widest path). a beats b when ``p[a][b] > p[b][a]``.
    Items are ordered by how many items they beat; equal counts are a tie.
    Beating is transitive, so an item that beats another always beats more
    items, and a Condorcet winner beats all and stands alone at the top.
  - Hand counts cannot express a ranking, so :func:`tally_round` refuses a
    ranking round that has hand counts, with a message, rather than guess
    (counting them as first preferences would move the Schulze order but give
    no Borda points, which nobody could explain).
* **Agreement** (fist-to-five, :data:`breakout.voting.AGREEMENT_LEVELS`): per
  item the distribution of levels 0..5, the mean level (the score) and the
  number of blocks (level 0). Ranked by mean, then by fewer blocks; an item
  nobody rated (possible only with hand counts) comes last. ``blocked`` names
  every item with at least one block, in ranked order. Hand counts carry their
  level: each is a number of hands showing that level for that item.

Counting people
---------------
* ``ballots`` is the number of kiosk ballots plus, when there are hand counts,
  the number of people the hands stand for: for dots and approval the largest
  count for any one item (a lower bound: a person may raise a hand for several
  items), for agreement the largest number of hands shown for any one item
  (everyone shows one level per item).
* ``eligible`` is the people checked in, plus anyone who voted at the kiosk
  without being checked in. ``turnout`` is ``ballots / eligible``, capped at
  1.0 (kiosk ballots and hands can overlap), and 0.0 when nobody is eligible.

Support by group
----------------
Only for rounds that are not secret, and only from kiosk ballots (hands carry
no names). Groups are stakeholder groups compared without regard to case or
spacing, labelled with the spelling most of the roster uses; an empty value is
:data:`breakout.balance.NOT_RECORDED`. A cell is the group's support for an
item: mean dots per voter of the group (dots), the fraction of the group's
voters approving (approval), Borda points per voter (ranking), the mean level
(agreement). A group with fewer than :data:`MIN_GROUP_VOTERS` (3) voters is
left out of ``by_group`` and named in ``hidden_groups``. Because the overall
result minus the groups shown would give the hidden groups' votes, when the
hidden groups hold fewer than 3 voters between them the smallest shown group is
hidden too, and so on, until the hidden voters number 3 or more or nothing is
shown.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

from breakout.balance import NOT_RECORDED, group_key, group_labels
from breakout.errors import BreakoutError
from breakout.model import Participant
from breakout.session import Session
from breakout.voting import AGREEMENT_LEVELS, MAX_HANDS

#: A ballot: item id -> value (dots, 1 for approval, rank 1 = first, or level).
Ballot = Mapping[int, int]
#: The items on the ballot, in ballot order: ``{id: label}``, or bare ids.
Items = Mapping[int, str] | Sequence[int]

#: A group with fewer voters than this is hidden in the support by group.
MIN_GROUP_VOTERS = 3

_TOP_LEVEL = len(AGREEMENT_LEVELS) - 1


@dataclass(frozen=True)
class ItemResult:
    """One item's place in a round's result."""

    item: int
    label: str
    #: 1 = first; tied items share a rank (competition ranking: 1, 1, 3).
    rank: int
    #: The method's headline figure: dots, approvals, Borda points, Schulze
    #: wins (``schulze`` alone) or mean agreement level.
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


# -- the methods --------------------------------------------------------------


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
    checked when cast (:func:`breakout.voting.validate_ballot`), not here.
    ``detail``: ``dots`` (the score), ``ballots`` (ballots giving the item at
    least one dot), ``hands``.
    """
    labels = _labels(items)
    counted = _ballots(ballots, labels)
    per_item = _hand_counts(hands, labels)
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
        rule = f"each voter had {_count(budget, 'dot')} to place, at most {cap} on one item, and "
    else:
        rule = ""
    explanation = (
        f"Dot voting: {rule}an item's score is the number of dots it got "
        "(a raised hand counts as one dot)."
    )
    return _result(
        "dots",
        labels,
        scores=total,
        keys=total,
        details=details,
        ballots=len(counted) + max(per_item.values(), default=0),
        eligible=eligible,
        explanation=explanation,
        order_name="Order by dots",
    )


def approval(
    ballots: Iterable[Ballot],
    items: Items,
    *,
    hands: Mapping[int, int] | None = None,
    eligible: int | None = None,
) -> RoundResult:
    """Approval: an item's score is the number of voters marking it.

    A ballot marks an item with a value of 1 (0 or absent: not marked).
    ``hands`` are counts from a show of hands. ``detail``: ``approvals`` (the
    score), ``ballots``, ``hands``, and ``share_of_voters`` (approvals ÷ the
    round's ``ballots``).
    """
    labels = _labels(items)
    counted = _ballots(ballots, labels)
    per_item = _hand_counts(hands, labels)
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
    return _result(
        "approval",
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


def borda(ballots: Iterable[Ballot], items: Items, *, eligible: int | None = None) -> RoundResult:
    """The Borda count alone, ranked by points (modified Borda: k ranked -> k−1 … 0).

    A ballot maps item -> rank (1 = first); items it leaves out are unranked.
    ``detail``: ``borda`` (the score), ``first_places``, ``ranked_by``.
    """
    labels = _labels(items)
    counted = _ballots(ballots, labels)
    points, firsts, ranked_by = _borda(counted, labels)
    return _result(
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
    labels = _labels(items)
    counted = _ballots(ballots, labels)
    ids = list(labels)
    strength = strongest_paths(pairwise(counted, ids), ids)
    wins, beats = _schulze_wins(strength, ids)
    details = {i: {"schulze_wins": wins[i], "beats": beats[i]} for i in ids}
    return _result(
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
    labels = _labels(items)
    counted = _ballots(ballots, labels)
    ids = list(labels)
    points, firsts, ranked_by = _borda(counted, labels)
    strength = strongest_paths(pairwise(counted, ids), ids)
    wins, beats = _schulze_wins(strength, ids)
    details = _ranking_details(labels, points, firsts, ranked_by)
    for i in ids:
        details[i]["schulze_wins"] = wins[i]
        details[i]["beats"] = beats[i]
    return _result(
        "ranking",
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
    labels = _labels(items)
    counted = _ballots(ballots, labels)
    dist: dict[int, list[int]] = {i: [0] * len(AGREEMENT_LEVELS) for i in labels}
    for ballot in counted:
        for item, level in ballot.items():
            dist[item][_level(level)] += 1
    shown = 0
    for item, levels in (hands or {}).items():
        if item not in labels:
            raise BreakoutError(f"a hand count names item {item}, which is not on this ballot")
        for level, count in levels.items():
            dist[item][_level(level)] += _hands(count)
        shown = max(shown, sum(_hands(c) for c in levels.values()))
    scores: dict[int, float] = {}
    keys: dict[int, tuple[bool, Fraction, int]] = {}
    details: dict[int, dict[str, Any]] = {}
    for item, counts in dist.items():
        votes = sum(counts)
        level_sum = sum(level * n for level, n in enumerate(counts))
        mean = level_sum / votes if votes else 0.0
        scores[item] = mean
        keys[item] = (votes > 0, Fraction(level_sum, votes or 1), -counts[0])
        details[item] = {
            "distribution": dict(enumerate(counts)),
            "blocks": counts[0],
            "votes": votes,
            "mean": mean,
        }
    result = _result(
        "agreement",
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


#: The pure tally of each round method.
TALLIES: dict[str, Callable[..., RoundResult]] = {
    "dots": dots,
    "approval": approval,
    "ranking": ranking,
    "agreement": agreement,
}


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
    labels = _labels(items)
    sizes = {group: len(b) for group, b in grouped.items() if b}
    hidden = {group for group, size in sizes.items() if size < min_voters}
    shown = sorted((size, group) for group, size in sizes.items() if group not in hidden)
    while hidden and sum(sizes[g] for g in hidden) < min_voters and shown:
        hidden.add(shown.pop(0)[1])
    by_group: dict[str, dict[int, float]] = {}
    for group in sorted(sizes, key=lambda g: (g.casefold(), g)):
        if group not in hidden:
            by_group[group] = _support(method, _ballots(grouped[group], labels), labels)
    return by_group, tuple(sorted(hidden, key=lambda g: (g.casefold(), g)))


def _support(method: str, ballots: Sequence[Ballot], labels: Mapping[int, str]) -> dict[int, float]:
    voters = len(ballots)
    if method == "ranking":
        points, _, _ = _borda(ballots, labels)
        return {i: points[i] / voters for i in labels}
    if method in ("dots", "approval"):
        total = dict.fromkeys(labels, 0)
        for ballot in ballots:
            for item, value in ballot.items():
                total[item] += value
        return {i: total[i] / voters for i in labels}
    if method == "agreement":
        sums: dict[int, list[int]] = {i: [0, 0] for i in labels}
        for ballot in ballots:
            for item, level in ballot.items():
                sums[item][0] += _level(level)
                sums[item][1] += 1
        return {i: s / n for i, (s, n) in sums.items() if n}
    raise BreakoutError(f"unknown voting method {method!r}")


def _group_names(people: Sequence[Participant]) -> dict[int, str]:
    """Participant id -> stakeholder group label, grouping case and spacing variants."""
    names = group_labels([person.stakeholder_group for person in people])
    return {person.id: names[group_key(person.stakeholder_group)] for person in people}


# -- a round of a session -----------------------------------------------------------


def tally_round(session: Session, round_id: int) -> RoundResult:
    """The result of a closed round: its kiosk ballots and hand counts, counted.

    Results stay hidden until the round closes: an open or draft round is
    refused, whoever asks. A ranking round with hand counts is refused too
    (hands cannot express a ranking).
    """
    rnd = session.round(round_id)
    if rnd.state != "closed":
        raise BreakoutError(f"the round is {rnd.state}; results stay hidden until the round closes")
    labels = {item.id: item.label for item in session.round_items(round_id)}
    settings = json.loads(rnd.settings)
    rows = session.ballots(round_id)
    ballots = [entries for _, entries in rows]
    hand_rows = session.hand_tallies(round_id)
    eligible = len(session.presence().ids | set(session.voters(round_id)))

    if rnd.method == "dots":
        result = dots(
            ballots,
            labels,
            hands=_sum_levels(hand_rows),
            budget=settings.get("budget"),
            cap=settings.get("per_item_cap"),
            eligible=eligible,
        )
    elif rnd.method == "approval":
        result = approval(ballots, labels, hands=_sum_levels(hand_rows), eligible=eligible)
    elif rnd.method == "ranking":
        if any(count for _, _, count in hand_rows):
            raise BreakoutError(
                "hand counts cannot express a ranking; undo them and vote this round "
                "at the kiosk, or run an approval round instead"
            )
        result = ranking(ballots, labels, eligible=eligible)
    elif rnd.method == "agreement":
        levels: dict[int, dict[int, int]] = {}
        for item, level, count in hand_rows:
            levels.setdefault(item, {})[level] = count
        result = agreement(ballots, labels, hands=levels, eligible=eligible)
    else:
        raise BreakoutError(f"unknown voting method {rnd.method!r}")

    if rnd.secret:
        return replace(result, by_group=None, hidden_groups=())
    group_of = _group_names(session.participants())
    grouped: dict[str, list[Ballot]] = {}
    for person, entries in rows:
        if person is not None:
            grouped.setdefault(group_of.get(person, NOT_RECORDED), []).append(entries)
    by_group, hidden = group_support(rnd.method, grouped, labels)
    return replace(result, by_group=by_group, hidden_groups=hidden)


# -- helpers ----------------------------------------------------------------------


def _labels(items: Items) -> dict[int, str]:
    if isinstance(items, Mapping):
        labels = {int(i): str(label) for i, label in items.items()}
    else:
        labels = {int(i): str(i) for i in items}
        if len(labels) != len(items):
            raise BreakoutError("an item appears twice on the ballot")
    return labels


def _ballots(ballots: Iterable[Ballot], labels: Mapping[int, str]) -> list[Ballot]:
    counted = list(ballots)
    for ballot in counted:
        for item in ballot:
            if item not in labels:
                raise BreakoutError(f"a ballot names item {item}, which is not on this ballot")
    return counted


def _hand_counts(hands: Mapping[int, int] | None, labels: Mapping[int, str]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for item, count in (hands or {}).items():
        if item not in labels:
            raise BreakoutError(f"a hand count names item {item}, which is not on this ballot")
        counts[item] = _hands(count)
    return counts


def _sum_levels(rows: Iterable[tuple[int, int, int]]) -> dict[int, int]:
    """Dots and approval hand counts: the count per item (levels play no part)."""
    counts: dict[int, int] = {}
    for item, _level, count in rows:
        counts[item] = counts.get(item, 0) + count
    return counts


def _hands(count: int) -> int:
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise BreakoutError(f"a hand count must be a whole number of 0 or more, not {count!r}")
    if count > MAX_HANDS:  # no room holds them: a damaged or doctored file
        raise BreakoutError(
            f"a hand count of {count} is more than a count can hold ({MAX_HANDS}); "
            "correct the count in the file it came from"
        )
    return count


def _level(level: int) -> int:
    if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= _TOP_LEVEL:
        raise BreakoutError(
            f"agreement levels go from 0 (block) to {_TOP_LEVEL} (full support), not {level!r}"
        )
    return level


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _result(
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


__all__ = [
    "MIN_GROUP_VOTERS",
    "TALLIES",
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
