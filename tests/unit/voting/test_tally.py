"""Tallies and results: hand-worked cases, properties, and closed rounds of a Session."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from breakout import tally
from breakout.errors import BreakoutError
from breakout.session import Session
from breakout.tally import RoundResult
from breakout.voting import METHODS, validate_ballot


def count(method: str, ballots: Sequence[dict[int, int]], ids: Sequence[int]) -> RoundResult:
    """A method's tally through the registry, with no hand counts and no settings."""
    return METHODS[method].tally(list(ballots), {i: str(i) for i in ids}, [], {}, len(ballots))


def ranks(result: RoundResult) -> dict[str, int]:
    return {r.label: r.rank for r in result.items}


def scores(result: RoundResult) -> dict[str, float]:
    return {r.label: r.score for r in result.items}


def ballot(*order: int) -> dict[int, int]:
    """A ranking ballot from items in order of preference: {item: rank}."""
    return {item: rank for rank, item in enumerate(order, start=1)}


ABCD = {1: "A", 2: "B", 3: "C", 4: "D"}
A, B, C, D = 1, 2, 3, 4


# -- dots ---------------------------------------------------------------------


def test_dots_sum_per_item_and_ties_share_a_rank() -> None:
    ballots = [{A: 2, B: 1}, {A: 1, C: 2}, {B: 1}]
    # A: 2 + 1 = 3; B: 1 + 1 = 2; C: 2; D: 0  ->  A, then B = C, then D
    result = tally.dots(ballots, ABCD, budget=3, cap=2)
    assert [(r.label, r.rank, r.score) for r in result.items] == [
        ("A", 1, 3),
        ("B", 2, 2),
        ("C", 2, 2),
        ("D", 4, 0),
    ]
    assert [r.share for r in result.items] == [1.0, 2 / 3, 2 / 3, 0.0]
    assert result.items[1].detail == {"dots": 2, "ballots": 2, "hands": 0}
    assert result.ballots == 3
    assert result.order_note == "Order by dots: A > B = C > D"
    assert "3 dots to place, at most 2 on one item" in result.explanation
    assert result.blocked == () and result.by_group is None


def test_dots_hand_counts_add_one_dot_per_hand() -> None:
    # Hands only: A 4, B 4, C 1 (a three-way show of hands in a room of 5).
    result = tally.dots([], ABCD, hands={A: 4, B: 4, C: 1}, eligible=5)
    assert ranks(result) == {"A": 1, "B": 1, "C": 3, "D": 4}
    # The most hands for one item (4) is how many people the hands stand for.
    assert (result.ballots, result.eligible, result.turnout) == (4, 5, 0.8)
    assert result.order_note == "Order by dots: A = B > C > D"
    # Kiosk and hands together: A 2 + 4 = 6.
    mixed = tally.dots([{A: 2}], ABCD, hands={A: 4})
    assert mixed.items[0].detail == {"dots": 6, "ballots": 1, "hands": 4}


@given(
    budget=st.integers(1, 5),
    cap=st.integers(1, 5),
    values=st.lists(st.integers(0, 6), min_size=3, max_size=3),
)
def test_dots_over_budget_or_cap_are_refused(budget: int, cap: int, values: list[int]) -> None:
    cap = min(cap, budget)
    settings_ = {"budget": budget, "per_item_cap": cap}
    entries = dict(zip([A, B, C], values, strict=True))
    if sum(values) > budget or max(values) > cap or not any(values):
        with pytest.raises(BreakoutError):
            validate_ballot("dots", settings_, [A, B, C], entries)
    else:
        clean = validate_ballot("dots", settings_, [A, B, C], entries)
        result = tally.dots([clean], {A: "A", B: "B", C: "C"})
        assert sum(r.score for r in result.items) == sum(values) <= budget


# -- approval -----------------------------------------------------------------


