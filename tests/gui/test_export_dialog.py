"""File ▸ Export report…: a PDF written off the GUI thread, or one clear reason why not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from breakout.demo import build_demo
from breakout_qt.export_dialog import ExportDialog

pytestmark = pytest.mark.gui


def test_export_writes_the_pdf_and_names_nobody_when_anonymous(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = build_demo(tmp_path / "demo.breakout")
    target = tmp_path / "report.pdf"
    dialog = ExportDialog(None, session, target)
    qtbot.addWidget(dialog)
    opened: list[Path] = []

    def open_file(path: Path) -> bool:
        opened.append(path)
        return False  # (as the double always answered: no viewer opened it)

    dialog.open_file = open_file
    dialog.anonymous.setChecked(True)
    dialog.section_boxes["appendix"].setChecked(False)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert opened == [target]
    # the PDF and nothing else (no temporary file left beside it)
    assert sorted(p.name for p in tmp_path.iterdir() if "breakout" not in p.name) == ["report.pdf"]
    session.close()


def test_a_failed_export_says_why_and_leaves_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    session = build_demo(tmp_path / "demo.breakout")
    target = tmp_path / "no such folder" / "report.pdf"
    dialog = ExportDialog(None, session, target)
    qtbot.addWidget(dialog)
    dialog.open_file = lambda path: pytest.fail("nothing should open")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.worker is None and dialog.status.text() != "", timeout=60_000)
    assert "does not exist" in dialog.status.text() or "folder" in dialog.status.text()
    assert dialog.written is None
    assert not target.parent.exists()
    session.close()


def test_chatham_house_forces_anonymous(qtbot: QtBot, tmp_path: Path) -> None:
    session = build_demo(tmp_path / "demo.breakout")
    session.update_session(chatham_house=True)
    dialog = ExportDialog(None, session, tmp_path / "r.pdf")
    qtbot.addWidget(dialog)
    assert dialog.anonymous.isChecked() and not dialog.named.isEnabled()
    session.close()


def test_a_crash_while_laying_out_is_shown_and_the_dialog_is_ready_again(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from breakout.report import pdf
    from tests.gui.test_file_flows import made_from_briefing

    def crash(content: object, *, progress: Any = None, **_: object) -> bytes:
        progress(98, 100)  # nearly done, as when a heading broke over a page
        raise ValueError("format not resolved for 's11'")

    monkeypatch.setattr(pdf, "render_pdf", crash)
    session = made_from_briefing(tmp_path / "s.breakout")
    target = tmp_path / "report.pdf"
    dialog = ExportDialog(None, session, target)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file = lambda path: pytest.fail("nothing should open")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    dialog.start()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60_000)
    message = dialog.status.text()
    assert message.startswith("The export failed (ValueError: format not resolved"), message
    assert "no file was written" in message
    assert dialog.progress.value() == 0  # not left at 98 %
    assert ok.isEnabled() and dialog.isVisible()  # ready to try again, or to cancel
    assert dialog.written is None and not target.exists()
    assert [p.name for p in tmp_path.iterdir() if "report" in p.name] == []
    session.close()


def test_word_is_a_format_beside_pdf_and_writes_the_report_named_or_anonymous(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from docx import Document
    from PySide6.QtCore import Qt

    from tests.gui.real_session import LONG_POINT, make_session
    from tests.gui.test_mnemonics import alt, open_dialog
    from tests.unit.report.docxtext import docx_text
    from tests.unit.report.test_docx import styled

    session = make_session(tmp_path)
    people = {p.name: p.id for p in session.people.participants()}
    points = session.agenda.points()
    session.agenda.start_point(points[1].id)
    for who, text in (
        ("عبد الرحمن الفاسي", "يجب نشر خرائط المخاطر بالعربية قبل الشتاء."),
        ("王秀英", "居民应参与绘制风险地图。"),
        ("Tomás Ibarra Echeverría", "Les comités de vivienda doivent être consultés."),
    ):
        session.capture.add_contribution(text, participant_id=people[who], kind="proposal")
    dialog = open_dialog(qtbot, ExportDialog(None, session))
    opened: list[Path] = []

    def open_file(path: Path) -> bool:
        opened.append(path)
        return True

    dialog.open_file = open_file
    assert list(dialog.format_buttons)[:2] == ["pdf", "docx"]
    alt(qtbot, dialog, "W")  # "&Word document (.docx)" (clicked as by a hand: after a moment)
    qtbot.waitUntil(lambda: dialog.chosen_format() == "docx")
    assert dialog.sections_box.isEnabled()
    assert dialog.target() == tmp_path / "forum report.docx"
    for anonymous in (False, True):
        dialog.written = None
        dialog.anonymous.setChecked(anonymous)
        target = dialog.target()
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
        assert opened[-1] == target
        point = f"2. {' '.join(LONG_POINT.split())}"
        assert point in styled(target, "Heading 2")
        text = docx_text(target)
        assert "يجب نشر خرائط المخاطر" in text and "居民应参与绘制风险地图" in text
        named = {n for n in people if n in text}
        if anonymous:
            assert named == set()
        else:  # those who agreed to be named; 王秀英 did not
            assert {"Tomás Ibarra Echeverría", "عبد الرحمن الفاسي"} <= named
            assert "王秀英" not in named
        assert Document(str(target)).core_properties.title == session.info().title
    assert target == tmp_path / "forum report (anonymous).docx"
    assert sorted(p.name for p in tmp_path.glob("*.docx")) == [
        "forum report (anonymous).docx",
        "forum report.docx",
    ]
    session.close()
