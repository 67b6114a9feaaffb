"""The outcome page's parts: its text boxes, a point's record of contributions
(read only, in cells that keep each text's direction), and the draft box.

A text box here saves itself: :class:`OutcomeEdit` says when its text is due
(a short pause in typing, or the keyboard leaving it) and the page runs the
engine operation. Right-to-left paragraphs (Arabic, Hebrew, Persian) read
from the right in every box and cell: each paragraph takes its direction from
its own first strong letter, as the Unicode bidirectional algorithm says.

Draft key messages (:mod:`breakout.drafts`) are computed on a worker thread
(the language model may take seconds to load) and shown in a box of their own,
in grey italics, marked as suggestions; nothing of a draft reaches the session
until the rapporteur uses it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QFont, QPalette, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from breakout.model import Point
from breakout.outcome import key_message_lines
from breakout.session import Session
from breakout_qt.chart_words import AppWords
from breakout_qt.i18n import QT_TRANSLATE_NOOP, fill
from breakout_qt.models import ContributionsModel
from breakout_qt.panels import heading
from breakout_qt.text_cells import LinesDelegate, direction_of, keep_columns_fitted

Index = QModelIndex | QPersistentModelIndex

# Milliseconds of no typing after which a box saves what it holds.
IDLE_MS = 800

SUGGESTED_TITLE = QT_TRANSLATE_NOOP("Outcome", "Suggested — not yet yours")
CONTRIBUTION_LINES = 4  # lines of a contribution's text in the record
NAME_COLUMN_MOST = 160  # pixels for "Who"; a longer name ends in "…"
FIT_AT_ONCE = 30  # contributions fitted to their text per turn of the event loop
DRAFTS_MOST = 180  # pixels of drafts shown before the list scrolls


def suggested_title(detail: str) -> str:
    """The drafts box's title: "Suggested — not yet yours — …"."""
    title = QCoreApplication.translate("Outcome", SUGGESTED_TITLE)
    return fill(QCoreApplication.translate("Outcome", "<b>%1</b> — %2"), title, detail)


def one_line(text: str) -> str:
    """``text`` as one key message: one line, its spaces single."""
    return " ".join(text.split())


class OutcomeEdit(QTextEdit):
    """A text the rapporteur writes, saved by the page: ``due`` after a pause
    in typing or when the keyboard leaves the box.

    ``owner`` and ``field`` say where the text goes; ``loaded`` is what the
    engine last had, so ``pending`` tells typed text from saved text.
    """

    due = Signal()

    def __init__(self, field: str, name: str, placeholder: str) -> None:
        super().__init__()
        self.setAcceptRichText(False)  # plain text: a paste keeps its words, not its look
        self.field = field
        self.owner: int | None = None  # a point's id; None for the session's texts
        self.loaded = ""
        self._loading = False
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        # Each paragraph reads, and is aligned, in the direction of its own first
        # strong letter (QPlainTextEdit would lay it out so but align it left).
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self.due)
        self.textChanged.connect(self._typed)

    def load(self, owner: int | None, text: str) -> None:
        """Show the engine's ``text`` for ``owner``; nothing is pending after."""
        self.owner = owner
        self.loaded = text
        if self.toPlainText() != text:
            self._loading = True
            try:
                self.setPlainText(text)
            finally:
                self._loading = False
        self.idle.stop()

    def pending(self) -> bool:
        """Does the box hold text the engine does not have?"""
        return self.toPlainText().strip() != self.loaded.strip()

    def saved(self, text: str) -> None:
        """The engine now has ``text`` (as typed: the box is not touched)."""
        self.loaded = text.strip()
        self.idle.stop()

    def _typed(self) -> None:
        if not self._loading:
            self.idle.start()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # A menu or another window taking the keyboard for a moment is not leaving.
        passing = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
        if event.reason() not in passing and self.pending():
            self.due.emit()


class DraftWorker(QThread):
    """Computes a point's drafts off the GUI thread; never touches the session file."""

    finished_with = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Any) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        from breakout import drafts
        from breakout.errors import BreakoutError

        try:
            result = drafts.compute(self.job)
        except BreakoutError as exc:
            self.failed.emit(str(exc))
            return
        self.finished_with.emit(result)


