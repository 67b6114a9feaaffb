"""The console's panels. Each reads the session and asks the window to act;
none of them writes data itself."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from breakout.clock import ClockReading, clock_digits, countdown_seconds, read_clock
from breakout.session import Session
from breakout_qt.i18n import console_words, fill
from breakout_qt.models import AgendaModel, format_minutes
from breakout_qt.room_words import span_words

Index = QModelIndex | QPersistentModelIndex

# Colours that read in daylight and say the same thing without colour: the
# words beside them always spell out the state.
STATE_COLOURS = {"none": "#2e7d32", "near": "#b26a00", "over": "#c62828"}


def heading(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def names_completer(parent: QWidget) -> QCompleter:
    """Type-ahead over participant names: matches anywhere, any case."""
    completer = QCompleter(QStringListModel([], parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


def set_names(completer: QCompleter, names: list[str]) -> None:
    model = completer.model()
    assert isinstance(model, QStringListModel)
    model.setStringList(names)


class AgendaTable(QTableView):
    """The agenda; rows move by drag and drop or Alt+Up / Alt+Down."""

    move_requested = Signal(int, int)  # point id, new index

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(QCoreApplication.translate("Panels", "Agenda"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._rows_fitted = True

    def setModel(self, model: AgendaModel) -> None:  # type: ignore[override]
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(self._column_resized)
        model.modelReset.connect(self._rows_changed)
        model.move_requested.connect(self.move_requested)

    def _column_resized(self, column: int, old: int, new: int) -> None:
        # Only the point's text wraps: its width is what sets the rows' heights.
        if column == 1 and new != old:
            self._rows_changed()

    def _rows_changed(self) -> None:
        """Fit the rows to their text when next drawn: as the window first shows,
        the point's column changes width several times before anything is drawn."""
        self._rows_fitted = False
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._rows_fitted:
            self._rows_fitted = True
            self.resizeRowsToContents()
        super().paintEvent(event)


class ClockPanel(QFrame):
    """The current point's clock and the session's, with overrun in colour and words."""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        row = QHBoxLayout()
        self.time_label = QLabel("–:––")
        self.time_label.setObjectName("pointClock")
        self.time_label.setAccessibleName(
            QCoreApplication.translate("Panels", "Time left on this point")
        )
        font = self.time_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        font.setFamilies(["DejaVu Sans Mono", "Monospace"])
        self.time_label.setFont(font)
        self.words_label = QLabel(QCoreApplication.translate("Panels", "No point running"))
        self.words_label.setAccessibleName(QCoreApplication.translate("Panels", "Clock state"))
        words_font = self.words_label.font()
        words_font.setPointSizeF(words_font.pointSizeF() * 1.2)
        self.words_label.setFont(words_font)
        row.addWidget(self.time_label)
        row.addSpacing(12)
        row.addWidget(self.words_label, 1)
        self.session_label = QLabel("")
        self.session_label.setAccessibleName(QCoreApplication.translate("Panels", "Session clock"))
        self.session_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.session_label)
        layout.addLayout(row)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(
            QCoreApplication.translate("Panels", "Share of the time-box used")
        )
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setRange(0, 1000)
        layout.addWidget(self.bar)
        self.state = "idle"

    def show_reading(self, point: ClockReading | None, whole: ClockReading) -> None:
        if point is None:
            self.state = "idle"
            self.time_label.setText("–:––")
            self.words_label.setText(
                QCoreApplication.translate("Panels", "No point started — F6 starts the first")
            )
            self.bar.setValue(0)
            colour = "palette(mid)"
        else:
            self.state = point.warning
            self.time_label.setText(clock_digits(point.remaining))
            text = console_time_words(point.remaining)
            if not point.running:
                resumes = QCoreApplication.translate("Panels", "%1 (paused — F6 resumes)")
                text = fill(
                    resumes
                    if point.elapsed
                    else QCoreApplication.translate("Panels", "%1 (F6 starts)"),
                    text,
                )
            self.words_label.setText(text)
            self.bar.setValue(min(1000, int(point.fraction * 1000)))
            colour = STATE_COLOURS[point.warning]
        self.time_label.setStyleSheet(f"color: {colour};" if point else "")
        self.words_label.setStyleSheet(f"color: {colour};" if point else "")
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        if whole.elapsed > whole.planned:
            said, rest = (
                QCoreApplication.translate("Panels", "Agenda %1 of %2 · %3 over"),
                whole.overrun,
            )
        else:
            said, rest = (
                QCoreApplication.translate("Panels", "Agenda %1 of %2 · %3 left"),
                whole.remaining,
            )
        elapsed, planned = format_minutes(whole.elapsed), format_minutes(whole.planned)
        self.session_label.setText(fill(said, elapsed, planned, format_minutes(rest)))

    def update_from(self, session: Session) -> None:
        now = session.clock()
        current = session.info().current_point
        points = session.agenda.points()
        # The whole agenda: time spent on all points against the plan (breaks don't count).
        whole = read_clock(session.agenda.all_runs(), sum(p.minutes for p in points), now)
        if current is None:
            self.show_reading(None, whole)
            return
        point = session.point(current)
        self.show_reading(read_clock(session.agenda.point_runs(current), point.minutes, now), whole)


