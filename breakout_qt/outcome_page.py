"""The rapporteur's outcome page: what the session concluded, written as it runs.

Left, the agenda's points and "The whole session". For a point: its key
messages (one a line) and a short summary, and beside them the contributions
captured at that point, to write from the record (a double-click or "Quote
into key messages" adds one). For the whole session: its key messages, the
next steps and to whom the recommendations are addressed.

Every text saves itself (one engine operation, undoable with Edit ▸ Undo)
after a short pause in typing, when the keyboard leaves it, when another
point or page is chosen and when the window closes. A text the engine refuses
stays in its box with the reason beside it. "Suggest drafts" offers a point's
most representative contributions apart from the rapporteur's own text, in
grey italics; they reach the session only when used. The parts are in
:mod:`breakout_qt.outcome_parts`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from breakout.changes import Area, Change
from breakout.drafts import Draft
from breakout.errors import BreakoutError
from breakout.model import Point
from breakout.outcome import key_message_lines
from breakout.session import Session
from breakout_qt.chart_words import AppWords, isolated
from breakout_qt.i18n import fill
from breakout_qt.outcome_parts import (
    DraftsBox,
    DraftWorker,
    OutcomeEdit,
    PointRecord,
    key_messages_html,
    one_line,
    refusal_label,
)
from breakout_qt.panels import heading
from breakout_qt.text_cells import ClampedLabel, LinesDelegate
from breakout_qt.undo import Operations

SESSION_ROW = 0  # the list's first row is the whole session; the points follow
POINT_LINES = 3  # lines of a point's text in the list (the rest in its tooltip)


class OutcomePage(QWidget):
    """The page: see the module notes. Engine operations go through ``ops``."""

    # What the page shows: the points and their texts, the session's texts,
    # the contributions and the names of who made them.
    AREAS = frozenset({Area.SESSION, Area.AGENDA, Area.CAPTURE, Area.PEOPLE})

    def __init__(self, session: Session, ops: Operations) -> None:
        super().__init__()
        self.session = session
        self.ops = ops
        # A save made while typing says a refusal beside the box; any other, in a dialog too.
        self._quiet_ops = Operations(session, ops.stack, self._refused)
        self._told_ops = Operations(session, ops.stack, self._refused_aloud)
        self._points: list[Point] = []
        self._shown = SESSION_ROW
        self._switching = False
        self._drafts: dict[int, list[Draft]] = {}
        self.worker: DraftWorker | None = None
        self._worker_point: int | None = None
        self._worker_dropped = False
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list())
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_session_view())
        self.stack.addWidget(self._build_point_view())
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([260, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(splitter)
        self.edits = [self.key_edit, self.summary_edit, *self.session_edits]
        for edit in self.edits:
            edit.due.connect(lambda edit=edit: self.save(edit, quiet=edit.hasFocus()))
        self.reload()
        current = session.info().current_point
        row = next((i + 1 for i, p in enumerate(self._points) if p.id == current), 1)
        self.points_list.setCurrentRow(min(row, self.points_list.count() - 1))

    # -- building ---------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        self.points_list = QListWidget()
        self.points_list.setAccessibleName(
            QCoreApplication.translate("Outcome", "Points, and the whole session")
        )
        self.points_list.setWordWrap(True)
        self.points_list.setItemDelegate(LinesDelegate(POINT_LINES, self.points_list))
        self.points_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.points_list.setSpacing(2)
        self.points_list.currentRowChanged.connect(self._row_chosen)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(
            heading(QCoreApplication.translate("Outcome", "Poin&ts"), self.points_list)
        )
        column.addWidget(self.points_list, 1)
        note = QLabel(
            QCoreApplication.translate(
                "Outcome", "Everything here saves as you type; Edit ▸ Undo takes it back."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        column.addWidget(note)
        return side

    def _build_point_view(self) -> QWidget:
        self.point_title = ClampedLabel(POINT_LINES)
        self.point_title.setAccessibleName(QCoreApplication.translate("Outcome", "The point"))
        bold = self.point_title.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.point_title.setFont(bold)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_writing_side())
        splitter.addWidget(self._build_record_side())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.point_title)
        layout.addWidget(splitter, 1)
        return view

    def _build_writing_side(self) -> QWidget:
        app = QCoreApplication
        self.key_edit = OutcomeEdit(
            "key_messages",
            app.translate("Outcome", "Key messages of this point, one a line"),
            app.translate("Outcome", "The few things this point concluded, one a line."),
        )
        self.summary_edit = OutcomeEdit(
            "summary",
            app.translate("Outcome", "Summary of this point's discussion"),
            app.translate(
                "Outcome",
                "A short narrative of the discussion: who raised what, where views met or parted.",
            ),
        )
        self.suggest_button = QPushButton(app.translate("Outcome", "Su&ggest drafts"))
        self.suggest_button.setToolTip(
            app.translate(
                "Outcome",
                "Offer this point's most representative contributions as draft key messages",
            )
        )
        self.suggest_button.clicked.connect(self.suggest_drafts)
        self.drafts_note = QLabel("")
        self.drafts_note.setWordWrap(True)
        self.drafts_note.setAccessibleName(QCoreApplication.translate("Outcome", "Drafts status"))
        self.drafts_note.hide()
        self.drafts_box = DraftsBox()
        self.drafts_box.use_requested.connect(self.use_drafts)
        self.drafts_box.dismissed.connect(self.dismiss_drafts)
        self.drafts_box.cancel_requested.connect(self.stop_drafts)
        self.point_refusal = refusal_label()
        top = QHBoxLayout()
        top.addWidget(
            heading(app.translate("Outcome", "&Key messages — one a line"), self.key_edit), 1
        )
        top.addWidget(self.suggest_button)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addLayout(top)
        layout.addWidget(self.key_edit, 3)
        layout.addWidget(self.drafts_note)
        layout.addWidget(self.drafts_box)
        layout.addWidget(heading(app.translate("Outcome", "S&ummary"), self.summary_edit))
        layout.addWidget(self.summary_edit, 3)
        layout.addWidget(self.point_refusal)
        return side

    def _build_record_side(self) -> QWidget:
        self.record = PointRecord(self.session)
        self.record.quote_requested.connect(self.quote)
        self.contributions = self.record.model
        self.contributions_view = self.record.view
        self.quote_button = self.record.quote_button
        return self.record

    def _build_session_edits(self) -> None:
        app = QCoreApplication
        self.session_key_edit = OutcomeEdit(
            "key_messages",
            app.translate("Outcome", "Key messages of the whole session, one a line"),
            app.translate("Outcome", "What the session as a whole concluded, one message a line."),
        )
        self.next_steps_edit = OutcomeEdit(
            "next_steps",
            app.translate("Outcome", "Next steps"),
            app.translate("Outcome", "Who does what next, and by when."),
        )
        self.addressees_edit = OutcomeEdit(
            "addressees",
            app.translate("Outcome", "To whom the recommendations are addressed"),
            app.translate("Outcome", "Governments, the secretariat, city networks…"),
        )
        self.session_edits = [self.session_key_edit, self.next_steps_edit, self.addressees_edit]

    def _build_session_view(self) -> QWidget:
        app = QCoreApplication
        self._build_session_edits()
        self.by_point = QTextEdit()
        self._by_point_shown = ""
        self.by_point.setReadOnly(True)
        self.by_point.setAccessibleName(
            app.translate("Outcome", "Key messages written for each point, read only")
        )
        option = self.by_point.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        self.by_point.document().setDefaultTextOption(option)
        self.session_refusal = refusal_label()
        writing = QWidget()
        layout = QVBoxLayout(writing)
        layout.setContentsMargins(0, 0, 6, 0)
        title = QLabel(app.translate("Outcome", "The whole session"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        layout.addWidget(title)
        for text, edit, stretch in (
            (
                app.translate("Outcome", "&Key messages of the whole session — one a line"),
                self.session_key_edit,
                3,
            ),
            (app.translate("Outcome", "&Next steps"), self.next_steps_edit, 2),
            (
                app.translate("Outcome", "T&o whom the recommendations are addressed"),
                self.addressees_edit,
                1,
            ),
        ):
            layout.addWidget(heading(text, edit))
            layout.addWidget(edit, stretch)
        layout.addWidget(self.session_refusal)
        reference = QWidget()
        ref_layout = QVBoxLayout(reference)
        ref_layout.setContentsMargins(6, 0, 0, 0)
        ref_layout.addWidget(
            heading(app.translate("Outcome", "Key messages by point"), self.by_point)
        )
        ref_layout.addWidget(self.by_point, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(writing)
        splitter.addWidget(reference)
        view = QWidget()
        outer = QVBoxLayout(view)
        outer.setContentsMargins(6, 0, 0, 0)
        outer.addWidget(splitter)
        return view

    # -- reading ----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the points, texts and contributions again; typed text stays put."""
        shown_point = self.shown_point()
        self._points = self.session.agenda.points()
        self._fill_list()
        row = SESSION_ROW
        if shown_point is not None:
            row = next((i + 1 for i, p in enumerate(self._points) if p.id == shown_point.id), 0)
            if row == SESSION_ROW:
                self._point_gone(shown_point)
        self._switching = True
        try:
            self.points_list.setCurrentRow(row)
        finally:
            self._switching = False
        self._shown = row
        self._show(keep_typed=True)

    def _fill_list(self) -> None:
        texts = [QCoreApplication.translate("Outcome", "The whole session")] + [
            f"{'✓ ' if p.key_messages else ''}{n}. {p.text}" for n, p in enumerate(self._points, 1)
        ]
        if [self.points_list.item(i).text() for i in range(self.points_list.count())] == texts:
            return
        self._switching = True
        try:
            self.points_list.clear()
            for n, text in enumerate(texts):
                item = QListWidgetItem(text)
                item.setToolTip(
                    self._points[n - 1].text
                    if n
                    else QCoreApplication.translate(
                        "Outcome", "Key messages, next steps, addressees"
                    )
                )
                if n == SESSION_ROW:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.points_list.addItem(item)
        finally:
            self._switching = False

    def shown_point(self) -> Point | None:
        """The point whose texts show (None: the whole session's)."""
        if self._shown == SESSION_ROW or not 0 < self._shown <= len(self._points):
            return None
        return self._points[self._shown - 1]

    def _shown_id(self) -> int | None:
        point = self.shown_point()
        return point.id if point is not None else None

    def _show(self, *, keep_typed: bool = False) -> None:
        point = self.shown_point()
        info = self.session.info()
        for edit in self.session_edits:
            self._load(edit, None, getattr(info, edit.field), keep_typed)
        by_point = key_messages_html(self._points)
        if by_point != self._by_point_shown:  # else it keeps its scrolling
            self._by_point_shown = by_point
            self.by_point.setHtml(by_point)
        if point is None:
            self.stack.setCurrentIndex(0)
            self.record.show_point(None)
            return
        self.stack.setCurrentIndex(1)
        number = self._points.index(point) + 1
        said = QCoreApplication.translate("Outcome", "Point %1 of %2: %3")
        self.point_title.setText(fill(said, number, len(self._points), isolated(point.text)))
        for edit in (self.key_edit, self.summary_edit):
            self._load(edit, point.id, getattr(point, edit.field), keep_typed)
        self.record.show_point(point.id)
        self._show_drafts(point.id)

    @staticmethod
    def _load(edit: OutcomeEdit, owner: int | None, text: str, keep_typed: bool) -> None:
        if keep_typed and edit.owner == owner and edit.pending():
            return  # typed and not saved yet: the next save sends it
        edit.load(owner, text)

    def _point_gone(self, point: Point) -> None:
        """The point shown is gone (an undo, say): say what typed text could not be kept."""
        lost = [e.toPlainText().strip() for e in (self.key_edit, self.summary_edit) if e.pending()]
        for edit in (self.key_edit, self.summary_edit):
            edit.load(None, "")
        if lost:
            said = QCoreApplication.translate(
                "Outcome", "the point “%1” is gone, so this text written for it was not saved: %2"
            )
            self.ops.on_error(fill(said, point.text[:80], " / ".join(lost)))

    # -- saving -----------------------------------------------------------------------

    def _row_chosen(self, row: int) -> None:
        if self._switching or row == self._shown:
            return
        wanted = self._points[row - 1].id if 0 < row <= len(self._points) else None
        # Saving redraws the list (the page follows its own changes): choose again after.
        saved = self.flush()
        if saved:
            ids = [p.id for p in self._points]
            row = ids.index(wanted) + 1 if wanted in ids else SESSION_ROW
            self._note("")  # a note about another point's drafts
        else:  # the engine refused the text typed: stay with it
            row = self._shown
        self._switching = True
        try:
            self.points_list.setCurrentRow(row)
        finally:
            self._switching = False
        if saved:
            self._shown = row
            self._show()

    def flush(self) -> bool:
        """Save every typed text now; False if the engine refused one (it said why)."""
        return all([self.save(edit) for edit in self.edits if edit.pending()])

    def settle(self) -> bool:
        """Before the page goes: save what was typed, or ask whether to drop what
        the engine refuses. False: keep the page (the person said no)."""
        refused = [edit for edit in self.edits if not self.save(edit, quiet=True)]
        if not refused:
            return True
        texts = "\n\n".join(edit.toPlainText().strip() for edit in refused)
        if not self.ask_discard(texts):
            refused[0].setFocus()
            return False
        for edit in refused:  # dropped, as the person said: nothing is pending now
            edit.load(edit.owner, edit.loaded)
        return True

    def ask_discard(self, text: str) -> bool:
        reason = self.point_refusal.text() or self.session_refusal.text()
        question = QCoreApplication.translate(
            "Outcome", "%1\n\n%2\n\nDiscard it? (No keeps it here to shorten or copy.)"
        )
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("Outcome", "Text not saved"),
            fill(question, reason, text[:600]),
        )
        return answer == QMessageBox.StandardButton.Yes

    def save(self, edit: OutcomeEdit, *, quiet: bool = False) -> bool:
        """Save ``edit``'s text as one engine operation; False if refused (and said
        why: beside the box, and, unless ``quiet``, in the window's dialog too)."""
        if not edit.pending():
            return True
        text = edit.toPlainText()
        owner = edit.owner
        outcome = self.session.outcome
        field = edit.field
        operation: Callable[[], Change[Any]]
        if edit in self.session_edits:
            operation = lambda: outcome.edit_session(**{field: text})  # noqa: E731
        elif owner is not None:
            operation = lambda: outcome.edit_point(owner, **{field: text})  # noqa: E731
        else:
            return True  # no point to write for (an empty agenda)
        if (self._quiet_ops if quiet else self._told_ops).run(operation) is None:
            return False
        edit.saved(text)
        for label in (self.point_refusal, self.session_refusal):
            label.hide()
        return True

    def _refused_aloud(self, message: str) -> None:
        self._refused(message)
        self.ops.on_error(message)

    def _refused(self, message: str) -> None:
        label = self.session_refusal if self.shown_point() is None else self.point_refusal
        said = QCoreApplication.translate("Outcome", "Not saved: %1. Your text is kept here.")
        label.setText(fill(said, message))
        label.show()

    # -- quoting and drafts -----------------------------------------------------------

    def quote(self, row: int) -> None:
        """Add the contribution at ``row`` to the point's key messages (one edit)."""
        item = self.contributions.contribution_at(row)
        if item is not None and self.shown_point() is not None:
            self.add_key_messages([one_line(item.text)])

    def add_key_messages(self, lines: list[str]) -> bool:
        """Append ``lines`` to the shown point's key messages, saved as one edit."""
        current = self.key_edit.toPlainText().rstrip()
        self.key_edit.setPlainText("\n".join([current, *lines] if current else lines))
        self.key_edit.moveCursor(self.key_edit.textCursor().MoveOperation.End)
        return self.save(self.key_edit)

    def suggest_drafts(self) -> None:
        """Work out draft key messages for the shown point, off the GUI thread."""
        from breakout import drafts

        point = self.shown_point()
        if point is None or self.worker is not None:
            return
        job = drafts.prepare(self.session, point.id)
        if not job.ids:
            self._note(
                QCoreApplication.translate(
                    "Outcome",
                    "No contributions to draft from at this point yet (questions and private "
                    "contributions are left out).",
                )
            )
            return
        self._note("")
        self.suggest_button.setEnabled(False)
        words = AppWords()
        self.drafts_box.show_working(words.tr("reading %n contributions…", None, len(job.ids)))
        self._worker_point = point.id
        self._worker_dropped = False
        self.worker = DraftWorker(job)
        self.worker.finished_with.connect(self._on_drafts)
        self.worker.failed.connect(self._on_drafts_failed)
        self.worker.start()

    def _note(self, text: str) -> None:
        self.drafts_note.setText(text)
        self.drafts_note.setVisible(bool(text))

    def _finish_worker(self) -> int | None:
        point = self._worker_point
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
            self.worker = None
        self._worker_point = None
        self.suggest_button.setEnabled(True)
        return None if self._worker_dropped else point

    def _on_drafts(self, result: Any) -> None:
        from breakout import drafts

        point = self._finish_worker()
        if point is None:
            return
        with contextlib.suppress(BreakoutError):  # only a cache of vectors, not a change
            drafts.store(self.session, result)
        written = {one_line(line) for line in self._key_lines(point)}
        self._drafts[point] = [d for d in result.drafts if one_line(d.text) not in written]
        if not self._drafts[point]:
            self._note(
                QCoreApplication.translate(
                    "Outcome", "Every draft is already among the key messages."
                )
            )
        self._show_drafts(self._shown_id())

    def _on_drafts_failed(self, message: str) -> None:
        self._finish_worker()
        self._note(fill(QCoreApplication.translate("Outcome", "No drafts: %1"), message))
        self._show_drafts(self._shown_id())

    def stop_drafts(self) -> None:
        """Stop waiting for drafts: the result, when it comes, is dropped."""
        self._worker_dropped = True
        self.drafts_box.hide()
        self._note(QCoreApplication.translate("Outcome", "Stopped; no drafts were kept."))

    def _key_lines(self, point_id: int) -> list[str]:
        if self.key_edit.owner == point_id:
            return key_message_lines(self.key_edit.toPlainText())
        return key_message_lines(self.session.point(point_id).key_messages)

    def _show_drafts(self, point_id: int | None) -> None:
        if self.worker is not None and point_id == self._worker_point and not self._worker_dropped:
            return  # still working: the box says so
        self.drafts_box.show_drafts(self._drafts.get(point_id, []) if point_id else [])

    def use_drafts(self, ids: list[int]) -> None:
        """Add the drafts of contributions ``ids`` to the key messages (one edit)."""
        point = self.shown_point()
        if point is None:
            return
        offered = self._drafts.get(point.id, [])
        chosen = [d for d in offered if d.contribution in ids]
        if not chosen or not self.add_key_messages([one_line(d.text) for d in chosen]):
            return
        self._drafts[point.id] = [d for d in offered if d not in chosen]
        self._show_drafts(point.id)

    def dismiss_drafts(self) -> None:
        point = self.shown_point()
        if point is not None:
            self._drafts.pop(point.id, None)
            self._show_drafts(point.id)

    def shutdown(self) -> None:
        """The session is closing: wait for drafts being computed and drop them."""
        for edit in self.edits:
            edit.idle.stop()  # no save after the file is closed
        if self.worker is not None:
            self.worker.finished_with.disconnect()
            self.worker.failed.disconnect()
            self.worker.wait()
            self.worker = None
