"""A room of phones on one laptop: a hundred ballots at once, and the inbox beside the console.

Run from the project folder::

    .venv/bin/python benchmarks/bench_phones.py            # 100 phones, 20 senders
    .venv/bin/python benchmarks/bench_phones.py --quick    # a small smoke run

It makes a session of 100 participants (names in several scripts) with voting
codes, serves it on loopback (``breakout.phone``, headless, the session owned
by its own thread as ``breakout serve`` does), and then:

1. 100 simulated phones — real HTTP clients, each with its own cookies and its
   own loopback address — join with their codes and, each with the page's
   event stream open, vote in the same open approval round, all at once. It
   reports the time from the first request to every ballot counted, the
   median and p99 latency of the requests, and the ballots lost or
   duplicated (both must be 0: checked against the engine's
   ``voters`` and ``ballots`` after the round closes);
2. 20 phones send 10 proposals each into the inbox while the facilitator
   captures 200 contributions at the console (each an engine operation handed
   to the session's owner, as the app's own would be). It reports the capture
   latency, which should stay within one frame (16.7 ms at 60 Hz) at the p99;
   the target is reported as met or not, never enforced. These phones run in
   a process of their own, as phones are other devices: run in the laptop's
   process, their HTTP clients held its interpreter lock most of the time
   (py-spy) and made the console wait for them, which no room of real phones
   does.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from breakout.phone import PhoneServer, SessionThread
from breakout.session import Session
from tests.unit.phone_rig import Phone, Rig

FRAME_MS = 1000 / 60
_NAMES = ["Élise", "Zainab", "李伟", "Омар", "José", "Nguyễn", "Aïcha", "Søren", "فاطمة", "Kwame"]


def _make(folder: Path, people: int) -> tuple[Path, dict[int, str]]:
    path = folder / "phones.breakout"
    session = Session.create(path, title="Phones benchmark")
    for n in range(people):
        session.people.add_participant(f"{_NAMES[n % len(_NAMES)]} {n:03d}", present=True)
    session.people.issue_voting_codes()
    point = session.agenda.add_point("Which partnerships keep the taps running? " * 10).result
    session.agenda.start_point(point)
    codes = {p.id: str(p.voting_code) for p in session.people.participants()}
    session.close()
    return path, codes


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def _timed(latencies: list[float], call: object) -> tuple[int, dict[str, object]]:
    start = time.perf_counter()
    result = await call  # type: ignore[misc]
    latencies.append((time.perf_counter() - start) * 1000)
    return result  # type: ignore[no-any-return]


async def _one_phone(
    rig: Rig, n: int, code: str, round_id: int, items: list[int], latencies: list[float]
) -> None:
    ballot = {item: 1 for item in items if random.Random(n).random() < 0.5} or {items[0]: 1}
    async with Phone(rig, f"127.0.{2 + n // 200}.{1 + n % 200}") as phone:
        await _timed(latencies, phone.open())
        status, _ = await _timed(latencies, phone.join(code))
        assert status == 200, status
        # The page keeps its event stream open while the participant votes.
        async with phone.http.get(rig.server.base_url + "/api/events") as stream:
            await stream.content.readline()
            status, answer = await _timed(latencies, phone.vote(round_id, code, ballot))
            assert status == 200, answer


async def _vote_together(rig: Rig, round_id: int) -> tuple[float, list[float]]:
    items = rig.items(round_id)
    latencies: list[float] = []
    start = time.perf_counter()
    await asyncio.gather(
        *(
            _one_phone(rig, n, code, round_id, items, latencies)
            for n, code in enumerate(rig.codes.values())
        )
    )
    counted = time.perf_counter() - start
    return counted, latencies


@dataclass(frozen=True)
class _Served:
    """What a phone in another process knows of the server: its addresses and token."""

    join_url: str
    base_url: str
    session_token: str


@dataclass(frozen=True)
class _Elsewhere:
    """Stands in for the rig in the phones' own process (a phone reads only ``server``)."""

    server: _Served


