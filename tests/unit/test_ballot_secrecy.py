"""Secret ballots attacked through the file's bytes, its write-ahead log and its copies.

34 people vote one after the other in a known order, each with a ballot no
one else cast, through the same engine call the kiosk makes. An adversary
who gets the file (or a copy, or a backup) then pairs ballots with voters by
the order SQLite wrote them. Once the round has closed that must link no more
than chance (one right pair in 34 on average).
"""

from __future__ import annotations

import random
from pathlib import Path

from breakout.session import Session
from tests.attacks import Ballot, correct_links, link_by_layout, link_by_wal, roots

VOTERS = 34
ITEMS = 6
#: At or below this many right pairs out of 34 is chance: with one right pair
#: expected, 7 or more happens by luck less than once in 10,000 runs.
CHANCE = 6


def _vote(session: Session, *, secret: bool = True) -> tuple[int, dict[Ballot, int]]:
    """A round cast in a known order; returns it and what each voter's ballot says."""
    people = [
        session.people.add_participant(f"Voter {n:02d}", present=True).result for n in range(VOTERS)
    ]
    labels = [f"Recommendation {n}" for n in range(ITEMS)]
    round_id = session.voting.create_round(method="approval", items=labels, secret=secret).result
    session.voting.open_round(round_id)
    items = [i.id for i in session.voting.round_items(round_id)]
    truth: dict[Ballot, int] = {}
    order = people[:]
    random.Random(7).shuffle(order)  # the order the kiosk was passed round
    for n, person in enumerate(order, 1):
        chosen = {items[bit]: 1 for bit in range(ITEMS) if n >> bit & 1}  # unique per voter
        session.voting.cast_ballot(round_id, person, chosen)
        truth[frozenset(chosen.items())] = person
    return round_id, truth


def _attack_file(path: Path, round_id: int, truth: dict[Ballot, int]) -> int:
    image = path.read_bytes()
    return correct_links(link_by_layout(image, roots(path), round_id), truth)


def test_the_attack_works_while_the_round_is_open(session: Session) -> None:
    """The attack is real: an open round's file still shows the order (trusted laptop)."""
    round_id, truth = _vote(session)
    session.store.conn.execute("PRAGMA wal_checkpoint(FULL)")
    assert _attack_file(session.path, round_id, truth) > CHANCE


def test_a_closed_round_cannot_be_linked_through_the_file_layout(session: Session) -> None:
    round_id, truth = _vote(session)
    session.voting.close_round(round_id)
    path = session.path
    session.close()
    assert _attack_file(path, round_id, truth) <= CHANCE


def test_a_closed_round_leaves_nothing_to_replay_in_the_log(session: Session) -> None:
    root_of = {
        name: root
        for name, root in session.store.conn.execute(
            "SELECT name, rootpage FROM sqlite_schema WHERE type = 'table'"
        )
    }
    base = session.path.read_bytes()
    round_id, truth = _vote(session)
    wal = session.path.with_name(session.path.name + "-wal")
    during = correct_links(link_by_wal(wal.read_bytes(), base, root_of, round_id), truth)
    assert during > CHANCE  # the attack is real while the round is open
    session.voting.close_round(round_id)
    log = wal.read_bytes() if wal.exists() else b""
    assert correct_links(link_by_wal(log, base, root_of, round_id), truth) <= CHANCE
    assert len(log) == 0  # the log is emptied when the round closes


def test_a_copy_saved_while_voting_cannot_be_linked(session: Session, tmp_path: Path) -> None:
    round_id, truth = _vote(session)
    copy = session.store.save_copy(tmp_path / "copy.breakout")
    assert _attack_file(copy, round_id, truth) <= CHANCE


def test_no_old_ballot_survives_anywhere_in_the_closed_file(session: Session) -> None:
    """Rewritten ballots leave no earlier copy behind: not in free pages, not in the log."""
    round_id, _ = _vote(session)
    session.store.conn.execute("PRAGMA wal_checkpoint(FULL)")
    before = {row[0] for row in session.store.conn.execute("SELECT id FROM ballots")}
    session.voting.close_round(round_id)
    after = {row[0] for row in session.store.conn.execute("SELECT id FROM ballots")}
    assert before.isdisjoint(after)
    path = session.path
    session.close()
    image = path.read_bytes()
    assert not [key for key in before if key.encode() in image]


def test_results_and_one_ballot_per_person_survive_the_rewrite(session: Session) -> None:
    round_id, _ = _vote(session)
    ballots_before = sorted(
        sorted(entries.items()) for _, entries in session.voting.ballots(round_id)
    )
    voters_before = session.voting.voters(round_id)
    session.voting.close_round(round_id)
    assert sorted(sorted(e.items()) for _, e in session.voting.ballots(round_id)) == ballots_before
    assert session.voting.voters(round_id) == voters_before
    assert all(participant is None for participant, _ in session.voting.ballots(round_id))


def test_a_round_that_is_not_secret_keeps_who_voted_what(session: Session) -> None:
    """A round that is not secret records each ballot's voter, by design."""
    round_id, truth = _vote(session, secret=False)
    session.voting.close_round(round_id)
    named = {frozenset(e.items()): who for who, e in session.voting.ballots(round_id)}
    assert named == truth


def test_a_file_from_before_resealing_is_resealed_when_upgraded(tmp_path: Path) -> None:
    """A closed secret round written by schema 3 kept the casting order; opening fixes it."""
    import sqlite3

    import sqlite_utils

    from breakout import migrations
    from breakout.store import APPLICATION_ID

    path = tmp_path / "old.breakout"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.MIGRATIONS.apply(
        sqlite_utils.Database(conn), stop_before="m004_reseal_closed_secret_rounds"
    )
    conn.execute("INSERT INTO session (id, title, created_at) VALUES (1, 'Voted in 0.1', 0)")
    conn.execute(
        "INSERT INTO rounds (id, position, method, secret, state) "
        "VALUES (1, 0, 'approval', 1, 'closed')"
    )
    for item in range(1, ITEMS + 1):
        conn.execute(
            "INSERT INTO round_items (id, round, position, label) VALUES (?, 1, ?, ?)",
            (item, item, f"Recommendation {item}"),
        )
    truth: dict[Ballot, int] = {}
    order = list(range(1, VOTERS + 1))
    random.Random(11).shuffle(order)
    for n, person in enumerate(order, 1):  # as Breakout 0.1 stored them: one commit each
        conn.execute("INSERT INTO participants (id, name) VALUES (?, ?)", (person, f"V{person}"))
        key = f"{n:032x}"
        chosen = {bit + 1: 1 for bit in range(ITEMS) if n >> bit & 1}
        conn.execute("INSERT INTO ballots (id, round, participant) VALUES (?, 1, NULL)", (key,))
        conn.executemany(
            "INSERT INTO ballot_entries (ballot, item, value) VALUES (?, ?, ?)",
            [(key, item, value) for item, value in chosen.items()],
        )
        conn.execute("INSERT INTO voters (round, participant) VALUES (1, ?)", (person,))
        conn.commit()
        truth[frozenset(chosen.items())] = person
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert _attack_file(path, 1, truth) > CHANCE  # the old file gives the order away

    with Session.open(path) as session:
        assert len(session.voting.ballots(1)) == VOTERS
    assert _attack_file(path, 1, truth) <= CHANCE
    backup = tmp_path / "old.breakout.v3.bak"
    assert _attack_file(backup, 1, truth) <= CHANCE  # the backup copy is rebuilt too
