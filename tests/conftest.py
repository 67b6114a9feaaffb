"""Shared test setup: headless Qt, session files in a temporary folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from breakout.session import Session
from tests.helpers import FakeClock


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
