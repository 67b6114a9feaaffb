"""The session's owner while phones use it: one thread; the console never waits behind phones."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from breakout.errors import BreakoutError
from breakout.phone import SessionThread
from breakout.session import Session


def test_the_owners_own_work_goes_ahead_of_phones_waiting(tmp_path: Path) -> None:
    path = tmp_path / "s.breakout"
    Session.create(path, title="Owner").close()
    owner = SessionThread(path)
    try:
        started, release = threading.Event(), threading.Event()
        ran: list[str] = []

        def under_way(_: Session) -> None:
            started.set()
            release.wait()

        busy = owner.submit(under_way)  # a phone's write under way
        started.wait()  # else the owner could take the console's work before it

        def phone(n: int) -> Callable[[Session], None]:
            return lambda _: ran.append(f"phone {n}")

        phones = [owner.submit(phone(n)) for n in range(3)]
        console = threading.Thread(target=owner.call, args=(lambda _: ran.append("console"),))
        console.start()
        while owner._queue.qsize() < 4:  # the console's work is waiting too
            threading.Event().wait(0.001)
        release.set()
        console.join()
        busy.result()
        for waiting in phones:
            waiting.result()
        assert ran == ["console", "phone 0", "phone 1", "phone 2"]
        threads = {owner.call(lambda _: threading.get_ident()) for _ in range(3)}
        assert len(threads) == 1 and threading.get_ident() not in threads
    finally:
        owner.close()
    Session.open(path).close()  # closed for good: it opens again


def test_a_refusal_reaches_whoever_handed_the_work_over(tmp_path: Path) -> None:
    path = tmp_path / "s.breakout"
    Session.create(path, title="Owner").close()
    owner = SessionThread(path)
    try:
        with pytest.raises(BreakoutError, match="participant 7 does not exist"):
            owner.submit(lambda s: s.participant(7)).result()
        assert owner.call(lambda s: s.info().title) == "Owner"
    finally:
        owner.close()


def test_a_file_that_cannot_be_opened_leaves_no_thread_behind(tmp_path: Path) -> None:
    before = threading.active_count()
    with pytest.raises(BreakoutError):
        SessionThread(tmp_path / "missing.breakout")
    assert threading.active_count() == before
