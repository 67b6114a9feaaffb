"""Who holds the open session while phones use it: every read and write goes through them.

See :mod:`breakout.phone` for why: one session file, one writer, one thread at
a time. The server only ever calls :meth:`Owner.submit`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Protocol, TypeVar

from breakout.session import Session

T = TypeVar("T")


class Owner(Protocol):
    """Runs functions of the open session, one at a time, on the thread that owns it."""

    def submit(self, fn: Callable[[Session], T]) -> Future[T]:
        """Run ``fn(session)`` on the owner's thread; the future holds its result or error."""
        ...


class SessionThread:
    """A session opened and owned by a thread of its own (headless serving and tests).

    Every function given to :meth:`submit` runs on that one thread, in the
    order given. :meth:`close` closes the session there and ends the thread.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="breakout-session")
        try:
            self._session = self._pool.submit(Session.open, path).result()
        except BaseException:
            self._pool.shutdown()
            raise

    def submit(self, fn: Callable[[Session], T]) -> Future[T]:
        return self._pool.submit(fn, self._session)

    def call(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn(session)`` on the owner's thread and wait for it (for the caller's own use)."""
        return self.submit(fn).result()

    def close(self) -> None:
        self._pool.submit(self._session.close).result()
        self._pool.shutdown()
