"""A voting round's words in any of the six languages, from its structured data.

The voting methods (:mod:`breakout.voting`) say a round's rules and an item's result in
English ("23 dots", "24 approvals (100 % of voters)"). The outcome report, the room's screen
and the kiosk may each speak another language, so the same words are said here again from
what the methods compute — the method's name, the round's settings, an
:class:`~breakout.voting.base.ItemResult`'s score and detail — through the engine's catalogue
(:mod:`breakout.words`). In English they are the methods' own words, letter for letter (a test
holds them to it). A method this module does not know keeps its English words.

Also here: how a participant who did not agree to be named is called ("Speaker 2").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from breakout import voting
from breakout.voting import agreement, approval, dots, majority, ranking
from breakout.voting.base import ItemResult, RoundResult
from breakout.words import N_, Words

# The methods' names as stored (written only in their own modules).
DOTS, APPROVAL, RANKING = dots.NAME, approval.NAME, ranking.NAME
MAJORITY, AGREEMENT = majority.NAME, agreement.NAME

TITLES: dict[str, str] = {
    DOTS: N_("Dot voting"),
    APPROVAL: N_("Approval"),
    RANKING: N_("Ranking"),
    MAJORITY: N_("Majority judgment"),
    AGREEMENT: N_("Agreement scale"),
}
SCORE_NAMES: dict[str, str] = {
    DOTS: N_("Dots"),
    APPROVAL: N_("Approvals"),
    RANKING: N_("Borda points"),
    MAJORITY: N_("Majority grade"),
    AGREEMENT: N_("Mean level"),
}
#: The grades of majority judgment, worst first (as :data:`breakout.voting.majority.GRADES`).
GRADES = (N_("Reject"), N_("Poor"), N_("Fair"), N_("Good"), N_("Very good"), N_("Excellent"))
TOP_LEVEL = 5  # the agreement scale's top: "Full support"


def _english(method: str) -> voting.VotingMethod | None:
    return voting.METHODS.get(method)


def title(method: str, t: Words) -> str:
    """The method's name: "Dot voting"."""
    found = _english(method)
    if method in TITLES:
        return t.gettext(TITLES[method])
    return found.title if found is not None else method


def score_name(method: str, t: Words) -> str:
    """What the score of a result chart counts: "Dots"."""
    found = _english(method)
    if method in SCORE_NAMES:
        return t.gettext(SCORE_NAMES[method])
    return found.score_name if found is not None else ""


#: Languages that write a decimal comma: "3,4".
DECIMAL_COMMA = frozenset({"fr", "es", "ru"})


def decimal(value: float, t: Words) -> str:
    """A value to one decimal place, with the language's decimal sign: "3.4", "3,4"."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if t.code in DECIMAL_COMMA else text


def percent(share: float, t: Words) -> str:
    """A share as a whole percent, rounded half up: "60 %"."""
    return t.gettext("{share} %").format(share=int(share * 100 + 0.5 + 1e-9))


def rules(method: str, settings: Mapping[str, Any], t: Words) -> str:
    """The round's rules in a few words: "5 dots each, at most 2 on one item"."""
    if method == DOTS:
        budget, cap = int(settings["budget"]), settings["per_item_cap"]
        return t.ngettext(
            "%(n)d dot each, at most %(cap)s on one item",
            "%(n)d dots each, at most %(cap)s on one item",
            budget,
            cap=cap,
        )
    if method == APPROVAL:
        return t.gettext("mark every item you support")
    if method == RANKING:
        most = settings.get("max_ranked")
        if most:
            return t.ngettext("rank up to %(n)d item", "rank up to %(n)d items", int(most))
        return t.gettext("rank as many items as you like")
    if method == MAJORITY:
        return t.gettext("every item gets a grade from {best} to {worst}").format(
            best=t.gettext(GRADES[-1]), worst=t.gettext(GRADES[0])
        )
    if method == AGREEMENT:
        return t.gettext("every item gets a level from 0 Block to 5 Full support")
    found = _english(method)
    return found.rules(settings) if found is not None else ""


def support_words(method: str, value: float, t: Words) -> str:
    """One stakeholder group's support for an item: "1.4 dots per voter"."""
    if method == DOTS:
        return t.gettext("{value} dots per voter").format(value=decimal(value, t))
    if method == APPROVAL:
        return percent(value, t)
    if method == RANKING:
        return t.gettext("{value} points per voter").format(value=decimal(value, t))
    if method == MAJORITY:
        return t.gettext(GRADES[round(value)])
    if method == AGREEMENT:
        return t.gettext("{value} of {top}").format(value=decimal(value, t), top=TOP_LEVEL)
    found = _english(method)
    return found.support_words(value) if found is not None else f"{value:.1f}"


