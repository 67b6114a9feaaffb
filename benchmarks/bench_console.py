"""How the console feels: capture latency on a big session, and launch to first frame.

Run from the project folder::

    .venv/bin/python benchmarks/bench_console.py            # the full run
    .venv/bin/python benchmarks/bench_console.py --quick    # a small smoke run

1. **Capture latency.** Builds the same big session as ``bench_store.py``
   (6 points, 20 participants, 10,000 contributions; the current, running
   point holds about 1,700 of them) and opens it in a real ``MainWindow``
   (``QT_QPA_PLATFORM=offscreen``), as the app does (``synchronous=FULL``),
   and lets the window settle (the rows below the first screenful are fitted
   to their text in the background; the time this takes is printed).
   Each sample puts a 60-300 character contribution in the capture box,
   chooses a speaker by name, then times a real Enter key press
   (``QTest.keyClick``) until the new row is row 0 of the contributions
   model, one ``processEvents()`` has run (the deferred repaint of the
   window) and the contributions list's viewport has been repainted.
   Every tenth row is read back through a separate ``sqlite3`` connection
   (not timed) to check that it was committed. Alongside, an
   ``add_contribution`` on a copy of the file, with no window, gives the
   engine's share. Target: p99 <= 8 ms (half a frame at 60 Hz). A further run
   of samples under cProfile follows; when the target is missed (or with
   ``--profile``) it lists what costs what.
2. **Launch to first painted frame.** Fresh processes (``sys.executable -c``),
   timed from just before the spawn to the end of the first paint of the main
   window (a zero-timer fired after the first ``Paint`` event, so the whole
   first frame is drawn and flushed), on ``time.monotonic_ns()``, which on
   Linux is one system-wide clock. A bare PySide6 window (``QMainWindow`` with
   a label, the same size) against Breakout's own start-up path
   (``breakout_qt.launch.main(["open", "demo.breakout"])``, i.e. ``breakout open``;
   the child only wraps ``breakout_qt.app.make_app`` and ``breakout_qt.app.MainWindow`` to
   take timestamps and watch for the paint). Both on the ``offscreen``
   platform and, when ``Xvfb`` is installed, on a real X server (``xcb``) that
   this benchmark starts and stops. Runs are interleaved, after one warm-up
   run of each (not counted). Target: Breakout <= 1.5x the bare window.
   Also ``python -X importtime`` for the Breakout child (top 10 cumulative)
   and which heavy modules are loaded once the window is shown.

It prints figures only; targets are reported as met or not, never enforced.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Run as a script: the project folder on the path, so the shared helpers import by package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import PySide6
from PySide6.QtCore import (
    QMessageLogContext,
    QSettings,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtTest import QTest

from benchmarks.bench_store import Stats, build_session, describe_session, filesystem_of, filler
from breakout.demo import build_demo
from breakout.session import Session
from breakout.store import Store
from breakout_qt.app import make_app
from breakout_qt.main_window import MainWindow

SEED = 2026
TARGET_CAPTURE_P99_MS = 8.0
TARGET_LAUNCH_RATIO = 1.5
WARMUP_SAMPLES = 10
VERIFY_EVERY = 10
PROFILE_SAMPLES = 60
PROFILE_TOP = 25
IMPORTS_TOP = 10
CHILD_TIMEOUT_S = 60.0
HEAVY_MODULES = ("reportlab", "numpy", "sklearn", "sqlite_utils")
#: Qt warnings the offscreen platform prints for every window; dropped.
QUIET_QT = ("This plugin does not support",)

#: PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a
#: method that returns nothing (and at times to ``True`` or ``False``). A few
#: thousand calls take ``None``'s count to zero and the process aborts ("Fatal
#: Python error: none_dealloc"); from Python 3.12 these objects are immortal.
#: This benchmark makes tens of thousands of such calls, so it holds spare
#: references to finish its run; it reports how fast the count falls.
REFCOUNT_GUARD = (None, True, False) * 200_000


# -- capture latency ----------------------------------------------------------------


@dataclass
class Buckets:
    """Time (ns) spent in instrumented calls during one sample."""

    ns: dict[str, int] = field(default_factory=dict)

    def clear(self) -> None:
        self.ns.clear()

    def wrap(self, owner: object, name: str, label: str) -> None:
        """Replace ``owner.name`` (an instance attribute) with a timed call."""
        inner: Callable[..., Any] = getattr(owner, name)

        def timed_call(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter_ns()
            try:
                return inner(*args, **kwargs)
            finally:
                self.ns[label] = self.ns.get(label, 0) + time.perf_counter_ns() - began

        setattr(owner, name, timed_call)


#: The parts of one capture, in the order they are printed. The first three add
#: up to the total; the rest are pieces of "Enter handler" (from wrappers on the
#: window's own objects, so the real code runs, just timed).
PARTS = {
    "total": "Enter -> row shown (timed region)",
    "handler": "  Enter key handler (keyClick -> save_capture returns)",
    "events": "  processEvents() (deferred repaint of the window)",
    "repaint": "  contributions viewport repaint()",
    "person": "    session.person_named (speaker name -> participant)",
    "ops": "    ops.run (engine op + change listeners + undo push)",
    "notify": "      change listeners (MainWindow._on_change -> Console.on_change)",
    "reload": "        console.capture.model.reload",
    "summary": "        console.agenda.refresh_summary",
    "engine_in_ui": "      engine op + undo push (ops.run - listeners)",
    "speaker": "    console.capture.follow_speaker (after saving)",
    "engine": "add_contribution alone, same file size, no window",
}


@dataclass
class CaptureRun:
    samples: dict[str, list[float]]
    ticked: int
    verified: int
    errors: list[str]
    profile: pstats.Stats
    profiled: int
    none_refs_per_capture: float
    settled: float


def next_clock(path: Path) -> Callable[[], float]:
    """The wall clock, moved on past the file's last contribution if need be.

    The console lists contributions by ``created_at``; a clock behind the
    built session would make each new one land mid-list (a model reset), not
    at the top as in a live session.
    """
    with sqlite3.connect(path) as conn:
        last = float(conn.execute("SELECT max(created_at) FROM contributions").fetchone()[0])
    offset = max(0.0, last + 60 - time.time())
    return lambda: time.time() + offset


def read_back(path: Path, contribution_id: int) -> tuple[str, int, int | None] | None:
    """The row as another process would see it: a separate, read-only connection."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT text, point, participant FROM contributions WHERE id = ?", (contribution_id,)
        ).fetchone()
    finally:
        conn.close()
    return None if row is None else (str(row[0]), int(row[1]), row[2])


