"""The embedding cache a session file and a forum file share (their ``embeddings`` table).

A text's vector is kept under a key made of the model's name and the text, so a
vector made by another model is never used, and is read back in chunks small
enough for SQLite's limit on a statement's parameters.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

#: Runs one SELECT with its parameters and gives its rows (sqlite3.Row or a mapping).
Select = Callable[[str, Sequence[str]], Iterable[Any]]

#: How many keys one SELECT asks for (SQLite allows 999 parameters in older builds).
_CHUNK = 500

INSERT = "INSERT OR REPLACE INTO embeddings (key, model, vector) VALUES (?, ?, ?)"


def vector_key(model: str, text: str) -> str:
    """The cache key of a text's vector."""
    return hashlib.sha256(f"{model}\x00{text}".encode()).hexdigest()


def cached_vectors(select: Select, model: str, texts: Sequence[str]) -> dict[str, bytes]:
    """Stored vectors (float32 bytes) for those texts that have one, by text."""
    keys = {vector_key(model, text): text for text in texts}
    found: dict[str, bytes] = {}
    items = list(keys)
    for start in range(0, len(items), _CHUNK):
        chunk = items[start : start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for row in select(f"SELECT key, vector FROM embeddings WHERE key IN ({marks})", chunk):
            found[keys[row["key"]]] = bytes(row["vector"])
    return found


def rows_to_store(model: str, vectors: Mapping[str, bytes]) -> list[tuple[str, str, bytes]]:
    """The rows of :data:`INSERT` for vectors by text."""
    return [(vector_key(model, text), model, blob) for text, blob in vectors.items()]
