"""Every proposal is a recommendation candidate, wherever the proposal comes from.

A session made by hand (not the demo) captures proposals at the console; they
must reach the board without anyone asking. These tests follow a proposal
through capture, marking, unmarking, editing, deleting, interchange import and
the upgrade of a file written before the rule, and check that undo stays exact.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from breakout import migrations
from breakout.changes import Change
from breakout.errors import BreakoutError
from breakout.interchange import create_from_json, export_session
from breakout.session import Session
from breakout.store import APPLICATION_ID
from tests.helpers import FakeClock

LONG = (
    "Que les villes côtières publient, dans les six langues officielles, une carte des "
    "risques d'inondation mise à jour chaque saison — وأن تشارك المجتمعات المحلية في رسمها "
    "— 并向所有居民免费开放"
)


@pytest.fixture
def point(session: Session) -> int:
    pid = session.agenda.add_point("Who maps the risks, and who is left off the map?").result
    session.agenda.start_point(pid)
    return int(pid)


@pytest.fixture
def amina(session: Session) -> int:
    return int(
        session.people.add_participant("Amina Haddad", stakeholder_group="Civil society").result
    )


def _board(session: Session) -> list[tuple[str, list[int]]]:
    return [
        (r.text, session.board.recommendation_sources(r.id))
        for r in session.board.recommendations(include_inactive=False)
    ]


def _snapshot(session: Session) -> dict[str, Any]:
    doc = export_session(session)
    doc.pop("format")
    return doc


def test_a_captured_proposal_is_on_the_board_at_once(session: Session, point: int) -> None:
    cid = session.capture.add_contribution(LONG, kind="proposal").result  # nobody on the roster
    assert _board(session) == [(LONG, [cid])]
    (rid,) = session.board.candidates_of(cid)
    candidate = session.recommendation(rid)
    assert (candidate.point, candidate.participant, candidate.cluster) == (point, None, None)


def test_comments_and_questions_stay_off_the_board(session: Session, point: int) -> None:
    session.capture.add_contribution("We should talk about money.", kind="comment")
    session.capture.add_contribution("Who pays for the maps?", kind="question")
    assert _board(session) == []


def test_marking_a_comment_makes_a_candidate_and_unmarking_removes_it(
    session: Session, point: int, amina: int
) -> None:
    cid = session.capture.add_contribution("Map the drains together", participant_id=amina).result
    session.capture.edit_contribution(cid, kind="proposal")
    assert _board(session) == [("Map the drains together", [cid])]
    assert session.recommendation(session.board.candidates_of(cid)[0]).participant == amina
    session.capture.edit_contribution(cid, kind="comment")
    assert _board(session) == []
    assert session.board.recommendations() == []


def test_unmarking_a_grouped_proposal_is_refused_with_a_sentence(
    session: Session, point: int
) -> None:
    cid = session.capture.add_contribution("Fund the drains", kind="proposal").result
    (rid,) = session.board.candidates_of(cid)
    session.board.add_cluster("Drains", members=[rid])
    before = _snapshot(session)
    with pytest.raises(BreakoutError, match=r'in the group "Drains" on the board.*Alt\+2'):
        session.capture.edit_contribution(cid, kind="comment")
    assert _snapshot(session) == before


def test_unmarking_a_proposal_on_a_ballot_is_refused(session: Session, point: int) -> None:
    first = session.capture.add_contribution("Fund the drains", kind="proposal").result
    second = session.capture.add_contribution("Plant trees", kind="proposal").result
    items = [
        {"label": "Fund the drains", "recommendation": session.board.candidates_of(first)[0]},
        {"label": "Plant trees", "recommendation": session.board.candidates_of(second)[0]},
    ]
    session.voting.create_round(title="Shortlist", method="approval", items=items)
    before = _snapshot(session)
    with pytest.raises(BreakoutError, match='on the ballot of the round "Shortlist"'):
        session.capture.edit_contribution(first, kind="question")
    assert _snapshot(session) == before


def test_unmarking_a_reworded_or_merged_candidate_is_refused(session: Session, point: int) -> None:
    reworded = session.capture.add_contribution("drains!!", kind="proposal").result
    session.board.edit_recommendation(
        session.board.candidates_of(reworded)[0], "Clean the drains yearly"
    )
    with pytest.raises(BreakoutError, match="reworded on the board"):
        session.capture.edit_contribution(reworded, kind="comment")
    keep = session.capture.add_contribution("Plant trees", kind="proposal").result
    dup = session.capture.add_contribution("Plant more trees", kind="proposal").result
    session.board.merge_recommendations(
        session.board.candidates_of(keep)[0], session.board.candidates_of(dup)
    )
    for cid in (keep, dup):
        with pytest.raises(BreakoutError, match="merged with another proposal"):
            session.capture.edit_contribution(cid, kind="comment")


def test_the_candidate_follows_edits_until_someone_rewords_it(
    session: Session, point: int, amina: int
) -> None:
    cid = session.capture.add_contribution("Map the drians", kind="proposal").result
    (rid,) = session.board.candidates_of(cid)
    session.capture.edit_contribution(cid, text="Map the drains", participant_id=amina)
    assert session.recommendation(rid).text == "Map the drains"
    assert session.recommendation(rid).participant == amina
    session.board.edit_recommendation(rid, "Map every drain with the residents")
    session.capture.edit_contribution(cid, text="Map the drains, please")
    assert session.recommendation(rid).text == "Map every drain with the residents"


def test_the_candidate_keeps_its_text_once_its_group_is_worded(
    session: Session, point: int
) -> None:
    cid = session.capture.add_contribution("Map the drians", kind="proposal").result
    (rid,) = session.board.candidates_of(cid)
    group = session.board.add_cluster("Maps", members=[rid]).result
    session.board.edit_cluster(group, wording="Map risks with the people who live with them")
    session.capture.edit_contribution(cid, text="Map the drains")
    assert session.recommendation(rid).text == "Map the drians"


def test_deleting_a_proposal_removes_only_an_untouched_candidate(
    session: Session, point: int
) -> None:
    loose = session.capture.add_contribution("Plant trees", kind="proposal").result
    grouped = session.capture.add_contribution("Fund the drains", kind="proposal").result
    (kept,) = session.board.candidates_of(grouped)
    session.board.add_cluster("Drains", members=[kept])
    session.capture.delete_contribution(loose)
    session.capture.delete_contribution(grouped)
    assert [r.id for r in session.board.recommendations()] == [kept]
    assert session.board.recommendation_sources(kept) == []


# Each change to a proposal must undo to the exact previous state and redo to
# the exact state it made (the candidate included). ``p`` is a proposal, ``c`` a
# comment, ``who`` a participant.
PROPOSAL_CHANGES: list[tuple[str, Callable[[Session, dict[str, int]], Change[Any]]]] = [
    (
        "capture",
        lambda s, i: s.capture.add_contribution(LONG, kind="proposal", participant_id=i["who"]),
    ),
    ("mark", lambda s, i: s.capture.edit_contribution(i["c"], kind="proposal")),
    ("promote", lambda s, i: s.board.promote(i["c"], text="Open the data, in every language")),
    ("unmark", lambda s, i: s.capture.edit_contribution(i["p"], kind="concern")),
    ("edit", lambda s, i: s.capture.edit_contribution(i["p"], text=LONG, participant_id=i["who"])),
    ("delete", lambda s, i: s.capture.delete_contribution(i["p"])),
]


@pytest.mark.parametrize(("name", "change"), PROPOSAL_CHANGES, ids=[n for n, _ in PROPOSAL_CHANGES])
def test_changes_to_a_proposal_undo_exactly(
    session: Session,
    point: int,
    amina: int,
    name: str,
    change: Callable[[Session, dict[str, int]], Change[Any]],
) -> None:
    ids = {
        "p": session.capture.add_contribution("Open the data", kind="proposal").result,
        "c": session.capture.add_contribution("Data should be open").result,
        "who": amina,
    }
    before = _snapshot(session)
    made = change(session, ids)
    after = _snapshot(session)
    assert after != before
    session.undo(made)
    assert _snapshot(session) == before
    session.redo(made)
    assert _snapshot(session) == after


def test_an_imported_document_without_recommendations_gets_one_per_proposal(
    tmp_path: Path,
) -> None:
    doc = {
        "session": {"title": "Written by hand"},
        "points": [{"id": 1, "text": "What next?", "minutes": 10}],
        "participants": [{"id": 1, "name": "Zainab Okafor"}],
        "contributions": [
            {
                "id": 1,
                "point": 1,
                "participant": 1,
                "kind": "proposal",
                "text": "Map drains",
                "created_at": 1_800_000_060.0,
            },
            {
                "id": 2,
                "point": 1,
                "participant": None,
                "kind": "comment",
                "text": "Agreed",
                "created_at": 1_800_000_120.0,
            },
            {
                "id": 3,
                "point": 1,
                "participant": None,
                "kind": "proposal",
                "text": LONG,
                "created_at": 1_800_000_180.0,
            },
        ],
    }
    with create_from_json(tmp_path / "s.breakout", doc, clock=FakeClock()) as session:
        assert _board(session) == [("Map drains", [1]), (LONG, [3])]
        exported = export_session(session)
    with create_from_json(tmp_path / "again.breakout", exported, clock=FakeClock()) as again:
        assert export_session(again) == exported  # the round trip stays lossless


def test_a_file_from_before_the_rule_gains_its_candidates_on_upgrade(tmp_path: Path) -> None:
    import sqlite_utils

    path = tmp_path / "old.breakout"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.MIGRATIONS.apply(sqlite_utils.Database(conn), stop_before="m003_proposal_candidates")
    conn.executescript(
        """
        INSERT INTO session (id, title, created_at) VALUES (1, 'Captured in 0.1', 0);
        INSERT INTO points (id, position, text, minutes) VALUES (1, 0, 'What next?', 10);
        INSERT INTO contributions (id, point, kind, text, created_at)
            VALUES (1, 1, 'proposal', 'Map the drains', 5), (2, 1, 'comment', 'Yes', 6),
                   (3, 1, 'proposal', 'Fund the maps', 7);
        PRAGMA user_version = 2;
        """
    )
    conn.commit()
    conn.close()
    with Session.open(path) as session:
        assert _board(session) == [("Map the drains", [1]), ("Fund the maps", [3])]
    assert (tmp_path / "old.breakout.v2.bak").exists()
