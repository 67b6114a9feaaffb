"""The contributions list follows each change by itself — a new row at the top,
one row redrawn — and keeps pictures of the cells it drew. Whatever the
facilitator does, it shows exactly what a list read afresh from the file shows.

On a session made as a facilitator makes one: from a briefing and a roster,
nobody checked in, a point of over 430 characters, names in several scripts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from breakout.session import Session
from breakout_qt.console.console import Console
from breakout_qt.main_window import MainWindow
from breakout_qt.models import ContributionsModel
from breakout_qt.text_cells import LinesDelegate
from tests.gui.real_session import LONG_POINT, make_session
from tests.gui.windows import shown_window
from tests.helpers import FakeClock

pytestmark = pytest.mark.gui

#: Every role a view or a screen reader asks of a cell.
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


def console_of(window: MainWindow) -> Console:
    """The window's console, which a session being open guarantees."""
    assert window.console is not None
    return window.console


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session(tmp_path: Path, clock: FakeClock) -> Iterator[Session]:
    session = make_session(tmp_path, clock)
    yield session
    session.close()


@pytest.fixture
def window(qtbot: QtBot, session: Session, tmp_path: Path) -> Iterator[MainWindow]:
    win = shown_window(qtbot, session, tmp_path, size=(1366, 768))
    yield win
    win.close()


def shown(model: ContributionsModel) -> list[list[Any]]:
    """Everything the model answers, cell by cell and role by role (fonts as their looks)."""
    rows = []
    for row in range(model.rowCount()):
        cells = []
        for column in range(model.columnCount()):
            for role in ROLES:
                value = model.index(row, column).data(role)
                cells.append(value.toString() if hasattr(value, "toString") else value)
        rows.append(cells)
    return rows


def read_afresh(window: MainWindow, session: Session) -> list[list[Any]]:
    fresh = ContributionsModel(session, lambda _id, _text: False)
    fresh.set_point(session.info().current_point)
    return shown(fresh)


def assert_same_as_afresh(window: MainWindow, session: Session) -> None:
    model = console_of(window).capture.model
    assert shown(model) == read_afresh(window, session)


def capture(qtbot: QtBot, window: MainWindow, who: str, text: str, kind: str = "comment") -> None:
    panel = console_of(window).capture
    panel.speaker_box.setCurrentText(who)
    panel.set_kind(kind)
    panel.edit.setPlainText(text)
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
    assert panel.status.text().startswith("Saved"), panel.status.text()


def select_row(window: MainWindow, row: int) -> None:
    view = console_of(window).capture.view
    view.setCurrentIndex(view.model().index(row, 0))
    view.selectRow(row)


def start_long_point(window: MainWindow, session: Session) -> None:
    long_point = next(p for p in session.agenda.points() if p.text == LONG_POINT)
    console_of(window).agenda.jump_to_row(console_of(window).agenda.model.row_of(long_point.id))


def drawn(window: MainWindow) -> QImage:
    view = console_of(window).capture.view
    return view.viewport().grab().toImage()


def drawn_afresh(window: MainWindow) -> QImage:
    """The list drawn by a delegate that keeps no pictures: every cell laid out now."""
    view = console_of(window).capture.view
    keeping = view.itemDelegate()
    view.setItemDelegate(LinesDelegate(4, view))
    try:
        return drawn(window)
    finally:
        view.setItemDelegate(keeping)


