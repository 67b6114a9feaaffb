"""The interchange JSON: the whole session as one document.

``export_session`` writes it (``breakout show --json``); ``create_from_json``
makes a new session file from it (``breakout new --from-json``). The two are
a lossless round trip: exporting the new file gives the same document. The
format is documented by ``breakout/schema/session.schema.json``, and an
imported document is checked against it (types, required fields, no field it
does not name) before this module checks what a schema cannot say: that ids
are unique and references point somewhere, and that the session is one that
could have happened. Every problem gets one sentence naming where it is, and
nothing is written unless the whole document is good.

Times are Unix seconds. Lists are in display order (agenda order, queue
order, board order); ids are kept as they are.

This is the full copy: it keeps voting codes, the facilitator's notes and
private contributions. Exports derive from it a document holding only what
they may show (:func:`breakout.redaction.view.disclose_document`).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import os
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from breakout import model, voting
from breakout.errors import BreakoutError
from breakout.session import Session

FORMAT = "breakout-session"
FORMAT_VERSION = 1

#: The largest interchange file read: a long session with a thousand
#: contributions is well under a megabyte.
MAX_BYTES = 10 * 1024 * 1024
#: How deeply a document may nest (the format itself needs five levels).
MAX_DEPTH = 20

# Field kinds, as the records in :mod:`breakout.model` declare them. Those
# records are the one declaration of each table's fields for this format: the
# JSON Schema (breakout/schema) and the DDL (breakout.migrations) are compared
# with them by tests/unit/test_declarations.py.
STR, INT, NUM, BOOL = "string", "integer", "number", "boolean"
OPT_INT, OPT_NUM, OPT_STR = "integer or null", "number or null", "string or null"
_KINDS = {
    "str": STR,
    "int": INT,
    "float": NUM,
    "bool": BOOL,
    "int | None": OPT_INT,
    "float | None": OPT_NUM,
    "str | None": OPT_STR,
}


def _fields(record: type, *, leave_out: tuple[str, ...] = ("position",)) -> dict[str, str]:
    """A record's fields and their kinds, less those the format gives by list order."""
    return {
        f.name: _KINDS[str(f.type)] for f in dataclasses.fields(record) if f.name not in leave_out
    }


