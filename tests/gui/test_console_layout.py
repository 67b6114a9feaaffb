"""The console's layout on a real session: a new one, from a briefing with a
point of over 430 characters, on a 1366×768 laptop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QEvent,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFontMetrics, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from breakout.session import Session
from breakout_qt.console import capture as console_capture
from breakout_qt.console.capture import NAME_COLUMN_MOST
from breakout_qt.dialogs import ShortcutsDialog
from breakout_qt.main_window import MainWindow
from breakout_qt.text_cells import LinesDelegate
from breakout_qt.window_place import FRAME_GUESS, fitted_geometry
from tests.gui.real_session import LONG_POINT, make_session
from tests.helpers import FakeClock

pytestmark = pytest.mark.gui

#: What openbox puts round a window: a 20-pixel title bar and thin borders.
OPENBOX = QMargins(1, 20, 1, 5)
LAPTOP = QRect(0, 0, 1366, 768)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session(tmp_path: Path, clock: FakeClock) -> Iterator[Session]:
    session = make_session(tmp_path, clock)
    yield session
    session.close()


class Laptop:
    """A 1366×768 screen, as the offscreen test platform has no such thing."""

    def availableGeometry(self) -> QRect:
        return QRect(LAPTOP)


@pytest.fixture
def window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, session: Session, tmp_path: Path
) -> Iterator[MainWindow]:
    monkeypatch.setattr(MainWindow, "screen", lambda self: Laptop())
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(session, settings=settings)
    win.show_error = lambda message: pytest.fail(f"unexpected error dialog: {message}")
    qtbot.addWidget(win)
    # Framed as openbox frames it.
    win.setGeometry(fitted_geometry(LAPTOP, OPENBOX))
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()


def start_long_point(window: MainWindow, session: Session) -> None:
    long_point = next(p for p in session.agenda.points() if p.text == LONG_POINT)
    assert window.console is not None
    window.console.agenda.jump_to_row(window.console.agenda.model.row_of(long_point.id))


# -- the window fits the screen ------------------------------------------------------------------


@pytest.mark.parametrize(
    "frame", [OPENBOX, FRAME_GUESS, QMargins()], ids=["openbox", "guess", "none"]
)
def test_the_window_fits_a_laptop_screen_with_its_frame(frame: QMargins) -> None:
    inner = fitted_geometry(LAPTOP, frame)
    outer = inner.marginsAdded(frame)
    assert LAPTOP.contains(outer)
    # All of a small screen is used: nothing to spare on a laptop.
    assert outer.width() == LAPTOP.width() and outer.height() == LAPTOP.height()


def test_on_a_large_screen_the_window_is_large_and_centred() -> None:
    screen = QRect(0, 0, 1920, 1080)
    inner = fitted_geometry(screen, OPENBOX)
    outer = inner.marginsAdded(OPENBOX)
    assert screen.contains(outer)
    assert inner.width() >= 1366 and inner.height() >= 768
    assert abs(outer.center().x() - screen.center().x()) <= 1
    # Below a panel (available room starts lower), it stays in the room.
    room = QRect(0, 32, 1920, 1048)
    assert room.contains(fitted_geometry(room, OPENBOX).marginsAdded(OPENBOX))


def test_the_console_can_shrink_to_a_laptop_screen(window: MainWindow, session: Session) -> None:
    """With the long point and long names on show, the console's least size
    still fits 1366×768 less the window manager's frame."""
    start_long_point(window, session)
    for page in (1, 2, 0):
        window.show_page(page)
    room = fitted_geometry(LAPTOP, OPENBOX)
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert least.width() <= room.width() and least.height() <= room.height()
    assert LAPTOP.contains(window.frameGeometry())  # nothing pushed it past the edge


def test_the_window_opens_inside_its_screen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, session: Session, tmp_path: Path
) -> None:
    monkeypatch.setattr(MainWindow, "screen", lambda self: Laptop())
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(session, settings=settings)
    qtbot.addWidget(win)
    # Before the window manager has said how big its frame is, a generous guess.
    assert win.geometry() == fitted_geometry(LAPTOP, FRAME_GUESS)
    assert LAPTOP.contains(win.geometry().marginsAdded(FRAME_GUESS))
    win.show()
    qtbot.waitExposed(win)
    # Once up, a window pushed past the edge (a move, a smaller screen) comes back in.
    win.setGeometry(QRect(200, 150, 1366, 768))
    win.keep_on_screen()
    assert LAPTOP.contains(win.frameGeometry())
    win.close()