def test_approval_counts_marks() -> None:
    ballots = [{A: 1, B: 1}, {A: 1}, {C: 1}, {A: 1, C: 1}]
    # A: ballots 1, 2, 4 = 3; B: ballot 1 = 1; C: ballots 3, 4 = 2; D: 0
    result = tally.approval(ballots, ABCD)
    assert [(r.label, r.rank, r.score) for r in result.items] == [
        ("A", 1, 3),
        ("C", 2, 2),
        ("B", 3, 1),
        ("D", 4, 0),
    ]
    assert result.items[0].detail["share_of_voters"] == 3 / 4
    assert result.items[1].share == 2 / 3  # of the leader's 3


def test_approval_tie_for_first() -> None:
    result = tally.approval([{A: 1, B: 1}, {A: 1, B: 1, C: 1}], ABCD)
    assert ranks(result) == {"A": 1, "B": 1, "C": 3, "D": 4}
    assert result.order_note == "Order by approvals: A = B > C > D"


def test_approval_zero_marks_count_for_nothing() -> None:
    result = tally.approval([{A: 1, B: 0}], ABCD)
    assert scores(result) == {"A": 1, "B": 0, "C": 0, "D": 0}


# -- ranking: Borda and Schulze ----------------------------------------------------


# The cycle profile, 9 voters, all four items ranked:
#   4 × A > B > C > D
#   3 × B > C > A > D
#   2 × C > A > B > D
# Pairwise d[x][y] (voters ranking x above y):
#   A:B = 4 + 2 = 6 vs B:A = 3      -> A over B by 6
#   B:C = 4 + 3 = 7 vs C:B = 2      -> B over C by 7
#   C:A = 3 + 2 = 5 vs A:C = 4      -> C over A by 5   (a cycle A > B > C > A)
#   everyone over D 9 : 0
# Strongest paths (weakest link of the best chain):
#   p[A][B] = 6 (direct; via C: min(6, 5) = 5)   p[B][A] = min(B>C 7, C>A 5) = 5  -> A beats B
#   p[A][C] = min(A>B 6, B>C 7) = 6              p[C][A] = 5 (direct)            -> A beats C
#   p[B][C] = 7 (direct)                         p[C][B] = min(C>A 5, A>B 6) = 5 -> B beats C
#   p[x][D] = 9, p[D][x] = 0                                                    -> all beat D
# Wins: A 3, B 2, C 1, D 0 -> Schulze order A > B > C > D.
# Borda (3, 2, 1, 0): A = 4·3 + 3·1 + 2·2 = 19; B = 4·2 + 3·3 + 2·1 = 19;
#                     C = 4·1 + 3·2 + 2·3 = 16; D = 0.  Total 54 = 9 ballots × 6.
CYCLE = [ballot(A, B, C, D)] * 4 + [ballot(B, C, A, D)] * 3 + [ballot(C, A, B, D)] * 2


def test_schulze_breaks_a_cycle_worked_by_hand() -> None:
    d = tally.pairwise(CYCLE, list(ABCD))
    assert (d[A][B], d[B][A], d[B][C], d[C][B], d[C][A], d[A][C]) == (6, 3, 7, 2, 5, 4)
    p = tally.strongest_paths(d, list(ABCD))
    assert (p[A][B], p[B][A], p[A][C], p[C][A], p[B][C], p[C][B]) == (6, 5, 6, 5, 7, 5)
    assert p[A][D] == 9 and p[D][A] == 0
    result = tally.ranking(CYCLE, ABCD)
    assert result.order_note == "Schulze order: A > B > C > D"
    assert ranks(result) == {"A": 1, "B": 2, "C": 3, "D": 4}
    # The score is Borda, where A and B tie; the order is Schulze's, where they do not.
    assert scores(result) == {"A": 19, "B": 19, "C": 16, "D": 0}
    assert [r.detail["schulze_wins"] for r in result.items] == [3, 2, 1, 0]
    assert result.items[0].detail["beats"] == [B, C, D]
    assert ranks(tally.borda(CYCLE, ABCD)) == {"A": 1, "B": 1, "C": 3, "D": 4}
    assert tally.schulze(CYCLE, ABCD).order_note == "Schulze order: A > B > C > D"
    assert result.explanation.startswith(
        "Borda: 3 points for a first place, 2 for a second … 0 for the last of 4"
    )
    assert "Schulze" in result.explanation


