"""The speaking-balance panel: dimensions, rows, nudges, and what a screen reader hears."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from breakout.balance import DIMENSIONS, Balance, balances
from breakout.session import Session
from breakout_qt.balance_panel import NEUTRAL_FILL, OVER_FILL, UNDER_FILL, BalancePanel
from tests.helpers import FakeClock

pytestmark = pytest.mark.gui


def speak(session: Session, clock: FakeClock, who: int, point: int, seconds: float) -> None:
    turn = session.queue.request_turn(who, point).result
    session.queue.start_turn(turn)
    clock.advance(seconds)
    session.queue.end_turn(turn)


@pytest.fixture
def room(session: Session, clock: FakeClock) -> dict[str, Balance]:
    """10 present. Business (2) talks half the time; Government (3) hardly at all."""
    add = session.people.add_participant
    ids = {
        "biz1": add("B1", stakeholder_group="Business", region="Europe", gender="female"),
        "biz2": add("B2", stakeholder_group="Business", region="Africa", gender="male"),
        "cso1": add("C1", stakeholder_group="Civil society", region="Africa", gender="female"),
        "cso2": add("C2", stakeholder_group="Civil society", region="Europe", gender="male"),
        "cso3": add("C3", stakeholder_group="Civil society", region="Asia", gender="female"),
        "gov1": add("G1", stakeholder_group="Government", region="Asia", gender="male"),
        "gov2": add("G2", stakeholder_group="Government", region="Africa", gender="female"),
        "gov3": add("G3", stakeholder_group="Government", region="Europe", gender="male"),
        "aca1": add("A1", stakeholder_group="Academia", region="Africa", gender="female"),
        "aca2": add("A2", stakeholder_group="Academia", region="Asia", gender="male"),
    }
    people = {key: change.result for key, change in ids.items()}
    for pid in people.values():
        session.people.check_in(pid)
    point = session.agenda.add_point("Partnerships").result
    speak(session, clock, people["biz1"], point, 180)
    speak(session, clock, people["cso1"], point, 150)
    speak(session, clock, people["biz2"], point, 120)
    speak(session, clock, people["aca1"], point, 120)
    speak(session, clock, people["gov2"], point, 30)
    return balances(session)


@pytest.fixture
def panel(qtbot: QtBot) -> BalancePanel:
    widget = BalancePanel()
    qtbot.addWidget(widget)
    widget.resize(380, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_groups(panel: BalancePanel) -> list[str]:
    shown = panel.chart.balance()
    return [] if shown is None else [row.group for row in shown.rows]


def bar_colour(panel: BalancePanel, row: int) -> QColor:
    """The colour at the start of a row's bar, as painted."""
    image = panel.chart.grab().toImage()
    track = panel.chart.track_rect(row)
    ratio = image.devicePixelRatio()
    return image.pixelColor(round((track.left() + 4) * ratio), round(track.center().y() * ratio))


def test_rows_follow_the_chosen_dimension(
    qtbot: QtBot, panel: BalancePanel, room: dict[str, Balance]
) -> None:
    panel.set_balances(room)

    assert panel.tab_bar.tabText(panel.tab_bar.currentIndex()) == "Stakeholder group"
    assert shown_groups(panel) == ["Civil society", "Government", "Academia", "Business"]

    region_tab = panel.tab_bar.tabRect(1).center()
    with qtbot.waitSignal(panel.dimension_changed) as changed:
        qtbot.mouseClick(panel.tab_bar, Qt.MouseButton.LeftButton, pos=region_tab)
    assert changed.args == ["region"]
    assert panel.dimension() == "region"
    assert shown_groups(panel) == ["Africa", "Asia", "Europe"]
    assert panel.chart.accessibleName() == "Speaking time by region"


def test_the_dimension_tabs_work_from_the_keyboard(
    qtbot: QtBot, panel: BalancePanel, room: dict[str, Balance]
) -> None:
    panel.set_balances(room)
    panel.tab_bar.setFocus()

    qtbot.keyClick(panel.tab_bar, Qt.Key.Key_Right)
    qtbot.keyClick(panel.tab_bar, Qt.Key.Key_Right)

    assert panel.dimension() == "gender"
    assert shown_groups(panel) == ["female", "male"]
    assert [panel.tab_bar.tabText(i) for i in range(3)] == ["Stakeholder group", "Region", "Gender"]
    assert panel.tab_bar.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_choice_survives_new_figures(panel: BalancePanel, room: dict[str, Balance]) -> None:
    panel.set_dimension("gender")
    panel.set_balances(room)
    panel.set_balances(room)
    assert panel.dimension() == "gender"
    assert panel.current() is room["gender"]


