"""Changes: what an engine operation did, so that it can be undone and redone.

Every operation records the rows it touched — their full content before and
after — in a :class:`Change`. ``change.inverse()`` is the change that puts them
back; applying a change or its inverse is itself one atomic transaction. The UI
keeps changes on its undo stack (Qt's ``QUndoStack``); nothing about undo is
stored in the session file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

from breakout.errors import BreakoutError

Row = Mapping[str, Any]
T = TypeVar("T", covariant=True)


class Area(StrEnum):
    """A part of the session a view may show; a change says which areas it touched."""

    SESSION = "session"  # the session's facts: title, Chatham House, current point
    AGENDA = "agenda"  # points and the clock
    PEOPLE = "people"
    QUEUE = "queue"
    CAPTURE = "capture"
    BOARD = "board"  # proposals as recommendations, and their wording
    GROUPS = "groups"  # the groups on the board, which rounds may put to the vote
    VOTING = "voting"
    INBOX = "inbox"  # what phones sent, waiting for the facilitator


#: Which area each table belongs to (every table of the file; a test checks the list).
AREA_OF_TABLE: Mapping[str, Area] = {
    "session": Area.SESSION,
    "session_identity": Area.SESSION,
    "points": Area.AGENDA,
    "point_runs": Area.AGENDA,
    "participants": Area.PEOPLE,
    "turns": Area.QUEUE,
    "contributions": Area.CAPTURE,
    "recommendations": Area.BOARD,
    "recommendation_sources": Area.BOARD,
    "clusters": Area.GROUPS,
    "embeddings": Area.BOARD,
    "rounds": Area.VOTING,
    "round_items": Area.VOTING,
    "hand_tallies": Area.VOTING,
    "ballots": Area.VOTING,
    "ballot_entries": Area.VOTING,
    "voters": Area.VOTING,
    "inbox": Area.INBOX,
}


@dataclass(frozen=True)
class RowChange:
    """One row of one table, before and after (``None`` = absent)."""

    table: str
    key: tuple[tuple[str, Any], ...]
    before: Row | None
    after: Row | None

    def inverse(self) -> RowChange:
        return RowChange(self.table, self.key, self.after, self.before)


@dataclass(frozen=True)
class Change(Generic[T]):
    """What one operation did. ``result`` is what it made (a new id, say).

    ``also`` names areas a change touched without rows to undo: a ballot is
    never on the undo stack, but the turnout on screen still changes.
    """

    label: str
    rows: tuple[RowChange, ...]
    result: T
    also: frozenset[Area] = frozenset()

    def inverse(self) -> Change[T]:
        return Change(
            label=self.label,
            rows=tuple(row.inverse() for row in reversed(self.rows)),
            result=self.result,
            also=self.also,
        )

    def tables(self) -> frozenset[str]:
        """The tables this change touched."""
        return frozenset(row.table for row in self.rows)

    def areas(self) -> frozenset[Area]:
        """The areas this change touched, so each view knows whether to redraw."""
        return frozenset(AREA_OF_TABLE[row.table] for row in self.rows) | self.also

    def __bool__(self) -> bool:
        return bool(self.rows)


def _where(key: tuple[tuple[str, Any], ...]) -> tuple[str, list[Any]]:
    return " AND ".join(f'"{col}" = ?' for col, _ in key), [value for _, value in key]


@dataclass
class Recorder:
    """Writes rows through one connection and remembers what changed.

    Used inside a transaction; the engine's operations call ``insert``,
    ``update`` and ``delete`` here instead of executing DML themselves.
    """

    conn: sqlite3.Connection
    rows: list[RowChange] = field(default_factory=list)

    def fetch(self, table: str, key: tuple[tuple[str, Any], ...]) -> dict[str, Any] | None:
        where, params = _where(key)
        row = self.conn.execute(f'SELECT * FROM "{table}" WHERE {where}', params).fetchone()
        return dict(row) if row is not None else None

    def insert(self, table: str, values: Row, *, pk: str | tuple[str, ...] = "id") -> Any:
        """Insert a row; returns its key value (the new id for an ``id`` table)."""
        cols = ", ".join(f'"{c}"' for c in values)
        marks = ", ".join("?" for _ in values)
        cur = self.conn.execute(
            f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', list(values.values())
        )
        if isinstance(pk, tuple):
            key = tuple((col, values[col]) for col in pk)
            ident: Any = tuple(values[col] for col in pk)
        else:
            ident = values.get(pk, cur.lastrowid)
            key = ((pk, ident),)
        self.rows.append(RowChange(table, key, None, self.fetch(table, key)))
        return ident

    def update(self, table: str, ident: Any, values: Row, *, pk: str = "id") -> bool:
        """Update one row; records nothing (and returns False) if nothing differs."""
        return self.update_key(table, ((pk, ident),), values)

    def update_key(self, table: str, key: tuple[tuple[str, Any], ...], values: Row) -> bool:
        before = self.fetch(table, key)
        if before is None:
            raise BreakoutError(f"{_singular(table)} {key[0][1]} does not exist")
        changed = {c: v for c, v in values.items() if before.get(c) != v}
        if not changed:
            return False
        sets = ", ".join(f'"{c}" = ?' for c in changed)
        where, params = _where(key)
        self.conn.execute(
            f'UPDATE "{table}" SET {sets} WHERE {where}', [*changed.values(), *params]
        )
        # The row is now exactly ``before`` with ``changed`` laid over it (no
        # triggers, no computed columns), so there is no need to read it back.
        self.rows.append(RowChange(table, key, before, {**before, **changed}))
        return True

    def delete(self, table: str, key: tuple[tuple[str, Any], ...]) -> None:
        before = self.fetch(table, key)
        if before is None:
            return
        where, params = _where(key)
        self.conn.execute(f'DELETE FROM "{table}" WHERE {where}', params)
        self.rows.append(RowChange(table, key, before, None))

    def replay(self, change: Change[Any]) -> None:
        """Apply a recorded change, checking each row is as the change expects."""
        for row in change.rows:
            current = self.fetch(row.table, row.key)
            if current != (dict(row.before) if row.before is not None else None):
                raise BreakoutError(
                    f"cannot {change.label.lower()}: the {_singular(row.table)} "
                    "has changed since; nothing was changed"
                )
            if row.after is None:
                self.delete(row.table, row.key)
            elif row.before is None:
                self.insert(row.table, row.after, pk=tuple(col for col, _ in row.key))
            else:
                self.update_key(row.table, row.key, row.after)


def _singular(table: str) -> str:
    names = {
        "points": "point",
        "participants": "participant",
        "contributions": "contribution",
        "recommendations": "recommendation",
        "clusters": "group",
        "turns": "turn",
        "rounds": "voting round",
        "round_items": "ballot item",
        "point_runs": "clock",
        "session": "session",
    }
    return names.get(table, table)