def test_condorcet_winner_heads_schulze_though_borda_prefers_another() -> None:
    # 3 × A > B > C, 2 × B > C > A.
    # A beats B 3:2 and C 3:2: A is the Condorcet winner. B beats C 5:0.
    # Borda (2, 1, 0): A = 3·2 = 6; B = 3·1 + 2·2 = 7; C = 2·1 = 2.
    items = {A: "A", B: "B", C: "C"}
    ballots = [ballot(A, B, C)] * 3 + [ballot(B, C, A)] * 2
    result = tally.ranking(ballots, items)
    assert [(r.label, r.rank, r.score) for r in result.items] == [
        ("A", 1, 6),
        ("B", 2, 7),
        ("C", 3, 2),
    ]
    assert [r.share for r in result.items] == [6 / 7, 1.0, 2 / 7]  # of the top score, 7
    assert ranks(tally.borda(ballots, items)) == {"B": 1, "A": 2, "C": 3}


def test_perfect_cycle_is_a_three_way_tie() -> None:
    # A > B > C, B > C > A, C > A > B: every pair is 2 : 1 round the cycle, so every
    # strongest path is 2 both ways, nobody beats anybody, and Borda gives 3 each.
    items = {A: "A", B: "B", C: "C"}
    ballots = [ballot(A, B, C), ballot(B, C, A), ballot(C, A, B)]
    result = tally.ranking(ballots, items)
    assert ranks(result) == {"A": 1, "B": 1, "C": 1}
    assert scores(result) == {"A": 3, "B": 3, "C": 3}
    assert result.order_note == "Schulze order: A = B = C"


def test_partial_ballots_modified_borda_and_unranked_items() -> None:
    # Ballots {A 1st, B 2nd} and {C 1st}; D is never ranked.
    # Modified Borda: the first ballot ranks k = 2 items -> A 1, B 0; the second k = 1 -> C 0.
    # Pairwise: A>B 1, A>C 1, A>D 1, B>C 1, B>D 1, C>A 1, C>B 1, C>D 1.
    # Links (strict majorities): A→B, A→D, B→D, C→D, all of strength 1; A–C and B–C are 1 : 1.
    # Nothing leads into C or out of it except to D, so: A beats B and D; B beats D;
    # C beats D. Wins A 2, B 1, C 1, D 0 -> A > B = C > D, ranks 1, 2, 2, 4.
    result = tally.ranking([ballot(A, B), ballot(C)], ABCD)
    assert result.order_note == "Schulze order: A > B = C > D"
    assert [(r.label, r.rank, r.score) for r in result.items] == [
        ("A", 1, 1),
        ("B", 2, 0),
        ("C", 2, 0),
        ("D", 4, 0),
    ]
    assert result.items[2].detail["first_places"] == 1
    assert result.items[3].detail["ranked_by"] == 0


def test_no_ballots_is_all_tied_at_zero() -> None:
    for method in METHODS:
        result = count(method, [], list(ABCD))
        assert {r.rank for r in result.items} == {1}
        assert {r.share for r in result.items} == {0.0}
        assert (result.ballots, result.turnout) == (0, 0.0)


# -- agreement ----------------------------------------------------------------------


WXYZ = {1: "X", 2: "Y", 3: "Z", 4: "W"}
X, Y, Z, W = 1, 2, 3, 4


def test_agreement_distribution_mean_blocks() -> None:
    ballots = [
        {X: 5, Y: 3, Z: 0, W: 2},
        {X: 4, Y: 3, Z: 5, W: 4},
        {X: 3, Y: 3, Z: 5, W: 4},
    ]
    # X: (5 + 4 + 3) / 3 = 4;  Y: 9 / 3 = 3;  Z: (0 + 5 + 5) / 3 = 10/3 with one block;
    # W: (2 + 4 + 4) / 3 = 10/3 with no block -> W ahead of Z on fewer blocks.
    result = tally.agreement(ballots, WXYZ)
    assert [(r.label, r.rank) for r in result.items] == [("X", 1), ("W", 2), ("Z", 3), ("Y", 4)]
    assert scores(result) == {"X": 4.0, "W": 10 / 3, "Z": 10 / 3, "Y": 3.0}
    z = result.items[2].detail
    assert z["distribution"] == {0: 1, 1: 0, 2: 0, 3: 0, 4: 0, 5: 2}
    assert (z["blocks"], z["votes"]) == (1, 3)
    assert result.blocked == ("Z",)
    assert result.order_note == "Order by mean level: X > W > Z > Y"
    assert result.items[1].share == (10 / 3) / 4


