"""Undo and redo over engine changes.

Every engine operation commits at once and returns a
:class:`~breakout.changes.Change`; :class:`ChangeCommand` puts it on Qt's
``QUndoStack`` so Ctrl+Z calls ``session.undo(change)`` and Ctrl+Shift+Z calls
``session.redo(change)``. Commands are thin: no widget logic, no SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from breakout.changes import Change
from breakout.errors import BreakoutError
from breakout.session import Session


class ChangeCommand(QUndoCommand):
    """A change that has already been made; the stack can undo and redo it."""

    def __init__(
        self, session: Session, change: Change[Any], on_error: Callable[[str], None]
    ) -> None:
        super().__init__(change.label)
        self._session = session
        self._change = change
        self._on_error = on_error
        self._done = True  # pushed after the operation committed

    def redo(self) -> None:
        if self._done:
            return
        self._replay(self._session.redo)
        self._done = True

    def undo(self) -> None:
        self._replay(self._session.undo)
        self._done = False

    def _replay(self, how: Callable[[Change[Any]], Change[Any]]) -> None:
        try:
            how(self._change)
        except BreakoutError as exc:
            # The data moved on under this step (it cannot be replayed safely):
            # say so, and drop this step from history.
            self.setObsolete(True)
            self._on_error(str(exc))


class Operations:
    """Runs engine operations for the UI: errors become messages, changes go on the stack."""

    def __init__(
        self, session: Session, stack: QUndoStack, on_error: Callable[[str], None]
    ) -> None:
        self.session = session
        self.stack = stack
        self.on_error = on_error

    def run(self, operation: Callable[[], Change[Any]]) -> Change[Any] | None:
        """Do it now; return the change, or None (after telling the user) if refused."""
        try:
            change = operation()
        except BreakoutError as exc:
            self.on_error(str(exc))
            return None
        if change:
            self.stack.push(ChangeCommand(self.session, change, self.on_error))
        return change