SESSION_FIELDS: dict[str, str] = _fields(model.SessionInfo)
#: table (and JSON section) -> fields; ``position`` comes from list order.
TABLES: dict[str, dict[str, str]] = {
    "points": _fields(model.Point),
    "participants": _fields(model.Participant),
    "turns": _fields(model.Turn),
    "contributions": _fields(model.Contribution),
    "clusters": _fields(model.Cluster),
    "recommendations": _fields(model.Recommendation),
}
#: A round's own fields; its settings are written as an object of their own.
ROUND_FIELDS: dict[str, str] = _fields(model.Round, leave_out=("position", "settings"))
ITEM_FIELDS: dict[str, str] = _fields(model.RoundItem, leave_out=("position", "round"))


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
    for table, spec in TABLES.items():
        doc[table] = [
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
    out["items"] = [_typed(i.__dict__, ITEM_FIELDS) for i in session.voting.round_items(row["id"])]
    ballots = [
        {
            "participant": who,
            "entries": [{"item": item, "value": value} for item, value in sorted(entries.items())],
        }
        for who, entries in session.voting.ballots(row["id"])
    ]
    # Sorted by content, never by storage order: the order tells nothing about who voted when.
    out["ballots"] = sorted(ballots, key=lambda b: json.dumps(b, sort_keys=True))
    out["voters"] = session.voting.voters(row["id"])
    out["tallies"] = [
        {"item": item, "level": level, "count": count}
        for item, level, count in session.voting.hand_tallies(row["id"])
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
                stack.append((item, f"{where}.{_key(key)}" if where else _key(key), depth + 1))
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
    """Check a document whole; raise BreakoutError with one sentence on the first problem.

    First what :mod:`json` let through but a session cannot keep, then the
    format and its version, then the shape against the JSON Schema, then what
    the schema cannot say (ids, references, states that cannot happen).
    """
    if not isinstance(data, dict):
        raise BreakoutError(f"{name} is not a Breakout session export (expected a JSON object)")
    _check_values(data, name)
    if data.get("format", FORMAT) != FORMAT:
        raise BreakoutError(
            f"{name} is not a Breakout session export (format {_show(data['format'])})"
        )
    version = data.get("version", FORMAT_VERSION)
    if not _is_whole(None, version):
        raise BreakoutError(f'"version" in {name} must be a whole number, not {_show(version)}')
    if version > FORMAT_VERSION:
        raise BreakoutError(
            f"{name} was exported by a newer Breakout (format version {_show(version)}); "
            "update Breakout"
        )
    problem = jsonschema.exceptions.best_match(_validator().iter_errors(data))
    if problem is not None:
        raise BreakoutError(_sentence(problem, name))
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
    _check_turns(data.get("turns", []), name)
    round_ids: set[int] = set()
    all_items: set[int] = set()
    for index, rnd in enumerate(data.get("rounds", [])):
        _check_round(rnd, f"rounds[{index}]", ids, round_ids, all_items)


# -- the shape, by the JSON Schema --------------------------------------------------


def _is_whole(_checker: object, value: Any) -> bool:
    """A JSON integer SQLite can keep (never true or false, never 1.0)."""
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**63


def _is_number(_checker: object, value: Any) -> bool:
    """A JSON number SQLite can keep: finite (times are bounded by the schema itself)."""
    return _is_whole(None, value) or (isinstance(value, float) and math.isfinite(value))


@functools.cache
def _validator() -> Any:
    """The schema's validator, with JSON's integers and numbers as SQLite keeps them."""
    schema = json.loads(
        resources.files("breakout").joinpath("schema/session.schema.json").read_text("utf-8")
    )
    base = jsonschema.Draft202012Validator
    checker = base.TYPE_CHECKER.redefine_many({"integer": _is_whole, "number": _is_number})
    return jsonschema.validators.extend(base, type_checker=checker)(schema)


#: How the schema's types read in a sentence.
_TYPE_WORDS = {
    "integer": "a whole number",
    "number": "a number",
    "string": "text",
    "boolean": "true or false",
    "object": "an object ({…})",
    "array": "a list ([…])",
    "null": "null",
}


def _place(path: Iterable[Any]) -> str:
    """A place in the document as a reader finds it: ``contributions[3].participant``."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{_key(step)}" if out else _key(step))
    return out


def _key(key: str) -> str:
    """A key as a place name: as it is when it is a plain name, else quoted and escaped."""
    return key if key.isidentifier() else _show(key)


def _sentence(error: Any, name: str) -> str:
    """jsonschema's best match as one sentence: where in the document, what is wrong, what to do."""
    where = _place(error.absolute_path)
    at = f"{where} in {name}" if where else name
    rule, wanted, value = error.validator, error.validator_value, error.instance
    schema = error.schema
    if rule == "additionalProperties":
        allowed = list(schema.get("properties", {}))
        extra = next(key for key in value if key not in allowed)
        if not where:
            return (
                f"{name} has a section {_show(extra)} that a Breakout session export does not have"
                f" (it may have {', '.join(allowed)}); rename or remove it"
            )
        return (
            f"{at} has a field {_show(extra)} that Breakout does not know (it may have "
            f"{', '.join(allowed)}); rename or remove it, so that nothing in it is lost"
        )
    if rule == "required":
        missing = next(field for field in wanted if field not in value)
        if not where:
            return f'{name} has no "{missing}" object, so it is not a Breakout session export'
        if missing.endswith("_at"):
            return (
                f'{at} lacks "{missing}"; add the time in Unix seconds (without it the time'
                " would read as 1 January 1970)"
            )
        return f'{at} lacks "{missing}"; add it'
    if rule == "pattern" or (rule == "minLength" and wanted == 1):
        return f"{at} is empty; write the text or remove the entry"
    kinds = ([wanted] if isinstance(wanted, str) else list(wanted)) if rule == "type" else []
    too_large = isinstance(value, int | float) and not _is_number(None, value)
    numeric = {"integer", "number"} & set(kinds) and not isinstance(value, bool)
    bounds = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
    if rule in bounds or (rule == "type" and numeric and too_large):
        return _out_of_range(at, schema, value)
    if rule == "type":
        words = " or ".join(_TYPE_WORDS.get(kind, kind) for kind in kinds)
        return f"{at} must be {words}, not {_show(value)}"
    if rule == "enum":
        return f"{at} must be one of {', '.join(map(str, wanted))}, not {_show(value)}"
    if rule == "minItems":
        return f"{at} must list at least {wanted} entries, not {len(value)}; add to it"
    if rule == "uniqueItems":
        return f"{at} lists the same id twice; list each once"
    return f"{at} is not what a Breakout session export holds there ({error.message[:80]})"


def _out_of_range(at: str, schema: Mapping[str, Any], value: Any) -> str:
    """A number a field cannot hold: beyond its bounds, or beyond what a session keeps."""
    shown = _show(value)
    if "exclusiveMaximum" in schema:  # a time
        return f"{at} is {shown}, not a time Breakout can keep; give it in Unix seconds"
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        return f"{at} must be between {low} and {high}, not {shown}"
    if low is not None:
        return f"{at} must be at least {low}, not {shown}"
    if high is not None:
        return f"{at} must be at most {high}, not {shown}"
    return f"{at} is {shown}, a number Breakout cannot keep (too large, or not finite); correct it"


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "…"


# -- what the schema cannot say -----------------------------------------------------


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
    items = rnd["items"]
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
    try:
        clean = voting.normalise_settings(rnd["method"], rnd.get("settings", {}), len(items))
    except BreakoutError as exc:
        raise BreakoutError(f"{where}.settings: {exc}") from None
    participants = ids["participants"]
    voters = rnd.get("voters", [])
    if not all(v in participants for v in voters):
        raise BreakoutError(f"{where}.voters must list participant ids from the file")
    if len(set(voters)) != len(voters):
        raise BreakoutError(f"{where}.voters lists someone twice")
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
            voting.validate_ballot(rnd["method"], clean, sorted(item_ids), entries)
        except BreakoutError as exc:
            raise BreakoutError(f"{bw}: {exc}") from None
    if len(ballots) > len(voters):
        raise BreakoutError(f"{where} has more ballots than voters")
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


# -- writing the new file -----------------------------------------------------------


def create_from_json(
    path: str | os.PathLike[str], data: Mapping[str, Any], *, clock: Callable[[], float]
) -> Session:
    """Create a new session file holding exactly ``data`` (checked first)."""
    name = Path(path).name
    check_document(data)

    def fill(session: Session) -> None:
        try:
            with session.store.write() as conn:
                _insert_all(conn, data)
        except sqlite3.IntegrityError as exc:
            raise BreakoutError(_integrity_sentence(exc, f"the document for {name}")) from None

    return Session.create(path, clock=clock, fill=fill)


def _integrity_sentence(exc: sqlite3.IntegrityError, what: str) -> str:
    """A rule of the session file that a change would break, as a sentence."""
    text = str(exc)
    rule, _, place = text.partition(" constraint failed: ")
    table, _, column = place.partition(".")
    if rule == "UNIQUE" and column:
        found = f"two entries of {table} have the same {column.split(',')[0]}"
    elif rule == "NOT NULL" and column:
        found = f"an entry of {table} has no {column}"
    elif text.startswith("FOREIGN KEY"):
        found = "something in it refers to an entry that is not there"
    else:
        found = f"it holds a value a session file cannot keep ({text[:80]})"
    return f"{what} cannot be stored: {found}; correct it, nothing was written"


#: Tables whose rows keep their list order in a ``position`` column.
_ORDERED = {"points", "clusters", "recommendations"}


def _row(obj: Mapping[str, Any], spec: Mapping[str, str]) -> dict[str, Any]:
    """The fields a document gives; the table's own defaults (its DDL) fill in the rest."""
    return {
        field: int(obj[field]) if kind == BOOL else obj[field]
        for field, kind in spec.items()
        if field in obj
    }


def _insert_all(conn: Any, data: Mapping[str, Any]) -> None:
    def insert(table: str, values: Mapping[str, Any]) -> None:
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(values.values()))

    session = data["session"]
    values = _row(session, SESSION_FIELDS)
    values.pop("current_point", None)  # set once its point exists
    if values:
        sets = ", ".join(f"{f} = ?" for f in values)
        conn.execute(f"UPDATE session SET {sets} WHERE id = 1", list(values.values()))
    minutes = conn.execute("SELECT default_minutes FROM session").fetchone()[0]

    queue_places: dict[int, int] = {}  # the next queue position at each point
    for table, spec in TABLES.items():
        for index, item in enumerate(data.get(table, [])):
            row = _row(item, spec)
            if table in _ORDERED:
                row["position"] = index
            if table == "points":
                row.setdefault("minutes", minutes)  # a point's time-box: the session's
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
                **_row(rnd, ROUND_FIELDS),
                "position": index,
                "settings": json.dumps(settings, sort_keys=True),
            },
        )
        for pos, item in enumerate(rnd["items"]):
            insert("round_items", {**_row(item, ITEM_FIELDS), "round": rnd["id"], "position": pos})
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
