"""The session file's schema, as a list of migrations.

One function per change, applied in order by sqlite-utils ``Migrations`` and
recorded in ``_sqlite_migrations``. A released migration is never edited:
later changes add a new function and bump ``breakout.store.SCHEMA_VERSION``
(a test checks the two agree), which is also written to ``PRAGMA
user_version`` so a file from a newer Breakout is refused before anything is
read from it.

Conventions: times are Unix seconds (REAL) from the session's clock;
positions order lists (0-based, renumbered on every move); foreign keys do not
cascade, so nothing disappears without the engine recording it for undo.
"""

from __future__ import annotations

import re
import uuid

import sqlite_utils
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("breakout")


@MIGRATIONS()
def m001_initial(db: sqlite_utils.Database) -> None:
    db.executescript(_INITIAL)


@MIGRATIONS()
def m002_embedding_cache(db: sqlite_utils.Database) -> None:
    db.executescript(_EMBEDDINGS)


@MIGRATIONS()
def m003_proposal_candidates(db: sqlite_utils.Database) -> None:
    # Breakout 0.1 made a recommendation only when asked, so proposals captured
    # in a real session never reached the board. Every proposal is a candidate
    # from schema 3 on: give each proposal without a recommendation its own.
    conn = db.conn
    orphans = conn.execute(
        "SELECT id, text, point, participant, created_at FROM contributions AS c"
        " WHERE kind = 'proposal' AND NOT EXISTS"
        " (SELECT 1 FROM recommendation_sources AS s WHERE s.contribution = c.id)"
        " ORDER BY created_at, id"
    ).fetchall()
    position = conn.execute("SELECT count(*) FROM recommendations").fetchone()[0]
    for offset, (ident, text, point, participant, created_at) in enumerate(orphans):
        cursor = conn.execute(
            "INSERT INTO recommendations (position, text, point, participant, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (position + offset, text, point, participant, created_at),
        )
        conn.execute(
            "INSERT INTO recommendation_sources (recommendation, contribution) VALUES (?, ?)",
            (cursor.lastrowid, ident),
        )


@MIGRATIONS()
def m004_reseal_closed_secret_rounds(db: sqlite_utils.Database) -> None:
    # Before schema 4 a closed secret round kept its ballots in the order they
    # were cast, readable from the file's bytes. Reseal each one as a round is
    # resealed when it closes today (the store empties the log afterwards).
    from breakout.secrecy import reseal

    for (round_id,) in db.conn.execute(
        "SELECT id FROM rounds WHERE secret = 1 AND state = 'closed'"
    ).fetchall():
        reseal(db.conn, round_id)


@MIGRATIONS()
def m005_methods_from_the_registry(db: sqlite_utils.Database) -> None:
    # Up to schema 4 the rounds table listed the voting methods in a CHECK; the
    # registry in breakout.voting is now the one list (schema 5 adds majority
    # judgment). Dropping a CHECK changes no stored row, so the table's SQL is
    # edited in place, as SQLite documents for such changes ("Making Other Kinds
    # Of Table Schema Changes", https://www.sqlite.org/lang_altertable.html).
    conn = db.conn
    (sql,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'rounds'"
    ).fetchone()
    (version,) = conn.execute("PRAGMA schema_version").fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'rounds'",
        (re.sub(r"\s*CHECK \(method IN \([^)]*\)\)", "", sql),),
    )
    conn.execute(f"PRAGMA schema_version = {version + 1}")
    conn.execute("PRAGMA writable_schema = OFF")


@MIGRATIONS()
def m006_outcome_texts(db: sqlite_utils.Database) -> None:
    # Schema 6: what the rapporteur writes during the session (key messages and
    # a summary per point; key messages, next steps and addressees overall) and
    # when and where in time the breakout ran, for the outcome document.
    db.executescript(_OUTCOME)


@MIGRATIONS()
def m007_phone_inbox(db: sqlite_utils.Database) -> None:
    # Schema 7: proposals and questions sent from phones wait in an inbox until
    # the facilitator or rapporteur accepts (a contribution), edits or dismisses them.
    db.executescript(_INBOX)


@MIGRATIONS()
def m008_session_identity(db: sqlite_utils.Database) -> None:
    # Schema 8: a session keeps one identity for life, whatever its file is
    # called, so a forum (breakout/forum) recognises an updated copy of a session
    # it already holds. A new file gets a random one (the session row does not
    # exist yet when a file is made). An older file's is derived from the one
    # thing no operation ever changes, the moment the session was created, so
    # two copies of the same old session migrated apart get the same identity.
    conn = db.conn
    conn.execute(_IDENTITY)
    row = conn.execute("SELECT created_at FROM session WHERE id = 1").fetchone()
    identity = derived_identity(row[0]) if row is not None else str(uuid.uuid4())
    conn.execute("INSERT INTO session_identity (id, identity) VALUES (1, ?)", (identity,))