# -- a new session's contributions ---------------------------------------------------------------


def test_contribution_columns_widen_as_captures_come_in(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    start_long_point(window, session)
    assert window.console is not None
    view = window.console.capture.view
    header = view.horizontalHeader()
    assert window.console.capture.model.rowCount() == 0  # sized while empty, as a new session is
    people = session.people.participants()
    for n in range(5):
        window.console.capture.focus_speaker()
        line = window.console.capture.speaker_box.lineEdit()
        assert line is not None
        line.selectAll()
        line.insert(people[n].name)  # typed (QTest types ASCII only)
        qtbot.keyClick(line, Qt.Key.Key_Return)
        window.console.capture.edit.insertPlainText(f"Capture {n + 1}: résidents, 居民, السكان")
        qtbot.keyClick(window.console.capture.edit, Qt.Key.Key_Return)
    assert window.console.capture.model.rowCount() == 5
    metrics = QFontMetrics(view.font())
    for column in (0, 1, 2):
        wanted = view.sizeHintForColumn(column)
        assert header.sectionSize(column) >= min(wanted, NAME_COLUMN_MOST), column
    # The time reads in full ("13:05", not "13…"), and so does a name that fits.
    time_text = window.console.capture.model.index(0, 0).data()
    assert header.sectionSize(0) > metrics.horizontalAdvance(time_text)
    leila = "Leila Mansour-Haddad"
    assert header.sectionSize(1) > metrics.horizontalAdvance(leila)


def test_a_capture_on_a_busy_point_measures_only_the_new_row(
    qtbot: QtBot, window: MainWindow, session: Session, clock: FakeClock
) -> None:
    start_long_point(window, session)
    for n in range(400):  # a long morning at one point
        clock.advance(3)
        session.capture.add_contribution(f"Earlier contribution {n}: résidents, 居民, السكان")
    window.refresh_all()
    measured: list[int] = []

    class Counting(LinesDelegate):
        def sizeHint(
            self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
        ) -> QSize:
            measured.append(index.row())
            return super().sizeHint(option, index)

    assert window.console is not None
    view = window.console.capture.view
    view.setItemDelegate(Counting(4, view))
    header = window.console.capture.view.horizontalHeader()
    before = header.sectionSize(1)
    clock.advance(3)
    window.console.capture.speaker_box.setCurrentText("Anne-Sophie Kouyaté-Lefèvre")
    window.console.capture.edit.setPlainText("Maps drawn with residents, in their languages.")
    qtbot.keyClick(window.console.capture.edit, Qt.Key.Key_Return)
    assert window.console.capture.model.rowCount() == 401
    assert set(measured) == {0}  # the new row, not the 400 already there
    assert header.sectionSize(1) > before  # and its longer name still widens "Who"


def test_a_capture_repaints_what_changed_not_the_whole_window(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    start_long_point(window, session)
    painted: list[int] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(event, QPaintEvent):
                # A QRegion iterates over its rectangles; PySide6's stubs do not say so.
                rects = event.region()
                painted.extend(r.width() * r.height() for r in rects)  # type: ignore[attr-defined]
            return False

    watch = Watch()
    window.pages.installEventFilter(watch)
    qtbot.wait(300)
    painted.clear()  # whatever was still being drawn from before
    assert window.console is not None
    capture = window.console.capture
    capture.speaker_box.setCurrentText("Tomás Ibarra Echeverría")
    capture.edit.setPlainText("Maps drawn with residents, in Kreyòl, العربية and 中文.")
    qtbot.keyClick(capture.edit, Qt.Key.Key_Return)
    assert capture.status.text().startswith("Saved")  # the new line under the box moves things
    qtbot.wait(50)
    whole = window.pages.width() * window.pages.height()
    assert sum(painted) < whole / 4  # the whole window was drawn again before


def test_a_busy_point_opens_fitting_first_the_rows_a_screen_shows(
    qtbot: QtBot,
    session: Session,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    long_point = next(p for p in session.agenda.points() if p.text == LONG_POINT)
    session.agenda.start_point(long_point.id)
    session.capture.add_contribution(f"The oldest is long, over several lines: {LONG_POINT}")
    for n in range(300):
        clock.advance(3)
        session.capture.add_contribution(f"Contribution {n}: résidents, 居民, السكان")
    measured: list[int] = []

    class Counting(LinesDelegate):  # the capture panel's, counting what it measures
        def sizeHint(
            self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
        ) -> QSize:
            measured.append(index.row())
            return super().sizeHint(option, index)

    monkeypatch.setattr(console_capture, "LinesDelegate", Counting)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(session, settings=settings)
    qtbot.addWidget(win)
    # what the first frame can show (and the oldest row, for the columns), not all 301
    assert len(set(measured)) <= console_capture.FIT_AT_ONCE + 2
    assert win.console is not None
    view = win.console.capture.view
    last = win.console.capture.model.rowCount() - 1
    qtbot.waitUntil(lambda: view.rowHeight(last) > view.rowHeight(0))  # the rest soon after
    win.close()


# -- a long point --------------------------------------------------------------------------------


def test_a_long_point_keeps_the_header_and_agenda_short(
    window: MainWindow, session: Session
) -> None:
    start_long_point(window, session)
    assert window.console is not None
    label = window.console.clock.question_label
    lines = QFontMetrics(label.font()).lineSpacing()
    assert label.height() <= 3 * lines + 4
    assert label.text().endswith("…")
    assert label.toolTip() == LONG_POINT  # all of it, on hover
    # The clock sits just below: the question did not push it down.
    assert window.console.clock.face.y() - label.y() <= 3 * lines + 40
    row = window.console.agenda.model.row_of(session.info().current_point)
    agenda_lines = QFontMetrics(window.console.agenda.view.font()).lineSpacing()
    assert window.console.agenda.view.rowHeight(row) <= 3 * agenda_lines + 10
    assert (
        window.console.agenda.model.index(row, 1)
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith(LONG_POINT)
    )
    # A short point shows whole, with no tooltip to hunt for.
    window.console.clock.next_point()
    current = session.info().current_point
    assert current is not None
    assert label.text() == session.point(current).text
    assert label.toolTip() == ""


# -- the queue holds still -----------------------------------------------------------------------


def geometry(window: MainWindow) -> tuple[list[int], list[tuple[int, int]]]:
    assert window.console is not None
    view = window.console.queue.view
    columns = [view.columnWidth(c) for c in range(window.console.queue.model.columnCount())]
    rows = [
        (view.rowViewportPosition(r), view.rowHeight(r))
        for r in range(window.console.queue.model.rowCount())
    ]
    return columns, rows


def test_the_queue_keeps_its_geometry_when_someone_gets_the_floor(
    qtbot: QtBot, window: MainWindow, session: Session, clock: FakeClock
) -> None:
    start_long_point(window, session)
    assert window.console is not None
    for person in session.people.participants()[:3]:
        window.console.queue.entry.setText(person.name)
        window.console.queue.add()
    before = geometry(window)
    qtbot.keyClick(window.console.capture.edit, Qt.Key.Key_F8)  # the first gets the floor
    assert window.console.queue.model.index(0, 0).data() == "▶"
    assert geometry(window) == before
    clock.advance(11 * 60 + 7)  # the waiting times grow a digit
    window._on_tick()
    assert "11:07" in window.console.queue.model.index(1, 3).data()
    assert geometry(window) == before


# -- the shortcut list ---------------------------------------------------------------------------


def test_the_shortcut_list_is_read_only_and_enter_closes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    seen: list[str] = []

    def try_to_edit_then_enter() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ShortcutsDialog)
        table = dialog.table
        table.setCurrentCell(0, 0)
        first = table.item(0, 0)
        assert first is not None
        before = first.text()
        qtbot.keyClick(table, Qt.Key.Key_F2)
        qtbot.keyClicks(table, "typed over")
        seen.append("editing" if table.state() == QAbstractItemView.State.EditingState else "")
        after = table.item(0, 0)
        seen.append("unchanged" if after is not None and after.text() == before else "changed")
        qtbot.keyClick(table, Qt.Key.Key_Return)
        seen.append("open" if dialog.isVisible() else "closed")
        dialog.reject()  # so a failing run does not wait here for ever

    QTimer.singleShot(0, try_to_edit_then_enter)
    assert window.console is not None
    qtbot.keyClick(window.console.capture.edit, Qt.Key.Key_F1)  # returns when the list closes
    assert seen == ["", "unchanged", "closed"]