def measure_capture(
    base: Path, workdir: Path, samples: int, profiled: int, rng: random.Random
) -> CaptureRun:
    path = workdir / "console.breakout"
    engine_path = workdir / "engine.breakout"
    shutil.copyfile(base, path)
    shutil.copyfile(base, engine_path)
    clock = next_clock(path)
    app = make_app()
    settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
    session = Session.open(path, clock=clock)
    engine = Session(Store.open(engine_path), clock=clock)
    window = MainWindow(session, settings=settings)
    errors: list[str] = []
    window.show_error = lambda message: errors.append(message)
    try:
        window.show()
        QTest.qWaitForWindowExposed(window)
        window.activateWindow()
        assert window.console is not None  # a session is open, so its console is built
        window.console.capture.edit.setFocus()
        app.processEvents()
        # The rows below the first screenful are fitted to their text in the
        # background, in steps, once the window shows: a person looks at the
        # console for a moment before the first Enter; those steps are not
        # what a capture costs.
        settle_began = time.perf_counter()
        while not window.console.capture.rows_fitted:
            app.processEvents()
        settled = time.perf_counter() - settle_began
        point_id = session.info().current_point
        assert point_id is not None
        people = session.people.participants()
        buckets = Buckets()
        assert window.ops is not None
        buckets.wrap(window.ops, "run", "ops")
        buckets.wrap(session, "_notify", "notify")
        buckets.wrap(window.console.capture.model, "reload", "reload")
        buckets.wrap(window.console.agenda, "refresh_summary", "summary")
        buckets.wrap(window.console.capture, "follow_speaker", "speaker")
        buckets.wrap(session, "person_named", "person")
        out: dict[str, list[float]] = {name: [] for name in PARTS}
        ticked = verified = 0
        profiler = cProfile.Profile()
        total = WARMUP_SAMPLES + samples + profiled
        none_refs = 0
        for n in range(total):
            counted = WARMUP_SAMPLES <= n < WARMUP_SAMPLES + samples
            profiling = n >= WARMUP_SAMPLES + samples
            if n == WARMUP_SAMPLES:
                none_refs = sys.getrefcount(None)
            elif n == WARMUP_SAMPLES + samples:
                none_refs -= sys.getrefcount(None)
            text = filler(rng)
            person = people[n % len(people)]
            window.console.capture.speaker_box.setCurrentText(person.name)
            window.console.capture.edit.setPlainText(text)
            app.processEvents()
            ticks = window._ticks
            buckets.clear()
            if profiling:
                profiler.enable()
            began = time.perf_counter_ns()
            QTest.keyClick(window.console.capture.edit, Qt.Key.Key_Return)
            handled = time.perf_counter_ns()
            app.processEvents()
            drawn = time.perf_counter_ns()
            window.console.capture.view.viewport().repaint()
            ended = time.perf_counter_ns()
            if profiling:
                profiler.disable()
            item = window.console.capture.model.contribution_at(0)
            if item is None or item.text != text or errors:
                raise RuntimeError(f"sample {n}: row 0 is {item!r}; errors {errors}")
            if n % VERIFY_EVERY == 0 or n == total - 1:
                if read_back(path, item.id) != (text, point_id, person.id):
                    raise RuntimeError(f"sample {n}: contribution {item.id} not committed")
                verified += 1
            engine_began = time.perf_counter_ns()
            engine.capture.add_contribution(text, point_id=point_id, participant_id=person.id)
            engine_ns = time.perf_counter_ns() - engine_began
            if not counted:
                continue
            if window._ticks != ticks:
                ticked += 1
            parts = dict(buckets.ns)
            parts.update(
                total=ended - began,
                handler=handled - began,
                events=drawn - handled,
                repaint=ended - drawn,
                engine=engine_ns,
            )
            parts["engine_in_ui"] = parts.get("ops", 0) - parts.get("notify", 0)
            for name in PARTS:
                out[name].append(parts.get(name, 0) / 1e6)
        expected = len(session.capture.contributions(point_id))
        if expected != len(engine.capture.contributions(point_id)):
            raise RuntimeError("the window's file and the engine copy differ in size")
    finally:
        window.close()
        engine.close()
        app.processEvents()
    return CaptureRun(
        out,
        ticked,
        verified,
        errors,
        pstats.Stats(profiler),
        profiled,
        -none_refs / samples,
        settled,
    )


