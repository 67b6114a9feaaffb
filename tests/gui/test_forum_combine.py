"""File ▸ Combine Sessions…: session files into a forum file, as an organiser does it.

The file choosers are the window's ``ask_files_to_open`` and ``ask_forum_file``;
the tests answer them, trigger the menu's action and read what the forum holds.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from breakout_qt.main_window import MainWindow
from tests.forum.sessions import build_all, copies, fingerprint

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_all(tmp_path_factory.mktemp("rooms"))


@pytest.fixture
def rooms(made: Path, tmp_path: Path) -> list[Path]:
    return copies(made, tmp_path)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(None, settings=settings)
    win.show_error = lambda message: pytest.fail(f"unexpected error: {message}")
    qtbot.addWidget(win)
    yield win
    win.close()


def _answer(window: MainWindow, sessions: list[Path], forum: Path) -> None:
    window.ask_files_to_open = lambda title, filters: sessions
    window.ask_forum_file = lambda title, filters: forum


def _breakouts(forum: Path) -> list[str]:
    conn = sqlite3.connect(forum)
    try:
        return [row[0] for row in conn.execute("SELECT source FROM breakouts ORDER BY position")]
    finally:
        conn.close()


def test_combine_sessions_makes_a_forum_then_adds_to_it(
    window: MainWindow, rooms: list[Path]
) -> None:
    before = [fingerprint(path) for path in rooms]
    forum = rooms[0].parent / "Forum 2027"  # the suffix is added
    _answer(window, rooms[:3], forum)
    window.combine_action.trigger()
    made = forum.with_name("Forum 2027.breakout")
    assert _breakouts(made) == ["water.breakout", "ecoles.breakout", "youth.breakout"]
    assert window.statusBar().currentMessage() == (
        "Forum Forum 2027.breakout: 3 sessions added, 0 sessions updated"
    )
    _answer(window, rooms[2:], made)
    window.combine_action.trigger()
    assert len(_breakouts(made)) == 4
    assert window.statusBar().currentMessage() == (
        "Forum Forum 2027.breakout: 1 session added, 1 session updated"
    )
    assert [fingerprint(path) for path in rooms] == before


def test_a_file_that_is_not_a_session_is_refused_in_one_sentence(
    window: MainWindow, rooms: list[Path]
) -> None:
    notes = rooms[0].parent / "notes.breakout"
    notes.write_text("minutes", encoding="utf-8")
    errors: list[str] = []
    window.show_error = lambda message: errors.append(message)
    forum = rooms[0].parent / "forum.breakout"
    _answer(window, [rooms[0], notes], forum)
    window.combine_action.trigger()
    assert errors == ["notes.breakout is not a Breakout session file; choose a .breakout file"]
    assert not forum.exists()


def test_cancelling_either_chooser_does_nothing(window: MainWindow, rooms: list[Path]) -> None:
    window.ask_files_to_open = lambda title, filters: []
    window.ask_forum_file = lambda title, filters: pytest.fail("no sessions, no forum asked")
    window.combine_action.trigger()
    _answer(window, rooms, rooms[0].parent / "forum.breakout")
    window.ask_forum_file = lambda title, filters: None
    window.combine_action.trigger()
    assert not (rooms[0].parent / "forum.breakout").exists()
