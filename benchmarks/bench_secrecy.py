"""What resealing a secret round costs when it closes (see ``breakout.secrecy``).

Run from the project folder::

    .venv/bin/python benchmarks/bench_secrecy.py            # 500 ballots, a 50 MB file
    .venv/bin/python benchmarks/bench_secrecy.py --quick    # a small smoke run

A session file is filled with contributions until it reaches ``--megabytes``
(the rest of a long forum's record), then ``--ballots`` people vote in a
secret dot round and in an identical round that is not secret. Closing the
open round is the baseline; closing the secret one also rewrites its ballots,
zeroes what they left and empties the write-ahead log. Each close is timed
``--repeat`` times on fresh copies of the file; medians are printed with their
ratio. What the time buys is tested in ``tests/unit/test_ballot_secrecy.py``.

Prints figures only; no targets are enforced.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from breakout.session import Session

ITEMS = 8


def build(path: Path, ballots: int, megabytes: float, rng: random.Random) -> dict[str, int]:
    """A session of about ``megabytes`` with two open rounds of ``ballots`` votes each."""
    with Session.create(path, title="Secrecy benchmark") as session:
        point = session.agenda.add_point("Which recommendations go to the plenary?").result
        session.agenda.start_point(point)
        words = ["water", "tariff", "committee", "drought", "tanker", "operator", "audit", "fund"]
        text_size = 0
        with session.store.write() as conn:  # bulk filler: the rest of a long record
            while text_size < megabytes * 1_000_000 * 0.83:
                text = " ".join(rng.choice(words) for _ in range(120))
                conn.execute(
                    "INSERT INTO contributions (point, kind, text, created_at) VALUES (?, ?, ?, ?)",
                    (point, "comment", text, time.time()),
                )
                text_size += len(text)
        people = [
            session.people.add_participant(f"Voter {n:04d}", present=True).result
            for n in range(ballots)
        ]
        rounds = {}
        for name, secret in (("secret", True), ("open", False)):
            rid = session.voting.create_round(
                title=name,
                method="dots",
                items=[f"Recommendation {n}" for n in range(ITEMS)],
                settings={"budget": 3, "per_item_cap": 2},
                secret=secret,
            ).result
            session.voting.open_round(rid)
            items = [i.id for i in session.voting.round_items(rid)]
            order = people[:]
            rng.shuffle(order)
            for person in order:
                chosen = rng.sample(items, 3)
                session.voting.cast_ballot(rid, person, dict.fromkeys(chosen, 1))
            rounds[name] = rid
        session.store.empty_log()
    return rounds


def time_close(template: Path, round_id: int, repeat: int) -> tuple[float, Path]:
    times = []
    copy = template
    for n in range(repeat):
        copy = template.with_name(f"copy-{round_id}-{n}.breakout")
        shutil.copyfile(template, copy)
        with Session.open(copy) as session:
            start = time.perf_counter()
            session.voting.close_round(round_id)
            times.append(time.perf_counter() - start)
    return statistics.median(times), copy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ballots", type=int, default=500)
    parser.add_argument("--megabytes", type=float, default=50.0)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="60 ballots, 2 MB, 2 repeats")
    args = parser.parse_args()
    if args.quick:
        args.ballots, args.megabytes, args.repeat = 60, 2.0, 2
    rng = random.Random(2027)
    with tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "session.breakout"
        started = time.perf_counter()
        rounds = build(template, args.ballots, args.megabytes, rng)
        size = template.stat().st_size / 1e6
        print(f"built a {size:.1f} MB session with two rounds of {args.ballots} ballots")
        print(f"  in {time.perf_counter() - started:.1f} s")
        baseline, _ = time_close(template, rounds["open"], args.repeat)
        sealed, closed = time_close(template, rounds["secret"], args.repeat)
        print(f"close an open round (baseline):     {baseline * 1000:8.1f} ms (median)")
        print(f"close a secret round (with reseal): {sealed * 1000:8.1f} ms (median)")
        print(f"reseal costs {sealed / baseline:.1f}× the plain close")
        wal = closed.with_name(closed.name + "-wal")
        left = wal.stat().st_size if wal.exists() else 0
        print(f"write-ahead log left after the secret close: {left} bytes")


if __name__ == "__main__":
    main()
