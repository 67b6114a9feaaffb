"""Voting methods: their settings and what a valid ballot is.

A ballot is a mapping from ballot item id to a whole number whose meaning
depends on the method:

* ``dots`` — dots given to the item (0..cap), at most ``budget`` in all;
* ``approval`` — 1 for an item the voter supports, 0 (or absent) otherwise;
* ``ranking`` — the item's rank, 1 = first; items left out are unranked;
* ``agreement`` — a level on the agreement scale, 0 = block .. 5 = full support.

Pure Python: no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from breakout.errors import BreakoutError

#: The agreement scale (fist-to-five), from 0 to 5.
AGREEMENT_LEVELS: tuple[str, ...] = (
    "Block",
    "Serious concerns",
    "Concerns",
    "Can live with it",
    "Support",
    "Full support",
)

#: The most dots one person can have: the app offers 1 to 50.
MAX_DOT_BUDGET = 50
#: The most items a ranking may ask for (the app offers up to 99; no limit means all).
MAX_RANKED = 99
#: The most hands a count can hold when nobody is on the roster to count against:
#: a room, not a stadium (the app's count boxes stop here too).
MAX_HANDS = 9999

METHOD_NAMES = {
    "dots": "Dot voting",
    "approval": "Approval",
    "ranking": "Ranking",
    "agreement": "Agreement scale",
}


def normalise_settings(method: str, settings: Mapping[str, Any], item_count: int) -> dict[str, Any]:
    """Fill in defaults and check the settings of a method."""
    if method == "dots":
        budget = _whole(settings.get("budget", max(3, min(5, item_count))), "the dot budget")
        cap = _whole(settings.get("per_item_cap", budget), "the cap per item")
        if not 1 <= budget <= MAX_DOT_BUDGET:
            raise BreakoutError(f"the dot budget must be between 1 and {MAX_DOT_BUDGET}")
        if not 1 <= cap <= budget:
            raise BreakoutError("the cap per item must be between 1 and the dot budget")
        return {"budget": budget, "per_item_cap": cap}
    if method == "ranking":
        most = settings.get("max_ranked")
        if most is None:
            return {"max_ranked": None}
        most = _whole(most, "the number of items to rank")
        if not 1 <= most <= MAX_RANKED:
            raise BreakoutError(f"the number of items to rank must be between 1 and {MAX_RANKED}")
        return {"max_ranked": most}
    if method in ("approval", "agreement"):
        return {}
    raise BreakoutError(f"unknown voting method {method!r}")


def validate_ballot(
    method: str, settings: Mapping[str, Any], items: Sequence[int], entries: Mapping[int, int]
) -> dict[int, int]:
    """Return the ballot's non-trivial entries, or refuse it with a clear reason."""
    known = set(items)
    clean: dict[int, int] = {}
    for item, value in entries.items():
        if item not in known:
            raise BreakoutError(f"item {item} is not on this ballot")
        clean[int(item)] = _whole(value, "a ballot value")
    if method == "dots":
        clean = {k: v for k, v in clean.items() if v}
        cap, budget = settings["per_item_cap"], settings["budget"]
        if any(v < 0 or v > cap for v in clean.values()):
            raise BreakoutError(f"an item can get between 0 and {cap} dots")
        if sum(clean.values()) > budget:
            raise BreakoutError(
                f"this ballot uses {sum(clean.values())} dots; the budget is {budget}"
            )
    elif method == "approval":
        if any(v not in (0, 1) for v in clean.values()):
            raise BreakoutError("an approval ballot marks items with 1 (support) or 0")
        clean = {k: v for k, v in clean.items() if v}
    elif method == "ranking":
        ranks = sorted(clean.values())
        if ranks != list(range(1, len(ranks) + 1)):
            raise BreakoutError("ranks must be 1, 2, 3 … with no gaps or repeats")
        most = settings.get("max_ranked")
        if most is not None and len(ranks) > most:
            raise BreakoutError(f"rank at most {most} items")
    elif method == "agreement":
        if any(not 0 <= v < len(AGREEMENT_LEVELS) for v in clean.values()):
            raise BreakoutError("agreement levels go from 0 (block) to 5 (full support)")
        if len(clean) != len(known):
            raise BreakoutError("give every item a level on the agreement scale")
    else:
        raise BreakoutError(f"unknown voting method {method!r}")
    if not clean:
        raise BreakoutError("the ballot is empty; choose at least one item")
    return clean


def _whole(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise BreakoutError(f"{what} must be a whole number, not {value!r}")
    return value