def test_agreement_ties_need_equal_mean_and_blocks() -> None:
    # X: 5, 1 -> mean 3, no block; Y: 3, 3 -> mean 3, no block: a tie.
    # Z: 0, 5 -> 2.5, one block; W: 1, 4 -> 2.5, no block.
    result = tally.agreement([{X: 5, Y: 3, Z: 0, W: 1}, {X: 1, Y: 3, Z: 5, W: 4}], WXYZ)
    assert ranks(result) == {"X": 1, "Y": 1, "W": 3, "Z": 4}
    assert result.order_note == "Order by mean level: X = Y > W > Z"


def test_agreement_hand_counts_carry_levels() -> None:
    # One ballot, plus hands: X 2 × level 5 and 1 × level 0; Y 3 × level 4.
    # X: (4 + 5 + 5 + 0) / 4 = 3.5, one block; Y: (2 + 4·3) / 4 = 3.5, no block.
    # Z, W: only the ballot, 3 each. The hands stand for 3 people (the most shown for one item).
    result = tally.agreement(
        [{X: 4, Y: 2, Z: 3, W: 3}], WXYZ, hands={X: {5: 2, 0: 1}, Y: {4: 3}}, eligible=5
    )
    assert [(r.label, r.rank, r.score) for r in result.items] == [
        ("Y", 1, 3.5),
        ("X", 2, 3.5),
        ("Z", 3, 3.0),
        ("W", 3, 3.0),
    ]
    assert result.blocked == ("X",)
    assert (result.ballots, result.eligible, result.turnout) == (4, 5, 0.8)
    with pytest.raises(BreakoutError, match="agreement levels"):
        tally.agreement([], WXYZ, hands={X: {6: 1}})


def test_agreement_item_nobody_rated_comes_last() -> None:
    result = tally.agreement([], WXYZ, hands={X: {0: 2}, Y: {1: 1}})
    # X mean 0 with 2 blocks, Y mean 1; Z and W unrated, after every rated item.
    assert [(r.label, r.rank) for r in result.items] == [("Y", 1), ("X", 2), ("Z", 3), ("W", 3)]


def test_ballots_naming_an_unknown_item_are_refused() -> None:
    with pytest.raises(BreakoutError, match="not on this ballot"):
        tally.approval([{99: 1}], ABCD)
    with pytest.raises(BreakoutError, match="not on this ballot"):
        tally.dots([], ABCD, hands={99: 1})


# -- support by group ---------------------------------------------------------------


def test_group_support_hides_small_groups_and_what_would_reveal_them() -> None:
    items = {A: "A", B: "B"}
    three = [{A: 1}, {A: 1, B: 1}, {B: 1}]
    four = [{A: 1}] * 4
    # Hidden: "Gov" (2 voters) and "UN" (1): 3 hidden voters together, so nobody's
    # vote can be worked out from the total minus the groups shown.
    support, hidden = tally.group_support(
        "approval", {"Biz": three, "CSO": four, "Gov": [{A: 1}] * 2, "UN": [{B: 1}]}, items
    )
    assert hidden == ("Gov", "UN")
    assert support == {"Biz": {A: 2 / 3, B: 2 / 3}, "CSO": {A: 1.0, B: 0.0}}
    # Only "Gov" (2) is small: the total minus Biz and CSO would give its two votes,
    # so the smallest shown group (Biz, 3) is hidden too: 5 hidden voters.
    support, hidden = tally.group_support(
        "approval", {"Biz": three, "CSO": four, "Gov": [{A: 1}] * 2}, items
    )
    assert hidden == ("Biz", "Gov")
    assert set(support) == {"CSO"}
    # One big group and one of one: both hidden.
    support, hidden = tally.group_support("approval", {"Biz": four, "UN": [{B: 1}]}, items)
    assert (support, hidden) == ({}, ("Biz", "UN"))


