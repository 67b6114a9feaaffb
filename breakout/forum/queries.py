"""What the forum's report reads from a forum file (the SQL, apart from the report's words)."""

from __future__ import annotations

import json
import sqlite3

_SQL = {
    "breakouts": "SELECT * FROM breakouts ORDER BY position",
    "title": "SELECT title FROM forum WHERE id = 1",
    "messages": "SELECT text FROM messages ORDER BY position, id",
    "top": "SELECT * FROM recommendations WHERE breakout = ? AND rank NOT NULL"
    " ORDER BY rank, position LIMIT ?",
    "points": "SELECT * FROM points WHERE breakout = ? ORDER BY number",
    "participation": "SELECT dimension, grp, people FROM participation",
    "recommendations": "SELECT * FROM recommendations WHERE breakout = ? ORDER BY position",
}


def rows(conn: sqlite3.Connection, name: str, *params: object) -> list[sqlite3.Row]:
    """The rows of one of the report's queries, by name."""
    return list(conn.execute(_SQL[name], params))


def support(row: sqlite3.Row, language: str) -> str:
    """A recommendation's support in the words of ``language`` (English when not recorded)."""
    found = json.loads(row["results"]).get(language)
    return str(found) if found else str(row["result"])


def forum_title(conn: sqlite3.Connection) -> str:
    found = conn.execute(_SQL["title"]).fetchone()
    return str(found[0]) if found is not None else ""
