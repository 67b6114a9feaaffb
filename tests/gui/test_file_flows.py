"""File ▸ New from Briefing, Save a Copy and Export, as a facilitator goes through them.

The file chooser is the window's ``ask_file_to_save`` (the export dialog asks
through it too); the tests answer it, and check what it proposed.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from breakout.briefing import Briefing, parse_briefing
from breakout.errors import BreakoutError
from breakout.roster import parse_roster
from breakout.session import Session
from breakout_qt.export_dialog import ExportDialog
from breakout_qt.file_names import safe_name
from breakout_qt.main_window import MainWindow
from tests.helpers import FakeClock, need_poppler
from tests.unit.test_report_headings import BRIEFING, LONG, ROSTER, contribute

pytestmark = pytest.mark.gui

TITLE = "Recrutement équitable — التوظيف العادل — 公平招聘"


def made_from_briefing(path: Path) -> Session:
    clock = FakeClock()
    session = Session.create(path, clock=clock)
    session.import_briefing(parse_briefing(BRIEFING))
    session.people.import_roster(parse_roster(ROSTER.encode("utf-8")))
    contribute(session, clock)
    return session


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    folder = tmp_path / "Sessions 2027"
    folder.mkdir()
    with made_from_briefing(folder / "Genève mars.breakout") as session:
        yield session


class Asked:
    """Answers the file chooser and remembers what it was asked."""

    def __init__(self, answer: Path | None = None) -> None:
        self.answer = answer
        self.calls: list[tuple[str, str, Path | None]] = []

    def __call__(self, title: str, filters: str, proposed: Path | None = None) -> Path | None:
        self.calls.append((title, filters, proposed))
        return self.answer if self.answer is not None else proposed


@pytest.fixture
def window(qtbot: QtBot, session: Session, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(session, settings=settings)
    win.show_error = lambda message: pytest.fail(f"unexpected error: {message}")
    qtbot.addWidget(win)
    yield win
    win.close()


def exporting(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, run: bool) -> list[ExportDialog]:
    """Stand in for the modal dialog's event loop: keep the dialog, maybe export."""
    shown: list[ExportDialog] = []

    def exec_(dialog: ExportDialog) -> int:
        shown.append(dialog)
        qtbot.addWidget(dialog)
        if run:
            dialog.open_file = lambda path: True
            dialog.start()
            qtbot.waitUntil(lambda: dialog.worker is None, timeout=60_000)
        return 1

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    return shown


# -- export --------------------------------------------------------------------------------


