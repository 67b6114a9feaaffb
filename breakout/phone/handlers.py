"""What each address of the phone server does, and the checks every request passes.

Every response carries a Content-Security-Policy that allows only this
server's own script and style (no inline script, nothing third-party), no
referrer (the join address holds the session token), and no caching. Every
write is a JSON POST with the device's cookie, the device's second token in
the ``X-Breakout-Token`` header, a body within :data:`MAX_BODY` bytes, and
within the device's rate limit; anything else is refused with a sentence and
changes nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import secrets
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from aiohttp import web

from breakout.changes import Change
from breakout.errors import BreakoutError
from breakout.phone import pages, state
from breakout.phone.devices import Device, Devices, same
from breakout.phone.owner import Owner
from breakout.phone.words import N_, Words, choose, words_in
from breakout.session import Session

T = TypeVar("T")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

#: The largest request body accepted, in bytes: a long proposal in any script.
MAX_BODY = 16 * 1024
COOKIE = "breakout_device"
HEADER = "X-Breakout-Token"
_STATIC = Path(__file__).resolve().parent / "static"
_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_KEEP_ALIVE_SECONDS = 15.0


class Refusal(Exception):
    """A request refused with a status and one sentence for the phone."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class PhoneApp:
    """The routes, the devices and the open event streams of one server run."""

    def __init__(self, owner: Owner, session_token: str) -> None:
        self.owner = owner
        self.session_token = session_token
        self.devices = Devices()
        self.shown: set[int] = set()
        self.loop: asyncio.AbstractEventLoop | None = None
        self._streams: set[asyncio.Queue[bool]] = set()
        self._version = 0  # goes up with every change; a snapshot of an older one is stale
        self._snapshots: dict[str, tuple[int, asyncio.Future[state.Snapshot]]] = {}
        self._closing = False
        #: This run's name, which only it answers with at /api/here: the laptop's own
        #: reachability check tells it from another program on the same port.
        self.instance = secrets.token_urlsafe(12)
        # Phones' sends waiting to be written together (see _receive).
        self._sends: list[tuple[tuple[str, str, int | None], asyncio.Future[int]]] = []
        self._writer: asyncio.Future[None] | None = None

    def web_app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard])
        app.router.add_get("/j/{token}", self.join_page)
        app.router.add_get("/app", self.app_page)
        app.router.add_get("/static/{name}", self.static)
        app.router.add_get("/api/state", self.get_state)
        app.router.add_get("/api/events", self.events)
        app.router.add_get("/api/here", self.here)
        app.router.add_post("/api/join", self.join)
        app.router.add_post("/api/vote", self.vote)
        app.router.add_post("/api/send", self.send)
        return app

    # -- the loop's side of change notification ----------------------------------

    def wake(self) -> None:
        """Every open stream sends its phone the new state."""
        self._version += 1
        for queue in self._streams:
            with contextlib.suppress(asyncio.QueueFull):
                queue.put_nowait(True)

    def show_results(self, round_id: int, shown: bool) -> None:
        (self.shown.add if shown else self.shown.discard)(round_id)
        self.wake()

    def joined_count(self) -> int:
        return sum(1 for d in list(self.devices.by_token.values()) if d.participant is not None)

    async def close_streams(self) -> None:
        self._closing = True
        self.wake()
        await asyncio.sleep(0)

    async def _session(self, fn: Callable[[Session], T]) -> T:
        return await asyncio.wrap_future(self.owner.submit(fn))

    # -- every request ------------------------------------------------------------

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        words = self._words(request)
        try:
            response = await handler(request)
        except Refusal as refusal:
            response = _refused(refusal.status, words.gettext(refusal.message))
        except BreakoutError as exc:
            response = _refused(409, said(words, exc))
        except web.HTTPRequestEntityTooLarge:
            response = _refused(
                413, words.gettext("That is too long to send; shorten it and try again.")
            )
        except web.HTTPMethodNotAllowed:
            response = _refused(
                405, words.gettext("This address does not take that kind of request.")
            )
        except web.HTTPNotFound:
            response = _refused(404, words.gettext("There is nothing at this address."))
        if not response.prepared:
            _secure(response)
        return response

    def _words(self, request: web.Request) -> Words:
        device = self._device(request)
        if device is not None:
            return words_in(device.language)
        return choose(None, request.headers.get("Accept-Language"))

    def _device(self, request: web.Request) -> Device | None:
        return self.devices.find(request.cookies.get(COOKIE), request.remote or "")

    def _known(self, request: web.Request) -> Device:
        device = self._device(request)
        if device is None:
            raise Refusal(
                403,
                N_(
                    "This phone is not signed in here; open the address on the room's screen again."
                ),
            )
        return device

    async def _write(self, request: web.Request) -> tuple[Device, dict[str, Any]]:
        """The checks every write passes: device, its token, JSON, size, rate."""
        device = self._known(request)
        if not same(request.headers.get(HEADER), device.csrf):
            raise Refusal(
                403, N_("This request did not come from this page; reload it and try again.")
            )
        if request.content_type != "application/json":
            raise Refusal(415, N_("This address takes only what the page sends; reload it."))
        if (request.content_length or 0) > MAX_BODY:
            raise web.HTTPRequestEntityTooLarge(max_size=MAX_BODY, actual_size=0)
        if not self.devices.take(device, time.monotonic()):
            raise Refusal(429, N_("Too many requests from this phone; wait a few seconds."))
        try:
            body = json.loads(await request.text())
        except (ValueError, UnicodeDecodeError):
            raise Refusal(400, N_("What the page sent could not be read; reload it.")) from None
        if not isinstance(body, dict):
            raise Refusal(400, N_("What the page sent could not be read; reload it."))
        return device, body

    # -- pages ----------------------------------------------------------------------

    async def join_page(self, request: web.Request) -> web.StreamResponse:
        words = choose(request.query.get("lang"), request.headers.get("Accept-Language"))
        if not same(request.match_info["token"], self.session_token):
            page = pages.notice(words, N_("This address is not for this session."))
            return web.Response(status=404, text=page, content_type="text/html")
        device = self._device(request)
        fresh = device is None
        if device is None:
            device = self.devices.new(request.remote or "", time.monotonic())
            if device is None:
                raise Refusal(429, N_("Too many phones from this address; use one you have open."))
        device.language = words.code
        response = web.Response(text=pages.phone_page(words, device.csrf), content_type="text/html")
        if fresh:
            response.set_cookie(COOKIE, device.token, httponly=True, samesite="Strict", path="/")
        return response

    async def app_page(self, request: web.Request) -> web.StreamResponse:
        device = self._device(request)
        if device is None:
            page = pages.notice(self._words(request), N_("This phone is not signed in here."))
            return web.Response(status=403, text=page, content_type="text/html")
        if "lang" in request.query:
            device.language = choose(request.query.get("lang"), None).code
        text = pages.phone_page(words_in(device.language), device.csrf)
        return web.Response(text=text, content_type="text/html")

    async def static(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        types = {"phone.js": "text/javascript", "phone.css": "text/css"}
        if name not in types:
            raise web.HTTPNotFound()
        text = (_STATIC / name).read_text(encoding="utf-8")
        return web.Response(text=text, content_type=types[name])

    async def here(self, request: web.Request) -> web.StreamResponse:
        """Answers the laptop's "can phones reach me?" check: this run's name, nothing else."""
        return web.json_response({"breakout_phones": self.instance})

    async def _receive(self, send: tuple[str, str, int | None]) -> int:
        """One phone's send, written together with those that arrive while a write is under
        way: a room of phones costs one transaction (one write to the disk) per batch, so
        the console's own work waits behind fewer of them. The id, or the send's refusal."""
        future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._sends.append((send, future))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.ensure_future(self._write_sends())
        return await future

    async def _write_sends(self) -> None:
        while self._sends:
            await asyncio.sleep(0)  # sends read in this turn of the loop come along
            batch, self._sends = self._sends, []
            sends = [send for send, _ in batch]
            try:
                change = await self._session(functools.partial(_send_together, sends))
            except Exception as exc:  # phones stopped, a broken disk: each phone hears it
                for _, future in batch:
                    _settle(future, exc)
                continue
            for (_, future), outcome in zip(batch, change.result, strict=True):
                _settle(future, outcome)

    # -- reading --------------------------------------------------------------------

    async def _state(self, device: Device) -> dict[str, Any]:
        who = device.participant
        if who is None:
            return {"joined": False}
        shared = await self._snapshot(device.language)
        return {"joined": True, **shared.for_phone(who, time.monotonic())}

    async def _snapshot(self, language: str) -> state.Snapshot:
        """The shared state in one language, taken once per change however many phones ask."""
        cached = self._snapshots.get(language)
        if cached is None or cached[0] != self._version or _failed(cached[1]):
            words, shown, now = words_in(language), frozenset(self.shown), time.monotonic()
            task = asyncio.ensure_future(
                self._session(lambda s: state.snapshot(s, shown, words, now))
            )
            cached = (self._version, task)
            self._snapshots[language] = cached
        return await asyncio.shield(cached[1])

    async def get_state(self, request: web.Request) -> web.StreamResponse:
        return web.json_response(await self._state(self._known(request)))

    async def events(self, request: web.Request) -> web.StreamResponse:
        device = self._known(request)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        _secure(response)
        await response.prepare(request)
        queue: asyncio.Queue[bool] = asyncio.Queue(maxsize=1)
        self._streams.add(queue)
        last = ""
        try:
            while not self._closing:
                text = json.dumps(await self._state(device), ensure_ascii=False)
                if text != last:
                    await response.write(f"data: {text}\n\n".encode())
                    last = text
                try:
                    await asyncio.wait_for(queue.get(), _KEEP_ALIVE_SECONDS)
                except TimeoutError:
                    await response.write(b": still here\n\n")
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self._streams.discard(queue)
        return response

    # -- writing --------------------------------------------------------------------

    async def join(self, request: web.Request) -> web.StreamResponse:
        device, body = await self._write(request)
        if not same(_text(body.get("session"), 100), self.session_token):
            raise Refusal(403, N_("This address is not for this session."))
        now = time.monotonic()
        if not self.devices.may_try_code(device, now):
            raise Refusal(429, N_("Too many wrong codes; wait a few minutes and try again."))
        code = _text(body.get("code"), 40)
        who = await self._session(lambda s: state.participant_with_code(s, code))
        if who is None:
            self.devices.wrong_code(device, now)
            raise Refusal(
                403,
                N_("That code is not on this session's cards; check your card and type it again."),
            )
        device.participant = who
        self.wake()
        return web.json_response(
            {"ok": True, "message": words_in(device.language).gettext("You're in.")}
        )

    async def vote(self, request: web.Request) -> web.StreamResponse:
        device, body = await self._write(request)
        who = device.participant
        if who is None:
            raise Refusal(403, N_("Join with the code on your card first."))
        now = time.monotonic()
        if not self.devices.may_try_code(device, now):
            raise Refusal(429, N_("Too many wrong codes; wait a few minutes and try again."))
        code = _text(body.get("code"), 40)
        round_id = body.get("round")
        if isinstance(round_id, bool) or not isinstance(round_id, int):
            raise Refusal(
                400, N_("The ballot does not say which round it is for; reload the page.")
            )
        ballot = state.read_ballot(body.get("ballot"))

        def cast(session: Session) -> bool:
            if state.participant_with_code(session, code) != who:
                return False
            state.cast(session, who, round_id, ballot)
            return True

        if not await self._session(cast):
            self.devices.wrong_code(device, now)
            raise Refusal(
                403, N_("That is not the code this phone joined with; type your own code.")
            )
        words = words_in(device.language)
        return web.json_response({"ok": True, "message": words.gettext("Your vote is in.")})

    async def send(self, request: web.Request) -> web.StreamResponse:
        device, body = await self._write(request)
        who = device.participant
        if who is None:
            raise Refusal(403, N_("Join with the code on your card first."))
        text = body.get("text")
        if not isinstance(text, str):
            raise Refusal(400, N_("Type a proposal or a question first."))
        kind = body.get("kind", "proposal")
        named = body.get("named") is True
        await self._receive((text, str(kind), who if named else None))
        words = words_in(device.language)
        return web.json_response({"ok": True, "message": words.gettext("Sent to the facilitator.")})


def _send_together(
    sends: list[tuple[str, str, int | None]], session: Session
) -> Change[list[int | BreakoutError]]:
    return session.inbox.send_together(sends)


def _settle(future: asyncio.Future[int], outcome: int | BaseException) -> None:
    if future.done():  # the phone went away meanwhile; what it sent is written all the same
        return
    if isinstance(outcome, BaseException):
        future.set_exception(outcome)
    else:
        future.set_result(outcome)


def said(words: Words, error: BreakoutError) -> str:
    """An engine refusal as a sentence in the phone's language, capital and stop included.

    A refusal the catalogue does not hold (a broken disk, say) is given in the engine's
    English inside a sentence of the phone's language, rather than passed over.
    """
    found = words.refusal(error)
    if found is None:
        found = words.gettext("The facilitator's computer refused this: %(reason)s") % {
            "reason": str(error)
        }
    found = found[:1].upper() + found[1:]
    # Translators: the full stop that ends a sentence ("。" in Chinese).
    return found if found.endswith((".", "!", "?", "。", "؟", "…")) else found + words.gettext(".")


def _failed(task: asyncio.Future[Any]) -> bool:
    return task.done() and not task.cancelled() and task.exception() is not None


def _text(value: object, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _secure(response: web.StreamResponse) -> None:
    response.headers["Content-Security-Policy"] = _CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"


def _refused(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)
