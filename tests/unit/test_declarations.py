"""Each table is declared once, and the places that must agree with it do.

The records in :mod:`breakout.model` declare each table's fields and their
types; the interchange format takes its fields from them
(:mod:`breakout.interchange`). What is still written out by hand is compared
with them here, on a real session file: the DDL (:mod:`breakout.migrations`:
columns, types, which may be empty, the values a CHECK allows) and the JSON
Schema (``breakout/schema/session.schema.json``: properties, types, required
fields, enums). A field added in one place and forgotten in another fails here.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from breakout import interchange, model, voting
from breakout.session import Session
from breakout.voting.ranking import MAX_RANKED
from tests.helpers import FakeClock

SCHEMA = json.loads(
    (Path(__file__).parents[2] / "breakout" / "schema" / "session.schema.json").read_text("utf-8")
)
PROPS = SCHEMA["properties"]
ROUND = PROPS["rounds"]["items"]

#: table -> (its record, its object in the schema)
TABLES: dict[str, tuple[type, dict[str, Any]]] = {
    "session": (model.SessionInfo, PROPS["session"]),
    "points": (model.Point, PROPS["points"]["items"]),
    "participants": (model.Participant, PROPS["participants"]["items"]),
    "turns": (model.Turn, PROPS["turns"]["items"]),
    "contributions": (model.Contribution, PROPS["contributions"]["items"]),
    "clusters": (model.Cluster, PROPS["clusters"]["items"]),
    "recommendations": (model.Recommendation, PROPS["recommendations"]["items"]),
    "rounds": (model.Round, ROUND),
    "round_items": (model.RoundItem, ROUND["properties"]["items"]["items"]),
}
#: Fields the format gives by where an object is (list order, the round it is in).
BY_PLACE = {"position", "round"}
#: Lists and objects nested in a table's object that are tables of their own, or computed.
NESTED = {
    "points": {"runs"},
    "recommendations": {"contributions"},
    "rounds": {"settings", "items", "ballots", "voters", "tallies", "results"},
}
#: Columns the DDL leaves without a default that a document may still leave out,
#: and what fills them.
FILLED = {
    ("session", "created_at"): "the clock, when the session is made",
    ("points", "minutes"): "the session's default minutes",
}
SQL_TYPES = {"TEXT": {"str"}, "INTEGER": {"int", "bool"}, "REAL": {"float"}}
JSON_TYPES = {"str": "string", "int": "integer", "bool": "boolean", "float": "number"}


@pytest.fixture(scope="module")
def ddl(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    """A session file as Breakout makes it, its tables read back by SQLite."""
    path = tmp_path_factory.mktemp("ddl") / "s.breakout"
    Session.create(path, clock=FakeClock()).close()
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def _columns(conn: sqlite3.Connection, table: str) -> dict[str, sqlite3.Row]:
    return {row["name"]: row for row in conn.execute(f"PRAGMA table_info({table})")}


def _annotation(record: type) -> dict[str, tuple[str, bool]]:
    """field -> (base type, may be None)."""
    out = {}
    for field in dataclasses.fields(record):
        text = str(field.type)
        out[field.name] = (text.removesuffix(" | None"), text.endswith(" | None"))
    return out


@pytest.mark.parametrize("table", list(TABLES))
def test_the_record_and_the_ddl_name_the_same_columns_with_the_same_types(
    ddl: sqlite3.Connection, table: str
) -> None:
    record, _ = TABLES[table]
    columns = _columns(ddl, table)
    fields = _annotation(record)
    if table == "session":
        columns.pop("id")  # the one row's key, always 1
    assert set(fields) == set(columns)
    for name, (base, optional) in fields.items():
        column = columns[name]
        assert base in SQL_TYPES[column["type"]], f"{table}.{name}: {base} in {column['type']}"
        not_null = bool(column["notnull"] or column["pk"])
        assert optional != not_null, f"{table}.{name}: may be None in one and not the other"


@pytest.mark.parametrize("table", list(TABLES))
def test_the_schema_names_the_records_fields_with_the_same_types(table: str) -> None:
    record, obj = TABLES[table]
    fields = {n: t for n, t in _annotation(record).items() if n not in BY_PLACE}
    if table == "rounds":
        fields.pop("settings")  # a JSON text in the file, an object in the document
    properties = obj["properties"]
    assert set(properties) == set(fields) | NESTED.get(table, set())
    assert obj.get("additionalProperties") is False  # an unknown key is refused
    for name, (base, optional) in fields.items():
        prop = properties[name]
        if "enum" in prop:
            assert base == "str" and not optional, f"{table}.{name}"
            continue
        kinds = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
        assert kinds == [JSON_TYPES[base], *(["null"] if optional else [])], f"{table}.{name}"


@pytest.mark.parametrize("table", [t for t in TABLES if t != "session"])
def test_what_the_schema_requires_is_what_the_file_cannot_do_without(
    ddl: sqlite3.Connection, table: str
) -> None:
    """A column that may not be empty and has no default must be in the document (or
    a missing time would become 1 January 1970); anything else may be left out."""
    _, obj = TABLES[table]
    needed = {
        name
        for name, column in _columns(ddl, table).items()
        if (column["notnull"] or column["pk"])
        and column["dflt_value"] is None
        and name not in BY_PLACE
        and (table, name) not in FILLED
    }
    scalar_required = set(obj["required"]) - NESTED.get(table, set())
    assert scalar_required == needed


def test_what_the_interchange_format_writes_is_taken_from_the_records() -> None:
    for table, spec in interchange.TABLES.items():
        record, _ = TABLES[table]
        assert list(spec) == [f.name for f in dataclasses.fields(record) if f.name != "position"]
    assert list(interchange.SESSION_FIELDS) == [
        f.name for f in dataclasses.fields(model.SessionInfo)
    ]
    assert not hasattr(interchange, "DEFAULTS")  # the DDL's defaults are the only ones


@pytest.mark.parametrize(
    ("table", "column", "values", "schema"),
    [
        ("contributions", "kind", model.KINDS, PROPS["contributions"]["items"]),
        ("rounds", "state", model.ROUND_STATES, ROUND),
        ("clusters", "origin", None, PROPS["clusters"]["items"]),
        ("recommendations", "status", None, PROPS["recommendations"]["items"]),
    ],
)
def test_the_words_a_column_allows_are_the_same_everywhere(
    ddl: sqlite3.Connection,
    table: str,
    column: str,
    values: tuple[str, ...] | None,
    schema: dict[str, Any],
) -> None:
    sql = ddl.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    found = re.search(rf"CHECK \({column} IN \(([^)]*)\)\)", sql)
    assert found, f"{table}.{column} has no CHECK listing its values"
    allowed = [word.strip().strip("'") for word in found.group(1).split(",")]
    assert schema["properties"][column]["enum"] == allowed
    if values is not None:
        assert list(values) == allowed


def test_every_object_in_the_schema_refuses_keys_it_does_not_name() -> None:
    """Except a round's results, computed on export and never read back."""
    loose: list[str] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if "properties" in node and node.get("additionalProperties") is not False:
                loose.append(where)
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}/{index}")

    walk(SCHEMA, "")
    assert [w for w in loose if "/results" not in w] == []


