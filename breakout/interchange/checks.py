"""The whole check of an imported document, and what the JSON Schema cannot say.

Ids are unique, references point somewhere, and the session is one that could
have happened (one speaker with the floor, no votes in a draft round, …).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from breakout import voting
from breakout.errors import BreakoutError
from breakout.interchange.fields import FORMAT, FORMAT_VERSION, TABLES
from breakout.interchange.shape import check_values, is_whole, schema_problem, show
from breakout.when import check_time_zone


def check_document(data: Any, name: str = "the JSON") -> None:
    """Check a document whole; raise BreakoutError with one sentence on the first problem.

    First what :mod:`json` let through but a session cannot keep, then the
    format and its version, then the shape against the JSON Schema, then what
    the schema cannot say (ids, references, states that cannot happen).
    """
    if not isinstance(data, dict):
        raise BreakoutError(f"{name} is not a Breakout session export (expected a JSON object)")
    check_values(data, name)
    if data.get("format", FORMAT) != FORMAT:
        raise BreakoutError(
            f"{name} is not a Breakout session export (format {show(data['format'])})"
        )
    version = data.get("version", FORMAT_VERSION)
    if not is_whole(None, version):
        raise BreakoutError(f'"version" in {name} must be a whole number, not {show(version)}')
    if version > FORMAT_VERSION:
        raise BreakoutError(
            f"{name} was exported by a newer Breakout (format version {show(version)}); "
            "update Breakout"
        )
    problem = schema_problem(data, name)
    if problem is not None:
        raise BreakoutError(problem)
    ids: dict[str, set[int]] = {}
    for section in TABLES:
        seen: set[int] = set()
        for index, item in enumerate(data.get(section, [])):
            if item["id"] in seen:
                raise BreakoutError(
                    f"{section}[{index}] in {name} repeats id {item['id']}; ids must be unique"
                )
            seen.add(item["id"])
        ids[section] = seen
    _check_references(data, ids, name)
    _check_time_zone(data["session"].get("time_zone", ""), name)
    _check_turns(data.get("turns", []), name)
    round_ids: set[int] = set()
    all_items: set[int] = set()
    for index, rnd in enumerate(data.get("rounds", [])):
        _check_round(rnd, f"rounds[{index}]", ids, round_ids, all_items)


# -- what the schema cannot say -----------------------------------------------------


def _check_time_zone(zone: str, name: str) -> None:
    """A zone this computer knows (every time in a report is given in it), or ""."""
    try:
        check_time_zone(zone)
    except BreakoutError as exc:
        raise BreakoutError(f"session.time_zone in {name}: {exc}") from None


def _check_references(data: Mapping[str, Any], ids: Mapping[str, set[int]], name: str) -> None:
    def ref(where: str, value: Any, section: str, what: str) -> None:
        if value is not None and value not in ids[section]:
            raise BreakoutError(f"{where} refers to {what} {value}, which is not in {name}")

    ref("session.current_point", data["session"].get("current_point"), "points", "point")
    running: str | None = None  # the one point whose clock runs, if any
    for i, point in enumerate(data.get("points", [])):
        for j, run in enumerate(point.get("runs", [])):
            if run.get("ended_at") is None:
                if running is not None:
                    raise BreakoutError(
                        f"points[{i}].runs[{j}] is a running clock, but {running} runs already;"
                        " only one point's clock can run at a time"
                    )
                running = f"points[{i}]"
            elif run["ended_at"] < run["started_at"]:
                raise BreakoutError(f"points[{i}].runs[{j}] ends before it starts")
    codes: dict[str, int] = {}
    for i, person in enumerate(data.get("participants", [])):
        code = person.get("voting_code")
        if code is not None and code in codes:
            raise BreakoutError(
                f"participants[{i}] has the voting code of participants[{codes[code]}];"
                " every voting code must be different"
            )
        if code is not None:
            codes[code] = i
    for i, turn in enumerate(data.get("turns", [])):
        ref(f"turns[{i}].point", turn["point"], "points", "point")
        ref(f"turns[{i}].participant", turn["participant"], "participants", "participant")
    for i, item in enumerate(data.get("contributions", [])):
        ref(f"contributions[{i}].point", item["point"], "points", "point")
        ref(
            f"contributions[{i}].participant",
            item.get("participant"),
            "participants",
            "participant",
        )
    for i, item in enumerate(data.get("recommendations", [])):
        where = f"recommendations[{i}]"
        ref(f"{where}.point", item.get("point"), "points", "point")
        ref(f"{where}.participant", item.get("participant"), "participants", "participant")
        ref(f"{where}.cluster", item.get("cluster"), "clusters", "group")
        ref(f"{where}.duplicate_of", item.get("duplicate_of"), "recommendations", "recommendation")
        for source in item.get("contributions", []):
            ref(f"{where}.contributions", source, "contributions", "contribution")


def _check_turns(turns: Sequence[Mapping[str, Any]], name: str) -> None:
    """Refuse turns that cannot have happened: two speakers with the floor, a turn
    ended before it began or both spoken and withdrawn."""
    speaking: str | None = None
    for i, turn in enumerate(turns):
        where = f"turns[{i}] in {name}"
        started, ended = turn.get("started_at"), turn.get("ended_at")
        if turn.get("withdrawn_at") is not None and started is not None:
            raise BreakoutError(
                f"{where} was both withdrawn and given the floor; only a waiting turn is"
                " withdrawn, so clear one of withdrawn_at and started_at"
            )
        if ended is not None and started is None:
            raise BreakoutError(f"{where} ends without having started; add its started_at")
        if started is not None and ended is not None and ended < started:
            raise BreakoutError(f"{where} ends before it starts")
        if started is not None and ended is None and turn.get("withdrawn_at") is None:
            if speaking is not None:
                raise BreakoutError(
                    f"{where} has the floor, but {speaking} has it already; only one person"
                    " speaks at a time, so give one of them an ended_at"
                )
            speaking = f"turns[{i}]"


def _check_round(
    rnd: Mapping[str, Any],
    where: str,
    ids: Mapping[str, set[int]],
    seen: set[int],
    all_items: set[int],
) -> None:
    """One round: its own fields, its items, its settings, then the votes it holds."""
    _check_round_itself(rnd, where, seen)
    item_ids = _check_items(rnd["items"], where, ids, all_items)
    try:
        clean = voting.normalise_settings(rnd["method"], rnd.get("settings", {}), len(rnd["items"]))
    except BreakoutError as exc:
        raise BreakoutError(f"{where}.settings: {exc}") from None
    voters = rnd.get("voters", [])
    _check_voters(voters, where, ids["participants"])
    _check_ballots(rnd, where, clean, item_ids, voters)
    _check_tallies(rnd, where, item_ids)


def _check_round_itself(rnd: Mapping[str, Any], where: str, seen: set[int]) -> None:
    """A round's id, method and state: a draft holds no votes, an open round has opened."""
    if rnd["id"] in seen:
        raise BreakoutError(f"{where} repeats id {rnd['id']}; ids must be unique")
    seen.add(rnd["id"])
    if rnd["method"] not in voting.METHODS:
        raise BreakoutError(f"{where}.method must be one of {', '.join(voting.METHODS)}")
    state = rnd.get("state", "draft")
    if state == "draft" and (rnd.get("ballots") or rnd.get("voters") or rnd.get("tallies")):
        raise BreakoutError(
            f"{where} is a draft, which no one has voted in, yet it holds votes; make its"
            ' state "open" or "closed", or remove its ballots, voters and tallies'
        )
    for needed, states in (("opened_at", ("open", "closed")), ("closed_at", ("closed",))):
        if state in states and rnd.get(needed) is None:
            raise BreakoutError(
                f"{where} is {state} but has no {needed}; add the time in Unix seconds"
            )


