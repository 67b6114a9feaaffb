"""A real session, start to finish, through the window, as a facilitator drives it.

Not the demo: a new session made with File ▸ New from Briefing from the
briefing in ``tests/data/real_session`` (eight points, one over 400
characters, French, Arabic and Chinese) and its 40-person roster imported with
File ▸ Import Roster. Then check-in, the queue (with a walk-in), capture of
comments and proposals by keyboard, the board (suggest, accept, move, word), a
secret dot round voted at the kiosk window, the results, and the report
exported named and anonymous. Each step asserts what the person at the laptop
would see.
"""

from __future__ import annotations

import json
import subprocess
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from breakout.session import Session
from breakout_qt.kiosk.ballots.dots import DotsBallot
from breakout_qt.main_window import MainWindow
from breakout_qt.vote_dialogs import RoundDialog
from tests.helpers import need_poppler

pytestmark = [pytest.mark.gui, pytest.mark.slow]

DATA = Path(__file__).parent.parent / "data" / "real_session"
CAPTURES: list[list[Any]] = json.loads((DATA / "captures.json").read_text(encoding="utf-8"))[
    "captures"
]


def press(qtbot: QtBot, keys: str) -> None:
    """Press a key sequence where the keyboard focus is, as a person would."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert isinstance(target, QWidget), "no widget has the keyboard"
    qtbot.keySequence(target, QKeySequence(keys))  # one key with its modifiers


def type_here(qtbot: QtBot, text: str) -> None:
    """Type any text where the focus is, as a keyboard layout or input method would.

    (QTest's own typing takes ASCII only; Arabic and Chinese come as key events
    that carry their text.)
    """
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard"
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@pytest.fixture
def errors() -> list[str]:
    """What the window would have shown in an error box."""
    return []


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, errors: list[str]) -> Iterator[MainWindow]:
    ini = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(None, settings=ini)
    win.show_error = lambda message: errors.append(message)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()
    if win.session is not None:
        win.session.close()


def answer_files(
    monkeypatch: pytest.MonkeyPatch, win: MainWindow, opened: Path, saved: Path
) -> None:
    """The file choosers answer as the person would: this file to read, this one to write."""
    monkeypatch.setattr(win, "ask_file_to_open", lambda *args, **kw: opened)
    monkeypatch.setattr(win, "ask_file_to_save", lambda *args, **kw: saved)


def fill_round_dialog(monkeypatch: pytest.MonkeyPatch, fill: Callable[[RoundDialog], None]) -> None:
    """The new-round dialog opens for real; ``fill`` types into it, then its default button."""

    def run(dialog: RoundDialog) -> int:
        dialog.show()
        fill(dialog)
        ok = dialog.buttons.buttons()[0]
        assert isinstance(ok, QPushButton)
        assert ok.isDefault() and ok.isEnabled(), dialog.count_label.text()
        ok.click()
        return dialog.result()

    monkeypatch.setattr(RoundDialog, "exec", run)


def capture(qtbot: QtBot, win: MainWindow, who: str, kind: str, text: str) -> None:
    """Ctrl+L, type, set the kind, say who (or leave the speaker with the floor), Enter."""
    press(qtbot, "Ctrl+L")
    type_here(qtbot, text)
    press(
        qtbot,
        {"comment": "Ctrl+1", "question": "Ctrl+2", "proposal": "Ctrl+3", "concern": "Ctrl+4"}[
            kind
        ],
    )
    press(qtbot, "Ctrl+Shift+L")
    press(qtbot, "Ctrl+A")
    type_here(qtbot, who or "Unattributed")
    press(qtbot, "Ctrl+L")
    press(qtbot, "Return")


def test_a_session_from_a_briefing_to_the_report(
    qtbot: QtBot,
    window: MainWindow,
    errors: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    win = window

    # -- prepare: New from Briefing, then Import Roster ----------------------------------
    answer_files(monkeypatch, win, DATA / "briefing.md", tmp_path / "water.breakout")
    press(qtbot, "Ctrl+N")
    assert errors == []
    session = win.session
    assert isinstance(session, Session)
    points = session.agenda.points()
    assert len(points) == 8
    longest = max(points, key=lambda p: len(p.text))
    assert len(longest.text) > 400
    assert "Who keeps the taps running?" in session.info().title
    assert win.console is not None
    assert win.console.agenda.model.rowCount() == 8

    answer_files(monkeypatch, win, DATA / "roster.csv", tmp_path / "unused")
    press(qtbot, "Ctrl+I")
    assert errors == []
    assert len(session.people.participants()) == 40
    assert "40 added" in win.statusBar().currentMessage()
    assert not any(p.present for p in session.people.participants())  # nobody checked in yet

    # -- run: check three people in as they arrive ----------------------------------
    for name in ("Nadia Benali", "Kwame Mensah", "李伟"):
        press(qtbot, "Ctrl+Shift+N")
        type_here(qtbot, name)
        press(qtbot, "Return")
    assert sorted(p.name for p in session.people.participants() if p.present) == sorted(
        ["Nadia Benali", "Kwame Mensah", "李伟"]
    )

    # Point 1: the queue (a roster name, a walk-in), F8, and what they say.
    win.console.agenda.view.setFocus()
    press(qtbot, "F6")
    assert session.agenda.running_point() == points[0].id
    for name in ("Omar Haddad", "Walk-in Wanjiku Kamau"):
        press(qtbot, "Ctrl+K")
        type_here(qtbot, name)
        press(qtbot, "Return")
    assert errors == []
    walk_in = next(p for p in session.people.participants() if p.name == "Walk-in Wanjiku Kamau")
    assert not walk_in.present  # added, not checked in behind anyone's back
    press(qtbot, "F8")
    assert (
        win.console.capture.speaker_box.currentText() == "Omar Haddad"
    )  # the speaker follows the floor

    by_point: dict[int, list[list[Any]]] = {}
    for item in CAPTURES:
        by_point.setdefault(item[0], []).append(item)
    for number in range(1, 9):
        if number > 1:
            press(qtbot, "Ctrl+PgDown")
            assert session.info().current_point == points[number - 1].id
        for _, who, kind, text in by_point.get(number, []):
            capture(qtbot, win, who, kind, text)
            assert errors == [], errors
            assert win.console.capture.status.text().startswith(f"Saved: {kind}")
        # The list shows this point's contributions, every word of them.
        listed = win.console.capture.model
        shown = {listed.index(row, 3).data() for row in range(listed.rowCount())}
        assert shown == {text for *_, text in by_point.get(number, [])}
    assert len(session.capture.contributions()) == len(CAPTURES)
    # The walk-in still waiting at point 1 was carried from point to point.
    waiting = [t.participant for t in session.queue.waiting(points[-1].id)]
    assert waiting == [walk_in.id]

    # The balance counts those checked in and those who took part, not "1 present".
    presence = session.presence()
    assert presence.basis == "checked_in"
    assert walk_in.id in presence.ids and presence.count > 3

    # -- synthesise: every captured proposal is on the board ---------------------------
    proposals = [text for _, _, kind, text in CAPTURES if kind == "proposal"]
    press(qtbot, "Alt+2")
    board = win.ensure_board()
    qtbot.waitUntil(board.isVisible)
    model = board.model
    on_board = {
        model.index(row, 0, model.index(group, 0)).data()
        for group in range(model.rowCount())
        for row in range(model.rowCount(model.index(group, 0)))
    }
    assert set(proposals) <= {str(text) for text in on_board}
    assert len(session.board.recommendations(include_inactive=False)) == len(proposals)

    board.tree.setFocus()
    press(qtbot, "Ctrl+G")
    qtbot.waitUntil(lambda: board.worker is None, timeout=120_000)
    assert errors == [], errors
    suggested = session.board.clusters()
    assert len(suggested) >= 2 and not any(c.accepted for c in suggested)
    board.accept_all()
    assert all(c.accepted for c in session.board.clusters())
    # The progress dialog has gone; a window manager gives the console back the
    # keyboard, the offscreen platform has none to do it.
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)

    # Move one proposal to another group (Ctrl+Shift+M), then word every group.
    first, second = session.board.clusters()[:2]
    mover = next(r for r in session.board.recommendations() if r.cluster == first.id)
    board.tree.setCurrentIndex(model.recommendation_index(mover.id))
    monkeypatch.setattr(board, "ask_group", lambda *args, **kw: second.id)
    board.tree.setFocus()
    press(qtbot, "Ctrl+Shift+M")
    assert session.recommendation(mover.id).cluster == second.id
    for cluster in session.board.clusters():
        board.tree.setCurrentIndex(model.group_index(cluster.id))
        board.wording.setFocus()
        press(qtbot, "Ctrl+A")
        type_here(qtbot, f"Recommendation: {cluster.label}")
        press(qtbot, "Ctrl+Return")
    assert all(c.wording.startswith("Recommendation: ") for c in session.board.clusters())

    # -- vote: a secret dot round from the groups, at the kiosk window -----------------
    press(qtbot, "Alt+3")
    page = win.ensure_vote()
    qtbot.waitUntil(page.isVisible)

    def fill(dialog: RoundDialog) -> None:
        dialog.title_edit.setText("Which asks go to the ministers?")
        dialog.set_method("dots")

    fill_round_dialog(monkeypatch, fill)
    page.rounds_view.setFocus()
    press(qtbot, "Ctrl+Shift+R")
    assert errors == [], errors
    (rnd,) = session.voting.rounds()
    assert (rnd.method, rnd.secret, rnd.state) == ("dots", True, "draft")
    items = session.voting.round_items(rnd.id)
    assert len(items) == len(session.board.clusters())
    settings = json.loads(rnd.settings)

    session.people.issue_voting_codes()
    voters = [p for p in session.people.participants() if p.voting_code][:5]
    page.open_button.click()
    assert session.voting.round(rnd.id).state == "open"
    page.rounds_view.setFocus()
    press(qtbot, "F7")
    screen = win.shared_screen
    assert screen is not None and screen.kiosk is not None
    kiosk = screen.kiosk
    kiosk.thanks_ms = 10
    assert QApplication.activeWindow() is win  # opening the kiosk left the console the keyboard
    press(qtbot, "F7")  # the facilitator hands the keyboard over and turns the laptop round
    qtbot.waitUntil(lambda: QApplication.focusWidget() is kiosk.code_edit)
    for n, person in enumerate(voters):
        qtbot.waitUntil(lambda: kiosk.stage == "identify", timeout=2000)
        qtbot.keyClicks(kiosk.code_edit, person.voting_code or "")
        qtbot.keyClick(kiosk.code_edit, Qt.Key.Key_Return)
        assert kiosk.stage == "ballot", kiosk.message()
        choice = items[n % len(items)].id
        assert isinstance(kiosk.ballot_widget, DotsBallot)
        for _ in range(min(2, settings["per_item_cap"])):
            kiosk.ballot_widget.plus_buttons[choice].click()
        kiosk.review_button.click()
        kiosk.confirm_button.click()
        assert kiosk.stage == "thanks"
    qtbot.waitUntil(lambda: kiosk.stage == "identify", timeout=2000)
    assert len(session.voting.voters(rnd.id)) == 5
    win.activateWindow()  # the facilitator clicks the console to take the keyboard back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    room = "\n".join(label.text() for label in screen.findChildren(QLabel) if label.isVisible())
    assert "Voting: 5 of " in room
    for person in voters:  # the room's screen never shows a code
        assert (person.voting_code or "") not in room
    page.reload()
    assert page.voters_label.text().startswith("5 of ")

    monkeypatch.setattr(page, "ask_confirm_close", lambda rnd: True)
    page.close_button.click()
    assert session.voting.round(rnd.id).state == "closed"
    page.results_button.click()
    assert errors == [], errors
    assert page.results_box.turnout_label.text().startswith("5 of ")
    # Closing the round closed the kiosk window; a window manager hands the
    # keyboard back to the console, the offscreen platform does not.
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)

    # -- report: named and anonymous, File ▸ Export (Ctrl+Shift+E) -----------------------
    from breakout_qt.export_dialog import ExportDialog

    written: list[Path] = []
    for variant in ("named", "anonymous"):

        def run(dialog: ExportDialog, variant: str = variant) -> int:
            dialog.show()
            dialog.open_file = lambda path: True
            getattr(dialog, variant).setChecked(True)
            dialog.format_buttons["pdf"].setChecked(True)
            dialog.export_button.click()
            qtbot.waitUntil(lambda: dialog.worker is None, timeout=120_000)
            assert dialog.written is not None, dialog.status.text()
            written.append(dialog.written)
            dialog.accept()
            win.activateWindow()  # as a modal dialog's end gives the keyboard back
            qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
            return 1

        monkeypatch.setattr(ExportDialog, "exec", run)
        press(qtbot, "Ctrl+Shift+E")
        target = written[-1]
        assert target.parent == tmp_path  # beside the session, as proposed
        assert target.name == (
            "water report.pdf" if variant == "named" else "water report (anonymous).pdf"
        )
        assert str(target) in win.statusBar().currentMessage()
        need_poppler()
        text = folded(
            subprocess.run(
                ["pdftotext", "-enc", "UTF-8", str(target), "-"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        assert "which asks go to the ministers?" in text
        assert folded("Recommendation: ") in text
        if variant == "anonymous":
            for person in session.people.participants():
                assert folded(person.name) not in text, person.name
    assert errors == [], errors
