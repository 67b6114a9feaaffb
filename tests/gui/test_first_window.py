"""The first window: a session's title and agenda, from a real file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from breakout.demo import build_demo
from breakout.session import Session
from breakout_qt.main_window import MainWindow
from breakout_qt.models import AgendaModel, format_minutes

pytestmark = pytest.mark.gui


@pytest.fixture
def demo(tmp_path: Path) -> Session:
    return build_demo(tmp_path / "demo.breakout")


def test_agenda_model_passes_the_model_tester(qtmodeltester: ModelTester, demo: Session) -> None:
    model = AgendaModel(demo)
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    first = model.index(0, 1)
    assert model.data(first) == demo.agenda.points()[0].text
    assert model.data(model.index(0, 2)) == f"{demo.agenda.points()[0].minutes} min"
    demo.close()


def test_window_shows_title_facts_and_agenda(qtbot: QtBot, demo: Session) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    info = demo.info()
    assert window.console is not None
    assert window.console.agenda.title_label.text() == info.title
    assert "Geneva, Switzerland" in window.console.agenda.facts_label.text()
    assert window.windowTitle().startswith("demo.breakout")
    view = window.console.agenda.view
    assert view.model().rowCount() == 6
    current = view.model().index(5, 1)
    assert (
        view.model().data(current, Qt.ItemDataRole.FontRole).bold()
    )  # the current point stands out
    assert "94 contributions" in window.console.agenda.summary_label.text()
    window.close()


def test_window_without_a_session_invites_opening_one(qtbot: QtBot) -> None:
    window = MainWindow(None)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Breakout"
    assert not window.copy_action.isEnabled()


def test_format_minutes() -> None:
    assert format_minutes(0) == "0:00"
    assert format_minutes(61.4) == "1:01"
    assert format_minutes(-90) == "-1:30"