def test_captures_undo_redo_edits_and_a_new_point_show_what_the_file_holds(
    qtbot: QtBot, window: MainWindow, session: Session, clock: FakeClock
) -> None:
    start_long_point(window, session)
    people = [p.name for p in session.people.participants()]
    for n in range(12):
        clock.advance(7)
        capture(qtbot, window, people[n % len(people)], f"Point {n}: résidents, 居民, السكان")
        assert_same_as_afresh(window, session)
    # A walk-in named as "Who", and a proposal with the long text.
    clock.advance(7)
    capture(qtbot, window, "Maëlle Ó Súilleabháin", LONG_POINT, kind="proposal")
    assert_same_as_afresh(window, session)
    # Two contributions in the same second: newest first still, by the order they came.
    capture(qtbot, window, "Unattributed", "Same second, first")
    capture(qtbot, window, people[2], "Same second, second")
    assert_same_as_afresh(window, session)
    newest = console_of(window).capture.model.contribution_at(0)
    assert newest is not None and newest.text == "Same second, second"

    for _ in range(3):
        window.undo_stack.undo()
        assert_same_as_afresh(window, session)
    for _ in range(2):
        window.undo_stack.redo()
        assert_same_as_afresh(window, session)

    # Edits through the list: the text in place (F2), proposal, private, delete.
    panel = console_of(window).capture
    model = panel.model
    assert model.setData(model.index(3, model.TEXT_COLUMN), "Réécrit : 地图 خريطة")
    assert_same_as_afresh(window, session)
    select_row(window, 4)
    panel.toggle_proposal()
    assert_same_as_afresh(window, session)
    select_row(window, 5)
    panel.toggle_private()
    assert_same_as_afresh(window, session)
    select_row(window, 1)
    panel.delete_selected()
    assert_same_as_afresh(window, session)
    window.undo_stack.undo()  # the delete
    assert_same_as_afresh(window, session)

    # To another point and back: each shows its own.
    console_of(window).clock.next_point()
    assert_same_as_afresh(window, session)
    clock.advance(7)
    capture(qtbot, window, people[0], "On the next point")
    assert_same_as_afresh(window, session)
    console_of(window).clock.previous_point()
    assert_same_as_afresh(window, session)
    assert model.rowCount() == 14  # 15 captured, one undone


def test_the_list_draws_what_a_fresh_drawing_shows_after_each_change(
    qtbot: QtBot, window: MainWindow, session: Session, clock: FakeClock
) -> None:
    start_long_point(window, session)
    people = [p.name for p in session.people.participants()]
    for n in range(6):
        clock.advance(5)
        capture(qtbot, window, people[n % len(people)], f"Contribution {n}: Kreyòl, 中文, العربية")
    panel = console_of(window).capture
    model = panel.model

    def on_row(row: int, action: Callable[[], None]) -> Callable[[], None]:
        def step() -> None:
            select_row(window, row)
            action()

        return step

    steps: list[Callable[[], object]] = [
        lambda: capture(qtbot, window, people[1], LONG_POINT),
        lambda: model.setData(model.index(2, model.TEXT_COLUMN), "Changed wording, ça va"),
        on_row(1, panel.toggle_proposal),
        on_row(3, panel.toggle_private),
        window.undo_stack.undo,
        window.undo_stack.redo,
        on_row(0, panel.delete_selected),
    ]
    for step in steps:
        step()
        qtbot.wait(10)
        assert drawn(window) == drawn_afresh(window)
    # A new palette (a dark desktop theme, say) draws every cell again in it.
    palette = panel.view.palette()
    palette.setColor(palette.ColorRole.Base, Qt.GlobalColor.darkBlue)
    palette.setColor(palette.ColorRole.Text, Qt.GlobalColor.white)
    panel.view.setPalette(palette)
    qtbot.wait(10)
    assert drawn(window) == drawn_afresh(window)


def test_after_a_capture_the_list_lays_out_only_the_new_row_afresh(
    qtbot: QtBot, window: MainWindow, session: Session, clock: FakeClock
) -> None:
    start_long_point(window, session)
    for n in range(40):  # more than the list shows
        clock.advance(3)
        session.capture.add_contribution(f"Earlier contribution {n}: {LONG_POINT[: 60 + 5 * n]}")
    window.refresh_all()
    panel = console_of(window).capture
    qtbot.waitUntil(lambda: panel.rows_fitted)
    qtbot.wait(50)  # the scroll bar comes, and the text column narrows, once laid out
    for _ in range(2):  # the first frame is drawn directly; pictures are kept from the next
        panel.view.viewport().repaint()
        qtbot.wait(10)
    texts_read: list[int] = []
    model = panel.model
    plain_data = model.data

    def counting_data(index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.column() == model.TEXT_COLUMN:
            texts_read.append(index.row())
        return plain_data(index, role)

    model.data = counting_data
    clock.advance(3)
    # As the 40 before it (so no column changes width): unattributed.
    capture(qtbot, window, "Unattributed", "Maps drawn with residents, in their languages.")
    panel.view.viewport().repaint()
    panel.view.viewport().repaint()
    shown_rows = panel.view.rowAt(panel.view.viewport().height() - 1)
    assert shown_rows > 2  # the list shows several rows
    assert set(texts_read) == {0}  # the rows below were drawn from their pictures
