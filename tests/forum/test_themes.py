"""The forum's themes: suggested across rooms, then accepted, moved, merged, named, worded,
and undone, as organisers would from the command line."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from breakout.forum.combine import combine
from tests.cli.test_cli import assert_clean_error, breakout
from tests.helpers import FakeClock

OPEN_DATA = "Publish open data on water quality and service hours every month"


@pytest.fixture
def forum(rooms: list[Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BREAKOUT_MODEL", "off")  # the lexical grouping, as without the model
    path = rooms[0].parent / "forum.breakout"
    combine(path, rooms, clock=FakeClock())
    return path


def _themes(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert result.returncode == 0, result.stderr
    doc: dict[str, Any] = json.loads(result.stdout)
    return doc


def _theme_of(doc: dict[str, Any], text: str) -> dict[str, Any]:
    for theme in doc["themes"]:
        if any(r["text"] == text for r in theme["recommendations"]):
            found: dict[str, Any] = theme
            return found
    raise AssertionError(f"{text!r} is in no theme")


def test_suggested_themes_list_their_rooms_and_their_support(forum: Path) -> None:
    doc = _themes(breakout("forum-themes", forum, "suggest", "--json"))
    theme = _theme_of(doc, OPEN_DATA)
    assert theme["suggested"] is True
    assert theme["breakouts"] == [
        "Who keeps the taps running?",
        "L'école numérique pour toutes et tous",
        "城市气候适应",
    ]
    first = theme["recommendations"][0]
    assert first == {
        "id": first["id"],
        "text": OPEN_DATA,
        "breakout": "Who keeps the taps running?",
        "point": 1,
        "support": "5 approvals (100 % of voters)",
    }


def test_organisers_accept_rename_word_move_and_merge_and_undo_each(forum: Path) -> None:
    doc = _themes(breakout("forum-themes", forum, "suggest", "--json"))
    data = _theme_of(doc, OPEN_DATA)
    fund = _theme_of(doc, "Create a youth employment fund for cities and rural districts")
    tid, fid = str(data["id"]), str(fund["id"])
    named = _themes(breakout("forum-themes", forum, "rename", tid, "Open data", "--json"))
    assert _theme_of(named, OPEN_DATA)["label"] == "Open data"
    assert _theme_of(named, OPEN_DATA)["suggested"] is False  # a named theme is kept
    worded = _themes(
        breakout("forum-themes", forum, "word", tid, "Cities publish service data.", "--json")
    )
    assert _theme_of(worded, OPEN_DATA)["wording"] == "Cities publish service data."
    loose = str(doc["unplaced"][0]["id"])
    moved = _themes(breakout("forum-themes", forum, "move", tid, loose, "--json"))
    assert len(_theme_of(moved, OPEN_DATA)["recommendations"]) == 4
    merged = _themes(breakout("forum-themes", forum, "merge", tid, fid, "--json"))
    assert len(_theme_of(merged, OPEN_DATA)["recommendations"]) == 6
    assert len(merged["themes"]) == len(doc["themes"]) - 1
    undone = breakout("forum-themes", forum, "undo", "--json")
    assert undone.stderr == "undo: Merge themes\n"
    assert _themes(undone) == moved
    for _ in range(3):  # the move, the wording, the name
        last = _themes(breakout("forum-themes", forum, "undo", "--json"))
    assert last == doc
    redone = _themes(breakout("forum-themes", forum, "redo", "--json"))
    assert redone == named


def test_a_later_suggestion_keeps_what_organisers_accepted(forum: Path) -> None:
    doc = _themes(breakout("forum-themes", forum, "suggest", "--json"))
    kept = _theme_of(doc, OPEN_DATA)
    _themes(breakout("forum-themes", forum, "accept", str(kept["id"]), "--json"))
    again = _themes(breakout("forum-themes", forum, "suggest", "--json"))
    assert _theme_of(again, OPEN_DATA) == {**kept, "suggested": False}


def test_a_re_added_session_keeps_its_recommendations_themes(
    forum: Path, rooms: list[Path]
) -> None:
    doc = _themes(breakout("forum-themes", forum, "suggest", "--json"))
    accept = breakout("forum-themes", forum, "accept", str(_theme_of(doc, OPEN_DATA)["id"]))
    assert accept.returncode == 0, accept.stderr
    assert breakout("forum", forum, rooms[0]).returncode == 0
    after = _themes(breakout("forum-themes", forum, "--json"))
    assert len(_theme_of(after, OPEN_DATA)["recommendations"]) == 3
    assert_clean_error(
        breakout("forum-themes", forum, "undo"), "there is nothing to undo in this forum's themes"
    )


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("rename", "99", "X"), "there is no theme 99 in this forum"),
        (("rename", "one", "X"), "'one' is not a theme number"),
        (("move", "none", "999"), "there is no recommendation 999 in this forum"),
        (("rename", "1"), "'rename' takes: rename THEME NAME"),
        (("redo",), "there is nothing to redo"),
    ],
)
def test_a_wrong_theme_command_says_what_is_wrong_and_changes_nothing(
    forum: Path, args: tuple[str, ...], fragment: str
) -> None:
    before = forum.read_bytes()
    assert_clean_error(breakout("forum-themes", forum, *args), fragment)
    assert forum.read_bytes() == before
