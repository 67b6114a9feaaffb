"""The speaking queue: ``session.queue``.

Who asked for the floor at which point, in what order, who has it now, and how
long each spoke (the turns feed the speaking-time balance).
"""

from __future__ import annotations

from breakout import names
from breakout.changes import Change, Recorder
from breakout.errors import BreakoutError
from breakout.model import Turn, from_row
from breakout.people import People
from breakout.session_core import SessionCore


class Queue:
    """``session.queue``: turns to speak, on the shared core."""

    def __init__(self, core: SessionCore, people: People) -> None:
        self._core = core
        self._people = people

    def turns(self, point_id: int) -> list[Turn]:
        return [
            from_row(Turn, r)
            for r in self._core._all(
                "SELECT * FROM turns WHERE point = ? ORDER BY position, id", (point_id,)
            )
        ]

    def waiting(self, point_id: int) -> list[Turn]:
        """Waiting turns at a point, in the order they will be called."""
        return [t for t in self.turns(point_id) if t.state == "waiting"]

    def active_turn(self, point_id: int) -> Turn | None:
        return next((t for t in self.turns(point_id) if t.state == "active"), None)

    def _turn(self, turn_id: int) -> Turn:
        row = self._core._one("SELECT * FROM turns WHERE id = ?", (turn_id,))
        if row is None:
            raise BreakoutError(f"turn {turn_id} does not exist")
        return from_row(Turn, row)

    def request_turn(self, participant_id: int, point_id: int | None = None) -> Change[int]:
        """Put a person in the queue (at the end). Refused if already waiting."""
        point_id = self._core._point_or_current(point_id)
        person = self._core.participant(participant_id)
        if any(t.participant == participant_id for t in self.waiting(point_id)):
            raise BreakoutError(f"{person.name} is already in the queue")
        now = self._core.clock()

        def body(rec: Recorder) -> int:
            position = self._core._scalar(
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

        return self._core._run("Add to queue", body)

    def request_by_name(self, name: str, point_id: int | None = None) -> Change[int]:
        """Put the person a typed name means at the end of the queue, adding a walk-in first.

        One operation: undoing it takes the turn and the walk-in away together.
        Refused, changing nothing, when the name is ambiguous or the person is
        already waiting. ``result`` is the new turn's id.
        """
        point_id = self._core._point_or_current(point_id)
        typed = names.tidy(name)
        person = self._people.person_named(typed)
        if person is not None and any(t.participant == person.id for t in self.waiting(point_id)):
            raise BreakoutError(f"{person.name} is already in the queue")
        now = self._core.clock()

        def body(rec: Recorder) -> int:
            who = person.id if person is not None else self._people._walk_in(rec, typed)
            position = self._core._scalar(
                "SELECT coalesce(max(position) + 1, 0) FROM turns WHERE point = ?", (point_id,)
            )
            turn = {"point": point_id, "participant": who, "position": position}
            return int(rec.insert("turns", {**turn, "requested_at": now}))

        return self._core._run(f"Add {typed} to the queue", body)

    def start_turn(self, turn_id: int) -> Change[int]:
        """Give the floor to a waiting speaker, ending the current speaker's turn."""
        turn = self._turn(turn_id)
        if turn.state != "waiting":
            raise BreakoutError(f"turn {turn_id} is {turn.state}, not waiting")
        now = self._core.clock()

        def body(rec: Recorder) -> int:
            active = self.active_turn(turn.point)
            if active is not None:
                rec.update("turns", active.id, {"ended_at": now})
            rec.update("turns", turn_id, {"started_at": now})
            return turn_id

        return self._core._run("Give the floor", body)

    def end_turn(self, turn_id: int) -> Change[None]:
        turn = self._turn(turn_id)
        if turn.state != "active":
            raise BreakoutError(f"turn {turn_id} is {turn.state}, not speaking")
        now = self._core.clock()

        def body(rec: Recorder) -> None:
            rec.update("turns", turn_id, {"ended_at": now})

        return self._core._run("End turn", body)

    def withdraw_turn(self, turn_id: int) -> Change[bool]:
        turn = self._turn(turn_id)
        if turn.state != "waiting":
            raise BreakoutError(f"turn {turn_id} is {turn.state}; only a waiting turn is withdrawn")
        now = self._core.clock()
        return self._core._run(
            "Withdraw from queue",
            lambda rec: rec.update("turns", turn_id, {"withdrawn_at": now}),
        )

    def move_turn(self, turn_id: int, index: int) -> Change[None]:
        """Move a waiting turn to ``index`` among the waiting turns."""
        turn = self._turn(turn_id)
        if turn.state != "waiting":
            raise BreakoutError(f"turn {turn_id} is {turn.state}; only waiting turns move")

        def body(rec: Recorder) -> None:
            waiting = [t.id for t in self.waiting(turn.point)]
            slots = sorted(t.position for t in self.waiting(turn.point))
            waiting.remove(turn_id)
            waiting.insert(max(0, min(index, len(waiting))), turn_id)
            for slot, ident in zip(slots, waiting, strict=True):
                rec.update("turns", ident, {"position": slot})

        return self._core._run("Move in queue", body)

    def call_next(self, point_id: int | None = None) -> Change[int | None]:
        """End the current speaker's turn and give the floor to the next in the queue.

        ``result`` is the turn now speaking, or None when nobody was waiting and
        the floor was only closed.
        """
        point_id = self._core._point_or_current(point_id)
        waiting = self.waiting(point_id)
        if not waiting:
            active = self.active_turn(point_id)
            if active is None:
                raise BreakoutError("nobody is waiting to speak")
            return self.end_turn(active.id)
        return self.start_turn(waiting[0].id)
