"""The interchange format's name, version and limits, and each section's fields."""

from __future__ import annotations

import dataclasses

from breakout import model

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
