"""The app as the owner of the open session while phones use it.

The phone server (:mod:`breakout.phone`) never opens the session: it hands
every read and write to an owner as a function of the session. In the app the
owner is the window's open :class:`~breakout.session.Session`, which lives on
the GUI thread. :class:`QtOwner` posts each function to that thread (a queued
signal), runs it there between the console's own events, and resolves the
future. A phone's ballot is therefore the very engine call the kiosk makes, on
the same connection, and the window hears of it through the session's
listeners and redraws as after any other change.

Work handed over from the GUI thread itself (the server subscribing to changes
while it starts) runs at once: waiting for the event loop there would wait for
ever. Once closed (the server stopped, another session opened, the app
closing), work still waiting is refused with one sentence and none runs.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from breakout.errors import BreakoutError
from breakout.phone.words import STOPPED
from breakout.session import Session

T = TypeVar("T")


def stopped() -> BreakoutError:
    """What a phone is told of work refused because phones were stopped (its own words:
    the phone pages say it in the phone's language where the engine's catalogue has it)."""
    return BreakoutError(STOPPED)


class QtOwner(QObject):
    """Runs each handed-over function against ``session`` on the GUI thread."""

    handed = Signal(object, object)  # fn, future

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._waiting: set[Future[Any]] = set()
        self._closed = False
        self.handed.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def submit(self, fn: Callable[[Session], T]) -> Future[T]:
        """Any thread: run ``fn(session)`` on the GUI thread; the future holds what came of it."""
        future: Future[T] = Future()
        if self._closed:
            future.set_exception(stopped())
        elif QThread.currentThread() is self.thread():
            self._resolve(fn, future)
        else:
            self._waiting.add(future)
            self.handed.emit(fn, future)
        return future

    @Slot(object, object)
    def _run(self, fn: Callable[[Session], Any], future: Future[Any]) -> None:
        self._waiting.discard(future)
        if future.done():  # refused when the owner closed
            return
        if self._closed:  # handed over while it was closing
            future.set_exception(stopped())
            return
        self._resolve(fn, future)

    def _resolve(self, fn: Callable[[Session], T], future: Future[T]) -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(fn(self.session))
        except BaseException as exc:  # the phone's request hears of it, not the GUI
            future.set_exception(exc)

    def close(self) -> None:
        """GUI thread: refuse the work still waiting and any handed over later."""
        self._closed = True
        for future in list(self._waiting):
            if not future.done():
                future.set_exception(stopped())
        self._waiting.clear()