def report_capture(run: CaptureRun, contributions: int, at_point: int) -> bool:
    count = len(run.samples["total"])
    print(
        f"Capture latency, Enter -> row shown and committed: {count} samples "
        f"({WARMUP_SAMPLES} warm-up not counted); {contributions:,} contributions in the "
        f"file, {at_point:,} at the current point before the run; offscreen, synchronous=FULL"
    )
    print(
        f"  the window shown, its rows fitted to their text in the background in "
        f"{run.settled * 1000:.0f} ms before the first sample"
    )
    print(f"  {'':<58}{'median':>8}{'p90':>8}{'p99':>8}{'max':>8}   (ms)")
    for name, label in PARTS.items():
        if name == "engine":
            print("  baseline, interleaved with the samples above:")
        s = Stats.of(run.samples[name])
        print(f"  {label:<58}{s.median:>8.2f}{s.p90:>8.2f}{s.p99:>8.2f}{s.max:>8.2f}")
    print(
        f"  committed rows read back through a separate connection: {run.verified} "
        f"(every {VERIFY_EVERY}th, all matched); samples with a 1 s clock tick inside: "
        f"{run.ticked}"
    )
    total = Stats.of(run.samples["total"])
    met = total.p99 <= TARGET_CAPTURE_P99_MS
    verdict = "met" if met else "NOT met"
    print(
        f"  target p99 <= {TARGET_CAPTURE_P99_MS:g} ms: {verdict} "
        f"(p99 {total.p99:.2f} ms, median {total.median:.2f} ms)"
    )
    if sys.version_info < (3, 12):
        print(
            f"  refcount of None: {run.none_refs_per_capture:+.1f} per sample, the harness's "
            "own Qt calls included (PySide6 drops references; see REFCOUNT_GUARD)"
        )
    return met


def short_location(key: tuple[str, int, str]) -> str:
    filename, line, function = key
    if filename == "~":
        return function
    path = Path(filename)
    for root in ("breakout", "breakout_qt"):
        if root in path.parts:
            index = len(path.parts) - 1 - path.parts[::-1].index(root)
            return f"{'/'.join(path.parts[index:])}:{line} {function}"
    return f"{path.name}:{line} {function}"


