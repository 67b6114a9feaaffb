"""Nothing acknowledged is lost when the process is killed (SIGKILL, many times):
while writing, while making a new file (`new`), and while upgrading an older file."""

from __future__ import annotations

import csv
import io
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
    point = session.agenda.points()[0].id
    people = [p.id for p in session.people.participants()]
    n = 0
    while True:
        n += 1
        change = session.capture.add_contribution(
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
        session.agenda.add_point("Where does the water go?", minutes=10)
        for name in ("Ana", "Ben", "Chi"):
            session.people.add_participant(name)
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
            assert len(made.agenda.points()) == len(POINTS)
            assert len(made.people.participants()) == (5 if mode == "json" else 4)
            if mode == "json":
                assert len(made.capture.contributions()) == contributions
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
    point = session.agenda.points()[0].id
    n = 0
    while True:
        n += 1
        change = session.capture.add_contribution(f"after the upgrade {n}", point_id=point)
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

    # How long opening takes, up to the end of the upgrade: the quickest of three, so that
    # a slow first run (cold caches) does not push the random kills past the upgrade.
    timings = []
    for _ in range(3):
        fresh()
        started = time.monotonic()
        with subprocess.Popen(
            [sys.executable, "-c", UPGRADER, str(path)], stdout=subprocess.PIPE, text=True
        ) as child:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "opened"
            timings.append(time.monotonic() - started)
            child.kill()
    took = min(timings)

    rng = random.Random(20261130)
    tally = {"killed": 0, "killed before the upgrade was done": 0, "acknowledged": 0}
    for run in range(KILLS):
        fresh()
        with subprocess.Popen(
            [sys.executable, "-c", UPGRADER, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stdout is not None and child.stderr is not None
            seen: list[str] = []
            if run % 2:
                # Half the kills land at a random moment of the upgrade itself...
                time.sleep(rng.uniform(0.0, took))
            else:
                # ...and half once it is done, among the writes that follow it, so both
                # happen on any machine, however loaded (timing alone cannot promise that).
                wanted = rng.randint(0, 40)
                while len(seen) <= wanted and (line := child.stdout.readline()):
                    seen.append(line)
            child.send_signal(signal.SIGKILL)
            out = "".join(seen) + child.stdout.read()
            err = child.stderr.read()
            child.wait()
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
            ids = {c.id for c in upgraded.capture.contributions()}
            assert acknowledged <= ids, f"{len(acknowledged - ids)} acknowledged were lost"
            # At most one more: written, then killed before it was acknowledged.
            assert len(ids) - proposals - len(acknowledged) in (0, 1)
            # Every proposal became a candidate exactly once (migration 3, whole).
            assert len(upgraded.board.recommendations()) == proposals
        check_backup()
        left = {p.name for p in tmp_path.iterdir()} - {template.name, path.name, backup.name}
        assert left <= {f"{path.name}.lock", f"{path.name}-wal", f"{path.name}-shm"}, left
    print(f"\nupgrade: {tally}")
    assert tally["killed before the upgrade was done"] > 0
    assert tally["acknowledged"] > 0


def _session_to_vote_in(path: Path) -> None:
    """A session from the test data's briefing and roster, with people checked in."""
    from tests.cli.test_cli import breakout

    data = Path(__file__).parent.parent / "data" / "real_session"
    made = breakout(
        "new",
        path.name,
        "--briefing",
        data / "briefing.md",
        "--roster",
        data / "roster.csv",
        cwd=path.parent,
    )
    assert made.returncode == 0, made.stderr
    with Session.open(path) as session:
        point = session.agenda.points()[0].id
        for person in session.people.participants()[:12]:
            session.people.check_in(person.id)
        for n, text in enumerate(
            (
                "Les comités d'usagers siègent au conseil de la régie.",
                "يجب نشر جدول التقنين قبل أسبوع على الأقل",
                "社区委员会应当参与定价。",
                "Publish the rationing schedule a week ahead, in four languages.",
            )
        ):
            session.capture.add_contribution(
                text, point_id=point, kind="proposal" if n % 2 else "comment"
            )


VOTER = textwrap.dedent(
    """
    import sys
    from breakout.session import Session

    session = Session.open(sys.argv[1])
    people = [p.id for p in session.people.participants()[:12]]
    labels = [r.text for r in session.board.recommendations()] + ["Rien de plus", "لا شيء"]
    for rnd in session.voting.rounds():  # a round the last kill left open is closed first
        if rnd.state == "open":
            session.voting.close_round(rnd.id)
            print("closed", rnd.id, flush=True)
    while True:
        rid = session.voting.create_round(method="dots", items=labels[:3], secret=True).result
        session.voting.open_round(rid)
        items = [i.id for i in session.voting.round_items(rid)]
        for n, who in enumerate(people[: 3 + rid % 9]):
            session.voting.cast_ballot(rid, who, {items[n % 3]: 2, items[(n + 1) % 3]: 1})
            print("ballot", rid, who, flush=True)  # the kiosk now says "your vote is in"
        session.voting.close_round(rid)
        print("closed", rid, flush=True)  # the room now sees the result
    """
)


@pytest.mark.slow
def test_a_writer_killed_while_closing_rounds_loses_no_ballot_and_no_close(
    tmp_path: Path,
) -> None:
    path = tmp_path / "vote.breakout"
    _session_to_vote_in(path)
    rng = random.Random(20261129)
    ballots: set[tuple[int, int]] = set()
    closed: set[int] = set()
    kills = 0
    for run in range(KILLS):
        with subprocess.Popen(
            [sys.executable, "-c", VOTER, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stdout is not None and child.stderr is not None
            seen = [child.stdout.readline()]
            assert seen[0].strip(), child.stderr.read()
            if run % 2:
                time.sleep(rng.uniform(0.0, 0.15))
            else:
                # Half the kills land just after a close was acknowledged, a few lines
                # on, so closes are tried however slow the machine is.
                while (line := child.stdout.readline()) and not line.startswith("closed"):
                    seen.append(line)
                seen.append(line)
                for _ in range(rng.randint(0, 3)):
                    seen.append(child.stdout.readline())
            child.send_signal(signal.SIGKILL)
            out = "".join(seen) + child.stdout.read()
            child.wait()
            assert child.returncode == -signal.SIGKILL, child.stderr.read()
            kills += 1
        for line in out.splitlines():
            match line.split():
                case ["ballot", rid, who]:
                    ballots.add((int(rid), int(who)))
                case ["closed", rid]:
                    closed.add(int(rid))
    assert kills >= KILLS
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        voted = set(conn.execute("SELECT round, participant FROM voters").fetchall())
        cast = dict(conn.execute("SELECT round, count(*) FROM ballots GROUP BY round").fetchall())
        states = dict(conn.execute("SELECT id, state FROM rounds").fetchall())
    finally:
        conn.close()
    assert not ballots - voted, f"{len(ballots - voted)} acknowledged ballots lost"
    per_round: dict[int, int] = {}
    for round_id, _who in ballots:
        per_round[round_id] = per_round.get(round_id, 0) + 1
    assert all(cast.get(rid, 0) >= n for rid, n in per_round.items()), "a ballot row is missing"
    reopened = [rid for rid in closed if states.get(rid) != "closed"]
    assert not reopened, f"{len(reopened)} acknowledged closes lost"
    assert len(closed) > KILLS // 5 and len(ballots) > kills  # the writers really closed rounds


EXPORT = ["export", "s.breakout", "--json", "out.json", "--markdown", "out.md", "--csv", "tables"]


def _whole_exports(folder: Path) -> None:
    """Every export file is one export's whole output (the last finished one, or earlier)."""
    json.loads((folder / "out.json").read_text(encoding="utf-8"))
    assert (folder / "out.md").read_text(encoding="utf-8").startswith("# ")
    for name in ("contributions.csv", "recommendations.csv", "participants.csv"):
        rows = list(csv.reader(io.StringIO((folder / "tables" / name).read_text("utf-8-sig"))))
        assert rows and all(len(row) == len(rows[0]) for row in rows), name
    pdf = (folder / "report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF")


EXPORTER = textwrap.dedent(
    """
    import sys
    from breakout_qt.launch import main

    print("go", flush=True)  # imported: the export itself starts now
    sys.exit(main(sys.argv[1:]))
    """
)


@pytest.mark.slow
def test_an_export_killed_at_any_moment_leaves_whole_files_and_nothing_after_the_next(
    tmp_path: Path,
) -> None:
    from tests.cli.test_cli import breakout

    path = tmp_path / "s.breakout"
    _session_to_vote_in(path)
    first = breakout(*EXPORT, "--pdf", "report.pdf", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    session_bytes = path.read_bytes()
    rng = random.Random(20261130)
    # How long to wait before the kill: adapted so the kills spread over the whole export.
    window = {True: 1.5, False: 0.4}
    kills = runs = 0
    while kills < KILLS:
        runs += 1
        assert runs <= 4 * KILLS, f"only {kills} kills landed in {runs} exports"
        pdf = runs % 5 == 0
        args = [*EXPORT, "--pdf", "report.pdf"] if pdf else EXPORT
        with subprocess.Popen(
            [sys.executable, "-c", EXPORTER, *args],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "go"
            time.sleep(rng.uniform(0.0, window[pdf]))
            child.send_signal(signal.SIGKILL)
            _, err = child.communicate()
        if child.returncode == -signal.SIGKILL:
            kills += 1
            window[pdf] *= 1.05
        else:
            assert child.returncode == 0, err
            window[pdf] *= 0.8
        _whole_exports(tmp_path)
        assert path.read_bytes() == session_bytes
    last = breakout(*EXPORT, "--pdf", "report.pdf", cwd=tmp_path)
    assert last.returncode == 0, last.stderr
    _whole_exports(tmp_path)
    left = [p.name for p in [*tmp_path.iterdir(), *(tmp_path / "tables").iterdir()]]
    assert not [name for name in left if name.endswith(".part")], left
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "out.json",
        "out.md",
        "report.pdf",
        "s.breakout",
        "tables",
    ]
