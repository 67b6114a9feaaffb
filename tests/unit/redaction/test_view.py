"""One redaction feeds every format: a field is private until a rule lets it out.

These tests grow the session's records by a field at test time, as a future
version might (a column in the file, a field on the record, a field in the
interchange), and export: the new field reaches neither the JSON nor the CSV
until :data:`~breakout.redaction.view.FIELD_RULES` declares it public, and
then it reaches both, through the same rule.
"""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest

import breakout.capture
import breakout.people
import breakout.session_core
from breakout import interchange
from breakout.briefing import read_briefing
from breakout.model import Contribution, Participant
from breakout.redaction.view import FIELD_RULES, KEEP, SELF, undecided_fields
from breakout.report.content import build_content
from breakout.report.exports import csv_files, json_document
from breakout.roster import read_roster
from breakout.session import Session
from tests.helpers import FakeClock

DATA = Path(__file__).parent.parent.parent / "data" / "real_session"
MOOD = "furious-mood-marker"
PHONE = "+962-555-0199-marker"
LONG = "Water tariffs " + "must be reviewed with the users' committees, point by point; " * 8


@dataclasses.dataclass(frozen=True)
class GrownContribution(Contribution):
    mood: str = ""


@dataclasses.dataclass(frozen=True)
class GrownParticipant(Participant):
    phone: str = ""


@pytest.fixture
def grown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Session:
    """A session from the briefing and roster whose records carry a field no rule names."""
    session = Session.create(tmp_path / "s.breakout", clock=FakeClock())
    session.import_briefing(read_briefing(DATA / "briefing.md"))
    session.people.import_roster(read_roster(DATA / "roster.csv"))
    people = {p.name: p.id for p in session.people.participants()}
    point = session.agenda.points()[0].id
    session.agenda.start_point(point)
    for name, text in (
        ("Élise Marchand", LONG),  # agreed to be named
        ("Zainab Al-Khatib", "نريد تعريفة عادلة للمياه"),  # did not agree
        (None, "水价应该公开透明"),
    ):
        who = people[name] if name else None
        session.capture.add_contribution(text, point_id=point, participant_id=who)
    conn = session.store.conn
    conn.execute("ALTER TABLE contributions ADD COLUMN mood TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE participants ADD COLUMN phone TEXT NOT NULL DEFAULT ''")
    conn.execute("UPDATE contributions SET mood = ?", (MOOD,))
    conn.execute("UPDATE participants SET phone = ?", (PHONE,))
    conn.commit()
    monkeypatch.setattr(breakout.capture, "Contribution", GrownContribution)
    monkeypatch.setattr(breakout.people, "Participant", GrownParticipant)
    monkeypatch.setattr(breakout.session_core, "Participant", GrownParticipant)
    monkeypatch.setitem(interchange.TABLES["contributions"], "mood", interchange.STR)
    monkeypatch.setitem(interchange.TABLES["participants"], "phone", interchange.STR)
    contribution, participant = session.capture.contributions()[0], session.people.participants()[0]
    assert isinstance(contribution, GrownContribution) and contribution.mood == MOOD
    assert isinstance(participant, GrownParticipant) and participant.phone == PHONE
    assert interchange.export_session(session)["participants"][0]["phone"] == PHONE
    return session


def exported(session: Session, *, anonymous: bool) -> dict[str, str]:
    """Every file of the JSON and CSV exports, as text."""
    content = build_content(session, anonymous=anonymous)
    files = {name: data.decode("utf-8-sig") for name, data in csv_files(content).items()}
    doc = json_document(session, anonymous=anonymous, content=content)
    files["session.json"] = json.dumps(doc, ensure_ascii=False)
    return files


@pytest.mark.parametrize("anonymous", [True, False])
def test_a_new_field_without_a_rule_reaches_no_export(grown: Session, anonymous: bool) -> None:
    with grown:
        files = exported(grown, anonymous=anonymous)
    for name, text in files.items():
        assert MOOD not in text, name
        assert PHONE not in text, name
        assert "mood" not in text and "phone" not in text, name
    assert "Water tariffs" in files["contributions.csv"]  # the export itself is whole


def test_a_new_field_declared_public_reaches_the_json_and_the_csv(
    grown: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(FIELD_RULES["contributions"][0], "mood", KEEP)
    monkeypatch.setitem(FIELD_RULES["participants"][0], "phone", SELF)
    with grown:
        anonymous = exported(grown, anonymous=True)
        named = exported(grown, anonymous=False)
    for files in (anonymous, named):
        rows = list(csv_rows(files["contributions.csv"]))
        assert rows[0][-1] == "mood"
        assert all(row[-1] == MOOD for row in rows[1:]) and len(rows) == 4
        doc = json.loads(files["session.json"])
        assert {c["mood"] for c in doc["contributions"]} == {MOOD}
    # A participant's own field follows their consent: only the named carry it.
    people = json.loads(named["session.json"])["participants"]
    shown = {p["name"]: p["phone"] for p in people}
    assert shown["Élise Marchand"] == PHONE
    assert "Zainab Al-Khatib" not in shown and set(shown.values()) == {PHONE, ""}
    assert PHONE in named["participants.csv"].splitlines()[1]
    assert named["participants.csv"].splitlines()[0].endswith(",phone")
    assert PHONE not in anonymous["participants.csv"] + anonymous["session.json"]


def csv_rows(text: str) -> list[list[str]]:
    import csv

    return list(csv.reader(io.StringIO(text)))


def test_a_field_no_rule_names_is_listed_by_where_it_is(grown: Session) -> None:
    with grown:
        doc = interchange.export_session(grown)
    assert undecided_fields(doc) == ["contributions[].mood", "participants[].phone"]
    doc["rounds"] = [{"id": 1, "ballots": [{"participant": None, "cast_at": 0.0}]}]
    assert undecided_fields(doc)[-1] == "rounds[].ballots[].cast_at"
