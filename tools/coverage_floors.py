"""Check the coverage of the privacy-critical modules against their floors (`make coverage`).

The floors are in ``pyproject.toml`` under ``[tool.breakout.coverage-floors]``:
a path (a file, or a folder for every file in it) and the lowest share of its
lines and branches the tests may reach, in percent. A file below its floor, or
a floor naming a path that measured nothing, fails with one line each; the
figures of every floored file are printed either way.

Run after ``coverage run`` (the ``make coverage`` target does both)::

    .venv/bin/python tools/coverage_floors.py
"""

from __future__ import annotations

import io
import sys
import tomllib
from pathlib import Path

from coverage import Coverage

ROOT = Path(__file__).resolve().parent.parent


def floors() -> dict[str, float]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    table: dict[str, float] = config["tool"]["breakout"]["coverage-floors"]
    return table


def measured() -> dict[str, float]:
    """Percent covered (lines and branches) per measured file, by path from the root."""
    cov = Coverage(config_file=str(ROOT / "pyproject.toml"))
    cov.load()
    data = cov.get_data()
    shares: dict[str, float] = {}
    for name in data.measured_files():
        path = Path(name).resolve()
        if ROOT not in path.parents:
            continue
        # The total `coverage report` prints for this one file (lines and branches).
        shares[path.relative_to(ROOT).as_posix()] = cov.report(morfs=[name], file=io.StringIO())
    return shares


def check(shares: dict[str, float], limits: dict[str, float]) -> list[str]:
    problems: list[str] = []
    for where, floor in limits.items():
        files = {
            path: share
            for path, share in shares.items()
            if path == where or path.startswith(where.rstrip("/") + "/")
        }
        if not files:
            problems.append(f"{where}: nothing was measured; fix its floor in pyproject.toml")
        for path, share in sorted(files.items()):
            print(f"{share:6.1f}%  (floor {floor:g}%)  {path}")
            if share < floor:
                problems.append(
                    f"{path}: {share:.1f}% covered, below its floor of {floor:g}%; "
                    "add tests (or, if code was removed, lower the floor on purpose)"
                )
    return problems


def main() -> int:
    problems = check(measured(), floors())
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
