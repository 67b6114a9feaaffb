"""The records the engine hands out: plain, frozen, typed.

Each mirrors one table row (column name = field name), so views can show them
and tests can compare them without touching SQL. They are the one declaration
of each table's fields and types: the interchange format takes its fields from
them, and tests/unit/test_declarations.py holds the DDL and the JSON Schema to
them.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any, TypeVar

KINDS: tuple[str, ...] = ("comment", "question", "proposal", "concern")
ROUND_STATES: tuple[str, ...] = ("draft", "open", "closed")

T = TypeVar("T")


def from_row(cls: type[T], row: sqlite3.Row | Mapping[str, Any]) -> T:
    """Build a record from a row, taking only the columns the record names."""
    values = {}
    for name, is_bool in _fields_of(cls):  # type: ignore[arg-type]
        value = row[name]
        values[name] = bool(value) if is_bool else value
    return cls(**values)


@functools.cache
def _fields_of(cls: type) -> tuple[tuple[str, bool], ...]:
    return tuple((f.name, f.type == "bool") for f in fields(cls))


@dataclass(frozen=True)
class SessionInfo:
    title: str
    event: str
    venue: str
    dates: str
    background: str
    closing: str
    facilitator: str
    rapporteur: str
    chatham_house: bool
    default_minutes: int
    current_point: int | None
    created_at: float
    key_messages: str  # the rapporteur's, for the whole session
    next_steps: str
    addressees: str  # to whom the recommendations are addressed
    starts_at: float | None  # when the breakout starts (Unix seconds); None: from its clock
    time_zone: str  # IANA name ("Europe/Lisbon"); "": the exporting machine's zone


@dataclass(frozen=True)
class Point:
    id: int
    position: int
    text: str
    notes: str
    minutes: int
    ended_at: float | None
    key_messages: str  # the rapporteur's key messages for this point
    summary: str  # the rapporteur's short narrative of the discussion


@dataclass(frozen=True)
class PointMove:
    """What moving to a point did: which point was closed, how many waiting speakers came along."""

    left: int | None  # the point closed on the way (None: none was current)
    entered: int
    carried: int  # waiting speakers moved to the new point's queue
    resumed: bool  # the point had run before; its clock goes on from where it stopped


@dataclass(frozen=True)
class Participant:
    id: int
    name: str
    organisation: str
    stakeholder_group: str
    region: str
    gender: str
    may_be_named: bool
    checked_in_at: float | None
    voting_code: str | None

    @property
    def present(self) -> bool:
        return self.checked_in_at is not None


@dataclass(frozen=True)
class Turn:
    id: int
    point: int
    participant: int
    position: int
    requested_at: float
    started_at: float | None
    ended_at: float | None
    withdrawn_at: float | None

    @property
    def state(self) -> str:
        if self.withdrawn_at is not None:
            return "withdrawn"
        if self.ended_at is not None:
            return "done"
        if self.started_at is not None:
            return "active"
        return "waiting"


@dataclass(frozen=True)
class Contribution:
    id: int
    point: int
    participant: int | None
    kind: str
    text: str
    private: bool
    created_at: float
    updated_at: float | None


@dataclass(frozen=True)
class Cluster:
    id: int
    position: int
    label: str
    wording: str
    origin: str
    accepted: bool
    edited: bool


@dataclass(frozen=True)
class Recommendation:
    id: int
    position: int
    text: str
    point: int | None
    participant: int | None
    cluster: int | None
    status: str
    duplicate_of: int | None
    created_at: float


@dataclass(frozen=True)
class Round:
    id: int
    position: int
    title: str
    method: str
    settings: str
    secret: bool
    state: str
    opened_at: float | None
    closed_at: float | None

    @property
    def rules(self) -> dict[str, Any]:
        """The method's settings (a dot vote's budget and cap...), as stored in ``settings``."""
        loaded: dict[str, Any] = json.loads(self.settings or "{}")
        return loaded


@dataclass(frozen=True)
class RoundItem:
    id: int
    round: int
    position: int
    label: str
    cluster: int | None
    recommendation: int | None
