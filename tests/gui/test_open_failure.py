"""``breakout open`` on a file that will not open, started from the desktop: the dialog
is all a person sees, so it must come up, say why, and leave no lock behind."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from breakout.session import Session
from breakout_qt import app, launch
from tests.helpers import files_in

pytestmark = pytest.mark.gui


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The messages of the error dialogs shown, as on a desktop (not offscreen)."""
    shown: list[str] = []

    def critical(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(app, "can_show_dialogs", lambda: True)
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))

    def run_window(*args: Any) -> int:
        pytest.fail(f"the app opened, with these dialogs: {shown}")

    monkeypatch.setattr(QApplication, "exec", run_window)
    return shown


def _session(folder: Path) -> Path:
    path = folder / "régie.breakout"
    with Session.create(path, title="Qui entretient les robinets ?") as session:
        point = session.agenda.add_point(
            "Comment les comités d'usagers pèsent-ils sur les tarifs ?"
        )
        session.people.add_participant("Zainab Al-Khatib")
        session.capture.add_contribution("يجب نشر جدول التقنين قبل أسبوع", point_id=point.result)
    return path


def _no_text(path: Path) -> None:
    """A contribution with no text, as a damaged page holds it (the schema forbids it)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    query = "SELECT sql FROM sqlite_master WHERE name = 'contributions'"
    (schema,) = conn.execute(query).fetchone()
    loose = schema.replace("NOT NULL CHECK (length(trim(text)) > 0)", "")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'contributions'", (loose,))
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE contributions SET text = NULL")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'contributions'", (schema,))
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (_no_text, "is damaged and cannot be read (NULL value in contributions.text)"),
        (lambda p: p.write_bytes(p.read_bytes()[:8192]), "cannot be opened"),
        (lambda p: p.write_bytes(b"notes, not a session\n" * 10), "not a Breakout session"),
    ],
    ids=["a contribution with no text", "cut off", "not a session"],
)
@pytest.mark.usefixtures("qapp")  # a QApplication for the dialog
def test_a_file_that_will_not_open_shows_why_in_a_dialog(
    tmp_path: Path, dialogs: list[str], damage: Any, said: str
) -> None:
    path = _session(tmp_path)
    damage(path)
    before = files_in(tmp_path)
    assert launch.main(["open", str(path)]) == 1
    assert len(dialogs) == 1 and said in dialogs[0], dialogs
    assert "régie.breakout" in dialogs[0]
    after = files_in(tmp_path)
    assert {name: after[name] for name in before} == before
    assert not any(name.endswith(".lock") for name in after)  # no stale lock
    # (the log SQLite opened goes when the connection is collected: see
    # tests/unit/test_damaged_files.py for the store's part)


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (_no_text, "is damaged and cannot be read (NULL value in contributions.text)"),
        (lambda p: p.write_bytes(p.read_bytes()[:8192]), "cannot be opened"),
    ],
    ids=["a contribution with no text", "cut off"],
)
def test_file_open_in_the_app_says_why_a_file_will_not_open(
    qtbot: Any, tmp_path: Path, damage: Any, said: str
) -> None:
    from PySide6.QtCore import QSettings

    from breakout_qt.main_window import MainWindow

    path = _session(tmp_path)
    damage(path)
    settings = QSettings(str(tmp_path.parent / f"{tmp_path.name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(None, settings=settings)
    qtbot.addWidget(window)
    errors: list[str] = []
    window.show_error = lambda message: errors.append(message)
    window.ask_file_to_open = lambda title, filters: path
    window.ask_open()
    assert window.session is None
    assert len(errors) == 1 and said in errors[0], errors
    assert not any(p.name.endswith(".lock") for p in tmp_path.iterdir())
