"""The console, driven by keyboard only, as a facilitator and rapporteur would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from breakout.session import Session
from breakout_qt.main_window import MainWindow
from tests.helpers import FakeClock

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, session: Session, tmp_path: Path) -> Iterator[MainWindow]:
    session.agenda.add_point("Who draws the risk map?", minutes=10, notes="Start with residents")
    session.agenda.add_point("Who pays for drainage?", minutes=12)
    for name, group in (
        ("Ana Lima", "Civil society"),
        ("Ben Osei", "Business"),
        ("Chi Wu", "Government"),
    ):
        session.people.add_participant(
            name, stakeholder_group=group, present=True, may_be_named=True
        )
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(session, settings=settings)
    win.show_error = lambda message: pytest.fail(f"unexpected error dialog: {message}")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()


def press(qtbot: QtBot, keys: str) -> None:
    """Press a key sequence where the keyboard focus is."""
    from PySide6.QtGui import QKeySequence

    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert isinstance(target, QWidget)
    qtbot.keySequence(target, QKeySequence(keys))  # one key with its modifiers


def type_text(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def shared_text(win: MainWindow) -> str:
    screen = win.shared_screen
    assert screen is not None
    return " | ".join(
        label.text()
        for label in (
            screen.question_label,
            screen.time_label,
            screen.queue_label,
            screen.speaker_label,
        )
    )


@pytest.mark.parametrize("chatham", [False, True], ids=["named", "chatham-house"])
def test_a_whole_point_by_keyboard_only(
    qtbot: QtBot,
    window: MainWindow,
    session: Session,
    clock: FakeClock,
    chatham: bool,
) -> None:
    if chatham:
        session.update_session(chatham_house=True)
    first, second = (p.id for p in session.agenda.points())
    assert window.console is not None
    window.console.agenda.view.setFocus()

    press(qtbot, "F6")  # start the first point
    assert session.agenda.running_point() == first
    press(qtbot, "F5")  # the shared screen
    assert "Who draws the risk map?" in shared_text(window)
    assert "Start with residents" not in shared_text(window)  # notes never reach the room

    for name in ("Ana", "Ben", "Chi"):  # type-ahead from the roster
        press(qtbot, "Ctrl+K")
        type_text(qtbot, name)
        press(qtbot, "Return")
    assert len(session.queue.waiting(first)) == 3
    room = shared_text(window)
    if chatham:
        assert "Speaker 1" in room and "Ana" not in room and "Ben" not in room
    else:
        assert "Ana Lima" in room and "Ben Osei" in room

    press(qtbot, "F8")  # Ana has the floor
    clock.advance(40)
    press(qtbot, "Ctrl+L")
    type_text(qtbot, "Residents should walk the streets with the surveyors")
    press(qtbot, "Return")  # attributed to the speaker by default
    press(qtbot, "Ctrl+3")
    type_text(qtbot, "Publish the risk map in every local language")
    press(qtbot, "Return")  # a proposal, still Ana
    press(qtbot, "F8")  # Ben
    clock.advance(30)
    press(qtbot, "Ctrl+L")
    press(qtbot, "Ctrl+2")
    type_text(qtbot, "Who keeps the map up to date?")
    press(qtbot, "Return")
    press(qtbot, "Ctrl+Shift+L")  # choose who said it: nobody
    press(qtbot, "Ctrl+A")
    type_text(qtbot, "Unattributed")
    press(qtbot, "Return")  # back to the capture box
    type_text(qtbot, "Maps go stale within a year")
    press(qtbot, "Return")
    press(qtbot, "Ctrl+3")
    press(qtbot, "Ctrl+Shift+L")
    press(qtbot, "Ctrl+A")
    type_text(qtbot, "Unattributed")
    press(qtbot, "Return")
    type_text(qtbot, "Update the map every two years")
    press(qtbot, "Return")

    items = session.capture.contributions(first)
    names = {p.id: p.name for p in session.people.participants()}
    assert [(names.get(c.participant or 0), c.kind) for c in items] == [
        ("Ana Lima", "comment"),
        ("Ana Lima", "proposal"),
        ("Ben Osei", "question"),
        (None, "comment"),
        (None, "proposal"),
    ]
    room = shared_text(window)
    assert "Maps go stale" not in room  # contributions never reach the shared screen

    # Edit the newest one in place: focus the list, go to the text, F2, retype, Enter.
    window.console.capture.view.setFocus()
    window.console.capture.view.setCurrentIndex(window.console.capture.model.index(0, 3))
    press(qtbot, "F2")
    press(qtbot, "Ctrl+A")
    type_text(qtbot, "Update the hazard map every two years, with residents")
    press(qtbot, "Return")  # the view commits the edit once the editor closes
    qtbot.waitUntil(
        lambda: session.capture.contributions(first)[-1].text.startswith("Update the hazard")
    )
    assert session.capture.contributions(first)[-1].text == (
        "Update the hazard map every two years, with residents"
    )

    press(qtbot, "Ctrl+Z")
    assert session.capture.contributions(first)[-1].text == "Update the map every two years"
    assert window.console.capture.model.data(window.console.capture.model.index(0, 3)) == (
        "Update the map every two years"
    )
    press(qtbot, "Ctrl+Shift+Z")
    assert session.capture.contributions(first)[-1].text.startswith("Update the hazard map")

    press(qtbot, "Ctrl+PgDown")  # next point
    assert session.info().current_point == second
    assert session.point(first).ended_at is not None
    assert session.agenda.running_point() == second
    assert "Who pays for drainage?" in shared_text(window)
    assert window.console.clock.question_label.text() == "Who pays for drainage?"
    assert window.console.capture.model.rowCount() == 0


def test_models_pass_the_model_tester(
    qtmodeltester: ModelTester, window: MainWindow, session: Session
) -> None:
    point = session.agenda.points()[0].id
    session.agenda.start_point(point)
    ana, ben, _ = (p.id for p in session.people.participants())
    session.queue.request_turn(ana)
    session.queue.request_turn(ben)
    session.queue.call_next()
    session.capture.add_contribution("A comment", participant_id=ana)
    session.capture.add_contribution("A proposal", kind="proposal")
    window.refresh_all()
    assert window.console is not None
    for model in (
        window.console.agenda.model,
        window.console.queue.model,
        window.console.capture.model,
        window.console.people.model,
    ):
        qtmodeltester.check(model)


def test_undo_covers_every_panel(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    point = session.agenda.points()[0].id
    assert window.console is not None
    window.console.agenda.view.setFocus()
    press(qtbot, "F6")
    window.console.people.model.setData(
        window.console.people.model.index(0, 0),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert not session.people.participants()[0].present
    window.console.agenda.view.selectRow(1)
    window.console.agenda.move_point(session.agenda.points()[1].id, 0)
    assert session.agenda.points()[0].text == "Who pays for drainage?"
    for _ in range(3):
        window.undo_stack.undo()
    assert session.agenda.points()[0].text == "Who draws the risk map?"
    assert session.people.participants()[0].present
    assert session.agenda.running_point() is None
    assert session.info().current_point is None or session.info().current_point == point


def test_late_arrival_and_queue_on_the_fly(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    assert window.console is not None
    window.console.agenda.view.setFocus()
    press(qtbot, "F6")
    press(qtbot, "Ctrl+K")
    type_text(qtbot, "Dana Novak")  # not on the roster: added on the fly
    press(qtbot, "Return")
    dana = next(p for p in session.people.participants() if p.name == "Dana Novak")
    assert not dana.present  # not checked in behind the facilitator's back…
    assert dana.id in session.presence().ids  # …yet present: she asked for the floor
    assert [t.participant for t in session.queue.waiting(session.agenda.points()[0].id)] == [
        dana.id
    ]
    press(qtbot, "Ctrl+Z")  # one step undoes both
    assert "Dana Novak" not in [p.name for p in session.people.participants()]
    press(qtbot, "Ctrl+Shift+N")
    type_text(qtbot, "Eli Park")
    press(qtbot, "Return")
    assert any(p.name == "Eli Park" and p.present for p in session.people.participants())


def test_restart_resumes_the_current_point_and_clock(
    qtbot: QtBot,
    window: MainWindow,
    session: Session,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    assert window.console is not None
    window.console.agenda.view.setFocus()
    press(qtbot, "F6")
    clock.advance(125)
    path = session.path
    window.close()
    clock.advance(5)
    again = Session.open(path, clock=clock)
    other = MainWindow(
        again, settings=QSettings(str(tmp_path / "s2.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(other)
    assert other.console is not None
    assert other.console.clock.question_label.text() == "Who draws the risk map?"
    assert other.console.clock.face.time_label.text() == "7:50"  # 10:00 - 2:10, still running
    other.close()


def test_agenda_rows_move_by_drag_and_drop_and_keys(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    assert window.console is not None
    model = window.console.agenda.model
    first, second = (p.id for p in session.agenda.points())
    data = model.mimeData([model.index(1, 1)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    assert [p.id for p in session.agenda.points()] == [second, first]
    assert model.rowCount() == 2  # the engine moved it; nothing was dropped twice
    window.console.agenda.view.setFocus()
    window.console.agenda.view.selectRow(0)
    qtbot.keyClick(window.console.agenda.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [p.id for p in session.agenda.points()] == [first, second]
    press(qtbot, "Ctrl+Z")
    assert [p.id for p in session.agenda.points()] == [second, first]


def test_errors_are_one_clear_sentence(qtbot: QtBot, window: MainWindow) -> None:
    messages: list[str] = []
    window.show_error = lambda message: messages.append(message)
    assert window.console is not None
    window.console.queue.next_speaker()  # no point started yet
    window.console.capture.edit.setPlainText("Said before any point began")
    window.console.capture.save()
    assert messages == [
        "no point has been started; start a point first",
        "start a point first (F6); contributions belong to a point",
    ]
    assert (
        window.console.capture.edit.toPlainText() == "Said before any point began"
    )  # nothing lost


def test_shortcuts_help_lists_every_key(qtbot: QtBot, window: MainWindow) -> None:
    from breakout_qt.dialogs import ShortcutsDialog

    dialog = ShortcutsDialog(window, window.all_actions())
    qtbot.addWidget(dialog)
    items = (dialog.table.item(r, 1) for r in range(dialog.table.rowCount()))
    keys = {item.text() for item in items if item is not None}
    assert {"F5", "F6", "F8", "F9", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+K", "Ctrl+L"} <= keys


def test_contribution_list_follows_changes_without_rereading(
    window: MainWindow, session: Session
) -> None:
    """The list applies each change's rows; it must always equal a fresh read."""
    first, second = (p.id for p in session.agenda.points())
    session.agenda.start_point(first)
    window.refresh_all()
    assert window.console is not None
    model = window.console.capture.model

    def shown() -> list[tuple[int, str]]:
        return [
            (c.id, c.text) for c in (model.contribution_at(r) for r in range(model.rowCount())) if c
        ]

    def truth() -> list[tuple[int, str]]:
        return [(c.id, c.text) for c in reversed(session.capture.contributions(first))]

    assert window.ops is not None
    a = window.ops.run(lambda: session.capture.add_contribution("First"))
    assert a is not None  # done, not refused
    b = session.capture.add_contribution("Second")
    session.capture.add_contribution("Elsewhere", point_id=second)
    session.capture.edit_contribution(b.result, text="Second, edited")
    assert shown() == truth()
    session.capture.delete_contribution(b.result)
    assert shown() == truth()
    session.undo(session.capture.delete_contribution(a.result))
    assert shown() == truth()
    session.capture.edit_contribution(a.result, text="First, edited")
    assert shown() == truth() == [(a.result, "First, edited")]


def test_next_point_carries_the_queue_and_says_so(
    qtbot: QtBot,
    window: MainWindow,
    session: Session,
    clock: FakeClock,
) -> None:
    first, second = (p.id for p in session.agenda.points())
    assert window.console is not None
    window.console.agenda.view.setFocus()
    press(qtbot, "F6")
    for name in ("Ana Lima", "Ben Osei"):
        press(qtbot, "Ctrl+K")
        type_text(qtbot, name)
        press(qtbot, "Return")
    clock.advance(11 * 60)
    press(qtbot, "Ctrl+PgDown")
    assert session.info().current_point == second
    shown = [
        window.console.queue.model.index(row, 1).data()
        for row in range(window.console.queue.model.rowCount())
    ]
    assert shown == ["Ana Lima", "Ben Osei"]  # still waiting, now at point 2
    message = window.statusBar().currentMessage()
    assert "Point 1 closed after 11 min (over by 1 min)" in message
    assert "2 waiting speakers carried over" in message
    assert session.point(first).ended_at is not None
