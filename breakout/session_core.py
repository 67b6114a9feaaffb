"""The mechanism every engine operation shares, and the look-ups they all use.

:class:`SessionCore` owns the open store, the injectable clock and the
listeners. ``_run`` is how an operation changes anything: one durable
transaction whose rows are recorded, so the returned
:class:`~breakout.changes.Change` can be undone and redone exactly. The
operations themselves live in the session's parts — :mod:`breakout.agenda`,
:mod:`breakout.people`, :mod:`breakout.queue`, :mod:`breakout.capture`,
:mod:`breakout.board` and :mod:`breakout.rounds` — each holding this core;
:class:`breakout.session.Session` makes them and keeps the session's facts.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal, Self, TypeVar

from breakout.changes import Change, Recorder
from breakout.errors import BreakoutError, refusal
from breakout.model import (
    KINDS,
    Cluster,
    Contribution,
    Participant,
    Point,
    Recommendation,
    SessionInfo,
    from_row,
)
from breakout.presence import Presence, presence_from
from breakout.store import Store

Clock = Callable[[], float]
T = TypeVar("T")

#: The tables whose rows keep their list order in a ``position`` column.
Ordered = Literal["points", "clusters", "recommendations"]

#: Marks "leave this field as it is" where ``None`` is a meaningful value.
KEEP: Any = object()


class SessionCore:
    """An open session file: the store, the clock, and how operations run."""

    def __init__(self, store: Store, *, clock: Clock = time.time) -> None:
        self.store = store
        self.clock = clock
        self._listeners: list[Callable[[Change[Any]], None]] = []

    # -- the open file -------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` has run: nothing can be read or written any more."""
        return self.store.closed

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def subscribe(self, listener: Callable[[Change[Any]], None]) -> None:
        """Call ``listener(change)`` after every committed change (views redraw)."""
        self._listeners.append(listener)

    # -- the mechanism -------------------------------------------------------

    def _run(self, label: str, body: Callable[[Recorder], T]) -> Change[T]:
        """Run ``body`` as one operation: one transaction, recorded for undo."""
        with self.store.write() as conn:
            rec = Recorder(conn)
            try:
                result = body(rec)
            except sqlite3.IntegrityError as exc:
                raise BreakoutError(f"cannot {label.lower()}: {exc}") from None
        change = Change(label, tuple(rec.rows), result)
        self._notify(change)
        return change

    def _notify(self, change: Change[Any]) -> None:
        for listener in self._listeners:
            listener(change)

    def apply(self, change: Change[Any]) -> Change[None]:
        """Apply a recorded change again (redo)."""
        return self._run(change.label, lambda rec: rec.replay(change))

    def undo(self, change: Change[Any]) -> Change[None]:
        """Reverse a change that was made (undo)."""
        return self._run(change.label, lambda rec: rec.replay(change.inverse()))

    def redo(self, change: Change[Any]) -> Change[None]:
        return self.apply(change)

    def _one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.store.conn.execute(sql, params).fetchone()
        return row

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return list(self.store.conn.execute(sql, params).fetchall())

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.store.conn.execute(sql, params).fetchone()
        return row[0] if row is not None else None

    # -- look-ups the operations share ----------------------------------------

    def info(self) -> SessionInfo:
        row = self._one("SELECT * FROM session WHERE id = 1")
        if row is None:
            raise BreakoutError(f"{self.path.name} has no session record; it may be damaged")
        return from_row(SessionInfo, row)

    def identity(self) -> str:
        """The session's identity: the same in every copy of it, whatever the file's name."""
        found = self._scalar("SELECT identity FROM session_identity WHERE id = 1")
        if found is None:
            raise BreakoutError(f"{self.path.name} has no identity record; it may be damaged")
        return str(found)

    def point(self, point_id: int) -> Point:
        row = self._one("SELECT * FROM points WHERE id = ?", (point_id,))
        if row is None:
            raise BreakoutError(f"point {point_id} does not exist")
        return from_row(Point, row)

    def _positions(self, table: Ordered) -> list[int]:
        """The ids of an ordered table (points, groups, recommendations) in their order."""
        sql = {
            "points": "SELECT id FROM points ORDER BY position",
            "clusters": "SELECT id FROM clusters ORDER BY position",
            "recommendations": "SELECT id FROM recommendations ORDER BY position",
        }[table]
        return [r[0] for r in self._all(sql)]

    def _reposition(self, rec: Recorder, table: Ordered, ident: int, index: int) -> None:
        """Move one row of an ordered table to ``index`` (clamped), renumbering the rest."""
        ids = self._positions(table)
        if ident not in ids:
            raise BreakoutError(f"cannot move {ident}: it is not in this list")
        ids.remove(ident)
        ids.insert(max(0, min(index, len(ids))), ident)
        for pos, row_id in enumerate(ids):
            rec.update(table, row_id, {"position": pos})

    def _renumber(self, rec: Recorder, table: Ordered) -> None:
        """Close the gaps a deletion left in an ordered table's positions."""
        for pos, row_id in enumerate(self._positions(table)):
            rec.update(table, row_id, {"position": pos})

    def presence(self) -> Presence:
        """Who counts as present (the rule is in :mod:`breakout.presence`)."""
        took_part = [
            r[0]
            for r in self._all(
                "SELECT participant FROM turns UNION SELECT participant FROM contributions"
                " WHERE participant NOT NULL UNION SELECT participant FROM voters"
            )
        ]
        return presence_from(
            [from_row(Participant, r) for r in self._all("SELECT * FROM participants")], took_part
        )

    def _point_or_current(self, point_id: int | None) -> int:
        if point_id is not None:
            self.point(point_id)
            return point_id
        current = self.info().current_point
        if current is None:
            raise BreakoutError("no point has been started; start a point first")
        return current

    def participant(self, participant_id: int) -> Participant:
        row = self._one("SELECT * FROM participants WHERE id = ?", (participant_id,))
        if row is None:
            raise refusal("participant %(id)s does not exist", id=participant_id)
        return from_row(Participant, row)

    def contribution(self, contribution_id: int) -> Contribution:
        row = self._one("SELECT * FROM contributions WHERE id = ?", (contribution_id,))
        if row is None:
            raise BreakoutError(f"contribution {contribution_id} does not exist")
        return from_row(Contribution, row)

    def recommendation(self, rec_id: int) -> Recommendation:
        row = self._one("SELECT * FROM recommendations WHERE id = ?", (rec_id,))
        if row is None:
            raise BreakoutError(f"recommendation {rec_id} does not exist")
        return from_row(Recommendation, row)

    def cluster(self, cluster_id: int) -> Cluster:
        row = self._one("SELECT * FROM clusters WHERE id = ?", (cluster_id,))
        if row is None:
            raise BreakoutError(f"group {cluster_id} does not exist")
        return from_row(Cluster, row)


# -- checks the operations share -----------------------------------------------


def _required(text: str, what: str) -> str:
    cleaned = str(text).strip()
    if not cleaned:
        raise BreakoutError(f"{what} cannot be empty")
    return cleaned


def _minutes(value: Any) -> int:
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        raise BreakoutError(
            f"a time-box must be a whole number of minutes, not {value!r}"
        ) from None
    if not 1 <= minutes <= 600:
        raise BreakoutError(f"a time-box must be between 1 and 600 minutes, not {minutes}")
    return minutes


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise BreakoutError(f"unknown kind {kind!r}; use one of {', '.join(KINDS)}")
