"""The recommendations board: people stay in charge of the groups."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from breakout.demo import build_demo
from breakout.session import Session
from breakout_qt.board_model import UNGROUPED
from breakout_qt.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    session = build_demo(tmp_path / "demo.breakout")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(session, settings=settings)
    win.show_error = lambda message: pytest.fail(f"unexpected error: {message}")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_page(1)
    yield win
    win.close()


def test_board_shows_every_group_and_its_proposals(window: MainWindow) -> None:
    session = window.session
    assert session is not None
    assert window.board is not None
    model = window.board.model
    groups = model.groups()
    assert [g.id for g in groups][:-1] == [c.id for c in session.board.clusters()]
    assert groups[-1].id == UNGROUPED
    total = sum(model.rowCount(model.index(row, 0)) for row in range(model.rowCount()))
    assert total == len(session.board.recommendations(include_inactive=False))


def test_board_model_passes_the_model_tester(
    qtmodeltester: ModelTester, window: MainWindow
) -> None:
    assert window.board is not None
    qtmodeltester.check(window.board.model)


def test_drag_a_proposal_to_another_group_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    assert window.board is not None
    model = window.board.model
    first, second = session.board.clusters()[:2]
    rec = next(r for r in session.board.recommendations() if r.cluster == first.id)
    data = model.mimeData([model.recommendation_index(rec.id)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.group_index(second.id))
    assert session.recommendation(rec.id).cluster == second.id
    assert model.recommendation_index(rec.id).parent().row() == model.group_index(second.id).row()
    window.undo_stack.undo()
    assert session.recommendation(rec.id).cluster == first.id


def test_keyboard_rename_reword_accept_and_dissolve(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    board = window.board
    assert board is not None
    tree = board.tree
    first = session.board.clusters()[0]
    tree.setFocus()
    tree.setCurrentIndex(board.model.group_index(first.id))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = tree.focusWidget() if tree.focusWidget() is not tree else None
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Worker voice")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.cluster(first.id).label == "Worker voice")
    assert session.cluster(first.id).edited

    # the wording: select the group, type, Ctrl+Enter
    tree.setCurrentIndex(board.model.group_index(first.id))
    board.wording.setFocus()
    board.wording.selectAll()
    qtbot.keyClicks(board.wording, "Give workers a seat at every audit.")
    qtbot.keyClick(board.wording, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert session.cluster(first.id).wording == "Give workers a seat at every audit."

    # a suggested group is accepted with Enter, and dissolved with Delete
    members = [
        session.board.add_recommendation("Publish audit results to workers").result,
        session.board.add_recommendation("Share audit findings with the workers audited").result,
    ]
    session.board.apply_suggestions([("Suggested", members)])
    suggested = next(c for c in session.board.clusters() if c.label == "Suggested")
    assert not suggested.accepted
    tree.setFocus()
    tree.setCurrentIndex(board.model.group_index(suggested.id))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert session.cluster(suggested.id).accepted
    tree.setCurrentIndex(board.model.group_index(suggested.id))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert suggested.id not in [c.id for c in session.board.clusters()]
    assert all(session.recommendation(r).cluster is None for r in members)


def test_split_and_merge_by_keyboard(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = window.session
    assert session is not None
    board = window.board
    first, second = session.board.clusters()[:2]
    members = [r.id for r in session.board.recommendations() if r.cluster == first.id]
    assert board is not None
    board.tree.setFocus()
    selection = board.tree.selectionModel()
    board.tree.setCurrentIndex(board.model.recommendation_index(members[0]))
    selection.select(
        board.model.recommendation_index(members[0]),
        selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows,
    )
    qtbot.keyClick(
        board.tree,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    split_off = session.recommendation(members[0]).cluster
    assert split_off not in (None, first.id)
    monkeypatch.setattr(board, "ask_group", lambda title, exclude=None: second.id)
    board.tree.setCurrentIndex(board.model.group_index(split_off))
    qtbot.keyClick(
        board.tree,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert session.recommendation(members[0]).cluster == second.id
    assert split_off not in [c.id for c in session.board.clusters()]


def test_board_hides_authors_under_chatham_house(window: MainWindow) -> None:
    session = window.session
    assert session is not None
    names = {p.name for p in session.people.participants()}
    assert window.board is not None
    model = window.board.model

    def authors() -> set[str]:
        shown = set()
        for row in range(model.rowCount()):
            group = model.index(row, 0)
            for child in range(model.rowCount(group)):
                shown.add(model.data(model.index(child, 2, group)))
        return shown

    assert authors() & names
    session.update_session(chatham_house=True)
    window.refresh_all()
    assert not authors() & names


def test_suggest_groups_runs_off_the_gui_thread(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from breakout_qt.board import SuggestWorker

    started: list[SuggestWorker] = []
    start = SuggestWorker.start

    def start_and_note(self: SuggestWorker) -> None:
        started.append(self)
        start(self)

    monkeypatch.setattr(SuggestWorker, "start", start_and_note)
    session = Session.create(tmp_path / "loose.breakout")
    texts = [
        "Map flood-prone streets together with residents",
        "Residents should help draw the flood risk map",
        "Walk the neighbourhood with residents to mark where water rises",
        "Create a regional fund small towns can draw on",
        "A simple fund for small municipalities to pay for drainage",
        "Pool money between towns to buy pumps",
        "Train youth groups to guide evacuations",
        "Schools should rehearse evacuation with families",
    ]
    for text in texts:
        session.board.add_recommendation(text)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(session, settings=settings)
    win.show_error = lambda message: pytest.fail(f"unexpected error: {message}")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.show_page(1)
    board = win.ensure_board()
    qtbot.waitUntil(board.tree.isVisible)
    board.tree.setFocus()
    qtbot.keyClick(board.tree, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert started  # the work went to a thread; the window stays live
    qtbot.waitUntil(lambda: board.worker is None, timeout=60_000)
    groups = [c for c in session.board.clusters()]
    assert groups and all(c.origin == "suggested" for c in groups)
    assert "semantic" in board.status_label.text()
    assert board.model.rowCount() == len(groups) + 1
    win.undo_stack.undo()
    assert session.board.clusters() == []  # one undo takes the suggestions back
    win.close()


# -- wording typed is never dropped --------------------------------------------------------------


@pytest.fixture
def worded(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """A session made from a briefing and roster, with two groups of proposals."""
    from tests.gui.real_session import make_session

    session = make_session(tmp_path)
    session.agenda.start_point(session.agenda.points()[1].id)
    people = session.people.participants()
    recs = []
    for n, text in enumerate(
        [
            "Map informal settlements with residents, street by street",
            "Residents draw the flood lines on the risk map themselves",
            "Sirens and radio where phones are shared",
            "SMS warnings in Arabic, Chinese and Kreyòl",
        ]
    ):
        contribution = session.capture.add_contribution(
            text, participant_id=people[n].id, kind="proposal"
        )
        recs.append(session.board.candidates_of(contribution.result)[0])  # a candidate at once
    session.board.add_cluster("Risk maps with residents", members=recs[:2])
    session.board.add_cluster("Early warning that reaches everyone", members=recs[2:])
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(session, settings=settings)
    win.show_error = lambda message: pytest.fail(f"unexpected error: {message}")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.show_page(1)
    qtbot.waitUntil(lambda: win.board is not None and win.board.isVisible())
    yield win
    win.close()


WORDING = "Les habitants dessinent la carte des risques — السكان يرسمون الخريطة — 居民绘制地图"


def type_wording(qtbot: QtBot, window: MainWindow, group: int) -> None:
    """Choose a group, and type its wording without saving it."""
    board = window.ensure_board()
    board.tree.setCurrentIndex(board.model.group_index(group))
    board.wording.setFocus()
    qtbot.keyClicks(board.wording, "Residents draw it: ")
    board.wording.insertPlainText(WORDING)  # QTest types ASCII only
    assert board.wording_pending()


def groups(window: MainWindow) -> tuple[int, int]:
    session = window.session
    assert session is not None
    first, second = session.board.clusters()
    return first.id, second.id


TYPED = f"Residents draw it: {WORDING}"


def test_wording_is_saved_when_a_click_moves_to_another_group(
    qtbot: QtBot, worded: MainWindow
) -> None:
    session = worded.session
    assert session is not None
    first, second = groups(worded)
    type_wording(qtbot, worded, first)
    steps = worded.undo_stack.count()
    board = worded.ensure_board()
    tree = board.tree
    where = tree.visualRect(board.model.group_index(second)).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    selected = board.selected_group()
    assert selected is not None and selected.id == second
    assert session.cluster(first).wording == TYPED
    assert board.wording.toPlainText() == ""  # the second group's own (empty) wording
    # One step, undone like any other.
    assert worded.undo_stack.count() == steps + 1
    worded.undo_stack.undo()
    assert session.cluster(first).wording == ""


def test_wording_is_saved_when_the_selection_moves_while_typing(
    qtbot: QtBot, worded: MainWindow
) -> None:
    """The selection can move with the keyboard still in the box (a shortcut,
    a change elsewhere): the text goes to the group it was typed for."""
    session = worded.session
    assert session is not None
    first, second = groups(worded)
    type_wording(qtbot, worded, first)
    board = worded.ensure_board()
    board.tree.setCurrentIndex(board.model.group_index(second))
    assert board.wording.hasFocus()
    assert session.cluster(first).wording == TYPED
    assert session.cluster(second).wording == ""
    assert not board.wording_pending()


def test_wording_is_saved_when_the_page_changes(qtbot: QtBot, worded: MainWindow) -> None:
    session = worded.session
    assert session is not None
    first, _ = groups(worded)
    type_wording(qtbot, worded, first)
    qtbot.keyClick(worded.ensure_board().wording, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert worded.pages.currentIndex() == 0
    assert session.cluster(first).wording == TYPED


def test_wording_is_saved_when_the_window_closes(qtbot: QtBot, worded: MainWindow) -> None:
    session = worded.session
    assert session is not None
    path = session.path
    first, _ = groups(worded)
    type_wording(qtbot, worded, first)
    worded.close()
    reopened = Session.open(path)
    try:
        assert reopened.cluster(first).wording == TYPED
    finally:
        reopened.close()


def test_wording_whose_group_went_is_kept_and_closing_asks(
    qtbot: QtBot, worded: MainWindow
) -> None:
    session = worded.session
    assert session is not None
    board = worded.ensure_board()
    first, second = groups(worded)
    type_wording(qtbot, worded, first)
    # The group goes while the text is still in the box (an undo, say).
    assert worded.ops is not None
    worded.ops.run(lambda: session.board.delete_cluster(first))
    assert board.wording.toPlainText() == TYPED
    assert "not saved" in board.group_title.text()
    # Closing asks; "no" keeps the window, the page and the text.
    asked: list[str] = []

    def keep_the_text(text: str) -> bool:
        asked.append(text)
        return False  # "no": do not discard

    board.ask_discard_wording = keep_the_text
    worded.close()
    assert asked == [TYPED]
    assert worded.isVisible() and worded.pages.currentIndex() == 1
    # Given to another group with Ctrl+Enter, it is saved; closing no longer asks.
    board.tree.setCurrentIndex(board.model.group_index(second))
    assert board.wording.toPlainText() == TYPED
    qtbot.keyClick(board.wording, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert session.cluster(second).wording == TYPED
    asked.clear()
    worded.close()
    assert asked == [] and not worded.isVisible()


def test_wording_nobody_wants_is_dropped_only_when_asked(qtbot: QtBot, worded: MainWindow) -> None:
    session = worded.session
    assert session is not None
    board = worded.ensure_board()
    first, _ = groups(worded)
    type_wording(qtbot, worded, first)
    assert worded.ops is not None
    worded.ops.run(lambda: session.board.delete_cluster(first))
    board.ask_discard_wording = lambda text: True
    worded.close()
    assert not worded.isVisible()