def figure(method: str, item: ItemResult, t: Words) -> str:
    """An item's headline figure, as a chart prints it: "23 dots"."""
    score = round(item.score)
    if method == DOTS:
        return t.ngettext("%(n)d dot", "%(n)d dots", score)
    if method == APPROVAL:
        share = percent(item.detail.get("share_of_voters", 0.0), t)
        return t.ngettext(
            "%(n)d approval (%(share)s)", "%(n)d approvals (%(share)s)", score, share=share
        )
    if method == RANKING:
        return t.ngettext("%(n)d Borda point", "%(n)d Borda points", score)
    if method == MAJORITY:
        if not item.detail.get("votes"):
            return t.gettext("not graded")
        grade = t.gettext(GRADES[int(item.detail["median"])])
        return t.gettext("majority grade {grade}").format(grade=grade)
    if method == AGREEMENT:
        return _agreement_figure(item, t)
    found = _english(method)
    return found.figure(item) if found is not None else ""


def _agreement_figure(item: ItemResult, t: Words) -> str:
    if not item.detail.get("votes"):
        return t.gettext("not rated")
    words = t.gettext("mean {value} of {top}").format(value=decimal(item.score, t), top=TOP_LEVEL)
    blocks = int(item.detail.get("blocks", 0))
    if not blocks:
        return words
    return f"{words} · " + t.ngettext("%(n)d block", "%(n)d blocks", blocks)


def result_words(method: str, item: ItemResult, t: Words) -> str:
    """An item's result in a phrase, as a report prints it: "14 dots (from 9 voters)"."""
    detail = item.detail
    if method == DOTS:
        givers = int(detail.get("ballots", 0))
        if not givers:
            return figure(method, item, t)
        return t.ngettext(
            "%(figure)s (from %(n)d voter)",
            "%(figure)s (from %(n)d voters)",
            givers,
            figure=figure(method, item, t),
        )
    if method == APPROVAL:
        share = percent(detail.get("share_of_voters", 0.0), t)
        return t.ngettext(
            "%(n)d approval (%(share)s of voters)",
            "%(n)d approvals (%(share)s of voters)",
            round(item.score),
            share=share,
        )
    if method == RANKING:
        return _ranking_result(item, t)
    if method == MAJORITY:
        return _majority_result(item, t)
    if method == AGREEMENT:
        votes = int(detail.get("votes", 0))
        if not votes:
            return t.gettext("not rated")
        return t.ngettext(
            "%(figure)s (from %(n)d vote)",
            "%(figure)s (from %(n)d votes)",
            votes,
            figure=figure(method, item, t),
        )
    found = _english(method)
    return found.result_words(item) if found is not None else ""


def _ranking_result(item: ItemResult, t: Words) -> str:
    wins = int(item.detail.get("schulze_wins", 0))
    firsts = int(item.detail.get("first_places", 0))
    beats = t.ngettext("beats %(n)d item head to head", "beats %(n)d items head to head", wins)
    first = t.ngettext("%(n)d first place", "%(n)d first places", firsts)
    return f"{figure(RANKING, item, t)}; {beats}; {first}"


def _majority_result(item: ItemResult, t: Words) -> str:
    votes = int(item.detail.get("votes", 0))
    if not votes:
        return t.gettext("not graded")
    return t.ngettext(
        "%(figure)s (%(above)s graded it higher, %(below)s lower; from %(n)d vote)",
        "%(figure)s (%(above)s graded it higher, %(below)s lower; from %(n)d votes)",
        votes,
        figure=figure(MAJORITY, item, t),
        above=percent(int(item.detail["above"]) / votes, t),
        below=percent(int(item.detail["below"]) / votes, t),
    )


def speaker(number: int | None, t: Words) -> str:
    """How a participant who did not agree to be named is called: "Speaker 2" by their place
    in the queue, "Speaker" without one (as :func:`breakout.room.speaker_label` says)."""
    if number is None:
        return t.gettext("Speaker")
    return t.gettext("Speaker {number}").format(number=number)


# -- a round's explanation and order note ---------------------------------------------

