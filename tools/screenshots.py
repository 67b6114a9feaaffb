"""Take the README's screenshots: the console and the shared screen, live.

Run under a real (virtual) display, e.g.::

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py 1366x768

It builds the demo session in a temporary folder, resumes point 3 with three
people waiting to speak, and saves PNGs of the windows into ``docs/``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from breakout.demo import build_demo
from breakout.session import Session
from breakout_qt.app import make_app
from breakout_qt.main_window import MainWindow
from breakout_qt.shared_screen import SharedScreen

DOCS = Path(__file__).resolve().parents[1] / "docs"


def live_demo(folder: Path) -> Session:
    """The demo, reopened in the middle of point 3 with a queue."""
    build_demo(folder / "demo.breakout").close()
    session = Session.open(folder / "demo.breakout")
    point = session.agenda.points()[2]
    session.agenda.start_point(point.id)
    names = {p.name: p.id for p in session.people.participants()}
    for name in list(names)[3:6]:
        session.queue.request_turn(names[name], point.id)
    session.queue.call_next(point.id)
    return session


def main() -> int:
    size = sys.argv[1] if len(sys.argv) > 1 else "1366x768"
    extra = sys.argv[2] if len(sys.argv) > 2 else ""
    width, height = (int(v) for v in size.split("x"))
    app = make_app()
    folder = Path(tempfile.mkdtemp())
    session = live_demo(folder)
    if extra == "chatham":
        session.update_session(chatham_house=True)
    ini = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, settings=ini)
    window.resize(width, height)
    window.show()

    def shoot() -> None:
        suffix = f"-{extra}" if extra else ""
        window.grab().save(str(DOCS / f"console-{size}{suffix}.png"))
        window.show_page(1)
        QTimer.singleShot(600, lambda: board(suffix))

    def board(suffix: str) -> None:
        tree = window.ensure_board().tree
        tree.setCurrentIndex(tree.model().index(1, 0))
        window.grab().save(str(DOCS / f"board-{size}{suffix}.png"))
        window.show_page(0)
        window.toggle_shared_screen()
        screen = window.shared_screen
        assert screen is not None, "F5 opens the shared screen"
        screen.showNormal()
        screen.resize(width, height)
        if extra == "light":
            screen.set_scheme("light")
        QTimer.singleShot(600, lambda: finish(screen, suffix))

    def finish(screen: SharedScreen, suffix: str) -> None:
        screen.grab().save(str(DOCS / f"shared-screen-{size}{suffix}.png"))
        window.close()
        shutil.rmtree(folder, ignore_errors=True)
        app.quit()

    QTimer.singleShot(1200, shoot)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
