"""Capture of what was said: ``session.capture``.

Each contribution belongs to a point, is a comment, question or proposal, and
names its speaker or nobody. Every proposal is at once a candidate on the board
(:mod:`breakout.board`); deleting a contribution takes its untouched candidate
with it and leaves one people have worked on.
"""

from __future__ import annotations

from typing import Any

from breakout import names
from breakout.board import Board
from breakout.changes import Change, Recorder
from breakout.model import Contribution, from_row
from breakout.people import People
from breakout.session_core import KEEP, SessionCore, _check_kind, _required


class Capture:
    """``session.capture``: contributions, on the shared core."""

    def __init__(self, core: SessionCore, people: People, board: Board) -> None:
        self._core = core
        self._people = people
        self._board = board

    def contributions(self, point_id: int | None = None) -> list[Contribution]:
        if point_id is None:
            rows = self._core._all("SELECT * FROM contributions ORDER BY created_at, id")
        else:
            rows = self._core._all(
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
    ) -> Change[int]:
        point_id = self._core._point_or_current(point_id)
        text = _required(text, "a contribution")
        _check_kind(kind)
        if participant_id is not None:
            self._core.participant(participant_id)
        now = self._core.clock()
        values = {"point": point_id, "participant": participant_id, "kind": kind, "text": text}
        return self._core._run(
            "Add contribution", lambda rec: self._insert(rec, values, private, now)
        )

    def add_by_name(
        self,
        text: str,
        *,
        speaker: str | None = None,
        kind: str = "comment",
        private: bool = False,
        point_id: int | None = None,
    ) -> Change[int]:
        """A contribution by the person a typed name means, adding a walk-in first.

        ``speaker`` empty or None leaves it unattributed. One operation: undoing
        it takes the contribution (with its candidate) and the walk-in away
        together; a refusal changes nothing. ``result`` is the contribution's id.
        """
        point_id = self._core._point_or_current(point_id)
        text = _required(text, "a contribution")
        _check_kind(kind)
        typed = names.tidy(speaker or "")
        person = self._people.person_named(typed) if typed else None
        now = self._core.clock()

        def body(rec: Recorder) -> int:
            who = person.id if person is not None else None
            if typed and who is None:
                who = self._people._walk_in(rec, typed)
            values = {"point": point_id, "participant": who, "kind": kind, "text": text}
            return self._insert(rec, values, private, now)

        return self._core._run("Add contribution", body)

    def _insert(self, rec: Recorder, values: dict[str, Any], private: bool, now: float) -> int:
        """Write one checked contribution; a proposal becomes a candidate on the board."""
        ident = int(
            rec.insert("contributions", {**values, "private": int(private), "created_at": now})
        )
        if values["kind"] == "proposal":  # every proposal is a candidate on the board
            self._board._add_candidate(rec, self._core.contribution(ident), now)
        return ident

    def edit_contribution(
        self,
        contribution_id: int,
        *,
        text: str | None = None,
        kind: str | None = None,
        participant_id: int | None = KEEP,
        private: bool | None = None,
    ) -> Change[None]:
        before = self._core.contribution(contribution_id)
        values: dict[str, Any] = {}
        if text is not None:
            values["text"] = _required(text, "a contribution")
        if kind is not None:
            _check_kind(kind)
            values["kind"] = kind
        if participant_id is not KEEP:
            if participant_id is not None:
                self._core.participant(participant_id)
            values["participant"] = participant_id
        if private is not None:
            values["private"] = int(private)

        def body(rec: Recorder) -> None:
            if rec.update("contributions", contribution_id, values):
                rec.update("contributions", contribution_id, {"updated_at": self._core.clock()})
                self._board._follow_proposal(rec, before, values)

        return self._core._run("Edit contribution", body)

    def delete_contribution(self, contribution_id: int) -> Change[None]:
        """Delete a contribution with its untouched candidate.

        A candidate someone worked on (grouped, merged, reworded, on a ballot)
        stays on the board, unlinked from the deleted contribution.
        """
        source = self._core.contribution(contribution_id)

        def body(rec: Recorder) -> None:
            untouched = [
                rid
                for rid in self._board.candidates_of(contribution_id)
                if not self._board._board_use(rid, source)
            ]
            for rid in untouched:
                rec.delete(
                    "recommendation_sources",
                    (("recommendation", rid), ("contribution", contribution_id)),
                )
                rec.delete("recommendations", (("id", rid),))
            if untouched:
                self._core._renumber(rec, "recommendations")
            for (rid,) in self._core._all(
                "SELECT recommendation FROM recommendation_sources WHERE contribution = ?",
                (contribution_id,),
            ):
                rec.delete(
                    "recommendation_sources",
                    (("recommendation", rid), ("contribution", contribution_id)),
                )
            rec.delete("contributions", (("id", contribution_id),))

        return self._core._run("Delete contribution", body)
