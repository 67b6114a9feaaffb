"""The current point and its clocks, at the top of the console's centre.

F6 starts or pauses (the engine decides which point: the current one, else
the first), Shift+F6 ends the point, Ctrl+PgDown / Ctrl+PgUp move on or back.
Moving between points is said in the status bar: what both clocks read and
how many waiting speakers came along.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout

from breakout.changes import Change
from breakout.clock import move_words, point_elapsed
from breakout.session import Session
from breakout_qt.console.base import Act, Host, Panel
from breakout_qt.i18n import QT_TRANSLATE_NOOP, console_words, fill
from breakout_qt.panels import ClockPanel as ClockFace
from breakout_qt.text_cells import ClampedLabel
from breakout_qt.undo import Operations

QUESTION_LINES = 3  # the current question in the console's header, at most
NOTES_LINES = 2


class ClockPanel(Panel):
    ACTIONS = (
        Act(
            "start",
            QT_TRANSLATE_NOOP("Console", "&Start / Pause Point"),
            "F6",
            lambda p: p.start_or_pause(),
        ),
        Act("end", QT_TRANSLATE_NOOP("Console", "En&d Point"), "Shift+F6", lambda p: p.end_point()),
        Act(
            "next",
            QT_TRANSLATE_NOOP("Console", "&Next Point"),
            "Ctrl+PgDown",
            lambda p: p.next_point(),
        ),
        Act(
            "previous",
            QT_TRANSLATE_NOOP("Console", "&Previous Point"),
            "Ctrl+PgUp",
            lambda p: p.previous_point(),
        ),
    )

    def __init__(self, session: Session, ops: Operations, host: Host) -> None:
        super().__init__(session, ops, host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.point_number_label = QLabel()
        self.point_number_label.setObjectName("pointNumber")
        # A long question is cut to three lines (all of it in the tooltip), so
        # the capture box and the contributions keep their room.
        self.question_label = ClampedLabel(QUESTION_LINES)
        self.question_label.setObjectName("currentQuestion")
        self.question_label.setAccessibleName(
            QCoreApplication.translate("Console", "Current question")
        )
        qfont = self.question_label.font()
        qfont.setPointSizeF(qfont.pointSizeF() * 1.45)
        qfont.setBold(True)
        self.question_label.setFont(qfont)
        self.notes_label = ClampedLabel(NOTES_LINES)
        self.notes_label.setAccessibleName(QCoreApplication.translate("Console", "Prompt notes"))
        self.notes_label.setStyleSheet("color: palette(dark); font-style: italic;")
        self.face = ClockFace()
        layout.addWidget(self.point_number_label)
        layout.addWidget(self.question_label)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.face)

    # -- actions -------------------------------------------------------------

    def start_or_pause(self) -> None:
        self.run(self.session.agenda.start_or_pause)

    def end_point(self) -> None:
        current = self.session.info().current_point
        if current is not None:
            self.run(lambda: self.session.agenda.end_point(current))

    def next_point(self) -> None:
        self.announce(self.run(self.session.agenda.next_point))

    def previous_point(self) -> None:
        self.announce(self.run(self.session.agenda.previous_point))

    def start_point(self, point_id: int) -> None:
        """Jump to a point (Enter in the agenda), saying what moving did."""
        self.announce(self.run(lambda: self.session.agenda.start_point(point_id)))

    def announce(self, change: Change[Any] | None) -> None:
        """Say what moving between points did to both clocks and the queue."""
        if change is None or change.result.left is None:
            return
        move = change.result
        session = self.session
        number = {p.id: n for n, p in enumerate(session.agenda.points(), 1)}
        left = session.point(move.left)
        self.host.show_status(
            move_words(
                left=number[move.left],
                left_elapsed=point_elapsed(session.agenda.point_runs(move.left), session.clock()),
                left_planned=left.minutes * 60.0,
                entered=number[move.entered],
                resumed=move.resumed,
                carried=move.carried,
            )
        )

    # -- redrawing -------------------------------------------------------------

    def refresh(self) -> None:
        session = self.session
        current = session.info().current_point
        points = session.agenda.points()
        if current is None:
            words = console_words()
            self.point_number_label.setText(words.tr("%n points on the agenda", None, len(points)))
            self.question_label.setText(
                QCoreApplication.translate(
                    "Console",
                    "No point started yet. Select one in the agenda and press Enter, or press F6.",
                )
            )
            self.notes_label.setText("")
        else:
            point = session.point(current)
            number = [p.id for p in points].index(current) + 1
            said = QCoreApplication.translate("Console", "Point %1 of %2 · %3 min time-box")
            if point.ended_at:
                said = QCoreApplication.translate(
                    "Console", "Point %1 of %2 · %3 min time-box · done"
                )
            self.point_number_label.setText(fill(said, number, len(points), point.minutes))
            self.question_label.setText(point.text)
            self.notes_label.setText(point.notes)
        self.face.update_from(session)

    def tick(self) -> None:
        self.face.update_from(self.session)
