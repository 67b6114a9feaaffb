"""Phones on the venue's own network: vote and send proposals, with no internet.

The laptop serves a few small pages to phones on the same local network (the
venue's Wi-Fi, a travel router, the laptop's hotspot). A participant opens the
address shown on the room's screen, types the code on their card, and can then
follow the current point and its time, vote in an open round by any method the
kiosk offers, see a round's result once the facilitator shows it, and send a
proposal or question into the facilitator's inbox (:mod:`breakout.inbox`).

Why aiohttp (3.14)
------------------
The server must run inside the desktop app, next to Qt's event loop, and hold
a long-lived connection per phone for live updates (server-sent events), with
a hundred phones at once on a laptop. aiohttp is a maintained asyncio HTTP
server and client in one pure-Python-installable package with wheels for
Linux, macOS and Windows: one thread and one event loop serve every phone, a
streamed response is a server-sent event stream with no extra package, request
bodies have a size limit built in (``client_max_size``), its access log can be
switched off (so no token or address is ever logged), and its client drives
the tests and the load benchmark over real sockets. The alternatives weighed:
the standard library's ``http.server`` is a thread per connection with no
size limits and is documented as not for production; Starlette or FastAPI need
a separate ASGI server (uvicorn) and more packages for the same result; Flask
and other WSGI servers hold a thread per open event stream.

How the server writes without a second writer
---------------------------------------------
A session file has one writer: one :class:`~breakout.session.Session`, one
SQLite connection, used by one thread at a time. The server never opens the
file. It is given an :class:`~breakout.phone.owner.Owner` — whoever holds the
open session — and hands it every read and write as a function of the session
(``owner.submit(fn)``, answered with a ``concurrent.futures.Future``). The
owner runs them one at a time on its own thread, so a phone's ballot is the
same engine call the kiosk makes (``session.voting.cast_ballot``: one
participant, one ballot per round, one transaction), never interleaved with
another operation.

* Headless (``breakout serve``, tests, benchmarks):
  :class:`~breakout.phone.owner.SessionThread` opens the session and owns it
  on a thread of its own.
* In the app: the Qt client's owner (``breakout_qt.phone_owner``) posts each
  function to the Qt main thread, where the console's own operations run, and
  resolves the future there; View ▸ Phone Participation starts and stops the
  server.

The server learns of changes by subscribing to the session (on the owner's
thread); each change wakes the event streams on the server's loop, which send
each phone its new state.

Secrecy
-------
Nothing the server keeps reaches the file: devices, their tokens and which
participant each device joined as live in memory only and are gone when the
server stops. Ballots go through ``cast_ballot`` unchanged, so a secret
round's ballots are stored with a random key and no participant or time and
are resealed when the round closes (:mod:`breakout.secrecy`). The server writes
no access log and logs no request, token, address or code.
"""

from breakout.phone.owner import Owner, SessionThread
from breakout.phone.server import PhoneServer

__all__ = ["Owner", "PhoneServer", "SessionThread"]
