"""The open session file renamed or deleted under the app: told at once, nothing lost.

The facilitator's file manager, a sync client or a colleague moves the file
while the session runs. The window says so within a tick, offers Save a Copy,
and carries on in the copy with everything — what was typed included.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from breakout.briefing import parse_briefing
from breakout.roster import parse_roster
from breakout.session import Session
from breakout_qt.main_window import MainWindow
from tests.helpers import FakeClock
from tests.unit.test_report_headings import BRIEFING, LONG, ROSTER, contribute

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(os.name != "posix", reason="an open file cannot be renamed on Windows"),
]


class Moved:
    """Answers the moved-file warning, and remembers what it said."""

    def __init__(self, save: bool) -> None:
        self.save = save
        self.messages: list[str] = []

    def __call__(self, message: str) -> bool:
        self.messages.append(message)
        return self.save


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    clock = FakeClock()
    path = tmp_path / "Genève mars.breakout"

    def fill(session: Session) -> None:
        session.import_briefing(parse_briefing(BRIEFING))
        session.people.import_roster(parse_roster(ROSTER.encode("utf-8")))

    session = Session.create(path, clock=clock, fill=fill)
    contribute(session, clock)
    session.agenda.start_point(session.agenda.points()[2].id)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(session, settings=settings)
    win.show_error = lambda message: pytest.fail(f"unexpected error: {message}")
    qtbot.addWidget(win)
    yield win
    win.close()


def test_renaming_the_open_file_is_told_at_once_and_a_copy_carries_on(
    window: MainWindow, tmp_path: Path
) -> None:
    session = window.session
    assert session is not None
    assert session.point(session.info().current_point or 0).text == LONG
    before = {c.id: c.text for c in session.capture.contributions()}
    assert window.console is not None
    window.console.capture.edit.setPlainText("Une phrase en cours — 还没保存 — لم تحفظ بعد")
    os.rename(session.path, tmp_path / "renamed by the file manager.breakout")

    moved = Moved(save=True)
    window.ask_save_moved = moved
    rescued = tmp_path / "rescued.breakout"
    window.ask_file_to_save = lambda *args: rescued
    window._on_tick()  # the next second's tick

    assert len(moved.messages) == 1
    assert "renamed, moved or deleted" in moved.messages[0]
    assert window.session is not None and window.session.path == rescued
    assert window.windowTitle().startswith("rescued.breakout")
    assert (
        window.console.capture.edit.toPlainText() == "Une phrase en cours — 还没保存 — لم تحفظ بعد"
    )
    window.console.capture.save()
    window._on_tick()
    assert len(moved.messages) == 1  # said once; the copy is fine
    window.close()
    with Session.open(rescued) as copy:
        texts = {c.id: c.text for c in copy.capture.contributions()}
    assert before.items() <= texts.items()
    assert "Une phrase en cours — 还没保存 — لم تحفظ بعد" in texts.values()


def test_a_refused_write_offers_the_copy_and_keeps_the_typing(
    window: MainWindow, tmp_path: Path
) -> None:
    session = window.session
    assert session is not None
    count = len(session.capture.contributions())
    os.unlink(session.path)
    moved = Moved(save=False)  # "Not Now"
    window.ask_save_moved = moved
    assert window.console is not None
    window.console.capture.edit.setPlainText("Typed after the file was deleted")
    window.console.capture.save()
    assert len(moved.messages) == 1
    assert "renamed, moved or deleted" in moved.messages[0]
    assert "Save a Copy" in moved.messages[0]
    assert window.console.capture.edit.toPlainText() == "Typed after the file was deleted"
    assert len(session.capture.contributions()) == count
    window._on_tick()
    assert len(moved.messages) == 1  # not asked again every second
