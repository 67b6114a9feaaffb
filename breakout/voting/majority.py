"""Majority judgment: each voter grades every item on one scale of words.

A ballot gives every item a grade, 0 = Reject .. 5 = Excellent
(:data:`GRADES`). An item's *majority grade* is its median grade: with an even
number of grades, the lower of the two middle ones. The item with the highest
majority grade comes first.

Ties are broken by Balinski and Laraki's *majority value*: take the item's
majority grade away (one copy of it), take the majority grade of the grades
that remain, and so on until none remain; items are ordered by these sequences
compared grade by grade, and only items whose sequences are equal (the same
grades, the same number of times) are tied. Source: M. Balinski and R. Laraki,
"A theory of measuring, electing, and ranking", Proceedings of the National
Academy of Sciences 104 (21), 8720–8725 (2007), the "majority-ranking"; and
their book *Majority Judgment: Measuring, Ranking, and Electing* (MIT Press,
2011). An item nobody graded (possible only with hand counts) comes last; with
hand counts items can hold different numbers of grades, and when one sequence
is the start of the other the longer one ranks ahead.

The score is the majority grade (0..5). ``detail``: ``distribution``
({grade: count} for every grade), ``votes``, ``median`` (the majority grade),
``above`` and ``below`` (how many grades are strictly better and strictly
worse than it). Hand counts carry their grade, as on the agreement scale. A
group's support is its majority grade.
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
    by_level,
    checked_ballots,
    labels_of,
    level_counts,
    percent_words,
    plural,
    ranked_result,
)

#: The grades, worst first: a ballot's value is the grade's index.
GRADES: tuple[str, ...] = ("Reject", "Poor", "Fair", "Good", "Very good", "Excellent")
_TOP = len(GRADES) - 1


def majority_grade(counts: Sequence[int]) -> int:
    """The lower median grade of a distribution (``counts[g]`` grades ``g``); 0 when empty."""
    votes = sum(counts)
    position = (votes - 1) // 2  # 0-based place of the lower middle grade, worst first
    seen = 0
    for grade, n in enumerate(counts):
        seen += n
        if seen > position:
            return grade
    return 0


def majority_value(counts: Sequence[int]) -> tuple[int, ...]:
    """The successive majority grades as each is taken away (Balinski and Laraki)."""
    left = list(counts)
    sequence = []
    for _ in range(sum(left)):
        grade = majority_grade(left)
        sequence.append(grade)
        left[grade] -= 1
    return tuple(sequence)


def majority_judgment(
    ballots: Iterable[Ballot],
    items: Items,
    *,
    hands: Mapping[int, Mapping[int, int]] | None = None,
    eligible: int | None = None,
) -> RoundResult:
    """Majority judgment: ranked by majority grade, ties broken by majority value.

    ``hands`` maps item -> {grade: number of hands showing it}.
    """
    labels = labels_of(items)
    counted = checked_ballots(ballots, labels)
    dist, shown = level_counts(counted, labels, hands, grade_of, len(GRADES))
    scores: dict[int, float] = {}
    keys: dict[int, tuple[bool, tuple[int, ...]]] = {}
    details: dict[int, dict[str, Any]] = {}
    for item, counts in dist.items():
        votes = sum(counts)
        median = majority_grade(counts)
        scores[item] = float(median)
        keys[item] = (votes > 0, majority_value(counts))
        details[item] = {
            "distribution": dict(enumerate(counts)),
            "votes": votes,
            "median": median,
            "above": sum(counts[median + 1 :]),
            "below": sum(counts[:median]),
        }
    return ranked_result(
        NAME,
        labels,
        scores=scores,
        keys=keys,
        details=details,
        ballots=len(counted) + shown,
        eligible=eligible,
        explanation=(
            f"Majority judgment: each voter grades every item from {GRADES[-1]} to "
            f"{GRADES[0]}; an item's majority grade is its middle grade (the lower middle one "
            "when the count is even) and the highest majority grade comes first. Items with "
            "the same majority grade are separated as Balinski and Laraki propose: take one "
            "majority grade away from each and compare the middle grades again, until they differ."
        ),
        order_name="Order by majority grade",
    )


def grade_of(value: int) -> int:
    """``value`` if it is a grade, else a refusal."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _TOP:
        raise BreakoutError(
            f"grades go from 0 ({GRADES[0]}) to {_TOP} ({GRADES[-1]}), not {value!r}"
        )
    return value


class MajorityJudgment:
    name = "majority"
    title = "Majority judgment"
    help = "Each person grades every item from Excellent to Reject; the best middle grade wins."
    score_name = "Majority grade"
    group_unit = "the group's majority grade"
    hand_levels = GRADES

    def normalise_settings(self, settings: Mapping[str, Any], item_count: int) -> dict[str, Any]:
        return {}

    def rules(self, settings: Mapping[str, Any]) -> str:
        return f"every item gets a grade from {GRADES[-1]} to {GRADES[0]}"

    def validate_ballot(
        self, settings: Mapping[str, Any], items: Sequence[int], entries: dict[int, int]
    ) -> dict[int, int]:
        if any(not 0 <= v <= _TOP for v in entries.values()):
            raise refusal("grades go from 0 (Reject) to 5 (Excellent)")
        if len(entries) != len(set(items)):
            raise refusal("give every item a grade")
        return entries

    def tally(
        self,
        ballots: Sequence[Ballot],
        labels: Mapping[int, str],
        hands: Sequence[HandRow],
        settings: Mapping[str, Any],
        eligible: int,
    ) -> RoundResult:
        return majority_judgment(ballots, labels, hands=by_level(hands), eligible=eligible)

    def support(self, ballots: Sequence[Ballot], labels: Mapping[int, str]) -> dict[int, float]:
        counts = {i: [0] * len(GRADES) for i in labels}
        for ballot in ballots:
            for item, value in ballot.items():
                counts[item][grade_of(value)] += 1
        return {i: float(majority_grade(c)) for i, c in counts.items() if sum(c)}

    def support_words(self, value: float) -> str:
        return GRADES[round(value)]

    def figure(self, item: ItemResult) -> str:
        if not item.detail.get("votes"):
            return "not graded"
        return f"majority grade {GRADES[int(item.detail['median'])]}"

    def result_words(self, item: ItemResult) -> str:
        votes = int(item.detail.get("votes", 0))
        if not votes:
            return "not graded"
        above = percent_words(int(item.detail["above"]) / votes)
        below = percent_words(int(item.detail["below"]) / votes)
        return (
            f"{self.figure(item)} ({above} graded it higher, {below} lower; "
            f"from {plural(votes, 'vote')})"
        )

    def bar(self, item: ItemResult) -> tuple[float, bool]:
        graded = bool(item.detail.get("votes"))
        return item.score / _TOP, graded and int(item.detail["median"]) == 0

    def instruction(self, settings: Mapping[str, Any]) -> str:
        return f"Give every item a grade, from {GRADES[-1]} to {GRADES[0]}"

    def ballot_summary(
        self,
        ballot: Mapping[int, int],
        items: Sequence[tuple[int, str]],
        settings: Mapping[str, Any],
    ) -> list[str]:
        return [f"{GRADES[ballot[i]]}  —  {label}" for i, label in items]


NAME = MajorityJudgment.name
METHOD = MajorityJudgment()
