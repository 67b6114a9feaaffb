"""The board's suggested groups: computed off the GUI thread (:class:`SuggestWorker`),
with a progress dialog, then applied as one engine operation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from breakout.changes import Change
from breakout.errors import BreakoutError
from breakout.session import Session
from breakout_qt.chart_words import AppWords

CANCELLED = "Cancelled"  # what the worker says when the person cancelled
CACHE_BATCH = 250  # vectors written to the cache per turn of the event loop


class Suggesting(QWidget):
    """The board's part that suggests groups (the board is one)."""

    session: Session
    show_error: Callable[[str], None]
    duplicates: list[tuple[int, int, float]]
    worker: SuggestWorker | None
    progress: QProgressDialog | None
    status_label: QLabel

    def commit_wording(self) -> bool:
        raise NotImplementedError

    def _run(self, operation: Callable[[], Change[Any]]) -> Change[Any] | None:
        raise NotImplementedError

    # -- suggesting (off the GUI thread) ----------------------------------------------

    def suggest_groups(self) -> None:
        from breakout import suggest

        if self.worker is not None:
            return
        job = suggest.prepare(self.session)
        if len(job.texts) < 2:
            self.show_error(
                QCoreApplication.translate(
                    "Board", "there are fewer than two proposals outside people's groups to group"
                )
            )
            return
        words = AppWords()
        self.status_label.setText(words.tr("Grouping %n proposals…", None, len(job.texts)))
        self.progress = QProgressDialog(
            QCoreApplication.translate("Board", "Reading the proposals…"),
            QCoreApplication.translate("Board", "Cancel"),
            0,
            100,
            self,
        )
        self.progress.setWindowTitle(QCoreApplication.translate("Board", "Suggest groups"))
        self.progress.setMinimumDuration(400)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.worker = SuggestWorker(job)
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished_with.connect(self._on_suggested)
        self.worker.failed.connect(self._on_failed)
        self.progress.canceled.connect(self.worker.cancel)
        self.worker.start()

    def shutdown(self) -> None:
        """Stop a grouping in progress (the window is closing); nothing is applied."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker.finished_with.disconnect()
            self.worker.failed.disconnect()
            self.worker.wait()
            self.worker = None

    def _on_progress(self, done: int, total: int, what: str) -> None:
        progress = self.progress
        if progress is None:
            return
        progress.setMaximum(max(total, 1))
        progress.setLabelText(what)
        # Last: a window-modal dialog runs the event loop inside setValue, where the
        # worker's result may arrive and close the dialog (self.progress becomes None).
        progress.setValue(done)

    def _finish_worker(self) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
            self.worker = None
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _on_suggested(self, outcome: Any) -> None:
        self._finish_worker()
        # New suggestions replace the open ones: wording typed for one is saved
        # first (which makes that group a person's, kept).
        self.commit_wording()
        self.duplicates = list(outcome.duplicates)  # shown by the reload the change causes
        change = self._run(lambda: self.session.board.apply_suggestions(outcome.groups))
        if change is None:
            return
        self.status_label.setText(outcome.summary(change.result))
        self._cache_vectors(dict(outcome.new_vectors))

    def _cache_vectors(self, vectors: dict[str, bytes]) -> None:
        """Keep the new vectors in the file a few hundred at a time, between frames."""
        from breakout import suggest

        batch = dict(list(vectors.items())[:CACHE_BATCH])
        if not batch:
            return
        try:
            self.session.board.store_vectors(suggest.MODEL, batch)
        except BreakoutError:
            return  # only a cache: the next suggestion embeds these texts again
        rest = {text: blob for text, blob in vectors.items() if text not in batch}
        if rest:
            QTimer.singleShot(0, lambda: self._cache_vectors(rest))

    def _on_failed(self, message: str) -> None:
        self._finish_worker()
        if message == CANCELLED:
            self.status_label.setText(QCoreApplication.translate("Board", "Cancelled"))
            return
        self.status_label.setText(message)
        self.show_error(message)


class SuggestWorker(QThread):
    """Computes suggestions off the GUI thread; never touches the session file."""

    progressed = Signal(int, int, str)
    finished_with = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Any) -> None:
        super().__init__()
        self.job = job
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def run(self) -> None:
        from breakout import suggest
        from breakout.errors import BreakoutError

        try:
            outcome = suggest.compute(
                self.job,
                progress=lambda done, total, what: self.progressed.emit(done, total, what),
                cancelled=lambda: self._cancelled,
            )
        except suggest.Cancelled:
            self.failed.emit(CANCELLED)
            return
        except BreakoutError as exc:
            self.failed.emit(str(exc))
            return
        self.finished_with.emit(outcome)


__all__ = ["CANCELLED", "SuggestWorker", "Suggesting"]
