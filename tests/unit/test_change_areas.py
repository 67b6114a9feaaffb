"""Each change says which areas of the session it touched, so each view redraws only
when what it shows changed: decided in the engine, from the rows the change holds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from breakout.briefing import read_briefing
from breakout.changes import AREA_OF_TABLE, Area, Change
from breakout.roster import read_roster
from breakout.session import Session
from tests.helpers import FakeClock

DATA = Path(__file__).parent.parent / "data" / "real_session"


@pytest.fixture
def real(tmp_path: Path, clock: FakeClock) -> Iterator[Session]:
    session = Session.new(
        tmp_path / "forum.breakout",
        briefing=read_briefing(DATA / "briefing.md"),
        roster=read_roster(DATA / "roster.csv"),
        clock=clock,
    )
    yield session
    session.close()


def test_every_table_of_the_file_belongs_to_an_area(real: Session) -> None:
    tables = {
        row[0]
        for row in real.store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%sqlite_%'"
        )
    }
    assert sorted(tables - set(AREA_OF_TABLE)) == []  # bookkeeping (migrations) aside
    assert sorted(set(AREA_OF_TABLE) - tables) == []  # no area names a table that is gone


def test_what_a_facilitator_does_touches_exactly_the_areas_on_screen(real: Session) -> None:
    seen: list[Change[Any]] = []
    real.subscribe(seen.append)
    point = real.agenda.points()[0].id

    assert real.agenda.start_point(point).areas() == {Area.AGENDA, Area.SESSION}
    known = real.people.participants()[0].name
    assert real.capture.add_by_name("Tarifs sociaux de l'eau", speaker=known).areas() == {
        Area.CAPTURE
    }
    # A walk-in named in the capture box is a new person too; a proposal reaches the board.
    walk_in = real.capture.add_by_name("建立社区水务委员会", speaker="Wen Zhao", kind="proposal")
    assert walk_in.areas() == {Area.CAPTURE, Area.PEOPLE, Area.BOARD}
    assert real.queue.request_by_name("ليلى ناصر").areas() == {Area.QUEUE, Area.PEOPLE}
    # Undo touches the same areas as the change it reverses.
    assert real.undo(walk_in).areas() == walk_in.areas()
    assert [c.areas() for c in seen[-1:]] == [walk_in.areas()]


def test_a_ballot_is_not_undoable_but_still_tells_the_views_voting_changed(
    real: Session,
) -> None:
    for person in real.people.participants():
        real.people.check_in(person.id)
    point = real.agenda.points()[0].id
    real.agenda.start_point(point)
    real.capture.add_contribution("Publier les tarifs", point_id=point, kind="proposal")
    rid = real.voting.create_round(method="dots", items=["Publier les tarifs", "Autre"]).result
    real.voting.open_round(rid)
    seen: list[Change[Any]] = []
    real.subscribe(seen.append)
    item = real.voting.round_items(rid)[0].id
    real.voting.cast_ballot(rid, real.people.participants()[0].id, {item: 1})
    assert len(seen) == 1
    assert not seen[0]  # nothing to undo: a ballot is never taken back
    assert seen[0].areas() == {Area.VOTING}
