"""File ▸ Export report…: named or anonymous, which sections, progress, open when done.

The report's content is read from the session on the GUI thread (it owns the
SQLite connection); the layout and the writing run on a worker thread, so the
window stays live and the export can be cancelled. A failed export says why
and leaves no file (the engine writes to a temporary file and moves it into
place only when it is whole).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from breakout.errors import BreakoutError
from breakout.session import Session

SECTION_TITLES = {
    "cover": "Cover",
    "summary": "Summary",
    "agenda": "Agenda",
    "recommendations": "Recommendations",
    "points": "Notes per point",
    "participation": "Participation charts",
    "participants": "Participants (those who agreed to be named)",
    "appendix": "Appendix: every contribution",
}


class ExportWorker(QThread):
    """Lays out and writes the PDF off the GUI thread."""

    progressed = Signal(int, int)
    done = Signal(str)
    failed = Signal(str)

    def __init__(self, content: Any, path: Path, anonymous: bool, sections: list[str]) -> None:
        super().__init__()
        self.content = content
        self.path = path
        self.anonymous = anonymous
        self.sections = sections
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def run(self) -> None:
        from breakout.report import export_pdf

        try:
            written = export_pdf(
                self.content,
                self.path,
                anonymous=self.anonymous,
                sections=self.sections,
                progress=lambda done, total: self.progressed.emit(done, total),
                cancelled=lambda: self._cancelled,
            )
        except BreakoutError as exc:
            self.failed.emit(str(exc))
            return
        self.done.emit(str(written))


class ExportDialog(QDialog):
    """Choose, export with progress, then open the PDF."""

    def __init__(self, parent: QWidget | None, session: Session, path: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export report")
        self.session = session
        self.path = path
        self.worker: ExportWorker | None = None
        self.written: Path | None = None
        chatham = session.info().chatham_house

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Write the outcome report to <b>{path.name}</b>"))
        names = QGroupBox("Names")
        names_layout = QVBoxLayout(names)
        self.named = QRadioButton("Named: speakers who agreed to be named appear")
        self.anonymous = QRadioButton("Anonymous: no name or attribution anywhere")
        self.named.setChecked(not chatham)
        self.anonymous.setChecked(chatham)
        if chatham:
            self.named.setEnabled(False)
            self.named.setToolTip("This session runs under the Chatham House Rule")
        names_layout.addWidget(self.named)
        names_layout.addWidget(self.anonymous)
        # Notes never leave the app unless asked for, and never in an anonymous report.
        self.include_notes = QCheckBox("Include the facilitator's notes (named report only)")
        self.include_notes.setToolTip("Names of people who did not agree to be named are withheld")
        self.include_notes.setEnabled(not chatham)
        self.anonymous.toggled.connect(lambda anon: self.include_notes.setEnabled(not anon))
        names_layout.addWidget(self.include_notes)
        layout.addWidget(names)

        sections = QGroupBox("Sections")
        sections_layout = QVBoxLayout(sections)
        self.section_boxes: dict[str, QCheckBox] = {}
        for name, title in SECTION_TITLES.items():
            box = QCheckBox(title)
            box.setChecked(True)
            self.section_boxes[name] = box
            sections_layout.addWidget(box)
        layout.addWidget(sections)

        self.open_when_done = QCheckBox("Open the PDF when it is ready")
        self.open_when_done.setChecked(True)
        layout.addWidget(self.open_when_done)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Export progress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Export status")
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText("Export")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.cancel_or_close)
        layout.addWidget(self.buttons)
        self.resize(460, 520)

    def chosen_sections(self) -> list[str]:
        return [name for name, box in self.section_boxes.items() if box.isChecked()]

    def start(self) -> None:
        """Read the content here (GUI thread), then lay out on a worker."""
        from breakout.report import build_content

        sections = self.chosen_sections()
        if not sections:
            self.status.setText("Choose at least one section.")
            return
        anonymous = self.anonymous.isChecked()
        notes = self.include_notes.isChecked() and not anonymous
        try:
            content = build_content(
                self.session, anonymous=anonymous, sections=sections, include_notes=notes
            )
        except BreakoutError as exc:
            self.status.setText(str(exc))
            return
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setEnabled(False)
        self.status.setText("Laying out the report…")
        self.worker = ExportWorker(content, self.path, anonymous, sections)
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
            self.worker = None
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setEnabled(True)

    def _done(self, path: str) -> None:
        self._finish()
        self.written = Path(path)
        self.progress.setValue(self.progress.maximum())
        self.status.setText(f"Saved {self.written.name}.")
        if self.open_when_done.isChecked():
            self.open_file(self.written)
        self.accept()

    def _failed(self, message: str) -> None:
        self._finish()
        self.progress.setValue(0)
        self.status.setText(message)  # one sentence; no file was left behind

    def cancel_or_close(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText("Cancelling…")
            return
        self.reject()

    def open_file(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
