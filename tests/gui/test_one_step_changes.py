"""What the facilitator does in one keystroke is one step on the undo stack, undone exactly.

A walk-in typed into the queue or the capture's "Who" box (accents, Arabic),
several proposals moved or withdrawn on the board: each is one engine
operation, so one Ctrl+Z puts the file back exactly as it was, and Ctrl+Shift+Z
brings all of it back. The session is made from ``tests/data/real_session``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from pytestqt.qtbot import QtBot

from breakout.briefing import read_briefing
from breakout.interchange import export_session
from breakout.roster import read_roster
from breakout.session import Session
from breakout_qt.main_window import MainWindow
from tests.gui.test_real_session_flow import type_here
from tests.helpers import FakeClock

pytestmark = pytest.mark.gui

DATA = Path(__file__).parent.parent / "data" / "real_session"
WALK_IN = "عائشة الراشد"
WALK_IN_LATIN = "Rémi Saint-Éloi"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    clock = FakeClock()
    session = Session.new(
        tmp_path / "forum.breakout",
        briefing=read_briefing(DATA / "briefing.md"),
        roster=read_roster(DATA / "roster.csv"),
        clock=clock,
    )
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(session, settings=settings)
    win.show_error = lambda message: pytest.fail(f"unexpected error: {message}")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.actions_by_name["clock.start"].trigger()  # F6: the first point
    clock.advance(20)
    yield win
    win.close()


def state(window: MainWindow) -> dict[str, Any]:
    assert window.session is not None
    doc = export_session(window.session)
    doc.pop("format")
    return doc


def undo_and_redo_are_exact(window: MainWindow, before: dict[str, Any]) -> None:
    after = state(window)
    assert after != before
    assert window.undo_stack.count() == 1  # one step, whatever it took
    window.undo_action.trigger()
    assert state(window) == before
    window.redo_action.trigger()
    assert state(window) == after


def names_of(window: MainWindow) -> list[str]:
    assert window.session is not None
    return [p.name for p in window.session.people.participants()]


def test_a_walk_in_typed_into_the_queue_is_one_step(qtbot: QtBot, window: MainWindow) -> None:
    window.undo_stack.clear()
    before = state(window)
    window.actions_by_name["queue.add"].trigger()  # Ctrl+K
    type_here(qtbot, WALK_IN)
    assert window.console is not None
    qtbot.keyClick(window.console.queue.entry, Qt.Key.Key_Return)
    assert WALK_IN in names_of(window)
    model = window.console.queue.model
    assert [model.data(model.index(r, 1)) for r in range(model.rowCount())] == [WALK_IN]
    assert window.console.queue.entry.text() == ""
    assert window.undo_stack.undoText() == f"Add {WALK_IN} to the queue"
    undo_and_redo_are_exact(window, before)


def test_a_walk_in_typed_as_who_said_it_is_one_step(qtbot: QtBot, window: MainWindow) -> None:
    window.undo_stack.clear()
    before = state(window)
    window.actions_by_name["capture.speaker"].trigger()  # Ctrl+Shift+L
    type_here(qtbot, WALK_IN_LATIN)
    assert window.console is not None
    qtbot.keyClick(window.console.capture.speaker_box, Qt.Key.Key_Return)  # on to the capture box
    window.actions_by_name["capture.kind_proposal"].trigger()
    type_here(qtbot, "Que les comités de quartier cosignent chaque carte de risque.")
    qtbot.keyClick(window.console.capture.edit, Qt.Key.Key_Return)
    assert WALK_IN_LATIN in names_of(window)
    assert window.console.capture.status.text() == f"Saved: proposal by {WALK_IN_LATIN}"
    model = window.console.capture.model
    assert model.data(model.index(0, 1)) == WALK_IN_LATIN
    undo_and_redo_are_exact(window, before)
    window.undo_action.trigger()
    assert WALK_IN_LATIN not in names_of(window)


def test_an_ambiguous_who_keeps_what_was_typed_and_adds_no_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    errors: list[str] = []
    window.show_error = lambda message: errors.append(message)
    before = state(window)
    assert window.console is not None
    window.console.capture.speaker_box.setCurrentText("Haddad")
    window.console.capture.edit.setFocus()
    type_here(qtbot, "Cost recovery must not price out the poorest households.")
    qtbot.keyClick(window.console.capture.edit, Qt.Key.Key_Return)
    assert len(errors) == 1 and "could be" in errors[0] and "Omar Haddad" in errors[0]
    assert state(window) == before
    assert window.console.capture.edit.toPlainText().startswith("Cost recovery")


def board_with_proposals(window: MainWindow) -> list[int]:
    session = window.session
    assert session is not None
    for n, who in enumerate(["Omar Haddad", "李伟", "Layla Nasser", "Chloé Dubois"]):
        session.capture.add_by_name(
            f"Proposal {n}: kiosks run by water users", speaker=who, kind="proposal"
        )
    window.show_page(1)
    window.undo_stack.clear()
    return [r.id for r in session.board.recommendations()]


def select(window: MainWindow, rec_ids: list[int]) -> None:
    board = window.ensure_board()
    selection = board.tree.selectionModel()
    selection.clearSelection()
    for rec_id in rec_ids:
        selection.select(
            board.model.recommendation_index(rec_id),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    selection.setCurrentIndex(
        board.model.recommendation_index(rec_ids[0]), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def test_several_proposals_moved_on_the_board_are_one_step(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    recs = board_with_proposals(window)
    session = window.session
    assert session is not None
    group = session.board.add_cluster("Water kiosks").result
    window.undo_stack.clear()
    board = window.ensure_board()
    monkeypatch.setattr(board, "ask_group", lambda title, exclude=None: group)
    before = state(window)
    select(window, recs[:3])
    board.tree.setFocus()
    board.actions_by_name["move"].trigger()  # Ctrl+Shift+M
    assert [session.recommendation(r).cluster for r in recs] == [group, group, group, None]
    undo_and_redo_are_exact(window, before)


def test_several_proposals_withdrawn_on_the_board_are_one_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    recs = board_with_proposals(window)
    session = window.session
    assert session is not None
    before = state(window)
    select(window, recs[1:])
    board = window.ensure_board()
    board.tree.setFocus()
    qtbot.keyClick(board.tree, Qt.Key.Key_Delete)
    assert [session.recommendation(r).status for r in recs] == ["active"] + ["withdrawn"] * 3
    undo_and_redo_are_exact(window, before)