def test_group_support_cells_per_method() -> None:
    items = {A: "A", B: "B", C: "C"}
    group = {"G": [ballot(A, B, C), ballot(A, C), ballot(B)]}
    # Borda per voter: A (2 + 1 + 0) / 3 = 1; B (1 + 0 + 0) / 3; C 0.
    assert tally.group_support("ranking", group, items)[0] == {"G": {A: 1.0, B: 1 / 3, C: 0.0}}
    dots = {"G": [{A: 3}, {A: 1, B: 2}, {C: 3}]}
    assert tally.group_support("dots", dots, items)[0] == {"G": {A: 4 / 3, B: 2 / 3, C: 1.0}}
    levels = {"G": [{A: 5, B: 0, C: 3}, {A: 4, B: 1, C: 3}, {A: 3, B: 2, C: 3}]}
    assert tally.group_support("agreement", levels, items)[0] == {"G": {A: 4.0, B: 1.0, C: 3.0}}


# -- properties -------------------------------------------------------------------


@st.composite
def ranking_profiles(draw: st.DrawFn) -> tuple[list[int], list[dict[int, int]]]:
    ids = draw(st.lists(st.integers(1, 500), min_size=2, max_size=6, unique=True))
    ballots = []
    for _ in range(draw(st.integers(0, 12))):
        order = draw(st.permutations(ids))
        k = draw(st.integers(1, len(ids)))
        ballots.append(ballot(*order[:k]))
    return ids, ballots


@st.composite
def profiles(draw: st.DrawFn) -> tuple[str, list[int], list[dict[int, int]]]:
    """A method, its items and valid ballots for it."""
    method = draw(st.sampled_from(["dots", "approval", "ranking", "agreement"]))
    ids, rankings = draw(ranking_profiles())
    if method == "ranking":
        return method, ids, rankings
    ballots = []
    for _ in rankings:
        if method == "dots":
            values = draw(st.lists(st.integers(0, 3), min_size=len(ids), max_size=len(ids)))
        elif method == "approval":
            values = draw(st.lists(st.integers(0, 1), min_size=len(ids), max_size=len(ids)))
        else:
            values = draw(st.lists(st.integers(0, 5), min_size=len(ids), max_size=len(ids)))
        entries = {i: v for i, v in zip(ids, values, strict=True) if v or method == "agreement"}
        if entries:
            ballots.append(entries)
    return method, ids, ballots


def _condorcet_winner(ids: Sequence[int], ballots: Sequence[dict[int, int]]) -> int | None:
    """Worked out directly from the ballots, without breakout.tally."""

    def above(b: dict[int, int], x: int, y: int) -> bool:
        return x in b and (y not in b or b[x] < b[y])

    for x in ids:
        if all(
            sum(above(b, x, y) for b in ballots) > sum(above(b, y, x) for b in ballots)
            for y in ids
            if y != x
        ):
            return x
    return None


def _widest_paths_by_thresholds(
    d: dict[int, dict[int, int]], ids: Sequence[int]
) -> dict[tuple[int, int], int]:
    """An independent oracle: p[a][b] is the largest t such that b can be reached
    from a over links of strength >= t (search per threshold, no Floyd–Warshall)."""
    links = {(a, b): d[a][b] for a in ids for b in ids if a != b and d[a][b] > d[b][a]}
    out = {(a, b): 0 for a in ids for b in ids if a != b}
    for t in sorted(set(links.values())):
        for a in ids:
            seen, todo = {a}, [a]
            while todo:
                x = todo.pop()
                for y in ids:
                    if y not in seen and links.get((x, y), 0) >= t:
                        seen.add(y)
                        todo.append(y)
            for b in seen - {a}:
                out[a, b] = t
    return out


