"""``breakout serve SESSION --host ADDRESS --port N``: the phone server, headless.

Opens the session for writing (so it refuses while the app has it open),
serves phones on the one address given, prints the join address, and runs
until Ctrl+C (or a termination signal), then stops the server and closes the
session cleanly.
"""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from breakout.phone.owner import SessionThread
from breakout.phone.server import PhoneServer, check_address


def serve(path: Path, host: str, port: int) -> int:
    check_address(host, port)  # before the file is opened
    owner = SessionThread(path)
    try:
        server = PhoneServer(owner, host, port)
        server.start()
        try:
            print(f"Phones can join at {server.join_url}", flush=True)
            print("Press Ctrl+C to stop.", flush=True)
            _wait_for_stop()
        finally:
            server.stop()
    finally:
        owner.close()
    print("Stopped serving phones.", file=sys.stderr)
    return 0


def _wait_for_stop() -> None:
    stop = threading.Event()

    def stop_now(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = signal.signal(signal.SIGTERM, stop_now)
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
