"""Shared test setup: headless Qt, session files in a temporary folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from breakout.session import Session  # noqa: E402
from tests.helpers import FakeClock  # noqa: E402


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    return tmp_path / "session.breakout"


@pytest.fixture
def session(session_path: Path, clock: FakeClock) -> Iterator[Session]:
    s = Session.create(session_path, clock=clock, title="Test session")
    yield s
    s.close()
