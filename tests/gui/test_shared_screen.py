"""The shared screen: what the room reads, from a real session file."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from breakout.session import Session
from breakout_qt.room_look import SCHEMES
from breakout_qt.screen_placement import choose_screen
from breakout_qt.shared_screen import SharedScreen
from tests.helpers import FakeClock

pytestmark = pytest.mark.gui

NAMES = ("Ana Lima", "Ben Osei", "Chidi Okafor", "Dana Kowalski")
QUESTION = "How can buyers' purchasing practices be aligned with paying a living wage?"
NOTES = "Facilitator only: bring in the supplier voices first."


@pytest.fixture
def points(session: Session) -> list[int]:
    return [
        session.agenda.add_point("What makes audits lead to lasting change?", minutes=10).result,
        session.agenda.add_point(QUESTION, minutes=10, notes=NOTES).result,
        session.agenda.add_point("Which recommendations go to the plenary?", minutes=12).result,
    ]


@pytest.fixture
def people(session: Session) -> dict[str, int]:
    return {
        name: session.people.add_participant(name, present=True, may_be_named=True).result
        for name in NAMES
    }


@pytest.fixture
def live(session: Session, points: list[int], people: dict[str, int]) -> Session:
    """Point 2 of 3 running, Ana speaking, Ben, Chidi and Dana waiting."""
    session.agenda.start_point(points[1])
    for name in NAMES:
        session.queue.request_turn(people[name])
    session.queue.call_next()
    return session


MakeScreen = Callable[..., SharedScreen]


@pytest.fixture
def make_screen(qtbot: QtBot) -> MakeScreen:
    def make(session: Session, *, show: bool = True) -> SharedScreen:
        screen = SharedScreen(session)
        qtbot.addWidget(screen)
        if show:
            screen.show()
            qtbot.waitExposed(screen)
        return screen

    return make


def all_text(screen: SharedScreen) -> str:
    return "\n".join(
        label.text() + label.accessibleDescription() for label in screen.findChildren(QLabel)
    )


def test_named_session_shows_question_time_and_queue(
    make_screen: MakeScreen, live: Session
) -> None:
    screen = make_screen(live)
    assert screen.title_label.text() == "Test session"
    assert screen.point_label.text() == "Point 2 of 3"
    assert screen.question_label.text() == QUESTION
    assert screen.time_label.text() == "10:00"
    assert screen.time_words_label.text() == "10 min left"
    assert screen.speaker_label.text() == "Speaking: Ana Lima"
    assert screen.queue_label.text() == "Next: Ben Osei · Chidi Okafor · Dana Kowalski"
    assert screen.time_label.isVisible() and screen.bar.isVisible()
    assert NOTES not in all_text(screen)


def test_chatham_house_shows_no_names_anywhere(make_screen: MakeScreen, live: Session) -> None:
    live.update_session(chatham_house=True)
    screen = make_screen(live)
    assert screen.speaker_label.text() == "Speaking: Speaker"
    assert screen.queue_label.text() == "Next: Speaker 1 · Speaker 2 · Speaker 3"
    text = all_text(screen) + screen.windowTitle()
    for name in NAMES:
        for part in name.split():
            assert part not in text


def test_before_any_point_it_says_starting_soon(
    make_screen: MakeScreen, session: Session, points: list[int]
) -> None:
    screen = make_screen(session)
    assert screen.title_label.text() == "Test session"
    assert screen.question_label.text() == "Starting soon"
    assert not screen.time_label.isVisible()
    assert not screen.bar.isVisible()
    assert not screen.queue_label.isVisible()
    assert not screen.timer.isActive()


def test_an_empty_queue_invites_hands(
    make_screen: MakeScreen, session: Session, points: list[int]
) -> None:
    session.agenda.start_point(points[0])
    screen = make_screen(session)
    assert screen.speaker_label.text() == ""
    assert screen.queue_label.text() == "Raise your hand to speak"


def test_the_bar_turns_amber_near_the_end_and_red_over(
    make_screen: MakeScreen, live: Session, clock: FakeClock
) -> None:
    screen = make_screen(live)
    dark = SCHEMES["dark"]
    assert screen.bar.state == "none"
    assert screen.bar.fill_colour() == QColor(dark.normal)
    assert screen.time_colour() == QColor(dark.text)

    clock.advance(600 - 90)
    screen.refresh()
    assert screen.bar.state == "near"
    assert screen.bar.fraction == pytest.approx(510 / 600)
    assert screen.bar.fill_colour() == QColor(dark.near)
    assert screen.time_colour() == QColor(dark.near_text)
    assert screen.time_words_label.text() == "1 min 30 s left"

    clock.advance(90 + 125)
    screen.refresh()
    assert screen.bar.state == "over"
    assert screen.bar.fraction == 1.0
    assert screen.bar.fill_colour() == QColor(dark.over)
    assert screen.time_colour() == QColor(dark.over_text)
    assert screen.time_label.text() == "−2:05"
    assert screen.time_words_label.text() == "Over by 2 min"

    screen.set_scheme("light")
    assert screen.bar.fill_colour() == QColor(SCHEMES["light"].over)


def test_the_bar_paints_its_colour(
    make_screen: MakeScreen, live: Session, clock: FakeClock
) -> None:
    clock.advance(700)
    screen = make_screen(live)
    image = screen.bar.grab().toImage()
    middle = image.pixelColor(image.width() // 2, image.height() // 2)
    assert middle == QColor(SCHEMES["dark"].over)


def test_schemes_are_dark_by_default_and_light_on_request(
    make_screen: MakeScreen, live: Session
) -> None:
    screen = make_screen(live)
    assert screen.scheme == "dark"
    corner = screen.grab().toImage().pixelColor(2, 2)
    assert corner == QColor(SCHEMES["dark"].background)
    screen.set_scheme("light")
    assert screen.scheme == "light"
    corner = screen.grab().toImage().pixelColor(2, 2)
    assert corner == QColor(SCHEMES["light"].background)
    assert screen.question_label.palette().color(screen.question_label.foregroundRole()) == QColor(
        SCHEMES["light"].text
    )
    with pytest.raises(ValueError, match="unknown scheme"):
        screen.set_scheme("pink")


def test_the_question_grows_with_the_window_height(
    make_screen: MakeScreen, live: Session, qtbot: QtBot
) -> None:
    screen = make_screen(live)
    screen.resize(1280, 480)
    qtbot.waitUntil(lambda: screen.height() == 480)
    small = screen.question_label.font().pixelSize()
    screen.resize(1280, 1000)
    qtbot.waitUntil(lambda: screen.height() == 1000)
    large = screen.question_label.font().pixelSize()
    assert large > small * 1.8
    assert large >= 60  # about 6–7 % of the height: readable from the back of the room
    assert screen.time_label.font().pixelSize() > screen.question_label.font().pixelSize()


def test_a_long_question_shrinks_to_fit_instead_of_overflowing(
    make_screen: MakeScreen, session: Session, qtbot: QtBot
) -> None:
    long_text = " ".join(["Which partnerships between unions, brands and suppliers work?"] * 8)
    session.agenda.start_point(session.agenda.add_point(long_text, minutes=10).result)
    screen = make_screen(session)
    screen.resize(1280, 720)
    qtbot.waitUntil(lambda: screen.height() == 720)
    label = screen.question_label
    needed = label.heightForWidth(label.width())
    assert needed <= label.height()
    assert label.font().pixelSize() < round(0.068 * 720)


def test_refresh_follows_the_queue_and_the_agenda(
    make_screen: MakeScreen, live: Session, points: list[int]
) -> None:
    screen = make_screen(live)
    live.queue.call_next()
    screen.refresh()
    assert screen.speaker_label.text() == "Speaking: Ben Osei"
    assert screen.queue_label.text() == "Next: Chidi Okafor · Dana Kowalski"
    live.agenda.next_point()
    screen.refresh()
    assert screen.point_label.text() == "Point 3 of 3"
    assert screen.question_label.text() == "Which recommendations go to the plenary?"
    assert screen.time_label.text() == "12:00"
    assert screen.speaker_label.text() == ""  # Ben's turn ended with the point…
    assert screen.queue_label.text() == "Next: Chidi Okafor · Dana Kowalski"  # …they still wait


def test_it_counts_down_by_itself_while_the_clock_runs(
    make_screen: MakeScreen, live: Session, points: list[int], clock: FakeClock, qtbot: QtBot
) -> None:
    screen = make_screen(live)
    assert screen.timer.isActive()
    assert screen.timer.interval() == 1000
    clock.advance(61)
    qtbot.waitUntil(lambda: screen.time_label.text() == "8:59", timeout=3000)
    live.agenda.pause_point()
    screen.refresh()
    assert not screen.timer.isActive()
    assert screen.time_words_label.text() == "8 min left · paused"
    screen.hide()
    live.agenda.start_point(points[1])
    screen.refresh()
    assert not screen.timer.isActive()  # no ticking while nobody can see it


def test_the_ticking_stops_quietly_when_the_session_is_closed(
    make_screen: MakeScreen, live: Session, qtbot: QtBot
) -> None:
    screen = make_screen(live)
    assert screen.timer.isActive()
    live.close()
    qtbot.waitUntil(lambda: not screen.timer.isActive(), timeout=3000)
    assert screen.time_label.text() == "10:00"  # the last reading stays up


def test_an_ended_point_says_so(make_screen: MakeScreen, live: Session, points: list[int]) -> None:
    live.agenda.end_point(points[1])
    screen = make_screen(live)
    assert screen.time_words_label.text() == "Point closed"
    assert not screen.timer.isActive()


def test_f11_toggles_full_screen_and_escape_leaves_it(
    make_screen: MakeScreen, live: Session, qtbot: QtBot
) -> None:
    screen = make_screen(live)
    assert not screen.isFullScreen()
    qtbot.keyClick(screen, Qt.Key.Key_F11)
    assert screen.isFullScreen()
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert not screen.isFullScreen()
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert screen.isVisible()  # Escape never closes the room's window


def test_one_screen_gives_a_normal_movable_window(
    make_screen: MakeScreen, live: Session, qtbot: QtBot
) -> None:
    screen = make_screen(live, show=False)
    screen.show_on_best_screen()
    qtbot.waitExposed(screen)
    assert screen.isVisible()
    assert not screen.isFullScreen()
    assert (screen.width(), screen.height()) == (960, 540)


def test_it_stays_a_window_of_its_own_with_a_parent(qtbot: QtBot, live: Session) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    screen = SharedScreen(live, parent)
    assert screen.isWindow()
    assert screen.parentWidget() is parent


def test_choose_screen_prefers_a_display_that_is_not_the_console() -> None:
    console, projector, tv = object(), object(), object()
    assert choose_screen([console], console) is None
    assert choose_screen([console, projector], console) is projector
    # The console is not the primary screen: still avoid both where possible.
    assert choose_screen([tv, console, projector], console, tv) is projector
    assert choose_screen([tv, console], console, tv) is tv


def test_labels_have_accessible_names(make_screen: MakeScreen, live: Session) -> None:
    screen = make_screen(live)
    for widget in (
        screen.title_label,
        screen.point_label,
        screen.question_label,
        screen.time_label,
        screen.time_words_label,
        screen.speaker_label,
        screen.queue_label,
        screen.bar,
    ):
        assert widget.accessibleName()
    assert screen.time_label.accessibleDescription() == "10 min left"
