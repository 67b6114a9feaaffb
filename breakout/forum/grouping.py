"""Suggesting a forum's themes with the board's grouping, and opening its themes."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from breakout.forum.combine import vector_key
from breakout.forum.file import open_forum, transaction
from breakout.forum.themes import Themes


@contextlib.contextmanager
def open_themes(path: Path) -> Iterator[Themes]:
    """The themes of the forum file at ``path``, open for changes."""
    conn = open_forum(path)
    try:
        yield Themes(conn)
    finally:
        conn.close()


def suggest_themes(themes: Themes) -> tuple[int, str]:
    """Group every recommendation not in an accepted theme; returns (themes made, method)."""
    from breakout import suggest

    conn = themes.conn
    fixed = themes._fixed_members()
    rows = conn.execute(
        "SELECT r.id, r.title FROM recommendations AS r JOIN breakouts AS b"
        " ON b.id = r.breakout ORDER BY b.position, r.position"
    ).fetchall()
    texts = [str(r["title"]) for r in rows]
    job = suggest.Job(
        ids=[int(r["id"]) for r in rows],
        texts=texts,
        points=[None] * len(rows),  # rooms differ: no point is shared across them
        free=[int(r["id"]) not in fixed for r in rows],
        cached=_cached(conn, suggest.MODEL, texts),
    )
    outcome = suggest.compute(job)
    fresh = [
        (vector_key(suggest.MODEL, t), suggest.MODEL, v) for t, v in outcome.new_vectors.items()
    ]
    if fresh:  # a cache: kept whatever the organisers do with the suggestions
        with transaction(conn):
            conn.executemany(
                "INSERT OR REPLACE INTO embeddings (key, model, vector) VALUES (?, ?, ?)", fresh
            )
    change = themes.replace_suggestions(outcome.groups)
    return int(change.result), outcome.method


def _cached(conn: sqlite3.Connection, model: str, texts: list[str]) -> dict[str, bytes]:
    keys = {vector_key(model, text): text for text in texts}
    found: dict[str, bytes] = {}
    items = list(keys)
    for start in range(0, len(items), 500):
        chunk = items[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in conn.execute(
            f"SELECT key, vector FROM embeddings WHERE key IN ({marks})", chunk
        ):
            found[keys[row[0]]] = bytes(row[1])
    return found
