"""File ▸ Export…: the report's language is chosen in the dialog, the console's by default,
and the dialog itself speaks the console's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from breakout.session import Session
from breakout_qt.export_dialog import ExportDialog
from breakout_qt.i18n import LANGUAGE_KEY, Catalogue
from tests.unit.report.document_session import realistic

pytestmark = pytest.mark.gui


class _Console(QWidget):
    """Stands in for the main window: what the dialog reads of it is its settings."""

    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    made = realistic(tmp_path)
    yield made
    made.close()


def test_the_report_language_defaults_to_the_consoles(
    qtbot: QtBot, tmp_path: Path, session: Session
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "ru")
    console = _Console(settings)
    qtbot.addWidget(console)
    dialog = ExportDialog(console, session, tmp_path / "r.md")
    assert dialog.language_box.currentText() == "Русский"
    assert dialog.chosen_language() == "ru"
    # CSV and JSON keep English field names: no language to choose for them
    dialog.format_buttons["csv"].setChecked(True)
    assert not dialog.language_box.isEnabled()
    dialog.format_buttons["markdown"].setChecked(True)
    assert dialog.language_box.isEnabled()


def test_a_markdown_report_in_chinese_from_the_dialog(
    qtbot: QtBot, tmp_path: Path, session: Session
) -> None:
    target = tmp_path / "report.md"
    dialog = ExportDialog(None, session, target, language="en")
    qtbot.addWidget(dialog)
    dialog.open_file = lambda path: True
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh_CN"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert "## 关键信息" in lines
    assert "## Key messages" not in lines


def test_the_dialog_speaks_the_consoles_language(
    qtbot: QtBot, tmp_path: Path, session: Session
) -> None:
    french = Catalogue("fr")
    app = QCoreApplication.instance()
    assert app is not None
    assert app.installTranslator(french.translator)
    try:
        dialog = ExportDialog(None, session, tmp_path / "r.pdf", language="fr")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Exporter"
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert "&Langue du rapport\u00a0:" in labels
        assert dialog.export_button.text() == "&Exporter"
        assert dialog.language_box.currentText() == "Français"
    finally:
        app.removeTranslator(french.translator)


def test_the_file_chooser_speaks_the_consoles_language(
    qtbot: QtBot, tmp_path: Path, session: Session
) -> None:
    asked: list[tuple[str, str]] = []

    def ask(title: str, filters: str, proposed: Path) -> Path | None:
        asked.append((title, filters))
        return None

    arabic = Catalogue("ar")
    app = QCoreApplication.instance()
    assert app is not None
    assert app.installTranslator(arabic.translator)
    try:
        dialog = ExportDialog(None, session, tmp_path / "r.pdf", language="ar", ask_path=ask)
        qtbot.addWidget(dialog)
        dialog.choose_target()
        dialog.format_buttons["docx"].setChecked(True)
        dialog.choose_target()
    finally:
        app.removeTranslator(arabic.translator)
    assert asked == [
        ("التصدير بصيغة تقرير PDF", "ملفات PDF (*.pdf)"),
        ("التصدير بصيغة مستند Word", "مستندات Word (*.docx)"),
    ]
