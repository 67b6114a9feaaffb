"""Voting in the GUI: the page that runs rounds, the kiosk on the shared screen, results."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from breakout.model import Round
from breakout.session import Session
from breakout_qt.kiosk import THANKS, Kiosk
from breakout_qt.kiosk.ballots.agreement import AgreementBallot
from breakout_qt.kiosk.ballots.approval import ApprovalBallot
from breakout_qt.kiosk.ballots.dots import DotsBallot
from breakout_qt.kiosk.ballots.majority import MajorityBallot
from breakout_qt.kiosk.ballots.ranking import RankingBallot
from breakout_qt.kiosk.identify import CODE_USED, UNKNOWN_CODE
from breakout_qt.shared_screen import SharedScreen
from breakout_qt.undo import Operations
from breakout_qt.vote_dialogs import HandCountDialog, RoundDialog, RoundSpec
from breakout_qt.vote_page import VotePage

pytestmark = pytest.mark.gui

PRESENT = ("Ana Lima", "Ben Osei", "Chidi Okafor", "Dana Kowalski")
ABSENT = "Eve Martins"
WORDINGS = (
    "Pay suppliers within 30 days",
    "Fund worker-led monitoring for three years",
    "Publish supplier lists to tier two",
)


class Harness:
    """A voting page wired as the main window wires it, with its errors collected."""

    def __init__(self, qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
        self.session = session
        self.monkeypatch = monkeypatch
        self.errors: list[str] = []
        self.stack = QUndoStack()
        self.ops = Operations(session, self.stack, self.errors.append)
        self.screen = SharedScreen(session)
        qtbot.addWidget(self.screen)
        self.screen.resize(1280, 720)
        self.screen.show()
        qtbot.waitExposed(self.screen)
        self.page = VotePage(
            session, self.ops, show_error=self.errors.append, shared_screen=lambda: self.screen
        )
        qtbot.addWidget(self.page)
        self.page.resize(1200, 800)
        self.page.show()
        qtbot.waitExposed(self.page)
        self.qtbot = qtbot

    def answer(self, question: str, reply: Callable[..., Any]) -> None:
        """Replace one of the page's ``ask_*`` questions (they would open a dialog)."""
        self.monkeypatch.setattr(self.page, question, reply)

    def new_round(self, spec: RoundSpec) -> int:
        self.answer("ask_round", lambda: spec)
        self.page.new_round()
        round_id = self.page.selected_round_id()
        assert round_id is not None
        return round_id

    def click(self, widget: QWidget) -> None:
        assert widget.isEnabled(), f"{widget!r} is disabled"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    @property
    def kiosk(self) -> Kiosk:
        assert self.screen.mode == "kiosk" and self.screen.kiosk is not None
        return self.screen.kiosk


@pytest.fixture
def people(session: Session) -> dict[str, int]:
    ids = {name: session.people.add_participant(name, present=True).result for name in PRESENT}
    ids[ABSENT] = session.people.add_participant(ABSENT).result
    return ids


@pytest.fixture
def groups(session: Session) -> list[int]:
    ids = []
    for n, wording in enumerate(WORDINGS):
        cid = session.board.add_cluster(f"Group {n + 1}", wording=wording).result
        session.board.accept_cluster(cid)
        ids.append(cid)
    return ids


