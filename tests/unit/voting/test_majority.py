"""Majority judgment: the grade maths by hand, then whole rounds of a real session.

The session is made from a briefing and a roster (tests/gui/real_session.py),
with walk-ins added at the door and options in Arabic and Chinese.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from breakout.errors import BreakoutError
from breakout.interchange import create_from_json, export_session
from breakout.report.content import build_content
from breakout.report.exports import csv_files, markdown
from breakout.session import Session
from breakout.tally import tally_round
from breakout.voting import METHODS, validate_ballot
from breakout.voting.majority import GRADES, majority_grade, majority_judgment, majority_value
from tests.attacks import correct_links, link_by_layout, roots
from tests.gui.real_session import make_session
from tests.helpers import FakeClock

REJECT, POOR, FAIR, GOOD, VERY_GOOD, EXCELLENT = range(6)
OPTIONS = [
    "تمويل الصرف الصحي للبلديات الصغيرة",
    "学校和青年团体参与疏散准备",
    "Cartes des risques avec les comités de vivienda",
]
SCHEMA = json.loads(
    (Path(__file__).parents[3] / "breakout" / "schema" / "session.schema.json").read_text()
)


def grades(*values: int) -> list[int]:
    """A distribution: how many gave each grade, Reject first."""
    counts = [0] * len(GRADES)
    for value in values:
        counts[value] += 1
    return counts


# -- the maths --------------------------------------------------------------------------


def test_the_majority_grade_is_the_lower_middle_grade() -> None:
    assert majority_grade(grades(POOR, GOOD, EXCELLENT)) == GOOD
    # Four grades: the lower of the two middle ones (Balinski and Laraki's convention).
    assert majority_grade(grades(POOR, FAIR, VERY_GOOD, EXCELLENT)) == FAIR
    assert majority_grade(grades()) == REJECT


def test_the_majority_value_takes_the_majority_grade_away_again_and_again() -> None:
    # Sorted: Poor Good Good Excellent -> Good; then Poor Good Excellent -> Good;
    # then Poor Excellent -> Poor; then Excellent.
    assert majority_value(grades(EXCELLENT, GOOD, GOOD, POOR)) == (GOOD, GOOD, POOR, EXCELLENT)


def test_a_higher_majority_grade_wins_over_more_excellents() -> None:
    ballots = [
        {1: EXCELLENT, 2: FAIR},
        {1: EXCELLENT, 2: FAIR},
        {1: POOR, 2: FAIR},
        {1: POOR, 2: FAIR},
        {1: POOR, 2: FAIR},
    ]
    result = majority_judgment(ballots, {1: "Five-star split", 2: "Steady"})
    assert [(r.label, r.rank) for r in result.items] == [("Steady", 1), ("Five-star split", 2)]
    assert result.order_note == "Order by majority grade: Steady > Five-star split"


def test_equal_majority_grades_are_separated_by_the_majority_value() -> None:
    # A: Poor Good Good Excellent -> (Good, Good, Poor, Excellent)
    # B: Fair Good Good Very good -> (Good, Good, Fair, Very good): ahead at the third grade.
    a = [POOR, GOOD, GOOD, EXCELLENT]
    b = [FAIR, GOOD, GOOD, VERY_GOOD]
    ballots = [{1: x, 2: y} for x, y in zip(a, b, strict=True)]
    result = majority_judgment(ballots, {1: "A", 2: "B"})
    assert [(r.label, r.rank, r.score) for r in result.items] == [
        ("B", 1, float(GOOD)),
        ("A", 2, float(GOOD)),
    ]
    assert result.items[1].detail["above"] == 1 and result.items[1].detail["below"] == 1


def test_only_the_same_grades_tie() -> None:
    ballots = [{1: GOOD, 2: FAIR, 3: FAIR}, {1: FAIR, 2: GOOD, 3: FAIR}]
    result = majority_judgment(ballots, {1: "A", 2: "B", 3: "C"})
    assert [r.rank for r in result.items] == [1, 1, 3]
    assert result.order_note == "Order by majority grade: A = B > C"


def test_hand_counts_carry_their_grade_and_an_ungraded_item_comes_last() -> None:
    result = majority_judgment([], {1: "A", 2: "B", 3: "C"}, hands={1: {FAIR: 3}, 2: {GOOD: 2}})
    assert [r.label for r in result.items] == ["B", "A", "C"]
    assert result.ballots == 3
    assert METHODS["majority"].figure(result.items[2]) == "not graded"


@given(st.lists(st.lists(st.integers(0, 5), min_size=3, max_size=3), max_size=30), st.randoms())
def test_the_result_does_not_depend_on_ballot_order(
    rows: list[list[int]], rnd: random.Random
) -> None:
    ballots = [dict(zip((1, 2, 3), row, strict=True)) for row in rows]
    shuffled = ballots[:]
    rnd.shuffle(shuffled)
    labels = {1: "A", 2: "B", 3: "C"}
    assert majority_judgment(shuffled, labels) == majority_judgment(ballots, labels)


def test_a_ballot_grades_every_item_on_the_scale() -> None:
    with pytest.raises(BreakoutError, match="give every item a grade"):
        validate_ballot("majority", {}, [1, 2], {1: GOOD})
    with pytest.raises(BreakoutError, match=r"grades go from 0 \(Reject\) to 5 \(Excellent\)"):
        validate_ballot("majority", {}, [1, 2], {1: GOOD, 2: 6})
    assert validate_ballot("majority", {}, [1, 2], {1: GOOD, 2: REJECT}) == {1: GOOD, 2: REJECT}


# -- a round of a real session ----------------------------------------------------------------


@pytest.fixture
def real(tmp_path: Path) -> Session:
    session = make_session(tmp_path, FakeClock())
    for person in session.people.participants()[:4]:
        session.people.check_in(person.id)
    session.people.add_participant("Nguyễn Thị Hồng (walk-in)", present=True)
    return session


def _round(session: Session, *, secret: bool) -> tuple[int, list[int]]:
    rid = session.voting.create_round(
        method="majority", items=OPTIONS, title="Grades", secret=secret
    )
    items = [i.id for i in session.voting.round_items(rid.result)]
    session.voting.open_round(rid.result)
    return rid.result, items


def test_a_secret_round_is_cast_closed_and_counted(real: Session) -> None:
    rid, (arabic, chinese, french) = _round(real, secret=True)
    people = [p.id for p in real.people.participants() if p.present]
    cast = [
        {arabic: EXCELLENT, chinese: GOOD, french: REJECT},
        {arabic: GOOD, chinese: GOOD, french: FAIR},
        {arabic: POOR, chinese: VERY_GOOD, french: FAIR},
        {arabic: GOOD, chinese: FAIR, french: POOR},
        {arabic: FAIR, chinese: GOOD, french: GOOD},
    ]
    with pytest.raises(BreakoutError, match="give every item a grade"):
        real.voting.cast_ballot(rid, people[0], {arabic: GOOD})
    for person, ballot in zip(people, cast, strict=True):
        real.voting.cast_ballot(rid, person, ballot)
    with pytest.raises(BreakoutError, match="results stay hidden"):
        tally_round(real, rid)
    real.voting.close_round(rid)
    assert all(who is None for who, _ in real.voting.ballots(rid))
    result = tally_round(real, rid)
    # Chinese: Fair Good Good Good Very good -> Good, (Good, Good, Fair/Very good…)
    # Arabic: Poor Fair Good Good Excellent -> Good; behind Chinese on the majority value.
    assert [(r.label, r.rank) for r in result.items] == [
        (OPTIONS[1], 1),
        (OPTIONS[0], 2),
        (OPTIONS[2], 3),
    ]
    assert (result.ballots, result.eligible) == (5, 5)
    assert result.by_group is None


def test_hand_counts_by_grade_in_one_change(real: Session) -> None:
    rid, (arabic, chinese, _) = _round(real, secret=False)
    change = real.voting.record_hand_counts(
        rid, {GOOD: {arabic: 3}, REJECT: {arabic: 2, chinese: 1}}
    )
    with pytest.raises(BreakoutError, match="add up to 6 hands"):
        real.voting.record_hand_counts(rid, {FAIR: {arabic: 1}})
    real.undo(change)
    assert real.voting.hand_tallies(rid) == []


def test_a_closed_secret_round_cannot_be_linked_to_its_voters(tmp_path: Path) -> None:
    session = make_session(tmp_path, FakeClock())
    walk_ins = [
        session.people.add_participant(f"Walk-in {n:02d}", present=True).result for n in range(29)
    ]
    people = [p.id for p in session.people.participants() if p.id not in walk_ins] + walk_ins
    rid = session.voting.create_round(
        method="majority", items=[f"Option {n}" for n in range(6)]
    ).result
    session.voting.open_round(rid)
    items = [i.id for i in session.voting.round_items(rid)]
    order = people[:]
    random.Random(11).shuffle(order)
    truth = {}
    for n, person in enumerate(order):
        ballot = {item: (n // 6**k) % 6 for k, item in enumerate(items)}  # unique per voter
        session.voting.cast_ballot(rid, person, ballot)
        truth[frozenset(ballot.items())] = person
    session.voting.close_round(rid)
    path = session.path
    session.close()
    links = correct_links(link_by_layout(path.read_bytes(), roots(path), rid), truth)
    assert links <= 6  # chance: one right pair in 34 expected


def test_the_interchange_round_trip_and_the_schema(real: Session, tmp_path: Path) -> None:
    rid, items = _round(real, secret=True)
    for person, grade in zip(
        [p.id for p in real.people.participants() if p.present], range(5), strict=True
    ):
        real.voting.cast_ballot(rid, person, dict.fromkeys(items, grade))
    real.voting.record_hand_counts(rid, {EXCELLENT: {items[2]: 0}})
    real.voting.close_round(rid)
    doc = json.loads(json.dumps(export_session(real)))  # as read back from the file
    jsonschema.validate(doc, SCHEMA)
    (exported,) = [r for r in doc["rounds"] if r["id"] == rid]
    assert exported["method"] == "majority"
    assert exported["results"]["ranking"][0]["detail"]["median"] == FAIR
    copy = create_from_json(tmp_path / "copy.breakout", doc, clock=FakeClock())
    assert json.loads(json.dumps(export_session(copy))) == doc
    bad = json.loads(json.dumps(doc))
    bad["rounds"][0]["ballots"][0]["entries"][0]["value"] = 9
    with pytest.raises(BreakoutError, match=r"rounds\[0\]\.ballots\[0\]: grades go from 0"):
        create_from_json(tmp_path / "bad.breakout", bad, clock=FakeClock())


def test_the_report_words_come_from_the_method(real: Session) -> None:
    rid, (arabic, chinese, french) = _round(real, secret=False)
    people = [p.id for p in real.people.participants() if p.present]
    for n, person in enumerate(people):
        real.voting.cast_ballot(rid, person, {arabic: GOOD, chinese: n % 2 * 5, french: FAIR})
    real.voting.close_round(rid)
    content = build_content(real)
    text = markdown(content)
    assert "Majority judgment: every item gets a grade from Excellent to Reject" in text
    assert "majority grade Good (0 % graded it higher, 0 % lower; from 5 votes)" in text
    assert OPTIONS[0] in text and OPTIONS[1] in text
    assert any(OPTIONS[1] in data.decode("utf-8-sig") for data in csv_files(content).values())


def test_a_file_from_before_majority_judgment_takes_a_majority_round(tmp_path: Path) -> None:
    """Schema 4 listed the methods in the file; opened now, it takes any method there is."""
    import sqlite3

    import sqlite_utils

    from breakout import migrations
    from breakout.store import APPLICATION_ID

    path = tmp_path / "schema4.breakout"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.MIGRATIONS.apply(
        sqlite_utils.Database(conn), stop_before="m005_methods_from_the_registry"
    )
    conn.execute("INSERT INTO session (id, title, created_at) VALUES (1, 'Before grades', 0)")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO rounds (id, position, method) VALUES (1, 0, 'majority')")
    conn.close()
    with Session.open(path, clock=FakeClock()) as session:
        rid = session.voting.create_round(method="majority", items=OPTIONS).result
        assert session.voting.round(rid).method == "majority"
        assert session.store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        with pytest.raises(BreakoutError, match="unknown voting method 'borda'; use dots, "):
            session.voting.create_round(method="borda", items=OPTIONS)