@pytest.mark.parametrize(
    ("table", "obj", "by_place"),
    [
        ("point_runs", PROPS["points"]["items"]["properties"]["runs"]["items"], {"id", "point"}),
        ("hand_tallies", ROUND["properties"]["tallies"]["items"], {"round"}),
        ("ballots", ROUND["properties"]["ballots"]["items"], {"id", "round"}),
        (
            "ballot_entries",
            ROUND["properties"]["ballots"]["items"]["properties"]["entries"]["items"],
            {"ballot"},
        ),
    ],
)
def test_the_tables_without_a_record_match_their_place_in_the_schema(
    ddl: sqlite3.Connection, table: str, obj: dict[str, Any], by_place: set[str]
) -> None:
    """Rows written inside another object (a point's clock runs, a round's ballots and
    hand counts): the same names, and required exactly where the file needs a value."""
    columns = {n: c for n, c in _columns(ddl, table).items() if n not in by_place}
    nested = {"entries"} if table == "ballots" else set()
    assert set(obj["properties"]) == set(columns) | nested
    needed = {n for n, c in columns.items() if c["notnull"] and c["dflt_value"] is None}
    assert set(obj.get("required", [])) - nested == needed
    assert obj["additionalProperties"] is False


def test_the_schemas_limits_are_the_engines() -> None:
    """The import leaves these bounds to the schema, so they must be the engine's own."""
    settings = ROUND["properties"]["settings"]["properties"]
    tallies = ROUND["properties"]["tallies"]["items"]["properties"]
    assert settings["budget"]["maximum"] == voting.MAX_DOT_BUDGET
    assert settings["per_item_cap"]["maximum"] == voting.MAX_DOT_BUDGET
    assert settings["max_ranked"]["maximum"] == MAX_RANKED
    assert tallies["count"]["maximum"] == voting.MAX_HANDS
    most_levels = max(len(voting.method(name).hand_levels) for name in voting.METHODS)
    assert tallies["level"]["maximum"] == most_levels - 1
