"""``breakout export --pdf`` on a session made with ``breakout new`` from a briefing
whose points run to several lines, at a length of notes where one of those
headings meets the end of a page (see :mod:`tests.unit.test_report_headings`,
which moves the headings over every position of a page).
"""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest

from breakout.session import Session
from tests.cli.test_cli import breakout
from tests.helpers import FakeClock, need_poppler
from tests.unit.test_report_headings import BRIEFING, POINTS, ROSTER, contribute, holds

#: Proposals under the first point that bring a long heading to a page's end.
PADDING = 32


def pages_of(pdf: Path) -> list[str]:
    need_poppler()
    out = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True)
    assert out.returncode == 0, "pdftotext failed: install the Debian package poppler-utils"
    return [unicodedata.normalize("NFKC", page) for page in out.stdout.split("\f")]


@pytest.mark.parametrize("names", ["named", "anonymous"])
def test_long_points_across_a_page_end_are_exported_whole(names: str, tmp_path: Path) -> None:
    (tmp_path / "B.txt").write_text(BRIEFING, encoding="utf-8")
    (tmp_path / "R.csv").write_text(ROSTER, encoding="utf-8")
    made = breakout("new", "s.breakout", "--briefing", "B.txt", "--roster", "R.csv", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    with Session.open(tmp_path / "s.breakout", clock=FakeClock()) as session:
        contribute(session, FakeClock(), padding=PADDING)
    extra = ["--anonymous"] if names == "anonymous" else []
    done = breakout("export", "s.breakout", "--pdf", "out.pdf", *extra, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    pages = pages_of(tmp_path / "out.pdf")
    for number, text in enumerate(POINTS, 1):
        # in the agenda and as the point's heading, each whole on one page
        assert any(holds(page, f"{number}. {text}") for page in pages), number
        assert sum(holds(page, text) for page in pages) >= 2, number
