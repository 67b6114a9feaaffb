"""What phones sent, waiting in the facilitator's inbox: accept, edit or dismiss each.

Nothing a phone sends reaches the room's screen or the record by itself
(:mod:`breakout.inbox`). Here each waiting item is listed in the order it
arrived, with whether it is a proposal or a question and, when the sender
asked to be named, who sent it. Accepting makes it a contribution of the point
it was sent for; each of the three is one engine operation, on the undo stack
like any other change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breakout.changes import Change
from breakout.inbox import InboxItem
from breakout.session import Session
from breakout_qt.chart_words import AppWords
from breakout_qt.undo import Operations


class InboxBox(QGroupBox):
    """The waiting items, with Accept, Edit… and Dismiss for the one chosen."""

    def __init__(self, session: Session, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(QCoreApplication.translate("InboxBox", "Sent from phones"))
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.accept_button = QPushButton(QCoreApplication.translate("InboxBox", "&Accept"))
        self.edit_button = QPushButton(QCoreApplication.translate("InboxBox", "&Edit…"))
        self.dismiss_button = QPushButton(QCoreApplication.translate("InboxBox", "&Dismiss"))
        self.accept_button.clicked.connect(self.accept_chosen)
        self.edit_button.clicked.connect(self.edit_chosen)
        self.dismiss_button.clicked.connect(self.dismiss_chosen)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.edit_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        session.subscribe(self._changed)
        self.reload()

    def _changed(self, change: Change[Any]) -> None:
        self.reload()

    def reload(self) -> None:
        chosen = self.chosen()
        waiting = self.session.inbox.items()
        words = AppWords()
        self.setTitle(words.tr("Inbox: %n waiting", None, len(waiting)))
        self.list.clear()
        for item in waiting:
            row = QListWidgetItem(self._line(item))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(row)
            if item.id == chosen:
                self.list.setCurrentItem(row)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._enable()

    def _line(self, item: InboxItem) -> str:
        if item.kind == "question":
            kind = QCoreApplication.translate("InboxBox", "Question")
        else:
            kind = QCoreApplication.translate("InboxBox", "Proposal")
        if item.participant is None:
            sender = QCoreApplication.translate("InboxBox", "unnamed")
        else:
            sender = self.session.participant(item.participant).name
        return f"{kind} · {sender}\n{item.text}"

    def chosen(self) -> int | None:
        row = self.list.currentItem()
        if row is None:
            return None
        value = row.data(Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def _enable(self) -> None:
        some = self.chosen() is not None
        for button in (self.accept_button, self.edit_button, self.dismiss_button):
            button.setEnabled(some)

    def accept_chosen(self) -> None:
        item = self.chosen()
        if item is not None:
            self.ops.run(lambda: self.session.inbox.accept(item))

    def dismiss_chosen(self) -> None:
        item = self.chosen()
        if item is not None:
            self.ops.run(lambda: self.session.inbox.dismiss(item))

    def edit_chosen(self) -> None:
        item = self.chosen()
        if item is None:
            return
        text = self.ask_text(self.session.inbox.item(item).text)
        if text is not None:
            self.ops.run(lambda: self.session.inbox.edit(item, text))

    def ask_text(self, text: str) -> str | None:
        """The corrected text, or None if the person cancelled (tests answer it)."""
        edited, ok = QInputDialog.getMultiLineText(
            self,
            QCoreApplication.translate("InboxBox", "Edit what was sent"),
            QCoreApplication.translate("InboxBox", "Text:"),
            text,
        )
        return edited if ok else None
