"""``breakout serve SESSION --host ADDRESS --port N``: the phone server, headless.

Opens the session for writing (so it refuses while the app has it open),
serves phones on the one address given, prints the join address, and runs
until Ctrl+C (or a termination signal), then stops the server and closes the
session cleanly.

Since serving holds the session's one writer lock, nothing else can open or
close a round meanwhile; so the facilitator (or a script) types them on
serve's standard input, one a line: ``open ROUND``, ``close ROUND`` and
``show ROUND`` (let phones see a closed round's result, as the room's screen
would). With ``--show-results`` every round closed while serving is shown to
phones at once.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from breakout.changes import Change
from breakout.errors import BreakoutError
from breakout.phone.owner import SessionThread
from breakout.phone.server import PhoneServer, check_address
from breakout.session import Session

COMMANDS = "open ROUND, close ROUND or show ROUND"


def serve(path: Path, host: str, port: int, *, show_results: bool = False) -> int:
    check_address(host, port)  # before the file is opened
    owner = SessionThread(path)
    try:
        server = PhoneServer(owner, host, port)
        server.start()
        try:
            with _stop_on_signals() as stop:  # before the first line: Ctrl+C may follow it
                if show_results:
                    owner.call(lambda session: _show_when_closed(session, server))
                print(f"Phones can join at {server.join_url}", flush=True)
                for line in owner.call(_rounds):
                    print(line, flush=True)
                print(f"Press Ctrl+C to stop. Type {COMMANDS} to run a round.", flush=True)
                reader = threading.Thread(
                    target=_read_commands, args=(owner, server), name="breakout-commands"
                )
                reader.daemon = True
                reader.start()
                while not stop.wait(0.5):
                    pass
        finally:
            server.stop()
    finally:
        owner.close()
    print("Stopped serving phones.", file=sys.stderr)
    return 0


def _rounds(session: Session) -> list[str]:
    """One line per voting round: its number (for the commands), state and title."""
    return [f"Round {r.id} ({r.state}): {r.title or r.method}" for r in session.voting.rounds()]


def _show_when_closed(session: Session, server: PhoneServer) -> None:
    """Show phones each round's result as soon as it closes (on the owner's thread)."""

    def changed(change: Change[Any]) -> None:
        for row in change.rows:
            before, after = row.before or {}, row.after or {}
            closed = after.get("state") == "closed" and before.get("state") != "closed"
            if row.table == "rounds" and closed:
                server.show_results(int(dict(row.key)["id"]))

    session.subscribe(changed)


def _read_commands(owner: SessionThread, server: PhoneServer) -> None:
    """Run each command typed on standard input; the end of input ends only the commands.

    Read as bytes and decoded line by line, so a line that is not UTF-8 is refused
    as a mistyped command rather than ending the commands.
    """
    for raw in sys.stdin.buffer:
        line = raw.decode("utf-8", errors="replace")
        if line.strip():
            try:
                print(_command(owner, server, line.split()), flush=True)
            except BreakoutError as exc:
                print(f"breakout: error: {exc}", file=sys.stderr, flush=True)


def _command(owner: SessionThread, server: PhoneServer, words: list[str]) -> str:
    if len(words) != 2 or words[0] not in ("open", "close", "show") or not words[1].isdigit():
        raise BreakoutError(f"{' '.join(words)!r} is not a command; type {COMMANDS}")
    verb, round_id = words[0], int(words[1])
    if verb == "open":
        owner.call(lambda session: session.voting.open_round(round_id))
        return f"Round {round_id} is open."
    if verb == "close":
        owner.call(lambda session: session.voting.close_round(round_id))
        return f"Round {round_id} is closed."
    state = owner.call(lambda session: session.voting.round(round_id).state)
    if state != "closed":
        raise BreakoutError(f"round {round_id} is {state}; close it before showing its result")
    server.show_results(round_id)
    return f"Phones now see round {round_id}'s result."


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[threading.Event]:
    """An event set by Ctrl+C or a termination signal, for as long as the block runs."""
    stop = threading.Event()

    def stop_now(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, stop_now) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