def test_export_proposes_the_session_folder_and_a_name(
    qtbot: QtBot, window: MainWindow, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = session.path.resolve().parent
    shown = exporting(qtbot, monkeypatch, run=False)
    asked = Asked()
    window.ask_file_to_save = asked
    window.ask_export()
    (dialog,) = shown
    assert dialog.target() == folder / "Genève mars report.pdf"
    dialog.anonymous.setChecked(True)
    assert dialog.target() == folder / "Genève mars report (anonymous).pdf"
    dialog.format_buttons["markdown"].setChecked(True)
    assert dialog.target() == folder / "Genève mars report (anonymous).md"
    dialog.format_buttons["csv"].setChecked(True)
    assert dialog.target() == folder / "Genève mars CSV (anonymous)"
    assert not dialog.sections_box.isEnabled()  # CSV holds everything
    dialog.format_buttons["json"].setChecked(True)
    assert dialog.target() == folder / "Genève mars (anonymous).json"
    # "Change…" opens the chooser at that place; what is chosen there is kept
    elsewhere = folder.parent / "Pour la plénière"
    elsewhere.mkdir()
    asked.answer = elsewhere / "Synthèse"
    dialog.change_button.click()
    assert asked.calls[-1][2] == folder / "Genève mars (anonymous).json"
    assert "*.json" in asked.calls[-1][1]
    assert dialog.target() == elsewhere / "Synthèse.json"
    dialog.format_buttons["pdf"].setChecked(True)
    assert dialog.target() == elsewhere / "Synthèse.pdf"


def test_an_export_over_an_earlier_one_says_it_replaces_it(qtbot: QtBot, session: Session) -> None:
    earlier = session.path.resolve().parent / "Genève mars report.pdf"
    earlier.write_bytes(b"%PDF-1.4 an earlier report")
    dialog = ExportDialog(None, session)
    qtbot.addWidget(dialog)
    assert dialog.target() == earlier
    assert dialog.status.text() == "Genève mars report.pdf exists; exporting replaces it."


def pdf_text(path: Path) -> str:
    need_poppler()
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    assert out.returncode == 0, "pdftotext failed: install the Debian package poppler-utils"
    return " ".join(unicodedata.normalize("NFKC", out.stdout).split())


@pytest.mark.parametrize("fmt", ["pdf", "markdown", "csv", "json"])
def test_every_format_is_offered_and_written(
    qtbot: QtBot, window: MainWindow, session: Session, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    folder = session.path.resolve().parent
    before = session.path.read_bytes()
    shown: list[ExportDialog] = []

    def exec_(dialog: ExportDialog) -> int:
        shown.append(dialog)
        qtbot.addWidget(dialog)
        dialog.format_buttons[fmt].setChecked(True)
        dialog.open_file = lambda path: True
        dialog.start()
        qtbot.waitUntil(lambda: dialog.worker is None, timeout=60_000)
        return 1

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    window.ask_file_to_save = lambda *_: pytest.fail("the proposed place will do")
    window.ask_export()
    (dialog,) = shown
    written = dialog.written
    assert written is not None, dialog.status.text()
    assert window.statusBar().currentMessage() == f"Exported: {written}"
    assert written.parent == folder
    if fmt == "pdf":
        assert written.name == "Genève mars report.pdf"
        text = pdf_text(written)
        assert "Discussion by point" in text and "Ngozi Okonkwo" in text
        assert " ".join(LONG.split()[:12]) in text
    elif fmt == "markdown":
        assert written.name == "Genève mars report.md"
        text = written.read_text("utf-8")
        assert text.startswith(f"# {TITLE}")
        assert LONG in text
    elif fmt == "csv":
        assert written.name == "Genève mars CSV" and written.is_dir()
        names = sorted(p.name for p in written.iterdir())
        assert names == ["contributions.csv", "participants.csv", "recommendations.csv"]
        rows = list(csv.reader(io.StringIO((written / "contributions.csv").read_text("utf-8-sig"))))
        assert any(LONG in row for row in rows)
    else:
        assert written.name == "Genève mars.json"
        doc = json.loads(written.read_text("utf-8"))
        assert doc["format"] == "breakout-session"
        assert [p["text"] for p in doc["points"]][2] == LONG
    assert session.path.read_bytes() == before, "exporting never changes the session"


def test_anonymous_json_from_the_dialog_names_no_one(qtbot: QtBot, session: Session) -> None:
    dialog = ExportDialog(None, session)
    qtbot.addWidget(dialog)
    dialog.format_buttons["json"].setChecked(True)
    dialog.anonymous.setChecked(True)
    dialog.open_file = lambda path: True
    dialog.start()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    assert dialog.written is not None
    assert dialog.written.name == "Genève mars (anonymous).json"
    text = dialog.written.read_text("utf-8")
    assert json.loads(text)["anonymous"] is True
    for person in session.people.participants():
        assert person.name not in text


def test_without_a_pdf_viewer_the_dialog_says_where_the_file_is(
    qtbot: QtBot, session: Session
) -> None:
    dialog = ExportDialog(None, session)
    qtbot.addWidget(dialog)
    dialog.show()
    tried: list[Path] = []

    def no_viewer(path: Path) -> bool:
        tried.append(path)
        return False

    dialog.open_file = no_viewer
    dialog.start()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    target = session.path.resolve().parent / "Genève mars report.pdf"
    assert tried == [target] and target.read_bytes().startswith(b"%PDF")
    assert dialog.isVisible(), "the dialog stays open to say where the file is"
    assert str(target) in dialog.status.text()
    assert "No program to open it was found" in dialog.status.text()
    assert dialog.export_button.text() == "Close"
    dialog.export_button.click()
    assert not dialog.isVisible()
    assert dialog.result() == ExportDialog.DialogCode.Accepted


# -- new from briefing, save a copy ----------------------------------------------------------


def test_new_from_briefing_proposes_a_name_from_its_title(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "Briefings"
    folder.mkdir()
    briefing = folder / "briefing v3 FINAL.txt"
    briefing.write_text(BRIEFING, encoding="utf-8")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(None, settings=settings)
    qtbot.addWidget(win)
    win.show_error = lambda message: pytest.fail(f"unexpected error: {message}")
    win.ask_file_to_open = lambda title, filters: briefing
    asked = Asked()
    win.ask_file_to_save = asked
    win.ask_new_from_briefing()
    first = folder / f"{TITLE}.breakout"
    assert asked.calls[-1][2] == first
    assert win.session is not None and win.session.path == first
    assert len(win.session.agenda.points()) == 8
    # a second session from the same briefing does not propose the first one's name
    win.ask_new_from_briefing()
    assert asked.calls[-1][2] == folder / f"{TITLE} 2.breakout"
    assert win.session is not None and win.session.path == folder / f"{TITLE} 2.breakout"
    win.session.close()


def test_a_new_session_that_fails_midway_leaves_no_file_and_no_lock(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Briefings"
    folder.mkdir()
    briefing = folder / "briefing.txt"
    briefing.write_text(BRIEFING, encoding="utf-8")
    real_import = Session.import_briefing

    def fails_after_the_points(self: Session, parsed: Briefing) -> object:
        real_import(self, parsed)  # the agenda is in the new file when it fails
        raise BreakoutError("the disk holding the new session is full; nothing was saved")

    monkeypatch.setattr(Session, "import_briefing", fails_after_the_points)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(None, settings=settings)
    qtbot.addWidget(win)
    errors: list[str] = []
    win.show_error = lambda message: errors.append(message)
    win.ask_file_to_open = lambda title, filters: briefing
    win.ask_file_to_save = Asked(folder / "forum")
    win.ask_new_from_briefing()
    assert errors == ["the disk holding the new session is full; nothing was saved"]
    assert win.session is None
    assert sorted(p.name for p in folder.iterdir()) == ["briefing.txt"]  # no file, lock, folder


def test_save_a_copy_proposes_a_name_and_says_where_it_went(
    window: MainWindow, session: Session
) -> None:
    asked = Asked()
    window.ask_file_to_save = asked
    window.ask_save_copy()
    copy = session.path.resolve().parent / "Genève mars copy.breakout"
    assert asked.calls[-1][2] == copy
    with Session.open(copy, readonly=True) as saved:
        assert [p.text for p in saved.agenda.points()] == [p.text for p in session.agenda.points()]
    message = window.statusBar().currentMessage()
    assert message == f"Copy saved as {copy}; you are still working in Genève mars.breakout"
    assert window.session is session
    # the next copy gets a name of its own
    window.ask_save_copy()
    assert asked.calls[-1][2] == copy.with_name("Genève mars copy 2.breakout")


def test_names_made_from_titles_are_safe_for_every_file_system() -> None:
    assert safe_name('Eau / énergie : "quels choix ?"') == "Eau énergie quels choix"
    assert safe_name("   ") == "Session"
    long = safe_name("Un titre " * 20)
    assert len(long) <= 80 and not long.endswith(" ") and long.startswith("Un titre Un")
    assert safe_name("公平招聘") == "公平招聘"
