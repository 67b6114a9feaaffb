"""Changes on their own: what a Recorder remembers, and that replaying the inverse is exact.

A real SQLite file with a table keyed by ``id`` and one keyed by two columns,
as the session's ``tallies`` are. Each change is written inside a transaction,
as :meth:`breakout.session_core.SessionCore._run` does, so a refused replay
leaves the file as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from breakout.changes import Change, Recorder, RowChange
from breakout.errors import BreakoutError

ARABIC = "خرائط مشتركة للأحياء"
CHINESE = "在每个街区种树"
LONG = "Mapear los riesgos con los vecinos, calle por calle, antes de cada temporada; " * 6


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(tmp_path / "changes.sqlite", isolation_level=None)
    db.row_factory = sqlite3.Row
    db.executescript(
        """
        CREATE TABLE clusters (id INTEGER PRIMARY KEY, label TEXT NOT NULL, position INTEGER);
        CREATE TABLE tallies (
            round INTEGER, item INTEGER, level INTEGER, count INTEGER,
            PRIMARY KEY (round, item, level)
        );
        """
    )
    yield db
    db.close()


def record(conn: sqlite3.Connection, label: str, body: Any) -> Change[Any]:
    """Run ``body`` with a Recorder in one transaction, as an engine operation does."""
    with Transaction(conn):
        rec = Recorder(conn)
        result = body(rec)
    return Change(label, tuple(rec.rows), result)


def replay(conn: sqlite3.Connection, change: Change[Any]) -> None:
    with Transaction(conn):
        Recorder(conn).replay(change)


class Transaction:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, *rest: object) -> None:
        self.conn.execute("ROLLBACK" if kind else "COMMIT")


def state(conn: sqlite3.Connection) -> dict[str, list[dict[str, Any]]]:
    return {
        table: [dict(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3")]
        for table in ("clusters", "tallies")
    }


def test_an_insert_is_remembered_whole_and_its_inverse_removes_it(
    conn: sqlite3.Connection,
) -> None:
    change = record(conn, "Add group", lambda rec: rec.insert("clusters", {"label": ARABIC}))
    assert change.result == 1
    assert change.rows == (RowChange("clusters", (("id", 1),), None, {
        "id": 1, "label": ARABIC, "position": None
    }),)  # fmt: skip
    assert change and change.tables() == {"clusters"}
    undo = change.inverse()
    assert undo.label == "Add group" and undo.result == 1
    assert undo.rows[0].before == change.rows[0].after and undo.rows[0].after is None
    replay(conn, undo)
    assert state(conn)["clusters"] == []
    replay(conn, change)
    assert state(conn)["clusters"] == [{"id": 1, "label": ARABIC, "position": None}]


def test_an_update_that_changes_nothing_records_nothing(conn: sqlite3.Connection) -> None:
    record(conn, "Add group", lambda rec: rec.insert("clusters", {"label": CHINESE}))
    same = record(conn, "Edit group", lambda rec: rec.update("clusters", 1, {"label": CHINESE}))
    assert not same and same.rows == () and same.result is False
    edit = record(conn, "Edit group", lambda rec: rec.update("clusters", 1, {"label": LONG}))
    assert edit.result is True
    assert edit.rows[0].before == {"id": 1, "label": CHINESE, "position": None}
    assert edit.rows[0].after == {"id": 1, "label": LONG, "position": None}
    replay(conn, edit.inverse())
    assert state(conn)["clusters"][0]["label"] == CHINESE


def test_updating_a_row_that_is_not_there_says_so_in_a_sentence(
    conn: sqlite3.Connection,
) -> None:
    with pytest.raises(BreakoutError, match=r"^group 7 does not exist$"):
        record(conn, "Edit group", lambda rec: rec.update("clusters", 7, {"label": "x"}))
    key = (("round", 1), ("item", 2), ("level", 0))  # a table with no word of its own
    with pytest.raises(BreakoutError, match=r"^tallies 1 does not exist$"):
        record(conn, "Count", lambda rec: rec.update_key("tallies", key, {"count": 1}))


def test_deleting_a_row_that_is_not_there_records_nothing(conn: sqlite3.Connection) -> None:
    change = record(conn, "Delete group", lambda rec: rec.delete("clusters", (("id", 3),)))
    assert not change


def test_rows_with_a_key_of_several_columns_undo_and_redo(conn: sqlite3.Connection) -> None:
    def count(rec: Recorder) -> Any:
        key = (("round", 1), ("item", 2), ("level", 0))
        rec.delete("tallies", key)
        return rec.insert(
            "tallies", {"round": 1, "item": 2, "level": 0, "count": 12},
            pk=("round", "item", "level"),
        )  # fmt: skip

    first = record(conn, "Count hands", count)
    assert first.result == (1, 2, 0)
    assert first.rows[0].key == (("round", 1), ("item", 2), ("level", 0))
    again = record(conn, "Count hands", count)  # replacing the count: delete, then insert
    assert [(r.before is None, r.after is None) for r in again.rows] == [
        (False, True),
        (True, False),
    ]
    replay(conn, again.inverse())
    assert state(conn)["tallies"] == [{"round": 1, "item": 2, "level": 0, "count": 12}]
    replay(conn, first.inverse())
    assert state(conn)["tallies"] == []
    replay(conn, first)
    assert len(state(conn)["tallies"]) == 1


def test_replay_refuses_a_row_changed_since_and_changes_nothing(
    conn: sqlite3.Connection,
) -> None:
    made = record(
        conn,
        "Add groups",
        lambda rec: [rec.insert("clusters", {"label": label}) for label in ("Maps", "Money")],
    )
    record(conn, "Edit group", lambda rec: rec.update("clusters", 2, {"label": "Funds"}))
    before = state(conn)
    refused = r"^cannot add groups: the group has changed since; nothing was changed$"
    with pytest.raises(BreakoutError, match=refused):
        replay(conn, made.inverse())  # the first row (group 2) no longer matches
    assert state(conn) == before
    with pytest.raises(BreakoutError, match=refused):
        replay(conn, made)  # both rows already exist


def test_the_inverse_undoes_rows_in_reverse_order(conn: sqlite3.Connection) -> None:
    def build(rec: Recorder) -> None:
        ident = rec.insert("clusters", {"label": "Maps", "position": 0})
        rec.update("clusters", ident, {"position": 1})
        rec.update("clusters", ident, {"label": "Mapas"})

    change = record(conn, "Build", build)
    assert [r.after is None for r in change.inverse().rows] == [False, False, True]
    assert change.inverse().inverse() == change
    replay(conn, change.inverse())
    assert state(conn)["clusters"] == []


OPS = st.lists(
    st.tuples(
        st.sampled_from(["insert", "update", "delete"]),
        st.integers(1, 4),
        st.sampled_from(["Maps", ARABIC, CHINESE, LONG, ""]),
    ),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(start=OPS, ops=OPS)
def test_any_change_undoes_to_the_exact_state_and_redoes(
    conn: sqlite3.Connection, start: list[tuple[str, int, str]], ops: list[tuple[str, int, str]]
) -> None:
    conn.execute("DELETE FROM clusters")

    def run(steps: list[tuple[str, int, str]]) -> Any:
        def body(rec: Recorder) -> None:
            for op, ident, label in steps:
                exists = rec.fetch("clusters", (("id", ident),)) is not None
                if op == "insert" and not exists:
                    rec.insert("clusters", {"id": ident, "label": label})
                elif op == "update" and exists:
                    rec.update("clusters", ident, {"label": label, "position": len(label)})
                elif op == "delete":
                    rec.delete("clusters", (("id", ident),))

        return body

    record(conn, "Start", run(start))
    before = state(conn)
    change = record(conn, "Edit", run(ops))
    after = state(conn)
    replay(conn, change.inverse())
    assert state(conn) == before
    replay(conn, change)
    assert state(conn) == after
