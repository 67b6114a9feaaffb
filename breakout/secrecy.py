"""Keeping a secret round secret in the file's bytes, not only in its queries.

A secret ballot row has a random key, no participant and no time, and
``voters`` records only that someone has voted. That holds against every
query, but not against the file: SQLite writes a page's cells from its end
downwards and appends one log frame sequence per commit, so the order ballots
were written, and the order voters were marked, can both be read back from
the bytes and paired — in a room where the kiosk is passed hand to hand, that
order is public.

So when a secret round closes, :func:`reseal` rewrites its ballots in one
transaction: new random keys, written in key order, their contents assigned
in an order that depends on nothing but the contents; the voter marks written
in participant order. The connection deletes securely (``secure_delete``),
so the earlier cells are zeroed rather than left in free space, and the store
empties the write-ahead log once the round's close has committed. While a
round is open the running laptop is trusted; a copy saved then is rebuilt in
key order (``VACUUM INTO``), so it too carries no order.
"""

from __future__ import annotations

import secrets
import sqlite3


def reseal(conn: sqlite3.Connection, round_id: int) -> None:
    """Rewrite a round's ballots and voter marks so nothing in their layout orders them.

    Runs inside the caller's transaction; what the round counts is unchanged.
    """
    contents: dict[str, list[tuple[int, int]]] = {}
    for ballot, item, value in conn.execute(
        "SELECT b.id, e.item, e.value FROM ballots AS b JOIN ballot_entries AS e"
        " ON e.ballot = b.id WHERE b.round = ?",
        (round_id,),
    ):
        contents.setdefault(ballot, []).append((item, value))
    empty = [
        ballot
        for (ballot,) in conn.execute("SELECT id FROM ballots WHERE round = ?", (round_id,))
        if ballot not in contents
    ]
    voters = [
        participant
        for (participant,) in conn.execute(
            "SELECT participant FROM voters WHERE round = ?", (round_id,)
        )
    ]
    conn.execute(
        "DELETE FROM ballot_entries WHERE ballot IN (SELECT id FROM ballots WHERE round = ?)",
        (round_id,),
    )
    conn.execute("DELETE FROM ballots WHERE round = ?", (round_id,))
    conn.execute("DELETE FROM voters WHERE round = ?", (round_id,))

    ballots = sorted([sorted(entries) for entries in contents.values()] + [[] for _ in empty])
    keys = sorted(secrets.token_hex(16) for _ in ballots)
    for key, entries in zip(keys, ballots, strict=True):
        conn.execute(
            "INSERT INTO ballots (id, round, participant) VALUES (?, ?, NULL)", (key, round_id)
        )
        conn.executemany(
            "INSERT INTO ballot_entries (ballot, item, value) VALUES (?, ?, ?)",
            [(key, item, value) for item, value in entries],
        )
    conn.executemany(
        "INSERT INTO voters (round, participant) VALUES (?, ?)",
        [(round_id, participant) for participant in sorted(voters)],
    )
