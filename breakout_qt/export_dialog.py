"""File ▸ Export…: the report as PDF, Word or Markdown, the data as CSV or JSON.

The dialog proposes a place in the session's folder, named after the session
file (``breakout_qt.file_names.export_target``); "Change…" opens the file chooser there.
Named or anonymous, which sections, and the report's language (PDF, Word and Markdown; by
default the console's) are chosen here too. The dialog's own words are Qt's (context
``ExportDialog``); the report's are the engine's (:mod:`breakout.words`).

What is read from the session is read on the GUI thread (it owns the SQLite
connection); the layout and the writing run on a worker thread, so the window
stays live and the export can be cancelled. Whatever goes wrong on the worker
comes back as one sentence in the dialog, which is then ready to try again:
it never stays busy. A failed export leaves no file (the engine writes to a
temporary file and moves it into place only when it is whole). When the file
cannot be opened (no PDF viewer, say), the dialog stays open and says where the
file is.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from breakout.errors import BreakoutError
from breakout.report.model import ReportContent
from breakout.session import Session
from breakout.words import LANGUAGE_NAMES, LANGUAGES
from breakout_qt.file_names import FORMATS, FORMATS_CONTEXT, export_target, with_ending
from breakout_qt.i18n import QT_TRANSLATE_NOOP, console_language, fill

SECTION_TITLES = {
    "outcome": QT_TRANSLATE_NOOP(
        "ExportDialog", "Page 1: the outcome (&key messages, top recommendations)"
    ),
    "background": QT_TRANSLATE_NOOP("ExportDialog", "&Background"),
    "points": QT_TRANSLATE_NOOP("ExportDialog", "Discussion by poin&t"),
    "recommendations": QT_TRANSLATE_NOOP("ExportDialog", "Voting and &recommendations"),
    "next_steps": QT_TRANSLATE_NOOP("ExportDialog", "Ne&xt steps"),
    "agenda": QT_TRANSLATE_NOOP("ExportDialog", "Annex: a&genda and time used"),
    "participation": QT_TRANSLATE_NOOP("ExportDialog", "Annex: partici&pation charts"),
    "participants": QT_TRANSLATE_NOOP(
        "ExportDialog", "Annex: part&icipants (those who agreed to be named)"
    ),
    "appendix": QT_TRANSLATE_NOOP("ExportDialog", "Annex: every contribution (appen&dix)"),
    "disclaimer": QT_TRANSLATE_NOOP("ExportDialog", "Di&sclaimer"),
}
# The format choices with their underlined letters (none shared in the dialog).
FORMAT_LABELS = {
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PD&F report"),
    "docx": QT_TRANSLATE_NOOP("ExportDialog", "&Word document (.docx)"),
    "markdown": QT_TRANSLATE_NOOP("ExportDialog", "&Markdown text"),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV fi&les (a folder)"),
    "json": QT_TRANSLATE_NOOP("ExportDialog", "&JSON (interchange format)"),
}
# Formats that hold the report's sections (CSV and JSON always hold everything).
SECTIONED = ("pdf", "docx", "markdown")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
# Made on the worker: given progress and cancelled, write and return what was written.
Job = Callable[[Progress, Cancelled], Path]
# Asks where to save: (title, filters, proposed) -> the chosen path, or None.
AskPath = Callable[[str, str, Path], "Path | None"]


class ExportWorker(QThread):
    """Runs one export job off the GUI thread; reports done or failed, whatever happens."""

    progressed = Signal(int, int)
    done = Signal(str)
    failed = Signal(str)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def run(self) -> None:
        try:
            written = self.job(self.progressed.emit, self.cancelled)
        except BreakoutError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug: say so in the dialog, and keep the details
            traceback.print_exc(file=sys.stderr)
            failed = QCoreApplication.translate(
                "ExportDialog",
                "the export failed (%1); no file was written — please report this problem",
            )
            self.failed.emit(fill(failed, f"{type(exc).__name__}: {exc}"))
            return
        self.done.emit(str(written))

    def cancelled(self) -> bool:
        return self._cancelled


class ExportDialog(QDialog):
    """Choose a format, a place, names and sections; export with progress; then open it."""

    def __init__(
        self,
        parent: QWidget | None,
        session: Session,
        path: Path | None = None,
        *,
        ask_path: AskPath | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export"))
        self.session = session
        self.worker: ExportWorker | None = None
        self.written: Path | None = None
        self._ask_path = ask_path
        self._chosen: Path | None = path  # a place the person chose (kept across formats)
        self._outcome = ""  # "done" or "failed" once the worker has said which
        chatham = session.info().chatham_house

        layout = QVBoxLayout(self)
        layout.addWidget(self._format_box())
        layout.addLayout(self._target_row())
        layout.addWidget(self._names_box(chatham))
        layout.addWidget(self._sections_box())
        layout.addLayout(self._language_row(language or _console_language(parent)))
        self._add_progress_and_buttons(layout)
        start_format = "pdf"
        if path is not None:
            start_format = next(
                (k for k, v in FORMATS.items() if v[1] and path.suffix.lower() == v[1]), "pdf"
            )
        self.format_buttons[start_format].setChecked(True)
        self.resize(520, 640)

    # -- the dialog's sections, top to bottom --------------------------------------

    def _format_box(self) -> QGroupBox:
        formats = QGroupBox(QCoreApplication.translate("ExportDialog", "Format"))
        formats_layout = QVBoxLayout(formats)
        self.format_buttons: dict[str, QRadioButton] = {}
        for key in FORMATS:
            button = QRadioButton(QCoreApplication.translate("ExportDialog", FORMAT_LABELS[key]))
            button.toggled.connect(self._format_changed)
            self.format_buttons[key] = button
            formats_layout.addWidget(button)
        return formats

    def _target_row(self) -> QHBoxLayout:
        where = QHBoxLayout()
        where.addWidget(QLabel(QCoreApplication.translate("ExportDialog", "Save as:")))
        self.target_edit = QLineEdit()
        self.target_edit.setReadOnly(True)
        self.target_edit.setAccessibleName(QCoreApplication.translate("ExportDialog", "Export to"))
        where.addWidget(self.target_edit, 1)
        self.change_button = QPushButton(QCoreApplication.translate("ExportDialog", "C&hange…"))
        self.change_button.clicked.connect(self.choose_target)
        where.addWidget(self.change_button)
        return where

    def _names_box(self, chatham: bool) -> QGroupBox:
        names = QGroupBox(QCoreApplication.translate("ExportDialog", "Names"))
        names_layout = QVBoxLayout(names)
        self.named = QRadioButton(
            QCoreApplication.translate(
                "ExportDialog", "&Named: speakers who agreed to be named appear"
            )
        )
        self.anonymous = QRadioButton(
            QCoreApplication.translate(
                "ExportDialog", "&Anonymous: no name or attribution anywhere"
            )
        )
        self.named.setChecked(not chatham)
        self.anonymous.setChecked(chatham)
        if chatham:
            self.named.setEnabled(False)
            self.named.setToolTip(
                QCoreApplication.translate(
                    "ExportDialog", "This session runs under the Chatham House Rule"
                )
            )
        self.anonymous.toggled.connect(self._refresh_target)
        names_layout.addWidget(self.named)
        names_layout.addWidget(self.anonymous)
        # Notes never leave the app unless asked for, and never in an anonymous report.
        self.include_notes = QCheckBox(
            QCoreApplication.translate(
                "ExportDialog", "Incl&ude the facilitator's notes (named report only)"
            )
        )
        self.include_notes.setToolTip(
            QCoreApplication.translate(
                "ExportDialog", "Names of people who did not agree to be named are withheld"
            )
        )
        self.include_notes.setEnabled(not chatham)
        self.anonymous.toggled.connect(lambda anon: self.include_notes.setEnabled(not anon))
        names_layout.addWidget(self.include_notes)
        return names

    def _sections_box(self) -> QGroupBox:
        self.sections_box = QGroupBox(QCoreApplication.translate("ExportDialog", "Sections"))
        sections_layout = QVBoxLayout(self.sections_box)
        self.section_boxes: dict[str, QCheckBox] = {}
        for name, title in SECTION_TITLES.items():
            box = QCheckBox(QCoreApplication.translate("ExportDialog", title))
            box.setChecked(True)
            self.section_boxes[name] = box
            sections_layout.addWidget(box)
        return self.sections_box

    def _language_row(self, language: str) -> QHBoxLayout:
        """The report's language (its own words: headings, labels, sentences)."""
        row = QHBoxLayout()
        label = QLabel(QCoreApplication.translate("ExportDialog", "Report language:"))
        self.language_box = QComboBox()
        for code in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.language_box.setCurrentIndex(LANGUAGES.index(language))
        self.language_box.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Report language")
        )
        self.language_box.setToolTip(
            QCoreApplication.translate(
                "ExportDialog",
                "The report's headings, labels and sentences; what people wrote stays as "
                "written. CSV and JSON keep their English field names.",
            )
        )
        label.setBuddy(self.language_box)
        row.addWidget(label)
        row.addWidget(self.language_box, 1)
        return row

    def chosen_language(self) -> str:
        return str(self.language_box.currentData())

    def _add_progress_and_buttons(self, layout: QVBoxLayout) -> None:
        self.open_when_done = QCheckBox(
            QCoreApplication.translate("ExportDialog", "&Open it when it is ready")
        )
        self.open_when_done.setChecked(True)
        layout.addWidget(self.open_when_done)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Export progress")
        )
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(QCoreApplication.translate("ExportDialog", "Export status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button.setText(QCoreApplication.translate("ExportDialog", "&Export"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        # the same letter on every desktop
        cancel.setText(QCoreApplication.translate("ExportDialog", "&Cancel"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.cancel_or_close)
        layout.addWidget(self.buttons)

    # -- choices -------------------------------------------------------------

    @property
    def export_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def chosen_format(self) -> str:
        return next((k for k, b in self.format_buttons.items() if b.isChecked()), "pdf")

    def chosen_sections(self) -> list[str]:
        return [name for name, box in self.section_boxes.items() if box.isChecked()]

    def target(self) -> Path:
        return Path(self.target_edit.text())

    def _format_changed(self, checked: bool) -> None:
        if not checked:
            return
        fmt = self.chosen_format()
        self.sections_box.setEnabled(fmt in SECTIONED)
        if hasattr(self, "language_box"):
            self.language_box.setEnabled(fmt in SECTIONED)
        if fmt == "csv":
            when = QCoreApplication.translate("ExportDialog", "&Open the folder when it is ready")
        else:
            when = QCoreApplication.translate("ExportDialog", "&Open it when it is ready")
        self.open_when_done.setText(when)
        self._refresh_target()

    def _refresh_target(self) -> None:
        fmt = self.chosen_format()
        proposed = export_target(
            self.session.path.resolve(), fmt, anonymous=self.anonymous.isChecked()
        )
        if self._chosen is not None:
            # keep the folder and the name the person chose; only the ending follows the format
            base = self._chosen
            for _title, ending, _filters in FORMATS.values():
                if ending and base.suffix.lower() == ending:
                    base = base.with_suffix("")
            proposed = with_ending(base, fmt)
        self.target_edit.setText(str(proposed))
        self.target_edit.setToolTip(str(proposed))
        if self.worker is None:
            self.status.setText(self._replace_note(proposed, fmt))

    def _replace_note(self, path: Path, fmt: str) -> str:
        if fmt == "csv" and path.is_dir():
            return fill(
                QCoreApplication.translate(
                    "ExportDialog", "The folder %1 exists; its CSV files will be replaced."
                ),
                path.name,
            )
        if path.is_file():
            return fill(
                QCoreApplication.translate("ExportDialog", "%1 exists; exporting replaces it."),
                path.name,
            )
        return ""

    def choose_target(self) -> None:
        """Open the file chooser at the proposed place."""
        fmt = self.chosen_format()
        title, _ending, filters = FORMATS[fmt]
        title = QCoreApplication.translate(FORMATS_CONTEXT, title)
        filters = QCoreApplication.translate(FORMATS_CONTEXT, filters)
        if fmt == "csv":
            question = QCoreApplication.translate("ExportDialog", "Folder for the CSV files")
        else:
            question = fill(QCoreApplication.translate("ExportDialog", "Export as %1"), title)
        chosen = self.ask_path(question, filters, self.target())
        if chosen is None:
            return
        self._chosen = chosen
        self._refresh_target()

    def ask_path(self, title: str, filters: str, proposed: Path) -> Path | None:
        if self._ask_path is not None:
            return self._ask_path(title, filters, proposed)
        name, _ = QFileDialog.getSaveFileName(self, title, str(proposed), filters)
        return Path(name) if name else None

    # -- exporting ----------------------------------------------------------------

    def start(self) -> None:
        """Read what is needed here (GUI thread), then lay out and write on a worker."""
        if self.worker is not None:
            return
        if self.written is not None:  # the export is done; the button closes
            self.accept()
            return
        fmt = self.chosen_format()
        sections = self.chosen_sections()
        if fmt in SECTIONED and not sections:
            self.status.setText(
                QCoreApplication.translate("ExportDialog", "Choose at least one section.")
            )
            return
        target = self.target()
        if target.resolve() == self.session.path.resolve():
            self.status.setText(
                fill(
                    QCoreApplication.translate(
                        "ExportDialog", "%1 is the session file; choose another name."
                    ),
                    target.name,
                )
            )
            return
        anonymous = self.anonymous.isChecked()
        notes = self.include_notes.isChecked() and not anonymous
        try:
            job = self._job(fmt, target, anonymous, sections, notes)
        except BreakoutError as exc:
            self.status.setText(str(exc))
            return
        self.export_button.setEnabled(False)
        self.change_button.setEnabled(False)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        if fmt == "pdf":
            self.status.setText(
                QCoreApplication.translate("ExportDialog", "Laying out the report…")
            )
        else:
            self.status.setText(QCoreApplication.translate("ExportDialog", "Writing…"))
        self._outcome = ""
        self.worker = ExportWorker(job)
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._finished)
        self.worker.start()

    def _job(
        self, fmt: str, target: Path, anonymous: bool, sections: list[str], notes: bool
    ) -> Job:
        """Check the target and read the session now; return the work for the worker."""
        from breakout.report import build_content, export_pdf
        from breakout.report.files import check_target, write_file, write_files

        if fmt == "pdf":
            check_target(target)
            content = self._content(anonymous, sections, notes)

            def pdf(progress: Progress, cancelled: Cancelled) -> Path:
                return export_pdf(
                    content,
                    target,
                    anonymous=anonymous,
                    sections=sections,
                    progress=progress,
                    cancelled=cancelled,
                )

            return pdf
        if fmt in ("docx", "markdown"):
            check_target(target)
            content = self._content(anonymous, sections, notes)

            def text(progress: Progress, cancelled: Cancelled) -> Path:
                write_file(target, _document_bytes(fmt, content))
                return target

            return text
        if fmt == "csv":
            from breakout.report.exports import csv_files

            check_target(target, folder=True)
            content = build_content(self.session, anonymous=anonymous, include_notes=notes)

            def tables(progress: Progress, cancelled: Cancelled) -> Path:
                files = [(target / name, data) for name, data in csv_files(content).items()]
                write_files(files, make_folders=[target])
                return target

            return tables
        from breakout.interchange import dumps
        from breakout.report.exports import json_document

        check_target(target)
        doc = json_document(self.session, anonymous=anonymous, include_notes=notes)

        def data(progress: Progress, cancelled: Cancelled) -> Path:
            write_file(target, dumps(doc).encode("utf-8"))
            return target

        return data

    def _content(self, anonymous: bool, sections: list[str], notes: bool) -> ReportContent:
        """The report's content, in the language chosen (read here, on the GUI thread)."""
        from breakout.report import build_content

        return build_content(
            self.session,
            anonymous=anonymous,
            sections=sections,
            include_notes=notes,
            language=self.chosen_language(),
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
            self.worker = None
        self.export_button.setEnabled(True)
        self.change_button.setEnabled(True)

    def _done(self, path: str) -> None:
        self._outcome = "done"
        self._finish()
        self.written = Path(path)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if not self.open_when_done.isChecked():
            self.accept()
            return
        if self.open_file(self.written):
            self.accept()
            return
        # Nothing could open it: say where it is, and let the person close.
        if self.written.is_dir():
            saved = QCoreApplication.translate(
                "ExportDialog", "Saved. No program to open it was found; the folder is %1"
            )
        else:
            saved = QCoreApplication.translate(
                "ExportDialog", "Saved. No program to open it was found; the file is %1"
            )
        self.status.setText(fill(saved, self.written))
        self.export_button.setText(QCoreApplication.translate("ExportDialog", "Close"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.hide()

    def _failed(self, message: str) -> None:
        self._outcome = "failed"
        self._finish()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status.setText(_sentence(message))  # no file was left behind

    def _finished(self) -> None:
        """The worker stopped without saying done or failed: never leave the dialog busy."""
        if self.worker is not None and not self._outcome:
            self._failed(
                QCoreApplication.translate(
                    "ExportDialog",
                    "the export stopped unexpectedly; no file was written — try again",
                )
            )

    def cancel_or_close(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(QCoreApplication.translate("ExportDialog", "Cancelling…"))
            return
        if self.written is not None:
            self.accept()
            return
        self.reject()

    def open_file(self, path: Path) -> bool:
        """Open the file (or folder) in the program the system has for it; False if none."""
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def _console_language(parent: QWidget | None) -> str:
    """The console's language: the window's settings if it has them, else the app's."""
    settings = getattr(parent, "settings", None)
    return console_language(settings if isinstance(settings, QSettings) else QSettings())


def _document_bytes(fmt: str, content: ReportContent) -> bytes:
    """The report as a Word document or as Markdown text."""
    if fmt == "docx":
        from breakout.report.docx import docx_bytes

        return docx_bytes(content)
    from breakout.report.exports import markdown

    return markdown(content).encode("utf-8")


def _sentence(message: str) -> str:
    text = message.strip()
    if not text:
        return QCoreApplication.translate("ExportDialog", "The export failed; no file was written.")
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
