"""The console builds what its first frame shows; the participants tab, hidden
behind the agenda, is built when it is first shown or used — and then shows
the roster as it is at that moment.

On a session made from a briefing and a roster, nobody checked in yet.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from breakout.session import Session
from breakout_qt.console.console import Console
from breakout_qt.main_window import MainWindow
from breakout_qt.panels import AgendaTable
from tests.gui.real_session import LONG_POINT, make_session
from tests.gui.windows import shown_window
from tests.helpers import FakeClock

pytestmark = pytest.mark.gui


def console_of(window: MainWindow) -> Console:
    """The window's console, which a session being open guarantees."""
    assert window.console is not None
    return window.console


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    session = make_session(tmp_path, FakeClock())
    yield session
    session.close()


@pytest.fixture
def window(qtbot: QtBot, session: Session, tmp_path: Path) -> Iterator[MainWindow]:
    win = shown_window(qtbot, session, tmp_path)
    yield win
    win.close()


def listed_names(window: MainWindow) -> list[str]:
    model = console_of(window).people.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_the_participants_tab_is_built_when_shown_with_the_roster_as_it_is_then(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    console = console_of(window)
    assert console.left_tabs.currentWidget() is console.agenda
    assert console.people_page.findChildren(QTableView) == []  # not built for the first frame
    # While it is hidden: a walk-in named at a capture, and a check-in.
    console.agenda.jump_to_row(0)
    capture = console.capture
    capture.speaker_box.setCurrentText("Nguyễn Thị Hương")
    capture.edit.setPlainText("Les écoles d'abord — 学校优先")
    qtbot.keyClick(capture.edit, Qt.Key.Key_Return)
    first = session.people.participants()[0]
    assert window.ops is not None
    window.ops.run(lambda: session.people.check_in(first.id, True))

    console.left_tabs.setCurrentWidget(console.people_page)  # a click on its tab
    assert listed_names(window) == [p.name for p in session.people.participants()]
    assert "Nguyễn Thị Hương" in listed_names(window)
    present = sum(1 for p in session.people.participants() if p.present)
    assert console.people.present_label.text() == (
        f"{present} of {len(session.people.participants())} checked in"
    )
    # From now on it follows each change as the other panels do.
    window.undo_stack.undo()  # the check-in
    assert console.people.model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
        if session.people.participants()[0].present
        else Qt.CheckState.Unchecked
    )


def test_the_participants_key_builds_the_tab_and_puts_the_keyboard_in_its_list(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    console_of(window).capture.edit.setFocus()
    window.actions_by_name["people.participants"].trigger()  # Ctrl+Shift+P
    console = console_of(window)
    assert console.left_tabs.currentWidget() is console.people_page
    assert console.people.view.hasFocus()
    assert listed_names(window) == [p.name for p in session.people.participants()]


def test_the_agenda_fits_its_rows_once_as_the_window_first_shows(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fits: list[int] = []
    plain = AgendaTable.resizeRowsToContents

    def counting(self: AgendaTable) -> None:
        fits.append(self.model().rowCount())
        plain(self)

    monkeypatch.setattr(AgendaTable, "resizeRowsToContents", counting)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(session, settings=settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    qtbot.wait(50)
    # The point's column takes its width in several layout passes; the rows
    # are measured when drawn, not at each pass (six times before).
    assert 1 <= len(fits) <= 2
    view = console_of(win).agenda.view
    model = console_of(win).agenda.model
    long_row = next(r for r in range(model.rowCount()) if model.point_at(r).text == LONG_POINT)
    lines = QFontMetrics(view.font()).lineSpacing()
    assert view.rowHeight(long_row) >= 2 * lines  # wrapped
    fitted = [view.sizeHintForRow(r) for r in range(model.rowCount())]
    assert [view.rowHeight(r) for r in range(model.rowCount())] == fitted
    win.close()


def test_the_console_opens_without_loading_what_only_a_tally_needs(tmp_path: Path) -> None:
    """Exact fractions (with decimal) rank agreement results; opening a session
    in the console, as ``breakout open`` does, does not load them."""
    make_session(tmp_path).close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings\n"
        "from breakout_qt.app import make_app, open_session\n"
        "from breakout_qt.main_window import MainWindow\n"
        "app = make_app()\n"
        "folder = Path(sys.argv[1])\n"
        "settings = QSettings(str(folder / 's.ini'), QSettings.Format.IniFormat)\n"
        "window = MainWindow(open_session(folder / 'forum.breakout'), settings=settings)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(sorted(m for m in ('fractions', 'decimal') if m in sys.modules))\n"
        "window.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