@given(ranking_profiles())
def test_borda_totals_are_conserved(profile: tuple[list[int], list[dict[int, int]]]) -> None:
    ids, ballots = profile
    result = tally.borda(ballots, ids)
    assert sum(r.score for r in result.items) == sum(len(b) * (len(b) - 1) // 2 for b in ballots)
    combined = tally.ranking(ballots, ids)
    assert sorted(r.score for r in combined.items) == sorted(r.score for r in result.items)


@given(ranking_profiles())
def test_condorcet_winner_heads_schulze(profile: tuple[list[int], list[dict[int, int]]]) -> None:
    ids, ballots = profile
    winner = _condorcet_winner(ids, ballots)
    result = tally.ranking(ballots, ids)
    if winner is not None:
        assert result.items[0].item == winner
        assert [r.rank for r in result.items].count(1) == 1


@given(ranking_profiles(), st.data())
def test_a_majority_bloc_makes_a_condorcet_winner_who_heads_schulze(
    profile: tuple[list[int], list[dict[int, int]]], data: st.DataObject
) -> None:
    ids, ballots = profile
    c = data.draw(st.sampled_from(ids))
    # len(ballots) + 1 more ballots with c first: c is above every other item on a majority.
    for _ in range(len(ballots) + 1):
        rest = data.draw(st.permutations([i for i in ids if i != c]))
        ballots = [*ballots, ballot(c, *rest[: data.draw(st.integers(0, len(rest)))])]
    assert _condorcet_winner(ids, ballots) == c
    result = tally.schulze(ballots, ids)
    assert result.items[0].item == c and result.items[1].rank == 2
    assert result.items[0].score == len(ids) - 1


@given(ranking_profiles())
def test_schulze_paths_match_an_independent_oracle(
    profile: tuple[list[int], list[dict[int, int]]],
) -> None:
    ids, ballots = profile
    d = tally.pairwise(ballots, ids)
    p = tally.strongest_paths(d, ids)
    oracle = _widest_paths_by_thresholds(d, ids)
    assert {(a, b): p[a][b] for a in ids for b in ids if a != b} == oracle
    # Beating is transitive (Schulze's theorem), so the order by wins is consistent.
    result = tally.schulze(ballots, ids)
    rank = {r.item: r.rank for r in result.items}
    for a in ids:
        for b in ids:
            if a != b and p[a][b] > p[b][a]:
                assert rank[a] < rank[b]


@given(profiles())
def test_approval_counts_equal_ballots_marking_each_item(
    profile: tuple[str, list[int], list[dict[int, int]]],
) -> None:
    _, ids, ballots = profile
    marks = [{i: 1 for i in b} for b in ballots]
    result = tally.approval(marks, ids)
    for r in result.items:
        assert r.score == sum(r.item in b for b in marks)
        assert r.detail["approvals"] == r.score


@given(profiles(), st.data())
def test_results_do_not_depend_on_ballot_order(
    profile: tuple[str, list[int], list[dict[int, int]]], data: st.DataObject
) -> None:
    method, ids, ballots = profile
    shuffled = data.draw(st.permutations(ballots))
    shuffled = [dict(reversed(list(b.items()))) for b in shuffled]
    assert count(method, shuffled, ids) == count(method, ballots, ids)


def _ranking_key(method: str) -> Callable[[Any], Any]:
    if method == "ranking":
        return lambda r: r.detail["schulze_wins"]
    if method == "agreement":
        return lambda r: (r.detail["votes"] > 0, r.score, -r.detail["blocks"])
    return lambda r: r.score


@given(profiles())
def test_ranks_are_consistent_with_scores(
    profile: tuple[str, list[int], list[dict[int, int]]],
) -> None:
    method, ids, ballots = profile
    result = count(method, ballots, ids)
    key = _ranking_key(method)
    assert sorted(r.item for r in result.items) == sorted(ids)
    assert [r.rank for r in result.items] == sorted(r.rank for r in result.items)
    for r in result.items:
        # Competition ranking: 1 + the number of items strictly ahead.
        assert r.rank == 1 + sum(key(o) > key(r) for o in result.items)
        for o in result.items:
            assert (r.rank == o.rank) == (key(r) == key(o))
    top = max(r.score for r in result.items)
    for r in result.items:
        assert r.share == (r.score / top if top else 0.0)
    if method != "ranking":
        assert [r.score for r in result.items] == sorted(
            (r.score for r in result.items), reverse=True
        )


@settings(max_examples=50)
@given(profiles())
def test_tallies_trust_validated_ballots(
    profile: tuple[str, list[int], list[dict[int, int]]],
) -> None:
    """What the generators make is what validate_ballot accepts."""
    method, ids, ballots = profile
    rules = {"budget": 3 * len(ids), "per_item_cap": 3} if method == "dots" else {}
    for b in ballots:
        assert validate_ballot(method, rules, ids, b) == {k: v for k, v in b.items()}


# -- closed rounds of a session ----------------------------------------------------------


LABELS = ["Map with residents", "Fund drains", "Plant trees"]


def _people(session: Session, groups: dict[str, int], present: bool = True) -> list[int]:
    ids: list[int] = []
    for group, count in groups.items():
        for _ in range(count):
            name = f"Person {len(session.people.participants()) + 1}"
            ids.append(
                session.people.add_participant(
                    name, stakeholder_group=group, present=present
                ).result
            )
    return ids


def _round(session: Session, method: str, *, secret: bool = True, **settings_: int) -> int:
    round_id: int = session.voting.create_round(
        method=method, items=LABELS, settings=settings_ or None, secret=secret
    ).result
    return round_id


def _items(session: Session, rid: int) -> list[int]:
    return [i.id for i in session.voting.round_items(rid)]


def test_results_stay_hidden_until_the_round_closes(session: Session) -> None:
    people = _people(session, {"Business": 2})
    rid = _round(session, "approval")
    items = _items(session, rid)
    with pytest.raises(BreakoutError, match="results stay hidden until the round closes"):
        tally.tally_round(session, rid)
    session.voting.open_round(rid)
    session.voting.cast_ballot(rid, people[0], {items[0]: 1})
    with pytest.raises(BreakoutError, match="results stay hidden until the round closes"):
        tally.tally_round(session, rid)
    session.voting.close_round(rid)
    assert tally.tally_round(session, rid).items[0].label == LABELS[0]
    # No way round it: no preview flag.
    assert list(inspect.signature(tally.tally_round).parameters) == ["session", "round_id"]


def test_turnout_and_support_by_group_hide_groups_under_three(session: Session) -> None:
    people = _people(
        session,
        {"Business": 3, "civil  society": 1, "Civil society": 2, "Government": 1, "Academia": 2},
    )
    late = session.people.add_participant(
        "Walk-in", stakeholder_group="Academia"
    ).result  # not checked in
    rid = _round(session, "approval", secret=False)
    a, b, c = _items(session, rid)
    session.voting.open_round(rid)
    # Business (people 0-2): A+B, A, A; Civil society (3-5, one group however it is
    # spelt, shown as most of the roster spells it): B, B, B+C; Government (6): C;
    # Academia: person 7 A, person 8 does not vote, the walk-in C.
    votes = [{a: 1, b: 1}, {a: 1}, {a: 1}, {b: 1}, {b: 1}, {b: 1, c: 1}, {c: 1}, {a: 1}]
    for person, entries in zip(people, votes, strict=False):
        session.voting.cast_ballot(rid, person, entries)
    session.voting.cast_ballot(rid, late, {c: 1})
    session.voting.close_round(rid)
    result = tally.tally_round(session, rid)
    # A: Business 3 + Academia 1 = 4; B: Business 1 + Civil society 3 = 4;
    # C: Civil society 1 + Government 1 + Academia 1 = 3.
    assert [(r.label, r.rank, r.score) for r in result.items] == [
        ("Map with residents", 1, 4),
        ("Fund drains", 1, 4),
        ("Plant trees", 3, 3),
    ]
    # 9 checked in, plus the walk-in who voted; 9 ballots (person 8 did not vote).
    assert (result.ballots, result.eligible) == (9, 10)
    assert result.turnout == pytest.approx(0.9)
    # Government (1 voter) is hidden; Academia has 2 voters (7 and the walk-in): hidden;
    # together 3 hidden voters, so nothing more needs hiding.
    assert result.hidden_groups == ("Academia", "Government")
    assert result.by_group == {
        "Business": {a: 1.0, b: 1 / 3, c: 0.0},
        "Civil society": {a: 0.0, b: 1.0, c: 1 / 3},
    }


def test_secret_round_has_no_support_by_group(session: Session) -> None:
    people = _people(session, {"Business": 4})
    rid = _round(session, "dots", budget=3, per_item_cap=2)
    a, b, _ = _items(session, rid)
    session.voting.open_round(rid)
    for person in people:
        session.voting.cast_ballot(rid, person, {a: 2, b: 1})
    session.voting.close_round(rid)
    result = tally.tally_round(session, rid)
    assert result.by_group is None and result.hidden_groups == ()
    assert scores(result) == {"Map with residents": 8, "Fund drains": 4, "Plant trees": 0}
    assert "3 dots to place, at most 2 on one item" in result.explanation
    assert result.turnout == 1.0


def test_open_ranking_round_by_group_and_schulze(session: Session) -> None:
    people = _people(session, {"Business": 3, "Academia": 3})
    rid = _round(session, "ranking", secret=False)
    a, b, c = _items(session, rid)
    session.voting.open_round(rid)
    for person in people[:3]:  # Business: A > B > C
        session.voting.cast_ballot(rid, person, {a: 1, b: 2, c: 3})
    for person in people[3:]:  # Academia: C > B
        session.voting.cast_ballot(rid, person, {c: 1, b: 2})
    session.voting.close_round(rid)
    result = tally.tally_round(session, rid)
    # Borda: Business ranks 3 items (2, 1, 0), Academia 2 (1, 0):
    #   A 3·2 = 6; B 3·1 + 3·0 = 3; C 3·0 + 3·1 = 3.
    # Pairwise (a ranked item is above an unranked one): A:B 3 (Business) : 3 (Academia),
    # A:C 3 : 3, B:C 3 : 3 -> no majorities, no links: a three-way Schulze tie.
    assert result.order_note == "Schulze order: Map with residents = Fund drains = Plant trees"
    assert scores(result) == {"Map with residents": 6, "Fund drains": 3, "Plant trees": 3}
    assert result.by_group == {
        "Academia": {a: 0.0, b: 0.0, c: 1.0},
        "Business": {a: 2.0, b: 1.0, c: 0.0},
    }


def test_hand_counts_in_a_round(session: Session) -> None:
    _people(session, {"Business": 5})
    rid = _round(session, "approval", secret=False)
    a, b, c = _items(session, rid)
    session.voting.open_round(rid)
    session.voting.record_hand_tally(rid, {a: 4, b: 2, c: 4})
    session.voting.close_round(rid)
    result = tally.tally_round(session, rid)
    assert [(r.label, r.rank, r.score) for r in result.items] == [
        ("Map with residents", 1, 4),
        ("Plant trees", 1, 4),
        ("Fund drains", 3, 2),
    ]
    assert (result.ballots, result.eligible, result.turnout) == (4, 5, 0.8)
    assert result.by_group == {}  # hands carry no names

    agree = _round(session, "agreement")
    a, b, c = _items(session, agree)
    session.voting.open_round(agree)
    session.voting.record_hand_tally(agree, {a: 3, b: 1, c: 0}, level=5)
    session.voting.record_hand_tally(agree, {a: 1, b: 1, c: 5}, level=3)
    session.voting.record_hand_tally(agree, {a: 1, b: 3, c: 0}, level=0)
    session.voting.close_round(agree)
    result = tally.tally_round(session, agree)
    # A (15 + 3 + 0) / 5 = 3.6, one block; B (5 + 3 + 0) / 5 = 1.6, three blocks; C 3.0.
    assert [(r.label, r.score) for r in result.items] == [
        ("Map with residents", 3.6),
        ("Plant trees", 3.0),
        ("Fund drains", 1.6),
    ]
    assert result.blocked == ("Map with residents", "Fund drains")

    ranked = _round(session, "ranking")
    a, b, c = _items(session, ranked)
    session.voting.open_round(ranked)
    # The engine refuses hand counts for a ranking round up front, so a closed
    # ranking round always has results.
    with pytest.raises(BreakoutError, match="cannot express a ranking"):
        session.voting.record_hand_tally(ranked, {a: 3})
    assert session.voting.hand_tallies(ranked) == []
