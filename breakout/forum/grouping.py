"""Suggesting a forum's themes with the board's grouping, and opening its themes."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from breakout.forum.file import open_forum, transaction
from breakout.forum.themes import Themes
from breakout.vector_cache import INSERT, cached_vectors, rows_to_store


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
        cached=cached_vectors(conn.execute, suggest.MODEL, texts),
    )
    outcome = suggest.compute(job)
    fresh = rows_to_store(suggest.MODEL, outcome.new_vectors)
    if fresh:  # a cache: kept whatever the organisers do with the suggestions
        with transaction(conn):
            conn.executemany(INSERT, fresh)
    change = themes.replace_suggestions(outcome.groups)
    return int(change.result), outcome.method
