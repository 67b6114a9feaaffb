"""What a forum file may hold of people: no name a session withheld, no ballot.

The forum file's bytes (and anything beside it) are read as an attacker would,
folded for case and accents: a session run under the Chatham House Rule gives
no name at all (roster, facilitator, rapporteur), and a participant who did
not agree to be named is named by no session.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from breakout.forum.combine import combine
from breakout.forum.grouping import open_themes, suggest_themes
from tests.cli.test_privacy import fold
from tests.forum.sessions import ROOMS, SCHOOLS, WATER, Room
from tests.helpers import FakeClock


def _forum_text(rooms: list[Path]) -> str:
    forum = rooms[0].parent / "forum.breakout"
    combine(forum, rooms, clock=FakeClock())
    with open_themes(forum) as themes:
        suggest_themes(themes)
    beside = [p for p in forum.parent.iterdir() if p.name.startswith("forum.breakout")]
    assert beside == [forum]  # no log or journal left beside it
    return fold(forum.read_bytes().decode("utf-8", errors="ignore"))


def has_word(text: str, name: str) -> bool:
    """Whether the folded name is anywhere in the text (fields in a record touch, so no
    word boundary is required: stricter than a search for whole words)."""
    return fold(name) in text


def _withheld(room: Room) -> list[str]:
    return [line.split(",")[0] for line in room.roster if line.endswith(",no")]


def test_a_chatham_house_session_gives_the_forum_no_name_at_all(rooms: list[Path]) -> None:
    text = _forum_text(rooms)
    names = [*SCHOOLS.names(), *SCHOOLS.staff]
    for name in names:
        assert not has_word(text, name), name
        assert not has_word(text, name.split()[-1]), name
    assert has_word(text, WATER.staff[0])  # a named session's facilitator: the scan finds names


def test_nobody_who_did_not_agree_to_be_named_is_named_by_any_session(rooms: list[Path]) -> None:
    text = _forum_text(rooms)
    withheld = [name for room in ROOMS for name in _withheld(room)]
    assert len(withheld) == 4
    for name in withheld:
        assert not has_word(text, name), name
    assert has_word(text, "name withheld")  # the proposal that named one is there, redacted


def test_only_each_rounds_totals_reach_the_forum_never_a_ballot(rooms: list[Path]) -> None:
    _forum_text(rooms)
    conn = sqlite3.connect(rooms[0].parent / "forum.breakout")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    columns = {row[1] for table in tables for row in conn.execute(f"PRAGMA table_info({table})")}
    conn.close()
    assert not tables & {"ballots", "ballot_entries", "voters", "participants", "contributions"}
    assert not columns & {"participant", "ballot", "voter", "name", "speaker"}


def test_a_session_re_added_under_the_rule_leaves_no_earlier_name_behind(
    rooms: list[Path],
) -> None:
    """Replaced rows are zeroed, not left in the file's free space."""
    from breakout.session import Session

    forum = rooms[0].parent / "forum.breakout"
    combine(forum, rooms[:1], clock=FakeClock())
    assert has_word(fold(forum.read_bytes().decode("utf-8", "ignore")), WATER.staff[0])
    closed = rooms[0].parent / "water-closed.breakout"
    shutil.copy(rooms[0], closed)
    with Session.open(closed) as session:
        session.update_session(chatham_house=True)
    combine(forum, [closed], clock=FakeClock())
    text = fold(forum.read_bytes().decode("utf-8", errors="ignore"))
    for name in (*WATER.staff, *WATER.names()):
        assert not has_word(text, name), name
