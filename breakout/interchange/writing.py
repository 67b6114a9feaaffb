"""A checked interchange document written into a new session file."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from breakout import voting
from breakout.errors import BreakoutError
from breakout.interchange.checks import check_document
from breakout.interchange.fields import BOOL, ITEM_FIELDS, ROUND_FIELDS, SESSION_FIELDS, TABLES
from breakout.session import Session


def create_from_json(
    path: str | os.PathLike[str], data: Mapping[str, Any], *, clock: Callable[[], float]
) -> Session:
    """Create a new session file holding exactly ``data`` (checked first)."""
    name = Path(path).name
    check_document(data)

    def fill(session: Session) -> None:
        try:
            with session.store.write() as conn:
                _insert_all(conn, data)
        except sqlite3.IntegrityError as exc:
            raise BreakoutError(_integrity_sentence(exc, f"the document for {name}")) from None

    return Session.create(path, clock=clock, fill=fill)


def _integrity_sentence(exc: sqlite3.IntegrityError, what: str) -> str:
    """A rule of the session file that a change would break, as a sentence."""
    text = str(exc)
    rule, _, place = text.partition(" constraint failed: ")
    table, _, column = place.partition(".")
    if rule == "UNIQUE" and column:
        found = f"two entries of {table} have the same {column.split(',')[0]}"
    elif rule == "NOT NULL" and column:
        found = f"an entry of {table} has no {column}"
    elif text.startswith("FOREIGN KEY"):
        found = "something in it refers to an entry that is not there"
    else:
        found = f"it holds a value a session file cannot keep ({text[:80]})"
    return f"{what} cannot be stored: {found}; correct it, nothing was written"


#: Tables whose rows keep their list order in a ``position`` column.
_ORDERED = {"points", "clusters", "recommendations"}


def _row(obj: Mapping[str, Any], spec: Mapping[str, str]) -> dict[str, Any]:
    """The fields a document gives; the table's own defaults (its DDL) fill in the rest."""
    return {
        field: int(obj[field]) if kind == BOOL else obj[field]
        for field, kind in spec.items()
        if field in obj
    }


def _insert(conn: Any, table: str, values: Mapping[str, Any]) -> None:
    cols = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(values.values()))


def _insert_all(conn: Any, data: Mapping[str, Any]) -> None:
    """Every section of a checked document, each after what it refers to."""
    session = data["session"]
    _write_session(conn, session)
    _insert_tables(conn, data)
    _link_recommendations(conn, data.get("recommendations", []))
    conn.execute(
        "UPDATE session SET current_point = ? WHERE id = 1", (session.get("current_point"),)
    )
    _add_missing_candidates(conn)
    for index, rnd in enumerate(data.get("rounds", [])):
        _insert_round(conn, rnd, index)


def _write_session(conn: Any, session: Mapping[str, Any]) -> None:
    """The session record's fields, but its current point (set once its point exists)."""
    values = _row(session, SESSION_FIELDS)
    values.pop("current_point", None)
    if values:
        sets = ", ".join(f"{f} = ?" for f in values)
        conn.execute(f"UPDATE session SET {sets} WHERE id = 1", list(values.values()))


def _insert_tables(conn: Any, data: Mapping[str, Any]) -> None:
    """The rows of every table section in list order, and each point's clock runs."""
    minutes = conn.execute("SELECT default_minutes FROM session").fetchone()[0]
    queue_places: dict[int, int] = {}  # the next queue position at each point
    for table, spec in TABLES.items():
        for index, item in enumerate(data.get(table, [])):
            row = _row(item, spec)
            if table in _ORDERED:
                row["position"] = index
            if table == "points":
                row.setdefault("minutes", minutes)  # a point's time-box: the session's
            if table == "turns":
                row["position"] = queue_places.get(item["point"], 0)
                queue_places[item["point"]] = row["position"] + 1
            if table == "recommendations":
                row["duplicate_of"] = None  # set below, once every recommendation exists
            _insert(conn, table, row)
            for run in item.get("runs", []) if table == "points" else []:
                _insert(
                    conn,
                    "point_runs",
                    {
                        "point": item["id"],
                        "started_at": run["started_at"],
                        "ended_at": run.get("ended_at"),
                    },
                )


def _link_recommendations(conn: Any, recommendations: Sequence[Mapping[str, Any]]) -> None:
    """What each recommendation duplicates and the contributions it came from."""
    for item in recommendations:
        if item.get("duplicate_of") is not None:
            conn.execute(
                "UPDATE recommendations SET duplicate_of = ? WHERE id = ?",
                (item["duplicate_of"], item["id"]),
            )
        for source in item.get("contributions", []):
            _insert(
                conn,
                "recommendation_sources",
                {"recommendation": item["id"], "contribution": source},
            )


def _insert_round(conn: Any, rnd: Mapping[str, Any], index: int) -> None:
    """One round with its items, voters, ballots (under new random ids) and hand counts."""
    settings = voting.normalise_settings(rnd["method"], rnd.get("settings", {}), len(rnd["items"]))
    item_ids = [item["id"] for item in rnd["items"]]
    _insert(
        conn,
        "rounds",
        {
            **_row(rnd, ROUND_FIELDS),
            "position": index,
            "settings": json.dumps(settings, sort_keys=True),
        },
    )
    for pos, item in enumerate(rnd["items"]):
        _insert(
            conn, "round_items", {**_row(item, ITEM_FIELDS), "round": rnd["id"], "position": pos}
        )
    for voter in rnd.get("voters", []):
        _insert(conn, "voters", {"round": rnd["id"], "participant": voter})
    for ballot in rnd.get("ballots", []):
        ballot_id = os.urandom(16).hex()
        _insert(
            conn,
            "ballots",
            {"id": ballot_id, "round": rnd["id"], "participant": ballot.get("participant")},
        )
        entries = {e["item"]: e["value"] for e in ballot["entries"]}
        clean = voting.validate_ballot(rnd["method"], settings, item_ids, entries)
        for item_id, vote in clean.items():
            _insert(conn, "ballot_entries", {"ballot": ballot_id, "item": item_id, "value": vote})
    for tally in rnd.get("tallies", []):
        _insert(
            conn,
            "hand_tallies",
            {
                "round": rnd["id"],
                "item": tally["item"],
                "level": tally.get("level", 0),
                "count": tally["count"],
            },
        )


def _add_missing_candidates(conn: Any) -> None:
    """Give every proposal without a recommendation one (every proposal is a candidate).

    A document written by hand, or by a Breakout that did not keep the rule,
    may list proposals and no ``recommendations``; they reach the board here.
    """
    orphans = conn.execute(
        "SELECT id, text, point, participant, created_at FROM contributions AS c"
        " WHERE kind = 'proposal' AND NOT EXISTS"
        " (SELECT 1 FROM recommendation_sources AS s WHERE s.contribution = c.id)"
        " ORDER BY created_at, id"
    ).fetchall()
    position = conn.execute("SELECT count(*) FROM recommendations").fetchone()[0]
    for ident, text, point, participant, created_at in orphans:
        cursor = conn.execute(
            "INSERT INTO recommendations (position, text, point, participant, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (position, text, point, participant, created_at),
        )
        conn.execute(
            "INSERT INTO recommendation_sources (recommendation, contribution) VALUES (?, ?)",
            (cursor.lastrowid, ident),
        )
        position += 1
