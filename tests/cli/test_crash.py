"""Nothing acknowledged is lost when the process is killed (SIGKILL, many times):
while writing, while making a new file (`new`), and while upgrading an older file."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from breakout import migrations, store
from breakout.session import Session
from tests.cli.test_file_safety import big_document
from tests.unit.test_report_headings import BRIEFING, LONG, POINTS, ROSTER

WRITER = textwrap.dedent(
    """
    import sys
    from breakout.session import Session

    session = Session.open(sys.argv[1])
    point = session.points()[0].id
    people = [p.id for p in session.participants()]
    n = 0
    while True:
        n += 1
        change = session.add_contribution(
            f"contribution {n} " + "words " * (n % 40),
            point_id=point,
            participant_id=people[n % len(people)] if n % 3 else None,
            kind=("comment", "question", "proposal", "concern")[n % 4],
        )
        # Printed only once the operation has returned: the app would now show it as saved.
        print(change.result, flush=True)
    """
)


@pytest.mark.slow
def test_killed_writer_loses_nothing_it_acknowledged(tmp_path: Path) -> None:
    path = tmp_path / "crash.breakout"
    with Session.create(path) as session:
        session.add_point("Where does the water go?", minutes=10)
        for name in ("Ana", "Ben", "Chi"):
            session.add_participant(name)
    rng = random.Random(20261125)
    acknowledged: set[int] = set()
    kills = 0
    for _ in range(60):
        with subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stdout is not None
            # Wait for the first acknowledged write, then kill at a random moment.
            first = child.stdout.readline()
            assert first.strip(), child.stderr.read() if child.stderr else ""
            time.sleep(rng.uniform(0.0, 0.08))
            child.send_signal(signal.SIGKILL)
            out, _ = child.communicate()
            assert child.returncode == -signal.SIGKILL
            kills += 1
            acknowledged.update(int(line) for line in [first, *out.splitlines()] if line.strip())
    assert kills >= 50
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT id FROM contributions")}
    finally:
        conn.close()
    lost = acknowledged - stored
    assert not lost, f"{len(lost)} acknowledged contributions were lost"
    assert len(acknowledged) > kills  # the writers really wrote between kills


#: Kills per test below; BREAKOUT_KILLS=240 runs the full campaign.
KILLS = int(os.environ.get("BREAKOUT_KILLS", "30"))


def _breakout(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "breakout", *map(str, args)]


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.slow
def test_killed_new_never_leaves_a_half_made_session(tmp_path: Path) -> None:
    """`new` killed at random moments: the name holds a whole session or nothing, and a
    retry always works."""
    document = big_document(tmp_path, 600)
    briefing = tmp_path / "briefing.md"
    roster = tmp_path / "roster.csv"
    briefing.write_text(BRIEFING, encoding="utf-8")
    roster.write_text(ROSTER, encoding="utf-8")
    contributions = len(json.loads(document.read_text(encoding="utf-8"))["contributions"])
    folder = tmp_path / "sessions"
    folder.mkdir()
    target = folder / "Séance 公平 مارس.breakout"
    commands = {
        "json": _breakout("new", target, "--from-json", document),
        "briefing": _breakout("new", target, "--briefing", briefing, "--roster", roster),
    }

    def check_whole(mode: str) -> None:
        with Session.open(target, readonly=True) as made:
            assert len(made.points()) == len(POINTS)
            assert len(made.participants()) == (5 if mode == "json" else 4)
            if mode == "json":
                assert len(made.contributions()) == contributions
        for leftover in (target, store.lock_path(target)):
            leftover.unlink(missing_ok=True)

    # How long a whole run takes, to kill anywhere within it.
    took = {}
    for mode, command in commands.items():
        started = time.monotonic()
        subprocess.run(command, check=True, capture_output=True)
        took[mode] = time.monotonic() - started
        check_whole(mode)

    rng = random.Random(20261129)
    tally = {"killed": 0, "finished": 0, "killed while building": 0, "acknowledged": 0}
    for n in range(KILLS):
        mode = ("json", "briefing")[n % 2]
        with subprocess.Popen(
            commands[mode], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        ) as child:
            time.sleep(rng.uniform(0.0, took[mode] * 1.1))
            child.send_signal(signal.SIGKILL)
            out, err = child.communicate()
        if child.returncode == -signal.SIGKILL:
            tally["killed"] += 1
        else:
            assert child.returncode == 0, err  # a retry is never refused
            tally["finished"] += 1
        if "created" in out:
            tally["acknowledged"] += 1
            assert target.exists(), "new said it created the session, but it is not there"
        building = [h for h in _hidden(folder) if ".new-" in h]
        if building and not target.exists():
            tally["killed while building"] += 1
        if target.exists():
            check_whole(mode)  # never a half-made session under the name
    print(f"\nnew: {tally}")
    assert tally["killed"] >= KILLS // 2
    assert tally["killed while building"] > 0  # the kills did land mid-way
    # The next run sweeps what the killed ones left, and nothing else is left.
    subprocess.run(commands["briefing"], check=True, capture_output=True)
    assert _hidden(folder) == []


UPGRADER = textwrap.dedent(
    """
    import sys
    from breakout.session import Session

    session = Session.open(sys.argv[1])  # upgrades the file, after a backup copy
    print("opened", flush=True)
    point = session.points()[0].id
    n = 0
    while True:
        n += 1
        change = session.add_contribution(f"after the upgrade {n}", point_id=point)
        print(change.result, flush=True)
    """
)


def _first_format_session(path: Path, proposals: int) -> None:
    """A file as the first release wrote it (schema 1): proposals without recommendations."""
    import sqlite_utils

    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {store.APPLICATION_ID}")
    db = sqlite_utils.Database(conn)
    migrations.MIGRATIONS.apply(db, stop_before="m002_embedding_cache")
    conn.execute("INSERT INTO session (id, title, created_at) VALUES (1, 'Séance 2025', 0)")
    conn.execute("INSERT INTO points (id, position, text, minutes) VALUES (1, 0, ?, 15)", (LONG,))
    conn.executemany(
        "INSERT INTO contributions (point, text, kind, created_at) VALUES (1, ?, 'proposal', ?)",
        [(f"Proposition {n} — 建议 — اقتراح", n) for n in range(proposals)],
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


@pytest.mark.slow
def test_killed_upgrade_loses_nothing(tmp_path: Path) -> None:
    """Opening an older file upgrades it; killed at random moments, the file is as it was or
    fully upgraded, the backup is whole or absent, and nothing acknowledged is lost."""
    proposals = 1500
    template = tmp_path / "template.breakout"
    _first_format_session(template, proposals)
    path = tmp_path / "old.breakout"
    backup = tmp_path / "old.breakout.v1.bak"

    def fresh() -> None:
        for leftover in tmp_path.iterdir():
            if leftover.name.startswith("old.breakout"):
                leftover.unlink()
        shutil.copyfile(template, path)

    def check_backup() -> None:
        """A backup, if there is one, is the old file exactly: whole, and not half upgraded."""
        if not backup.exists():
            return
        old = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
        try:
            assert old.execute("PRAGMA user_version").fetchone()[0] == 1
            assert old.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert old.execute("SELECT count(*) FROM contributions").fetchone()[0] == proposals
            assert old.execute("SELECT count(*) FROM recommendations").fetchone()[0] == 0
            tables = {r[0] for r in old.execute("SELECT name FROM sqlite_master")}
            assert "embeddings" not in tables
        finally:
            old.close()

    fresh()
    started = time.monotonic()
    with subprocess.Popen(
        [sys.executable, "-c", UPGRADER, str(path)], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "opened"
        took = time.monotonic() - started
        child.kill()

    rng = random.Random(20261130)
    tally = {"killed": 0, "killed before the upgrade was done": 0, "acknowledged": 0}
    for _ in range(KILLS):
        fresh()
        with subprocess.Popen(
            [sys.executable, "-c", UPGRADER, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as child:
            time.sleep(rng.uniform(0.0, took * 1.3))
            child.send_signal(signal.SIGKILL)
            out, err = child.communicate()
        assert child.returncode == -signal.SIGKILL, err
        tally["killed"] += 1
        lines = out.split()
        if "opened" not in lines:
            tally["killed before the upgrade was done"] += 1
        acknowledged = {int(line) for line in lines if line.isdigit()}
        tally["acknowledged"] += len(acknowledged)
        check_backup()
        with Session.open(path) as upgraded:  # finishes an upgrade the kill interrupted
            conn = upgraded.store.conn
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
            ids = {c.id for c in upgraded.contributions()}
            assert acknowledged <= ids, f"{len(acknowledged - ids)} acknowledged were lost"
            # At most one more: written, then killed before it was acknowledged.
            assert len(ids) - proposals - len(acknowledged) in (0, 1)
            # Every proposal became a candidate exactly once (migration 3, whole).
            assert len(upgraded.recommendations()) == proposals
        check_backup()
        left = {p.name for p in tmp_path.iterdir()} - {template.name, path.name, backup.name}
        assert left <= {f"{path.name}.lock", f"{path.name}-wal", f"{path.name}-shm"}, left
    print(f"\nupgrade: {tally}")
    assert tally["killed before the upgrade was done"] > 0
    assert tally["acknowledged"] > 0
