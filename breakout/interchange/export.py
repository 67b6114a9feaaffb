"""The session as one interchange document (``breakout show --json``)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from breakout.errors import BreakoutError
from breakout.interchange.fields import (
    BOOL,
    FORMAT,
    FORMAT_VERSION,
    ITEM_FIELDS,
    ROUND_FIELDS,
    SESSION_FIELDS,
    TABLES,
)
from breakout.session import Session


def export_session(session: Session) -> dict[str, Any]:
    """The whole session as a JSON-ready dict."""
    conn = session.store.conn

    def rows(sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in conn.execute(sql, params)]

    found = rows("SELECT * FROM session WHERE id = 1")
    if not found:
        raise BreakoutError(f"{session.path.name} has no session record; it may be damaged")
    info = found[0]
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "session": _typed(info, SESSION_FIELDS),
    }
    order = {"turns": "point, position, id", "participants": "id", "contributions": "id"}
    for table, spec in TABLES.items():
        doc[table] = [
            _typed(r, spec)
            for r in rows(f"SELECT * FROM {table} ORDER BY {order.get(table, 'position, id')}")
        ]
    runs: dict[int, list[dict[str, Any]]] = {}
    for r in rows("SELECT * FROM point_runs ORDER BY started_at, id"):
        runs.setdefault(r["point"], []).append(
            {"started_at": r["started_at"], "ended_at": r["ended_at"]}
        )
    for point in doc["points"]:
        point["runs"] = runs.get(point["id"], [])
    sources: dict[int, list[int]] = {}
    for r in rows("SELECT * FROM recommendation_sources ORDER BY recommendation, contribution"):
        sources.setdefault(r["recommendation"], []).append(r["contribution"])
    for rec in doc["recommendations"]:
        rec["contributions"] = sources.get(rec["id"], [])
    doc["rounds"] = [
        _export_round(session, r) for r in rows("SELECT * FROM rounds ORDER BY position, id")
    ]
    return doc


def _export_round(session: Session, row: dict[str, Any]) -> dict[str, Any]:
    out = _typed(row, ROUND_FIELDS)
    out["settings"] = json.loads(row["settings"])
    out["items"] = [_typed(i.__dict__, ITEM_FIELDS) for i in session.voting.round_items(row["id"])]
    ballots = [
        {
            "participant": who,
            "entries": [{"item": item, "value": value} for item, value in sorted(entries.items())],
        }
        for who, entries in session.voting.ballots(row["id"])
    ]
    # Sorted by content, never by storage order: the order tells nothing about who voted when.
    out["ballots"] = sorted(ballots, key=lambda b: json.dumps(b, sort_keys=True))
    out["voters"] = session.voting.voters(row["id"])
    out["tallies"] = [
        {"item": item, "level": level, "count": count}
        for item, level, count in session.voting.hand_tallies(row["id"])
    ]
    out["results"] = _results(session, row["id"]) if row["state"] == "closed" else None
    return out


def _results(session: Session, round_id: int) -> dict[str, Any]:
    """A closed round's results, computed (never stored, so never out of date)."""
    from breakout.tally import tally_round

    result = tally_round(session, round_id)
    return {
        "ranking": [
            {
                "item": item.item,
                "label": item.label,
                "rank": item.rank,
                "score": item.score,
                "detail": item.detail,
            }
            for item in result.items
        ],
        "ballots": result.ballots,
        "eligible": result.eligible,
        "turnout": result.turnout,
        "explanation": result.explanation,
        "order": result.order_note,
        "blocked": list(result.blocked),
        "by_group": (
            None
            if result.by_group is None
            else {
                group: {str(item): value for item, value in cells.items()}
                for group, cells in result.by_group.items()
            }
        ),
        "hidden_groups": list(result.hidden_groups),
    }


def _typed(row: Mapping[str, Any], spec: Mapping[str, str]) -> dict[str, Any]:
    return {name: bool(row[name]) if kind == BOOL else row[name] for name, kind in spec.items()}


def dumps(doc: Mapping[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
