"""The built wheel, installed alone in a fresh virtual environment, is the whole app.

This is what a user who is handed the wheel gets: the sdist and the wheel are
built from the source tree (``python -m build``: the wheel from the sdist, so
the sdist is checked to hold what building needs), the wheel is installed in a
new virtual environment with its declared dependencies and nothing else, and
the README's smoke run is typed in a folder outside the source tree.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from breakout.suggest import SEMANTIC

ROOT = Path(__file__).resolve().parents[2]

#: What the app reads from its own package at run time, as found in the wheel.
CARRIED = (
    "breakout/schema/",
    "breakout/resources/demo/",
    "breakout/resources/fonts/",
    "breakout/phone/static/phone.js",
    "breakout/phone/static/phone.css",
    "breakout/locale/fr/LC_MESSAGES/breakout.mo",
    "breakout/locale/zh_CN/LC_MESSAGES/breakout.mo",
    "breakout_qt/translations/breakout_ar.qm",
    "breakout_qt/translations/breakout_en.qm",
)

#: What lies in a working tree and is not the project's source.
NOT_SOURCE = (
    ".git",
    ".venv",
    "*.egg-info",
    "build",
    "dist",
    "__pycache__",
    ".*_cache",
    "*.breakout*",
)


def run(*command: str | Path, cwd: Path, env: dict[str, str]) -> str:
    result = subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=1800,  # only against a hang: installing PySide6 from the cache takes a while
    )
    assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.mark.slow
def test_the_wheel_alone_writes_the_demo_exports_a_pdf_and_groups_by_meaning(
    tmp_path: Path,
) -> None:
    # Nothing of the project's own environment leaks into the new one.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.pop("BREAKOUT_MODEL", None)
    env.pop("BREAKOUT_DEBUG", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # From a copy of the sources: setuptools would take the file list of an egg-info
    # folder left in the tree by `pip install -e .` instead of finding it anew.
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    dist = tmp_path / "dist"
    run(sys.executable, "-m", "build", "--outdir", dist, source, cwd=tmp_path, env=env)
    (wheel,) = dist.glob("breakout-*.whl")
    (sdist,) = dist.glob("breakout-*.tar.gz")
    in_wheel = zipfile.ZipFile(wheel).namelist()
    for carried in CARRIED:
        assert any(name.startswith(carried) for name in in_wheel), carried
    assert not any(name.startswith("tests/") for name in in_wheel)
    with tarfile.open(sdist) as archive:
        in_sdist = archive.getnames()
    assert any(name.endswith("/breakout_qt/translations/breakout_fr.ts") for name in in_sdist)

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=tmp_path, env=env)
    python = venv / "bin" / "python"
    # --no-compile: the app compiles what it imports on first use; compiling all of
    # PySide6 and NumPy at install time would only make this test slower.
    run(python, "-m", "pip", "install", "--quiet", "--no-compile", wheel, cwd=tmp_path, env=env)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    found = run(python, "-c", "import breakout; print(breakout.__file__)", cwd=elsewhere, env=env)
    assert Path(found.strip()).is_relative_to(venv), found
    breakout = venv / "bin" / "breakout"
    run(breakout, "demo", "x.breakout", cwd=elsewhere, env=env)
    run(breakout, "export", "x.breakout", "--pdf", "x.pdf", cwd=elsewhere, env=env)
    grouped = json.loads(run(breakout, "cluster", "x.breakout", "--json", cwd=elsewhere, env=env))

    assert (elsewhere / "x.pdf").read_bytes().startswith(b"%PDF-")
    assert grouped["method"] == SEMANTIC
    assert len(grouped["clusters"]) > 1