def console_time_words(remaining: float) -> str:
    """Time left in the console's language: "4 min left", "Time's up", "Over by 2 min"."""
    words = console_words()
    seconds = countdown_seconds(remaining)
    if seconds > 0:
        return fill(words.translate("Room", "%1 left"), span_words(words, seconds))
    if seconds == 0:
        return words.translate("Room", "Time's up")
    return fill(words.translate("Room", "Over by %1"), span_words(words, -seconds))


class CaptureEdit(QPlainTextEdit):
    """Type what is said; Enter saves, Shift+Enter starts a new line."""

    submitted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(QCoreApplication.translate("Panels", "Contribution text"))
        self.setPlaceholderText(
            QCoreApplication.translate(
                "Panels",
                "Type what is said — Enter saves, Shift+Enter for a new line, "
                "Ctrl+1…4 sets the kind",
            )
        )
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class NameEntry(QLineEdit):
    """A name with type-ahead from the roster; Enter submits it."""

    def __init__(self, placeholder: str, accessible: str) -> None:
        super().__init__()
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(accessible)
        self.setCompleter(names_completer(self))

    def event(self, event: QEvent) -> bool:
        # With nothing of its own to undo, the field lets Ctrl+Z undo the session.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                (event.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable())
                or (event.matches(QKeySequence.StandardKey.Redo) and not self.isRedoAvailable())
            )
        ):
            event.ignore()
            return False
        return super().event(event)

    def set_names(self, names: list[str]) -> None:
        completer = self.completer()
        assert completer is not None
        set_names(completer, names)


class MovableTable(QTableView):
    """A table whose selected row moves with Alt+Up / Alt+Down and deletes with Delete."""

    move_by = Signal(int)  # -1 up, +1 down
    delete_pressed = Signal()

    def __init__(self, accessible: str) -> None:
        super().__init__()
        self.setAccessibleName(accessible)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.setWordWrap(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_by.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if (
            event.key() == Qt.Key.Key_Delete
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)

    def selected_row(self) -> int:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return rows[0].row() if rows else self.currentIndex().row()


class QueueTable(MovableTable):
    """The speaking queue. Its columns fit the widest text they can hold in bold
    (the speaker's row is bold) — "▶", "99", "speaking 88:88" — so nothing moves
    when someone gets the floor or as the waiting times tick; the speaker's name
    takes the rest. One line a row: a long name or group ends in "…"."""

    GROUP_SHARE = 0.28  # of the table's width, at most

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("Panels", "Speaking queue"))
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if model is not None:
            model.modelReset.connect(self.fit_columns)
        self.fit_columns()

    def fit_columns(self) -> None:
        model = self.model()
        if model is None or model.columnCount() < 4:
            return
        header = self.horizontalHeader()
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        pad = 2 * metrics.horizontalAdvance("n")
        speaking = fill(QCoreApplication.translate("Models", "speaking %1"), "88:88")
        for column, sample in ((0, "99"), (3, speaking)):
            width = max(metrics.horizontalAdvance(sample) + pad, header.sectionSizeHint(column))
            header.resizeSection(column, width)
        groups = {str(model.index(row, 2).data() or "") for row in range(model.rowCount())}
        group_width = max((metrics.horizontalAdvance(g) for g in groups), default=0) + pad
        most = int(self.viewport().width() * self.GROUP_SHARE)
        header.resizeSection(2, max(header.sectionSizeHint(2), min(group_width, most)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()


def page_actions(
    page: QWidget, specs: Sequence[tuple[str, str, str, Callable[[], object]]]
) -> dict[str, QAction]:
    """Actions whose keys work whenever ``page`` is showing; by name.

    ``specs`` are (name, text, keys, slot). The keys are window-wide while the
    page is visible — however the page was reached (Alt+number, a click on its
    tab, a menu), wherever the keyboard focus is — and do nothing while another
    page is shown. The window lists them in its shortcuts help.
    """
    made = {}
    for name, text, keys, slot in specs:
        action = QAction(text, page)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False, run=slot: run())
        page.addAction(action)
        made[name] = action
    return made


class SteadyTabs(QTabWidget):
    """Tabs that do not repaint all they hold when something inside changes size.

    QTabWidget answers each layout request from its pages (a label inside
    given new text, say) by repainting itself whole: on the console that is
    the entire window, for every capture. The pages and the tab bar repaint
    what they change themselves, so the tab widget's own repaint is held back
    while it lays its pages out again.
    """

    def event(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.LayoutRequest:
            return super().event(event)
        self.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, True)
        try:
            return super().event(event)
        finally:
            self.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, False)


def focus_page_on_mnemonic(tabs: QTabWidget) -> None:
    """When a tab is chosen by its Alt+letter, the keyboard goes into its page too
    (to the page's focus proxy): the letter on "Participants" lands in the list."""
    bar = tabs.tabBar()
    filter_ = _TabMnemonicFilter(tabs)
    bar.installEventFilter(filter_)


class _TabMnemonicFilter(QObject):
    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut and isinstance(watched, QTabBar):
            watched.event(event)  # the bar shows the tab the letter names
            page = self._tabs.currentWidget()
            if page is not None:
                page.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(watched, event)
