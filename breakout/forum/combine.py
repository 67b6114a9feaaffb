"""Combining session files into a forum file: ``breakout forum FORUM SESSION…``.

Every session is read first (:func:`breakout.forum.digest.read_session`), so
a file that is not a session, is damaged or comes from a newer Breakout is
refused by name before anything is written: the forum file stays as it was,
or is not made at all. Then one transaction adds each session, or replaces
what the forum held of it when a session with the same identity is there
already (an updated copy, whatever its file is called). A replaced session's
recommendations keep the theme they were in when their words are unchanged;
undo history is cleared then, since what it refers to is gone.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from breakout import vector_cache
from breakout.errors import BreakoutError
from breakout.forum.digest import Digest, read_session
from breakout.forum.file import create_forum, open_forum, transaction


@dataclass(frozen=True)
class Combined:
    """What ``combine`` did, one entry per session file, in the order given."""

    added: tuple[str, ...]
    replaced: tuple[str, ...]
    breakouts: int  # in the forum now


def combine(
    forum: Path,
    sessions: Sequence[Path],
    *,
    title: str | None = None,
    clock: Callable[[], float],
) -> Combined:
    """Add (or update) each session in the forum file, creating it if need be."""
    if not sessions:
        raise BreakoutError("give at least one session file to combine")
    digests = _read_all(forum, sessions)
    now = clock()

    def fill(conn: sqlite3.Connection) -> Combined:
        if title is not None:
            conn.execute("UPDATE forum SET title = ? WHERE id = 1", (title.strip(),))
        return _write(conn, digests, now)

    if not forum.exists():
        return create_forum(forum, fill, now)
    conn = open_forum(forum)
    try:
        with transaction(conn):
            return fill(conn)
    finally:
        conn.close()


def _read_all(forum: Path, sessions: Sequence[Path]) -> list[Digest]:
    if forum.exists():
        open_forum(forum, readonly=True).close()  # refuse a wrong FORUM before reading anything
    seen: dict[str, Path] = {}
    digests = []
    for path in sessions:
        if forum.exists() and path.exists() and os.path.samefile(path, forum):
            raise BreakoutError(f"{path.name} is the forum file itself; give session files")
        digest = read_session(path)
        earlier = seen.get(digest.identity)
        if earlier is not None:
            raise BreakoutError(
                f"{earlier.name} and {path.name} are copies of the same session; "
                "give only the one to keep"
            )
        seen[digest.identity] = path
        digests.append(digest)
    return digests


def _write(conn: sqlite3.Connection, digests: Sequence[Digest], now: float) -> Combined:
    added: list[str] = []
    replaced: list[str] = []
    for digest in digests:
        row = conn.execute(
            "SELECT id FROM breakouts WHERE identity = ?", (digest.identity,)
        ).fetchone()
        if row is None:
            position = conn.execute("SELECT count(*) FROM breakouts").fetchone()[0]
            cursor = conn.execute(
                "INSERT INTO breakouts (identity, position, source, title, chatham_house,"
                " added_at) VALUES (?, ?, '', '', 0, ?)",
                (digest.identity, position, now),
            )
            breakout = int(cursor.lastrowid or 0)
            added.append(digest.source)
            themes: dict[str, int] = {}
        else:
            breakout = int(row[0])
            themes = _clear(conn, breakout)
            replaced.append(digest.source)
        _fill(conn, breakout, digest, themes, now)
    if replaced:
        conn.execute("DELETE FROM history")
    count = conn.execute("SELECT count(*) FROM breakouts").fetchone()[0]
    return Combined(tuple(added), tuple(replaced), int(count))


def _clear(conn: sqlite3.Connection, breakout: int) -> dict[str, int]:
    """Remove what the forum held of a session; returns each recommendation's theme by text."""
    themes = {
        str(r["title"]): int(r["theme"])
        for r in conn.execute(
            "SELECT title, theme FROM recommendations WHERE breakout = ? AND theme NOT NULL",
            (breakout,),
        )
    }
    for table in ("points", "recommendations", "participation"):
        conn.execute(f"DELETE FROM {table} WHERE breakout = ?", (breakout,))
    return themes


def _fill(
    conn: sqlite3.Connection, breakout: int, d: Digest, themes: dict[str, int], now: float
) -> None:
    conn.execute(
        "UPDATE breakouts SET source = ?, title = ?, event = ?, venue = ?, dates = ?,"
        " facilitator = ?, rapporteur = ?, chatham_house = ?, language = ?, key_messages = ?,"
        " next_steps = ?, addressees = ?, final_round = ?, turnout = ?, voting = ?,"
        " added_at = ?"
        " WHERE id = ?",
        (
            d.source, d.title, d.event, d.venue, d.dates, d.facilitator, d.rapporteur,
            int(d.chatham_house), d.language, "\n".join(d.key_messages), d.next_steps,
            d.addressees, d.final_round, d.turnout, json.dumps(d.voting, ensure_ascii=False),
            now, breakout,
        ),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO points (breakout, number, text, key_messages, summary) VALUES (?, ?, ?, ?, ?)",
        [(breakout, p.number, p.text, "\n".join(p.key_messages), p.summary) for p in d.points],
    )
    conn.executemany(
        "INSERT INTO recommendations (breakout, position, point, rank, title, wording, result,"
        " results, score, theme) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (breakout, n, r.point, r.rank, r.title, r.wording, r.result,
             json.dumps(dict(r.results), ensure_ascii=False), r.score,
             themes.get(r.title))
            for n, r in enumerate(d.recommendations)
        ],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO participation (breakout, dimension, grp, people) VALUES (?, ?, ?, ?)",
        [(breakout, *row) for row in d.participation],
    )
    from breakout.suggest import MODEL

    conn.executemany(vector_cache.INSERT, vector_cache.rows_to_store(MODEL, d.vectors))
