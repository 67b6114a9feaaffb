"""Kill the running app during capture: what it showed as saved is in the file,
and the point's clock resumes when the file is opened again."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from breakout.clock import read_clock
from breakout.session import Session

pytestmark = [pytest.mark.gui, pytest.mark.slow]

APP = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from breakout.session import Session
    from breakout_qt.app import make_app
    from breakout_qt.main_window import MainWindow

    path, run, settings = sys.argv[1], sys.argv[2], sys.argv[3]
    app = make_app()
    ini = QSettings(settings, QSettings.Format.IniFormat)
    window = MainWindow(Session.open(path), settings=ini)
    window.show_error = lambda message: print("ERROR", message, flush=True)
    window.show()
    count = 0

    def capture():
        global count
        count += 1
        text = f"run {run} contribution {count}"
        window.console.capture.focus()
        window.console.capture.edit.setPlainText(text)
        QTest.keyClick(window.console.capture.edit, Qt.Key.Key_Return)
        shown = window.console.capture.model.data(window.console.capture.model.index(0, 3))
        if shown == text and window.console.capture.status.text().startswith("Saved"):
            print(text, flush=True)  # the user now sees it as saved
        QTimer.singleShot(0, capture)

    QTimer.singleShot(0, capture)
    app.exec()
    """
)


def test_killing_the_app_loses_nothing_shown_as_saved(tmp_path: Path) -> None:
    path = tmp_path / "live.breakout"
    with Session.create(path) as session:
        point = session.agenda.add_point("What must not be lost?", minutes=10).result
        session.people.add_participant("Ana Lima", present=True)
        session.agenda.start_point(point)
    started = time.time()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    rng = random.Random(7)
    shown: list[str] = []
    for run in range(8):
        with subprocess.Popen(
            [sys.executable, "-c", APP, str(path), str(run), str(tmp_path / "s.ini")],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        ) as app:
            assert app.stdout is not None
            first = app.stdout.readline().strip()
            assert first.startswith(f"run {run} "), first
            time.sleep(rng.uniform(0.05, 0.4))
            app.send_signal(signal.SIGKILL)
            rest, _ = app.communicate()
            shown += [first, *[line for line in rest.splitlines() if line.strip()]]
    assert not [line for line in shown if line.startswith("ERROR")]
    with Session.open(path) as again:
        stored = {c.text for c in again.capture.contributions()}
        assert len(shown) > 8  # the app really captured between kills
        assert set(shown) <= stored
        # The clock kept running through the kills: it resumes, counting from the start.
        assert again.agenda.running_point() == point
        reading = read_clock(again.agenda.point_runs(point), 10, time.time())
        assert reading.running
        assert reading.elapsed >= time.time() - started - 1
