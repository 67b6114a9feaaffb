"""What the venue laptops' bundle costs: its size, its build time and how fast it starts,
against a bare PySide6 window frozen the same way (one folder, the same PyInstaller).

Builds both bundles in a temporary folder (packaging/breakout.spec for Breakout; a
twenty-line script for the bare window), then runs each executable with an empty
environment (offscreen Qt) from an empty folder, six times each; the first run is not
counted (it reads the files into the disk cache):

- ``--version``: Breakout's command line says its version; the bare bundle prints
  one line before importing Qt (the frozen interpreter's own start);
- first paint: from starting the process to the window's first paint (Breakout on
  a demo session, with BREAKOUT_QUIT_AFTER_PAINT; the bare window on its own),
  read as the line each prints then.

Needs PyInstaller (``make bundle`` installs it into .venv; without it this says so and
stops)::

    .venv/bin/python benchmarks/bench_bundle.py
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5
BARE = textwrap.dedent(
    """
    import sys

    if sys.argv[1:] == ["--version"]:
        print("bare 1.0")
        sys.exit(0)
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
                self.seen = True
                QTimer.singleShot(0, lambda: (print("painted", flush=True), app.quit()))
            return False

    app = QApplication(sys.argv[:1])
    window = QLabel("A bare window")
    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    window.resize(800, 600)
    window.show()
    sys.exit(app.exec())
    """
)


def build(args: list[str], cwd: Path) -> float:
    """Run PyInstaller, return its wall time in seconds."""
    started = time.perf_counter()
    pyinstaller = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean"]
    subprocess.run([*pyinstaller, "--log-level", "WARN", *args], cwd=cwd, check=True)
    return time.perf_counter() - started


def mib(folder: Path) -> str:
    """The folder's size on disk, in MiB as ``du -sh`` counts it (allocated blocks)."""
    blocks = sum(p.lstat().st_blocks for p in folder.rglob("*"))
    return f"{blocks * 512 / 2**20:.0f} MiB"


def clean_env(home: Path) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def until_line(command: list[str], env: dict[str, str], cwd: Path, line: str) -> float:
    """Seconds from starting ``command`` to its printing a line that starts with ``line``."""
    started = time.perf_counter()
    with subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        assert process.stdout is not None
        for out in process.stdout:
            if out.startswith(line):
                elapsed = time.perf_counter() - started
                break
        else:
            raise SystemExit(f"{command[0]} never printed {line!r}")
    if process.returncode != 0:
        raise SystemExit(f"{command[0]} exited with {process.returncode}")
    return elapsed


def timed(command: list[str], env: dict[str, str], cwd: Path, line: str) -> str:
    until_line(command, env, cwd, line)  # the first run reads the files into the disk cache
    times = [until_line(command, env, cwd, line) for _ in range(RUNS)]
    return f"median {statistics.median(times):.2f} s (fastest {min(times):.2f} s)"


def measure(work: Path) -> list[tuple[str, str, str]]:
    """Build both bundles in ``work`` and time them: (what, Breakout's, the bare window's)."""
    dist, build_dir = work / "dist", work / "build"
    (work / "bare.py").write_text(BARE, encoding="utf-8")
    places = ["--distpath", str(dist), "--workpath", str(build_dir), "--specpath", str(work)]
    bare_build = build(["--onedir", "--name", "bare", *places, str(work / "bare.py")], cwd=work)
    spec = str(ROOT / "packaging" / "breakout.spec")
    breakout_build = build(
        ["--distpath", str(dist), "--workpath", str(build_dir / "breakout"), spec], cwd=ROOT
    )
    breakout, bare = dist / "breakout" / "breakout", dist / "bare" / "bare"
    run_dir = work / "run"
    run_dir.mkdir()
    env = clean_env(run_dir)
    demo = [str(breakout), "demo", "x.breakout"]
    subprocess.run(demo, env=env, cwd=run_dir, check=True, stdout=subprocess.DEVNULL)
    painted = {**env, "BREAKOUT_QUIT_AFTER_PAINT": "1"}
    return [
        ("size (MiB, as du -sh)", mib(dist / "breakout"), mib(dist / "bare")),
        ("build time", f"{breakout_build:.0f} s", f"{bare_build:.0f} s"),
        (
            "--version",
            timed([str(breakout), "--version"], env, run_dir, "breakout "),
            timed([str(bare), "--version"], env, run_dir, "bare "),
        ),
        (
            "start to first paint",
            timed([str(breakout), "open", "x.breakout"], painted, run_dir, "breakout: painted"),
            timed([str(bare)], env, run_dir, "painted"),
        ),
    ]


def main() -> int:
    if importlib.util.find_spec("PyInstaller") is None:
        print("bench_bundle: PyInstaller is not installed; run `make bundle` once, then again")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        rows = measure(Path(tmp))
    print(f"One-folder bundles (PyInstaller), {os.cpu_count()} CPUs, {RUNS} runs after one:")
    print(f"  {'':<22} {'Breakout':<34} bare PySide6 window")
    for label, ours, bare_figure in rows:
        print(f"  {label:<22} {ours:<34} {bare_figure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