def report_profile(profile: pstats.Stats, samples: int) -> None:
    """Top functions by cumulative time, per capture, from a cProfile run."""
    entries: dict[tuple[str, int, str], tuple[int, int, float, float, Any]]
    # pstats.Stats keeps its table in .stats, which typeshed does not declare.
    entries = profile.stats  # type: ignore[attr-defined]
    ours = Path(__file__).name
    rows = sorted(
        (
            (cumulative, own, calls, key)
            for key, (_, calls, own, cumulative, _) in entries.items()
            if Path(key[0]).name != ours and key[2] != "<method 'disable' of '_lsprof.Profiler'"
        ),
        reverse=True,
    )
    print(
        f"cProfile of {samples} more captures (profiler on for the timed region only; it "
        "inflates Python-heavy calls): top by cumulative time, per capture"
    )
    print(f"  {'cum ms':>8}{'own ms':>8}{'calls':>8}  function")
    for cumulative, own, calls, key in rows[:PROFILE_TOP]:
        print(
            f"  {cumulative * 1000 / samples:>8.2f}{own * 1000 / samples:>8.2f}"
            f"{calls / samples:>8.1f}  {short_location(key)}"
        )
    by_own = sorted(rows, key=lambda row: row[1], reverse=True)[:10]
    print("  top by own time, per capture:")
    for _, own, calls, key in by_own:
        print(
            f"  {'':>8}{own * 1000 / samples:>8.2f}{calls / samples:>8.1f}  {short_location(key)}"
        )


# -- launch to first frame ----------------------------------------------------------

#: Shared by both children: marks on the system-wide monotonic clock, and a
#: watch on the main window for its first ``Paint`` event. A zero-timer set
#: from there fires once the whole first frame is painted and flushed.
CHILD_PRELUDE = """\
import time
MARKS = {"start": time.monotonic_ns()}
import json
import sys

KEEP = []


def watch_first_frame(window):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstFrame(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and "paint" not in MARKS:
                MARKS["paint"] = time.monotonic_ns()
                QTimer.singleShot(0, self.done)
            return False

        def done(self):
            MARKS["frame"] = time.monotonic_ns()
            report = {
                "marks": MARKS,
                "platform": QApplication.platformName(),
                "modules": {name: name in sys.modules for name in HEAVY},
                "module_count": len(sys.modules),
            }
            print("BENCH " + json.dumps(report), flush=True)
            window.close()
            QApplication.quit()

    watcher = FirstFrame()
    KEEP.append(watcher)
    window.installEventFilter(watcher)

"""

BARE_CHILD = """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
MARKS["app"] = time.monotonic_ns()
window = QMainWindow()
window.setWindowTitle("Bare")
window.setCentralWidget(QLabel("A bare PySide6 window"))
window.resize(1366, 768)
MARKS["window"] = time.monotonic_ns()
watch_first_frame(window)
window.show()
sys.exit(app.exec())
"""

#: ``breakout open SESSION``: ``breakout_qt.launch.main`` as the console script calls it.
#: ``breakout_qt.app`` is imported first only to wrap two of its names; ``run`` looks
#: them up when it is called, so it runs unchanged.
BREAKOUT_CHILD = """
import breakout_qt.app

_make_app = breakout_qt.app.make_app
_MainWindow = breakout_qt.app.MainWindow


def make_app():
    app = _make_app()
    MARKS["app"] = time.monotonic_ns()
    return app


def MainWindow(*args, **kwargs):
    window = _MainWindow(*args, **kwargs)
    MARKS["window"] = time.monotonic_ns()
    watch_first_frame(window)
    return window


breakout_qt.app.make_app = make_app
breakout_qt.app.MainWindow = MainWindow

from breakout_qt.launch import main

sys.exit(main(["open", sys.argv[1]]))
"""

KINDS = ("bare", "breakout")


def child_code(kind: str) -> str:
    heavy = f"HEAVY = {HEAVY_MODULES!r}\n"
    return CHILD_PRELUDE + heavy + (BARE_CHILD if kind == "bare" else BREAKOUT_CHILD)


@dataclass(frozen=True)
class Display:
    name: str
    env: dict[str, str]


@dataclass
class Launch:
    spawn_to_frame: float
    parts: dict[str, float]
    modules: dict[str, bool]
    module_count: int
    platform: str


