"""The export dialog's notes checkbox: notes only when asked, only named, names withheld."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from breakout.demo import build_demo
from breakout.session import Session
from breakout_qt.export_dialog import ExportDialog
from tests.helpers import need_poppler

pytestmark = pytest.mark.gui
NOTE = "Ask Ignored Person first; keep the timer visible."


def _session(path: Path) -> Session:
    session = build_demo(path)
    unnamed = session.people.add_participant("Ignored Person", may_be_named=False).result
    assert not session.participant(unnamed).may_be_named
    session.agenda.edit_point(session.agenda.points()[0].id, notes=NOTE)
    return session


def _export(qtbot: QtBot, session: Session, target: Path, *, notes: bool) -> str:
    dialog = ExportDialog(None, session, target)
    qtbot.addWidget(dialog)
    dialog.open_file = lambda path: False
    for name, box in dialog.section_boxes.items():
        box.setChecked(name == "points")
    assert not dialog.include_notes.isChecked()  # never by default
    dialog.include_notes.setChecked(notes)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    need_poppler()
    out = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True)
    return " ".join(out.stdout.split())


def test_notes_go_in_only_when_ticked_and_without_unconsented_names(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = _session(tmp_path / "demo.breakout")
    without = _export(qtbot, session, tmp_path / "plain.pdf", notes=False)
    assert "keep the timer visible" not in without
    with_notes = _export(qtbot, session, tmp_path / "notes.pdf", notes=True)
    assert "Ask [name withheld] first; keep the timer visible." in with_notes
    assert "Ignored" not in with_notes
    session.close()


def test_the_notes_box_is_off_for_anonymous_and_chatham_house_reports(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = _session(tmp_path / "demo.breakout")
    dialog = ExportDialog(None, session, tmp_path / "r.pdf")
    qtbot.addWidget(dialog)
    assert dialog.include_notes.isEnabled()
    dialog.anonymous.setChecked(True)
    assert not dialog.include_notes.isEnabled()
    dialog.named.setChecked(True)
    assert dialog.include_notes.isEnabled()
    session.update_session(chatham_house=True)
    chatham = ExportDialog(None, session, tmp_path / "r.pdf")
    qtbot.addWidget(chatham)
    assert not chatham.include_notes.isEnabled()
    session.close()
