"""How long, and how much memory, ``breakout new`` takes on inputs made to hurt.

Each case runs ``breakout new`` (and an export where the input gets in) as a
process of its own, with a ceiling of 120 s of CPU and 2 GB of address space so
that a runaway case stops; it prints the time, the peak memory and what the
command said. Measured on the 2-core development machine (times in seconds,
peak resident memory in MB), before this version and with it::

    case                                          before              now
    briefing: one point of 1 MB                   0.52, accepted      0.27, refused (too long)
    briefing: a point of 1 MB of emphasis marks   14.8                0.66, refused (too long)
    briefing: 1.9 MB of emphasis in the closing   28.6                1.15
    briefing: a heading with 100 KB of spaces     over 120 of CPU     0.39
    briefing: a heading with 1.9 MB of spaces     over 120 of CPU     0.53
    briefing: 170,000 header lines                14.4                3.80
    roster: 300,000 rows (14 MB)                  22.1, 632 MB        0.26, refused (over 5 MB)
    interchange: /dev/zero                        out of memory       0.19, refused (over 10 MB)
    interchange: a hand count of 2^62, then PDF   out of memory       0.17, refused

Run from the project folder::

    .venv/bin/python benchmarks/bench_inputs.py

To measure another version of the code, put its folder first on the path:
``PYTHONPATH=/path/to/other/checkout .venv/bin/python benchmarks/bench_inputs.py``.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "real_session"
CPU_SECONDS = 120
MEMORY = 2 << 30

HEAD = (DATA / "briefing.md").read_text(encoding="utf-8").split("### Points of Discussion")[0]
POINTS = "### Points of Discussion\n\n"


def briefing(text: str) -> Callable[[Path], list[list[str]]]:
    def make(folder: Path) -> list[list[str]]:
        (folder / "b.md").write_text(text, encoding="utf-8")
        return [["new", "s.breakout", "--briefing", "b.md"]]

    return make


def roster(rows: int) -> Callable[[Path], list[list[str]]]:
    def make(folder: Path) -> list[list[str]]:
        lines = ["Name,Organisation,Stakeholder group,Region,Gender,May be named"]
        lines += [f"Personne {n},Org {n % 50},Business,Africa,female,yes" for n in range(rows)]
        (folder / "r.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return [["new", "s.breakout", "--roster", "r.csv"]]

    return make


def huge_hand_count(folder: Path) -> list[list[str]]:
    run(["new", "base.breakout", "--briefing", str(DATA / "briefing.md")], folder)
    doc = json.loads(run(["show", "base.breakout", "--json"], folder)[3])
    doc["rounds"] = [
        {
            "id": 1,
            "method": "approval",
            "secret": False,
            "state": "closed",
            "items": [{"id": 1, "label": "Publier"}, {"id": 2, "label": "نشر"}],
            "tallies": [{"item": 1, "count": 2**62}],
        }
    ]
    (folder / "d.json").write_text(json.dumps(doc), encoding="utf-8")
    return [
        ["new", "s.breakout", "--from-json", "d.json"],
        ["export", "s.breakout", "--pdf", "r.pdf"],
    ]


CASES: dict[str, Callable[[Path], list[list[str]]]] = {
    "briefing: one point of 1 MB": briefing(HEAD + POINTS + "- " + "question " * 111_000),
    "briefing: one point of 4.8 MB": briefing(HEAD + POINTS + "- " + "question " * 533_000),
    "briefing: a point of 1 MB of emphasis marks": briefing(HEAD + POINTS + "- " + "*a " * 333_000),
    "briefing: 1.9 MB of emphasis in the closing": briefing(
        HEAD + POINTS + "- Why?\n\n" + "*a " * 630_000
    ),
    "briefing: a heading with 100 KB of spaces": briefing(
        "# x" + " " * 100_000 + "y\n" + HEAD + POINTS + "- Why?\n"
    ),
    "briefing: a heading with 1.9 MB of spaces": briefing(
        "# x" + " " * 1_900_000 + "y\n" + HEAD + POINTS + "- Why?\n"
    ),
    "briefing: 170,000 header lines": briefing(
        "Forum line\n" * 170_000 + HEAD + POINTS + "- Why?\n"
    ),
    "roster: 300,000 rows (14 MB)": roster(300_000),
    "roster: 5,000 rows": roster(5_000),
    "interchange: /dev/zero": lambda folder: [["new", "s.breakout", "--from-json", "/dev/zero"]],
    "interchange: a hand count of 2^62, then a PDF": huge_hand_count,
}


def run(argv: list[str], folder: Path) -> tuple[float, float, int, str, str]:
    """(seconds, peak MB, exit code, stdout, last line of stderr) of one breakout command.

    The peak memory is the process's maximum resident set, from GNU time
    (``/usr/bin/time``) when it is installed, else 0.
    """

    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("BREAKOUT_DEBUG", None)
    gnu_time = Path("/usr/bin/time")
    measure = folder / ".peak"
    prefix = [str(gnu_time), "-f", "%M", "-o", str(measure)] if gnu_time.exists() else []
    start = time.perf_counter()
    child = subprocess.run(
        [*prefix, sys.executable, "-m", "breakout_qt.launch", *argv],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        preexec_fn=limits,
    )
    seconds = time.perf_counter() - start
    code = child.returncode
    peak = 0.0
    if prefix:
        lines = measure.read_text().split()
        peak = int(lines[-1]) / 1024 if lines and lines[-1].isdigit() else 0.0
        signalled = [w for w in lines if w.isdigit()][:1] if "signal" in lines else []
        if signalled:
            code = -int(signalled[0])
        measure.unlink()
    err = child.stderr.strip().splitlines()
    said = err[-1] if err else child.stdout.strip()[:80]
    return seconds, peak, code, child.stdout, said


def main() -> None:
    print(f"{'case':48} {'time':>8} {'peak MB':>8}  outcome")
    for name, make in CASES.items():
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            commands = make(folder)
            total = 0.0
            peak = 0.0
            outcome = ""
            for argv in commands:
                seconds, peak_mb, code, _, said = run(argv, folder)
                total += seconds
                peak = max(peak, peak_mb)
                if code in (-24, -9) and seconds >= CPU_SECONDS:  # SIGXCPU, then SIGKILL
                    outcome = f"stopped after {CPU_SECONDS} s of CPU"
                elif code < 0:
                    outcome = f"killed by signal {-code}"
                else:
                    outcome = said
                if code != 0:
                    break
            print(f"{name:48} {total:7.2f}s {peak:8.0f}  {outcome[:110]}", flush=True)


if __name__ == "__main__":
    main()
