"""The forum file: a small SQLite file of its own kind, apart from session files.

A forum is not a session: it holds what several sessions concluded, not a
running room, so it has its own schema and its own ``PRAGMA application_id``
(:data:`breakout.store.FORUM_APPLICATION_ID`), which session commands refuse
by name. It keeps no write-ahead log (one file, nothing beside it once
written) and zeroes what it deletes, so a session replaced by an updated copy
leaves nothing of the old one in the file's bytes.

A new forum file is built whole under a private name beside its target and
takes its name only once complete; an existing one is changed in one
transaction. Either way a refusal leaves every file as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from breakout.errors import BreakoutError
from breakout.store import APPLICATION_ID, FORUM_APPLICATION_ID, prepare_connection

#: The forum file's format; written to ``PRAGMA user_version``.
FORUM_VERSION = 1
_MAGIC = b"SQLite format 3\x00"
T = TypeVar("T")

_SCHEMA = """
CREATE TABLE forum (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    title      TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL
);

-- One row per session combined, recognised by the session's identity.
CREATE TABLE breakouts (
    id            INTEGER PRIMARY KEY,
    identity      TEXT NOT NULL UNIQUE,
    position      INTEGER NOT NULL,
    source        TEXT NOT NULL,
    title         TEXT NOT NULL,
    event         TEXT NOT NULL DEFAULT '',
    venue         TEXT NOT NULL DEFAULT '',
    dates         TEXT NOT NULL DEFAULT '',
    facilitator   TEXT NOT NULL DEFAULT '',
    rapporteur    TEXT NOT NULL DEFAULT '',
    chatham_house INTEGER NOT NULL CHECK (chatham_house IN (0, 1)),
    language      TEXT NOT NULL DEFAULT '',
    key_messages  TEXT NOT NULL DEFAULT '',
    next_steps    TEXT NOT NULL DEFAULT '',
    addressees    TEXT NOT NULL DEFAULT '',
    final_round   TEXT NOT NULL DEFAULT '',
    turnout       TEXT NOT NULL DEFAULT '',
    -- the final round's method and turnout in each report language: {code: [method, turnout]}
    voting        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(voting)),
    added_at      REAL NOT NULL
);

CREATE TABLE points (
    id           INTEGER PRIMARY KEY,
    breakout     INTEGER NOT NULL REFERENCES breakouts(id),
    number       INTEGER NOT NULL,
    text         TEXT NOT NULL,
    key_messages TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT ''
);

-- Recommendations with their support in the session's last closed round.
CREATE TABLE recommendations (
    id       INTEGER PRIMARY KEY,
    breakout INTEGER NOT NULL REFERENCES breakouts(id),
    position INTEGER NOT NULL,
    point    INTEGER,
    rank     INTEGER,
    title    TEXT NOT NULL,
    wording  TEXT NOT NULL DEFAULT '',
    result   TEXT NOT NULL DEFAULT '',
    results  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(results)),  -- result by language
    score    REAL,
    theme    INTEGER REFERENCES themes(id)
);
CREATE INDEX recommendations_breakout ON recommendations(breakout, position);

-- How many people of each group took part (counts only, never people).
CREATE TABLE participation (
    breakout  INTEGER NOT NULL REFERENCES breakouts(id),
    dimension TEXT NOT NULL,
    grp       TEXT NOT NULL,
    people    INTEGER NOT NULL CHECK (people >= 0),
    PRIMARY KEY (breakout, dimension, grp)
) WITHOUT ROWID;

-- Themes across rooms: suggested by the grouping until organisers accept or edit them.
CREATE TABLE themes (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    label    TEXT NOT NULL DEFAULT '',
    wording  TEXT NOT NULL DEFAULT '',
    origin   TEXT NOT NULL DEFAULT 'human' CHECK (origin IN ('human', 'suggested')),
    accepted INTEGER NOT NULL DEFAULT 1 CHECK (accepted IN (0, 1))
);