#: The namespace of identities derived for sessions made before schema 8.
_OLD_SESSIONS = uuid.UUID("6f1d7c52-58a4-4e0f-9a3c-1b2d0c9e4a71")


def derived_identity(created_at: float) -> str:
    """The identity of a session made before schema 8, from its creation time."""
    return str(uuid.uuid5(_OLD_SESSIONS, repr(float(created_at))))


_IDENTITY = """
CREATE TABLE session_identity (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    identity TEXT NOT NULL UNIQUE CHECK (length(identity) = 36)
)
"""

# What phones sent (breakout/inbox.py). `participant` is set only when the sender
# asked to be named; `contribution` is what accepting it made. No device, address
# or token of a phone is ever stored.
_INBOX = """
CREATE TABLE inbox (
    id           INTEGER PRIMARY KEY,
    point        INTEGER NOT NULL REFERENCES points(id),
    kind         TEXT NOT NULL DEFAULT 'proposal' CHECK (kind IN ('proposal', 'question')),
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    participant  INTEGER REFERENCES participants(id),
    state        TEXT NOT NULL DEFAULT 'waiting'
                 CHECK (state IN ('waiting', 'accepted', 'dismissed')),
    contribution INTEGER REFERENCES contributions(id),
    received_at  REAL NOT NULL
);
CREATE INDEX inbox_state ON inbox(state, received_at);
"""

# Sentence embeddings of recommendation texts, so an unchanged text is never
# embedded twice. Keyed by a hash of the model name and the exact text; the
# vector is little-endian float32. A cache: safe to empty at any time.
_EMBEDDINGS = """
CREATE TABLE embeddings (
    key    TEXT PRIMARY KEY,
    model  TEXT NOT NULL,
    vector BLOB NOT NULL
) WITHOUT ROWID;
"""

_OUTCOME = """
ALTER TABLE points ADD COLUMN key_messages TEXT NOT NULL DEFAULT '';
ALTER TABLE points ADD COLUMN summary TEXT NOT NULL DEFAULT '';
ALTER TABLE session ADD COLUMN key_messages TEXT NOT NULL DEFAULT '';
ALTER TABLE session ADD COLUMN next_steps TEXT NOT NULL DEFAULT '';
ALTER TABLE session ADD COLUMN addressees TEXT NOT NULL DEFAULT '';
ALTER TABLE session ADD COLUMN starts_at REAL;
ALTER TABLE session ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';
"""

