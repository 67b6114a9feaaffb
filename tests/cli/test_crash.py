"""Nothing acknowledged is lost when the process is killed (SIGKILL, many times)."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from breakout.session import Session

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