ORDER_NAMES: dict[str, str] = {
    DOTS: N_("Order by dots"),
    APPROVAL: N_("Order by approvals"),
    RANKING: N_("Schulze order"),
    "schulze": N_("Schulze order"),
    "borda": N_("Borda order"),
    MAJORITY: N_("Order by majority grade"),
    AGREEMENT: N_("Order by mean level"),
}
SCHULZE_RULE = N_(
    "an item beats another when its strongest chain of head-to-head majorities "
    "to the other is stronger than the other's chain back, and items that beat "
    "as many others are tied"
)
MAJORITY_RULE = N_(
    "Majority judgment: each voter grades every item from {best} to {worst}; an item's "
    "majority grade is its middle grade (the lower middle one when the count is even) and the "
    "highest majority grade comes first. Items with the same majority grade are separated as "
    "Balinski and Laraki propose: take one majority grade away from each and compare the "
    "middle grades again, until they differ."
)
#: The agreement scale's ends, as :data:`breakout.voting.agreement.AGREEMENT_LEVELS`.
BLOCK, FULL_SUPPORT = N_("Block"), N_("Full support")


def order_note(result: RoundResult, t: Words) -> str:
    """The order in one line, ties as ties: "Schulze order: A > B = C" (a result of
    :mod:`breakout.voting`); a method this module does not know keeps its English note."""
    if result.method not in ORDER_NAMES:
        return result.order_note
    tiers: list[list[str]] = []
    rank = None
    for item in result.items:
        if tiers and item.rank == rank:
            tiers[-1].append(item.label)
        else:
            tiers.append([item.label])
        rank = item.rank
    order = " > ".join(" = ".join(tier) for tier in tiers)
    return t.gettext("{order_name}: {order}").format(
        order_name=t.gettext(ORDER_NAMES[result.method]), order=order
    )


def borda_rule(n: int, t: Words) -> str:
    """How Borda points are given among ``n`` items."""
    if n <= 2:
        places = t.gettext("1 point for a first place, 0 for the second")
    elif n == 3:
        places = t.gettext("2 points for a first place, 1 for a second, 0 for the last")
    else:
        places = t.gettext(
            "{first} points for a first place, {second} for a second … 0 for the last"
        ).format(first=n - 1, second=n - 2)
    return t.gettext(
        "{places} of {n} (a ballot that ranks only k items gives k−1 … 0 points "
        "and nothing to the items it leaves out)"
    ).format(places=places, n=n)


def explanation(result: RoundResult, settings: Mapping[str, Any], t: Words) -> str:
    """How a round's figures were worked out, in one plain sentence (a result of
    :mod:`breakout.voting` and the round's settings)."""
    method = result.method
    if method == DOTS:
        budget, cap = settings.get("budget"), settings.get("per_item_cap")
        if budget is None or cap is None:
            return t.gettext(
                "Dot voting: an item's score is the number of dots it got "
                "(a raised hand counts as one dot)."
            )
        return t.ngettext(
            "Dot voting: each voter had %(n)d dot to place, at most %(cap)s on one item, and an "
            "item's score is the number of dots it got (a raised hand counts as one dot).",
            "Dot voting: each voter had %(n)d dots to place, at most %(cap)s on one item, and an "
            "item's score is the number of dots it got (a raised hand counts as one dot).",
            int(budget),
            cap=cap,
        )
    if method == APPROVAL:
        return t.gettext(
            "Approval: an item's score is the number of voters (ballots or raised hands) "
            "who marked it as one they can support."
        )
    if method in (RANKING, "borda", "schulze"):
        return _ranking_explanation(method, len(result.items), t)
    if method == MAJORITY:
        return t.gettext(MAJORITY_RULE).format(
            best=t.gettext(GRADES[-1]), worst=t.gettext(GRADES[0])
        )
    if method == AGREEMENT:
        return t.gettext(
            "Agreement: each voter gives each item a level from 0 ({block}) to {top} "
            "({full}); items are ranked by their mean level, then by fewer blocks, and any "
            "item with a block is named."
        ).format(block=t.gettext(BLOCK), top=TOP_LEVEL, full=t.gettext(FULL_SUPPORT))
    return result.explanation


def _ranking_explanation(method: str, n: int, t: Words) -> str:
    schulze = t.gettext(SCHULZE_RULE)
    if method == "schulze":
        return t.gettext("Schulze: {rule}.").format(rule=schulze)
    borda = borda_rule(n, t)
    if method == "borda":
        return t.gettext("Borda: {rule}.").format(rule=borda)
    return t.gettext("Borda: {borda}; the order is Schulze's, by pairwise wins: {schulze}.").format(
        borda=borda, schulze=schulze
    )
