"""How fast the outcome report is made on a big session, and how much memory it takes.

Run from the project folder::

    .venv/bin/python benchmarks/bench_report.py            # the full run
    .venv/bin/python benchmarks/bench_report.py --quick    # a small smoke run

It builds one session with the engine's own operations — 10 points, 60
participants, 1,000 contributions (words from the demo session, in mixed
order), 100 of them made recommendations in 12 groups, and a closed, named
dot-voting round on the groups that everyone present voted in (so support
by stakeholder group is worked out and shown) — then measures, each a few
times, in this process:

* reading the report content from the session (``build_content``);
* laying out the PDF (``render_pdf_bytes``): wall time (target: at most 3 s),
  pages, pages per second, and peak Python memory (``tracemalloc``, in a run
  of its own, since tracing slows the run down);
* the Word document (``docx_bytes``): wall time and size;
* the Markdown and CSV exports;

and, as a real process, ``breakout export --pdf`` end to end: wall time and
peak resident memory (``ru_maxrss`` of the child). It prints figures only;
the target is reported as met or not, never enforced.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from importlib import resources
from pathlib import Path
from typing import Any

from breakout.demo import SimulatedClock
from breakout.report import build_content, render_pdf_bytes
from breakout.report.docx import docx_bytes
from breakout.report.exports import csv_files, markdown
from breakout.session import Session

TARGET_SECONDS = 3.0
START = 1795093200.0  # 18 November 2026, 13:00 UTC, as in the demo session
SEED = 2026
GROUPS = ("Business", "Civil society", "Government", "UN agency", "Academia", "Trade union")
REGIONS = ("Africa", "Asia-Pacific", "Europe", "Latin America", "Middle East", "North America")
GENDERS = ("female", "male", "female", "male", "non-binary")
OTHER_KINDS = ("comment", "comment", "question", "concern")  # proposals are placed below


def build_session(
    path: Path, *, contributions: int, recommendations: int, points: int = 10, people: int = 60
) -> None:
    """A finished session of the given size, made with Session operations."""
    rng = random.Random(SEED)
    content = resources.files("breakout.resources").joinpath("demo/content.json")
    demo = json.loads(content.read_text("utf-8"))
    texts = [c["text"] for p in demo["points"] for c in p["contributions"]]
    questions = [p["text"] for p in demo["points"]]
    clock = SimulatedClock(START)
    with Session.create(path, clock=clock) as session:
        session.update_session(
            title="A large breakout session for measuring the report",
            event="Benchmark Forum 2026",
            venue="Geneva",
            dates="18 November 2026",
            facilitator="Facilitator Name",
            rapporteur="Rapporteur Name",
        )
        people_ids = [
            session.people.add_participant(
                f"Participant Person {n:03d}",
                organisation=f"Organisation {n % 17}",
                stakeholder_group=GROUPS[n % len(GROUPS)],
                region=REGIONS[(n * 7) % len(REGIONS)],
                gender=GENDERS[n % len(GENDERS)],
                may_be_named=n % 4 != 0,
                present=True,
            ).result
            for n in range(people)
        ]
        point_ids = [
            session.agenda.add_point(questions[n % len(questions)], minutes=12).result
            for n in range(points)
        ]
        clusters = [session.board.add_cluster(f"Theme {n + 1}").result for n in range(12)]
        per_point = contributions // points
        made = 0
        promoted = 0
        every = max(1, contributions // recommendations)
        for index, point_id in enumerate(point_ids):
            session.agenda.start_point(point_id)
            count = per_point if index < points - 1 else contributions - made
            for _ in range(count):
                speaker = rng.choice(people_ids)
                session.queue.request_turn(speaker, point_id)
                session.queue.call_next(point_id)
                clock.advance(rng.uniform(20, 90))
                text = rng.choice(texts)
                proposing = (made + 1) % every == 0 and promoted < recommendations
                kind = "proposal" if proposing else rng.choice(OTHER_KINDS)
                cid = session.capture.add_contribution(
                    text, point_id=point_id, participant_id=speaker, kind=kind
                ).result
                made += 1
                if proposing:  # every proposal is a candidate on the board
                    (rec,) = session.board.candidates_of(cid)
                    session.board.set_cluster(rec, clusters[promoted % len(clusters)])
                    promoted += 1
            session.agenda.end_point(point_id)
        round_id = session.voting.create_round(
            method="dots",
            title="Which recommendations go to the plenary?",
            items=[{"label": f"Theme {n + 1}", "cluster": c} for n, c in enumerate(clusters)],
            settings={"budget": 5, "per_item_cap": 2},
            secret=False,
        ).result
        items = [i.id for i in session.voting.round_items(round_id)]
        session.voting.open_round(round_id)
        for person in people_ids:
            dots: dict[int, int] = {}
            for _ in range(5):
                choice = rng.choice([i for i in items if dots.get(i, 0) < 2])
                dots[choice] = dots.get(choice, 0) + 1
            session.voting.cast_ballot(round_id, person, dots)
        session.voting.close_round(round_id)


def timed(fn: Any, runs: int) -> tuple[list[float], Any]:
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return times, result


def describe(times: list[float]) -> str:
    return (
        f"median {statistics.median(times):.2f} s, best {min(times):.2f} s, "
        f"worst {max(times):.2f} s ({len(times)} runs)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small smoke run")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    contributions, recommendations = (120, 12) if args.quick else (1000, 100)
    runs = 1 if args.quick else args.runs

    print(f"Python {platform.python_version()} on {platform.machine()} ({platform.system()})")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.breakout"
        start = time.perf_counter()
        build_session(path, contributions=contributions, recommendations=recommendations)
        print(
            f"built a session of {contributions} contributions and {recommendations} "
            f"recommendations in {time.perf_counter() - start:.1f} s"
        )

        with Session.open(path, readonly=True) as session:
            read_times, content = timed(lambda: build_content(session), runs)
        print(f"read the report content: {describe(read_times)}")

        render_pdf_bytes(content)  # warm up: fonts registered, modules imported
        pdf_times, data = timed(lambda: render_pdf_bytes(content), runs)
        pdf_file = Path(folder) / "big.pdf"
        pdf_file.write_bytes(data)
        pages = _pages(pdf_file)
        best = min(pdf_times)
        median = statistics.median(pdf_times)
        print(f"lay out the PDF: {describe(pdf_times)}")
        print(
            f"  {pages} pages, {len(data) / 1e6:.2f} MB; "
            f"{pages / median:.0f} pages per second (median), {pages / best:.0f} (best)"
        )
        verdict = "met" if median <= TARGET_SECONDS else "NOT met"
        print(f"  target: at most {TARGET_SECONDS:.0f} s for the PDF — {verdict}")

        tracemalloc.start()
        render_pdf_bytes(content)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"  peak Python memory while laying out (tracemalloc): {peak / 1e6:.1f} MB")

        docx_times, docx = timed(lambda: docx_bytes(content), runs)
        print(f"Word document: {describe(docx_times)}; {len(docx) / 1e6:.2f} MB")
        md_times, _ = timed(lambda: markdown(content), runs)
        csv_times, _ = timed(lambda: csv_files(content), runs)
        print(f"Markdown: {describe(md_times)}")
        print(f"CSV (3 files): {describe(csv_times)}")

        script = Path(sys.executable).with_name("breakout")
        if script.exists():
            out = Path(folder) / "cli.pdf"
            start = time.perf_counter()
            done = subprocess.run(
                [str(script), "export", str(path), "--pdf", str(out)],
                capture_output=True,
                text=True,
                check=False,
            )
            wall = time.perf_counter() - start
            rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            if done.returncode == 0:
                print(
                    f"breakout export --pdf as a process: {wall:.2f} s wall, "
                    f"peak resident memory {rss:.0f} MB"
                )
            else:
                print(f"breakout export failed: {done.stderr.strip()}")
    return 0


def _pages(pdf: Path) -> int:
    """Pages of a PDF, counted from its page objects (no poppler needed)."""
    data = pdf.read_bytes()
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page>")


if __name__ == "__main__":
    sys.exit(main())
