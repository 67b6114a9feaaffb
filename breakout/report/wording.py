"""Words and small sums the report's builders share: counts, turnout, ballots,
support by group, merged small groups, dates, and every string in a content value.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from breakout import voting
from breakout.balance import percent
from breakout.model import Participant, Round
from breakout.report.model import MIN_GROUP, SMALLER_GROUPS, GroupSupport, ParticipationRow, plural
from breakout.tally import RoundResult


def _unvoted(extra: Mapping[str, Any]) -> dict[str, Any]:
    base: dict[str, Any] = {
        "rank": None,
        "result": "",
        "score": None,
        "share": None,
        "support": (),
        "support_note": "",
        "blocks": 0,
    }
    base.update(extra)
    return base


def _value(text: str) -> str:
    clean = " ".join(text.split())
    return clean or "Not recorded"


def _counts(
    people: Sequence[Participant], attr: str, merge: bool, *, private: bool = True
) -> list[tuple[str, int]]:
    """People per value of ``attr``, most first; small groups merged when ``merge``.

    ``private``: the merged row itself must hold at least :data:`MIN_GROUP` people (the
    next smallest group joins it until it does), so no one can be told apart in it. A named
    report merges small groups only to be brief, and merges no group alone.
    """
    counts = Counter(_value(getattr(p, attr)) for p in people)
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
    if not merge:
        return ordered
    small = [kv for kv in ordered if kv[1] < MIN_GROUP]
    if not small or (len(small) == 1 and not private):
        return ordered
    big = [kv for kv in ordered if kv[1] >= MIN_GROUP]
    while private and sum(n for _, n in small) < MIN_GROUP and big:
        small.append(big.pop())  # the smallest of the others joins
    if len(small) == 1 and not big:
        return ordered  # one group only: there is nothing to merge it with
    return [*big, (SMALLER_GROUPS, sum(n for _, n in small))]


def _counted(
    people: Sequence[Participant], attr: str, merge: bool = False, *, private: bool = True
) -> str:
    ordered = _counts(people, attr, merge, private=private)
    if not ordered:
        return "none"
    return ", ".join(f"{name} {n}" for name, n in ordered)


def _breakdown(parts: Sequence[str]) -> str:
    return f" ({', '.join(parts)})" if parts else ""


def _turnout(ballots: int, eligible: int, turnout: float) -> str:
    if not eligible:
        return plural(ballots, "ballot")
    return f"{ballots} of {eligible} ({percent(turnout)}%)"


def _method_words(rnd: Round) -> str:
    found = voting.METHODS.get(rnd.method)
    if found is None:
        return rnd.method
    return f"{found.title}: {found.rules(json.loads(rnd.settings or '{}'))}"


def _ballot_words(rnd: Round, hands: bool) -> str:
    how = "Secret ballot at the kiosk" if rnd.secret else "Named ballot at the kiosk"
    return how + (", with hand counts" if hands else "")


def _support(rnd: Round, result: RoundResult, item: int) -> tuple[tuple[GroupSupport, ...], str]:
    if result.by_group is None:
        return (), "Support by stakeholder group is not shown: the vote was secret."
    cells = []
    for group, values in result.by_group.items():
        if item not in values:
            continue
        value = values[item]
        text = voting.method(rnd.method).support_words(value)
        cells.append(GroupSupport(group=group, value=value, text=text))
    note = ""
    if result.hidden_groups:
        note = (
            f"Not shown, to keep votes private: {', '.join(result.hidden_groups)} "
            f"(fewer than 3 voters, or enough to work them out)."
        )
    elif not cells:
        note = "No named ballots to show support by stakeholder group."
    return tuple(cells), note


def _merge_small(rows: list[ParticipationRow]) -> tuple[list[ParticipationRow], int]:
    """Merge groups under MIN_GROUP present into one row (anonymous reports)."""
    small = [r for r in rows if r.present < MIN_GROUP]
    if not small:
        return rows, 0
    big = sorted((r for r in rows if r.present >= MIN_GROUP), key=lambda r: r.present)
    while sum(r.present for r in small) < MIN_GROUP and big:
        small.append(big.pop(0))
    if len(small) == 1 and not big:
        return rows, 0
    keep = [r for r in rows if r not in small]
    merged = ParticipationRow(
        group=SMALLER_GROUPS,
        present=sum(r.present for r in small),
        turns=sum(r.turns for r in small),
        seconds=sum(r.seconds for r in small),
        time_share=sum(r.time_share for r in small),
        turn_share=sum(r.turn_share for r in small),
        presence_share=sum(r.presence_share for r in small),
    )
    return [*keep, merged], len(small)


def _date_words(at: dt.datetime) -> str:
    return f"{at.day} {at:%B %Y}"


def all_text(value: Any) -> list[str]:
    """Every string inside a content value (for tests and checks of anonymity)."""
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, Mapping):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)
        elif hasattr(item, "__dataclass_fields__"):
            stack.extend(getattr(item, name) for name in item.__dataclass_fields__)
    return found
