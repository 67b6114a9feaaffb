"""Helpers the tests share."""

from __future__ import annotations

from pathlib import Path


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file in a folder with its bytes: to assert that nothing changed."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