def test_nudges_are_shown_in_plain_words(panel: BalancePanel, room: dict[str, Balance]) -> None:
    panel.set_balances(room)

    text = panel.nudge_label.text()
    assert panel.nudge_box.isVisible()
    assert "Business: 50% of speaking time, 20% of those present" in text
    assert "Government: 5% of speaking time, 30% of those present" in text
    assert text.index("Business") < text.index("Government")
    assert "All points: 10:00 in 5 turns · 10 present" in panel.facts_label.text()


def test_over_and_under_bars_are_coloured_and_the_rest_neutral(
    panel: BalancePanel, room: dict[str, Balance]
) -> None:
    panel.set_balances(room)
    order = shown_groups(panel)

    assert bar_colour(panel, order.index("Business")) == OVER_FILL
    assert bar_colour(panel, order.index("Government")) == UNDER_FILL
    assert bar_colour(panel, order.index("Academia")) == NEUTRAL_FILL


def test_a_screen_reader_hears_the_whole_picture(
    panel: BalancePanel, room: dict[str, Balance]
) -> None:
    panel.set_balances(room)
    said = panel.accessibleDescription()

    assert panel.accessibleName() == "Speaking balance"
    assert said.startswith("Speaking balance by stakeholder group, all points: 10 minutes")
    assert "Nudges: Business: 50% of speaking time, 20% of those present;" in said
    assert (
        "Business: 50% of speaking time (5 minutes, 2 turns), 2 present, "
        "20% of people present; more than its share." in said
    )
    assert panel.chart.accessibleDescription() == said
    assert panel.tab_bar.accessibleName()


def test_a_tooltip_names_the_row_under_the_pointer(
    panel: BalancePanel, room: dict[str, Balance]
) -> None:
    panel.set_balances(room)
    order = shown_groups(panel)
    track = panel.chart.track_rect(order.index("Academia"))
    assert panel.chart.row_at(track.center().y()) == order.index("Academia")
    assert panel.chart.row_at(-5) is None


def test_before_three_minutes_it_says_when_hints_come(
    qtbot: QtBot, panel: BalancePanel, session: Session, clock: FakeClock
) -> None:
    who = session.people.add_participant("B1", stakeholder_group="Business", present=True).result
    session.people.add_participant("G1", stakeholder_group="Government", present=True)
    point = session.agenda.add_point("Partnerships").result
    speak(session, clock, who, point, 100)

    panel.set_balances(balances(session))

    assert panel.nudge_label.text() == "Hints appear after 3:00 of speaking."
    assert bar_colour(panel, 0) == NEUTRAL_FILL


def test_nobody_checked_in_says_shares_are_of_the_roster(
    panel: BalancePanel, session: Session
) -> None:
    session.people.add_participant("B1", stakeholder_group="Business")
    session.people.add_participant("G1", stakeholder_group="Government")

    panel.set_balances(balances(session))

    assert "Nobody checked in yet: shares are of the 2 on the roster." in panel.facts_label.text()
    assert panel.nudge_label.text() == "Nobody has spoken yet."
    assert shown_groups(panel) == ["Business", "Government"]


def test_without_a_session_the_panel_is_empty_but_calm(panel: BalancePanel) -> None:
    panel.set_balances({})
    assert panel.facts_label.text() == "No session open."
    assert shown_groups(panel) == []
    assert not panel.nudge_box.isVisible()
    assert set(DIMENSIONS) == {panel.tab_bar.tabData(i) for i in range(3)}


def test_it_fits_a_narrow_side_panel(panel: BalancePanel, room: dict[str, Balance]) -> None:
    panel.set_balances(room)
    assert panel.minimumSizeHint().width() <= 320
    panel.resize(320, 600)
    assert panel.width() == 320


def test_right_to_left_the_bars_grow_from_the_right(
    qtbot: QtBot, panel: BalancePanel, room: dict[str, Balance]
) -> None:
    panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # an Arabic console
    panel.set_balances(room)
    business = shown_groups(panel).index("Business")  # half the time: half a bar
    image = panel.chart.grab().toImage()
    track = panel.chart.track_rect(business)
    ratio = image.devicePixelRatio()
    y = round(track.center().y() * ratio)
    assert image.pixelColor(round((track.right() - 4) * ratio), y) == OVER_FILL
    assert image.pixelColor(round((track.left() + 4) * ratio), y) != OVER_FILL
