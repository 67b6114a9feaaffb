"""Who the report lists as participants, and in what order.

The session is made as a facilitator makes one: from the briefing and roster
in ``tests/data/real_session``, with a few walk-ins added at the door.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from breakout.briefing import read_briefing
from breakout.report import build_content
from breakout.report.exports import csv_files, markdown
from breakout.roster import read_roster
from breakout.session import Session
from tests.helpers import FakeClock

DATA = Path(__file__).parent.parent.parent / "data" / "real_session"
#: Walk-ins whose names code point order puts in the wrong place.
WALK_INS = ("Ōta Kenji", "zainab Osei", "Émile Zola", "oscar Brandt")


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    with Session.create(tmp_path / "forum.breakout", clock=FakeClock()) as session:
        session.import_briefing(read_briefing(DATA / "briefing.md"))
        session.people.import_roster(read_roster(DATA / "roster.csv"))
        for name in WALK_INS:
            session.people.add_participant(name, may_be_named=True)
        yield session


def listed(session: Session) -> list[str]:
    people = build_content(session, sections=["participants"]).participants
    assert people is not None
    return [row.name for row in people.rows]


def test_names_sort_in_the_readers_alphabet_order(session: Session) -> None:
    names = listed(session)
    assert names.index("Élise Marchand") < names.index("Émile Zola") < names.index("Grace Wanjiru")
    assert names.index("Émile Zola") < names.index("zainab Osei")
    assert names.index("Olena Kovalenko") < names.index("Ōta Kenji") < names.index("Pedro Álvarez")
    assert names.index("Oluwaseun Adeyemi") < names.index("oscar Brandt") < names.index("Ōta Kenji")
    assert names.index("Inés Castro") < names.index("Jean-Baptiste Ndiaye")
    latin = [n for n in names if "LATIN" in unicodedata.name(n[0])]
    assert names[: len(latin)] == latin, "names in other scripts follow the Latin ones"
    assert latin[-1] == "zainab Osei"


def test_every_export_lists_them_in_that_order(session: Session) -> None:
    content = build_content(session)
    text = markdown(content)
    assert text.index("Élise Marchand") < text.index("Hannah Schmidt") < text.index("zainab Osei")
    rows = csv_files(content)["participants.csv"].decode("utf-8-sig").splitlines()[1:]
    assert [row.split(",")[0] for row in rows] == listed(session)


def by_name(session: Session) -> dict[str, int]:
    return {p.name: p.id for p in session.people.participants()}


def test_people_who_never_came_are_not_listed(session: Session) -> None:
    ids = by_name(session)
    for name in ("Élise Marchand", "Omar Haddad", "Ōta Kenji", "Fatou Sow"):
        session.people.check_in(ids[name])
    # Never checked in, but spoke: present by the presence rule.
    point = session.agenda.points()[0].id
    session.agenda.start_point(point)
    session.capture.add_contribution(
        "Les compteurs doivent rester publics.", point_id=point, participant_id=ids["Chloé Dubois"]
    )
    names = listed(session)
    assert names == ["Chloé Dubois", "Élise Marchand", "Omar Haddad", "Ōta Kenji"]
    content = build_content(session)
    people = content.participants
    assert people is not None
    assert "1 other took part" in people.note  # Fatou Sow, who did not agree to be named
    assert f"Not listed: {len(ids) - 5} people on the roster who did not attend." in people.note
    text = markdown(content)
    assert "Hannah Schmidt" not in text and "Grace Wanjiru" not in text
    assert "Hannah Schmidt" not in csv_files(content)["participants.csv"].decode("utf-8-sig")


def test_when_nobody_was_checked_in_the_roster_stands_for_the_room(session: Session) -> None:
    names = listed(session)
    assert "Hannah Schmidt" in names and "Ōta Kenji" in names
    assert "Fatou Sow" not in names  # did not agree to be named
