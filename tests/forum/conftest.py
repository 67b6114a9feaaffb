"""The four sessions, made once for the forum's tests; each test combines copies of them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.forum.sessions import CLIMATE, ROOMS, build, downgrade


@pytest.fixture(scope="session")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The four session files, the Chinese one of the previous schema version."""
    folder = tmp_path_factory.mktemp("rooms")
    for room in ROOMS:
        build(room, folder)
    downgrade(folder / CLIMATE.file)
    return folder


@pytest.fixture
def rooms(made: Path, tmp_path: Path) -> list[Path]:
    """Copies of the four sessions in this test's own folder, in ROOMS order."""
    out = []
    for room in ROOMS:
        shutil.copy(made / room.file, tmp_path / room.file)
        out.append(tmp_path / room.file)
    return out
