"""`breakout new --from-json` refuses a document it cannot take whole, in one sentence.

The documents are a real session's own `show --json` (made from a briefing and
a roster: a 400-character point, French, Arabic and Chinese contributions, a
walk-in, a speaker with the floor and one waiting, a closed secret round and a
draft), changed in one place the way a person editing it by hand, or another
program writing it, would: a field renamed, a section misspelt, a time left
out, a state that cannot happen. Each must be refused as a real process does
it (`breakout: error: ...`, a non-zero exit, no traceback) and create nothing.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from breakout.session import Session
from tests.cli.test_cli import assert_clean_error, breakout
from tests.helpers import FakeClock, files_in

DATA = Path(__file__).parent.parent / "data" / "real_session"

SAID = (
    "Les comités d'usagers doivent siéger au conseil de la régie.",
    "يجب نشر جدول التقنين قبل أسبوع على الأقل",
    "社区委员会应当参与定价。",
    ("Publish the rationing schedule a week ahead, in four languages. " * 7).strip(),
)


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The full copy of a session that ran for a while; nobody was checked in."""
    folder = tmp_path_factory.mktemp("source")
    made = breakout(
        "new",
        "s.breakout",
        "--briefing",
        DATA / "briefing.md",
        "--roster",
        DATA / "roster.csv",
        cwd=folder,
    )
    assert made.returncode == 0, made.stderr
    clock = FakeClock()
    with Session.open(folder / "s.breakout", clock=clock) as session:
        point = next(p.id for p in session.agenda.points() if len(p.text) >= 400)
        people = [p.id for p in session.people.participants()]
        walk_in = session.people.add_participant("Zhōu Lì (walk-in)").result
        session.agenda.start_point(point)
        for n, text in enumerate(SAID):
            clock.advance(40)
            session.capture.add_contribution(
                text,
                point_id=point,
                participant_id=[walk_in, *people][n],
                kind="proposal" if n % 2 else "comment",
            )
        first = session.queue.request_turn(people[0], point).result
        session.queue.request_turn(people[1], point)
        session.queue.start_turn(first)
        items = [r.text for r in session.board.recommendations()][:2]
        closed = session.voting.create_round(method="dots", items=items, title="Priorités").result
        session.voting.open_round(closed)
        ids = [i.id for i in session.voting.round_items(closed)]
        for n, person in enumerate(people[:4]):
            session.voting.cast_ballot(closed, person, {ids[n % 2]: 2, ids[(n + 1) % 2]: 1})
        session.voting.close_round(closed)
        session.voting.create_round(method="approval", items=items, title="Brouillon")
    shown = breakout("show", "s.breakout", "--json", cwd=folder)
    assert shown.returncode == 0, shown.stderr
    loaded: dict[str, Any] = json.loads(shown.stdout)
    return loaded


def _speaker_for_participant(doc: dict[str, Any]) -> None:
    said = doc["contributions"][1]
    said["speaker"] = said.pop("participant")


def _speaking_turns(doc: dict[str, Any]) -> None:
    doc["speaking_turns"] = doc.pop("turns")


def _misspelt_budget(doc: dict[str, Any]) -> None:
    doc["rounds"][0]["settings"] = {"budjet": 3}


def _no_created_at(doc: dict[str, Any]) -> None:
    del doc["contributions"][2]["created_at"]


def _no_requested_at(doc: dict[str, Any]) -> None:
    del doc["turns"][0]["requested_at"]


def _two_speakers(doc: dict[str, Any]) -> None:
    waiting = doc["turns"][1]
    assert waiting["started_at"] is None
    waiting["started_at"] = doc["turns"][0]["started_at"] + 5


def _draft_with_ballots(doc: dict[str, Any]) -> None:
    closed, draft = doc["rounds"]
    assert draft["state"] == "draft"
    closed["state"] = "draft"


def _open_without_time(doc: dict[str, Any]) -> None:
    doc["rounds"][0]["state"] = "open"
    doc["rounds"][0]["opened_at"] = None


def _withdrawn_and_speaking(doc: dict[str, Any]) -> None:
    doc["turns"][0]["withdrawn_at"] = doc["turns"][0]["started_at"] + 1


def _private_as_text(doc: dict[str, Any]) -> None:
    doc["contributions"][0]["private"] = "yes"


def _time_as_text(doc: dict[str, Any]) -> None:
    doc["contributions"][3]["created_at"] = "2026-11-29 10:00"


FAULTS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    # name: (the change, a fragment of the one sentence)
    '"speaker" where "participant" belongs': (
        _speaker_for_participant,
        'contributions[1] in doc.json has a field "speaker" that Breakout does not know',
    ),
    'a section "speaking_turns"': (
        _speaking_turns,
        'doc.json has a section "speaking_turns" that a Breakout session export does not have',
    ),
    'a dot budget spelt "budjet"': (
        _misspelt_budget,
        'rounds[0].settings in doc.json has a field "budjet" that Breakout does not know',
    ),
    "a contribution without its time": (
        _no_created_at,
        'contributions[2] in doc.json lacks "created_at"; add the time in Unix seconds',
    ),
    "a turn without the time it was asked for": (
        _no_requested_at,
        'turns[0] in doc.json lacks "requested_at"',
    ),
    "a time zone this computer does not know": (
        lambda doc: doc["session"].update(time_zone="Valparaíso/Centro"),
        "session.time_zone in doc.json: 'Valparaíso/Centro' is not a time zone this computer",
    ),
    "two speakers with the floor": (
        _two_speakers,
        "turns[1] in doc.json has the floor, but turns[0] has it already",
    ),
    "a draft round holding ballots": (
        _draft_with_ballots,
        "rounds[0] is a draft, which no one has voted in, yet it holds votes",
    ),
    "an open round that never opened": (
        _open_without_time,
        "rounds[0] is open but has no opened_at",
    ),
    "a turn both withdrawn and speaking": (
        _withdrawn_and_speaking,
        "turns[0] in doc.json was both withdrawn and given the floor",
    ),
    "private given as text": (
        _private_as_text,
        'contributions[0].private in doc.json must be true or false, not "yes"',
    ),
    "a time given as a date": (
        _time_as_text,
        "contributions[3].created_at in doc.json must be a number, not",
    ),
}


@pytest.mark.parametrize("name", list(FAULTS))
def test_a_document_changed_by_hand_is_refused_in_one_sentence_and_creates_nothing(
    doc: dict[str, Any], tmp_path: Path, name: str
) -> None:
    change, fragment = FAULTS[name]
    changed = copy.deepcopy(doc)
    change(changed)
    (tmp_path / "doc.json").write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    before = files_in(tmp_path)
    result = breakout("new", "copy.breakout", "--from-json", "doc.json", cwd=tmp_path)
    assert_clean_error(result, fragment)
    assert files_in(tmp_path) == before


def test_the_unchanged_document_is_taken_whole(doc: dict[str, Any], tmp_path: Path) -> None:
    """The same document, unchanged, makes a session holding all of it (the refusals
    above come from the change, not from the session)."""
    (tmp_path / "doc.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    made = breakout("new", "copy.breakout", "--from-json", "doc.json", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    shown = breakout("show", "copy.breakout", "--json", cwd=tmp_path)
    again = json.loads(shown.stdout)
    assert again == doc
    speaking = [t for t in again["turns"] if t["started_at"] and not t["ended_at"]]
    assert len(speaking) == 1
    assert {c["text"] for c in again["contributions"]} >= set(SAID)