@pytest.fixture
def harness(
    qtbot: QtBot,
    session: Session,
    people: dict[str, int],
    groups: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> Harness:
    return Harness(qtbot, session, monkeypatch)


def items_of(groups: list[int]) -> list[dict[str, object]]:
    return [{"label": w, "cluster": c} for w, c in zip(WORDINGS, groups, strict=True)]


def screen_text(widget: QWidget) -> str:
    """Everything a person can read on a widget now."""
    return "\n".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)
    )


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, as a keyboard layout or input method would (QTest takes only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def wait_for_start(qtbot: QtBot, kiosk: Kiosk) -> None:
    qtbot.waitUntil(lambda: kiosk.stage == "identify", timeout=2000)


# -- a secret kiosk round, three voters -----------------------------------------------------------


def test_a_secret_kiosk_round_with_three_voters(
    harness: Harness, session: Session, people: dict[str, int], groups: list[int], qtbot: QtBot
) -> None:
    session.people.issue_voting_codes()
    codes = {p.name: p.voting_code or "" for p in session.people.participants()}
    page = harness.page
    rid = harness.new_round(
        RoundSpec(
            title="What goes to the plenary?",
            method="dots",
            settings={"budget": 3, "per_item_cap": 2},
            secret=True,
            items=items_of(groups),
        )
    )
    assert session.voting.round(rid).state == "draft"
    assert not page.kiosk_button.isEnabled()  # no kiosk before voting opens
    harness.click(page.open_button)
    assert session.voting.round(rid).state == "open"
    assert page.voters_label.text() == "0 of 4 present have voted"
    assert not page.results_box.isVisibleTo(page)
    assert page.results_note.text() == "Results stay hidden until voting closes."

    harness.click(page.kiosk_button)
    kiosk = harness.kiosk
    assert kiosk.thanks_ms == 2000
    kiosk.thanks_ms = 30
    item_ids = [i.id for i in session.voting.round_items(rid)]
    first, second, third = item_ids

    def vote(code: str, dots: dict[int, int]) -> None:
        wait_for_start(qtbot, kiosk)
        qtbot.keyClicks(kiosk.code_edit, code.lower())  # codes are case-insensitive
        qtbot.keyClick(kiosk.code_edit, Qt.Key.Key_Return)
        assert kiosk.stage == "ballot", kiosk.message()
        for item, count in dots.items():
            for _ in range(count):
                assert isinstance(kiosk.ballot_widget, DotsBallot)
                harness.click(kiosk.ballot_widget.plus_buttons[item])
        harness.click(kiosk.review_button)
        assert kiosk.stage == "review", kiosk.message()
        harness.click(kiosk.confirm_button)
        assert kiosk.stage == "thanks"
        assert kiosk.thanks_label.text() == THANKS
        assert kiosk.thanks_label.isVisibleTo(kiosk)
        # The ballot is gone from the screen at once, not only when it clears.
        assert kiosk.ballot_widget is None and kiosk.ballot() == {}
        assert kiosk.summary_layout.count() == 0

    # An unknown code is refused in large type, and nothing else happens.
    qtbot.keyClicks(kiosk.code_edit, "QQQQQ")
    harness.click(kiosk.continue_button)
    assert kiosk.stage == "identify"
    assert kiosk.message() == UNKNOWN_CODE
    assert kiosk.identify_message.isVisible()
    assert kiosk.identify_message.font().pixelSize() >= 0.035 * kiosk.height()

    vote(codes["Ana Lima"], {first: 2, second: 1})
    vote(codes["Ben Osei"], {first: 1, second: 2})

    # Ben tries again: refused with a visible message, and no ballot page opens.
    wait_for_start(qtbot, kiosk)
    qtbot.keyClicks(kiosk.code_edit, codes["Ben Osei"])
    qtbot.keyClick(kiosk.code_edit, Qt.Key.Key_Return)
    assert kiosk.stage == "identify"
    assert kiosk.message() == CODE_USED
    assert kiosk.identify_message.isVisible()
    assert "Ben" not in screen_text(kiosk)  # a secret round never names anyone

    vote(codes["Chidi Okafor"], {third: 1})
    wait_for_start(qtbot, kiosk)

    # Stored: three whole ballots, with no participant on any of them.
    ballots = session.voting.ballots(rid)
    assert sorted(sorted(b.items()) for _, b in ballots) == sorted(
        [
            sorted({first: 2, second: 1}.items()),
            sorted({first: 1, second: 2}.items()),
            [(third, 1)],
        ]
    )
    assert [person for person, _ in ballots] == [None, None, None]
    assert session.voting.voters(rid) == sorted(
        people[n] for n in ("Ana Lima", "Ben Osei", "Chidi Okafor")
    )
    page.reload()  # the main window calls this after every change
    assert page.voters_label.text() == "3 of 4 present have voted"

    # Close (after a confirmation), then the room sees the result: a tie is a tie.
    asked: list[str] = []

    def confirm(rnd: Round) -> bool:
        asked.append(rnd.title)
        return True

    harness.answer("ask_confirm_close", confirm)
    harness.click(page.close_button)
    assert asked == ["What goes to the plenary?"]
    assert session.voting.round(rid).state == "closed"
    harness.screen.refresh()
    assert "Voting has closed" in screen_text(kiosk)

    harness.click(page.results_button)
    assert harness.screen.mode == "results"
    view = harness.screen.results_view
    assert view is not None and view.isVisibleTo(harness.screen)
    rows = view.chart.rows()
    assert [(r.rank, r.tie, r.label, r.value) for r in rows] == [
        (1, True, WORDINGS[0], "3 dots"),
        (1, True, WORDINGS[1], "3 dots"),
        (3, False, WORDINGS[2], "1 dot"),
    ]
    assert "1 (tie). " + WORDINGS[0] in view.chart.accessibleDescription()
    assert view.turnout_label.text() == "3 of 4 voted (75 % turnout)"
    assert view.explanation_label.text().startswith("Dot voting: each voter had 3 dots")
    assert harness.errors == []

    # The console shows the same, and no support by group for a secret round.
    assert page.results_box.isVisibleTo(page)
    assert [r.label for r in page.results_box.chart.rows()] == list(WORDINGS)
    assert not page.results_box.groups_table.isVisibleTo(page)

    # Back to the session on the shared screen; the kiosk window has gone.
    harness.click(page.live_button)
    assert harness.screen.mode == "live"
    assert harness.screen.kiosk is None
    assert page.kiosk_button.text() == "&Kiosk window for voting (F7)"


def test_the_kiosk_keeps_to_the_dot_budget_and_cap(
    harness: Harness, session: Session, groups: list[int], qtbot: QtBot
) -> None:
    session.people.issue_voting_codes()
    code = session.people.participants()[0].voting_code
    assert code is not None
    rid = harness.new_round(
        RoundSpec("", "dots", {"budget": 3, "per_item_cap": 2}, True, items_of(groups))
    )
    session.voting.open_round(rid)
    kiosk = harness.screen.show_kiosk(rid)
    qtbot.keyClicks(kiosk.code_edit, code)
    harness.click(kiosk.continue_button)
    first, second, third = (i.id for i in session.voting.round_items(rid))
    assert kiosk.status_label.text() == "3 of 3 dots left"
    assert isinstance(kiosk.ballot_widget, DotsBallot)
    assert kiosk.ballot_widget.minus_buttons[first].is_spent()
    harness.click(kiosk.ballot_widget.minus_buttons[first])
    assert kiosk.message() == "This item has no dots to take back."
    harness.click(kiosk.ballot_widget.plus_buttons[first])
    assert kiosk.message() == ""
    harness.click(kiosk.ballot_widget.plus_buttons[first])
    assert kiosk.ballot_widget.plus_buttons[first].is_spent()  # the cap per item
    harness.click(kiosk.ballot_widget.plus_buttons[first])
    assert kiosk.message() == "At most 2 dots on one item."
    assert kiosk.ballot_widget.count_labels[first].text() == "2"
    harness.click(kiosk.ballot_widget.plus_buttons[second])
    assert kiosk.status_label.text() == "0 of 3 dots left"
    assert kiosk.ballot_widget.plus_buttons[third].is_spent()  # the budget
    harness.click(kiosk.ballot_widget.plus_buttons[third])
    assert kiosk.message() == "All your dots are placed; take one back with − to move it."
    assert kiosk.ballot() == {first: 2, second: 1}
    harness.click(kiosk.ballot_widget.minus_buttons[first])
    assert kiosk.status_label.text() == "1 of 3 dots left"
    assert kiosk.ballot() == {first: 1, second: 1}

    # Escape cancels back to the start: nothing stored, nothing left on screen.
    qtbot.keyClick(kiosk.ballot_widget.plus_buttons[third], Qt.Key.Key_Escape)
    assert kiosk.stage == "identify"
    assert kiosk.ballot() == {}
    assert kiosk.ballot_widget is None
    assert session.voting.ballots(rid) == [] and session.voting.voters(rid) == []


def keyboard_on_the_kiosk(harness: Harness, round_id: int) -> Kiosk:
    """F7 opens the kiosk window; handing it the keyboard, as F7 again does."""
    kiosk = harness.screen.show_kiosk(round_id)
    harness.screen.hand_over_kiosk()
    harness.qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk.window())
    return kiosk


