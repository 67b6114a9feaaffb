"""The agenda and the run-of-show clock: ``session.agenda``.

Points in order, each with a time-box; which point is current and whether its
clock runs. Moving to another point never loses anyone: the point left is
closed and the people still waiting there carry over to the new point's queue.
"""

from __future__ import annotations

from typing import Any

from breakout.changes import Change, Recorder
from breakout.errors import BreakoutError
from breakout.model import Point, PointMove, from_row
from breakout.queue import Queue
from breakout.session_core import SessionCore, _minutes, _required


class Agenda:
    """``session.agenda``: the points and the clock, on the shared core."""

    def __init__(self, core: SessionCore, queue: Queue) -> None:
        self._core = core
        self._queue = queue

    def points(self) -> list[Point]:
        return [
            from_row(Point, r) for r in self._core._all("SELECT * FROM points ORDER BY position")
        ]

    def add_point(
        self, text: str, *, minutes: int | None = None, notes: str = "", index: int | None = None
    ) -> Change[int]:
        text = _required(text, "a point's text")
        mins = _minutes(minutes if minutes is not None else self._core.info().default_minutes)

        def body(rec: Recorder) -> int:
            count = self._core._scalar("SELECT count(*) FROM points")
            new_id = rec.insert(
                "points",
                {"position": count, "text": text, "notes": notes.strip(), "minutes": mins},
            )
            if index is not None:
                self._core._reposition(rec, "points", new_id, index)
            return int(new_id)

        return self._core._run("Add point", body)

    def edit_point(
        self,
        point_id: int,
        *,
        text: str | None = None,
        minutes: int | None = None,
        notes: str | None = None,
    ) -> Change[bool]:
        self._core.point(point_id)
        values: dict[str, Any] = {}
        if text is not None:
            values["text"] = _required(text, "a point's text")
        if minutes is not None:
            values["minutes"] = _minutes(minutes)
        if notes is not None:
            values["notes"] = notes.strip()
        return self._core._run("Edit point", lambda rec: rec.update("points", point_id, values))

    def move_point(self, point_id: int, index: int) -> Change[None]:
        self._core.point(point_id)
        return self._core._run(
            "Move point",
            lambda rec: self._core._reposition(rec, "points", point_id, index),
        )

    def delete_point(self, point_id: int) -> Change[None]:
        """Delete a point and its clock and queue; refused while it holds contributions."""
        self._core.point(point_id)
        used = self._core._scalar("SELECT count(*) FROM contributions WHERE point = ?", (point_id,))
        if used:
            raise BreakoutError(
                f"point {point_id} has {used} contribution(s); delete or move them first"
            )

        def body(rec: Recorder) -> None:
            if self._core.info().current_point == point_id:
                rec.update("session", 1, {"current_point": None})
            for table in ("point_runs", "turns"):
                for (ident,) in self._core._all(
                    f"SELECT id FROM {table} WHERE point = ?", (point_id,)
                ):
                    rec.delete(table, (("id", ident),))
            for (ident,) in self._core._all(
                "SELECT id FROM recommendations WHERE point = ?", (point_id,)
            ):
                rec.update("recommendations", ident, {"point": None})
            rec.delete("points", (("id", point_id),))
            self._core._renumber(rec, "points")

        return self._core._run("Delete point", body)

    # -- the run-of-show clock ----------------------------------------------

    def start_point(self, point_id: int) -> Change[PointMove]:
        """Make a point current and run its clock (F6, or a jump from the agenda).

        Starting the current point resumes its clock where it stopped. Moving
        to another point is :meth:`_enter_point`: the point left is closed and
        its waiting speakers carry over. ``result`` is a :class:`PointMove`.
        """
        self._core.point(point_id)
        now = self._core.clock()
        return self._core._run("Start point", lambda rec: self._enter_point(rec, point_id, now))

    def pause_point(self) -> Change[None]:
        """Stop the running clock, if any; the point stays current."""
        now = self._core.clock()

        def body(rec: Recorder) -> None:
            running = self._core._one("SELECT * FROM point_runs WHERE ended_at IS NULL")
            if running is not None:
                rec.update("point_runs", running["id"], {"ended_at": now})

        return self._core._run("Pause point", body)

    def end_point(self, point_id: int) -> Change[None]:
        """Stop a point's clock and mark it done; its active speaker's turn ends."""
        self._core.point(point_id)
        now = self._core.clock()

        return self._core._run("End point", lambda rec: self._end_point_rows(rec, point_id, now))

    def next_point(self) -> Change[PointMove]:
        """Close the current point and start the next one in agenda order."""
        return self._step_point(+1, "Next point")

    def previous_point(self) -> Change[PointMove]:
        """Close the current point and go back to the one before it."""
        return self._step_point(-1, "Previous point")

    def start_or_pause(self) -> Change[PointMove | None]:
        """F6: pause the current point if its clock runs, else start it.

        With no current point, the first point on the agenda is started; a
        point started again resumes its clock where it stopped. ``result`` is
        the :class:`PointMove` of a start, None for a pause.
        """
        current = self._core.info().current_point
        if current is not None and self.running_point() == current:
            return self.pause_point()
        if current is None:
            first = self._core._scalar("SELECT id FROM points ORDER BY position LIMIT 1")
            if first is None:
                raise BreakoutError("the agenda is empty; add a point first")
            current = int(first)
        return self.start_point(current)

    def _step_point(self, step: int, label: str) -> Change[PointMove]:
        ids = [p.id for p in self.points()]
        if not ids:
            raise BreakoutError("the agenda is empty; add a point first")
        current = self._core.info().current_point
        if current is None:
            target = ids[0]
        else:
            index = ids.index(current) + step
            if index >= len(ids):
                raise BreakoutError("this is the last point; end it to finish the session")
            if index < 0:
                raise BreakoutError("this is the first point")
            target = ids[index]
        now = self._core.clock()
        return self._core._run(label, lambda rec: self._enter_point(rec, target, now))

    def _enter_point(self, rec: Recorder, point_id: int, now: float) -> PointMove:
        """Make ``point_id`` current with its clock running.

        Leaving another point is never silent: that point is closed (its clock
        stops and it is marked done, its speaker's turn ends) and the people
        still waiting to speak there move, in order, to the end of this
        point's queue — unless they are already waiting here.
        """
        current = self._core.info().current_point
        running = self._core._one("SELECT * FROM point_runs WHERE ended_at IS NULL")
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
        waiting_here = {t.participant for t in self._queue.waiting(target)}
        position = self._core._scalar(
            "SELECT coalesce(max(position) + 1, 0) FROM turns WHERE point = ?", (target,)
        )
        carried = 0
        for turn in self._queue.waiting(source):
            if turn.participant in waiting_here:
                rec.update("turns", turn.id, {"withdrawn_at": now})
                continue
            rec.update("turns", turn.id, {"point": target, "position": position})
            position += 1
            carried += 1
        return carried

    def _end_point_rows(self, rec: Recorder, point_id: int, now: float) -> None:
        for run in self._core._all(
            "SELECT id FROM point_runs WHERE point = ? AND ended_at IS NULL", (point_id,)
        ):
            rec.update("point_runs", run["id"], {"ended_at": now})
        for turn in self._core._all(
            "SELECT id FROM turns WHERE point = ? AND started_at IS NOT NULL "
            "AND ended_at IS NULL AND withdrawn_at IS NULL",
            (point_id,),
        ):
            rec.update("turns", turn["id"], {"ended_at": now})
        rec.update("points", point_id, {"ended_at": now})

    def point_runs(self, point_id: int) -> list[tuple[float, float | None]]:
        return [
            (r["started_at"], r["ended_at"])
            for r in self._core._all(
                "SELECT started_at, ended_at FROM point_runs WHERE point = ? ORDER BY started_at",
                (point_id,),
            )
        ]

    def all_runs(self) -> list[tuple[float, float | None]]:
        """Every stretch of running clock in the session, for the session clock."""
        return [
            (r["started_at"], r["ended_at"])
            for r in self._core._all(
                "SELECT started_at, ended_at FROM point_runs ORDER BY started_at"
            )
        ]

    def running_point(self) -> int | None:
        point: int | None = self._core._scalar(
            "SELECT point FROM point_runs WHERE ended_at IS NULL"
        )
        return point
