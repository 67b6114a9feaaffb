"""Who holds the open session while phones use it: every read and write goes through them.

See :mod:`breakout.phone` for why: one session file, one writer, one thread at
a time. The server only ever calls :meth:`Owner.submit`.
"""

from __future__ import annotations

import itertools
import os
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Protocol, TypeVar

from breakout.session import Session

T = TypeVar("T")

#: Work of the owner's own (the console's) runs before any phone's still waiting.
_CONSOLE, _PHONE, _STOP = 0, 1, 2


class Owner(Protocol):
    """Runs functions of the open session, one at a time, on the thread that owns it."""

    def submit(self, fn: Callable[[Session], T]) -> Future[T]:
        """Run ``fn(session)`` on the owner's thread; the future holds its result or error."""
        ...


class SessionThread:
    """A session opened and owned by a thread of its own (headless serving and tests).

    Everything runs on that one thread, one function at a time. What phones
    hand over (:meth:`submit`) runs in the order given; the owner's own work
    (:meth:`call`, as the console's would be) goes ahead of every phone's
    still waiting, so a room of phones never queues the facilitator.
    :meth:`close` closes the session there and ends the thread.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._queue: queue.PriorityQueue[tuple[int, int, Any, Future[Any]]] = queue.PriorityQueue()
        self._order = itertools.count()
        self._thread = threading.Thread(target=self._work, name="breakout-session", daemon=True)
        self._thread.start()
        try:
            self._session: Session = self._put(_CONSOLE, lambda _: Session.open(path)).result()
        except BaseException:
            self._put(_STOP, None)
            self._thread.join()
            raise

    def _put(self, priority: int, fn: Any) -> Future[Any]:
        future: Future[Any] = Future()
        self._queue.put((priority, next(self._order), fn, future))
        return future

    def _work(self) -> None:
        while True:
            priority, _, fn, future = self._queue.get()
            if priority == _STOP:
                future.set_result(None)
                return
            if not future.set_running_or_notify_cancel():
                continue
            try:
                session = getattr(self, "_session", None)
                future.set_result(fn(session))
            except BaseException as exc:
                future.set_exception(exc)

    def submit(self, fn: Callable[[Session], T]) -> Future[T]:
        return self._put(_PHONE, fn)

    def call(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn(session)`` ahead of the phones' waiting work, and wait for it."""
        result: T = self._put(_CONSOLE, fn).result()
        return result

    def close(self) -> None:
        self._put(_CONSOLE, lambda session: session.close()).result()
        self._put(_STOP, None).result()
        self._thread.join()