def _phones_elsewhere(served: _Served, codes: list[str], joined: Any, go: Any) -> None:
    """The senders, in a process of their own: phones are other devices, so their HTTP
    clients must not take the laptop's interpreter (its GIL) from the console."""
    rig = cast(Rig, _Elsewhere(served))

    async def phone(n: int, code: str, ready: asyncio.Event) -> None:
        async with Phone(rig, f"127.0.9.{1 + n}") as one:
            await one.join(code)
            joined.put(n)
            await ready.wait()
            for k in range(10):
                status, answer = await one.post("/api/send", {"text": f"Proposal {n}.{k}"})
                if status == 429:  # the phone's own rate limit: wait, as a person would
                    await asyncio.sleep(1.1)
                    status, answer = await one.post("/api/send", {"text": f"Proposal {n}.{k}"})
                assert status == 200, answer

    async def all_phones() -> None:
        ready = asyncio.Event()
        phones = [asyncio.ensure_future(phone(n, code, ready)) for n, code in enumerate(codes)]
        await asyncio.to_thread(go.wait)
        ready.set()
        await asyncio.gather(*phones)
        joined.put(time.perf_counter())  # the last proposal is in (a clock all processes share)

    asyncio.run(all_phones())


def _capture(rig: Rig, times: int) -> list[tuple[float, float]]:
    """The console captures ``times`` contributions, one every 10 ms: (start, latency in ms)."""
    capture: list[tuple[float, float]] = []
    for k in range(times):
        start = time.perf_counter()
        rig.call(lambda s, k=k: s.capture.add_contribution(f"Said at the console {k}"))
        capture.append((start, (time.perf_counter() - start) * 1000))
        time.sleep(0.01)
    return capture


def _send_while_capturing(rig: Rig, senders: int) -> tuple[list[float], list[float]]:
    """Phones (in another process) send while the console captures: the capture latencies
    of all 200 captures, and of those started while phones were still sending."""
    codes = list(rig.codes.values())[:senders]
    spawn = multiprocessing.get_context("spawn")
    joined, go = spawn.Queue(), spawn.Event()
    served = _Served(rig.server.join_url, rig.server.base_url, rig.server.session_token)
    phones = spawn.Process(target=_phones_elsewhere, args=(served, codes, joined, go))
    phones.start()
    for _ in codes:  # every phone has joined: the sending starts with the capturing
        joined.get(timeout=120)
    go.set()
    capture = _capture(rig, 200)
    finished = float(joined.get(timeout=120))
    phones.join(timeout=120)
    if phones.exitcode != 0:
        raise SystemExit(f"the phones' process failed (exit code {phones.exitcode})")
    return [ms for _, ms in capture], [ms for start, ms in capture if start < finished]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="20 phones and 5 senders")
    args = parser.parse_args()
    people, senders = (20, 5) if args.quick else (100, 20)
    with tempfile.TemporaryDirectory() as folder:
        path, codes = _make(Path(folder), people)
        owner = SessionThread(path)
        server = PhoneServer(owner, "127.0.0.1", 0)
        server.start()
        rig = Rig(path, owner, server, codes)
        try:
            round_id = rig.open_round("approval")
            counted, latencies = asyncio.run(_vote_together(rig, round_id))
            rig.call(lambda s: s.voting.close_round(round_id))
            voters = rig.call(lambda s: s.voting.voters(round_id))
            ballots = rig.call(lambda s: s.voting.ballots(round_id))
            lost = people - len(ballots)
            duplicated = len(voters) - len(set(voters)) + max(0, len(ballots) - people)
            print(f"{people} phones joined and voted in one round")
            print(f"  time to all counted: {counted:.2f} s")
            print(f"  request latency: median {statistics.median(latencies):.1f} ms, ", end="")
            print(f"p99 {_percentile(latencies, 0.99):.1f} ms ({len(latencies)} requests)")
            print(f"  ballots lost: {lost}, duplicated: {duplicated}")
            alone = [ms for _, ms in _capture(rig, 200)]
            print("the console captured 200 with no phone sending (this computer's own pace)")
            print(f"  capture latency: median {statistics.median(alone):.1f} ms, ", end="")
            print(f"p99 {_percentile(alone, 0.99):.1f} ms")
            capture, during = _send_while_capturing(rig, senders)
            inbox = len(rig.call(lambda s: s.inbox.items()))
            p99 = _percentile(capture, 0.99)
            print(f"{senders} phones sent {inbox} proposals while the console captured 200")
            print(f"  capture latency: median {statistics.median(capture):.1f} ms, ", end="")
            print(f"p99 {p99:.1f} ms (one frame: {FRAME_MS:.1f} ms)", end=" ")
            print("— met" if p99 <= FRAME_MS else "— NOT met")
            if during:
                print(f"  of which {len(during)} while phones were still sending: ", end="")
                print(f"median {statistics.median(during):.1f} ms, max {max(during):.1f} ms")
        finally:
            server.stop()
            owner.close()
        return 0 if lost == 0 and duplicated == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