_INITIAL = """
CREATE TABLE session (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    title           TEXT NOT NULL DEFAULT '',
    event           TEXT NOT NULL DEFAULT '',
    venue           TEXT NOT NULL DEFAULT '',
    dates           TEXT NOT NULL DEFAULT '',
    background      TEXT NOT NULL DEFAULT '',
    closing         TEXT NOT NULL DEFAULT '',
    facilitator     TEXT NOT NULL DEFAULT '',
    rapporteur      TEXT NOT NULL DEFAULT '',
    chatham_house   INTEGER NOT NULL DEFAULT 0 CHECK (chatham_house IN (0, 1)),
    default_minutes INTEGER NOT NULL DEFAULT 10 CHECK (default_minutes > 0),
    current_point   INTEGER REFERENCES points(id),
    created_at      REAL NOT NULL
);

CREATE TABLE points (
    id        INTEGER PRIMARY KEY,
    position  INTEGER NOT NULL,
    text      TEXT NOT NULL CHECK (length(trim(text)) > 0),
    notes     TEXT NOT NULL DEFAULT '',
    minutes   INTEGER NOT NULL CHECK (minutes > 0),
    ended_at  REAL
);
CREATE INDEX points_position ON points(position);

-- A point's clock: one row per stretch of running time. Starting or resuming
-- opens a run, pausing or ending closes it; the elapsed time is their sum, so
-- a restarted app resumes exactly where the clock was.
CREATE TABLE point_runs (
    id         INTEGER PRIMARY KEY,
    point      INTEGER NOT NULL REFERENCES points(id),
    started_at REAL NOT NULL,
    ended_at   REAL,
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX point_runs_point ON point_runs(point);
CREATE UNIQUE INDEX point_runs_one_open ON point_runs((1)) WHERE ended_at IS NULL;

CREATE TABLE participants (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    organisation      TEXT NOT NULL DEFAULT '',
    stakeholder_group TEXT NOT NULL DEFAULT '',
    region            TEXT NOT NULL DEFAULT '',
    gender            TEXT NOT NULL DEFAULT '',
    may_be_named      INTEGER NOT NULL DEFAULT 0 CHECK (may_be_named IN (0, 1)),
    checked_in_at     REAL,
    voting_code       TEXT UNIQUE
);

-- The speaking queue and its history. A turn is waiting (not started), active
-- (started, not ended), done (ended) or withdrawn.
CREATE TABLE turns (
    id            INTEGER PRIMARY KEY,
    point         INTEGER NOT NULL REFERENCES points(id),
    participant   INTEGER NOT NULL REFERENCES participants(id),
    position      INTEGER NOT NULL,
    requested_at  REAL NOT NULL,
    started_at    REAL,
    ended_at      REAL,
    withdrawn_at  REAL
);
CREATE INDEX turns_point ON turns(point, position);

CREATE TABLE contributions (
    id          INTEGER PRIMARY KEY,
    point       INTEGER NOT NULL REFERENCES points(id),
    participant INTEGER REFERENCES participants(id),
    kind        TEXT NOT NULL DEFAULT 'comment'
                CHECK (kind IN ('comment', 'question', 'proposal', 'concern')),
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    private     INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
    created_at  REAL NOT NULL,
    updated_at  REAL
);
CREATE INDEX contributions_point ON contributions(point, created_at);

-- Groups of recommendations. A suggested group stays a suggestion until a
-- person accepts it; a group a person made or edited is never overwritten.
CREATE TABLE clusters (
    id        INTEGER PRIMARY KEY,
    position  INTEGER NOT NULL,
    label     TEXT NOT NULL DEFAULT '',
    wording   TEXT NOT NULL DEFAULT '',
    origin    TEXT NOT NULL DEFAULT 'human' CHECK (origin IN ('human', 'suggested')),
    accepted  INTEGER NOT NULL DEFAULT 1 CHECK (accepted IN (0, 1)),
    edited    INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1))
);

CREATE TABLE recommendations (
    id           INTEGER PRIMARY KEY,
    position     INTEGER NOT NULL,
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    point        INTEGER REFERENCES points(id),
    participant  INTEGER REFERENCES participants(id),
    cluster      INTEGER REFERENCES clusters(id),
    status       TEXT NOT NULL DEFAULT 'active'
                 CHECK (status IN ('active', 'withdrawn', 'merged')),
    duplicate_of INTEGER REFERENCES recommendations(id),
    created_at   REAL NOT NULL
);
CREATE INDEX recommendations_cluster ON recommendations(cluster);

CREATE TABLE recommendation_sources (
    recommendation INTEGER NOT NULL REFERENCES recommendations(id),
    contribution   INTEGER NOT NULL REFERENCES contributions(id),
    PRIMARY KEY (recommendation, contribution)
);
CREATE INDEX recommendation_sources_contribution ON recommendation_sources(contribution);

CREATE TABLE rounds (
    id         INTEGER PRIMARY KEY,
    position   INTEGER NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    method     TEXT NOT NULL CHECK (method IN ('dots', 'approval', 'ranking', 'agreement')),
    settings   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
    secret     INTEGER NOT NULL DEFAULT 1 CHECK (secret IN (0, 1)),
    state      TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed')),
    opened_at  REAL,
    closed_at  REAL
);

CREATE TABLE round_items (
    id             INTEGER PRIMARY KEY,
    round          INTEGER NOT NULL REFERENCES rounds(id),
    position       INTEGER NOT NULL,
    label          TEXT NOT NULL CHECK (length(trim(label)) > 0),
    cluster        INTEGER REFERENCES clusters(id),
    recommendation INTEGER REFERENCES recommendations(id)
);
CREATE INDEX round_items_round ON round_items(round, position);

-- Ballots. In a secret round `participant` is NULL and the key is random, and
-- the table has no rowid, no time and no sequence: nothing orders ballots the
-- way they were cast. Who has voted is in `voters`, which says only that.
CREATE TABLE ballots (
    id          TEXT PRIMARY KEY,
    round       INTEGER NOT NULL REFERENCES rounds(id),
    participant INTEGER REFERENCES participants(id),
    UNIQUE (round, participant)
) WITHOUT ROWID;

CREATE TABLE ballot_entries (
    ballot TEXT NOT NULL REFERENCES ballots(id),
    item   INTEGER NOT NULL REFERENCES round_items(id),
    value  INTEGER NOT NULL,
    PRIMARY KEY (ballot, item)
) WITHOUT ROWID;

CREATE TABLE voters (
    round       INTEGER NOT NULL REFERENCES rounds(id),
    participant INTEGER NOT NULL REFERENCES participants(id),
    PRIMARY KEY (round, participant)
) WITHOUT ROWID;

-- Counts typed in from a show of hands; `level` is the agreement-scale level
-- (0 for methods that have none).
CREATE TABLE hand_tallies (
    round  INTEGER NOT NULL REFERENCES rounds(id),
    item   INTEGER NOT NULL REFERENCES round_items(id),
    level  INTEGER NOT NULL DEFAULT 0,
    count  INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (round, item, level)
) WITHOUT ROWID;
"""