def press_here(qtbot: QtBot, key: Qt.Key) -> QWidget:
    """Press a key where the keyboard focus is; returns the widget that had it."""
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard"
    qtbot.keyClick(target, key)
    return target


def test_space_at_an_items_cap_stays_on_that_item(
    harness: Harness, session: Session, groups: list[int], qtbot: QtBot
) -> None:
    session.people.issue_voting_codes()
    code = session.people.participants()[0].voting_code
    assert code is not None
    rid = harness.new_round(
        RoundSpec("", "dots", {"budget": 3, "per_item_cap": 2}, True, items_of(groups))
    )
    session.voting.open_round(rid)
    kiosk = keyboard_on_the_kiosk(harness, rid)
    qtbot.keyClicks(kiosk.code_edit, code)
    qtbot.keyClick(kiosk.code_edit, Qt.Key.Key_Return)
    first, second, _ = (i.id for i in session.voting.round_items(rid))
    assert isinstance(kiosk.ballot_widget, DotsBallot)
    assert QApplication.focusWidget() is kiosk.ballot_widget.plus_buttons[first]
    for _ in range(3):  # the third Space is one too many for the cap of 2
        assert press_here(qtbot, Qt.Key.Key_Space) is kiosk.ballot_widget.plus_buttons[first]
    assert kiosk.ballot() == {first: 2}  # nothing went to another item
    assert QApplication.focusWidget() is kiosk.ballot_widget.plus_buttons[first]
    assert kiosk.message() == "At most 2 dots on one item."
    # Tab moves on: + and − of the same item, then the next item's +.
    press_here(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is kiosk.ballot_widget.minus_buttons[first]
    press_here(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is kiosk.ballot_widget.plus_buttons[second]
    press_here(qtbot, Qt.Key.Key_Space)
    assert kiosk.ballot() == {first: 2, second: 1}
    press_here(qtbot, Qt.Key.Key_Space)  # the budget of 3 is spent: focus stays put
    assert kiosk.ballot() == {first: 2, second: 1}
    assert QApplication.focusWidget() is kiosk.ballot_widget.plus_buttons[second]
    # − at nought on the same item: focus stays too, and it says why.
    press_here(qtbot, Qt.Key.Key_Tab)
    assert press_here(qtbot, Qt.Key.Key_Space) is kiosk.ballot_widget.minus_buttons[second]
    assert press_here(qtbot, Qt.Key.Key_Space) is kiosk.ballot_widget.minus_buttons[second]
    assert kiosk.ballot() == {first: 2}
    assert QApplication.focusWidget() is kiosk.ballot_widget.minus_buttons[second]
    assert kiosk.message() == "This item has no dots to take back."


def tab_stops(qtbot: QtBot, kiosk: Kiosk, most: int = 40) -> list[QWidget]:
    """Walk Tab from the focus until it comes round again; every stop on the way."""
    start = QApplication.focusWidget()
    assert start is not None
    stops = [start]
    for _ in range(most):
        press_here(qtbot, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        if now is start:
            return stops
        stops.append(now)
    raise AssertionError("Tab never came back round")


def assert_every_stop_shows(stops: list[QWidget], kiosk: Kiosk) -> None:
    from breakout_qt.kiosk.controls import TapRow

    for widget in stops:
        assert widget.window() is kiosk.window()
        assert widget.isVisible(), f"{widget!r} is a Tab stop nobody can see"
        # A control that draws its focus: never a scroll area or a container.
        assert isinstance(widget, QPushButton | QLineEdit | TapRow), f"{widget!r} shows no focus"


@pytest.mark.parametrize("method", ["dots", "approval", "agreement", "majority"])
def test_tab_stops_only_on_controls_the_voter_can_see(
    harness: Harness,
    session: Session,
    people: dict[str, int],
    groups: list[int],
    qtbot: QtBot,
    method: str,
) -> None:
    session.people.issue_voting_codes()
    secret = method != "approval"  # the approval round is named: tap your name
    rid = harness.new_round(RoundSpec("", method, {}, secret, items_of(groups)))
    session.voting.open_round(rid)
    kiosk = keyboard_on_the_kiosk(harness, rid)
    items = [i.id for i in session.voting.round_items(rid)]

    stops = tab_stops(qtbot, kiosk)
    assert_every_stop_shows(stops, kiosk)
    if secret:
        assert stops == [kiosk.code_edit, kiosk.continue_button]
        code = session.participant(people["Ben Osei"]).voting_code
        assert code is not None
        qtbot.keyClicks(kiosk.code_edit, code)
        qtbot.keyClick(kiosk.code_edit, Qt.Key.Key_Return)
    else:
        assert stops == [kiosk.search_edit, *kiosk.name_buttons.values()]
        kiosk.name_buttons[people["Ben Osei"]].setFocus()
        press_here(qtbot, Qt.Key.Key_Space)
    assert kiosk.stage == "ballot"

    stops = tab_stops(qtbot, kiosk)
    assert_every_stop_shows(stops, kiosk)
    controls: list[QWidget] = []
    ballot = kiosk.ballot_widget
    for item in items:
        if method == "dots":
            assert isinstance(ballot, DotsBallot)
            controls += [ballot.plus_buttons[item], ballot.minus_buttons[item]]
        elif method == "approval":
            assert isinstance(ballot, ApprovalBallot)
            controls.append(ballot.item_rows[item])
        elif method == "majority":  # Excellent first, Reject last
            assert isinstance(ballot, MajorityBallot)
            controls += reversed(ballot.level_buttons[item])
        else:
            assert isinstance(ballot, AgreementBallot)
            controls += ballot.level_buttons[item]
    assert stops == [*controls, kiosk.cancel_button, kiosk.review_button]


def test_a_refusal_clears_as_the_next_code_is_typed(
    harness: Harness, session: Session, groups: list[int], qtbot: QtBot
) -> None:
    session.people.issue_voting_codes()
    rid = harness.new_round(RoundSpec("", "approval", {}, True, items_of(groups)))
    session.voting.open_round(rid)
    kiosk = keyboard_on_the_kiosk(harness, rid)
    qtbot.keyClicks(kiosk.code_edit, "ZZZZ")
    qtbot.keyClick(kiosk.code_edit, Qt.Key.Key_Return)
    assert kiosk.message() == UNKNOWN_CODE
    assert QApplication.focusWidget() is kiosk.code_edit
    qtbot.keyClicks(kiosk.code_edit, "A")  # the next person starts typing
    assert kiosk.message() == ""
    assert not kiosk.identify_message.text()


def test_an_empty_ballot_is_refused_in_large_type(
    harness: Harness, session: Session, groups: list[int], qtbot: QtBot
) -> None:
    session.people.issue_voting_codes()
    code = session.people.participants()[0].voting_code
    assert code is not None
    rid = harness.new_round(RoundSpec("", "dots", {}, True, items_of(groups)))
    session.voting.open_round(rid)
    kiosk = harness.screen.show_kiosk(rid)
    qtbot.keyClicks(kiosk.code_edit, code)
    qtbot.keyClick(kiosk.code_edit, Qt.Key.Key_Enter)
    harness.click(kiosk.review_button)
    assert kiosk.stage == "ballot"
    assert kiosk.message() == "The ballot is empty; choose at least one item."
    assert kiosk.ballot_message.font().pixelSize() >= 0.035 * kiosk.height()
    assert session.voting.ballots(rid) == []


def test_the_engine_refuses_a_ballot_after_voting_closed(
    harness: Harness, session: Session, groups: list[int], qtbot: QtBot
) -> None:
    session.people.issue_voting_codes()
    code = session.people.participants()[0].voting_code
    assert code is not None
    rid = harness.new_round(RoundSpec("", "approval", {}, True, items_of(groups)))
    session.voting.open_round(rid)
    kiosk = harness.screen.show_kiosk(rid)
    qtbot.keyClicks(kiosk.code_edit, code)
    qtbot.keyClick(kiosk.code_edit, Qt.Key.Key_Return)
    assert isinstance(kiosk.ballot_widget, ApprovalBallot)
    harness.click(kiosk.ballot_widget.item_rows[session.voting.round_items(rid)[0].id])
    harness.click(kiosk.review_button)
    session.voting.close_round(rid)  # the facilitator closes while this person checks their ballot
    harness.screen.refresh()
    assert kiosk.stage == "review"  # a ballot in progress is left alone
    harness.click(kiosk.confirm_button)
    assert kiosk.message() == "Voting has closed."
    assert not kiosk.confirm_button.isEnabled()
    assert session.voting.ballots(rid) == []


def test_under_chatham_house_even_a_named_round_asks_for_codes(
    harness: Harness, session: Session, people: dict[str, int], groups: list[int], qtbot: QtBot
) -> None:
    """No name may reach the shared screen under the Chatham House Rule."""
    session.update_session(chatham_house=True)
    session.people.issue_voting_codes()
    rid = harness.new_round(RoundSpec("Named", "approval", {}, False, items_of(groups)))
    harness.click(harness.page.open_button)
    assert harness.page.codes_button.isEnabled()
    harness.page.show_kiosk()
    kiosk = harness.kiosk
    assert kiosk.code_edit.isVisibleTo(kiosk)
    assert kiosk.visible_names() == []
    for name in PRESENT:
        assert name not in screen_text(kiosk)
    code = session.participant(people["Ben Osei"]).voting_code
    assert code is not None
    qtbot.keyClicks(kiosk.code_edit, code)
    qtbot.keyClick(kiosk.code_edit, Qt.Key.Key_Return)
    assert kiosk.stage == "ballot"
    assert "Ben Osei" not in screen_text(kiosk)
    assert isinstance(kiosk.ballot_widget, ApprovalBallot)
    harness.click(kiosk.ballot_widget.item_rows[session.voting.round_items(rid)[0].id])
    harness.click(kiosk.review_button)
    harness.click(kiosk.confirm_button)
    # The round is not secret, so the ballot keeps its voter (for support by group).
    assert session.voting.ballots(rid) == [
        (people["Ben Osei"], {session.voting.round_items(rid)[0].id: 1})
    ]


# -- a named round: tap your name -----------------------------------------------------------------


def test_a_named_round_by_tapping_names(
    harness: Harness, session: Session, people: dict[str, int], groups: list[int], qtbot: QtBot
) -> None:
    rid = harness.new_round(RoundSpec("Named", "approval", {}, False, items_of(groups)))
    harness.click(harness.page.open_button)
    harness.page.show_kiosk()
    kiosk = harness.kiosk
    kiosk.thanks_ms = 30
    assert not kiosk.code_edit.isVisibleTo(kiosk)
    assert kiosk.visible_names() == sorted(PRESENT)  # only people checked in
    qtbot.keyClicks(kiosk.search_edit, "osei")
    assert kiosk.visible_names() == ["Ben Osei"]
    qtbot.keyClick(kiosk.search_edit, Qt.Key.Key_Return)  # one match: Enter picks it
    assert kiosk.stage == "ballot"
    first, second, third = (i.id for i in session.voting.round_items(rid))
    assert isinstance(kiosk.ballot_widget, ApprovalBallot)
    harness.click(kiosk.ballot_widget.item_rows[first])
    harness.click(kiosk.ballot_widget.item_rows[third])
    harness.click(kiosk.ballot_widget.item_rows[first])  # tap again: no longer supported
    assert kiosk.ballot_widget.item_rows[first].property("selected") is False
    assert kiosk.ballot_widget.item_rows[third].property("selected") is True
    assert kiosk.status_label.text() == "1 of 3 supported"
    harness.click(kiosk.review_button)
    harness.click(kiosk.confirm_button)
    wait_for_start(qtbot, kiosk)
    assert "Ben Osei" not in kiosk.visible_names()

    harness.click(kiosk.name_buttons[people["Ana Lima"]])
    harness.click(kiosk.ballot_widget.item_rows[second])
    # Keyboard: Tab to the review button, Enter presses it; Enter again confirms.
    kiosk.review_button.setFocus()
    qtbot.keyClick(kiosk.review_button, Qt.Key.Key_Return)
    assert kiosk.stage == "review"
    qtbot.keyClick(kiosk.confirm_button, Qt.Key.Key_Return)
    assert kiosk.stage == "thanks"
    wait_for_start(qtbot, kiosk)
    # No trace of the last voter on screen.
    assert "Ana Lima" not in screen_text(kiosk)

    assert sorted((p, sorted(b)) for p, b in session.voting.ballots(rid)) == [
        (people["Ana Lima"], [second]),
        (people["Ben Osei"], [third]),
    ]
    assert kiosk.visible_names() == ["Chidi Okafor", "Dana Kowalski"]


def test_a_ranking_ballot_by_tapping_in_order(
    harness: Harness, session: Session, people: dict[str, int], groups: list[int], qtbot: QtBot
) -> None:
    rid = harness.new_round(RoundSpec("", "ranking", {}, False, items_of(groups)))
    session.voting.open_round(rid)
    kiosk = harness.screen.show_kiosk(rid)
    kiosk.choose_person(people["Dana Kowalski"])
    first, second, third = (i.id for i in session.voting.round_items(rid))
    assert isinstance(kiosk.ballot_widget, RankingBallot)
    for item in (third, first, second):
        harness.click(kiosk.ballot_widget.item_rows[item])
    assert [kiosk.ballot_widget.item_rows[i].badge.text() for i in (first, second, third)] == [
        "2nd",
        "3rd",
        "1st",
    ]
    harness.click(kiosk.ballot_widget.item_rows[first])  # take 2nd back: 3rd moves up
    assert kiosk.ballot() == {third: 1, second: 2}
    harness.click(kiosk.start_over_button)
    assert kiosk.ballot() == {}
    harness.click(kiosk.ballot_widget.item_rows[second])
    harness.click(kiosk.review_button)
    harness.click(kiosk.confirm_button)
    assert session.voting.ballots(rid) == [(people["Dana Kowalski"], {second: 1})]


# -- agreement: every item needs a level ----------------------------------------------------------


def test_an_agreement_ballot_needs_every_item(
    harness: Harness, session: Session, people: dict[str, int], groups: list[int], qtbot: QtBot
) -> None:
    session.people.issue_voting_codes()
    code = session.participant(people["Chidi Okafor"]).voting_code
    assert code is not None
    rid = harness.new_round(RoundSpec("Consent", "agreement", {}, True, items_of(groups)))
    session.voting.open_round(rid)
    kiosk = harness.screen.show_kiosk(rid)
    qtbot.keyClicks(kiosk.code_edit, code)
    qtbot.keyClick(kiosk.code_edit, Qt.Key.Key_Return)
    first, second, third = (i.id for i in session.voting.round_items(rid))
    assert isinstance(kiosk.ballot_widget, AgreementBallot)
    assert [b.text() for b in kiosk.ballot_widget.level_buttons[first]] == [
        "0  Block",
        "1  Serious concerns",
        "2  Concerns",
        "3  Can live with it",
        "4  Support",
        "5  Full support",
    ]
    harness.click(kiosk.ballot_widget.level_buttons[first][5])
    harness.click(kiosk.ballot_widget.level_buttons[second][0])
    harness.click(
        kiosk.ballot_widget.level_buttons[second][3]
    )  # changed my mind: one level per item
    assert [b.isChecked() for b in kiosk.ballot_widget.level_buttons[second]] == [0, 0, 0, 1, 0, 0]
    harness.click(kiosk.review_button)
    assert kiosk.stage == "ballot"
    assert kiosk.message() == "Give every item a level on the agreement scale."
    assert session.voting.ballots(rid) == []
    harness.click(kiosk.ballot_widget.level_buttons[third][0])
    assert kiosk.status_label.text() == "3 of 3 items have a level"
    harness.click(kiosk.review_button)
    assert kiosk.stage == "review"
    harness.click(kiosk.confirm_button)
    assert session.voting.ballots(rid) == [(None, {first: 5, second: 3, third: 0})]

    session.voting.close_round(rid)
    result = harness.screen.show_results(rid)
    assert result.blocked == (WORDINGS[2],)
    view = harness.screen.results_view
    assert view is not None
    assert view.blocked_label.text() == f"Blocked by at least one person: {WORDINGS[2]}"
    assert [r.flagged for r in view.chart.rows()] == [False, False, True]


# -- hand counts ----------------------------------------------------------------------------------


def test_a_hand_count_round_typed_in_the_page(
    harness: Harness, session: Session, groups: list[int], qtbot: QtBot
) -> None:
    page = harness.page
    rid = harness.new_round(RoundSpec("Hands", "approval", {}, False, items_of(groups)))
    harness.click(page.open_button)
    first, second, third = (i.id for i in session.voting.round_items(rid))
    seen: list[str] = []

    def type_counts(counts: dict[int, int]) -> Callable[[int], dict[int, dict[int, int]]]:
        def ask(round_id: int) -> dict[int, dict[int, int]]:
            dialog = page.hand_count_dialog(round_id)
            qtbot.addWidget(dialog)
            assert isinstance(dialog, HandCountDialog)
            for item, count in counts.items():
                spin = dialog.spin(item)
                spin.selectAll()
                qtbot.keyClicks(spin, str(count))
            seen.append(dialog.check_label.text())
            return dialog.counts()

        return ask

    # 9 hands with 4 people present: the live check says so, the engine refuses it.
    harness.answer("ask_hand_counts", type_counts({first: 3, second: 9, third: 1}))
    harness.click(page.hands_button)
    assert "9 hands" in seen[-1] and "more than the 4 people present" in seen[-1]
    assert harness.errors == ["9 hands is more than the 4 people present; count again"]
    assert session.voting.hand_tallies(rid) == []

    harness.errors.clear()
    harness.answer("ask_hand_counts", type_counts({first: 3, second: 4, third: 1}))
    harness.click(page.hands_button)
    assert seen[-1] == "Every count fits the 4 people present."
    assert harness.errors == []
    assert session.voting.hand_tallies(rid) == [(first, 0, 3), (second, 0, 4), (third, 0, 1)]
    assert "hand counts entered" in page.voters_label.text()

    # One undo step takes the counts back; redo puts them in again.
    harness.stack.undo()
    assert session.voting.hand_tallies(rid) == []
    harness.stack.redo()
    assert len(session.voting.hand_tallies(rid)) == 3

    harness.answer("ask_confirm_close", lambda rnd: True)
    harness.click(page.close_button)
    assert not page.hands_button.isEnabled()
    assert [(r.rank, r.label, r.value) for r in page.results_box.chart.rows()] == [
        (1, WORDINGS[1], "4 approvals (100 %)"),
        (2, WORDINGS[0], "3 approvals (75 %)"),
        (3, WORDINGS[2], "1 approval (25 %)"),
    ]
    assert page.results_box.turnout_label.text() == "4 of 4 voted (100 % turnout)"


def test_agreement_hand_counts_per_level_in_one_undo_step(
    harness: Harness, session: Session, groups: list[int]
) -> None:
    page = harness.page
    rid = harness.new_round(RoundSpec("", "agreement", {}, False, items_of(groups)))
    session.voting.open_round(rid)
    first, _, third = (i.id for i in session.voting.round_items(rid))
    dialog = page.hand_count_dialog(rid)
    assert len(dialog.spins) == 3 * 6
    dialog.spin(first, 5).setValue(3)
    dialog.spin(first, 4).setValue(2)
    assert "add up to 5, more than the 4 present" in dialog.check_label.text()
    dialog.spin(first, 4).setValue(1)
    dialog.spin(third, 0).setValue(1)
    harness.answer("ask_hand_counts", lambda round_id: dialog.counts())
    page.hand_count()
    assert harness.errors == []
    assert [t for t in session.voting.hand_tallies(rid) if t[2]] == [
        (first, 4, 1),
        (first, 5, 3),
        (third, 0, 1),
    ]
    assert harness.stack.count() == 2  # the new round, then one step for all the levels
    harness.stack.undo()
    assert session.voting.hand_tallies(rid) == []


def test_levels_that_add_up_to_more_than_the_room_record_nothing(
    harness: Harness, session: Session, groups: list[int]
) -> None:
    page = harness.page
    rid = harness.new_round(RoundSpec("", "agreement", {}, False, items_of(groups)))
    session.voting.open_round(rid)
    first, second, _ = (i.id for i in session.voting.round_items(rid))
    dialog = page.hand_count_dialog(rid)
    dialog.spin(second, 1).setValue(2)  # fits, and would have gone in first
    dialog.spin(first, 5).setValue(3)
    dialog.spin(first, 4).setValue(3)  # 6 hands for one item with 4 people present
    harness.answer("ask_hand_counts", lambda round_id: dialog.counts())
    page.hand_count()
    assert len(harness.errors) == 1
    assert "add up to 6 hands, more than the 4 people present" in harness.errors[0]
    assert session.voting.hand_tallies(rid) == []
    assert harness.stack.count() == 1  # only the new round


# -- the page -------------------------------------------------------------------------------------


def test_the_page_refuses_results_before_closing(
    harness: Harness, session: Session, groups: list[int]
) -> None:
    page = harness.page
    rid = harness.new_round(RoundSpec("", "dots", {}, True, items_of(groups)))
    session.voting.open_round(rid)
    page.reload()
    assert not page.results_button.isEnabled()
    page.show_results()  # Shift+F7 reaches this even with the button disabled
    assert harness.errors == ["the round is open; results stay hidden until the round closes"]
    assert harness.screen.mode == "live"
    assert harness.screen.results_view is None
    assert not page.results_box.isVisibleTo(page)
    assert page.result is None


def test_results_leave_the_screen_if_the_close_is_undone(
    harness: Harness, session: Session, groups: list[int]
) -> None:
    """A round closed before any vote came in may be reopened by undo."""
    page = harness.page
    rid = harness.new_round(RoundSpec("", "approval", {}, False, items_of(groups)))
    harness.click(page.open_button)
    harness.answer("ask_confirm_close", lambda rnd: True)
    harness.click(page.close_button)
    harness.click(page.results_button)
    assert harness.screen.mode == "results"
    harness.stack.undo()  # voting is open again
    assert session.voting.round(rid).state == "open"
    harness.screen.refresh()
    assert harness.screen.mode == "live"
    page.reload()
    assert not page.results_box.isVisibleTo(page)


def test_undo_never_takes_a_round_with_ballots_back(
    harness: Harness, session: Session, people: dict[str, int], groups: list[int]
) -> None:
    """Ctrl+Z after the first ballot: a sentence says why not, and the ballots stay."""
    page = harness.page
    rid = harness.new_round(RoundSpec("", "approval", {}, True, items_of(groups)))
    harness.click(page.open_button)
    first = session.voting.round_items(rid)[0].id
    session.voting.cast_ballot(rid, people["Ana Lima"], {first: 1})
    assert harness.stack.undoText() == "Open voting"
    harness.stack.undo()
    assert harness.errors == [
        "votes are in, so opening this round can no longer be undone; "
        "close it when voting is done, or set up a new round"
    ]
    assert session.voting.round(rid).state == "open"
    assert session.voting.ballots(rid) == [(None, {first: 1})]
    page.reload()
    assert page.facts_label.text().endswith("voting is open")
    assert page.voters_label.text() == "1 of 4 present has voted"

    harness.errors.clear()
    harness.answer("ask_confirm_close", lambda rnd: True)
    harness.click(page.close_button)
    assert harness.stack.undoText() == "Close voting"
    harness.stack.undo()
    assert harness.errors == [
        "votes are in, so closing this round can no longer be undone; "
        "its result stands — set up a new round to vote again"
    ]
    assert session.voting.round(rid).state == "closed"
    assert harness.stack.undoText() == "Create voting round"  # the refused step is gone
    harness.stack.undo()  # nor can the round be undone away
    assert (
        harness.errors[-1] == "votes are in for this voting round, so it can no longer be removed"
    )
    assert [r.id for r in session.voting.rounds()] == [rid]
    assert session.voting.ballots(rid) == [(None, {first: 1})]


def test_new_round_by_keyboard_and_undo(
    harness: Harness, session: Session, groups: list[int], qtbot: QtBot
) -> None:
    page = harness.page
    spec = RoundSpec("First ranking", "ranking", {"max_ranked": 2}, True, items_of(groups))
    harness.answer("ask_round", lambda: spec)
    page.rounds_view.setFocus()
    qtbot.keyClick(
        page.rounds_view,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    (rnd,) = session.voting.rounds()
    assert (rnd.title, rnd.method, rnd.secret) == ("First ranking", "ranking", True)
    assert page.selected_round_id() == rnd.id
    assert page.facts_label.text() == "Ranking · rank up to 2 items · secret ballot · not open yet"
    assert page.items_label.text().splitlines() == [f"{n}. {w}" for n, w in enumerate(WORDINGS, 1)]
    assert not page.hands_button.isEnabled()  # hands cannot rank
    harness.stack.undo()
    page.reload()
    assert session.voting.rounds() == []
    assert page.selected_round_id() is None
    assert not page.open_button.isEnabled()


def test_the_round_dialog_offers_the_accepted_groups(
    qtbot: QtBot, session: Session, groups: list[int]
) -> None:
    unworded = session.board.add_cluster("Training for buyers").result
    session.board.accept_cluster(unworded)
    suggested = session.board.add_cluster(
        "Maybe later", wording="Not yet accepted", suggested=True
    ).result
    dialog = RoundDialog(None, session.board.clusters())
    qtbot.addWidget(dialog)
    spec = dialog.result_value()
    assert spec.method == "dots" and spec.secret is True
    assert spec.settings == {"budget": 5, "per_item_cap": 2}
    assert [i["label"] for i in spec.items] == [*WORDINGS, "Training for buyers"]
    assert [i["cluster"] for i in spec.items] == [*groups, unworded]
    assert suggested not in [i["cluster"] for i in spec.items]

    dialog.set_method("ranking")
    assert not dialog.budget.isVisibleTo(dialog)
    assert dialog.result_value().settings == {"max_ranked": None}
    for row in range(1, dialog.items_tree.topLevelItemCount()):
        item = dialog.items_tree.topLevelItem(row)
        assert item is not None
        item.setCheckState(0, Qt.CheckState.Unchecked)
    ok = dialog.buttons.buttons()[0]
    assert "at least two" in dialog.count_label.text()
    assert not ok.isEnabled()
    dialog.extra_edit.setText("Something else entirely")
    dialog.add_extra()
    assert ok.isEnabled()
    assert [i["label"] for i in dialog.result_value().items] == [
        WORDINGS[0],
        "Something else entirely",
    ]


LONG_ITEM = (
    "Require every buyer to publish, each quarter and in plain language, the prices paid to "
    "suppliers at each tier, the share that reaches workers as wages, the gap to a living "
    "wage for the region and a dated plan to close it — reviewed by worker representatives "
    "from São Paulo to Dhaka, with a summary in Arabic and Chinese (تقرير موجز / 简要报告) "
    "so that the people it concerns can read it themselves, not only the buyers' auditors."
)


def test_enter_in_another_item_adds_it_and_the_dialog_stays_open(
    qtbot: QtBot, session: Session
) -> None:
    """Typing items one after another with Enter never creates the round behind your back."""
    dialog = RoundDialog(None, session.board.clusters())  # no groups yet: every item is typed
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    typed = ["Pagar a proveedores en 30 días", LONG_ITEM, "توظيف عمال محليين", "公开供应商名单"]
    dialog.extra_edit.setFocus()
    for text in typed:
        type_text(dialog.extra_edit, text)
        qtbot.keyClick(dialog.extra_edit, Qt.Key.Key_Return)
        assert dialog.isVisible(), f"Enter after {text[:20]!r} closed the dialog"
        assert dialog.result() == 0
        assert dialog.extra_edit.text() == ""
        assert dialog.focusWidget() is dialog.extra_edit  # ready for the next one
    assert [i["label"] for i in dialog.result_value().items] == typed
    assert dialog.count_label.text() == "4 items on the ballot"

    # Enter in the list ticks or unticks the current item; the dialog stays.
    dialog.items_tree.setFocus()
    third_item = dialog.items_tree.topLevelItem(2)
    assert third_item is not None
    dialog.items_tree.setCurrentItem(third_item)
    qtbot.keyClick(dialog.items_tree, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert [i["label"] for i in dialog.result_value().items] == [typed[0], typed[1], typed[3]]

    # Only the default button creates the round; a last item typed but not added still counts.
    qtbot.keyClicks(dialog.extra_edit, "Ein letzter Punkt")
    ok = dialog.buttons.buttons()[0]
    assert isinstance(ok, QPushButton)
    assert ok.isDefault() and ok.text() == "Create round"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    assert [i["label"] for i in dialog.result_value().items] == [
        typed[0],
        typed[1],
        typed[3],
        "Ein letzter Punkt",
    ]


def test_a_draft_round_is_edited_until_it_opens(
    harness: Harness, session: Session, groups: list[int], qtbot: QtBot
) -> None:
    page = harness.page
    rid = harness.new_round(
        RoundSpec("First go", "dots", {"budget": 4, "per_item_cap": 2}, True, items_of(groups))
    )
    old_ids = [i.id for i in session.voting.round_items(rid)]
    seen: list[tuple[object, ...]] = []

    def edit(rnd: Round) -> RoundSpec:
        dialog = page.edit_round_dialog(rnd)
        qtbot.addWidget(dialog)
        dialog.show()
        # The dialog starts from the round as it is.
        seen.append(
            (
                dialog.windowTitle(),
                dialog.title_edit.text(),
                dialog.method(),
                dialog.budget.value(),
                dialog.cap.value(),
                dialog.secret_box.isChecked(),
                [i["label"] for i in dialog.result_value().items],
            )
        )
        dialog.title_edit.setText("Qué llevamos al plenario")
        dialog.set_method("ranking")
        dialog.max_ranked.setValue(2)
        dialog.secret_box.setChecked(False)
        third = dialog.items_tree.topLevelItem(2)
        assert third is not None
        third.setCheckState(0, Qt.CheckState.Unchecked)
        type_text(dialog.extra_edit, LONG_ITEM)
        qtbot.keyClick(dialog.extra_edit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        return dialog.result_value()

    harness.answer("ask_edit_round", edit)
    page.rounds_view.setFocus()
    assert page.edit_button.isEnabled()
    qtbot.keyClick(page.rounds_view, Qt.Key.Key_F2)
    assert seen == [
        (
            "Edit voting round",
            "First go",
            "dots",
            4,
            2,
            True,
            list(WORDINGS),
        )
    ]
    assert harness.errors == []
    rnd = session.voting.round(rid)
    assert (rnd.title, rnd.method, rnd.secret, rnd.state) == (
        "Qué llevamos al plenario",
        "ranking",
        False,
        "draft",
    )
    items = session.voting.round_items(rid)
    assert [i.label for i in items] == [WORDINGS[0], WORDINGS[1], LONG_ITEM]
    assert [i.cluster for i in items] == [groups[0], groups[1], None]
    assert [i.id for i in items] == old_ids  # the same ballot rows, changed in place
    assert page.facts_label.text() == "Ranking · rank up to 2 items · named vote · not open yet"

    # One undo step takes the whole edit back.
    assert harness.stack.undoText() == "Edit voting round"
    harness.stack.undo()
    page.reload()
    assert session.voting.round(rid).title == "First go"
    assert [i.label for i in session.voting.round_items(rid)] == list(WORDINGS)

    # Once voting opens, the round is no longer editable: F2 says why.
    harness.click(page.open_button)
    assert not page.edit_button.isEnabled()
    page.rounds_view.setFocus()
    qtbot.keyClick(page.rounds_view, Qt.Key.Key_F2)
    assert len(seen) == 1  # no dialog
    assert harness.errors == [
        "voting has opened in this round, so it can no longer change; "
        "set up a new round (Ctrl+Shift+R) instead"
    ]


def test_voting_codes_are_issued_and_listed(
    harness: Harness, session: Session, groups: list[int]
) -> None:
    page = harness.page
    harness.new_round(RoundSpec("", "dots", {}, True, items_of(groups)))
    shown: list[list[tuple[str, str]]] = []
    harness.answer("show_codes", shown.append)
    harness.click(page.codes_button)
    (rows,) = shown
    assert [name for name, _ in rows] == sorted([*PRESENT, ABSENT])
    codes = {p.name: p.voting_code for p in session.people.participants()}
    assert rows == [(name, codes[name]) for name, _ in rows]
    assert len({code for _, code in rows}) == 5


def test_support_by_group_for_a_named_round(
    qtbot: QtBot, session: Session, groups: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = []
    for n, group in enumerate(["Business"] * 3 + ["Government"] + ["UN agency"] * 2):
        ids.append(
            session.people.add_participant(
                f"Person {n}", stakeholder_group=group, present=True
            ).result
        )
    harness = Harness(qtbot, session, monkeypatch)
    rid = harness.new_round(RoundSpec("", "approval", {}, False, items_of(groups)))
    session.voting.open_round(rid)
    first = session.voting.round_items(rid)[0].id
    for pid in ids:
        session.voting.cast_ballot(rid, pid, {first: 1})
    session.voting.close_round(rid)
    harness.page.reload()
    page = harness.page
    assert page.results_box.groups_table.isVisibleTo(page)
    header = page.results_box.groups_table.horizontalHeaderItem(0)
    assert header is not None and header.text() == "Business"
    assert page.results_box.groups_table.columnCount() == 1
    cell = page.results_box.groups_table.item(0, 0)
    assert cell is not None and cell.text() == "100 %"
    assert (
        page.results_box.hidden_label.text()
        # the groups' names keep their own direction in the sentence (a Unicode isolate)
        == "\u2068Government, UN agency\u2069: fewer than 3 voters, not shown"
    )


def test_rounds_model(qtmodeltester: ModelTester, session: Session, groups: list[int]) -> None:
    from breakout_qt.vote_page import RoundsModel

    session.voting.create_round(method="dots", items=list(WORDINGS), title="One")
    session.voting.create_round(method="approval", items=list(WORDINGS[:2]), secret=False)
    model = RoundsModel(session)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "One\nDot voting · secret · draft"
    assert model.data(model.index(1, 0)) == "Round 2\nApproval · named · draft"


def test_the_kiosk_follows_the_scheme(
    harness: Harness, session: Session, groups: list[int]
) -> None:
    rid = harness.new_round(RoundSpec("", "dots", {}, True, items_of(groups)))
    session.voting.open_round(rid)
    kiosk = harness.screen.show_kiosk(rid)
    from PySide6.QtGui import QColor

    from breakout_qt.room_look import SCHEMES

    assert kiosk.grab().toImage().pixelColor(3, 3) == QColor(SCHEMES["dark"].background)
    harness.screen.set_scheme("light")
    assert kiosk.grab().toImage().pixelColor(3, 3) == QColor(SCHEMES["light"].background)


def test_the_vote_page_is_wired_into_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    """Alt+3 opens the voting page; a ballot cast elsewhere shows up in its count."""
    from PySide6.QtCore import QSettings

    from breakout.demo import build_demo
    from breakout_qt.main_window import MainWindow

    session = build_demo(tmp_path / "demo.breakout")
    ini = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, settings=ini)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(2)
    page = window.ensure_vote()
    assert window.pages.currentWidget() is window.vote_page
    groups = session.board.clusters()[:3]
    round_id = session.voting.create_round(
        method="approval", items=[{"label": g.label, "cluster": g.id} for g in groups]
    ).result
    session.voting.open_round(round_id)
    page.select_round(round_id)
    present = session.presence().count  # the checked in, and anyone who took part
    assert page.voters_label.text().startswith(f"0 of {present} present")
    voter = next(p for p in session.people.participants() if p.present)
    item = session.voting.round_items(round_id)[0].id
    session.voting.cast_ballot(round_id, voter.id, {item: 1})
    assert page.voters_label.text().startswith(f"1 of {present} present has voted")
    window.close()
