"""The shared screen: what the room reads on a projector or TV.

One window, drawn only from :func:`breakout.room.room_view`, so it can show
nothing the engine has not cleared for the room: the session title, "Point 3
of 6", the question in large type, the time left in digits, in words and as a
bar (amber near the end, red over), who is speaking and who is next — never
notes, contributions, or names under the Chatham House Rule.

Type is sized from the window's height so it reads from the back of the room
whatever the display; the question shrinks only as far as it must to fit.

Besides this live view the window has two voting modes. While people vote
(:meth:`SharedScreen.show_kiosk`) the room reads only "Voting: 12 of 38 have
voted"; the kiosk itself (:mod:`breakout_qt.kiosk`) opens in a window of its own — a
touch screen, or the laptop turned round — never on the room's screen, so
nobody's code or dots are seen by the room. Then a closed round's results
(:meth:`SharedScreen.show_results`), a ranked bar chart drawn only from
:func:`breakout.tally.tally_round`, which refuses a round that has not
closed. :meth:`SharedScreen.show_live` goes back.

Neither window takes the keyboard from the console when it opens
(:func:`show_quietly`): the room's window never asks for it, and the kiosk
gets it only when the facilitator hands it over.

The look (schemes, type sizes) is in :mod:`breakout_qt.room_look`, the time bar, turnout
and results views in :mod:`breakout_qt.room_views`, and where the windows open in
:mod:`breakout_qt.screen_placement`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from breakout.errors import BreakoutError
from breakout.room import RoomView, clock_digits, room_view
from breakout.session import Session
from breakout.tally import RoundResult, tally_round
from breakout_qt.phone_qr import JoinCode

if TYPE_CHECKING:
    from breakout_qt.kiosk import Kiosk, KioskWindow

from breakout_qt.i18n import Catalogue, RoomWords
from breakout_qt.room_look import (
    BAR_SHARE,
    DIGITS_SHARE,
    MARGIN_SHARE,
    PEOPLE_SHARE,
    POINT_SHARE,
    QUESTION_BOX_SHARE,
    QUESTION_MIN_SHARE,
    QUESTION_SHARE,
    SCHEMES,
    TITLE_SHARE,
    TITLE_WAITING_SHARE,
    WORDS_SHARE,
    pixel_font,
)
from breakout_qt.room_views import ResultsView, TimeBar, TurnoutView
from breakout_qt.room_words import (
    lines,
    point_words,
    queue_words,
    speaking_words,
    time_words,
    turnout_line,
)
from breakout_qt.screen_placement import _nothing, choose_kiosk_screen, choose_screen, show_quietly


class SharedScreen(QWidget):
    """The room's window. Call :meth:`refresh` after every change; it ticks by itself
    once a second while a point's clock runs."""

    results_shown = Signal(int)  # a closed round's result is on the screen: phones see it too

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        console: QWidget | None = None,
        words: RoomWords | None = None,
        kiosk_words: Catalogue | None = None,
    ) -> None:
        super().__init__(parent)
        # The room's languages (one, or two shown together) and the kiosk's.
        self.words = words if words is not None else RoomWords(Catalogue())
        self.kiosk_words = kiosk_words if kiosk_words is not None else self.words.first
        self.setLayoutDirection(self.words.direction)
        self.setWindowFlag(Qt.WindowType.Window, True)  # its own window even with a parent
        self.setObjectName("sharedScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # The room's window never takes the keyboard from the console.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._console = console
        w = self.words.first
        self.setWindowTitle(w.translate("Room", "Breakout — shared screen"))
        self.setAccessibleName(w.translate("Room", "Shared screen"))
        self.session = session
        self.view: RoomView | None = None
        self.scheme = "dark"  # the name set_scheme takes: "dark" or "light"
        self.colours = SCHEMES["dark"]

        self.title_label = self._label(w.translate("Room", "Session title"), wrap=True)
        self.point_label = self._label(w.translate("Room", "Point"), wrap=True)
        self.question_label = self._label(w.translate("Room", "Question"), wrap=True)
        self.question_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.question_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.time_label = self._label(w.translate("Room", "Time left"))
        self.time_words_label = self._label(w.translate("Room", "Time left in words"), wrap=True)
        self.bar = TimeBar(self, w)
        self.speaker_label = self._label(w.translate("Room", "Speaking now"), wrap=True)
        self.queue_label = self._label(w.translate("Room", "Next speakers"), wrap=True)

        # What the window shows: "live" (the session), "kiosk" (how many have
        # voted, while the kiosk window takes ballots) or "results".
        self.mode = "live"
        self.kiosk_window: KioskWindow | None = None
        self._quiet_kiosk: Callable[[], None] = _nothing
        self.results_view: ResultsView | None = None
        self._results_round: int | None = None

        self.live_view = QWidget(self)
        self.live_view.setAccessibleName(w.translate("Room", "Live view"))
        self.turnout_view = TurnoutView(self, w)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.live_view)
        self._stack.addWidget(self.turnout_view)
        self._layout = QVBoxLayout(self.live_view)
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._layout.addWidget(self.title_label)
        self._layout.addWidget(self.point_label)
        # While phones are on, their join address beside the question (a QR code).
        self.join_code = JoinCode(w)
        question_row = QHBoxLayout()
        question_row.addWidget(self.question_label, 1)
        question_row.addWidget(self.join_code, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(question_row, 1)
        self.join_code.changed.connect(self._fit_question)
        time_row = QHBoxLayout()
        time_row.setSpacing(0)
        time_row.addWidget(self.time_label, 0, Qt.AlignmentFlag.AlignVCenter)
        time_row.addWidget(self.time_words_label, 1, Qt.AlignmentFlag.AlignVCenter)
        self._time_row = time_row
        self._layout.addLayout(time_row)
        self._layout.addWidget(self.bar)
        self._layout.addWidget(self.speaker_label)
        self._layout.addWidget(self.queue_label)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)

        self.resize(960, 540)
        self.set_scheme("dark")
        self._apply_sizes()
        self.refresh()

    def set_languages(self, words: RoomWords, kiosk_words: Catalogue) -> None:
        """Speak other languages from now on (the kiosk's from the next round it opens)."""
        self.words = words
        self.kiosk_words = kiosk_words
        self.setLayoutDirection(words.direction)
        self.join_code.set_words(words.first)
        if self.results_view is not None:
            self.results_view.words = words
        self.refresh()

    def _label(self, accessible_name: str, *, wrap: bool = False) -> QLabel:
        label = QLabel(self)
        label.setAccessibleName(accessible_name)
        label.setWordWrap(wrap)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names and questions are never markup
        if wrap:
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    # -- content -------------------------------------------------------------

    def refresh(self) -> None:
        """Read the session again and redraw whatever the window shows now.

        A kiosk or results whose round was undone away, or results whose round
        is no longer closed, give way to the live view.
        """
        self._refresh_live()
        if self.mode == "kiosk" and self.kiosk is not None:
            try:
                self.kiosk.refresh()
                self._refresh_turnout()
            except BreakoutError:
                self.show_live()
        elif self.mode == "results" and self._results_round is not None:
            try:
                self._show_result(self._results_round)
            except BreakoutError:
                self.show_live()

    def _refresh_live(self) -> None:
        view = room_view(self.session)
        self.view = view
        self.title_label.setText(view.session_title)
        started = view.started
        for widget in (
            self.point_label,
            self.time_label,
            self.time_words_label,
            self.bar,
            self.speaker_label,
            self.queue_label,
        ):
            widget.setVisible(started)
        self.question_label.setAlignment(
            Qt.AlignmentFlag.AlignLeft
            | (Qt.AlignmentFlag.AlignTop if started else Qt.AlignmentFlag.AlignVCenter)
        )
        if not started:
            self.question_label.setText(
                lines(self.words, lambda c: c.translate("Room", "Starting soon"))
            )
            for label in (self.point_label, self.time_label, self.time_words_label):
                label.setText("")
            self.speaker_label.setText("")
            self.queue_label.setText("")
            self.bar.set_reading(0.0, "none")
        else:
            self.point_label.setText(lines(self.words, lambda c: point_words(c, view)))
            self.question_label.setText(view.question or "")
            self.time_label.setText(clock_digits(view))
            self.time_words_label.setText(self._words(view))
            self.time_label.setAccessibleDescription(self.time_words_label.text())
            self.bar.set_reading(view.fraction_used, view.warning)
            self.speaker_label.setText(lines(self.words, lambda c: speaking_words(c, view)))
            self.queue_label.setText(lines(self.words, lambda c: queue_words(c, view)))
        self._colour_time()
        self._apply_sizes()
        if view.running and self.isVisible():
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    def _tick(self) -> None:
        if self.session.closed:  # closed under the screen: stop quietly
            self.timer.stop()
            return
        self._refresh_live()

    def _words(self, view: RoomView) -> str:
        return lines(self.words, lambda c: time_words(c, view))

    # -- look ----------------------------------------------------------------

    def set_scheme(self, name: str) -> None:
        """Switch between "dark" (near-black, white text) and "light" (white, near-black text)."""
        if name not in SCHEMES:
            raise ValueError(f"unknown scheme {name!r}; use {' or '.join(SCHEMES)}")
        scheme = SCHEMES[name]
        self.scheme = name
        self.colours = scheme
        self.setStyleSheet(
            f"#sharedScreen {{ background-color: {scheme.background}; }}"
            f"QLabel {{ color: {scheme.text}; background: transparent; }}"
        )
        for label in (self.title_label, self.point_label, self.queue_label):
            label.setStyleSheet(f"color: {scheme.muted};")
        self.bar.set_scheme(scheme)
        self._colour_time()
        if self.kiosk is not None:
            self.kiosk.set_scheme(scheme)
        self.turnout_view.set_scheme(scheme)
        if self.results_view is not None:
            self.results_view.set_scheme(scheme)

    def _colour_time(self) -> None:
        state = self.view.warning if self.view is not None else "none"
        scheme = self.colours
        colour = {"near": scheme.near_text, "over": scheme.over_text}.get(state, scheme.text)
        self.time_label.setStyleSheet(f"color: {colour};")

    def time_colour(self) -> QColor:
        """The colour the digits are drawn in now (follows the warning)."""
        state = self.view.warning if self.view is not None else "none"
        scheme = self.colours
        return QColor({"near": scheme.near_text, "over": scheme.over_text}.get(state, scheme.text))

    def _apply_sizes(self) -> None:
        h = max(200, self.height())
        margin = round(max(12, MARGIN_SHARE * h))
        self._layout.setContentsMargins(round(margin * 1.4), margin, round(margin * 1.4), margin)
        self._layout.setSpacing(round(0.018 * h))
        self._time_row.setSpacing(round(0.05 * h))
        waiting = self.view is None or not self.view.started
        self.title_label.setFont(
            pixel_font(self, (TITLE_WAITING_SHARE if waiting else TITLE_SHARE) * h)
        )
        self.point_label.setFont(pixel_font(self, POINT_SHARE * h, bold=True))
        digits = pixel_font(self, DIGITS_SHARE * h, bold=True)
        digits.setFeature(QFont.Tag("tnum"), 1)  # digits that do not jiggle as they count
        self.time_label.setFont(digits)
        self.time_words_label.setFont(pixel_font(self, WORDS_SHARE * h))
        self.bar.setFixedHeight(max(8, round(BAR_SHARE * h)))
        self.speaker_label.setFont(pixel_font(self, PEOPLE_SHARE * h, bold=True))
        self.queue_label.setFont(pixel_font(self, PEOPLE_SHARE * h))
        self._fit_question()

    def _fit_question(self) -> None:
        """Size the question from the window's height, shrinking only if it would not fit."""
        h = max(200, self.height())
        margins = self._layout.contentsMargins()
        width = max(100, self.width() - margins.left() - margins.right())
        if self.join_code.isVisibleTo(self):  # the phones' QR code takes its share
            width = max(100, width - self.join_code.sizeHint().width())
        box = QUESTION_BOX_SHARE * h
        text = self.question_label.text()
        size = max(14, min(160, round(QUESTION_SHARE * h)))
        floor = max(12, round(QUESTION_MIN_SHARE * h))
        font = pixel_font(self, size, bold=True)
        while size > floor:
            font.setPixelSize(size)
            used = QFontMetrics(font).boundingRect(
                QRect(0, 0, width, 100 * h), Qt.TextFlag.TextWordWrap, text
            )
            if used.height() <= box and used.width() <= width:
                break
            size = max(floor, int(size * 0.94))
        font.setPixelSize(size)
        self.question_label.setFont(font)

    # -- voting modes --------------------------------------------------------

    @property
    def kiosk(self) -> Kiosk | None:
        """The kiosk taking ballots now (in its own window), if any."""
        return self.kiosk_window.kiosk if self.kiosk_window is not None else None

    def show_kiosk(self, round_id: int) -> Kiosk:
        """Take ballots in this round at the kiosk, in a window of its own; the room's
        screen shows how many have voted. Neither takes the keyboard from the console."""
        from breakout_qt.kiosk import Kiosk, KioskWindow

        self.session.voting.round(round_id)  # refuse a round that does not exist
        if self.kiosk_window is not None and self.kiosk_window.kiosk.round_id == round_id:
            self.kiosk_window.kiosk.reset()
        else:
            self._drop_kiosk()
            kiosk = Kiosk(self.session, round_id, words=self.kiosk_words)
            kiosk.set_scheme(self.colours)
            kiosk.voted.connect(self._refresh_turnout)
            self.kiosk_window = KioskWindow(kiosk)
        self._results_round = None
        self.mode = "kiosk"
        self._refresh_turnout()
        self._stack.setCurrentWidget(self.turnout_view)
        if not self.kiosk_window.isVisible():
            self._place_kiosk(self.kiosk_window)
        self.kiosk_window.kiosk.focus_start()
        return self.kiosk_window.kiosk

    def kiosk_round(self) -> int | None:
        """The round whose kiosk window is open now, or None."""
        window = self.kiosk_window
        return window.kiosk.round_id if window is not None and window.isVisible() else None

    def hand_over_kiosk(self) -> None:
        """Give the kiosk window the keyboard (the facilitator asked: F7 again)."""
        if self.kiosk_window is not None:
            self._quiet_kiosk()  # on purpose now: the console does not take it back
            self.kiosk_window.hand_over()

    def _place_kiosk(self, window: KioskWindow) -> None:
        """On a screen of its own, full screen; else a window on the console's screen
        (the laptop turned round); with one display, a window beside the room's."""
        room = self.screen() if self.isVisible() else None
        console = self._console_screen()
        target = choose_kiosk_screen(QGuiApplication.screens(), room, console)
        if target is not None and target is not console:
            window.setScreen(target)
            window.setGeometry(target.geometry())
            self._quiet_kiosk = show_quietly(window, window.showFullScreen)
            return
        if target is None and room is not None and not self.isFullScreen():
            # One display for everything: side by side, the room's count on the left,
            # the kiosk on the right, neither hiding the other.
            area = room.availableGeometry()
            half = area.width() // 2
            self._fit_frame(self, QRect(area.x(), area.y(), half, area.height()))
            right = QRect(area.x() + half, area.y(), area.width() - half, area.height())
            self._fit_frame(window, right)
            self._quiet_kiosk = show_quietly(window, window.show)
            return
        area = (target or console or QGuiApplication.primaryScreen()).availableGeometry()
        width = min(1100, round(area.width() * 0.8))
        height = min(720, round(area.height() * 0.85))
        window.resize(width, height)
        frame = window.frameGeometry()
        frame.moveCenter(area.center())
        window.move(frame.topLeft())
        self._quiet_kiosk = show_quietly(window, window.show)

    def _fit_frame(self, window: QWidget, outer: QRect) -> None:
        """Place a window so that its frame (title bar and borders, as the room's window
        has them) fills ``outer``."""
        frame, inner = self.frameGeometry(), self.geometry()
        window.setGeometry(
            outer.adjusted(
                inner.left() - frame.left(),
                inner.top() - frame.top(),
                inner.right() - frame.right(),
                inner.bottom() - frame.bottom(),
            )
        )

    def _refresh_turnout(self) -> None:
        kiosk = self.kiosk
        if kiosk is None:
            return
        rnd = self.session.voting.round(kiosk.round_id)
        voted, present = self.session.voting.turnout(rnd.id)
        by_code = kiosk.by_code()

        def note(c: Catalogue) -> str:
            if rnd.state != "open":
                return ""
            if by_code:
                return c.translate("Room", "Vote at the kiosk with the code on your card")
            return c.translate("Room", "Vote at the kiosk: tap your name there")

        count = lines(self.words, lambda c: turnout_line(c, voted, present, rnd.state))
        self.turnout_view.show_turnout(rnd.title, count, lines(self.words, note))

    def show_results(self, round_id: int) -> RoundResult:
        """The ranked result of a closed round; refused (BreakoutError) before it closes."""
        result = self._show_result(round_id)
        self._drop_kiosk()
        self.mode = "results"
        assert self.results_view is not None
        self._stack.setCurrentWidget(self.results_view)
        self.results_shown.emit(round_id)
        return result

    def _show_result(self, round_id: int) -> RoundResult:
        result = tally_round(self.session, round_id)  # refuses unless the round is closed
        rnd = self.session.voting.round(round_id)
        if self.results_view is None:
            self.results_view = ResultsView(self, self.words)
            self.results_view.set_scheme(self.colours)
            self._stack.addWidget(self.results_view)
        self.results_view.show_result(rnd.title, result, rnd.rules)
        self._results_round = round_id
        return result

    def show_live(self) -> None:
        """Back to the session: the question, the clock and the queue."""
        self._drop_kiosk()
        self._results_round = None
        if self.results_view is not None:
            self.results_view.clear()
        self.mode = "live"
        self._stack.setCurrentWidget(self.live_view)
        self._refresh_live()

    def _drop_kiosk(self) -> None:
        if self.kiosk_window is not None:
            window = self.kiosk_window
            self.kiosk_window = None
            window.close()
            window.deleteLater()

    # -- the window ----------------------------------------------------------

    def show_on_best_screen(self) -> None:
        """Full screen on a display other than the console's when there is one,
        else a normal movable window."""
        console = self._console_screen()
        target = choose_screen(QGuiApplication.screens(), console, QGuiApplication.primaryScreen())
        if target is None:
            if self.isFullScreen():
                self.showNormal()
            if not self.isVisible():
                self.resize(960, 540)
                if console is not None:
                    area = console.availableGeometry()
                    frame = self.frameGeometry()
                    frame.moveCenter(area.center())
                    self.move(frame.topLeft())
            show_quietly(self, self.show)
        else:
            self.setScreen(target)
            self.setGeometry(target.geometry())
            show_quietly(self, self.showFullScreen)
        # Never activateWindow(): the console keeps the keyboard.

    def _console_screen(self) -> QScreen | None:
        console = self._console if self._console is not None else self.parentWidget()
        if console is not None:
            return console.window().screen()
        return QGuiApplication.primaryScreen()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._drop_kiosk()  # the kiosk window goes with the room's screen
        super().closeEvent(event)
