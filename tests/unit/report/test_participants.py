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
