"""Phones vote while the app holds the session: the window's session takes the ballot."""

from __future__ import annotations

import asyncio
import json
import re
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import aiohttp
from pytestqt.qtbot import QtBot

from breakout.errors import BreakoutError
from breakout.phone import PhoneServer
from breakout.session import Session
from breakout_qt.phone_owner import QtOwner
from tests.gui.real_session import make_session
from tests.gui.windows import shown_window


def voting_session(folder: Path) -> tuple[Session, dict[str, str], int]:
    """A real session with cards issued (a walk-in too) and an open secret round."""
    session = make_session(folder)
    session.people.arrive("Walk-in Wanjiru Kamau-Ōtsuka")
    session.people.issue_voting_codes()
    codes = {p.name: str(p.voting_code) for p in session.people.participants()}
    session.agenda.start_point(session.agenda.points()[1].id)
    labels = ["Tarifas públicas", "عدادات مسبقة الدفع للأحياء", "社区水委员会"]
    rid = session.voting.create_round(method="approval", items=labels, secret=True).result
    session.voting.open_round(rid)
    return session, codes, rid


async def phone_votes(server: PhoneServer, code: str, round_id: int, item: int) -> list[Any]:
    """One phone: open the join address, type the card's code, approve one item."""
    ballot = {"round": round_id, "code": code, "ballot": {str(item): 1}}
    return await phone_posts(server, code, [("/api/vote", ballot)])


async def phone_posts(
    server: PhoneServer, code: str, posts: list[tuple[str, dict[str, Any]]], *, then: str = ""
) -> list[Any]:
    """One phone: open the join address, join with the card's code, post each body, then
    read what the address ``then`` gives, if any."""
    jar = aiohttp.CookieJar(unsafe=True)  # the server is an IP address
    answers: list[Any] = []
    async with aiohttp.ClientSession(cookie_jar=jar) as http:
        async with http.get(server.join_url) as response:
            page = await response.text()
        found = re.search(r'name="breakout-token" content="([^"]+)"', page)
        assert found is not None
        headers = {"Content-Type": "application/json", "X-Breakout-Token": found.group(1)}
        bodies = [("/api/join", {"session": server.session_token, "code": code}), *posts]
        for path, body in bodies:
            url = server.base_url + path
            async with http.post(url, data=json.dumps(body).encode(), headers=headers) as reply:
                answers.append((reply.status, await reply.json()))
        if then:
            async with http.get(server.base_url + then) as reply:
                answers.append((reply.status, await reply.json()))
    return answers


def in_background(fn: Any, *args: Any, **kwargs: Any) -> Future[Any]:
    """Run a phone on a thread of its own, so the GUI thread keeps its event loop."""
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(lambda: asyncio.run(fn(*args, **kwargs)))
    pool.shutdown(wait=False)
    return future


def test_a_phone_ballot_is_counted_while_the_app_holds_the_session(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session, codes, rid = voting_session(tmp_path)
    window = shown_window(qtbot, session, tmp_path)
    window.show_page(2)
    page = window.ensure_vote()
    page.select_round(rid)
    before = page.voters_label.text()
    assert before.startswith("0 of")
    heard_on: set[int] = set()  # the threads the window's views hear of changes on
    session.subscribe(lambda change: heard_on.add(threading.get_ident()))
    owner = QtOwner(session, window)
    server = PhoneServer(owner, "127.0.0.1", 0)
    server.start()  # from the GUI thread: its own subscribing must not wait for itself
    try:
        item = session.voting.round_items(rid)[1].id
        phone = in_background(phone_votes, server, codes["王秀英"], rid, item)
        qtbot.waitUntil(phone.done)
        assert phone.result() == [
            (200, {"ok": True, "message": "You're in."}),
            (200, {"ok": True, "message": "Your vote is in."}),
        ]
        assert session.voting.ballots(rid) == [(None, {item: 1})]
        assert page.voters_label.text().startswith("1 of")
        assert server.phones == 1
        # Widgets are only touched on the GUI thread: the ballot ran there, not on the server's.
        assert heard_on == {threading.get_ident()}
    finally:
        server.stop()
        owner.close()
    window.close()


def test_work_waiting_when_the_owner_closes_is_refused_and_never_runs(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = make_session(tmp_path)
    owner = QtOwner(session)
    ran: list[str] = []
    handed: list[Future[None]] = []
    thread = threading.Thread(target=lambda: handed.append(owner.submit(lambda s: ran.append("x"))))
    thread.start()
    thread.join()  # handed over, still waiting for the GUI thread's event loop
    owner.close()
    qtbot.wait(50)  # the queued call arrives, and is dropped
    assert ran == []
    error = handed[0].exception()
    assert isinstance(error, BreakoutError) and str(error) == (
        "Phones were stopped on this computer; ask the facilitator to start them again."
    )
    later = owner.submit(lambda s: ran.append("y"))
    assert isinstance(later.exception(), BreakoutError) and ran == []
    session.close()
