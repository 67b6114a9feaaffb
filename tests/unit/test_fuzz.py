"""A bounded fuzz of everything a user hands the command line (see :mod:`tests.fuzzing`).

Derandomised and a fixed number of examples per corpus, so a run takes a
minute or two and fails the same way every time; ``tools/fuzz.py`` runs the
same checks for as long as asked, with fresh seeds, and prints counts.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import example as also

from tests import fuzzing

pytestmark = pytest.mark.slow

EXAMPLES = 100
#: Each corpus also runs one input that must be accepted, so the checks on what is
#: accepted always run: which generated inputs are accepted varies with what ran
#: before in the same process (after tests/unit/test_interchange.py every roster was refused).
REAL = fuzzing.DATA
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def fuzzer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[fuzzing.Fuzzer]:
    folder = tmp_path_factory.mktemp("fuzz")
    base = fuzzing.base_session(folder)
    shown = subprocess.run(
        [sys.executable, "-m", "breakout_qt.launch", "show", str(base), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    running = fuzzing.Fuzzer(folder / "work", base, json.loads(shown.stdout), pdf_every=15)
    yield running
    running.close()


def test_briefings(fuzzer: fuzzing.Fuzzer) -> None:
    @FUZZ
    @given(fuzzing.briefings())
    @also((REAL / "briefing.md").read_bytes())
    def example(data: bytes) -> None:
        fuzzer.briefing(data)

    example()


def test_rosters(fuzzer: fuzzing.Fuzzer) -> None:
    @FUZZ
    @given(fuzzing.rosters())
    @also((REAL / "roster.csv").read_bytes())
    def example(data: bytes) -> None:
        fuzzer.roster(data)

    example()


def test_interchange_documents(fuzzer: fuzzing.Fuzzer) -> None:
    @FUZZ
    @given(fuzzing.documents(fuzzer.doc))
    @also(json.dumps(fuzzer.doc, ensure_ascii=False).encode("utf-8"))
    def example(data: bytes) -> None:
        fuzzer.document(data)

    example()


def test_damaged_session_files(fuzzer: fuzzing.Fuzzer) -> None:
    @FUZZ
    @given(fuzzing.damaged(fuzzer.session))
    def example(data: bytes) -> None:
        fuzzer.damaged_file(data)

    example()


def test_the_fuzz_stayed_within_its_bounds(fuzzer: fuzzing.Fuzzer) -> None:
    tally = fuzzer.tally
    assert set(tally.examples) == {"briefings", "rosters", "interchange", "damaged files"}
    assert all(count >= EXAMPLES for count in tally.examples.values()), tally.examples
    accepted = {corpus for corpus, kind in tally.outcomes if kind == "accepted"}
    assert {"briefings", "rosters", "interchange"} <= accepted, tally.outcomes
    assert tally.peak_kb < 1_500_000, f"the worker peaked at {tally.peak_kb // 1024} MB"
