"""The inbox phones send into: accept, edit, dismiss, undo, and the schema step that adds it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from breakout import migrations
from breakout.briefing import read_briefing
from breakout.errors import BreakoutError
from breakout.roster import read_roster
from breakout.session import Session
from breakout.store import APPLICATION_ID, SCHEMA_VERSION
from tests.helpers import FakeClock
from tests.unit.phone_rig import DATA, LONG_POINT


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


def _start(session: Session) -> int:
    point = session.agenda.points()[LONG_POINT].id
    session.agenda.start_point(point)
    return point


def test_nothing_can_be_sent_before_a_point_starts(real: Session) -> None:
    with pytest.raises(BreakoutError, match="no point is under discussion yet"):
        real.inbox.send("An idea")
    assert real.inbox.items(None) == []


def test_an_accepted_proposal_is_a_contribution_and_a_candidate(real: Session) -> None:
    point = _start(real)
    sender = real.people.participants()[1].id  # Zainab Al-Khatib, who may not be named
    text = "لجان المستخدمين تحضر اجتماعات التعرفة " * 12  # a long text in Arabic
    item = real.inbox.send(text, participant_id=sender).result
    assert real.capture.contributions() == []
    change = real.inbox.accept(item)
    made = real.contribution(change.result)
    assert (made.point, made.participant, made.kind, made.text) == (
        point,
        sender,
        "proposal",
        text.strip(),
    )
    assert [r.text for r in real.board.recommendations()] == [text.strip()]
    assert real.inbox.items() == []
    assert real.inbox.item(item).state == "accepted"
    real.undo(change)  # exactly undoable: back in the inbox, nothing in the record
    assert [i.id for i in real.inbox.items()] == [item]
    assert real.capture.contributions() == [] and real.board.recommendations() == []


def test_accepting_can_leave_a_sender_unnamed(real: Session) -> None:
    _start(real)
    sender = real.people.participants()[0].id
    item = real.inbox.send("Ask the utility", kind="question", participant_id=sender).result
    made = real.contribution(real.inbox.accept(item, named=False).result)
    assert (made.participant, made.kind) == (None, "question")
    assert real.board.recommendations() == []  # a question is no candidate


def test_an_unnamed_item_stores_nobody(real: Session, clock: FakeClock) -> None:
    _start(real)
    item = real.inbox.item(real.inbox.send("社区水委员会应参与定价").result)
    assert (item.participant, item.received_at) == (None, clock())
    row = real.store.conn.execute("SELECT * FROM inbox").fetchone()
    assert dict(row)["participant"] is None


def test_under_chatham_house_nothing_sent_is_named(real: Session) -> None:
    _start(real)
    real.update_session(chatham_house=True)
    sender = real.people.participants()[0].id
    with pytest.raises(BreakoutError, match="Chatham House Rule"):
        real.inbox.send("Named idea", participant_id=sender)
    assert real.inbox.items(None) == []


def test_edit_then_accept_records_the_edited_text_and_dismiss_takes_it_away(
    real: Session,
) -> None:
    _start(real)
    first = real.inbox.send("Tarifs  sociaux pour les ménages pauvres").result
    second = real.inbox.send("spam").result
    real.inbox.edit(first, "Des tarifs sociaux pour les ménages pauvres")
    made = real.contribution(real.inbox.accept(first).result)
    assert made.text == "Des tarifs sociaux pour les ménages pauvres"
    dismissed = real.inbox.dismiss(second)
    assert real.inbox.items() == []
    assert real.capture.contributions() == [made]
    with pytest.raises(BreakoutError, match="already been dismissed"):
        real.inbox.accept(second)
    real.undo(dismissed)
    assert [i.id for i in real.inbox.items()] == [second]


def test_bad_sends_are_refused_with_a_sentence(real: Session) -> None:
    _start(real)
    with pytest.raises(BreakoutError, match="cannot be empty"):
        real.inbox.send("   ")
    with pytest.raises(BreakoutError, match="shorten it to 2000"):
        real.inbox.send("x" * 2001)
    with pytest.raises(BreakoutError, match="a proposal or a question, not 'comment'"):
        real.inbox.send("A comment", kind="comment")
    with pytest.raises(BreakoutError, match="participant 9999 does not exist"):
        real.inbox.send("Who?", participant_id=9999)
    assert real.inbox.items(None) == []


def test_a_file_of_schema_6_gets_the_inbox_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.breakout"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.MIGRATIONS.apply(sqlite_utils.Database(conn), stop_before="m007_phone_inbox")
    conn.execute("INSERT INTO session (id, title, created_at) VALUES (1, 'Before phones', 0)")
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()
    session = Session.open(path)
    try:
        assert SCHEMA_VERSION >= 7  # (later schemas add more after the inbox)
        assert session.info().title == "Before phones"
        assert session.inbox.items(None) == []
    finally:
        session.close()
    backup = tmp_path / "old.breakout.v6.bak"
    tables = sqlite3.connect(backup).execute("SELECT name FROM sqlite_master").fetchall()
    assert ("inbox",) not in tables and ("session",) in tables


def test_sends_written_together_keep_each_ones_outcome(real: Session) -> None:
    """Several phones' sends in one transaction: the good ones land in order, a refused one
    is said to its own phone and takes nothing from the others."""
    _start(real)
    person = real.people.participants()[0].id
    heard: list[str] = []
    real.subscribe(lambda change: heard.append(change.label))
    outcomes = real.inbox.send_together(
        [
            ("Cartographier les zones inondables", "proposal", None),
            ("x" * 2001, "proposal", None),
            ("هل يشمل ذلك الأحياء غير الرسمية؟", "question", person),
            ("  ", "proposal", None),
        ]
    ).result
    assert [type(o).__name__ for o in outcomes] == ["int", "BreakoutError", "int", "BreakoutError"]
    assert str(outcomes[1]).startswith("the text is 2001 characters long")
    items = real.inbox.items()
    assert [(i.text, i.kind, i.participant) for i in items] == [
        ("Cartographier les zones inondables", "proposal", None),
        ("هل يشمل ذلك الأحياء غير الرسمية؟", "question", person),
    ]
    assert [i.id for i in items] == [outcomes[0], outcomes[2]]
    assert heard == ["Receive from phones"]  # one transaction for the batch
    refused = real.inbox.send_together([("", "proposal", None)])
    assert not refused and isinstance(refused.result[0], BreakoutError)
    assert heard == ["Receive from phones"]  # nothing to write: nothing written
