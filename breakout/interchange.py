"""The interchange JSON: the whole session as one document.

``export_session`` writes it (``breakout show --json``); ``create_from_json``
makes a new session file from it (``breakout new --from-json``). The two are
a lossless round trip: exporting the new file gives the same document. The
format is documented by ``breakout/schema/session.schema.json``; this module
checks input itself so that every problem gets one clear sentence naming
where it is, and nothing is written unless the whole document is good.

Times are Unix seconds. Lists are in display order (agenda order, queue
order, board order); ids are kept as they are.

This is the full copy: it keeps voting codes, the facilitator's notes and
private contributions. Exports derive from it a document holding only what
they may show (:func:`breakout.redaction.view.disclose_document`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from breakout import voting
from breakout.errors import BreakoutError
from breakout.model import KINDS, ROUND_STATES
from breakout.session import Session

FORMAT = "breakout-session"
FORMAT_VERSION = 1

#: The largest interchange file read: a long session with a thousand
#: contributions is well under a megabyte.
MAX_BYTES = 10 * 1024 * 1024
#: How deeply a document may nest (the format itself needs five levels).
MAX_DEPTH = 20
#: The longest a point's clock may run or stop (minutes of a time-box), as in the app.
MINUTES = (1, 600)

# Field kinds: how a value is checked on the way in.
STR, INT, NUM, BOOL = "string", "integer", "number", "boolean"
OPT_INT, OPT_NUM, OPT_STR = "integer or null", "number or null", "string or null"

SESSION_FIELDS: dict[str, str] = {
    "title": STR,
    "event": STR,
    "venue": STR,
    "dates": STR,
    "background": STR,
    "closing": STR,
    "facilitator": STR,
    "rapporteur": STR,
    "chatham_house": BOOL,
    "default_minutes": INT,
    "current_point": OPT_INT,
    "created_at": NUM,
}

# table name -> (JSON section, fields); `position` comes from list order.
TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "points": (
        "points",
        {"id": INT, "text": STR, "notes": STR, "minutes": INT, "ended_at": OPT_NUM},
    ),
    "participants": (
        "participants",
        {
            "id": INT,
            "name": STR,
            "organisation": STR,
            "stakeholder_group": STR,
            "region": STR,
            "gender": STR,
            "may_be_named": BOOL,
            "checked_in_at": OPT_NUM,
            "voting_code": OPT_STR,
        },
    ),
    "turns": (
        "turns",
        {
            "id": INT,
            "point": INT,
            "participant": INT,
            "requested_at": NUM,
            "started_at": OPT_NUM,
            "ended_at": OPT_NUM,
            "withdrawn_at": OPT_NUM,
        },
    ),
    "contributions": (
        "contributions",
        {
            "id": INT,
            "point": INT,
            "participant": OPT_INT,
            "kind": STR,
            "text": STR,
            "private": BOOL,
            "created_at": NUM,
            "updated_at": OPT_NUM,
        },
    ),
    "clusters": (
        "clusters",
        {"id": INT, "label": STR, "wording": STR, "origin": STR, "accepted": BOOL, "edited": BOOL},
    ),
    "recommendations": (
        "recommendations",
        {
            "id": INT,
            "text": STR,
            "point": OPT_INT,
            "participant": OPT_INT,
            "cluster": OPT_INT,
            "status": STR,
            "duplicate_of": OPT_INT,
            "created_at": NUM,
        },
    ),
}
ROUND_FIELDS: dict[str, str] = {
    "id": INT,
    "title": STR,
    "method": STR,
    "secret": BOOL,
    "state": STR,
    "opened_at": OPT_NUM,
    "closed_at": OPT_NUM,
}
ITEM_FIELDS: dict[str, str] = {
    "id": INT,
    "label": STR,
    "cluster": OPT_INT,
    "recommendation": OPT_INT,
}


# -- export ---------------------------------------------------------------


def export_session(session: Session) -> dict[str, Any]:
    """The whole session as a JSON-ready dict."""
    conn = session.store.conn

    def rows(sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in conn.execute(sql, params)]

    found = rows("SELECT * FROM session WHERE id = 1")
    if not found:
        raise BreakoutError(f"{session.path.name} has no session record; it may be damaged")
    info = found[0]
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "session": _typed(info, SESSION_FIELDS),
    }
    order = {"turns": "point, position, id", "participants": "id", "contributions": "id"}
    for table, (section, spec) in TABLES.items():
        doc[section] = [
            _typed(r, spec)
            for r in rows(f"SELECT * FROM {table} ORDER BY {order.get(table, 'position, id')}")
        ]
    runs: dict[int, list[dict[str, Any]]] = {}
    for r in rows("SELECT * FROM point_runs ORDER BY started_at, id"):
        runs.setdefault(r["point"], []).append(
            {"started_at": r["started_at"], "ended_at": r["ended_at"]}
        )
    for point in doc["points"]:
        point["runs"] = runs.get(point["id"], [])
    sources: dict[int, list[int]] = {}
    for r in rows("SELECT * FROM recommendation_sources ORDER BY recommendation, contribution"):
        sources.setdefault(r["recommendation"], []).append(r["contribution"])
    for rec in doc["recommendations"]:
        rec["contributions"] = sources.get(rec["id"], [])
    doc["rounds"] = [
        _export_round(session, r) for r in rows("SELECT * FROM rounds ORDER BY position, id")
    ]
    return doc


def _export_round(session: Session, row: dict[str, Any]) -> dict[str, Any]:
    out = _typed(row, ROUND_FIELDS)
    out["settings"] = json.loads(row["settings"])
    out["items"] = [_typed(i.__dict__, ITEM_FIELDS) for i in session.round_items(row["id"])]
    ballots = [
        {
            "participant": who,
            "entries": [{"item": item, "value": value} for item, value in sorted(entries.items())],
        }
        for who, entries in session.ballots(row["id"])
    ]
    # Sorted by content, never by storage order: the order tells nothing about who voted when.
    out["ballots"] = sorted(ballots, key=lambda b: json.dumps(b, sort_keys=True))
    out["voters"] = session.voters(row["id"])
    out["tallies"] = [
        {"item": item, "level": level, "count": count}
        for item, level, count in session.hand_tallies(row["id"])
    ]
    out["results"] = _results(session, row["id"]) if row["state"] == "closed" else None
    return out


def _results(session: Session, round_id: int) -> dict[str, Any]:
    """A closed round's results, computed (never stored, so never out of date)."""
    from breakout.tally import tally_round

    result = tally_round(session, round_id)
    return {
        "ranking": [
            {
                "item": item.item,
                "label": item.label,
                "rank": item.rank,
                "score": item.score,
                "detail": item.detail,
            }
            for item in result.items
        ],
        "ballots": result.ballots,
        "eligible": result.eligible,
        "turnout": result.turnout,
        "explanation": result.explanation,
        "order": result.order_note,
        "blocked": list(result.blocked),
        "by_group": (
            None
            if result.by_group is None
            else {
                group: {str(item): value for item, value in cells.items()}
                for group, cells in result.by_group.items()
            }
        ),
        "hidden_groups": list(result.hidden_groups),
    }