@contextmanager
def xvfb() -> Iterator[str | None]:
    """Start an X server for the run (the display name), or None without Xvfb."""
    binary = shutil.which("Xvfb")
    if binary is None:
        yield None
        return
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [binary, "-displayfd", str(write_end), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb") as reader:
            number = reader.readline().strip().decode()
        yield f":{number}" if number.isdigit() else None
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def child_env(workdir: Path, platform_name: str, display: str | None) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    env["QT_QPA_PLATFORM"] = platform_name
    if display is not None:
        env["DISPLAY"] = display
    # The app remembers recent files in QSettings: keep that out of the user's config.
    env["XDG_CONFIG_HOME"] = str(workdir / "config")
    # Start as an installed app does, with compiled bytecode to hand: the warm-up
    # runs write it here (the working tree's own __pycache__ is left alone; a
    # PYTHONDONTWRITEBYTECODE in the environment would have every run compile
    # the project's sources afresh).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    return env


def launch_once(kind: str, display: Display, session: Path, workdir: Path) -> Launch:
    command = [sys.executable, "-c", child_code(kind), str(session)]
    spawned = time.monotonic_ns()
    done = subprocess.run(
        command,
        env=display.env,
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("BENCH ")), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError(
            f"{kind} on {display.name}: exit {done.returncode}, no first frame\n{done.stderr}"
        )
    report = json.loads(line.removeprefix("BENCH "))
    marks = report["marks"]
    order = ["start", "app", "window", "paint", "frame"]
    stamps = [spawned] + [int(marks[name]) for name in order]
    parts = {name: (b - a) / 1e6 for name, a, b in zip(order, stamps, stamps[1:], strict=False)}
    return Launch(
        (stamps[-1] - spawned) / 1e6,
        parts,
        report["modules"],
        int(report["module_count"]),
        str(report["platform"]),
    )


#: What each launch mark measures, ending at it.
LAUNCH_PARTS = {
    "start": "interpreter start-up (spawn -> first line)",
    "app": "imports + QApplication",
    "window": "open session + build window (bare: build window)",
    "paint": "show -> first Paint event",
    "frame": "first frame painted and flushed",
}


def measure_launch(
    session: Path, workdir: Path, runs: int, displays: Sequence[Display]
) -> dict[tuple[str, str], list[Launch]]:
    results: dict[tuple[str, str], list[Launch]] = {
        (d.name, kind): [] for d in displays for kind in KINDS
    }
    for run in range(-1, runs):  # run -1: warm-up, not counted
        order = list(KINDS) if run % 2 == 0 else list(KINDS)[::-1]
        for display in displays if run % 2 == 0 else list(displays)[::-1]:
            for kind in order:
                launch = launch_once(kind, display, session, workdir)
                if run >= 0:
                    results[(display.name, kind)].append(launch)
    return results


def report_launch(
    results: dict[tuple[str, str], list[Launch]], displays: Sequence[Display]
) -> bool:
    runs = len(next(iter(results.values())))
    print(
        f"Launch to first painted frame: {runs} runs each, interleaved (order alternating), "
        "after one warm-up run each; fresh processes, spawn -> frame on time.monotonic_ns(); "
        "bytecode cached (written by the warm-up runs)"
    )
    met = True
    for display in displays:
        bare = [x.spawn_to_frame for x in results[(display.name, "bare")]]
        ours = [x.spawn_to_frame for x in results[(display.name, "breakout")]]
        platform_name = results[(display.name, "breakout")][0].platform
        print(f"  {display.name} (Qt platform '{platform_name}'):")
        print(f"    {'':<50}{'bare':>9}{'Breakout':>10}   (median ms)")
        for name, label in LAUNCH_PARTS.items():
            b = statistics.median(x.parts[name] for x in results[(display.name, "bare")])
            o = statistics.median(x.parts[name] for x in results[(display.name, "breakout")])
            print(f"    {label:<50}{b:>9.0f}{o:>10.0f}")
        b, o = statistics.median(bare), statistics.median(ours)
        print(f"    {'spawn -> first frame':<50}{b:>9.0f}{o:>10.0f}")
        print(
            f"    {'  min / max':<50}{min(bare):>5.0f}/{max(bare):<4.0f}"
            f"{min(ours):>5.0f}/{max(ours):<4.0f}"
        )
        ratio = o / b
        ok = ratio <= TARGET_LAUNCH_RATIO
        met = met and ok
        print(
            f"    ratio Breakout/bare {ratio:.2f}x (+{o - b:.0f} ms); target <= "
            f"{TARGET_LAUNCH_RATIO:g}x: {'met' if ok else 'NOT met'}"
        )
    first = results[(displays[0].name, "breakout")][0]
    loaded = ", ".join(f"{name} {'yes' if v else 'no'}" for name, v in first.modules.items())
    print(
        f"  in sys.modules once Breakout's window is shown: {loaded} "
        f"({first.module_count} modules; bare window: "
        f"{results[(displays[0].name, 'bare')][0].module_count})"
    )
    return met


def import_times(session: Path, workdir: Path, display: Display) -> list[tuple[int, int, str]]:
    """``-X importtime`` for the Breakout child: (cumulative us, self us, module)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", child_code("breakout"), str(session)],
        env=display.env,
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=True,
    )
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        own, cumulative, name = (part.strip() for part in line.split(":", 1)[1].split("|"))
        if own.isdigit() and cumulative.isdigit():
            rows.append((int(cumulative), int(own), name))
    return rows


def report_imports(rows: list[tuple[int, int, str]]) -> None:
    total = sum(own for _, own, _ in rows)
    print(
        f"python -X importtime, Breakout child (offscreen): {len(rows)} modules, "
        f"{total / 1000:.0f} ms of imports in all; top {IMPORTS_TOP} by cumulative time"
    )
    print(f"  {'cum ms':>8}{'self ms':>9}  module")
    for cumulative, own, name in sorted(rows, reverse=True)[:IMPORTS_TOP]:
        print(f"  {cumulative / 1000:>8.1f}{own / 1000:>9.1f}  {name}")
    names = {name for _, _, name in rows}
    present = [m for m in HEAVY_MODULES if m in names]
    print(f"  of {', '.join(HEAVY_MODULES)}, imported at start-up: {', '.join(present) or 'none'}")


# -- environment and main -----------------------------------------------------------


def environment(workdir: Path) -> str:
    return (
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__} (Qt {qVersion()}), "
        f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs, "
        f"{platform.system()} {platform.release()}, temp dir {workdir} on "
        f"{filesystem_of(workdir)}"
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--samples", type=int, metavar="N", help="captures timed (300)")
    parser.add_argument("--runs", type=int, metavar="N", help="launches of each kind (10)")
    parser.add_argument(
        "--contributions", type=int, metavar="N", help="contributions in the session (10000)"
    )
    parser.add_argument(
        "--quick", action="store_true", help="a small smoke run (30 samples, 2 runs)"
    )
    parser.add_argument(
        "--profile", action="store_true", help="profile the captures even if the target is met"
    )
    parser.add_argument(
        "--dir", type=Path, help="make the temporary folder here (default: the system temp folder)"
    )
    args = parser.parse_args(argv)
    if args.samples is None:
        args.samples = 30 if args.quick else 300
    if args.runs is None:
        args.runs = 2 if args.quick else 10
    if args.contributions is None:
        args.contributions = 10_000
    if args.samples < 2 or args.runs < 1 or args.contributions < 6:
        parser.error("need --samples >= 2, --runs >= 1 and --contributions >= 6")
    return args


def quiet_qt(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if not message.startswith(QUIET_QT):
        print(message, file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    qInstallMessageHandler(quiet_qt)
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory(prefix="breakout-bench-", dir=args.dir) as tmp:
        workdir = Path(tmp)
        print(environment(workdir))
        base = workdir / "base.breakout"
        began = time.perf_counter()
        build_session(base, args.contributions, rng)
        print(f"session: {describe_session(base)}; built in {time.perf_counter() - began:.1f} s")
        with Session.open(base, readonly=True) as probe:
            current = probe.info().current_point
            at_point = len(probe.capture.contributions(current))
        print()
        profiled = max(2, min(PROFILE_SAMPLES, args.samples))
        capture = measure_capture(base, workdir, args.samples, profiled, rng)
        met = report_capture(capture, args.contributions, at_point)
        if args.profile or not met:
            print()
            report_profile(capture.profile, capture.profiled)
        print()

        demo = workdir / "demo.breakout"
        build_demo(demo).close()
        with xvfb() as x_display:
            displays = [
                Display("offscreen", child_env(workdir, "offscreen", None)),
            ]
            if x_display is not None:
                displays.append(Display(f"Xvfb {x_display}", child_env(workdir, "xcb", x_display)))
            else:
                print("(Xvfb not found: the X11 measurement is skipped)")
            results = measure_launch(demo, workdir, args.runs, displays)
        report_launch(results, displays)
        print()
        report_imports(import_times(demo, workdir, displays[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
