"""What every console panel shares: how it declares its actions, and what it asks of the window.

A panel is built for one open session and shows one concern of the console.
Its actions (menu items with their keys) are declared on the panel's class as
:class:`Act` entries, so the window can make the :class:`QAction` once, put it
in its menus (greyed out while no session is open) and, when it fires, call
the panel that is showing now. Everything else a panel needs from the window
— saying what went wrong, a line in the status bar, bringing the console page
forward — is in :class:`Host`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtWidgets import QWidget

from breakout.changes import Change
from breakout.session import Session
from breakout_qt.undo import Operations


@dataclass(frozen=True)
class Act:
    """One action of a panel: its name, menu text (with its &letter), keys and what it does."""

    name: str
    text: str
    keys: str
    call: Callable[[Any], object]


class Host(Protocol):
    """The window, as the panels see it."""

    def show_error(self, message: str) -> None: ...

    def show_status(self, message: str) -> None: ...

    def reveal(self, panel: QWidget) -> None:
        """Bring the console page forward, with ``panel``'s tab if it has one."""


class Panel(QWidget):
    """A part of the console for one session; its actions are in ``ACTIONS``."""

    ACTIONS: tuple[Act, ...] = ()

    def __init__(self, session: Session, ops: Operations, host: Host) -> None:
        super().__init__()
        self.session = session
        self.ops = ops
        self.host = host

    def run(self, operation: Callable[[], Change[Any]]) -> Change[Any] | None:
        """One engine operation: the change, or None once the user was told why not."""
        return self.ops.run(operation)
