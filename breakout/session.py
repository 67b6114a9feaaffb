"""An open session, the one API every client uses.

``Session`` is what the command line, the Qt front end, tests and
benchmarks open. It keeps the session's own facts; everything else is an
operation of one of its parts (``session.agenda``, ``.people``, ``.queue``,
``.capture``, ``.board``, ``.voting``). Each operation:

* checks its input and raises :class:`BreakoutError` (changing nothing) when
  it cannot be done;
* runs as one durable transaction, committed before it returns;
* returns a :class:`~breakout.changes.Change` that ``undo`` reverses and
  ``redo`` reapplies, with what it made in ``change.result`` (typed:
  ``Change[int]`` for a new id).

Times come from an injectable clock (``clock=``), so tests can drive the
run-of-show without sleeping.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from breakout.agenda import Agenda
from breakout.board import Board
from breakout.capture import Capture
from breakout.changes import Change, Recorder
from breakout.errors import BreakoutError
from breakout.inbox import Inbox
from breakout.outcome import Outcome
from breakout.people import People
from breakout.queue import Queue
from breakout.rounds import Voting
from breakout.session_core import Clock, SessionCore, _minutes
from breakout.store import Store
from breakout.when import check_start, check_time_zone

if TYPE_CHECKING:  # read and checked by the caller; only their shape is used here
    from breakout.briefing import Briefing
    from breakout.roster import RosterEntry

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
    "key_messages",
    "next_steps",
    "addressees",
    "starts_at",
    "time_zone",
)


class Session(SessionCore):
    """An open session file: its facts, and its parts, each on the shared core.

    ``session.agenda`` (:class:`~breakout.agenda.Agenda`) holds the points and
    the clock, ``session.people`` (:class:`~breakout.people.People`) the
    participants, ``session.queue`` (:class:`~breakout.queue.Queue`) the
    speaking turns, ``session.capture`` (:class:`~breakout.capture.Capture`)
    the contributions, ``session.board`` (:class:`~breakout.board.Board`) the
    recommendations and their groups, ``session.voting``
    (:class:`~breakout.rounds.Voting`) the rounds and ballots, and
    ``session.outcome`` (:class:`~breakout.outcome.Outcome`) the rapporteur's texts,
    ``session.inbox`` (:class:`~breakout.inbox.Inbox`) what phones sent.
    """

    def __init__(self, store: Store, *, clock: Clock = time.time) -> None:
        super().__init__(store, clock=clock)
        self.people = People(self)
        self.queue = Queue(self, self.people)
        self.agenda = Agenda(self, self.queue)
        self.board = Board(self)
        self.capture = Capture(self, self.people, self.board)
        self.voting = Voting(self)
        self.outcome = Outcome(self)
        self.inbox = Inbox(self, self.capture)

    # -- undo and redo: a voting round's state never goes back once a vote is in --

    def undo(self, change: Change[Any]) -> Change[None]:
        self.voting._refuse_going_back(change.inverse())
        return super().undo(change)

    def apply(self, change: Change[Any]) -> Change[None]:
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
        briefing: Briefing | None = None,
        roster: Sequence[RosterEntry] | None = None,
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
                session.people.import_roster(roster)

        return cls.create(path, clock=clock, fill=fill)

    # -- session facts -------------------------------------------------------

    def update_session(self, **values: Any) -> Change[bool]:
        unknown = set(values) - set(_SESSION_FIELDS)
        if unknown:
            raise BreakoutError(f"unknown session field(s): {', '.join(sorted(unknown))}")
        if "default_minutes" in values:
            values["default_minutes"] = _minutes(values["default_minutes"])
        if "chatham_house" in values:
            values["chatham_house"] = int(bool(values["chatham_house"]))
        if "starts_at" in values:
            values["starts_at"] = check_start(values["starts_at"])
        if "time_zone" in values:
            values["time_zone"] = check_time_zone(str(values["time_zone"]))
        for name in set(values) - {"default_minutes", "chatham_house", "starts_at"}:
            values[name] = str(values[name]).strip()
        return self._run("Edit session", lambda rec: rec.update("session", 1, values))

    def import_briefing(self, briefing: Briefing) -> Change[int]:
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
