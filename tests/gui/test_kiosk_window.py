"""The room's screen and the kiosk window beside a real console: who has the keyboard,
and what the room can see while people vote."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from breakout.briefing import parse_briefing
from breakout.roster import parse_roster
from breakout.session import Session
from breakout_qt.i18n import Catalogue
from breakout_qt.kiosk import Kiosk, KioskWindow
from breakout_qt.kiosk.ballots.dots import DotsBallot
from breakout_qt.main_window import MainWindow
from breakout_qt.room_words import turnout_line
from breakout_qt.screen_placement import choose_kiosk_screen
from breakout_qt.shared_screen import SharedScreen

pytestmark = pytest.mark.gui

BRIEFING = Path(__file__).parents[1] / "unit" / "data" / "briefings" / "coastal_fisheries.txt"
ROSTER = (
    "name,organisation,stakeholder group,may be named\n"
    "Ana Lima,Cooperativa Pesquera,Civil society,yes\n"
    "Ben Osei,Harbour Ice Ltd,Business,yes\n"
    "Chidi Okafor,Ministry of Fisheries,Government,no\n"
    "Dana Kowalski,FAO,UN agency,yes\n"
    "Fatima Al-Zahra (فاطمة الزهراء),Women Fish Traders,Civil society,yes\n"
    "Li Wei (李伟),Ocean Institute,Academia,no\n"
    "Zoë Ngata,Island Council,Government,yes\n"
)
CHECKED_IN = ("Ana Lima", "Ben Osei", "Chidi Okafor", "Fatima Al-Zahra (فاطمة الزهراء)")


@pytest.fixture
def briefed(session: Session) -> Session:
    """A session from a briefing and a roster; four checked in, one walk-in, the rest absent."""
    session.import_briefing(parse_briefing(BRIEFING.read_text(encoding="utf-8")))
    session.people.import_roster(parse_roster(ROSTER.encode("utf-8"), source="roster.csv"))
    for person in session.people.participants():
        if person.name in CHECKED_IN:
            session.people.check_in(person.id)
    session.people.add_participant("Walk-in Nguyễn Thị Hoa", present=True)
    return session


@pytest.fixture
def window(qtbot: QtBot, briefed: Session, tmp_path: Path) -> Iterator[MainWindow]:
    ini = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(briefed, settings=ini)
    win.show_error = lambda message: pytest.fail(f"unexpected error: {message}")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.close()


@pytest.fixture
def activations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every time the app asks for a window other than the console to be activated."""
    asked: list[str] = []
    original = QWidget.activateWindow

    def record(widget: QWidget) -> None:
        if not isinstance(widget, MainWindow):
            asked.append(type(widget).__name__)
        original(widget)

    monkeypatch.setattr(QWidget, "activateWindow", record)
    return asked


def press(qtbot: QtBot, keys: str) -> None:
    """Press a key where the keyboard focus is, as a person would."""
    from PySide6.QtGui import QKeySequence

    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard"
    qtbot.keySequence(target, QKeySequence(keys))  # one key with its modifiers


def console_keeps_the_keyboard(qtbot: QtBot, win: MainWindow, where: QWidget) -> None:
    qtbot.wait(50)  # let any activation the platform makes on showing a window land
    assert QApplication.activeWindow() is win
    assert QApplication.focusWidget() is where


def readable(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_f5_leaves_the_keyboard_with_the_console(
    qtbot: QtBot, window: MainWindow, briefed: Session, activations: list[str]
) -> None:
    assert window.console is not None
    capture = window.console.capture.edit
    capture.setFocus()
    press(qtbot, "F5")
    screen = window.shared_screen
    assert isinstance(screen, SharedScreen) and screen.isVisible()
    # The window manager is asked not to activate it, and the app never does.
    assert screen.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert activations == []
    console_keeps_the_keyboard(qtbot, window, capture)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, "Next keystrokes")
    assert capture.toPlainText() == "Next keystrokes"  # they land in the console

    press(qtbot, "F5")  # hidden again, and back once more: still the console's keyboard
    assert not screen.isVisible()
    press(qtbot, "F5")
    assert window.shared_screen is screen and screen.isVisible()
    assert activations == []
    console_keeps_the_keyboard(qtbot, window, capture)


def open_a_round(qtbot: QtBot, window: MainWindow, session: Session) -> int:
    session.people.issue_voting_codes()
    round_id = int(
        session.voting.create_round(
            method="dots",
            items=[
                "Closed seasons set with the crews",
                "Credit for new engines",
                "Share catch data",
            ],
            settings={"budget": 3, "per_item_cap": 2},
            title="¿Qué llevamos al plenario?",
        ).result
    )
    session.voting.open_round(round_id)
    window.show_page(2)
    page = window.ensure_vote()
    qtbot.waitUntil(page.isVisible)  # a page added to a shown window appears a moment later
    page.select_round(round_id)
    return round_id


