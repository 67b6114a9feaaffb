"""The session's title and facts, its agenda and what it holds (the left column's first tab).

Enter on a point jumps to it, Alt+↑/↓ moves it, Delete deletes it; Ctrl+E
edits the selected (or current) point and Ctrl+Shift+A adds one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout

from breakout.session import Session
from breakout_qt.console.base import Act, Host, Panel
from breakout_qt.i18n import QT_TRANSLATE_NOOP, console_words
from breakout_qt.models import AgendaModel
from breakout_qt.panels import AgendaTable, heading
from breakout_qt.text_cells import ClampedLabel, LinesDelegate
from breakout_qt.undo import Operations

if TYPE_CHECKING:  # dialogs are imported when first opened
    from breakout_qt import dialogs

AGENDA_LINES = 3  # an agenda row, at most; the tooltip has the whole point


class AgendaPanel(Panel):
    ACTIONS = (
        Act("jump", QT_TRANSLATE_NOOP("Console", "&Jump to Point…"), "Ctrl+J", lambda p: p.focus()),
        Act(
            "edit",
            QT_TRANSLATE_NOOP("Console", "&Edit Point…"),
            "Ctrl+E",
            lambda p: p.ask_edit_point(),
        ),
        Act(
            "add",
            QT_TRANSLATE_NOOP("Console", "&Add Point…"),
            "Ctrl+Shift+A",
            lambda p: p.ask_add_point(),
        ),
    )

    def __init__(
        self, session: Session, ops: Operations, host: Host, start: Callable[[int], None]
    ) -> None:
        super().__init__(session, ops, host)
        self._start = start
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title_label = ClampedLabel(4)
        self.title_label.setObjectName("sessionTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.facts_label = ClampedLabel(3)
        self.facts_label.setObjectName("sessionFacts")
        self.model = AgendaModel(session)
        self.view = AgendaTable()
        self.view.setModel(self.model)
        self.view.setItemDelegate(LinesDelegate(AGENDA_LINES, self.view))
        self.view.move_requested.connect(self.move_point)
        self.view.activated.connect(lambda index: self.jump_to_row(index.row()))
        self.view.installEventFilter(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.facts_label)
        keys = heading(QCoreApplication.translate("Console", "Agenda — Enter jumps, Alt+↑/↓ moves"))
        keys.setWordWrap(True)  # longer in some languages than the column is wide
        layout.addWidget(keys)
        layout.addWidget(self.view, 1)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.setFocusProxy(self.view)

    # -- actions -------------------------------------------------------------

    def focus(self) -> None:
        self.host.reveal(self)
        self.view.setFocus()

    def jump_to_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self._start(self.model.point_at(row).id)

    def selected_point(self) -> int | None:
        row = self.view.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            return self.model.point_at(row).id
        return self.session.info().current_point

    def ask_point(self, point_id: int | None) -> dialogs.PointEdit | None:
        point = self.session.point(point_id) if point_id is not None else None
        from breakout_qt.dialogs import PointDialog

        dialog = PointDialog(self, point, self.session.info().default_minutes)
        return dialog.result_value() if dialog.exec() == PointDialog.DialogCode.Accepted else None

    def ask_edit_point(self) -> None:
        point_id = self.selected_point()
        if point_id is None:
            return
        values = self.ask_point(point_id)
        if values is not None:
            self.run(
                lambda: self.session.agenda.edit_point(
                    point_id, text=values.text, notes=values.notes, minutes=values.minutes
                )
            )

    def ask_add_point(self) -> None:
        values = self.ask_point(None)
        if values is not None:
            self.run(
                lambda: self.session.agenda.add_point(
                    values.text, minutes=values.minutes, notes=values.notes
                )
            )

    def move_point(self, point_id: int, index: int) -> None:
        self.run(lambda: self.session.agenda.move_point(point_id, index))
        row = self.model.row_of(point_id)
        if row >= 0:
            self.view.selectRow(row)

    def delete_selected_point(self) -> None:
        point_id = self.selected_point()
        if point_id is not None:
            self.run(lambda: self.session.agenda.delete_point(point_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and isinstance(event, QKeyEvent):
            if event.type() != QEvent.Type.KeyPress:
                return super().eventFilter(watched, event)
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            point_id = self.selected_point()
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and point_id is not None:
                row = self.model.row_of(point_id)
                self.move_point(point_id, row + (-1 if event.key() == Qt.Key.Key_Up else 1))
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected_point()
                return True
        return super().eventFilter(watched, event)

    # -- redrawing -------------------------------------------------------------

    def refresh(self) -> None:
        info = self.session.info()
        self.title_label.setText(
            info.title or QCoreApplication.translate("Console", "Untitled session")
        )
        self.facts_label.setText(" · ".join(p for p in (info.event, info.venue, info.dates) if p))
        self.model.reload()
        current = info.current_point
        row = self.model.row_of(current) if current is not None else -1
        if row >= 0 and not self.view.hasFocus():
            self.view.selectRow(row)
        self.refresh_summary()

    def refresh_summary(self) -> None:
        n = self.session.counts()
        words = console_words()
        parts = [
            words.tr("%n points", None, n["points"]),
            words.tr("%n min planned", None, n["minutes"]),
            words.tr("%n participants", None, n["participants"]),
            words.tr("%n contributions", None, n["contributions"]),
            words.tr("%n recommendations", None, n["recommendations"]),
        ]
        self.summary_label.setText(", ".join(parts[:2]) + " · " + " · ".join(parts[2:]))
