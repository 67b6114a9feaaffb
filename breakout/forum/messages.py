"""The forum's own key messages: sentences the organisers write for the whole forum.

They are shown first in the forum's report, before the themes that several
rooms share. Each is numbered by its place (1 is the first shown); adding,
editing, moving and removing one are changes recorded in the forum file's
history beside the themes' (:meth:`breakout.forum.themes.Themes.run`), so the
same ``undo`` and ``redo`` step through both.
"""

from __future__ import annotations

from breakout.changes import Change, Recorder
from breakout.errors import BreakoutError
from breakout.forum.themes import Themes

MAX_MESSAGE = 600


class KeyMessages:
    """The key messages of an open forum file, changed through its themes' history."""

    def __init__(self, themes: Themes) -> None:
        self.themes = themes
        self.conn = themes.conn

    def texts(self) -> list[str]:
        """Every key message, in the order shown."""
        return [
            str(row["text"])
            for row in self.conn.execute("SELECT text FROM messages ORDER BY position, id")
        ]

    def add(self, text: str) -> Change[int]:
        """Add a key message at the end; returns its number."""
        said = _text(text)

        def body(rec: Recorder) -> int:
            count = len(self._ids())
            rec.insert("messages", {"position": count, "text": said})
            return count + 1

        return self.themes.run("Add key message", body)

    def edit(self, number: int, text: str) -> Change[bool]:
        ident = self._id(number)
        said = _text(text)
        return self.themes.run(
            "Edit key message", lambda rec: rec.update("messages", ident, {"text": said})
        )

    def move(self, number: int, to: int) -> Change[None]:
        """Put message ``number`` at place ``to``; the others keep their order around it."""
        ident = self._id(number)
        self._id(to)
        ids = [i for i in self._ids() if i != ident]
        ids.insert(to - 1, ident)

        def body(rec: Recorder) -> None:
            for position, each in enumerate(ids):
                rec.update("messages", each, {"position": position})

        return self.themes.run("Move key message", body)

    def remove(self, number: int) -> Change[None]:
        ident = self._id(number)
        rest = [i for i in self._ids() if i != ident]

        def body(rec: Recorder) -> None:
            rec.delete("messages", (("id", ident),))
            for position, each in enumerate(rest):
                rec.update("messages", each, {"position": position})

        return self.themes.run("Remove key message", body)

    def _ids(self) -> list[int]:
        return [
            int(row[0])
            for row in self.conn.execute("SELECT id FROM messages ORDER BY position, id")
        ]

    def _id(self, number: int) -> int:
        ids = self._ids()
        if not 1 <= number <= len(ids):
            what = (
                f"give a number from 1 to {len(ids)} (list them with 'forum-messages FORUM')"
                if ids
                else "it has none yet: add one with 'forum-messages FORUM add TEXT'"
            )
            raise BreakoutError(f"there is no key message {number} in this forum; {what}")
        return ids[number - 1]


def _text(text: str) -> str:
    said = " ".join(text.split())
    if not said:
        raise BreakoutError("a key message needs words; type the sentence to show")
    if len(said) > MAX_MESSAGE:
        raise BreakoutError(
            f"the key message is {len(said):,} characters, more than {MAX_MESSAGE:,}; shorten it"
        )
    return said