class DraftsBox(QFrame):
    """The suggested key messages of one point, apart from the rapporteur's own.

    Grey italics in a dashed frame headed "Suggested — not yet yours"; "Use
    these" and "Use" hand the page the texts to add (``use_requested``),
    "Dismiss" forgets them. While drafts are being computed it shows that, with
    a way to stop waiting.
    """

    use_requested = Signal(list)  # the contribution ids of the drafts to use
    dismissed = Signal()
    cancel_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("suggestedDrafts")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#suggestedDrafts { border: 1px dashed palette(mid); border-radius: 4px; }"
        )
        self.setAccessibleName(
            QCoreApplication.translate("Outcome", "Suggested key messages, not yet yours")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.title = QLabel()
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.list = QListWidget()
        self.list.setAccessibleName(
            QCoreApplication.translate(
                "Outcome", "Suggested key messages, not yet yours: Enter or double-click uses one"
            )
        )
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setItemDelegate(LinesDelegate(3, self.list))
        self.list.itemActivated.connect(lambda item: self.use_requested.emit([self._id(item)]))
        layout.addWidget(self.list, 1)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no steps to count: it moves while the work goes on
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(QCoreApplication.translate("Outcome", "Finding drafts"))
        layout.addWidget(self.busy)
        layout.addLayout(self._buttons())
        self.show_drafts([])

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.use_all_button = QPushButton(QCoreApplication.translate("Outcome", "Use &all"))
        self.use_all_button.setToolTip(
            QCoreApplication.translate(
                "Outcome", "Add every suggestion to the key messages (Ctrl+Z undoes)"
            )
        )
        self.use_all_button.clicked.connect(
            lambda: self.use_requested.emit(
                [self._id(self.list.item(row)) for row in range(self.list.count())]
            )
        )
        self.use_button = QPushButton(QCoreApplication.translate("Outcome", "Use &selected"))
        self.use_button.clicked.connect(
            lambda: self.use_requested.emit([self._id(i) for i in self.list.selectedItems()])
        )
        self.dismiss_button = QPushButton(QCoreApplication.translate("Outcome", "D&ismiss"))
        self.dismiss_button.clicked.connect(self.dismissed)
        self.cancel_button = QPushButton(QCoreApplication.translate("Outcome", "Stop"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        for button in (self.use_all_button, self.use_button, self.dismiss_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        return row

    @staticmethod
    def _id(item: QListWidgetItem | None) -> int:
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else -1

    def show_working(self, text: str) -> None:
        self.list.clear()
        self.title.setText(suggested_title(text))
        self.busy.show()
        self.cancel_button.show()
        for button in (self.use_all_button, self.use_button, self.dismiss_button):
            button.hide()
        self.show()

    def show_drafts(self, drafts: list[Any], note: str = "") -> None:
        """Show ``drafts`` (``breakout.drafts.Draft``), or hide the box if there are none."""
        self.busy.hide()
        self.cancel_button.hide()
        self.list.clear()
        grey = self.palette().color(QPalette.ColorRole.PlaceholderText)
        font = QFont(self.list.font())
        font.setItalic(True)
        for draft in drafts:
            item = QListWidgetItem(draft.text)
            item.setData(Qt.ItemDataRole.UserRole, draft.contribution)
            item.setFont(font)
            item.setForeground(grey)
            not_yours = QCoreApplication.translate("Outcome", "Suggested, not yet yours: %1")
            item.setToolTip(fill(not_yours, draft.text))
            suggested = QCoreApplication.translate("Outcome", "Suggested: %1")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, fill(suggested, draft.text))
            self.list.addItem(item)
        detail = note or QCoreApplication.translate(
            "Outcome", "the most representative contributions; use them or write your own"
        )
        self.title.setText(suggested_title(detail))
        for button in (self.use_all_button, self.use_button, self.dismiss_button):
            button.show()
        self.setVisible(bool(drafts))
        self._fit_list()

    def _fit_list(self) -> None:
        """As tall as the drafts (a few lines each), up to :data:`DRAFTS_MOST` pixels."""
        rows = sum(self.list.sizeHintForRow(row) for row in range(self.list.count()))
        self.list.setFixedHeight(min(DRAFTS_MOST, max(rows, 24) + 2 * self.list.frameWidth() + 4))


class PointRecord(QWidget):
    """A point's contributions as the console lists them (time, who, kind, text),
    read only, to write from; a double-click or "Quote into key messages" asks
    for one to be quoted (``quote_requested``, with its row)."""

    quote_requested = Signal(int)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self._point: int | None = None
        self._fitting = 0  # which round of fitting the rows is current
        self.model = ContributionsModel(session, lambda _id, _text: False)
        view = QTableView()
        view.setAccessibleName(
            QCoreApplication.translate(
                "Outcome", "Contributions at this point, newest first; read only"
            )
        )
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setWordWrap(True)
        view.verticalHeader().hide()
        view.setItemDelegate(LinesDelegate(CONTRIBUTION_LINES, view, cell_key=self.model.cell_key))
        view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        keep_columns_fitted(view, (0, 1, 2), NAME_COLUMN_MOST, rows=FIT_AT_ONCE)
        view.doubleClicked.connect(lambda index: self.quote_requested.emit(index.row()))
        self.model.modelReset.connect(self._fit_rows)
        self.model.rowsInserted.connect(self._fit_rows)
        self.view = view
        self.quote_button = QPushButton(
            QCoreApplication.translate("Outcome", "Quote i&nto key messages")
        )
        self.quote_button.setToolTip(
            QCoreApplication.translate(
                "Outcome", "Add the selected contribution as a key message (or double-click it)"
            )
        )
        self.quote_button.clicked.connect(
            lambda: self.quote_requested.emit(self.view.currentIndex().row())
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.heading = heading(
            QCoreApplication.translate("Outcome", "Contri&butions at this point"), view
        )
        layout.addWidget(self.heading)
        layout.addWidget(view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.quote_button)
        layout.addLayout(row)

    def show_point(self, point_id: int | None) -> None:
        """Show the point's contributions (read again: they may have changed)."""
        if point_id != self._point:
            self._point = point_id
            self.model.set_point(point_id)
        else:
            self.model.reload()
        count = self.model.rowCount()
        words = AppWords()
        self.heading.setText(
            words.tr("Contri&butions at this point (%n) — double-click quotes one", None, count)
        )

    def _fit_rows(self, *_: object) -> None:
        """Fit the rows to their text a screenful at a time, between frames: a
        point may hold hundreds of contributions, and the page must show at once."""
        self._fitting += 1
        self._fit_some(self._fitting, 0)

    def _fit_some(self, generation: int, first: int) -> None:
        if generation != self._fitting:
            return  # the list changed since; that round fits it
        last = min(self.model.rowCount(), first + FIT_AT_ONCE)
        for row in range(first, last):
            self.view.resizeRowToContents(row)
        if last < self.model.rowCount():
            QTimer.singleShot(0, self.view, lambda: self._fit_some(generation, last))


def key_messages_html(points: Sequence[Point]) -> str:
    """Each point in bold, then its key messages, each line in its own direction."""
    parts = []
    for n, point in enumerate(points, 1):
        parts.append(f"<p><b>{n}. {html.escape(point.text)}</b></p>")
        lines = key_message_lines(point.key_messages)
        for line in lines:
            way = "rtl" if direction_of(line) == Qt.LayoutDirection.RightToLeft else "ltr"
            parts.append(f'<p dir="{way}" style="margin-left: 12px">• {html.escape(line)}</p>')
        if not lines:
            none_yet = html.escape(QCoreApplication.translate("Outcome", "None yet"))
            parts.append(f'<p style="color: gray; margin-left: 12px">{none_yet}</p>')
    return "".join(parts)


def refusal_label() -> QLabel:
    label = QLabel("")
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("Outcome", "Not saved"))
    label.setStyleSheet("color: #c62828;")
    label.hide()
    return label
