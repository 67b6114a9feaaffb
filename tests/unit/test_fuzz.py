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
from hypothesis import HealthCheck, example, given, settings

from tests import fuzzing

pytestmark = pytest.mark.slow

EXAMPLES = 100
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
        [sys.executable, "-m", "ui.launch", "show", str(base), "--json"],
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
    def example(data: bytes) -> None:
        fuzzer.briefing(data)

    example()


#: A roster a user would write, so every run reaches the code past the checks.
PLAIN_ROSTER = (
    "Name,Organisation,Stakeholder group,Region,Gender,May be named\r\n"
    "Élise Marchand,Régie de l'eau,Government,Europe,F,yes\r\n"
    "زينب الخطيب,جمعية المياه,Civil society,Arab States,F,no\r\n"
    "李伟,供水公司,Business,Asia-Pacific,M,yes\r\n"
).encode("utf-8-sig")


def test_rosters(fuzzer: fuzzing.Fuzzer) -> None:
    @FUZZ
    @given(fuzzing.rosters())
    @example(PLAIN_ROSTER)
    def run_one(data: bytes) -> None:
        fuzzer.roster(data)

    run_one()


def test_interchange_documents(fuzzer: fuzzing.Fuzzer) -> None:
    @FUZZ
    @given(fuzzing.documents(fuzzer.doc))
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
