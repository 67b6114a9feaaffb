"""Fuzz the command line for longer than the test suite does, and print what happened.

The same corpora and checks as ``tests/unit/test_fuzz.py`` (see
``tests/fuzzing.py``): generated briefings, rosters, interchange documents and
damaged session files, each through ``breakout`` in a folder of its own. A
failure does not stop the run: it is counted, and its input saved to the
output folder for a test to be written from it.

Run from the project folder::

    .venv/bin/python tools/fuzz.py --examples 2000            # a new seed each run
    .venv/bin/python tools/fuzz.py --examples 500 --seed 7 --corpus rosters
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests import fuzzing  # noqa: E402

CORPORA = ("briefings", "rosters", "interchange", "damaged files")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=1000, help="per corpus")
    parser.add_argument("--seed", type=int, help="default: a new one, printed")
    parser.add_argument("--corpus", choices=CORPORA, action="append", help="default: all")
    parser.add_argument("--out", type=Path, help="where failing inputs go (default: a temp dir)")
    parser.add_argument("--pdf-every", type=int, default=20, help="a PDF every N accepted")
    args = parser.parse_args()
    chosen = args.corpus or list(CORPORA)
    run_seed = args.seed if args.seed is not None else random.randrange(2**32)
    work = Path(tempfile.mkdtemp(prefix="breakout-fuzz-"))
    out = args.out or work / "failures"
    out.mkdir(parents=True, exist_ok=True)
    base = fuzzing.base_session(work)
    shown = subprocess.run(
        [sys.executable, "-m", "breakout_qt.launch", "show", str(base), "--json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    fuzzer = fuzzing.Fuzzer(work / "work", base, json.loads(shown.stdout), args.pdf_every)
    strategies: dict[str, tuple[st.SearchStrategy[bytes], Callable[[bytes], None]]] = {
        "briefings": (fuzzing.briefings(), fuzzer.briefing),
        "rosters": (fuzzing.rosters(), fuzzer.roster),
        "interchange": (fuzzing.documents(fuzzer.doc), fuzzer.document),
        "damaged files": (fuzzing.damaged(fuzzer.session), fuzzer.damaged_file),
    }
    failures: dict[str, list[str]] = {corpus: [] for corpus in chosen}
    print(f"seed {run_seed}, {args.examples} examples per corpus, work in {work}", flush=True)
    started = time.monotonic()
    for corpus in chosen:
        strategy, check = strategies[corpus]
        example = _examples(corpus, strategy, check, args.examples, run_seed, out, failures)
        corpus_start = time.monotonic()
        example()
        print(
            f"{corpus}: {fuzzer.tally.examples[corpus]} examples in "
            f"{time.monotonic() - corpus_start:.0f} s, {len(failures[corpus])} failures",
            flush=True,
        )
    fuzzer.close()
    report(fuzzer.tally, failures, time.monotonic() - started, out)
    return 1 if any(failures.values()) else 0


def _examples(
    corpus: str,
    strategy: st.SearchStrategy[bytes],
    check: Callable[[bytes], None],
    examples: int,
    run_seed: int,
    out: Path,
    failures: dict[str, list[str]],
) -> Callable[[], None]:
    """The corpus's examples as one Hypothesis test that records failures and goes on."""

    @seed(run_seed)
    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def example(data: bytes) -> None:
        try:
            check(data)
        except (AssertionError, fuzzing.WorkerDied) as exc:
            n = len(failures[corpus]) + 1
            name = f"{corpus.replace(' ', '-')}-{n}"
            (out / f"{name}.input").write_bytes(data)
            (out / f"{name}.txt").write_text(
                "".join(traceback.format_exception_only(exc)), encoding="utf-8"
            )
            failures[corpus].append(str(exc).splitlines()[0][:200])

    return example


def report(tally: fuzzing.Tally, failures: dict[str, list[str]], seconds: float, out: Path) -> None:
    print()
    print(f"{sum(tally.examples.values())} examples in {seconds / 60:.1f} min")
    for corpus in failures:
        print(f"\n{corpus}: {tally.examples[corpus]} examples")
        for (name, kind), count in sorted(tally.outcomes.items(), key=lambda kv: -kv[1]):
            if name.split(",")[0] == corpus:
                where = "" if name == corpus else " (then used)"
                print(f"  {count:6}  {kind}{where}")
        cpu = max(v for k, v in tally.max_cpu.items() if k.startswith(corpus))
        print(f"  most CPU for one command: {cpu:.2f} s")
        print(
            f"  failures (unexpected problem, traceback, change, leftover): {len(failures[corpus])}"
        )
        for line in failures[corpus][:10]:
            print(f"    {line}")
    print(f"\nthe worker's peak memory: {tally.peak_kb // 1024} MB")
    if any(failures.values()):
        print(f"failing inputs: {out}")


if __name__ == "__main__":
    sys.exit(main())
