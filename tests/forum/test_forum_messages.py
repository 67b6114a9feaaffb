"""The forum's own key messages, as organisers write them from the command line: added,
edited, reordered and removed, undone and redone with the themes' history, and shown first
in the forum's report; every refusal one sentence that changes nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from breakout.forum.combine import combine
from tests.cli.test_cli import assert_clean_error, breakout
from tests.helpers import FakeClock

pytestmark = pytest.mark.slow
WATER = (
    "Les villes doivent publier chaque mois des données ouvertes sur l'eau, "
    "et les comités d'usagers — femmes, réfugiés, habitants des quartiers informels — "
    "doivent être entendus avant tout rationnement. " * 3
).strip()
YOUTH = "يجب أن يشارك الشباب في تمويل مشاريع المياه في المدن"
CLIMATE = "城市气候适应需要社区参与"


@pytest.fixture
def forum(rooms: list[Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BREAKOUT_MODEL", "off")
    path = rooms[0].parent / "forum.breakout"
    combine(path, rooms, clock=FakeClock())
    return path


def _listed(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_organisers_write_reorder_and_remove_key_messages_and_undo_them(forum: Path) -> None:
    assert len(WATER) > 400
    assert _listed(breakout("forum-messages", forum)) == []
    assert _listed(breakout("forum-messages", forum, "add", WATER)) == [f"1. {WATER}"]
    breakout("forum-messages", forum, "add", YOUTH)
    shown = _listed(breakout("forum-messages", forum, "add", "  Climate  adaptation\n first "))
    assert shown == [f"1. {WATER}", f"2. {YOUTH}", "3. Climate adaptation first"]
    assert _listed(breakout("forum-messages", forum, "edit", "3", CLIMATE))[2] == f"3. {CLIMATE}"
    shown = _listed(breakout("forum-messages", forum, "move", "3", "1"))
    assert shown == [f"1. {CLIMATE}", f"2. {WATER}", f"3. {YOUTH}"]
    assert _listed(breakout("forum-messages", forum, "remove", "2")) == [
        f"1. {CLIMATE}",
        f"2. {YOUTH}",
    ]
    undone = breakout("forum-messages", forum, "undo")
    assert undone.stderr == "undo: Remove key message\n"
    assert _listed(undone) == [f"1. {CLIMATE}", f"2. {WATER}", f"3. {YOUTH}"]
    assert _listed(breakout("forum-messages", forum, "undo"))[0] == f"1. {WATER}"
    # the themes' undo steps through the same history
    assert breakout("forum-themes", forum, "undo").stderr == "undo: Edit key message\n"
    assert _listed(breakout("forum-messages", forum, "redo"))[2] == f"3. {CLIMATE}"
    assert _listed(breakout("forum-messages", forum)) == [
        f"1. {WATER}",
        f"2. {YOUTH}",
        f"3. {CLIMATE}",
    ]


def test_the_forum_report_shows_the_organisers_key_messages_first(forum: Path) -> None:
    assert breakout("forum-themes", forum, "suggest").returncode == 0
    for words in (YOUTH, WATER):
        assert breakout("forum-messages", forum, "add", words).returncode == 0
    assert breakout("forum-messages", forum, "move", "2", "1").returncode == 0
    target = forum.parent / "forum.md"
    done = breakout("export", forum, "--markdown", target)
    assert done.returncode == 0, done.stderr
    text = target.read_text(encoding="utf-8")
    start = text.index("## Key messages")
    section = text[start : text.index("## Themes across breakouts")]
    bullets = [line for line in section.splitlines() if line.startswith("- ")]
    assert bullets[:2] == [f"- {WATER}", f"- {YOUTH}"]
    assert "No theme that several breakouts share" not in section


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("edit", "4", "x"), "there is no key message 4 in this forum; give a number from 1 to 1"),
        (("move", "1", "2"), "there is no key message 2 in this forum"),
        (("remove", "one"), "'one' is not a key message number; list them with 'forum-messages"),
        (("add", " \n "), "a key message needs words"),
        (("add", "x" * 601), "more than 600; shorten it"),
        (("edit", "1"), "'edit' takes: edit NUMBER TEXT"),
    ],
)
def test_a_bad_key_message_command_says_why_and_changes_nothing(
    forum: Path, args: tuple[str, ...], says: str
) -> None:
    assert breakout("forum-messages", forum, "add", CLIMATE).returncode == 0
    before = forum.read_bytes()
    assert_clean_error(breakout("forum-messages", forum, *args), says)
    assert forum.read_bytes() == before


def test_an_empty_forum_says_how_to_add_a_key_message(forum: Path) -> None:
    assert_clean_error(
        breakout("forum-messages", forum, "remove", "1"),
        "it has none yet: add one with 'forum-messages FORUM add TEXT'",
    )