def _check_items(
    items: Sequence[Mapping[str, Any]],
    where: str,
    ids: Mapping[str, set[int]],
    all_items: set[int],
) -> set[int]:
    """A round's items, each with an id no other round's item has, and references that hold."""
    item_ids: set[int] = set()
    for j, item in enumerate(items):
        iw = f"{where}.items[{j}]"
        if item["id"] in all_items:
            raise BreakoutError(f"{iw} repeats id {item['id']}; ids must be unique")
        item_ids.add(item["id"])
        all_items.add(item["id"])
        for field, section in (("cluster", "clusters"), ("recommendation", "recommendations")):
            if item.get(field) is not None and item[field] not in ids[section]:
                raise BreakoutError(
                    f"{iw}.{field} refers to {item[field]}, which is not in the file"
                )
    return item_ids


def _check_voters(voters: Sequence[Any], where: str, participants: set[int]) -> None:
    if not all(v in participants for v in voters):
        raise BreakoutError(f"{where}.voters must list participant ids from the file")
    if len(set(voters)) != len(voters):
        raise BreakoutError(f"{where}.voters lists someone twice")


def _check_ballots(
    rnd: Mapping[str, Any],
    where: str,
    settings: Mapping[str, Any],
    item_ids: set[int],
    voters: Sequence[int],
) -> None:
    """Each ballot valid for the method; a named one from a voter, once, in a named round."""
    ballots = rnd.get("ballots", [])
    named: set[int] = set()
    for j, ballot in enumerate(ballots):
        bw = f"{where}.ballots[{j}]"
        who = ballot.get("participant")
        if who is not None:
            if who not in voters:
                raise BreakoutError(f"{bw}.participant must be one of the round's voters")
            if rnd.get("secret", True):
                raise BreakoutError(f"{bw} names a voter in a secret round")
            if who in named:
                raise BreakoutError(f"{bw} is a second ballot from participant {who}")
            named.add(who)
        entries = {entry["item"]: entry["value"] for entry in ballot["entries"]}
        try:
            voting.validate_ballot(rnd["method"], settings, sorted(item_ids), entries)
        except BreakoutError as exc:
            raise BreakoutError(f"{bw}: {exc}") from None
    if len(ballots) > len(voters):
        raise BreakoutError(f"{where} has more ballots than voters")


def _check_tallies(rnd: Mapping[str, Any], where: str, item_ids: set[int]) -> None:
    """Hand counts: of this round's items, at a level the method has, each counted once."""
    keys: set[tuple[int, int]] = set()
    for j, tally in enumerate(rnd.get("tallies", [])):
        tw = f"{where}.tallies[{j}]"
        if tally["item"] not in item_ids:
            raise BreakoutError(f"{tw} must count an item of this round")
        levels = len(voting.method(rnd["method"]).hand_levels)
        if not levels and tally["count"]:
            raise BreakoutError(
                f"{tw} counts hands in a {rnd['method']} round; a show of hands cannot express it"
            )
        if not 0 <= tally.get("level", 0) < max(levels, 1):
            raise BreakoutError(
                f"{tw}.level must be between 0 and {max(levels, 1) - 1} in a {rnd['method']} round"
            )
        key = (tally["item"], tally.get("level", 0))
        if key in keys:
            raise BreakoutError(f"{tw} counts the same item and level twice")
        keys.add(key)
