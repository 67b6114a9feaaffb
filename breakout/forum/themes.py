"""A forum's themes: recommendations that recur across rooms, grouped.

The grouping is the board's (:mod:`breakout.suggest`): the same sentence
model, centred per language, or shared words when the model is not installed.
Its groups are suggestions until an organiser accepts one; accepting, moving,
merging, naming and wording themes are operations recorded as a
:class:`~breakout.changes.Change` (the session's own machinery), kept in the
forum file's history so that ``undo`` and ``redo`` work across runs of the
command line.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from breakout.changes import Change, Recorder, RowChange
from breakout.errors import BreakoutError
from breakout.forum.file import transaction

T = TypeVar("T")
MAX_LABEL = 200
MAX_WORDING = 2000


@dataclass(frozen=True)
class ThemeRoom:
    """One recommendation of a theme, with where it came from and its support."""

    recommendation: int
    breakout: str  # the breakout's title
    point: int | None
    title: str
    result: str  # its support in its room's last closed round, or ""
    results: str = "{}"  # the same in every report language, as JSON

    def support(self, language: str) -> str:
        """Its support in the words of ``language`` (English when not recorded)."""
        found = json.loads(self.results).get(language)
        return str(found) if found else self.result


@dataclass(frozen=True)
class Theme:
    id: int
    label: str
    wording: str
    suggested: bool  # a suggestion nobody has accepted yet
    rooms: tuple[ThemeRoom, ...]

    @property
    def breakouts(self) -> tuple[str, ...]:
        """The rooms it came from, each once, in order."""
        return tuple(dict.fromkeys(room.breakout for room in self.rooms))


class Themes:
    """The themes of an open forum file (its connection, opened for writing)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # -- reading -------------------------------------------------------------

    def themes(self) -> list[Theme]:
        """Every theme with members, in order."""
        rooms: dict[int, list[ThemeRoom]] = {}
        for row in self.conn.execute(
            "SELECT r.id, r.theme, r.point, r.title, r.result, r.results, b.title AS room"
            " FROM recommendations AS r JOIN breakouts AS b ON b.id = r.breakout"
            " WHERE r.theme NOT NULL ORDER BY b.position, r.position"
        ):
            rooms.setdefault(row["theme"], []).append(
                ThemeRoom(
                    row["id"],
                    row["room"],
                    row["point"],
                    row["title"],
                    row["result"],
                    row["results"],
                )
            )
        return [
            Theme(
                id=row["id"],
                label=row["label"],
                wording=row["wording"],
                suggested=row["origin"] == "suggested" and not row["accepted"],
                rooms=tuple(rooms[row["id"]]),
            )
            for row in self.conn.execute("SELECT * FROM themes ORDER BY position, id")
            if row["id"] in rooms
        ]

    def unplaced(self) -> list[ThemeRoom]:
        """Recommendations in no theme."""
        return [
            ThemeRoom(row["id"], row["room"], row["point"], row["title"], row["result"])
            for row in self.conn.execute(
                "SELECT r.id, r.point, r.title, r.result, b.title AS room"
                " FROM recommendations AS r JOIN breakouts AS b ON b.id = r.breakout"
                " WHERE r.theme IS NULL ORDER BY b.position, r.position"
            )
        ]

    # -- the mechanism: a change, kept in the file's history ------------------

    def run(self, label: str, body: Callable[[Recorder], T]) -> Change[T]:
        """One change to the forum's themes or key messages, in one transaction, kept for undo."""
        with transaction(self.conn):
            rec = Recorder(self.conn)
            result = body(rec)
            change = Change(label, tuple(rec.rows), result)
            if change:
                self.conn.execute("DELETE FROM history WHERE undone = 1")
                self.conn.execute(
                    "INSERT INTO history (label, rows) VALUES (?, ?)", (label, _dump(change))
                )
        return change

    def undo(self) -> str:
        """Reverse the last change still done; returns its label."""
        return self._step(undone=0, label="undo")

    def redo(self) -> str:
        """Make the last undone change again; returns its label."""
        return self._step(undone=1, label="redo")

    def _step(self, *, undone: int, label: str) -> str:
        order = "DESC" if undone == 0 else "ASC"
        with transaction(self.conn):
            row = self.conn.execute(
                f"SELECT * FROM history WHERE undone = ? ORDER BY seq {order} LIMIT 1", (undone,)
            ).fetchone()
            if row is None:
                raise BreakoutError(
                    f"there is nothing to {label} in this forum's themes and key messages"
                )
            change = _load(row["label"], row["rows"])
            Recorder(self.conn).replay(change.inverse() if undone == 0 else change)
            self.conn.execute(
                "UPDATE history SET undone = ? WHERE seq = ?", (1 - undone, row["seq"])
            )
        return str(row["label"])

    # -- operations ----------------------------------------------------------

    def replace_suggestions(self, groups: Sequence[tuple[str, Sequence[int]]]) -> Change[int]:
        """Put ``groups`` (label, recommendation ids) in place of the open suggestions.

        Accepted and edited themes, and what is in them, are never touched.
        """

        def body(rec: Recorder) -> int:
            fixed = self._fixed_members()
            for row in self.conn.execute(
                "SELECT id FROM recommendations WHERE theme IN"
                " (SELECT id FROM themes WHERE origin = 'suggested' AND accepted = 0)"
            ).fetchall():
                rec.update("recommendations", row[0], {"theme": None})
            for row in self.conn.execute(
                "SELECT id FROM themes WHERE origin = 'suggested' AND accepted = 0"
            ).fetchall():
                rec.delete("themes", (("id", row[0]),))
            made = 0
            for label, members in groups:
                free = [m for m in members if m not in fixed]
                if len(free) < 2:
                    continue
                theme = rec.insert(
                    "themes",
                    {
                        "position": self._next_position(),
                        "label": _label(label),
                        "origin": "suggested",
                        "accepted": 0,
                    },
                )
                for member in free:
                    rec.update("recommendations", member, {"theme": theme})
                made += 1
            return made

        return self.run("Suggest themes", body)

    def accept(self, theme_id: int) -> Change[bool]:
        self._theme(theme_id)
        return self.run("Accept theme", lambda rec: rec.update("themes", theme_id, {"accepted": 1}))

    def rename(self, theme_id: int, label: str) -> Change[bool]:
        self._theme(theme_id)
        values = {"label": _label(label), "accepted": 1}
        return self.run("Rename theme", lambda rec: rec.update("themes", theme_id, values))

    def word(self, theme_id: int, wording: str) -> Change[bool]:
        self._theme(theme_id)
        text = wording.strip()
        if len(text) > MAX_WORDING:
            raise BreakoutError(
                f"the wording is {len(text):,} characters, more than {MAX_WORDING:,}; shorten it"
            )
        values = {"wording": text, "accepted": 1}
        return self.run("Word theme", lambda rec: rec.update("themes", theme_id, values))

    def move(self, rec_ids: Sequence[int], theme_id: int | None) -> Change[int]:
        """Put recommendations in a theme (``None``: in none); the theme counts as accepted."""
        for ident in rec_ids:
            self._recommendation(ident)
        if theme_id is not None:
            self._theme(theme_id)

        def body(rec: Recorder) -> int:
            if theme_id is not None:
                rec.update("themes", theme_id, {"accepted": 1})
            return sum(
                rec.update("recommendations", ident, {"theme": theme_id}) for ident in rec_ids
            )

        return self.run("Move to theme", body)

    def new_theme(self, label: str, rec_ids: Sequence[int]) -> Change[int]:
        """A theme an organiser makes, with these recommendations in it."""
        for ident in rec_ids:
            self._recommendation(ident)
        text = _label(label)

        def body(rec: Recorder) -> int:
            theme = int(rec.insert("themes", {"position": self._next_position(), "label": text}))
            for ident in rec_ids:
                rec.update("recommendations", ident, {"theme": theme})
            return theme

        return self.run("New theme", body)

    def merge(self, keep_id: int, other_ids: Sequence[int]) -> Change[None]:
        """Move every recommendation of the other themes into ``keep_id``; the others go."""
        self._theme(keep_id)
        others = [t for t in other_ids if t != keep_id]
        for ident in others:
            self._theme(ident)
        if not others:
            raise BreakoutError("give at least one other theme to merge into this one")

        def body(rec: Recorder) -> None:
            rec.update("themes", keep_id, {"accepted": 1})
            for other in others:
                for row in self.conn.execute(
                    "SELECT id FROM recommendations WHERE theme = ?", (other,)
                ).fetchall():
                    rec.update("recommendations", row[0], {"theme": keep_id})
                rec.delete("themes", (("id", other),))

        return self.run("Merge themes", body)

    # -- look-ups -----------------------------------------------------------

    def _theme(self, theme_id: int) -> None:
        if self.conn.execute("SELECT 1 FROM themes WHERE id = ?", (theme_id,)).fetchone() is None:
            raise BreakoutError(
                f"there is no theme {theme_id} in this forum; list them with 'forum-themes'"
            )

    def _recommendation(self, rec_id: int) -> None:
        found = self.conn.execute("SELECT 1 FROM recommendations WHERE id = ?", (rec_id,))
        if found.fetchone() is None:
            raise BreakoutError(
                f"there is no recommendation {rec_id} in this forum; list them with 'forum-themes'"
            )

    def _fixed_members(self) -> set[int]:
        return {
            int(row[0])
            for row in self.conn.execute(
                "SELECT r.id FROM recommendations AS r JOIN themes AS t ON t.id = r.theme"
                " WHERE t.origin = 'human' OR t.accepted = 1"
            )
        }

    def _next_position(self) -> int:
        found = self.conn.execute("SELECT max(position) FROM themes").fetchone()[0]
        return 0 if found is None else int(found) + 1


def _label(label: str) -> str:
    text = " ".join(label.split())
    if not text:
        raise BreakoutError("a theme needs a name; type a few words")
    if len(text) > MAX_LABEL:
        raise BreakoutError(f"a theme's name is at most {MAX_LABEL} characters; shorten it")
    return text


def _dump(change: Change[Any]) -> str:
    return json.dumps(
        [[r.table, [list(k) for k in r.key], r.before, r.after] for r in change.rows],
        ensure_ascii=False,
    )


def _load(label: str, text: str) -> Change[None]:
    rows = tuple(
        RowChange(table, tuple((col, value) for col, value in key), before, after)
        for table, key, before, after in json.loads(text)
    )
    return Change(label, rows, None)
