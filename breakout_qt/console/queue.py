"""The speaking queue and the room's balance (the console's right column).

Ctrl+K takes a name (a walk-in is added on the spot, in the same step), F8
gives the floor to the next speaker, F9 ends the turn, Delete or
Ctrl+Shift+W withdraws the selected waiting speaker, Alt+↑/↓ moves them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from breakout.session import Session
from breakout_qt.console.base import Act, Host, Panel
from breakout_qt.i18n import QT_TRANSLATE_NOOP
from breakout_qt.models import QueueModel
from breakout_qt.panels import NameEntry, QueueTable, heading
from breakout_qt.undo import Operations

# The queue's column that counts up while someone speaks (redrawn every second).
TIME_COLUMN = 3


class QueuePanel(Panel):
    ACTIONS = (
        Act("add", QT_TRANSLATE_NOOP("Console", "&Add Speaker…"), "Ctrl+K", lambda p: p.focus()),
        Act(
            "next", QT_TRANSLATE_NOOP("Console", "&Next Speaker"), "F8", lambda p: p.next_speaker()
        ),
        Act("end", QT_TRANSLATE_NOOP("Console", "&End Turn"), "F9", lambda p: p.end_turn()),
        Act(
            "withdraw",
            QT_TRANSLATE_NOOP("Console", "&Withdraw Selected"),
            "Ctrl+Shift+W",
            lambda p: p.withdraw_selected(),
        ),
    )

    def __init__(
        self,
        session: Session,
        ops: Operations,
        host: Host,
        buttons: tuple[Callable[[], object], Callable[[], object]],
    ) -> None:
        """``buttons`` fire the window's Next Speaker and End Turn actions."""
        super().__init__(session, ops, host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.entry = NameEntry(
            QCoreApplication.translate("Console", "Add to queue: type a name, Enter"),
            QCoreApplication.translate("Console", "Add a speaker to the queue"),
        )
        self.entry.returnPressed.connect(self.add)
        self.model = QueueModel(session)
        self.view = QueueTable()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.move_by.connect(self.move_selected)
        self.view.delete_pressed.connect(self.withdraw_selected)
        row = QHBoxLayout()
        texts = (
            QCoreApplication.translate("Console", "Next speaker (F8)"),
            QCoreApplication.translate("Console", "End turn (F9)"),
        )
        for text, trigger in zip(texts, buttons, strict=True):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, fire=trigger: fire())
            row.addWidget(button)
        layout.addWidget(
            heading(QCoreApplication.translate("Console", "Spea&king queue"), self.entry)
        )
        layout.addWidget(self.entry)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.balance = self._balance_panel()
        layout.addWidget(self.balance, 2)
        self.setMinimumWidth(300)

    def _balance_panel(self) -> QWidget:
        from breakout_qt.balance_panel import BalancePanel

        return BalancePanel()

    # -- actions -------------------------------------------------------------

    def focus(self) -> None:
        self.host.reveal(self)
        self.entry.setFocus()
        self.entry.selectAll()

    def add(self) -> None:
        name = self.entry.text().strip()
        if not name:
            return
        if self.session.info().current_point is None:
            self.host.show_error(
                QCoreApplication.translate(
                    "Console", "start a point first (F6), then take names for its queue"
                )
            )
            return
        # Who the name means, and adding them if new, is one engine operation.
        if self.run(lambda: self.session.queue.request_by_name(name)) is not None:
            self.entry.setText("")  # also forgets its typing history

    def next_speaker(self) -> None:
        self.run(self.session.queue.call_next)

    def end_turn(self) -> None:
        current = self.session.info().current_point
        active = self.session.queue.active_turn(current) if current is not None else None
        if active is None:
            self.host.show_error(QCoreApplication.translate("Console", "nobody has the floor"))
            return
        self.run(lambda: self.session.queue.end_turn(active.id))

    def withdraw_selected(self) -> None:
        turn = self.model.turn_at(self.view.selected_row())
        if turn is None or turn.state != "waiting":
            self.host.show_error(
                QCoreApplication.translate(
                    "Console", "select a waiting speaker in the queue to withdraw"
                )
            )
            return
        self.run(lambda: self.session.queue.withdraw_turn(turn.id))

    def move_selected(self, step: int) -> None:
        turn = self.model.turn_at(self.view.selected_row())
        if turn is None or turn.state != "waiting":
            return
        index = self.model.waiting_row(turn.id) + step
        self.run(lambda: self.session.queue.move_turn(turn.id, max(0, index)))
        for row in range(self.model.rowCount()):
            moved = self.model.turn_at(row)
            if moved is not None and moved.id == turn.id:
                self.view.selectRow(row)

    # -- redrawing -------------------------------------------------------------

    def set_point(self, point_id: int | None) -> None:
        self.model.set_point(point_id)

    def set_names(self, names: list[str]) -> None:
        self.entry.set_names(names)

    def refresh_balance(self) -> None:
        from breakout.balance import balances

        self.balance.set_balances(balances(self.session))  # type: ignore[attr-defined]

    def tick(self) -> None:
        """The speaking time counts up."""
        rows = self.model.rowCount()
        if rows:
            self.model.dataChanged.emit(
                self.model.index(0, TIME_COLUMN), self.model.index(rows - 1, TIME_COLUMN)
            )
