"""A hand count is one engine operation: checked whole, written whole, undone whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from breakout.errors import BreakoutError
from breakout.session import Session
from tests.gui.real_session import make_session
from tests.helpers import FakeClock

OPTIONS = ["تمويل الصرف الصحي للبلديات الصغيرة", "学校和青年团体参与疏散准备", "Cartes des risques"]


@pytest.fixture
def real(tmp_path: Path) -> Session:
    session = make_session(tmp_path, FakeClock())
    for person in session.people.participants()[:4]:
        session.people.check_in(person.id)
    return session


def _agreement_round(session: Session) -> tuple[int, list[int]]:
    rid = session.voting.create_round(method="agreement", items=OPTIONS, secret=True).result
    return rid, [i.id for i in session.voting.round_items(rid)]


def test_counts_at_several_levels_are_one_change_that_undo_takes_back_whole(
    real: Session,
) -> None:
    rid, items = _agreement_round(real)
    real.voting.record_hand_counts(rid, {0: {items[0]: 1}, 5: {items[0]: 2, items[1]: 3}})
    change = real.voting.record_hand_counts(rid, {4: {items[2]: 2}, 5: {items[0]: 3}})
    assert real.voting.hand_tallies(rid) == [
        (items[0], 0, 1),
        (items[0], 5, 3),
        (items[1], 5, 3),
        (items[2], 4, 2),
    ]
    real.undo(change)
    assert real.voting.hand_tallies(rid) == [(items[0], 0, 1), (items[0], 5, 2), (items[1], 5, 3)]
    real.apply(change)
    assert (items[0], 5, 3) in real.voting.hand_tallies(rid)


def test_a_refused_level_writes_no_level(real: Session) -> None:
    rid, items = _agreement_round(real)
    # Level 5 alone would fit the 4 present; with level 3 the item has 6 hands.
    with pytest.raises(BreakoutError, match=r"add up to 6 hands, more than the 4 people"):
        real.voting.record_hand_counts(rid, {5: {items[0]: 2}, 3: {items[0]: 4}})
    with pytest.raises(BreakoutError, match="more than the 4 people"):
        real.voting.record_hand_counts(rid, {0: {items[1]: 1}, 2: {items[1]: 5}})
    with pytest.raises(BreakoutError, match="no level 6"):
        real.voting.record_hand_counts(rid, {1: {items[2]: 1}, 6: {items[2]: 1}})
    assert real.voting.hand_tallies(rid) == []


def test_levels_already_counted_count_towards_what_fits(real: Session) -> None:
    rid, items = _agreement_round(real)
    real.voting.record_hand_counts(rid, {5: {items[0]: 3}})
    with pytest.raises(BreakoutError, match="add up to 5 hands"):
        real.voting.record_hand_counts(rid, {2: {items[0]: 2}})
    real.voting.record_hand_counts(rid, {5: {items[0]: 1}, 2: {items[0]: 3}})  # replaced: 4 in all
    assert real.voting.hand_tallies(rid) == [(items[0], 2, 3), (items[0], 5, 1)]


def test_with_nobody_checked_in_the_roster_is_what_counts_must_fit(tmp_path: Path) -> None:
    session = make_session(tmp_path, FakeClock())
    rid, items = _agreement_round(session)
    session.voting.record_hand_counts(rid, {4: {items[0]: 2}, 5: {items[0]: 3}})
    with pytest.raises(BreakoutError, match="add up to 6 hands, more than the 5 people on the"):
        session.voting.record_hand_counts(rid, {3: {items[0]: 1}})
    assert session.voting.hand_tallies(rid) == [(items[0], 4, 2), (items[0], 5, 3)]
