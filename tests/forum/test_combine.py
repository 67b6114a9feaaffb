"""Combining session files into a forum: identity, provenance, updates and refusals."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from breakout.errors import BreakoutError
from breakout.forum.combine import combine
from breakout.migrations import derived_identity
from breakout.session import Session
from tests.forum.sessions import CLIMATE, ROOMS, WATER, fingerprint
from tests.helpers import FakeClock, files_in


def _rows(forum: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(forum)
    try:
        return [tuple(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def test_new_sessions_get_different_identities_that_copies_keep(tmp_path: Path) -> None:
    with Session.create(tmp_path / "a.breakout", clock=FakeClock()) as a:
        a.store.save_copy(tmp_path / "copy.breakout")
        first = a.identity()
    with Session.create(tmp_path / "b.breakout", clock=FakeClock()) as b:
        assert b.identity() != first  # same creation time, still two sessions
    with Session.open(tmp_path / "copy.breakout", readonly=True) as copy:
        assert copy.identity() == first


def test_copies_of_an_older_session_get_one_identity_and_stay_unchanged(made: Path) -> None:
    folder = made.parent / "older"
    folder.mkdir()
    one, two = folder / "one.breakout", folder / "two.breakout"
    shutil.copy(made / CLIMATE.file, one)
    shutil.copy(made / CLIMATE.file, two)
    before = fingerprint(one)
    with Session.open(one, readonly=True) as read:  # migrated in a private copy only
        seen = read.identity()
        created = read.info().created_at
    assert fingerprint(one) == before
    with Session.open(two) as migrated:  # migrated in place, apart from the first
        assert migrated.identity() == seen
    assert seen == derived_identity(created)


def test_combining_leaves_every_session_file_as_it_was(rooms: list[Path]) -> None:
    before = [fingerprint(path) for path in rooms]
    combine(rooms[0].parent / "forum.breakout", rooms, clock=FakeClock())
    assert [fingerprint(path) for path in rooms] == before
    assert not Path(f"{rooms[3]}-wal").exists()


def test_every_item_says_which_breakout_and_which_point_it_came_from(rooms: list[Path]) -> None:
    forum = rooms[0].parent / "forum.breakout"
    done = combine(forum, rooms, clock=FakeClock())
    assert done.added == tuple(room.file for room in ROOMS) and done.breakouts == 4
    recs = _rows(
        forum,
        "SELECT b.title, r.point, r.title, r.result FROM recommendations AS r"
        " JOIN breakouts AS b ON b.id = r.breakout",
    )
    assert (
        "Who keeps the taps running?",
        2,
        "Créer un fonds rotatif pour les comités d'usagers de l'eau",
        "3 approvals (60 % of voters)",
    ) in recs
    assert ("城市气候适应", 1, "在每个社区建立降温中心", "3 approvals (100 % of voters)") in recs
    assert len(recs) == sum(len(room.proposals) for room in ROOMS)
    points = _rows(forum, "SELECT b.title, p.number, p.text FROM points AS p JOIN breakouts AS b"
                   " ON b.id = p.breakout WHERE p.number = 4")  # fmt: skip
    assert points == [("Who keeps the taps running?", 4, WATER.points[3])]
    rules = _rows(forum, "SELECT source, chatham_house, language FROM breakouts ORDER BY position")
    assert rules == [
        ("water.breakout", 0, "en"),
        ("ecoles.breakout", 1, "fr"),
        ("youth.breakout", 0, "ar"),
        ("climate.breakout", 0, "zh"),
    ]
    groups = _rows(forum, "SELECT grp, sum(people) FROM participation"
                   " WHERE dimension = 'stakeholder_group' GROUP BY grp ORDER BY grp")  # fmt: skip
    assert groups == [
        ("Academia", 2), ("Business", 3), ("Civil society", 5), ("Government", 5),
    ]  # fmt: skip


def test_an_updated_copy_replaces_its_session_without_duplicates(rooms: list[Path]) -> None:
    forum = rooms[0].parent / "forum.breakout"
    combine(forum, rooms[:2], clock=FakeClock())
    updated = rooms[0].parent / "water-final.breakout"
    shutil.copy(rooms[0], updated)
    with Session.open(updated) as session:
        point = session.agenda.points()[0].id
        session.capture.add_contribution(
            "Give every utility a public complaints line", point_id=point, kind="proposal"
        )
    done = combine(forum, [updated, *rooms[2:]], clock=FakeClock())
    assert done.replaced == ("water-final.breakout",) and done.breakouts == 4
    titles = [t for (t,) in _rows(forum, "SELECT title FROM recommendations")]
    assert len(titles) == len(set(titles)) == sum(len(r.proposals) for r in ROOMS) + 1
    assert "Give every utility a public complaints line" in titles
    assert _rows(forum, "SELECT source FROM breakouts WHERE position = 0") == [
        ("water-final.breakout",)
    ]


def test_an_older_session_added_later_is_recognised_when_added_again(rooms: list[Path]) -> None:
    forum = rooms[0].parent / "forum.breakout"
    combine(forum, rooms[:3], clock=FakeClock())
    assert combine(forum, [rooms[3]], clock=FakeClock()).added == ("climate.breakout",)
    again = rooms[0].parent / "climate-copy.breakout"
    shutil.copy(rooms[3], again)
    assert combine(forum, [again], clock=FakeClock()).replaced == ("climate-copy.breakout",)
    assert _rows(forum, "SELECT count(*) FROM breakouts") == [(4,)]


def _refused(forum: Path, sessions: list[Path], fragment: str) -> None:
    folder = forum.parent
    before = files_in(folder)
    with pytest.raises(BreakoutError, match=re.escape(fragment)):
        combine(forum, sessions, clock=FakeClock())
    assert files_in(folder) == before


def test_a_file_that_is_not_a_session_is_refused_by_name(rooms: list[Path]) -> None:
    notes = rooms[0].parent / "notes.breakout"
    notes.write_text("minutes of the plenary", encoding="utf-8")
    forum = rooms[0].parent / "forum.breakout"
    _refused(forum, [rooms[0], notes], "notes.breakout is not a Breakout session file")
    combine(forum, rooms[:1], clock=FakeClock())
    _refused(forum, [rooms[1], notes], "notes.breakout is not a Breakout session file")


def test_a_damaged_or_newer_session_is_refused_by_name(rooms: list[Path]) -> None:
    folder = rooms[0].parent
    forum = folder / "forum.breakout"
    combine(forum, rooms[:1], clock=FakeClock())
    damaged = folder / "damaged.breakout"
    data = bytearray(rooms[1].read_bytes())
    data[4096:8192] = b"\xff" * 4096
    damaged.write_bytes(bytes(data))
    with pytest.raises(BreakoutError, match=r"damaged\.breakout is damaged"):
        combine(forum, [damaged], clock=FakeClock())
    newer = folder / "newer.breakout"
    shutil.copy(rooms[2], newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    _refused(forum, [newer], "newer.breakout was written by a newer version")


def test_a_session_file_given_as_the_forum_is_refused(rooms: list[Path]) -> None:
    _refused(rooms[0], rooms[1:], "water.breakout is a session file, not a forum")


def test_a_forum_file_given_as_a_session_is_refused(rooms: list[Path]) -> None:
    forum = rooms[0].parent / "forum.breakout"
    combine(forum, rooms[:1], clock=FakeClock())
    other = rooms[0].parent / "other.breakout"
    shutil.copy(forum, other)
    _refused(forum, [other], "other.breakout is a forum file that combines sessions")


def test_an_older_session_stays_older_when_combined(made: Path, tmp_path: Path) -> None:
    path = tmp_path / CLIMATE.file
    shutil.copy(made / CLIMATE.file, path)
    combine(tmp_path / "forum.breakout", [path], clock=FakeClock())
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone() == (7,)
    conn.close()
