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

import os
import secrets
import time
from collections.abc import Callable, Sequence
from typing import Any

from breakout import names
from breakout.board import Board
from breakout.changes import Change, Recorder
from breakout.errors import BreakoutError
from breakout.model import (
    Contribution,
    Participant,
    Point,
    PointMove,
    Turn,
    from_row,
)
from breakout.rounds import Voting
from breakout.session_core import KEEP, Clock, SessionCore, _check_kind, _minutes, _required
from breakout.store import Store

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


class Session(SessionCore):
    """An open session file and every operation on it.

    This module holds the session's facts, the agenda, the run-of-show clock,
    participants, the speaking queue and contributions; the board's operations
    come from ``session.board`` (:class:`~breakout.board.Board`) and voting
    from ``session.voting`` (:class:`~breakout.rounds.Voting`).
    """

    def __init__(self, store: Store, *, clock: Clock = time.time) -> None:
        super().__init__(store, clock=clock)
        self.board = Board(self)
        self.voting = Voting(self)

    # -- undo and redo: a voting round's state never goes back once a vote is in --

    def undo(self, change: Change) -> Change:
        self.voting._refuse_going_back(change.inverse())
        return super().undo(change)

    def apply(self, change: Change) -> Change:
        self.voting._refuse_going_back(change)
        return super().apply(change)

    # -- opening -----------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        *,
        clock: Clock = time.time,
        title: str = "",
        fill: Callable[[Session], object] | None = None,
    ) -> Session:
        """Create a new session file and return it open.

        ``fill`` adds what the session starts with (a briefing, a roster, an
        imported document); the file appears under its name only once it holds
        all of it, so an interrupted ``new`` leaves nothing half made.
        """

        def build(store: Store) -> None:
            with store.write() as conn:
                conn.execute(
                    "INSERT INTO session (id, title, created_at) VALUES (1, ?, ?)",
                    (title, clock()),
                )
            if fill is not None:
                fill(cls(store, clock=clock))

        return cls(Store.create(path, fill=build), clock=clock)

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, clock: Clock = time.time, readonly: bool = False
    ) -> Session:
        return cls(Store.open(path, readonly=readonly), clock=clock)

    @classmethod
    def new(
        cls,
        path: str | os.PathLike[str],
        *,
        briefing: Any = None,
        roster: Sequence[Any] | None = None,
        clock: Clock = time.time,
    ) -> Session:
        """A new session made from a briefing note and a roster (either may be left out).

        The one way a session is made from its inputs, for ``breakout new`` and
        the app's New from Briefing alike: the file is built whole beside
        ``path`` and takes its name only once it holds everything, so a failure
        leaves neither a file nor its lock behind. ``briefing`` is a
        :class:`breakout.briefing.Briefing`, ``roster`` a list of
        :class:`breakout.roster.RosterEntry`, both read and checked beforehand.
        """

        def fill(session: Session) -> None:
            if briefing is not None:
                session.import_briefing(briefing)
            if roster is not None:
                session.import_roster(roster)

        return cls.create(path, clock=clock, fill=fill)

    # -- session facts -------------------------------------------------------

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

    # -- the run-of-show clock ----------------------------------------------

    def start_point(self, point_id: int) -> Change:
        """Make a point current and run its clock (F6, or a jump from the agenda).

        Starting the current point resumes its clock where it stopped. Moving
        to another point is :meth:`_enter_point`: the point left is closed and
        its waiting speakers carry over. ``result`` is a :class:`PointMove`.
        """
        self.point(point_id)
        now = self.clock()
        return self._run("Start point", lambda rec: self._enter_point(rec, point_id, now))

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
        """Close the current point and start the next one in agenda order."""
        return self._step_point(+1, "Next point")

    def previous_point(self) -> Change:
        """Close the current point and go back to the one before it."""
        return self._step_point(-1, "Previous point")

    def start_or_pause(self) -> Change:
        """F6: pause the current point if its clock runs, else start it.

        With no current point, the first point on the agenda is started; a
        point started again resumes its clock where it stopped.
        """
        current = self.info().current_point
        if current is not None and self.running_point() == current:
            return self.pause_point()
        if current is None:
            first = self._scalar("SELECT id FROM points ORDER BY position LIMIT 1")
            if first is None:
                raise BreakoutError("the agenda is empty; add a point first")
            current = int(first)
        return self.start_point(current)

    def _step_point(self, step: int, label: str) -> Change:
        ids = [p.id for p in self.points()]
        if not ids:
            raise BreakoutError("the agenda is empty; add a point first")
        current = self.info().current_point
        if current is None:
            target = ids[0]
        else:
            index = ids.index(current) + step
            if index >= len(ids):
                raise BreakoutError("this is the last point; end it to finish the session")
            if index < 0:
                raise BreakoutError("this is the first point")
            target = ids[index]
        now = self.clock()
        return self._run(label, lambda rec: self._enter_point(rec, target, now))

    def _enter_point(self, rec: Recorder, point_id: int, now: float) -> PointMove:
        """Make ``point_id`` current with its clock running.

        Leaving another point is never silent: that point is closed (its clock
        stops and it is marked done, its speaker's turn ends) and the people
        still waiting to speak there move, in order, to the end of this
        point's queue — unless they are already waiting here.
        """
        current = self.info().current_point
        running = self._one("SELECT * FROM point_runs WHERE ended_at IS NULL")
        if running is not None and running["point"] == point_id:
            return PointMove(left=None, entered=point_id, carried=0, resumed=False)
        if running is not None:
            rec.update("point_runs", running["id"], {"ended_at": now})
        left = current if current is not None and current != point_id else None
        carried = 0
        if left is not None:
            self._end_point_rows(rec, left, now)
            carried = self._carry_queue(rec, left, point_id, now)
        resumed = bool(self.point_runs(point_id))
        rec.update("points", point_id, {"ended_at": None})
        rec.insert("point_runs", {"point": point_id, "started_at": now})
        rec.update("session", 1, {"current_point": point_id})
        return PointMove(left=left, entered=point_id, carried=carried, resumed=resumed)

    def _carry_queue(self, rec: Recorder, source: int, target: int, now: float) -> int:
        waiting_here = {t.participant for t in self.queue(target)}
        position = self._scalar(
            "SELECT coalesce(max(position) + 1, 0) FROM turns WHERE point = ?", (target,)
        )
        carried = 0
        for turn in self.queue(source):
            if turn.participant in waiting_here:
                rec.update("turns", turn.id, {"withdrawn_at": now})
                continue
            rec.update("turns", turn.id, {"point": target, "position": position})
            position += 1
            carried += 1
        return carried

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
        point: int | None = self._scalar("SELECT point FROM point_runs WHERE ended_at IS NULL")
        return point

    # -- participants ---------------------------------------------------------

    def participants(self) -> list[Participant]:
        return [
            from_row(Participant, r)
            for r in self._all("SELECT * FROM participants ORDER BY name COLLATE NOCASE, id")
        ]

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

    def person_named(self, name: str) -> Participant | None:
        """The one person a typed name means, or None for a walk-in (:mod:`breakout.names`).

        Refused with a sentence when the name is empty or could mean several people.
        """
        return names.who_is(self.participants(), name)

    def arrive(self, name: str) -> Change:
        """A late arrival: check in the person of exactly this name, or add them checked in.

        Someone already checked in changes nothing. ``result`` is their id.
        """
        typed = names.tidy(name)
        if not typed:
            raise BreakoutError("type the name of the person arriving")
        person = names.exactly(self.participants(), typed)
        now = self.clock()

        def body(rec: Recorder) -> int:
            if person is None:
                return self._walk_in(rec, typed, now)
            if person.checked_in_at is None:
                rec.update("participants", person.id, {"checked_in_at": now})
            return person.id

        return self._run("Check in" if person is not None else "Add participant", body)

    def _walk_in(self, rec: Recorder, name: str, checked_in_at: float | None = None) -> int:
        """Add someone named on the spot; taking part is what makes them present."""
        values: dict[str, Any] = _participant_values(name=name)
        self._refuse_duplicate_name(values["name"])
        values["may_be_named"] = 0
        values["checked_in_at"] = checked_in_at
        return int(rec.insert("participants", values))

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

    def queue_by_name(self, name: str, point_id: int | None = None) -> Change:
        """Put the person a typed name means at the end of the queue, adding a walk-in first.

        One operation: undoing it takes the turn and the walk-in away together.
        Refused, changing nothing, when the name is ambiguous or the person is
        already waiting. ``result`` is the new turn's id.
        """
        point_id = self._point_or_current(point_id)
        typed = names.tidy(name)
        person = self.person_named(typed)
        if person is not None and any(t.participant == person.id for t in self.queue(point_id)):
            raise BreakoutError(f"{person.name} is already in the queue")
        now = self.clock()

        def body(rec: Recorder) -> int:
            who = person.id if person is not None else self._walk_in(rec, typed)
            position = self._scalar(
                "SELECT coalesce(max(position) + 1, 0) FROM turns WHERE point = ?", (point_id,)
            )
            turn = {"point": point_id, "participant": who, "position": position}
            return int(rec.insert("turns", {**turn, "requested_at": now}))

        return self._run(f"Add {typed} to the queue", body)

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
        now = self.clock()
        values = {
            "point": point_id,
            "participant": participant_id,
            "kind": kind,
            "text": text,
            "private": int(private),
            "created_at": now,
        }

        def body(rec: Recorder) -> int:
            ident = int(rec.insert("contributions", values))
            if kind == "proposal":  # every proposal is a candidate on the board
                self.board._add_candidate(rec, self.contribution(ident), now)
            return ident

        return self._run("Add contribution", body)

    def capture(
        self,
        text: str,
        *,
        speaker: str | None = None,
        kind: str = "comment",
        private: bool = False,
        point_id: int | None = None,
    ) -> Change:
        """A contribution by the person a typed name means, adding a walk-in first.

        ``speaker`` empty or None leaves it unattributed. One operation: undoing
        it takes the contribution (with its candidate) and the walk-in away
        together; a refusal changes nothing. ``result`` is the contribution's id.
        """
        point_id = self._point_or_current(point_id)
        text = _required(text, "a contribution")
        _check_kind(kind)
        typed = names.tidy(speaker or "")
        person = self.person_named(typed) if typed else None
        now = self.clock()

        def body(rec: Recorder) -> int:
            who = person.id if person is not None else None
            if typed and who is None:
                who = self._walk_in(rec, typed)
            values = {"point": point_id, "participant": who, "kind": kind, "text": text}
            ident = int(
                rec.insert("contributions", {**values, "private": int(private), "created_at": now})
            )
            if kind == "proposal":  # every proposal is a candidate on the board
                self.board._add_candidate(rec, self.contribution(ident), now)
            return ident

        return self._run("Add contribution", body)

    def edit_contribution(
        self,
        contribution_id: int,
        *,
        text: str | None = None,
        kind: str | None = None,
        participant_id: int | None = KEEP,
        private: bool | None = None,
    ) -> Change:
        before = self.contribution(contribution_id)
        values: dict[str, Any] = {}
        if text is not None:
            values["text"] = _required(text, "a contribution")
        if kind is not None:
            _check_kind(kind)
            values["kind"] = kind
        if participant_id is not KEEP:
            if participant_id is not None:
                self.participant(participant_id)
            values["participant"] = participant_id
        if private is not None:
            values["private"] = int(private)

        def body(rec: Recorder) -> None:
            if rec.update("contributions", contribution_id, values):
                rec.update("contributions", contribution_id, {"updated_at": self.clock()})
                self.board._follow_proposal(rec, before, values)

        return self._run("Edit contribution", body)

    def delete_contribution(self, contribution_id: int) -> Change:
        """Delete a contribution with its untouched candidate.

        A candidate someone worked on (grouped, merged, reworded, on a ballot)
        stays on the board, unlinked from the deleted contribution.
        """
        source = self.contribution(contribution_id)

        def body(rec: Recorder) -> None:
            untouched = [
                rid
                for rid in self.board.candidates_of(contribution_id)
                if not self.board._board_use(rid, source)
            ]
            for rid in untouched:
                rec.delete(
                    "recommendation_sources",
                    (("recommendation", rid), ("contribution", contribution_id)),
                )
                rec.delete("recommendations", (("id", rid),))
            if untouched:
                self._renumber(rec, "recommendations", "1 = 1", ())
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


# -- helpers ------------------------------------------------------------------


def _participant_values(**fields: str) -> dict[str, Any]:
    values = {name: " ".join(str(value).split()) for name, value in fields.items()}
    if "name" in values and not values["name"]:
        raise BreakoutError("a participant's name cannot be empty")
    return values


_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY3479"  # no look-alikes (0/O, 1/I/L, 5/S, 8/B, 2/Z)


def _new_code(taken: set[str]) -> str:
    while True:
        code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(5))
        if code not in taken:
            return code
