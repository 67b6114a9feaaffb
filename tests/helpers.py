"""Helpers the tests share."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest


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


def need_poppler(*tools: str) -> None:
    """Skip a test that reads a PDF back where poppler's tools are not installed.

    They are a system prerequisite (see the README); on CI (``CI`` set, as
    ``.ci/run`` does) a missing tool fails the test instead, so nothing is
    skipped there unnoticed.
    """
    need_tools(
        *(tools or ("pdftotext",)),
        what="poppler's {missing} not installed, so this PDF check cannot run",
        install="install poppler-utils (macOS: brew install poppler)",
    )


def need_tools(*tools: str, what: str, install: str) -> None:
    """Skip a test whose system tools are missing, saying ``what`` (with ``{missing}``) and
    how to ``install`` them; on CI, which installs them all (.ci/run), fail instead."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if not missing:
        return
    message = f"{what.format(missing=' and '.join(missing))}: {install}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