-- Key messages the organisers wrote for the whole forum, in the order they are shown.
CREATE TABLE messages (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL CHECK (text <> '')
);

-- The organisers' changes to themes and key messages, for undo and redo across runs.
CREATE TABLE history (
    seq    INTEGER PRIMARY KEY,
    label  TEXT NOT NULL,
    rows   TEXT NOT NULL CHECK (json_valid(rows)),
    undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
);

-- Sentence vectors of recommendation texts (a cache, as in a session file).
CREATE TABLE embeddings (
    key    TEXT PRIMARY KEY,
    model  TEXT NOT NULL,
    vector BLOB NOT NULL
) WITHOUT ROWID;
"""


def _header(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(100)
    except IsADirectoryError:
        raise BreakoutError(f"{path.name} is a folder; give a forum file name") from None
    except OSError as exc:
        raise BreakoutError(f"cannot read {path.name}: {exc.strerror}") from None


def is_forum(path: Path) -> bool:
    """Whether ``path`` is a forum file (by its header; nothing is opened)."""
    if not path.is_file():
        return False
    header = _header(path)
    return header.startswith(_MAGIC) and int.from_bytes(header[68:72], "big") == (
        FORUM_APPLICATION_ID
    )


def check_forum(path: Path) -> None:
    """Refuse anything at ``path`` that is not a forum file this version reads."""
    name = path.name
    header = _header(path)
    app_id = int.from_bytes(header[68:72], "big") if len(header) == 100 else 0
    if header.startswith(_MAGIC) and app_id == APPLICATION_ID:
        raise BreakoutError(
            f"{name} is a session file, not a forum; give a new file name or an existing "
            "forum file first, then the session files"
        )
    if not header.startswith(_MAGIC) or app_id != FORUM_APPLICATION_ID:
        raise BreakoutError(
            f"{name} is not a Breakout forum file; give a new file name or an existing forum"
        )
    version = int.from_bytes(header[60:64], "big")
    if version > FORUM_VERSION:
        raise BreakoutError(
            f"{name} was written by a newer version of Breakout (forum format {version}, "
            f"this version reads up to {FORUM_VERSION}); update Breakout to use it"
        )


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    mode = "ro" if readonly else "rw"
    uri = Path(os.path.abspath(path)).as_uri() + f"?mode={mode}"
    return prepare_connection(sqlite3.connect(uri, uri=True))


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One transaction: all of it written, or nothing."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def open_forum(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """An existing forum file, checked; its journal is a rollback journal, never a log."""
    check_forum(path)
    try:
        conn = _connect(path, readonly=readonly)
        conn.execute("SELECT count(*) FROM breakouts").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BreakoutError(f"{path.name} cannot be read as a forum file: {exc}") from None
    return conn


def create_forum(path: Path, fill: Callable[[sqlite3.Connection], T], now: float) -> T:
    """Make a new forum file with ``fill``'s content; it takes its name only once whole."""
    folder = path.parent
    if not folder.is_dir():
        raise BreakoutError(f"the folder {folder} does not exist; create it first")
    if os.path.lexists(path):
        raise BreakoutError(f"{path.name} already exists")
    work = Path(tempfile.mkdtemp(prefix=f".{path.name[:40]}.new-", dir=folder))
    try:
        built = work / path.name
        conn = _connect_new(built)
        try:
            conn.executescript(_SCHEMA)  # a private file until it is whole
            with transaction(conn):
                conn.execute("INSERT INTO forum (id, created_at) VALUES (1, ?)", (now,))
                result = fill(conn)
        finally:
            conn.close()
        os.link(built, path)  # never over a file that appeared meanwhile
    except FileExistsError:
        raise BreakoutError(f"{path.name} already exists") from None
    except OSError as exc:
        raise BreakoutError(f"cannot create {path.name}: {exc.strerror}") from None
    finally:
        for leftover in work.iterdir():
            leftover.unlink()
        work.rmdir()
    return result


def _connect_new(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.isolation_level = None
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA application_id = {FORUM_APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {FORUM_VERSION}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    return conn
