"""The four sessions, made once for the forum's tests; each test combines copies of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.forum.sessions import build_all, copies


@pytest.fixture(scope="session")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_all(tmp_path_factory.mktemp("rooms"))


@pytest.fixture
def rooms(made: Path, tmp_path: Path) -> list[Path]:
    return copies(made, tmp_path)
