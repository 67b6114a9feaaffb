"""How long tallies take: 200 ballots × 50 items for each voting method.

Run from the project folder::

    .venv/bin/python benchmarks/bench_tally.py            # the full run
    .venv/bin/python benchmarks/bench_tally.py --quick    # a small smoke run

1. **Pure tallies** (:mod:`breakout.tally` on plain data). Random valid
   ballots from a seeded generator, each checked with
   ``breakout.voting.validate_ballot`` before timing:

   * dots: a budget of 10, at most 3 on one item, each voter spends 1-10 dots;
   * approval: each voter marks 1-50 items;
   * ranking, full: every voter ranks all 50 items (the heaviest case:
     1,225 pairs per ballot, then the O(n³) Schulze strongest paths);
   * ranking, top 10: every voter ranks 10 of the 50 items (the kiosk is
     often set up with ``max_ranked``);
   * agreement: every voter gives all 50 items a level 0-5.

   Each tally runs ``--repeat`` times after one warm-up run; the median and
   the fastest are printed. The ranking rows also split Schulze into its two
   steps (pairwise counts, strongest paths).
2. **A closed round of a session** (``tally_round``): the same ballots cast
   through ``Session.cast_ballot`` into a session file in a temporary
   folder (200 participants, non-secret, so the support by group is worked
   out too), then the round closed; ``tally_round`` is timed end to end,
   reading included.

Prints figures only; no targets are enforced.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from breakout import tally
from breakout.session import Session
from breakout.voting import METHODS, normalise_settings, validate_ballot

GROUPS = ("Civil society", "Business", "Government", "UN agency", "Academia")


def make_ballots(
    method: str, items: Sequence[int], voters: int, rng: random.Random, **options: Any
) -> tuple[dict[str, Any], list[dict[int, int]]]:
    """Random valid ballots for a method, and the method's settings."""
    n = len(items)
    if method == "dots":
        rules = normalise_settings("dots", {"budget": 10, "per_item_cap": 3}, n)
    elif method == "ranking":
        rules = normalise_settings("ranking", {"max_ranked": options.get("ranked")}, n)
    else:
        rules = normalise_settings(method, {}, n)
    ballots: list[dict[int, int]] = []
    for _ in range(voters):
        entries: dict[int, int] = {}
        if method == "dots":
            for _ in range(rng.randint(1, rules["budget"])):
                item = rng.choice(items)
                if entries.get(item, 0) < rules["per_item_cap"]:
                    entries[item] = entries.get(item, 0) + 1
        elif method == "approval":
            entries = dict.fromkeys(rng.sample(list(items), rng.randint(1, n)), 1)
        elif method == "ranking":
            order = rng.sample(list(items), options.get("ranked") or n)
            entries = {item: rank for rank, item in enumerate(order, start=1)}
        else:
            entries = {item: rng.randint(0, 5) for item in items}
        ballots.append(validate_ballot(method, rules, items, entries))
    return rules, ballots


def timed(run: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median and fastest wall time of ``run`` in milliseconds (after a warm-up)."""
    run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def bench_pure(voters: int, n: int, repeat: int, seed: int) -> None:
    items = {100 + i: f"Recommendation {i + 1}" for i in range(n)}
    ids = list(items)
    print(f"\n1. Pure tallies: {voters} ballots × {n} items, median (fastest) of {repeat} runs")
    print(f"   {'method':<20} {'median ms':>10} {'fastest ms':>11}   first place")
    cases: list[tuple[str, str, dict[str, Any]]] = [
        ("dots", "dots", {}),
        ("approval", "approval", {}),
        ("ranking (all 50)", "ranking", {}),
        (f"ranking (top {min(10, n)})", "ranking", {"ranked": min(10, n)}),
        ("agreement", "agreement", {}),
        ("majority judgment", "majority", {}),
    ]
    if n != 50:
        cases[2] = (f"ranking (all {n})", "ranking", {})
    for name, method, options in cases:
        rng = random.Random(f"{seed}-{name}")
        rules, ballots = make_ballots(method, ids, voters, rng, **options)
        if method == "dots":
            run: Callable[[], object] = partial(
                tally.dots, ballots, items, budget=rules["budget"], cap=rules["per_item_cap"]
            )
        else:
            run = partial(METHODS[method].tally, ballots, items, [], rules, len(ballots))
        median, fastest = timed(run, repeat)
        result = run()
        assert isinstance(result, tally.RoundResult)
        top = result.items[0]
        print(
            f"   {name:<20} {median:>10.2f} {fastest:>11.2f}   "
            f"{top.label} (score {top.score:g}, rank {top.rank})"
        )
        if method == "ranking":
            d = tally.pairwise(ballots, ids)
            pair_median, _ = timed(partial(tally.pairwise, ballots, ids), repeat)
            path_median, _ = timed(partial(tally.strongest_paths, d, ids), repeat)
            print(
                f"   {'  pairwise d[a][b]':<20} {pair_median:>10.2f}"
                f"\n   {'  strongest paths':<20} {path_median:>10.2f}"
            )


def bench_round(voters: int, n: int, repeat: int, seed: int) -> None:
    print(
        f"\n2. tally_round on a closed, non-secret round of a session file: "
        f"{voters} ballots × {n} items, median (fastest) of {repeat} runs"
    )
    print(f"   {'method':<20} {'median ms':>10} {'fastest ms':>11}   cast all ballots s")
    with tempfile.TemporaryDirectory() as folder:
        session = Session.create(Path(folder) / "bench.breakout", title="Tally benchmark")
        try:
            people = [
                session.people.add_participant(
                    f"Voter {i + 1}", stakeholder_group=GROUPS[i % len(GROUPS)], present=True
                ).result
                for i in range(voters)
            ]
            labels = [f"Recommendation {i + 1}" for i in range(n)]
            for method, options in (
                ("dots", {"budget": 10, "per_item_cap": 3}),
                ("approval", {}),
                ("ranking", {}),
                ("agreement", {}),
                ("majority", {}),
            ):
                rid = session.voting.create_round(
                    method=method, items=labels, settings=options or None, secret=False
                ).result
                ids = [item.id for item in session.voting.round_items(rid)]
                _, ballots = make_ballots(method, ids, voters, random.Random(f"{seed}-{method}"))
                session.voting.open_round(rid)
                start = time.perf_counter()
                for person, entries in zip(people, ballots, strict=True):
                    session.voting.cast_ballot(rid, person, entries)
                cast = time.perf_counter() - start
                session.voting.close_round(rid)
                median, fastest = timed(partial(tally.tally_round, session, rid), repeat)
                print(f"   {method:<20} {median:>10.2f} {fastest:>11.2f}   {cast:>8.2f}")
        finally:
            session.close()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a small smoke run")
    parser.add_argument("--voters", type=int, default=200, help="ballots per tally (200)")
    parser.add_argument("--items", type=int, default=50, help="items on the ballot (50)")
    parser.add_argument("--repeat", type=int, default=9, help="timed runs per tally (9)")
    parser.add_argument("--seed", type=int, default=20240605, help="random seed")
    parser.add_argument(
        "--no-session", action="store_true", help="skip the tally_round part (session file)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.quick:
        args.voters, args.items, args.repeat = 20, 8, 3
    print(
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.release()}, {platform.machine()}"
    )
    bench_pure(args.voters, args.items, args.repeat, args.seed)
    if not args.no_session:
        bench_round(args.voters, args.items, args.repeat, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
