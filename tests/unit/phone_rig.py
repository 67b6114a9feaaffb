"""A session made from the real briefing and roster, served to phones on loopback.

Phones are real HTTP clients (aiohttp's) over real sockets; each has its own
cookies and may come from its own loopback address (127.0.0.x).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp

from breakout.briefing import read_briefing
from breakout.phone import PhoneServer, SessionThread
from breakout.roster import read_roster
from breakout.session import Session

DATA = Path(__file__).parent.parent / "data" / "real_session"
#: The long point (400+ characters) is the one under discussion.
LONG_POINT = 2


@dataclass
class Rig:
    path: Path
    owner: SessionThread
    server: PhoneServer
    codes: dict[int, str]  # participant id -> the code on their card

    def call(self, fn: Any) -> Any:
        return self.owner.call(fn)

    def written(self) -> tuple[bytes, bytes]:
        """The file's bytes and its log's: to check that a refusal wrote nothing."""
        wal = self.path.with_name(self.path.name + "-wal")
        return self.path.read_bytes(), wal.read_bytes() if wal.exists() else b""

    def open_round(self, method: str, *, secret: bool = True, **settings: Any) -> int:
        labels = ["Keep tariffs public", "عدادات مسبقة الدفع للأحياء", "社区水委员会", "A fourth"]

        def make(session: Session) -> int:
            rid = session.voting.create_round(
                method=method, items=labels, secret=secret, settings=settings, title=method
            ).result
            session.voting.open_round(rid)
            return rid

        return int(self.call(make))

    def items(self, round_id: int) -> list[int]:
        return list(self.call(lambda s: [i.id for i in s.voting.round_items(round_id)]))


def make_rig(folder: Path) -> Rig:
    path = folder / "forum.breakout"
    session = Session.new(
        path, briefing=read_briefing(DATA / "briefing.md"), roster=read_roster(DATA / "roster.csv")
    )
    session.people.arrive("Walk-in Wanjiru")
    session.people.issue_voting_codes()
    codes = {p.id: str(p.voting_code) for p in session.people.participants()}
    session.agenda.start_point(session.agenda.points()[LONG_POINT].id)
    session.close()
    owner = SessionThread(path)
    server = PhoneServer(owner, "127.0.0.1", 0)
    server.start()
    return Rig(path, owner, server, codes)


def serving(folder: Path) -> Iterator[Rig]:
    """A rig for a fixture: served until the test ends."""
    made = make_rig(folder)
    yield made
    made.server.stop()
    made.owner.close()


class Phone:
    """One phone: its own cookies, its own loopback address."""

    def __init__(self, rig: Rig, address: str = "127.0.0.1") -> None:
        self.rig = rig
        self.http = aiohttp.ClientSession(
            cookie_jar=aiohttp.CookieJar(unsafe=True),  # the server is an IP address
            connector=aiohttp.TCPConnector(local_addr=(address, 0)),
        )
        self.token = ""
        self.page = ""

    async def __aenter__(self) -> Phone:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.http.close()

    async def open(self, url: str | None = None) -> int:
        async with self.http.get(url or self.rig.server.join_url) as response:
            self.page = await response.text()
            found = re.search(r'name="breakout-token" content="([^"]+)"', self.page)
            self.token = found.group(1) if found else ""
            return response.status

    async def post(
        self,
        path: str,
        body: Mapping[str, Any] | str,
        *,
        token: str | None = None,
        content_type: str = "application/json",
    ) -> tuple[int, dict[str, Any]]:
        data = body if isinstance(body, str) else json.dumps(body)
        headers = {"Content-Type": content_type, "X-Breakout-Token": token or self.token}
        url = self.rig.server.base_url + path
        async with self.http.post(url, data=data.encode(), headers=headers) as response:
            return response.status, await response.json()

    async def get_json(self, path: str) -> tuple[int, dict[str, Any]]:
        async with self.http.get(self.rig.server.base_url + path) as response:
            return response.status, await response.json()

    async def join(self, code: str) -> tuple[int, dict[str, Any]]:
        if not self.token:
            await self.open()
        return await self.post(
            "/api/join", {"session": self.rig.server.session_token, "code": code}
        )

    async def vote(
        self, round_id: int, code: str, ballot: Mapping[int, int]
    ) -> tuple[int, dict[str, Any]]:
        body = {"round": round_id, "code": code, "ballot": {str(k): v for k, v in ballot.items()}}
        return await self.post("/api/vote", body)