def _typed(row: Mapping[str, Any], spec: Mapping[str, str]) -> dict[str, Any]:
    return {name: bool(row[name]) if kind == BOOL else row[name] for name, kind in spec.items()}


def dumps(doc: Mapping[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# -- import ---------------------------------------------------------------


def read_json(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read and check an interchange file; one clear error for anything wrong.

    Reads at most :data:`MAX_BYTES` (so a device or a pipe that never ends is
    refused too), and refuses what :mod:`json` reads but Breakout cannot
    store: numbers too long to convert, nesting deeper than :data:`MAX_DEPTH`,
    text that is not Unicode (a lone surrogate) or holds a NUL character.
    """
    name = Path(path).name
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise BreakoutError(f"{name} does not exist; check the path") from None
    except IsADirectoryError:
        raise BreakoutError(f"{name} is a folder, not a JSON file") from None
    except OSError as exc:
        raise BreakoutError(f"cannot read {name}: {exc.strerror}") from None
    if len(raw) > MAX_BYTES:
        raise BreakoutError(
            f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MB, too large to be a "
            "Breakout session export; choose the file 'breakout show --json' wrote"
        )
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BreakoutError(f"{name} is not UTF-8 text; export it again as JSON") from None
    except json.JSONDecodeError as exc:
        raise BreakoutError(
            f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise BreakoutError(
            f"{name} nests lists or objects too deeply to be a Breakout session export"
        ) from None
    except ValueError:  # an integer of more than 4300 digits (sys.get_int_max_str_digits)
        raise BreakoutError(
            f"{name} holds a number too long to read; no Breakout export has one"
        ) from None
    check_document(data, name)
    return dict(data)


def _check_values(data: Any, name: str) -> None:
    """Refuse nesting deeper than :data:`MAX_DEPTH` and text SQLite cannot keep whole."""
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    while stack:
        value, where, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise BreakoutError(
                f"{name} nests lists or objects too deeply to be a Breakout session export"
            )
        if isinstance(value, dict):
            for key, item in value.items():
                _check_text(key, where or "a key", name)
                stack.append((item, f"{where}.{key}" if where else key, depth + 1))
        elif isinstance(value, list):
            stack.extend((item, f"{where}[{i}]", depth + 1) for i, item in enumerate(value))
        elif isinstance(value, str):
            _check_text(value, where, name)


def _check_text(text: str, where: str, name: str) -> None:
    if "\x00" in text:
        raise BreakoutError(
            f"{where} in {name} holds a NUL character (\\u0000); remove it and try again"
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BreakoutError(
            f"{where} in {name} holds a broken character (a lone surrogate such as "
            "\\ud800); export it again from the program that wrote it"
        ) from None


def check_document(data: Any, name: str = "the JSON") -> None:
    """Check structure, types and references; raise BreakoutError on the first problem."""
    if not isinstance(data, dict):
        raise BreakoutError(f"{name} is not a Breakout session export (expected a JSON object)")
    _check_values(data, name)
    if data.get("format", FORMAT) != FORMAT:
        raise BreakoutError(
            f"{name} is not a Breakout session export (format {_show(data['format'])})"
        )
    version = data.get("version", FORMAT_VERSION)
    if not _is(version, INT):
        raise BreakoutError(f'"version" in {name} must be a whole number, not {_show(version)}')
    if version > FORMAT_VERSION:
        raise BreakoutError(
            f"{name} was exported by a newer Breakout (format version {_show(version)}); "
            "update Breakout"
        )
    session = data.get("session")
    if not isinstance(session, dict):
        raise BreakoutError(f'{name} has no "session" object')
    _check_fields(session, SESSION_FIELDS, "session", required={"title"})
    low, high = MINUTES
    if not low <= session.get("default_minutes", 10) <= high:
        raise BreakoutError(f"session.default_minutes must be between {low} and {high}")
    ids: dict[str, set[int]] = {}
    for _table, (section, spec) in TABLES.items():
        items = data.get(section, [])
        if not isinstance(items, list):
            raise BreakoutError(f'"{section}" in {name} must be a list')
        seen: set[int] = set()
        for index, item in enumerate(items):
            where = f"{section}[{index}]"
            if not isinstance(item, dict):
                raise BreakoutError(f"{where} in {name} must be an object")
            required = {"id", "text"} if "text" in spec else {"id"}
            if section == "participants":
                required = {"id", "name"}
            _check_fields(item, spec, where, required=required)
            if item["id"] in seen:
                raise BreakoutError(f"{where} repeats id {item['id']}; ids must be unique")
            seen.add(item["id"])
        ids[section] = seen
    _check_references(data, ids, name)
    rounds = data.get("rounds", [])
    if not isinstance(rounds, list):
        raise BreakoutError(f'"rounds" in {name} must be a list')
    round_ids: set[int] = set()
    all_items: set[int] = set()
    for index, rnd in enumerate(rounds):
        _check_round(rnd, f"rounds[{index}]", ids, round_ids, all_items)


def _check_fields(
    obj: Mapping[str, Any], spec: Mapping[str, str], where: str, *, required: set[str]
) -> None:
    for field in required:
        if field not in obj:
            raise BreakoutError(f'{where} lacks "{field}"')
    for field, kind in spec.items():
        if field in obj and not _is(obj[field], kind):
            raise BreakoutError(f"{where}.{field} must be a {kind}, not {_show(obj[field])}")
        if kind == STR and field in ("text", "name") and field in obj and not obj[field].strip():
            raise BreakoutError(f"{where}.{field} is empty")


def _is(value: Any, kind: str) -> bool:
    if value is None:
        return kind.endswith("or null")
    base = kind.removesuffix(" or null")
    if base == STR:
        return isinstance(value, str)
    if base == BOOL:
        return isinstance(value, bool)
    if base == INT:
        return isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**63
    if base == NUM:
        return (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and value == value  # not NaN
            and abs(value) < 1e15
        )
    return False


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "…"


def _check_references(data: Mapping[str, Any], ids: Mapping[str, set[int]], name: str) -> None:
    def ref(where: str, value: Any, section: str, what: str) -> None:
        if value is not None and value not in ids[section]:
            raise BreakoutError(f"{where} refers to {what} {value}, which is not in {name}")

    ref("session.current_point", data["session"].get("current_point"), "points", "point")
    running: str | None = None  # the one point whose clock runs, if any
    for i, point in enumerate(data.get("points", [])):
        low, high = MINUTES
        if not low <= point.get("minutes", 10) <= high:
            raise BreakoutError(f"points[{i}].minutes must be between {low} and {high}")
        runs = point.get("runs", [])
        if not isinstance(runs, list) or not all(
            isinstance(r, dict)
            and _is(r.get("started_at"), NUM)
            and _is(r.get("ended_at"), OPT_NUM)
            for r in runs
        ):
            raise BreakoutError(f"points[{i}].runs must be a list of {{started_at, ended_at}}")
        for j, run in enumerate(runs):
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
        ref(f"turns[{i}].point", turn.get("point"), "points", "point")
        ref(f"turns[{i}].participant", turn.get("participant"), "participants", "participant")
        if "point" not in turn or "participant" not in turn:
            raise BreakoutError(f"turns[{i}] needs a point and a participant")
    for i, item in enumerate(data.get("contributions", [])):
        if "point" not in item:
            raise BreakoutError(f'contributions[{i}] lacks "point"')
        ref(f"contributions[{i}].point", item["point"], "points", "point")
        ref(
            f"contributions[{i}].participant",
            item.get("participant"),
            "participants",
            "participant",
        )
        if item.get("kind", "comment") not in KINDS:
            raise BreakoutError(f"contributions[{i}].kind must be one of {', '.join(KINDS)}")
    for i, item in enumerate(data.get("clusters", [])):
        if item.get("origin", "human") not in ("human", "suggested"):
            raise BreakoutError(f'clusters[{i}].origin must be "human" or "suggested"')
    for i, item in enumerate(data.get("recommendations", [])):
        where = f"recommendations[{i}]"
        ref(f"{where}.point", item.get("point"), "points", "point")
        ref(f"{where}.participant", item.get("participant"), "participants", "participant")
        ref(f"{where}.cluster", item.get("cluster"), "clusters", "group")
        ref(f"{where}.duplicate_of", item.get("duplicate_of"), "recommendations", "recommendation")
        if item.get("status", "active") not in ("active", "withdrawn", "merged"):
            raise BreakoutError(f"{where}.status must be active, withdrawn or merged")
        sources = item.get("contributions", [])
        if not isinstance(sources, list) or not all(_is(s, INT) for s in sources):
            raise BreakoutError(f"{where}.contributions must be a list of contribution ids")
        if len(set(sources)) != len(sources):
            raise BreakoutError(f"{where}.contributions repeats a contribution")
        for source in sources:
            ref(f"{where}.contributions", source, "contributions", "contribution")


def _check_round(
    rnd: Any, where: str, ids: Mapping[str, set[int]], seen: set[int], all_items: set[int]
) -> None:
    if not isinstance(rnd, dict):
        raise BreakoutError(f"{where} must be an object")
    _check_fields(rnd, ROUND_FIELDS, where, required={"id", "method"})
    if rnd["id"] in seen:
        raise BreakoutError(f"{where} repeats id {rnd['id']}; ids must be unique")
    seen.add(rnd["id"])
    if rnd["method"] not in voting.METHODS:
        raise BreakoutError(f"{where}.method must be one of {', '.join(voting.METHODS)}")
    if rnd.get("state", "draft") not in ROUND_STATES:
        raise BreakoutError(f"{where}.state must be one of {', '.join(ROUND_STATES)}")
    items = rnd.get("items", [])
    if not isinstance(items, list) or len(items) < 2:
        raise BreakoutError(f"{where}.items must list at least two ballot items")
    item_ids: set[int] = set()
    for j, item in enumerate(items):
        iw = f"{where}.items[{j}]"
        if not isinstance(item, dict):
            raise BreakoutError(f"{iw} must be an object")
        _check_fields(item, ITEM_FIELDS, iw, required={"id", "label"})
        if not item["label"].strip():
            raise BreakoutError(f"{iw}.label is empty")
        if item["id"] in all_items:
            raise BreakoutError(f"{iw} repeats id {item['id']}; ids must be unique")
        item_ids.add(item["id"])
        all_items.add(item["id"])
        for field, section in (("cluster", "clusters"), ("recommendation", "recommendations")):
            if item.get(field) is not None and item[field] not in ids[section]:
                raise BreakoutError(
                    f"{iw}.{field} refers to {item[field]}, which is not in the file"
                )
    settings = rnd.get("settings", {})
    if not isinstance(settings, dict):
        raise BreakoutError(f"{where}.settings must be an object")
    try:
        clean = voting.normalise_settings(rnd["method"], settings, len(items))
    except BreakoutError as exc:
        raise BreakoutError(f"{where}.settings: {exc}") from None
    participants = ids["participants"]
    voters = rnd.get("voters", [])
    if not isinstance(voters, list) or not all(_is(v, INT) and v in participants for v in voters):
        raise BreakoutError(f"{where}.voters must list participant ids from the file")
    if len(set(voters)) != len(voters):
        raise BreakoutError(f"{where}.voters lists someone twice")
    ballots = rnd.get("ballots", [])
    if not isinstance(ballots, list):
        raise BreakoutError(f"{where}.ballots must be a list")
    named: set[int] = set()
    for j, ballot in enumerate(ballots):
        bw = f"{where}.ballots[{j}]"
        if not isinstance(ballot, dict) or not isinstance(ballot.get("entries"), list):
            raise BreakoutError(f"{bw} must be an object with a list of entries")
        who = ballot.get("participant")
        if who is not None:
            if not _is(who, INT) or who not in voters:
                raise BreakoutError(f"{bw}.participant must be one of the round's voters")
            if rnd.get("secret", True):
                raise BreakoutError(f"{bw} names a voter in a secret round")
            if who in named:
                raise BreakoutError(f"{bw} is a second ballot from participant {who}")
            named.add(who)
        entries: dict[int, int] = {}
        for entry in ballot["entries"]:
            if not isinstance(entry, dict) or not _is(entry.get("item"), INT):
                raise BreakoutError(f"{bw}.entries must be objects with item and value")
            entries[entry["item"]] = entry.get("value")  # type: ignore[assignment]
        try:
            voting.validate_ballot(rnd["method"], clean, sorted(item_ids), entries)
        except BreakoutError as exc:
            raise BreakoutError(f"{bw}: {exc}") from None
    if len(ballots) > len(voters):
        raise BreakoutError(f"{where} has more ballots than voters")
    tallies = rnd.get("tallies", [])
    if not isinstance(tallies, list):
        raise BreakoutError(f"{where}.tallies must be a list")
    keys: set[tuple[int, int]] = set()
    for j, tally in enumerate(tallies):
        tw = f"{where}.tallies[{j}]"
        if not isinstance(tally, dict):
            raise BreakoutError(f"{tw} must be an object")
        _check_fields(
            tally, {"item": INT, "level": INT, "count": INT}, tw, required={"item", "count"}
        )
        if tally["item"] not in item_ids or tally["count"] < 0:
            raise BreakoutError(f"{tw} must count an item of this round, 0 or more")
        levels = len(voting.method(rnd["method"]).hand_levels)
        if not levels and tally["count"]:
            raise BreakoutError(
                f"{tw} counts hands in a {rnd['method']} round; a show of hands cannot express it"
            )
        if tally["count"] > voting.MAX_HANDS:
            raise BreakoutError(
                f"{tw} counts {tally['count']} hands, more than a count can hold "
                f"({voting.MAX_HANDS})"
            )
        if not 0 <= tally.get("level", 0) < max(levels, 1):
            raise BreakoutError(
                f"{tw}.level must be between 0 and {max(levels, 1) - 1} in a {rnd['method']} round"
            )
        key = (tally["item"], tally.get("level", 0))
        if key in keys:
            raise BreakoutError(f"{tw} counts the same item and level twice")
        keys.add(key)


def create_from_json(
    path: str | os.PathLike[str], data: Mapping[str, Any], *, clock: Callable[[], float]
) -> Session:
    """Create a new session file holding exactly ``data`` (checked first)."""
    check_document(data)

    def fill(session: Session) -> None:
        with session.store.write() as conn:
            _insert_all(conn, data)

    return Session.create(path, clock=clock, fill=fill)


#: Values a document may leave out, where the type's own default would be wrong.
DEFAULTS: dict[tuple[str, str], Any] = {
    ("session", "default_minutes"): 10,
    ("points", "minutes"): 10,
    ("contributions", "kind"): "comment",
    ("clusters", "origin"): "human",
    ("clusters", "accepted"): True,
    ("recommendations", "status"): "active",
}
_TYPE_DEFAULTS = {STR: "", BOOL: False, INT: 0, NUM: 0.0}
#: Tables whose rows keep their list order in a ``position`` column.
_ORDERED = {"points", "clusters", "recommendations"}


def _field(obj: Mapping[str, Any], table: str, field: str, kind: str) -> Any:
    value = obj.get(field, DEFAULTS.get((table, field), _TYPE_DEFAULTS.get(kind)))
    return int(value) if kind == BOOL else value


def _insert_all(conn: Any, data: Mapping[str, Any]) -> None:
    def insert(table: str, values: Mapping[str, Any]) -> None:
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(values.values()))

    session = data["session"]
    values = {
        f: _field(session, "session", f, k)
        for f, k in SESSION_FIELDS.items()
        if f != "current_point" and (f != "created_at" or f in session)
    }
    sets = ", ".join(f"{f} = ?" for f in values)
    conn.execute(f"UPDATE session SET {sets} WHERE id = 1", list(values.values()))

    queue_places: dict[int, int] = {}  # the next queue position at each point
    for table, (section, spec) in TABLES.items():
        for index, item in enumerate(data.get(section, [])):
            row = {f: _field(item, table, f, k) for f, k in spec.items()}
            if table in _ORDERED:
                row["position"] = index
            if table == "turns":
                row["position"] = queue_places.get(item["point"], 0)
                queue_places[item["point"]] = row["position"] + 1
            if table == "recommendations":
                row["duplicate_of"] = None  # set below, once every recommendation exists
            insert(table, row)
            for run in item.get("runs", []) if table == "points" else []:
                insert(
                    "point_runs",
                    {
                        "point": item["id"],
                        "started_at": run["started_at"],
                        "ended_at": run.get("ended_at"),
                    },
                )
    for item in data.get("recommendations", []):
        if item.get("duplicate_of") is not None:
            conn.execute(
                "UPDATE recommendations SET duplicate_of = ? WHERE id = ?",
                (item["duplicate_of"], item["id"]),
            )
        for source in item.get("contributions", []):
            insert("recommendation_sources", {"recommendation": item["id"], "contribution": source})
    conn.execute(
        "UPDATE session SET current_point = ? WHERE id = 1", (session.get("current_point"),)
    )
    _add_missing_candidates(conn)
    for index, rnd in enumerate(data.get("rounds", [])):
        settings = voting.normalise_settings(
            rnd["method"], rnd.get("settings", {}), len(rnd["items"])
        )
        item_ids = [item["id"] for item in rnd["items"]]
        insert(
            "rounds",
            {
                "id": rnd["id"],
                "position": index,
                "title": rnd.get("title", ""),
                "method": rnd["method"],
                "settings": json.dumps(settings, sort_keys=True),
                "secret": int(rnd.get("secret", True)),
                "state": rnd.get("state", "draft"),
                "opened_at": rnd.get("opened_at"),
                "closed_at": rnd.get("closed_at"),
            },
        )
        for pos, item in enumerate(rnd["items"]):
            insert(
                "round_items",
                {
                    "id": item["id"],
                    "round": rnd["id"],
                    "position": pos,
                    "label": item["label"],
                    "cluster": item.get("cluster"),
                    "recommendation": item.get("recommendation"),
                },
            )
        for voter in rnd.get("voters", []):
            insert("voters", {"round": rnd["id"], "participant": voter})
        for ballot in rnd.get("ballots", []):
            ballot_id = os.urandom(16).hex()
            insert(
                "ballots",
                {"id": ballot_id, "round": rnd["id"], "participant": ballot.get("participant")},
            )
            entries = {e["item"]: e["value"] for e in ballot["entries"]}
            clean = voting.validate_ballot(rnd["method"], settings, item_ids, entries)
            for item_id, vote in clean.items():
                insert("ballot_entries", {"ballot": ballot_id, "item": item_id, "value": vote})
        for tally in rnd.get("tallies", []):
            insert(
                "hand_tallies",
                {
                    "round": rnd["id"],
                    "item": tally["item"],
                    "level": tally.get("level", 0),
                    "count": tally["count"],
                },
            )


def _add_missing_candidates(conn: Any) -> None:
    """Give every proposal without a recommendation one (every proposal is a candidate).

    A document written by hand, or by a Breakout that did not keep the rule,
    may list proposals and no ``recommendations``; they reach the board here.
    """
    orphans = conn.execute(
        "SELECT id, text, point, participant, created_at FROM contributions AS c"
        " WHERE kind = 'proposal' AND NOT EXISTS"
        " (SELECT 1 FROM recommendation_sources AS s WHERE s.contribution = c.id)"
        " ORDER BY created_at, id"
    ).fetchall()
    position = conn.execute("SELECT count(*) FROM recommendations").fetchone()[0]
    for ident, text, point, participant, created_at in orphans:
        cursor = conn.execute(
            "INSERT INTO recommendations (position, text, point, participant, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (position, text, point, participant, created_at),
        )
        conn.execute(
            "INSERT INTO recommendation_sources (recommendation, contribution) VALUES (?, ?)",
            (cursor.lastrowid, ident),
        )
        position += 1
