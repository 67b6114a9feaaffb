"""How fast a forum of sixteen breakouts is combined, grouped and reported, and in how much memory.

Run from the project folder::

    .venv/bin/python benchmarks/bench_forum.py            # the full run
    .venv/bin/python benchmarks/bench_forum.py --quick    # a small smoke run

It makes 16 session files with the engine's own operations, each with 150
contributions on 5 points of which 30 are proposals (so 30 recommendations),
taken from the grouping benchmark's sets (``benchmarks/data``: English,
French, Spanish, Arabic, Chinese and Russian proposals on several topics, so
that some recur across rooms), 24 participants checked in and a closed secret
approval round. One in four runs under the Chatham House Rule.

Then, as an organiser would and each as a real process, it runs
``breakout forum`` (combine the 16 files into a new forum file),
``breakout forum-themes FORUM suggest`` (group the 480 recommendations with
the sentence model when it is installed; nothing is cached, so every text is
embedded) and ``breakout export FORUM --pdf``. It prints each step's wall
time, the total (target: under 20 s) and the largest peak resident memory of
the three (target: under 500 MB). Figures only: the targets are reported as
met or not, never enforced.
"""

from __future__ import annotations

import argparse
import csv
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from breakout.demo import SimulatedClock
from breakout.session import Session

TARGET_SECONDS = 20.0
TARGET_MB = 500.0
DATA = Path(__file__).parent / "data"
START = 1_800_000_000.0
GROUPS = ("Business", "Civil society", "Government", "UN agency", "Academia")
REGIONS = ("Africa", "Asia-Pacific", "Europe", "Latin America", "Arab States")
GENDERS = ("female", "male", "female", "male", "non-binary")
COMMENTS = ("comment", "question", "concern")


def proposals() -> list[str]:
    """Every proposal of the grouping benchmark's sets, in a fixed order."""
    texts: list[str] = []
    for path in sorted(DATA.glob("*.tsv")):
        with path.open(encoding="utf-8") as handle:
            texts += [row["text"] for row in csv.DictReader(handle, delimiter="\t")]
    return texts


def build_room(path: Path, number: int, pool: list[str], size: tuple[int, int]) -> None:
    """One breakout: ``size`` is (contributions, recommendations)."""
    contributions, recommendations = size
    rng = random.Random(number)
    clock = SimulatedClock(START + 86_400 * number)
    with Session.create(path, clock=clock, title=f"Breakout {number + 1}") as session:
        session.update_session(event="Benchmark Forum 2027", chatham_house=number % 4 == 3)
        people = [
            session.people.add_participant(
                f"Person {number:02d}-{n:02d}",
                stakeholder_group=GROUPS[n % len(GROUPS)],
                region=REGIONS[(n * 3 + number) % len(REGIONS)],
                gender=GENDERS[n % len(GENDERS)],
                may_be_named=n % 3 != 0,
                present=True,
            ).result
            for n in range(24)
        ]
        points = [
            session.agenda.add_point(f"Question {p + 1} of breakout {number + 1}").result
            for p in range(5)
        ]
        chosen = rng.sample(pool, recommendations)
        for n in range(contributions):
            clock.advance(rng.uniform(20, 90))
            proposing = n % (contributions // recommendations) == 0 and chosen
            text = chosen.pop() if proposing else f"Point made {n} in breakout {number + 1}"
            session.capture.add_contribution(
                text,
                point_id=points[n * len(points) // contributions],
                participant_id=rng.choice(people),
                kind="proposal" if proposing else rng.choice(COMMENTS),
            )
        _vote(session, people, rng)


def _vote(session: Session, people: list[int], rng: random.Random) -> None:
    recs = session.board.recommendations(include_inactive=False)
    round_id = session.voting.create_round(
        method="approval", items=[{"label": r.text, "recommendation": r.id} for r in recs]
    ).result
    session.voting.open_round(round_id)
    items = [i.id for i in session.voting.round_items(round_id)]
    for person in people:
        session.voting.cast_ballot(round_id, person, {i: 1 for i in rng.sample(items, 5)})
    session.voting.close_round(round_id)


def run(*args: str | Path) -> float:
    """Run the breakout command as a user would; returns its wall time."""
    script = Path(sys.executable).with_name("breakout")
    started = time.perf_counter()
    done = subprocess.run([str(script), *map(str, args)], capture_output=True, text=True)
    took = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"breakout {args[0]} failed: {done.stderr.strip()}")
    if done.stderr.strip():
        print(f"    ({done.stderr.strip()})")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="4 small sessions, for a smoke run")
    args = parser.parse_args()
    rooms, size = (4, (30, 10)) if args.quick else (16, (150, 30))
    pool = proposals()
    with tempfile.TemporaryDirectory(prefix="bench-forum-") as folder:
        base = Path(folder)
        started = time.perf_counter()
        paths = [base / f"room{n:02d}.breakout" for n in range(rooms)]
        for n, path in enumerate(paths):
            build_room(path, n, pool, size)
        print(f"made {rooms} sessions of {size[0]} contributions and {size[1]} recommendations"
              f" in {time.perf_counter() - started:.1f} s")  # fmt: skip
        forum = base / "forum.breakout"
        steps = {
            "combine": run("forum", forum, *paths),
            "group": run("forum-themes", forum, "suggest"),
            "report (PDF)": run("export", forum, "--pdf", base / "forum.pdf"),
        }
        pages = (base / "forum.pdf").read_bytes().count(b"/Type /Page\n")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if sys.platform == "darwin":
        peak_mb /= 1024  # bytes there, kilobytes on Linux
    total = sum(steps.values())
    print(f"{platform.system()} {platform.machine()}, Python {platform.python_version()}")
    for name, took in steps.items():
        print(f"  {name:<14} {took:6.2f} s")
    print(f"  {'total':<14} {total:6.2f} s (target {TARGET_SECONDS:.0f} s: "
          f"{'met' if total < TARGET_SECONDS else 'NOT met'})")  # fmt: skip
    print(f"  peak memory    {peak_mb:6.0f} MB (largest of the three processes; target "
          f"{TARGET_MB:.0f} MB: {'met' if peak_mb < TARGET_MB else 'NOT met'})")  # fmt: skip
    print(f"  report         {pages} pages")


if __name__ == "__main__":
    main()
