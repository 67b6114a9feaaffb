"""How often the draft key messages are ones the rapporteur keeps.

Run from the project folder::

    .venv/bin/python benchmarks/bench_drafts.py

The set (``benchmarks/data/drafts_social_protection.tsv``, written for this
project) is a six-point breakout on digital social protection: 67
contributions, each labelled with the idea it states, and for each point the
ideas its rapporteur made key messages of (``key`` = yes on the line that
words the idea best). It was written and labelled before the drafts were
first run on it.

The session is made the way a user makes one — a briefing and a roster,
then every contribution captured through the engine, in an order shuffled
with a fixed seed (people do not speak in the order of the file). For each
point the drafts are computed as the outcome page computes them, then scored:

* **kept** — share of drafts the rapporteur keeps: a draft is kept when it
  states one of the point's key ideas that no earlier draft of that point
  stated (a second draft of the same idea is redundant, not kept);
* **covered** — share of the point's key ideas some draft states.

Baselines in the same run, with as many picks per point: the first
contributions captured, the longest ones, and picks at random (mean of 500
draws). Times are for computing one point's drafts, first with no stored
vectors and then with the vectors kept by the first run.
"""

from __future__ import annotations

import csv
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from breakout import drafts
from breakout.briefing import parse_briefing
from breakout.session import Session

DATA = Path(__file__).resolve().parent / "data" / "drafts_social_protection.tsv"

BRIEFING = """Global Forum on Social Protection
Nairobi, 3-5 June, 2026

Breakout Session "Digital public infrastructure for social protection"

Points of Discussion:

- How should people prove who they are to enrol?
- How should their data be protected?
- How should benefits be paid?
- How do systems include persons with disabilities and the offline?
- How are the systems financed?
- Who holds the systems to account?
"""


@dataclass(frozen=True)
class Row:
    point: int
    idea: str
    key: bool
    text: str


def read_rows() -> list[Row]:
    with DATA.open(encoding="utf-8", newline="") as handle:
        return [
            Row(int(r["point"]), r["idea"], r["key"] == "yes", r["text"])
            for r in csv.DictReader(handle, delimiter="\t")
        ]


def build(folder: Path, rows: Sequence[Row]) -> tuple[Session, dict[int, Row]]:
    """The session and, per contribution id, the labelled row it came from."""
    session = Session.create(folder / "drafts.breakout")
    session.import_briefing(parse_briefing(BRIEFING))
    points = [p.id for p in session.agenda.points()]
    shuffled = list(rows)
    random.Random(7).shuffle(shuffled)
    by_id: dict[int, Row] = {}
    for row in shuffled:
        kind = "question" if row.text.endswith("?") else "comment"
        ident = session.capture.add_contribution(
            row.text, point_id=points[row.point - 1], kind=kind
        ).result
        by_id[ident] = row
    return session, by_id


def score(picks: Sequence[Row], key_ideas: set[str]) -> tuple[int, int]:
    """(kept, key ideas covered) for one point's picks."""
    seen: set[str] = set()
    kept = 0
    for row in picks:
        if row.idea in key_ideas and row.idea not in seen:
            kept += 1
        seen.add(row.idea)
    return kept, len(seen & key_ideas)


def measure(session: Session, by_id: dict[int, Row], key_ideas: dict[int, set[str]]) -> Figures:
    """Drafts and baselines for every point: totals per way of picking, and times."""
    figures = Figures(defaultdict(lambda: [0.0, 0.0, 0.0]), [], [], "")
    for number, point in enumerate(session.agenda.points(), start=1):
        job = drafts.prepare(session, point.id)
        started = time.perf_counter()
        made = drafts.compute(job)
        figures.cold.append(time.perf_counter() - started)
        drafts.store(session, made)
        started = time.perf_counter()
        drafts.compute(drafts.prepare(session, point.id))
        figures.warm.append(time.perf_counter() - started)
        figures.method = made.method
        usable = [by_id[i] for i in job.ids]
        count = len(made.drafts)
        results = {
            "drafts (most central)": [by_id[d.contribution] for d in made.drafts],
            "first captured": usable[:count],
            "longest": sorted(usable, key=lambda r: -len(r.text))[:count],
        }
        for name, picks in results.items():
            kept, covered = score(picks, key_ideas[number])
            figures.add(name, kept, count, covered)
        draws = [
            score(random.Random(seed).sample(usable, count), key_ideas[number])
            for seed in range(500)
        ]
        figures.add(
            "at random (mean of 500)",
            statistics.mean(k for k, _ in draws),
            count,
            statistics.mean(c for _, c in draws),
        )
    return figures


@dataclass
class Figures:
    totals: dict[str, list[float]]  # way of picking -> [kept, offered, key ideas covered]
    cold: list[float]
    warm: list[float]
    method: str

    def add(self, name: str, kept: float, offered: int, covered: float) -> None:
        total = self.totals[name]
        total[0] += kept
        total[1] += offered
        total[2] += covered


def main() -> None:
    rows = read_rows()
    key_ideas: dict[int, set[str]] = defaultdict(set)
    for row in rows:
        if row.key:
            key_ideas[row.point].add(row.idea)
    with tempfile.TemporaryDirectory() as folder:
        session, by_id = build(Path(folder), rows)
        figures = measure(session, by_id, key_ideas)
        session.close()
    ideas = sum(len(v) for v in key_ideas.values())
    print(f"{len(rows)} contributions, 6 points, {ideas} key ideas; method: {figures.method}")
    print(f"{'picked by':<26}{'kept':>16}{'key ideas covered':>22}")
    for name, (kept, offered, covered) in figures.totals.items():
        print(
            f"{name:<26}{kept:>6.1f} of {offered:<3.0f}({kept / offered:>4.0%})"
            f"{covered:>10.1f} of {ideas} ({covered / ideas:>4.0%})"
        )
    print(
        f"time per point: {statistics.median(figures.cold) * 1000:.0f} ms with no stored "
        f"vectors, {statistics.median(figures.warm) * 1000:.0f} ms with them (median of 6)"
    )


if __name__ == "__main__":
    main()