def test_f7_opens_the_kiosk_in_its_own_window_and_the_console_keeps_the_keyboard(
    qtbot: QtBot, window: MainWindow, briefed: Session, activations: list[str]
) -> None:
    round_id = open_a_round(qtbot, window, briefed)
    page = window.ensure_vote()
    page.rounds_view.setFocus()
    press(qtbot, "F7")

    screen = window.shared_screen
    assert isinstance(screen, SharedScreen) and screen.isVisible()
    assert screen.mode == "kiosk"
    assert activations == []
    console_keeps_the_keyboard(qtbot, window, page.rounds_view)
    kiosk_window = screen.kiosk_window
    assert isinstance(kiosk_window, KioskWindow) and kiosk_window.isVisible()
    assert kiosk_window.isWindow() and not isinstance(kiosk_window, SharedScreen)
    assert kiosk_window.kiosk.window() is kiosk_window  # not inside the room's window
    assert kiosk_window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    # One display here: the two sit side by side, neither hiding the other.
    assert len(QApplication.screens()) == 1
    assert not screen.frameGeometry().intersects(kiosk_window.frameGeometry())
    assert kiosk_window.width() > 300 and screen.width() > 300
    assert page.kiosk_button.text() == "Hand the &keyboard to the kiosk (F7)"

    # F7 again: the facilitator hands the keyboard to the kiosk, at the code field.
    press(qtbot, "F7")
    assert activations == ["KioskWindow"]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk_window)
    assert QApplication.focusWidget() is kiosk_window.kiosk.code_edit
    assert briefed.voting.round(round_id).state == "open"

    # Closing the room's screen with the session takes the kiosk window with it.
    window.close()
    assert not kiosk_window.isVisible()


def test_the_room_sees_how_many_have_voted_and_never_a_code_or_a_ballot(
    qtbot: QtBot, window: MainWindow, briefed: Session
) -> None:
    round_id = open_a_round(qtbot, window, briefed)
    page = window.ensure_vote()
    page.show_kiosk()
    screen = window.shared_screen
    assert isinstance(screen, SharedScreen)
    kiosk = screen.kiosk
    assert isinstance(kiosk, Kiosk)
    kiosk.thanks_ms = 30

    assert "Voting: 0 of 5 have voted" in readable(screen)
    assert "¿Qué llevamos al plenario?" in readable(screen)
    assert "Vote at the kiosk with the code on your card" in readable(screen)
    # Nothing a voter touches is on the room's window.
    assert screen.findChildren(Kiosk) == []
    assert screen.findChildren(QLineEdit) == []
    assert screen.findChildren(QPushButton) == []

    fatima = next(p for p in briefed.people.participants() if p.name.startswith("Fatima"))
    code = fatima.voting_code
    assert code is not None
    qtbot.keyClicks(kiosk.code_edit, code)
    # Masked as it is typed, even at the kiosk.
    assert kiosk.code_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not set(code) & set(kiosk.code_edit.displayText())
    assert code not in readable(screen) and code not in readable(kiosk)
    qtbot.keyClick(kiosk.code_edit, Qt.Key.Key_Return)
    assert kiosk.stage == "ballot"
    first = briefed.voting.round_items(round_id)[0].id
    assert isinstance(kiosk.ballot_widget, DotsBallot)
    qtbot.mouseClick(kiosk.ballot_widget.plus_buttons[first], Qt.MouseButton.LeftButton)
    # The dots are on the kiosk's screen only.
    assert kiosk.ballot_widget.count_labels[first].text() == "1"
    assert "Credit for new engines" not in readable(screen)
    qtbot.mouseClick(kiosk.review_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.confirm_button, Qt.MouseButton.LeftButton)
    assert kiosk.stage == "thanks"
    assert "Voting: 1 of 5 has voted" in readable(screen)
    assert "Fatima" not in readable(screen)

    # Closing: the room reads the final count; the kiosk says voting has closed.
    briefed.voting.close_round(round_id)
    assert "Voting has closed: 1 of 5 voted" in readable(screen)
    qtbot.waitUntil(lambda: kiosk.stage == "identify")
    assert "Voting has closed" in readable(kiosk)


def test_turnout_words(qtbot: QtBot) -> None:
    english = Catalogue("en")
    assert turnout_line(english, 12, 38, "open") == "Voting: 12 of 38 have voted"
    assert turnout_line(english, 1, 38, "open") == "Voting: 1 of 38 has voted"
    assert turnout_line(english, 3, 0, "open") == "Voting: 3 have voted"  # nobody checked in
    assert turnout_line(english, 37, 38, "closed") == "Voting has closed: 37 of 38 voted"


def test_the_kiosk_goes_on_a_screen_that_is_not_the_rooms() -> None:
    console, projector, touch = object(), object(), object()
    # A touch screen of its own first; else the console's (the laptop turned round).
    assert choose_kiosk_screen([console, projector, touch], projector, console) is touch
    assert choose_kiosk_screen([console, projector], projector, console) is console
    # One display for everything: nothing better than a window.
    assert choose_kiosk_screen([console], console, console) is None
    assert choose_kiosk_screen([console], None, console) is console
