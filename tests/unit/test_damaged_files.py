"""A damaged session file is told from a fault of Breakout's, and opening it leaves nothing."""

from __future__ import annotations

import gc
import sqlite3
from pathlib import Path

import pytest

from breakout.errors import BreakoutError, find_damage
from breakout.session import Session


@pytest.fixture
def whole(tmp_path: Path) -> Path:
    path = tmp_path / "régie.breakout"
    with Session.create(path, title="Qui entretient les robinets ?") as session:
        point = session.agenda.add_point(
            "Comment les comités d'usagers pèsent-ils sur les tarifs ?"
        )
        session.agenda.start_point(point.result)
        for n in range(40):
            session.capture.add_contribution(f"المياه {n} — 供水 — la régie", point_id=point.result)
    return path


def test_a_whole_file_has_no_damage_and_the_check_leaves_nothing(whole: Path) -> None:
    assert find_damage(whole) is None
    assert sorted(p.name for p in whole.parent.iterdir()) == ["régie.breakout"]


def test_a_damaged_file_is_found_out_without_being_changed(whole: Path) -> None:
    data = bytearray(whole.read_bytes())
    data[4096 * 3 + 8 : 4096 * 3 + 200] = bytes(192)  # a page's cells overwritten
    whole.write_bytes(bytes(data))
    found = find_damage(whole)
    assert found and "\n" not in found and len(found) <= 80
    assert whole.read_bytes() == bytes(data)
    assert sorted(p.name for p in whole.parent.iterdir()) == ["régie.breakout"]


def test_a_value_of_the_wrong_kind_is_damage_too(whole: Path) -> None:
    conn = sqlite3.connect(whole)  # a flipped type code makes a time read back as text
    conn.execute("UPDATE point_runs SET started_at = 'hier'")
    conn.commit()
    conn.close()
    assert find_damage(whole) == "point_runs.started_at holds text where real belongs"


@pytest.mark.parametrize("readonly", [False, True], ids=["read-write", "read-only"])
def test_a_failed_open_closes_its_connection(whole: Path, readonly: bool) -> None:
    whole.write_bytes(whole.read_bytes()[:8192])
    gc.disable()  # the connection must be closed by the open, not by the collector
    try:
        with pytest.raises(BreakoutError, match="cannot be"):
            Session.open(whole, readonly=readonly)
        assert sorted(p.name for p in whole.parent.iterdir()) == ["régie.breakout"]
    finally:
        gc.enable()
