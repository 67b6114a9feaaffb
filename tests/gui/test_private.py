"""Marking a contribution private from the console: never on the room's screen or in an export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from breakout.report import build_content
from breakout.report.exports import json_document, markdown
from breakout.session import Session
from breakout_qt.main_window import MainWindow
from tests.gui.test_console import press, shared_text, type_text

pytestmark = pytest.mark.gui
SECRET = "The minister told me privately the tariff rise is already decided"


@pytest.fixture
def window(qtbot: QtBot, session: Session, tmp_path: Path) -> Iterator[MainWindow]:
    session.agenda.add_point("Who sets the tariff?", minutes=10)
    session.people.add_participant("Ana Lima", present=True, may_be_named=True)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(session, settings=settings)
    win.show_error = lambda message: pytest.fail(f"unexpected error dialog: {message}")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()


def test_ctrl_p_marks_a_contribution_private_and_undo_takes_it_back(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    assert window.console is not None
    window.console.agenda.view.setFocus()
    press(qtbot, "F6")
    press(qtbot, "F5")  # the room's screen is up
    press(qtbot, "Ctrl+L")
    type_text(qtbot, SECRET)
    press(qtbot, "Return")
    type_text(qtbot, "Publish the tariff formula")
    press(qtbot, "Return")
    model = window.console.capture.model
    window.console.capture.view.setFocus()
    window.console.capture.view.setCurrentIndex(model.index(1, 3))  # the older one: the secret

    press(qtbot, "Ctrl+P")
    secret = next(c for c in session.capture.contributions() if c.text == SECRET)
    assert secret.private
    assert model.data(model.index(1, 2)) == "comment · private"  # seen in the list
    assert model.data(model.index(1, 3), Qt.ItemDataRole.FontRole).italic()
    assert "Private" in window.console.capture.status.text()
    assert SECRET not in shared_text(window)
    content = build_content(session)
    assert content.appendix is not None
    assert [line.text for line in content.appendix] == ["Publish the tariff formula"]
    assert SECRET not in markdown(content)
    assert SECRET not in str(json_document(session, anonymous=False))

    press(qtbot, "Ctrl+Z")
    assert not session.contribution(secret.id).private
    assert model.data(model.index(1, 2)) == "comment"
    press(qtbot, "Ctrl+Shift+Z")
    assert session.contribution(secret.id).private
    window.console.capture.view.setCurrentIndex(model.index(1, 3))
    press(qtbot, "Ctrl+P")  # and back again
    assert not session.contribution(secret.id).private
    assert SECRET in markdown(build_content(session))
