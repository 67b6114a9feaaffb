"""Secret ballots cast from phones: nothing in the file, its log or any log ties one to a phone.

34 people vote from 34 phones (each its own cookies and address) one after the
other in a known order, each with a ballot no one else cast. The adversary of
``test_ballot_secrecy`` then reads the file's bytes; and every device token
the server handed out is looked for in the file, its log and the log records.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from breakout.session import Session
from tests.attacks import Ballot, correct_links, link_by_layout, roots
from tests.unit.phone_rig import Phone, Rig, serving
from tests.unit.test_ballot_secrecy import CHANCE, ITEMS, VOTERS


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    yield from serving(tmp_path)


def _secret_round(session: Session) -> int:
    labels = [f"Recommendation {n}" for n in range(ITEMS)]
    round_id = session.voting.create_round(method="approval", items=labels, secret=True).result
    session.voting.open_round(round_id)
    return round_id


async def _vote_from_phones(
    rig: Rig, round_id: int, items: list[int]
) -> tuple[dict[Ballot, int], set[str]]:
    truth: dict[Ballot, int] = {}
    tokens: set[str] = set()
    people = list(rig.codes.items())[:VOTERS]
    random.Random(11).shuffle(people)  # the order the room voted in
    for n, (person, code) in enumerate(people, 1):
        chosen = {items[bit]: 1 for bit in range(ITEMS) if n >> bit & 1}  # unique per voter
        async with Phone(rig, f"127.0.1.{n}") as phone:
            await phone.join(code)
            status, _ = await phone.vote(round_id, code, chosen)
            assert status == 200
            tokens.add(phone.token)
            tokens.update(c.value for c in phone.http.cookie_jar)
        truth[frozenset(chosen.items())] = person
    return truth, tokens


def test_phone_ballots_leave_no_order_and_no_token_in_the_file_or_logs(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    round_id = rig.call(_secret_round)
    items = rig.items(round_id)
    truth, tokens = asyncio.run(_vote_from_phones(rig, round_id, items))
    assert len(tokens) == 2 * VOTERS

    # The attack is real while the round is open (the running laptop is trusted).
    rig.call(lambda s: s.store.conn.execute("PRAGMA wal_checkpoint(FULL)"))
    open_image = rig.path.read_bytes()
    assert correct_links(link_by_layout(open_image, roots(rig.path), round_id), truth) > CHANCE

    rig.call(lambda s: s.voting.close_round(round_id))
    image, log = rig.written()
    assert log == b""  # the log is emptied when the round closes
    assert correct_links(link_by_layout(image, roots(rig.path), round_id), truth) <= CHANCE
    everything = b"".join(p.read_bytes() for p in rig.path.parent.iterdir() if p.is_file())
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for token in tokens:
        assert token.encode() not in everything
        assert token not in logged
    assert rig.call(lambda s: s.voting.ballots(round_id))
    assert all(who is None for who, _ in rig.call(lambda s: s.voting.ballots(round_id)))
