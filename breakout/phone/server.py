"""The phone server: an aiohttp application on its own thread and event loop.

:class:`PhoneServer` binds only to the address it is given, serves the pages
(:mod:`breakout.phone.pages`) and the JSON and event-stream endpoints
(:mod:`breakout.phone.handlers`), and hands every read and write of the
session to its :class:`~breakout.phone.owner.Owner`. :meth:`PhoneServer.stop`
ends every open stream and the thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import ipaddress
import secrets
import threading
from typing import Any

from aiohttp import web

from breakout.changes import Change
from breakout.errors import BreakoutError
from breakout.phone.handlers import PhoneApp
from breakout.phone.owner import Owner


def check_address(host: str, port: int) -> None:
    """Refuse, with one sentence, a host that is not an IP address or a port out of range."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        raise BreakoutError(
            f"{host!r} is not an IP address; give the address of one of this computer's "
            "network interfaces, such as 192.168.1.20 (or 127.0.0.1 to try it alone)"
        ) from None
    if not 1 <= port <= 65535:
        raise BreakoutError(f"port {port} is out of range; choose a port from 1024 to 65535")


class PhoneServer:
    """Serve phones at ``http://host:port/`` until :meth:`stop`.

    ``port`` 0 takes a free port (see :attr:`port` once started). The join
    address, with this run's session token, is :attr:`join_url`.
    """

    def __init__(self, owner: Owner, host: str, port: int) -> None:
        check_address(host, port or 1)
        self.host = host
        self.port = port
        self.session_token = secrets.token_urlsafe(16)
        self.app = PhoneApp(owner, self.session_token)
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._failure: BaseException | None = None
        self._runner: web.AppRunner | None = None

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def join_url(self) -> str:
        """The address phones open (the room's screen shows it as a QR code)."""
        return f"{self.base_url}/j/{self.session_token}"

    @property
    def here_url(self) -> str:
        """Where this run answers with :attr:`instance`, for the laptop's reachability check."""
        return f"{self.base_url}/api/here"

    @property
    def instance(self) -> str:
        return self.app.instance

    def start(self) -> None:
        """Bind and start serving; a refusal (address, busy port) is raised here."""
        self._thread = threading.Thread(target=self._serve, name="breakout-phones", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._failure is not None:
            self._thread.join()
            raise self._failure
        self.app.owner.submit(lambda session: session.subscribe(self._changed)).result()

    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._bind())
        except BaseException as exc:
            self._failure = _bind_failure(exc, self.host, self.port)
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(self._unbind())
            loop.close()

    async def _bind(self) -> None:
        self.app.loop = asyncio.get_running_loop()
        runner = web.AppRunner(self.app.web_app(), access_log=None, handle_signals=False)
        await runner.setup()
        self._runner = runner
        # asyncio's default: SO_REUSEADDR on Unix, so stopping and starting again at once is
        # not refused while the last phones' connections wait out TIME_WAIT (a second
        # server on a port in use is still refused there); nothing on Windows, where it
        # would let another program take the port.
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        server = site._server
        if self.port == 0 and isinstance(server, asyncio.base_events.Server):
            self.port = int(server.sockets[0].getsockname()[1])

    async def _unbind(self) -> None:
        await self.app.close_streams()
        if self._runner is not None:
            await self._runner.cleanup()

    def _changed(self, change: Change[Any]) -> None:
        """Called on the owner's thread after each committed change."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed in between
                loop.call_soon_threadsafe(self.app.wake)

    def show_results(self, round_id: int, shown: bool = True) -> None:
        """Let phones see a closed round's result (the facilitator showed it), or stop."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self.app.show_results, round_id, shown)

    @property
    def phones(self) -> int:
        """How many phones have joined as a participant (a number, never who)."""
        return self.app.joined_count()

    def stop(self) -> None:
        """Stop serving: open streams end, the port is freed, the devices are forgotten."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None or loop.is_closed():
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        self.app.devices.forget_all()


def _bind_failure(exc: BaseException, host: str, port: int) -> BaseException:
    if isinstance(exc, OSError):
        if exc.errno == errno.EADDRINUSE:
            return BreakoutError(
                f"port {port} is already in use on {host}; choose another port or stop "
                "what is using it"
            )
        if exc.errno == errno.EADDRNOTAVAIL:
            return BreakoutError(
                f"{host} is not an address of this computer; choose the address of one of "
                "its network interfaces"
            )
        if exc.errno == errno.EACCES:
            return BreakoutError(f"port {port} needs administrator rights; choose 1024 or above")
        return BreakoutError(f"cannot serve phones on {host} port {port}: {exc.strerror}")
    return exc
