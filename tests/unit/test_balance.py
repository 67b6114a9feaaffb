"""Speaking balance: time and turns by group against who is present, and the nudges."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from breakout.balance import (
    DIMENSIONS,
    NOT_RECORDED,
    Balance,
    balance,
    balance_from,
    balances,
    percent,
)
from breakout.errors import BreakoutError
from breakout.model import Participant, Turn
from breakout.session import Session
from tests.helpers import FakeClock


def people(session: Session, groups: dict[str, int], *, present: bool = True) -> dict[str, int]:
    """Add ``count`` people per stakeholder group; returns name → id (names like ``Business 1``)."""
    ids = {}
    for group, count in groups.items():
        for n in range(1, count + 1):
            name = f"{group} {n}"
            ids[name] = session.people.add_participant(
                name, stakeholder_group=group, present=present
            ).result
    return ids


def speak(session: Session, clock: FakeClock, who: int, point: int, seconds: float) -> None:
    """``who`` is given the floor at ``point`` and speaks for ``seconds``."""
    turn = session.queue.request_turn(who, point).result
    session.queue.start_turn(turn)
    clock.advance(seconds)
    session.queue.end_turn(turn)


def by_group(result: Balance) -> dict[str, tuple[float, int, int, float, float]]:
    return {
        r.group: (r.speaking_seconds, r.turns, r.present, r.time_share, r.presence_share)
        for r in result.rows
    }


def test_time_and_turns_by_group_against_presence(session: Session, clock: FakeClock) -> None:
    ids = people(session, {"Business": 2, "Government": 1, "Academia": 1})
    point = session.agenda.add_point("Partnerships").result
    speak(session, clock, ids["Business 1"], point, 120)
    speak(session, clock, ids["Business 2"], point, 60)
    speak(session, clock, ids["Government 1"], point, 60)
    # A turn still waiting and one withdrawn count for nothing.
    session.queue.request_turn(ids["Academia 1"], point)
    gone = session.queue.request_turn(ids["Government 1"], point).result
    session.queue.withdraw_turn(gone)

    result = balance(session, dimension="stakeholder_group")

    assert by_group(result) == {
        "Business": (180.0, 2, 2, 0.75, 0.5),
        "Government": (60.0, 1, 1, 0.25, 0.25),
        "Academia": (0.0, 0, 1, 0.0, 0.25),
    }
    assert [r.group for r in result.rows] == ["Business", "Academia", "Government"]
    assert (result.total_seconds, result.total_turns, result.present) == (240.0, 3, 4)
    assert math.fsum(r.time_share for r in result.rows) == pytest.approx(1.0)
    assert math.fsum(r.presence_share for r in result.rows) == pytest.approx(1.0)
    assert result.presence_basis == "checked_in"
    assert result.nudges == ("Business: 75% of speaking time, 50% of those present",)
    assert [r.flag for r in result.rows] == ["over", "", ""]


def test_the_active_turn_counts_up_to_now(session: Session, clock: FakeClock) -> None:
    ids = people(session, {"Business": 1, "Government": 1})
    point = session.agenda.add_point("Partnerships").result
    speak(session, clock, ids["Government 1"], point, 90)
    turn = session.queue.request_turn(ids["Business 1"], point).result
    session.queue.start_turn(turn)
    clock.advance(30)

    by_clock = balance(session, dimension="stakeholder_group")
    later = balance(session, dimension="stakeholder_group", now=clock.now + 10)

    assert by_group(by_clock)["Business"][:2] == (30.0, 1)
    assert by_clock.total_seconds == 120.0
    assert by_group(later)["Business"][:2] == (40.0, 1)
    assert later.total_seconds == 130.0


def test_one_point_or_the_whole_session(session: Session, clock: FakeClock) -> None:
    ids = people(session, {"Business": 1, "Civil society": 1})
    first = session.agenda.add_point("Trust").result
    second = session.agenda.add_point("Money").result
    speak(session, clock, ids["Business 1"], first, 100)
    speak(session, clock, ids["Civil society 1"], first, 50)
    speak(session, clock, ids["Civil society 1"], second, 150)

    whole = by_group(balance(session, dimension="stakeholder_group"))
    only_first = balance(session, dimension="stakeholder_group", point_id=first)
    only_second = by_group(balance(session, dimension="stakeholder_group", point_id=second))

    assert whole["Business"][:2] == (100.0, 1)
    assert whole["Civil society"][:2] == (200.0, 2)
    assert only_first.point_id == first
    assert by_group(only_first)["Civil society"][:2] == (50.0, 1)
    assert only_second["Business"] == (0.0, 0, 1, 0.0, 0.5)
    assert only_second["Civil society"][:4] == (150.0, 1, 1, 1.0)
    with pytest.raises(BreakoutError, match="point 99 does not exist"):
        balance(session, dimension="region", point_id=99)


def test_nobody_checked_in_uses_the_roster(session: Session, clock: FakeClock) -> None:
    ids = people(session, {"Business": 1, "Government": 3}, present=False)
    point = session.agenda.add_point("Partnerships").result
    speak(session, clock, ids["Business 1"], point, 200)

    result = balance(session, dimension="stakeholder_group")

    assert result.presence_basis == "roster"
    assert result.present == 4
    assert by_group(result)["Government"] == (0.0, 0, 3, 0.0, 0.75)
    # Equal gaps (75 points each way): the group not heard comes first.
    assert result.nudges == (
        "Government has not spoken yet (75% of the roster)",
        "Business: 100% of speaking time, 25% of the roster",
    )


def test_someone_who_speaks_without_checking_in_counts_as_present(
    session: Session, clock: FakeClock
) -> None:
    ids = people(session, {"Business": 1, "Government": 1})
    late = session.people.add_participant("Late Comer", stakeholder_group="Academia").result
    point = session.agenda.add_point("Partnerships").result
    speak(session, clock, ids["Business 1"], point, 60)
    speak(session, clock, late, point, 60)

    result = balance(session, dimension="stakeholder_group")

    assert result.present == 3  # the two checked in, and the late comer who spoke
    assert by_group(result)["Academia"] == (60.0, 1, 1, 0.5, 1 / 3)
    assert result.total_seconds == 120.0


def test_over_and_under_nudges_name_the_largest_gap_first(
    session: Session, clock: FakeClock
) -> None:
    ids = people(session, {"Business": 2, "Civil society": 3, "Government": 3, "Academia": 2})
    point = session.agenda.add_point("Partnerships").result
    speak(session, clock, ids["Business 1"], point, 180)
    speak(session, clock, ids["Civil society 1"], point, 150)
    speak(session, clock, ids["Business 2"], point, 120)
    speak(session, clock, ids["Academia 1"], point, 120)
    speak(session, clock, ids["Government 2"], point, 30)

    result = balance(session, dimension="stakeholder_group")

    # Business 50% vs 20%: 2.5 times, 30 points over. Government 5% vs 30%:
    # a sixth, 25 points under. Civil society 25% vs 30% and Academia 20% vs
    # 20% are close enough.
    assert result.nudges == (
        "Business: 50% of speaking time, 20% of those present",
        "Government: 5% of speaking time, 30% of those present",
    )
    assert {r.group: r.flag for r in result.rows} == {
        "Civil society": "",
        "Government": "under",
        "Academia": "",
        "Business": "over",
    }


def test_a_small_gap_is_not_nudged_even_at_a_large_ratio(
    session: Session, clock: FakeClock
) -> None:
    # 1 trade unionist of 20 has 10% of the time: twice their share, 5 points over.
    ids = people(session, {"Trade union": 1, "Business": 19})
    point = session.agenda.add_point("Partnerships").result
    speak(session, clock, ids["Trade union 1"], point, 60)
    for n in range(1, 19):
        speak(session, clock, ids[f"Business {n}"], point, 30)

    result = balance(session, dimension="stakeholder_group")

    assert by_group(result)["Trade union"][3] == pytest.approx(0.1)
    assert result.nudges == ()


def test_a_silent_group_is_named_once_its_fair_share_reaches_90_seconds(
    session: Session, clock: FakeClock
) -> None:
    ids = people(session, {"Business": 1, "Civil society": 1, "Government": 2})
    point = session.agenda.add_point("Partnerships").result
    speak(session, clock, ids["Business 1"], point, 200)

    result = balance(session, dimension="stakeholder_group")

    # Government's fair share of 200 s is 100 s: named. Civil society's is
    # 50 s: too early to say.
    assert result.nudges == (
        "Business: 100% of speaking time, 25% of those present",
        "Government has not spoken yet (50% of those present)",
    )
    assert {r.group: r.flag for r in result.rows}["Civil society"] == ""


def test_no_nudge_before_three_minutes_of_speaking(session: Session, clock: FakeClock) -> None:
    ids = people(session, {"Business": 1, "Government": 3})
    point = session.agenda.add_point("Partnerships").result
    turn = session.queue.request_turn(ids["Business 1"], point).result
    session.queue.start_turn(turn)
    started = clock.now

    early = balance(session, dimension="stakeholder_group", now=started + 179)
    on_time = balance(session, dimension="stakeholder_group", now=started + 180)

    assert early.nudges == ()
    assert not early.nudging
    assert all(r.flag == "" for r in early.rows)
    assert on_time.nudges == (
        "Government has not spoken yet (75% of those present)",
        "Business: 100% of speaking time, 25% of those present",
    )


def test_empty_values_are_not_recorded_last_and_never_nudged(
    session: Session, clock: FakeClock
) -> None:
    a = session.people.add_participant("A", region="Africa", present=True).result
    b = session.people.add_participant("B", region="", present=True).result
    session.people.add_participant("C", region="", present=True)
    session.people.add_participant("D", region="africa ", present=True)
    point = session.agenda.add_point("Partnerships").result
    speak(session, clock, b, point, 300)
    speak(session, clock, a, point, 10)

    result = balance(session, dimension="region")

    assert [(r.group, r.present) for r in result.rows] == [("Africa", 2), (NOT_RECORDED, 2)]
    # Africa: 3% of the time, 50% present — under; nobody is nudged about "no region".
    assert result.nudges == ("Africa: 3% of speaking time, 50% of those present",)


def test_gender_nudges_start_with_a_capital(session: Session, clock: FakeClock) -> None:
    f = session.people.add_participant("F", gender="female", present=True).result
    session.people.add_participant("M", gender="male", present=True)
    point = session.agenda.add_point("Partnerships").result
    speak(session, clock, f, point, 240)

    result = balance(session, dimension="gender")

    assert [r.group for r in result.rows] == ["female", "male"]
    assert result.nudges == (
        "Male has not spoken yet (50% of those present)",
        "Female: 100% of speaking time, 50% of those present",
    )


def test_balances_gives_every_dimension_from_one_read(session: Session, clock: FakeClock) -> None:
    who = session.people.add_participant(
        "Ana", stakeholder_group="Academia", region="Europe", gender="female", present=True
    ).result
    point = session.agenda.add_point("Partnerships").result
    speak(session, clock, who, point, 45)

    result = balances(session)

    assert tuple(result) == DIMENSIONS
    assert [result[d].rows[0].group for d in DIMENSIONS] == ["Academia", "Europe", "female"]
    assert all(result[d].total_seconds == 45.0 for d in DIMENSIONS)


def test_an_unknown_dimension_is_refused(session: Session) -> None:
    with pytest.raises(BreakoutError, match="unknown dimension 'age'"):
        balance(session, dimension="age")


def test_an_empty_session_has_no_rows_and_no_division_by_zero(session: Session) -> None:
    result = balance(session, dimension="gender")
    assert (result.rows, result.total_seconds, result.present, result.nudges) == ((), 0.0, 0, ())


def test_percent_rounds_half_up() -> None:
    assert [percent(x) for x in (0.0, 0.125, 0.3449, 0.445, 1.0)] == [0, 13, 34, 45, 100]


# -- property: random turns ---------------------------------------------------

GROUPS = ("Business", "Civil society", "Government", "")


@st.composite
def rooms(draw: st.DrawFn) -> tuple[list[Participant], list[Turn], float]:
    count = draw(st.integers(1, 12))
    roster = [
        Participant(
            id=i,
            name=f"P{i}",
            organisation="",
            stakeholder_group=draw(st.sampled_from(GROUPS)),
            region="",
            gender="",
            may_be_named=False,
            checked_in_at=draw(st.one_of(st.none(), st.just(0.0))),
            voting_code=None,
        )
        for i in range(1, count + 1)
    ]
    turns = []
    t = 0.0
    for n in range(draw(st.integers(0, 30))):
        state = draw(st.sampled_from(("done", "done", "active", "waiting", "withdrawn")))
        start = t + draw(st.floats(0, 60))
        length = draw(st.floats(0, 600))
        turns.append(
            Turn(
                id=n,
                point=1,
                participant=draw(st.integers(1, count)),
                position=n,
                requested_at=t,
                started_at=start if state in ("done", "active") else None,
                ended_at=start + length if state == "done" else None,
                withdrawn_at=start if state == "withdrawn" else None,
            )
        )
        t = start + length
    return roster, turns, t + draw(st.floats(0, 600))


@settings(max_examples=200, deadline=None)
@given(rooms())
def test_shares_add_up_whatever_the_turns(
    room: tuple[list[Participant], list[Turn], float],
) -> None:
    roster, turns, now = room
    result = balance_from(roster, turns, dimension="stakeholder_group", now=now)

    started = [t for t in turns if t.started_at is not None and t.withdrawn_at is None]
    expected = math.fsum(
        (t.ended_at if t.ended_at is not None else now) - t.started_at
        for t in started
        if t.started_at is not None  # (all of them: for the type checker)
    )
    assert result.total_seconds == pytest.approx(expected)
    assert result.total_turns == len(started) == sum(r.turns for r in result.rows)
    assert math.fsum(r.speaking_seconds for r in result.rows) == pytest.approx(result.total_seconds)
    if result.total_seconds > 0:
        assert math.fsum(r.time_share for r in result.rows) == pytest.approx(1.0)
    assert math.fsum(r.presence_share for r in result.rows) == pytest.approx(1.0)
    assert sum(r.present for r in result.rows) == result.present
    assert all(0.0 <= r.time_share <= 1.0 + 1e-9 for r in result.rows)
    assert len({r.group for r in result.rows}) == len(result.rows)
    if not result.nudging:
        assert result.nudges == ()
