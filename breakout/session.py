"""The engine's operations on an open session.

``Session`` is the one API every client uses — the command line, the Qt
front end, tests and benchmarks. Each operation:

* checks its input and raises :class:`BreakoutError` (changing nothing) when
  it cannot be done;
* runs as one durable transaction, committed before it returns;
* returns a :class:`~breakout.changes.Change` that ``undo`` reverses and
  ``redo`` reapplies, with what it made in ``change.result``.

Times come from an injectable clock (``clock=``), so tests can drive the
run-of-show without sleeping.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from breakout import voting
from breakout.changes import Change, Recorder
from breakout.errors import BreakoutError
from breakout.model import (
    KINDS,
    METHODS,
    Cluster,
    Contribution,
    Participant,
    Point,
    Recommendation,
    Round,
    RoundItem,
    SessionInfo,
    Turn,
    from_row,
)
from breakout.store import Store

Clock = Callable[[], float]

#: Marks "leave this field as it is" where ``None`` is a meaningful value.
_KEEP: Any = object()

_SESSION_FIELDS = (
    "title",
    "event",
    "venue",
    "dates",
    "background",
    "closing",
    "facilitator",
    "rapporteur",
    "chatham_house",
    "default_minutes",
)
_PARTICIPANT_FIELDS = ("name", "organisation", "stakeholder_group", "region", "gender")


class Session:
    """An open session file and the operations on it."""

    def __init__(self, store: Store, *, clock: Clock = time.time) -> None:
        self.store = store
        self.clock = clock
        self._listeners: list[Callable[[Change], None]] = []

    # -- opening -----------------------------------------------------------

    @classmethod
    def create(
        cls, path: str | os.PathLike[str], *, clock: Clock = time.time, title: str = ""
    ) -> Session:
        store = Store.create(path)
        try:
            with store.write() as conn:
                conn.execute(
                    "INSERT INTO session (id, title, created_at) VALUES (1, ?, ?)",
                    (title, clock()),
                )
        except BaseException:
            store.close()
            raise
        return cls(store, clock=clock)

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, clock: Clock = time.time, readonly: bool = False
    ) -> Session:
        return cls(Store.open(path, readonly=readonly), clock=clock)

    @property
    def path(self) -> Path:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        """Call ``listener(change)`` after every committed change (views redraw)."""
        self._listeners.append(listener)

    # -- the mechanism -------------------------------------------------------

    def _run(self, label: str, body: Callable[[Recorder], Any]) -> Change:
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

    def _notify(self, change: Change) -> None:
        for listener in self._listeners:
            listener(change)

    def apply(self, change: Change) -> Change:
        """Apply a recorded change again (redo)."""
        return self._run(change.label, lambda rec: rec.replay(change))

    def undo(self, change: Change) -> Change:
        """Reverse a change that was made (undo)."""
        return self._run(change.label, lambda rec: rec.replay(change.inverse()))

    def redo(self, change: Change) -> Change:
        return self.apply(change)

    def _one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.store.conn.execute(sql, params).fetchone()
        return row

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return list(self.store.conn.execute(sql, params).fetchall())

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.store.conn.execute(sql, params).fetchone()
        return row[0] if row is not None else None

    # -- session facts -------------------------------------------------------

    def info(self) -> SessionInfo:
        row = self._one("SELECT * FROM session WHERE id = 1")
        if row is None:
            raise BreakoutError(f"{self.path.name} has no session record; it may be damaged")
        return from_row(SessionInfo, row)

    def update_session(self, **values: Any) -> Change:
        unknown = set(values) - set(_SESSION_FIELDS)
        if unknown:
            raise BreakoutError(f"unknown session field(s): {', '.join(sorted(unknown))}")
        if "default_minutes" in values:
            values["default_minutes"] = _minutes(values["default_minutes"])
        if "chatham_house" in values:
            values["chatham_house"] = int(bool(values["chatham_house"]))
        for name in set(values) - {"default_minutes", "chatham_house"}:
            values[name] = str(values[name]).strip()
        return self._run("Edit session", lambda rec: rec.update("session", 1, values))

    def import_briefing(self, briefing: Any) -> Change:
        """Take the session facts and the agenda from a parsed briefing note.

        ``briefing`` is a :class:`breakout.briefing.Briefing`. Its points are
        added after any already on the agenda, each with the default time-box.
        """
        facts = {
            name: getattr(briefing, name)
            for name in ("title", "event", "venue", "dates", "background", "closing")
        }
        minutes = self.info().default_minutes

        def body(rec: Recorder) -> int:
            rec.update("session", 1, facts)
            start = self._scalar("SELECT count(*) FROM points")
            for offset, text in enumerate(briefing.points):
                rec.insert(
                    "points",
                    {"position": start + offset, "text": text, "notes": "", "minutes": minutes},
                )
            return len(briefing.points)

        return self._run("Import briefing", body)

    def counts(self) -> dict[str, int]:
        """How many of each thing the session holds (one cheap query)."""
        row = self._one(
            "SELECT (SELECT count(*) FROM points) AS points,"
            " (SELECT sum(minutes) FROM points) AS minutes,"
            " (SELECT count(*) FROM participants) AS participants,"
            " (SELECT count(*) FROM participants WHERE checked_in_at NOT NULL) AS present,"
            " (SELECT count(*) FROM contributions) AS contributions,"
            " (SELECT count(*) FROM recommendations WHERE status = 'active') AS recommendations,"
            " (SELECT count(*) FROM rounds) AS rounds"
        )
        assert row is not None
        return {key: row[key] or 0 for key in row.keys()}  # noqa: SIM118 - sqlite3.Row is not a dict

    # -- agenda ---------------------------------------------------------------

    def points(self) -> list[Point]:
        return [from_row(Point, r) for r in self._all("SELECT * FROM points ORDER BY position")]

    def point(self, point_id: int) -> Point:
        row = self._one("SELECT * FROM points WHERE id = ?", (point_id,))
        if row is None:
            raise BreakoutError(f"point {point_id} does not exist")
        return from_row(Point, row)

    def add_point(
        self, text: str, *, minutes: int | None = None, notes: str = "", index: int | None = None
    ) -> Change:
        text = _required(text, "a point's text")
        mins = _minutes(minutes if minutes is not None else self.info().default_minutes)

        def body(rec: Recorder) -> int:
            count = self._scalar("SELECT count(*) FROM points")
            new_id = rec.insert(
                "points",
                {"position": count, "text": text, "notes": notes.strip(), "minutes": mins},
            )
            if index is not None:
                self._reposition(rec, "points", "1 = 1", (), new_id, index)
            return int(new_id)

        return self._run("Add point", body)

    def edit_point(
        self,
        point_id: int,
        *,
        text: str | None = None,
        minutes: int | None = None,
        notes: str | None = None,
    ) -> Change:
        self.point(point_id)
        values: dict[str, Any] = {}
        if text is not None:
            values["text"] = _required(text, "a point's text")
        if minutes is not None:
            values["minutes"] = _minutes(minutes)
        if notes is not None:
            values["notes"] = notes.strip()
        return self._run("Edit point", lambda rec: rec.update("points", point_id, values))

    def move_point(self, point_id: int, index: int) -> Change:
        self.point(point_id)
        return self._run(
            "Move point",
            lambda rec: self._reposition(rec, "points", "1 = 1", (), point_id, index),
        )

    def delete_point(self, point_id: int) -> Change:
        """Delete a point and its clock and queue; refused while it holds contributions."""
        self.point(point_id)
        used = self._scalar("SELECT count(*) FROM contributions WHERE point = ?", (point_id,))
        if used:
            raise BreakoutError(
                f"point {point_id} has {used} contribution(s); delete or move them first"
            )

        def body(rec: Recorder) -> None:
            if self.info().current_point == point_id:
                rec.update("session", 1, {"current_point": None})
            for table in ("point_runs", "turns"):
                for (ident,) in self._all(f"SELECT id FROM {table} WHERE point = ?", (point_id,)):
                    rec.delete(table, (("id", ident),))
            for (ident,) in self._all(
                "SELECT id FROM recommendations WHERE point = ?", (point_id,)
            ):
                rec.update("recommendations", ident, {"point": None})
            rec.delete("points", (("id", point_id),))
            self._renumber(rec, "points", "1 = 1", ())

        return self._run("Delete point", body)

    def _reposition(
        self,
        rec: Recorder,
        table: str,
        where: str,
        params: Sequence[Any],
        ident: int,
        index: int,
    ) -> None:
        ids = [
            r[0]
            for r in self._all(f"SELECT id FROM {table} WHERE {where} ORDER BY position", params)
        ]
        if ident not in ids:
            raise BreakoutError(f"cannot move {ident}: it is not in this list")
        ids.remove(ident)
        index = max(0, min(index, len(ids)))
        ids.insert(index, ident)
        for pos, row_id in enumerate(ids):
            rec.update(table, row_id, {"position": pos})

    def _renumber(self, rec: Recorder, table: str, where: str, params: Sequence[Any]) -> None:
        ids = [
            r[0]
            for r in self._all(f"SELECT id FROM {table} WHERE {where} ORDER BY position", params)
        ]
        for pos, row_id in enumerate(ids):
            rec.update(table, row_id, {"position": pos})

    # -- the run-of-show clock ----------------------------------------------

    def start_point(self, point_id: int) -> Change:
        """Make a point current and run its clock (pausing any other running point).

        Starting a paused or ended point resumes its clock where it stopped.
        """
        self.point(point_id)
        now = self.clock()

        def body(rec: Recorder) -> None:
            running = self._one("SELECT * FROM point_runs WHERE ended_at IS NULL")
            if running is not None and running["point"] == point_id:
                return
            if running is not None:
                rec.update("point_runs", running["id"], {"ended_at": now})
            rec.update("points", point_id, {"ended_at": None})
            rec.insert("point_runs", {"point": point_id, "started_at": now})
            rec.update("session", 1, {"current_point": point_id})

        return self._run("Start point", body)

    def pause_point(self) -> Change:
        """Stop the running clock, if any; the point stays current."""
        now = self.clock()

        def body(rec: Recorder) -> None:
            running = self._one("SELECT * FROM point_runs WHERE ended_at IS NULL")
            if running is not None:
                rec.update("point_runs", running["id"], {"ended_at": now})

        return self._run("Pause point", body)

    def end_point(self, point_id: int) -> Change:
        """Stop a point's clock and mark it done; its active speaker's turn ends."""
        self.point(point_id)
        now = self.clock()

        return self._run("End point", lambda rec: self._end_point_rows(rec, point_id, now))

    def next_point(self) -> Change:
        """End the current point and start the next one in agenda order."""
        points = self.points()
        if not points:
            raise BreakoutError("the agenda is empty; add a point first")
        current = self.info().current_point
        ids = [p.id for p in points]
        if current is None:
            return self.start_point(ids[0])
        index = ids.index(current)
        if index + 1 >= len(ids):
            raise BreakoutError("this is the last point; end it to finish the session")
        now = self.clock()
        nxt = ids[index + 1]

        def body(rec: Recorder) -> None:
            self._end_point_rows(rec, current, now)
            rec.update("points", nxt, {"ended_at": None})
            rec.insert("point_runs", {"point": nxt, "started_at": now})
            rec.update("session", 1, {"current_point": nxt})

        return self._run("Next point", body)

    def _end_point_rows(self, rec: Recorder, point_id: int, now: float) -> None:
        for run in self._all(
            "SELECT id FROM point_runs WHERE point = ? AND ended_at IS NULL", (point_id,)
        ):
            rec.update("point_runs", run["id"], {"ended_at": now})
        for turn in self._all(
            "SELECT id FROM turns WHERE point = ? AND started_at IS NOT NULL "
            "AND ended_at IS NULL AND withdrawn_at IS NULL",
            (point_id,),
        ):
            rec.update("turns", turn["id"], {"ended_at": now})
        rec.update("points", point_id, {"ended_at": now})

    def point_runs(self, point_id: int) -> list[tuple[float, float | None]]:
        return [
            (r["started_at"], r["ended_at"])
            for r in self._all(
                "SELECT started_at, ended_at FROM point_runs WHERE point = ? ORDER BY started_at",
                (point_id,),
            )
        ]

    def all_runs(self) -> list[tuple[float, float | None]]:
        """Every stretch of running clock in the session, for the session clock."""
        return [
            (r["started_at"], r["ended_at"])
            for r in self._all("SELECT started_at, ended_at FROM point_runs ORDER BY started_at")
        ]

    def running_point(self) -> int | None:
        return self._scalar("SELECT point FROM point_runs WHERE ended_at IS NULL")

    # -- participants ---------------------------------------------------------

    def participants(self) -> list[Participant]:
        return [
            from_row(Participant, r)
            for r in self._all("SELECT * FROM participants ORDER BY name COLLATE NOCASE, id")
        ]

    def participant(self, participant_id: int) -> Participant:
        row = self._one("SELECT * FROM participants WHERE id = ?", (participant_id,))
        if row is None:
            raise BreakoutError(f"participant {participant_id} does not exist")
        return from_row(Participant, row)

    def add_participant(
        self,
        name: str,
        *,
        organisation: str = "",
        stakeholder_group: str = "",
        region: str = "",
        gender: str = "",
        may_be_named: bool = False,
        present: bool = False,
    ) -> Change:
        values = _participant_values(
            name=name,
            organisation=organisation,
            stakeholder_group=stakeholder_group,
            region=region,
            gender=gender,
        )
        self._refuse_duplicate_name(values["name"])
        values["may_be_named"] = int(bool(may_be_named))
        values["checked_in_at"] = self.clock() if present else None
        return self._run("Add participant", lambda rec: int(rec.insert("participants", values)))

    def edit_participant(
        self, participant_id: int, *, may_be_named: bool | None = None, **fields: str
    ) -> Change:
        self.participant(participant_id)
        unknown = set(fields) - set(_PARTICIPANT_FIELDS)
        if unknown:
            raise BreakoutError(f"unknown participant field(s): {', '.join(sorted(unknown))}")
        values: dict[str, Any] = _participant_values(**fields)
        if "name" in values:
            self._refuse_duplicate_name(values["name"], except_id=participant_id)
        if may_be_named is not None:
            values["may_be_named"] = int(bool(may_be_named))
        return self._run(
            "Edit participant", lambda rec: rec.update("participants", participant_id, values)
        )

    def check_in(self, participant_id: int, present: bool = True) -> Change:
        self.participant(participant_id)
        value = self.clock() if present else None
        return self._run(
            "Check in" if present else "Check out",
            lambda rec: rec.update("participants", participant_id, {"checked_in_at": value}),
        )

    def import_roster(self, entries: Sequence[Any], *, present: bool = False) -> Change:
        """Add roster entries; a name already in the session updates that person.

        ``entries`` are :class:`breakout.roster.RosterEntry` (or anything with
        the same attributes). All or nothing.
        """
        existing = {p.name.casefold(): p.id for p in self.participants()}
        now = self.clock()

        def body(rec: Recorder) -> dict[str, int]:
            added = updated = 0
            for entry in entries:
                values = _participant_values(**{f: getattr(entry, f) for f in _PARTICIPANT_FIELDS})
                values["may_be_named"] = int(bool(entry.may_be_named))
                ident = existing.get(values["name"].casefold())
                if ident is None:
                    if present:
                        values["checked_in_at"] = now
                    existing[values["name"].casefold()] = int(rec.insert("participants", values))
                    added += 1
                elif rec.update("participants", ident, values):
                    updated += 1
            return {"added": added, "updated": updated}

        return self._run("Import roster", body)

    def _refuse_duplicate_name(self, name: str, except_id: int | None = None) -> None:
        row = self._one(
            "SELECT id FROM participants WHERE name = ? COLLATE NOCASE AND id IS NOT ?",
            (name, except_id),
        )
        if row is not None:
            raise BreakoutError(f"{name} is already a participant; use a distinct name")

    def issue_voting_codes(self) -> Change:
        """Give every participant without one a short code for secret kiosk votes."""
        taken = {
            r[0]
            for r in self._all("SELECT voting_code FROM participants WHERE voting_code NOT NULL")
        }

        def body(rec: Recorder) -> int:
            issued = 0
            for (ident,) in self._all("SELECT id FROM participants WHERE voting_code IS NULL"):
                code = _new_code(taken)
                taken.add(code)
                rec.update("participants", ident, {"voting_code": code})
                issued += 1
            return issued

        return self._run("Issue voting codes", body)

    # -- the speaking queue ---------------------------------------------------

    def turns(self, point_id: int) -> list[Turn]:
        return [
            from_row(Turn, r)
            for r in self._all(
                "SELECT * FROM turns WHERE point = ? ORDER BY position, id", (point_id,)
            )
        ]

    def queue(self, point_id: int) -> list[Turn]:
        """Waiting turns at a point, in the order they will be called."""
        return [t for t in self.turns(point_id) if t.state == "waiting"]

    def active_turn(self, point_id: int) -> Turn | None:
        return next((t for t in self.turns(point_id) if t.state == "active"), None)

    def _turn(self, turn_id: int) -> Turn:
        row = self._one("SELECT * FROM turns WHERE id = ?", (turn_id,))
        if row is None:
            raise BreakoutError(f"turn {turn_id} does not exist")
        return from_row(Turn, row)

    def request_turn(self, participant_id: int, point_id: int | None = None) -> Change:
        """Put a person in the queue (at the end). Refused if already waiting."""
        point_id = self._point_or_current(point_id)
        person = self.participant(participant_id)
        if any(t.participant == participant_id for t in self.queue(point_id)):
            raise BreakoutError(f"{person.name} is already in the queue")
        now = self.clock()

        def body(rec: Recorder) -> int:
            position = self._scalar(
                "SELECT coalesce(max(position) + 1, 0) FROM turns WHERE point = ?", (point_id,)
            )
            return int(
                rec.insert(
                    "turns",
                    {
                        "point": point_id,
                        "participant": participant_id,
                        "position": position,
                        "requested_at": now,
                    },
                )
            )

        return self._run("Add to queue", body)

    def start_turn(self, turn_id: int) -> Change:
        """Give the floor to a waiting speaker, ending the current speaker's turn."""
        turn = self._turn(turn_id)
        if turn.state != "waiting":
            raise BreakoutError(f"turn {turn_id} is {turn.state}, not waiting")
        now = self.clock()

        def body(rec: Recorder) -> int:
            active = self.active_turn(turn.point)
            if active is not None:
                rec.update("turns", active.id, {"ended_at": now})
            rec.update("turns", turn_id, {"started_at": now})
            return turn_id

        return self._run("Give the floor", body)

    def end_turn(self, turn_id: int) -> Change:
        turn = self._turn(turn_id)
        if turn.state != "active":
            raise BreakoutError(f"turn {turn_id} is {turn.state}, not speaking")
        now = self.clock()
        return self._run("End turn", lambda rec: rec.update("turns", turn_id, {"ended_at": now}))

    def withdraw_turn(self, turn_id: int) -> Change:
        turn = self._turn(turn_id)
        if turn.state != "waiting":
            raise BreakoutError(f"turn {turn_id} is {turn.state}; only a waiting turn is withdrawn")
        now = self.clock()
        return self._run(
            "Withdraw from queue",
            lambda rec: rec.update("turns", turn_id, {"withdrawn_at": now}),
        )

    def move_turn(self, turn_id: int, index: int) -> Change:
        """Move a waiting turn to ``index`` among the waiting turns."""
        turn = self._turn(turn_id)
        if turn.state != "waiting":
            raise BreakoutError(f"turn {turn_id} is {turn.state}; only waiting turns move")

        def body(rec: Recorder) -> None:
            waiting = [t.id for t in self.queue(turn.point)]
            slots = sorted(t.position for t in self.queue(turn.point))
            waiting.remove(turn_id)
            waiting.insert(max(0, min(index, len(waiting))), turn_id)
            for slot, ident in zip(slots, waiting, strict=True):
                rec.update("turns", ident, {"position": slot})

        return self._run("Move in queue", body)

    def call_next(self, point_id: int | None = None) -> Change:
        """End the current speaker's turn and give the floor to the next in the queue."""
        point_id = self._point_or_current(point_id)
        waiting = self.queue(point_id)
        if not waiting:
            active = self.active_turn(point_id)
            if active is None:
                raise BreakoutError("nobody is waiting to speak")
            return self.end_turn(active.id)
        return self.start_turn(waiting[0].id)

    def _point_or_current(self, point_id: int | None) -> int:
        if point_id is not None:
            self.point(point_id)
            return point_id
        current = self.info().current_point
        if current is None:
            raise BreakoutError("no point has been started; start a point first")
        return current

    # -- contributions --------------------------------------------------------

    def contributions(self, point_id: int | None = None) -> list[Contribution]:
        if point_id is None:
            rows = self._all("SELECT * FROM contributions ORDER BY created_at, id")
        else:
            rows = self._all(
                "SELECT * FROM contributions WHERE point = ? ORDER BY created_at, id", (point_id,)
            )
        return [from_row(Contribution, r) for r in rows]

    def contribution(self, contribution_id: int) -> Contribution:
        row = self._one("SELECT * FROM contributions WHERE id = ?", (contribution_id,))
        if row is None:
            raise BreakoutError(f"contribution {contribution_id} does not exist")
        return from_row(Contribution, row)

    def add_contribution(
        self,
        text: str,
        *,
        point_id: int | None = None,
        participant_id: int | None = None,
        kind: str = "comment",
        private: bool = False,
    ) -> Change:
        point_id = self._point_or_current(point_id)
        text = _required(text, "a contribution")
        _check_kind(kind)
        if participant_id is not None:
            self.participant(participant_id)
        values = {
            "point": point_id,
            "participant": participant_id,
            "kind": kind,
            "text": text,
            "private": int(private),
            "created_at": self.clock(),
        }
        return self._run("Add contribution", lambda rec: int(rec.insert("contributions", values)))

    def edit_contribution(
        self,
        contribution_id: int,
        *,
        text: str | None = None,
        kind: str | None = None,
        participant_id: int | None = _KEEP,
        private: bool | None = None,
    ) -> Change:
        self.contribution(contribution_id)
        values: dict[str, Any] = {}
        if text is not None:
            values["text"] = _required(text, "a contribution")
        if kind is not None:
            _check_kind(kind)
            values["kind"] = kind
        if participant_id is not _KEEP:
            if participant_id is not None:
                self.participant(participant_id)
            values["participant"] = participant_id
        if private is not None:
            values["private"] = int(private)

        def body(rec: Recorder) -> None:
            if rec.update("contributions", contribution_id, values):
                rec.update("contributions", contribution_id, {"updated_at": self.clock()})

        return self._run("Edit contribution", body)

    def delete_contribution(self, contribution_id: int) -> Change:
        """Delete a contribution; recommendations made from it stay, unlinked."""
        self.contribution(contribution_id)

        def body(rec: Recorder) -> None:
            for (rid,) in self._all(
                "SELECT recommendation FROM recommendation_sources WHERE contribution = ?",
                (contribution_id,),
            ):
                rec.delete(
                    "recommendation_sources",
                    (("recommendation", rid), ("contribution", contribution_id)),
                )
            rec.delete("contributions", (("id", contribution_id),))

        return self._run("Delete contribution", body)

    # -- recommendations and groups ----------------------------------------

    def recommendations(self, *, include_inactive: bool = True) -> list[Recommendation]:
        where = "" if include_inactive else "WHERE status = 'active'"
        return [
            from_row(Recommendation, r)
            for r in self._all(f"SELECT * FROM recommendations {where} ORDER BY position, id")
        ]

    def recommendation(self, rec_id: int) -> Recommendation:
        row = self._one("SELECT * FROM recommendations WHERE id = ?", (rec_id,))
        if row is None:
            raise BreakoutError(f"recommendation {rec_id} does not exist")
        return from_row(Recommendation, row)

    def recommendation_sources(self, rec_id: int) -> list[int]:
        return [
            r[0]
            for r in self._all(
                "SELECT contribution FROM recommendation_sources WHERE recommendation = ? "
                "ORDER BY contribution",
                (rec_id,),
            )
        ]

    def promote(self, contribution_id: int, *, text: str | None = None) -> Change:
        """Make a recommendation from a contribution (once per contribution)."""
        source = self.contribution(contribution_id)
        if self._scalar(
            "SELECT count(*) FROM recommendation_sources WHERE contribution = ?",
            (contribution_id,),
        ):
            raise BreakoutError("this contribution is already a recommendation")
        wording = _required(text if text is not None else source.text, "a recommendation")
        now = self.clock()

        def body(rec: Recorder) -> int:
            if source.kind != "proposal":
                rec.update("contributions", contribution_id, {"kind": "proposal"})
            rid = int(rec.insert("recommendations", self._new_rec(wording, source, now)))
            rec.insert(
                "recommendation_sources",
                {"recommendation": rid, "contribution": contribution_id},
                pk=("recommendation", "contribution"),
            )
            return rid

        return self._run("Make recommendation", body)

    def _new_rec(self, text: str, source: Contribution | None, now: float) -> dict[str, Any]:
        return {
            "position": self._scalar("SELECT count(*) FROM recommendations"),
            "text": text,
            "point": source.point if source else None,
            "participant": source.participant if source else None,
            "created_at": now,
        }

    def add_recommendation(
        self, text: str, *, point_id: int | None = None, cluster_id: int | None = None
    ) -> Change:
        wording = _required(text, "a recommendation")
        if point_id is not None:
            self.point(point_id)
        if cluster_id is not None:
            self.cluster(cluster_id)
        values = self._new_rec(wording, None, self.clock())
        values.update(point=point_id, cluster=cluster_id)
        return self._run(
            "Add recommendation", lambda rec: int(rec.insert("recommendations", values))
        )

    def edit_recommendation(self, rec_id: int, text: str) -> Change:
        self.recommendation(rec_id)
        wording = _required(text, "a recommendation")
        return self._run(
            "Edit recommendation",
            lambda rec: rec.update("recommendations", rec_id, {"text": wording}),
        )

    def set_cluster(self, rec_id: int, cluster_id: int | None) -> Change:
        """Move a recommendation into a group (or out of all groups with ``None``)."""
        self.recommendation(rec_id)
        if cluster_id is not None:
            self.cluster(cluster_id)

        def body(rec: Recorder) -> None:
            old = self.recommendation(rec_id).cluster
            rec.update("recommendations", rec_id, {"cluster": cluster_id})
            for touched in {old, cluster_id} - {None}:
                rec.update("clusters", touched, {"edited": 1})

        return self._run("Move recommendation", body)

    def withdraw_recommendation(self, rec_id: int, withdrawn: bool = True) -> Change:
        self.recommendation(rec_id)
        status = "withdrawn" if withdrawn else "active"
        return self._run(
            "Withdraw recommendation" if withdrawn else "Restore recommendation",
            lambda rec: rec.update(
                "recommendations", rec_id, {"status": status, "duplicate_of": None}
            ),
        )

    def merge_recommendations(self, keep_id: int, duplicate_ids: Sequence[int]) -> Change:
        """Mark duplicates as merged into ``keep_id``; their sources join it."""
        self.recommendation(keep_id)
        for rid in duplicate_ids:
            self.recommendation(rid)
            if rid == keep_id:
                raise BreakoutError("a recommendation cannot be merged into itself")

        def body(rec: Recorder) -> None:
            have = set(self.recommendation_sources(keep_id))
            for rid in duplicate_ids:
                rec.update("recommendations", rid, {"status": "merged", "duplicate_of": keep_id})
                for cid in self.recommendation_sources(rid):
                    if cid not in have:
                        rec.insert(
                            "recommendation_sources",
                            {"recommendation": keep_id, "contribution": cid},
                            pk=("recommendation", "contribution"),
                        )
                        have.add(cid)

        return self._run("Merge recommendations", body)

    def clusters(self) -> list[Cluster]:
        return [
            from_row(Cluster, r) for r in self._all("SELECT * FROM clusters ORDER BY position, id")
        ]

    def cluster(self, cluster_id: int) -> Cluster:
        row = self._one("SELECT * FROM clusters WHERE id = ?", (cluster_id,))
        if row is None:
            raise BreakoutError(f"group {cluster_id} does not exist")
        return from_row(Cluster, row)

    def add_cluster(
        self,
        label: str,
        *,
        wording: str = "",
        members: Sequence[int] = (),
        suggested: bool = False,
    ) -> Change:
        for rid in members:
            self.recommendation(rid)

        def body(rec: Recorder) -> int:
            cid = int(
                rec.insert(
                    "clusters",
                    {
                        "position": self._scalar("SELECT count(*) FROM clusters"),
                        "label": label.strip(),
                        "wording": wording.strip(),
                        "origin": "suggested" if suggested else "human",
                        "accepted": 0 if suggested else 1,
                    },
                )
            )
            for rid in members:
                rec.update("recommendations", rid, {"cluster": cid})
            return cid

        return self._run("Add group", body)

    def edit_cluster(
        self, cluster_id: int, *, label: str | None = None, wording: str | None = None
    ) -> Change:
        self.cluster(cluster_id)
        values: dict[str, Any] = {}
        if label is not None:
            values["label"] = label.strip()
        if wording is not None:
            values["wording"] = wording.strip()

        def body(rec: Recorder) -> None:
            if rec.update("clusters", cluster_id, values):
                rec.update("clusters", cluster_id, {"edited": 1, "accepted": 1})

        return self._run("Edit group", body)

    def accept_cluster(self, cluster_id: int) -> Change:
        self.cluster(cluster_id)
        return self._run(
            "Accept group", lambda rec: rec.update("clusters", cluster_id, {"accepted": 1})
        )

    def delete_cluster(self, cluster_id: int) -> Change:
        """Dissolve a group: its recommendations stay, ungrouped."""
        self.cluster(cluster_id)
        if self._scalar("SELECT count(*) FROM round_items WHERE cluster = ?", (cluster_id,)):
            raise BreakoutError("this group is on a ballot; remove it from the round first")

        def body(rec: Recorder) -> None:
            for (rid,) in self._all(
                "SELECT id FROM recommendations WHERE cluster = ?", (cluster_id,)
            ):
                rec.update("recommendations", rid, {"cluster": None})
            rec.delete("clusters", (("id", cluster_id),))
            self._renumber(rec, "clusters", "1 = 1", ())

        return self._run("Delete group", body)

    def move_cluster(self, cluster_id: int, index: int) -> Change:
        self.cluster(cluster_id)
        return self._run(
            "Move group",
            lambda rec: self._reposition(rec, "clusters", "1 = 1", (), cluster_id, index),
        )

    def merge_clusters(self, keep_id: int, other_ids: Sequence[int]) -> Change:
        """Move every recommendation of the other groups into ``keep_id``; the others go."""
        self.cluster(keep_id)
        for other in other_ids:
            self.cluster(other)
            if other == keep_id:
                raise BreakoutError("a group cannot be merged into itself")
            if self._scalar("SELECT count(*) FROM round_items WHERE cluster = ?", (other,)):
                raise BreakoutError("a group on a ballot cannot be merged away")

        def body(rec: Recorder) -> None:
            for other in other_ids:
                for (rid,) in self._all(
                    "SELECT id FROM recommendations WHERE cluster = ?", (other,)
                ):
                    rec.update("recommendations", rid, {"cluster": keep_id})
                rec.delete("clusters", (("id", other),))
            rec.update("clusters", keep_id, {"edited": 1, "accepted": 1})
            self._renumber(rec, "clusters", "1 = 1", ())

        return self._run("Merge groups", body)

    def split_cluster(self, cluster_id: int, rec_ids: Sequence[int], label: str = "") -> Change:
        """Move some recommendations of a group into a new group of their own."""
        source = self.cluster(cluster_id)
        members = {r.id for r in self.recommendations() if r.cluster == cluster_id}
        if not rec_ids or not set(rec_ids) <= members:
            raise BreakoutError("choose recommendations of this group to split off")
        if set(rec_ids) == members:
            raise BreakoutError("splitting off every recommendation leaves nothing behind")

        def body(rec: Recorder) -> int:
            new_id = int(
                rec.insert(
                    "clusters",
                    {
                        "position": source.position + 1,
                        "label": label.strip() or f"{source.label} (part)",
                        "origin": "human",
                        "accepted": 1,
                        "edited": 1,
                    },
                )
            )
            self._reposition(rec, "clusters", "1 = 1", (), new_id, source.position + 1)
            for rid in rec_ids:
                rec.update("recommendations", rid, {"cluster": new_id})
            rec.update("clusters", cluster_id, {"edited": 1})
            return new_id

        return self._run("Split group", body)

    def apply_suggestions(self, groups: Sequence[tuple[str, Sequence[int]]]) -> Change:
        """Replace the open suggestions with new ones, leaving people's work alone.

        ``groups`` are (label, recommendation ids). Earlier suggestions nobody
        accepted are dissolved first. A recommendation already in a group a
        person made, accepted or edited is never moved; a suggestion left with
        fewer than two free members is dropped.
        """

        def body(rec: Recorder) -> int:
            for cluster in self.clusters():
                if cluster.origin == "suggested" and not cluster.accepted and not cluster.edited:
                    for (rid,) in self._all(
                        "SELECT id FROM recommendations WHERE cluster = ?", (cluster.id,)
                    ):
                        rec.update("recommendations", rid, {"cluster": None})
                    rec.delete("clusters", (("id", cluster.id),))
            self._renumber(rec, "clusters", "1 = 1", ())
            free = {
                r.id for r in self.recommendations() if r.cluster is None and r.status == "active"
            }
            made = 0
            for label, members in groups:
                chosen = [rid for rid in members if rid in free]
                if len(chosen) < 2:
                    continue
                cid = int(
                    rec.insert(
                        "clusters",
                        {
                            "position": self._scalar("SELECT count(*) FROM clusters"),
                            "label": label.strip(),
                            "origin": "suggested",
                            "accepted": 0,
                        },
                    )
                )
                for rid in chosen:
                    rec.update("recommendations", rid, {"cluster": cid})
                    free.discard(rid)
                made += 1
            return made

        return self._run("Suggest groups", body)

    def accept_all_suggestions(self) -> Change:
        def body(rec: Recorder) -> None:
            for cluster in self.clusters():
                if not cluster.accepted:
                    rec.update("clusters", cluster.id, {"accepted": 1})

        return self._run("Accept all groups", body)

    # -- the embedding cache ----------------------------------------------------

    def cached_vectors(self, model: str, texts: Sequence[str]) -> dict[str, bytes]:
        """Stored vectors (float32 bytes) for those texts that have one."""
        keys = {_vector_key(model, text): text for text in texts}
        found: dict[str, bytes] = {}
        items = list(keys)
        for start in range(0, len(items), 500):
            chunk = items[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self._all(
                f"SELECT key, vector FROM embeddings WHERE key IN ({marks})", chunk
            ):
                found[keys[row["key"]]] = bytes(row["vector"])
        return found

    def store_vectors(self, model: str, vectors: Mapping[str, bytes]) -> None:
        """Remember vectors (a cache: not an undoable change, never shown)."""
        if self.store.readonly or not vectors:
            return
        with self.store.write() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO embeddings (key, model, vector) VALUES (?, ?, ?)",
                [(_vector_key(model, text), model, blob) for text, blob in vectors.items()],
            )

    # -- voting rounds ---------------------------------------------------------

    def rounds(self) -> list[Round]:
        return [from_row(Round, r) for r in self._all("SELECT * FROM rounds ORDER BY position, id")]

    def round(self, round_id: int) -> Round:
        row = self._one("SELECT * FROM rounds WHERE id = ?", (round_id,))
        if row is None:
            raise BreakoutError(f"voting round {round_id} does not exist")
        return from_row(Round, row)

    def round_items(self, round_id: int) -> list[RoundItem]:
        return [
            from_row(RoundItem, r)
            for r in self._all(
                "SELECT * FROM round_items WHERE round = ? ORDER BY position", (round_id,)
            )
        ]

    def create_round(
        self,
        *,
        method: str,
        items: Sequence[str | Mapping[str, Any]],
        title: str = "",
        settings: Mapping[str, Any] | None = None,
        secret: bool = True,
    ) -> Change:
        """A draft voting round. Items are labels, or dicts with ``label`` and
        optionally ``cluster`` / ``recommendation`` ids."""
        if method not in METHODS:
            raise BreakoutError(f"unknown voting method {method!r}; use {', '.join(METHODS)}")
        normalised = voting.normalise_settings(method, settings or {}, len(items))
        if len(items) < 2:
            raise BreakoutError("a ballot needs at least two items")
        rows = []
        for item in items:
            spec = {"label": item} if isinstance(item, str) else dict(item)
            label = _required(str(spec.get("label", "")), "a ballot item's label")
            if spec.get("cluster") is not None:
                self.cluster(int(spec["cluster"]))
            if spec.get("recommendation") is not None:
                self.recommendation(int(spec["recommendation"]))
            rows.append((label, spec.get("cluster"), spec.get("recommendation")))

        def body(rec: Recorder) -> int:
            rid = int(
                rec.insert(
                    "rounds",
                    {
                        "position": self._scalar("SELECT count(*) FROM rounds"),
                        "title": title.strip(),
                        "method": method,
                        "settings": json.dumps(normalised, sort_keys=True),
                        "secret": int(secret),
                    },
                )
            )
            for pos, (label, cluster, recommendation) in enumerate(rows):
                rec.insert(
                    "round_items",
                    {
                        "round": rid,
                        "position": pos,
                        "label": label,
                        "cluster": cluster,
                        "recommendation": recommendation,
                    },
                )
            return rid

        return self._run("Create voting round", body)

    def update_round(
        self,
        round_id: int,
        *,
        title: str | None = None,
        settings: Mapping[str, Any] | None = None,
        secret: bool | None = None,
    ) -> Change:
        rnd = self.round(round_id)
        if self._has_votes(round_id):
            raise BreakoutError("votes are already in; the round's settings can no longer change")
        if rnd.state != "draft":
            raise BreakoutError("the round is open; close it and start a new one to change it")
        values: dict[str, Any] = {}
        if title is not None:
            values["title"] = title.strip()
        if settings is not None:
            count = len(self.round_items(round_id))
            values["settings"] = json.dumps(
                voting.normalise_settings(rnd.method, settings, count), sort_keys=True
            )
        if secret is not None:
            values["secret"] = int(secret)
        return self._run("Edit voting round", lambda rec: rec.update("rounds", round_id, values))

    def open_round(self, round_id: int) -> Change:
        rnd = self.round(round_id)
        if rnd.state != "draft":
            raise BreakoutError(f"the round is already {rnd.state}")
        now = self.clock()
        return self._run(
            "Open voting",
            lambda rec: rec.update("rounds", round_id, {"state": "open", "opened_at": now}),
        )

    def close_round(self, round_id: int) -> Change:
        rnd = self.round(round_id)
        if rnd.state != "open":
            raise BreakoutError(f"the round is {rnd.state}, not open")
        now = self.clock()
        return self._run(
            "Close voting",
            lambda rec: rec.update("rounds", round_id, {"state": "closed", "closed_at": now}),
        )

    def _has_votes(self, round_id: int) -> bool:
        return bool(
            self._scalar("SELECT count(*) FROM ballots WHERE round = ?", (round_id,))
            or self._scalar("SELECT count(*) FROM hand_tallies WHERE round = ?", (round_id,))
        )

    def cast_ballot(self, round_id: int, participant_id: int, entries: Mapping[int, int]) -> None:
        """Store one person's ballot, whole or not at all.

        In a secret round the ballot row gets a random key and no participant;
        ``voters`` records only that this person has voted. A ballot is not an
        undoable change: it returns nothing to keep on an undo stack.
        """
        rnd = self.round(round_id)
        if rnd.state != "open":
            raise BreakoutError(
                "voting has not opened yet" if rnd.state == "draft" else "voting has closed"
            )
        person = self.participant(participant_id)
        if self._scalar(
            "SELECT count(*) FROM voters WHERE round = ? AND participant = ?",
            (round_id, participant_id),
        ):
            raise BreakoutError(f"{person.name} has already voted in this round")
        items = [i.id for i in self.round_items(round_id)]
        clean = voting.validate_ballot(rnd.method, json.loads(rnd.settings), items, entries)
        ballot_id = secrets.token_hex(16)
        with self.store.write() as conn:
            conn.execute(
                "INSERT INTO ballots (id, round, participant) VALUES (?, ?, ?)",
                (ballot_id, round_id, None if rnd.secret else participant_id),
            )
            conn.executemany(
                "INSERT INTO ballot_entries (ballot, item, value) VALUES (?, ?, ?)",
                [(ballot_id, item, value) for item, value in clean.items()],
            )
            conn.execute(
                "INSERT INTO voters (round, participant) VALUES (?, ?)", (round_id, participant_id)
            )
        self._notify(Change("Vote"))

    def ballots(self, round_id: int) -> list[tuple[int | None, dict[int, int]]]:
        """Every ballot as (participant or None when secret, {item: value}), in key order."""
        out: dict[str, tuple[int | None, dict[int, int]]] = {}
        for row in self._all(
            "SELECT b.id, b.participant, e.item, e.value FROM ballots b "
            "JOIN ballot_entries e ON e.ballot = b.id WHERE b.round = ? ORDER BY b.id, e.item",
            (round_id,),
        ):
            out.setdefault(row["id"], (row["participant"], {}))[1][row["item"]] = row["value"]
        return list(out.values())

    def voters(self, round_id: int) -> list[int]:
        return [
            r[0]
            for r in self._all(
                "SELECT participant FROM voters WHERE round = ? ORDER BY participant", (round_id,)
            )
        ]

    def record_hand_tally(
        self, round_id: int, counts: Mapping[int, int], *, level: int = 0
    ) -> Change:
        """Type in counts from a show of hands (replacing earlier counts at that level)."""
        rnd = self.round(round_id)
        if rnd.state == "closed":
            raise BreakoutError("voting has closed; counts can no longer change")
        if rnd.method == "ranking":
            raise BreakoutError(
                "a show of hands cannot express a ranking; vote this round at the kiosk, "
                "or run an approval round instead"
            )
        items = {i.id for i in self.round_items(round_id)}
        present = self._scalar("SELECT count(*) FROM participants WHERE checked_in_at NOT NULL")
        for item, count in counts.items():
            if item not in items:
                raise BreakoutError(f"item {item} is not on this ballot")
            if not isinstance(count, int) or count < 0:
                raise BreakoutError(f"a count must be a whole number of 0 or more, not {count!r}")
            if present and count > present:
                raise BreakoutError(
                    f"{count} hands is more than the {present} people present; count again"
                )

        def body(rec: Recorder) -> None:
            for item, count in counts.items():
                key = (("round", round_id), ("item", item), ("level", level))
                rec.delete("hand_tallies", key)
                rec.insert(
                    "hand_tallies",
                    {"round": round_id, "item": item, "level": level, "count": count},
                    pk=("round", "item", "level"),
                )

        return self._run("Record hand count", body)

    def hand_tallies(self, round_id: int) -> list[tuple[int, int, int]]:
        return [
            (r["item"], r["level"], r["count"])
            for r in self._all(
                "SELECT item, level, count FROM hand_tallies WHERE round = ? ORDER BY item, level",
                (round_id,),
            )
        ]


# -- helpers ------------------------------------------------------------------


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


def _participant_values(**fields: str) -> dict[str, Any]:
    values = {name: " ".join(str(value).split()) for name, value in fields.items()}
    if "name" in values and not values["name"]:
        raise BreakoutError("a participant's name cannot be empty")
    return values


def _vector_key(model: str, text: str) -> str:
    return hashlib.sha256(f"{model}\x00{text}".encode()).hexdigest()


_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY3479"  # no look-alikes (0/O, 1/I/L, 5/S, 8/B, 2/Z)


def _new_code(taken: set[str]) -> str:
    while True:
        code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(5))
        if code not in taken:
            return code
