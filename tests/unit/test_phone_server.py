"""Phones on loopback: join with a card's code, vote by every method, and every refusal.

Each refusal is checked for its sentence and for the file: the session file and
its log are byte for byte what they were.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from breakout.phone import PhoneServer
from breakout.session import Session
from breakout.tally import tally_round
from tests.unit.phone_rig import Phone, Rig, serving


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    yield from serving(tmp_path)


def run(scenario: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(scenario())  # type: ignore[arg-type]


def _ballots(rig: Rig, round_id: int) -> list[dict[int, int]]:
    return [entries for _, entries in rig.call(lambda s: s.voting.ballots(round_id))]


#: A ballot each method accepts, from the items' ids.
BALLOTS: dict[str, Callable[[list[int]], dict[int, int]]] = {
    "dots": lambda items: {items[0]: 2, items[2]: 1},
    "approval": lambda items: {items[1]: 1, items[3]: 1},
    "ranking": lambda items: {items[2]: 1, items[0]: 2},
    "agreement": lambda items: {item: n for n, item in enumerate(items)},
    "majority": lambda items: {item: 5 - n for n, item in enumerate(items)},
}


@pytest.mark.parametrize("method", sorted(BALLOTS))
def test_a_phone_joins_with_its_code_and_votes_by_each_method(rig: Rig, method: str) -> None:
    round_id = rig.open_round(method)
    ballot = BALLOTS[method](rig.items(round_id))
    person, code = next(iter(rig.codes.items()))

    async def scenario() -> None:
        async with Phone(rig) as phone:
            status, answer = await phone.join(f" {code.lower()[:2]}-{code.lower()[2:]} ")
            assert (status, answer["message"]) == (200, "You're in.")
            assert rig.server.phones == 1
            _, seen = await phone.get_json("/api/state")
            assert seen["point"]["question"].startswith("When a drought forces rationing")
            assert [r["id"] for r in seen["rounds"]] == [round_id]
            assert seen["rounds"][0]["voted"] is False
            status, answer = await phone.vote(round_id, code, ballot)
            assert (status, answer["message"]) == (200, "Your vote is in.")
            _, seen = await phone.get_json("/api/state")
            assert seen["rounds"][0]["voted"] is True

    run(scenario)
    assert _ballots(rig, round_id) == [ballot]
    assert rig.call(lambda s: s.voting.voters(round_id)) == [person]
    rig.call(lambda s: s.voting.close_round(round_id))
    assert rig.call(lambda s: tally_round(s, round_id)).ballots == 1


def test_a_second_ballot_is_refused_and_nothing_more_is_written(rig: Rig) -> None:
    round_id = rig.open_round("approval")
    items = rig.items(round_id)
    code = next(iter(rig.codes.values()))

    async def scenario() -> None:
        async with Phone(rig) as phone, Phone(rig, "127.0.0.3") as other_phone:
            await phone.join(code)
            assert (await phone.vote(round_id, code, {items[0]: 1}))[0] == 200
            before = rig.written()
            status, answer = await phone.vote(round_id, code, {items[1]: 1})
            assert status == 409
            assert (
                answer["error"] == "You have already voted in this round; your first ballot counts."
            )
            # The same card on a second phone is the same participant: refused too.
            await other_phone.join(code)
            assert (await other_phone.vote(round_id, code, {items[1]: 1}))[0] == 409
            assert rig.written() == before

    run(scenario)
    assert _ballots(rig, round_id) == [{items[0]: 1}]


def test_a_kiosk_ballot_and_a_phone_ballot_are_one_ballot_per_person(rig: Rig) -> None:
    round_id = rig.open_round("approval")
    items = rig.items(round_id)
    person, code = next(iter(rig.codes.items()))
    rig.call(lambda s: s.voting.cast_ballot(round_id, person, {items[0]: 1}))

    async def scenario() -> None:
        async with Phone(rig) as phone:
            await phone.join(code)
            status, _ = await phone.vote(round_id, code, {items[1]: 1})
            assert status == 409

    run(scenario)
    assert _ballots(rig, round_id) == [{items[0]: 1}]


def test_a_vote_in_a_closed_round_is_refused(rig: Rig) -> None:
    round_id = rig.open_round("dots")
    items = rig.items(round_id)
    code = next(iter(rig.codes.values()))
    rig.call(lambda s: s.voting.close_round(round_id))

    async def scenario() -> None:
        async with Phone(rig) as phone:
            await phone.join(code)
            before = rig.written()
            status, answer = await phone.vote(round_id, code, {items[0]: 1})
            assert (status, answer["error"]) == (409, "Voting has closed.")
            assert rig.written() == before

    run(scenario)
    assert _ballots(rig, round_id) == []


MALFORMED: list[tuple[Any, str]] = [
    ([1, 2], "The ballot could not be read; fill it in again and confirm."),
    ({"x": 1}, "The ballot names an item that is not on it; reload the page."),
    ({"1": "2"}, "A ballot value must be a whole number; fill it in again."),
    ({"1": True}, "A ballot value must be a whole number; fill it in again."),
    ({"99999": 1}, "Item 99999 is not on this ballot."),
    ({}, "The ballot is empty; choose at least one item."),
]


TOO_MANY_DOTS = "This ballot uses 4 dots; the budget is 3."


def test_malformed_ballots_are_refused_with_a_sentence_and_nothing_written(rig: Rig) -> None:
    round_id = rig.open_round("dots", budget=3, per_item_cap=2)
    items = rig.items(round_id)
    code = next(iter(rig.codes.values()))
    too_many = {str(items[0]): 2, str(items[1]): 2}

    async def scenario() -> None:
        async with Phone(rig) as phone:
            await phone.join(code)
            before = rig.written()
            for ballot, message in [*MALFORMED, (too_many, "")]:
                body = {"round": round_id, "code": code, "ballot": ballot}
                status, answer = await phone.post("/api/vote", body)
                assert status in (400, 409), ballot
                assert answer["error"] == (message or TOO_MANY_DOTS)
            status, answer = await phone.post("/api/vote", {"code": code, "ballot": {}})
            assert answer["error"].startswith("The ballot does not say which round")
            status, answer = await phone.post("/api/vote", "{not json")
            assert (status, answer["error"]) == (
                400,
                "What the page sent could not be read; reload it.",
            )
            assert rig.written() == before

    run(scenario)
    assert _ballots(rig, round_id) == []


def test_a_wrong_code_is_refused_never_echoed_and_guessing_is_slowed(rig: Rig) -> None:
    real = next(iter(rig.codes.values()))
    guesses = [g for g in ("QQQQQ", "WWWWW", "XXXXX", "YYYYY", "VVVVV", "TTTTT") if g != real]

    async def scenario() -> None:
        async with Phone(rig) as phone:
            for guess in guesses[:5]:
                status, answer = await phone.join(guess)
                assert status == 403
                assert answer["error"] == (
                    "That code is not on this session's cards; check your card and type it again."
                )
                assert guess not in json.dumps(answer)
            status, answer = await phone.join(real)  # even the right one, for a while
            assert (status, answer["error"]) == (
                429,
                "Too many wrong codes; wait a few minutes and try again.",
            )
            _, seen = await phone.get_json("/api/state")
            assert seen == {"joined": False}

    run(scenario)


def test_a_vote_with_another_persons_code_is_refused(rig: Rig) -> None:
    round_id = rig.open_round("approval")
    items = rig.items(round_id)
    mine, theirs = list(rig.codes.values())[:2]

    async def scenario() -> None:
        async with Phone(rig) as phone:
            await phone.join(mine)
            before = rig.written()
            status, answer = await phone.vote(round_id, theirs, {items[0]: 1})
            assert status == 403
            assert (
                answer["error"]
                == "That is not the code this phone joined with; type your own code."
            )
            assert theirs not in json.dumps(answer)
            assert rig.written() == before

    run(scenario)


def test_forged_and_replayed_tokens_are_refused(rig: Rig) -> None:
    round_id = rig.open_round("approval")
    items = rig.items(round_id)
    code_a, code_b = list(rig.codes.values())[:2]
    ballot = {"round": round_id, "code": code_a, "ballot": {str(items[0]): 1}}

    async def scenario() -> None:
        async with Phone(rig) as a, Phone(rig, "127.0.0.2") as b, Phone(rig) as forger:
            await a.join(code_a)
            await b.join(code_b)
            before = rig.written()
            # Phone A's page token sent with phone B's cookie: a cross-site request.
            status, answer = await b.post("/api/vote", ballot, token=a.token)
            assert (status, answer["error"]) == (
                403,
                "This request did not come from this page; reload it and try again.",
            )
            # No page token at all.
            assert (await a.post("/api/vote", ballot, token="-"))[0] == 403
            # A made-up device cookie.
            forger.http.cookie_jar.update_cookies({"breakout_device": "made-up"})
            status, answer = await forger.post("/api/vote", ballot, token=a.token)
            assert status == 403
            assert answer["error"].startswith("This phone is not signed in here")
            # Phone A's cookie and page token replayed from another device (address).
            cookie = {c.key: c.value for c in a.http.cookie_jar}
            async with Phone(rig, "127.0.0.9") as thief:
                thief.http.cookie_jar.update_cookies(cookie)
                status, answer = await thief.post("/api/vote", ballot, token=a.token)
                assert status == 403
                assert (await thief.get_json("/api/state"))[0] == 403
            assert rig.written() == before

    run(scenario)
    assert _ballots(rig, round_id) == []


def test_an_oversized_body_is_refused(rig: Rig) -> None:
    code = next(iter(rig.codes.values()))

    async def scenario() -> None:
        async with Phone(rig) as phone:
            await phone.join(code)
            before = rig.written()
            body = {"text": "ا" * 20_000, "kind": "proposal"}
            status, answer = await phone.post("/api/send", body)
            assert (status, answer["error"]) == (
                413,
                "That is too long to send; shorten it and try again.",
            )
            assert rig.written() == before

    run(scenario)
    assert rig.call(lambda s: s.inbox.items(None)) == []


def test_only_json_posts_from_the_page_are_taken(rig: Rig) -> None:
    code = next(iter(rig.codes.values()))

    async def scenario() -> None:
        async with Phone(rig) as phone:
            await phone.join(code)
            form = "text=hello&kind=proposal"
            status, answer = await phone.post(
                "/api/send", form, content_type="application/x-www-form-urlencoded"
            )
            assert (status, answer["error"]) == (
                415,
                "This address takes only what the page sends; reload it.",
            )
            async with phone.http.get(rig.server.base_url + "/api/vote") as response:
                assert response.status == 405
                assert (await response.json())["error"] == (
                    "This address does not take that kind of request."
                )

    run(scenario)
    assert rig.call(lambda s: s.inbox.items(None)) == []


def test_a_phone_that_sends_too_fast_is_slowed_down(rig: Rig) -> None:
    code = next(iter(rig.codes.values()))

    async def scenario() -> None:
        async with Phone(rig) as phone:
            await phone.join(code)
            statuses = [
                (await phone.post("/api/send", {"text": f"Idea {n}"}))[0] for n in range(14)
            ]
            assert statuses.count(429) >= 2
            assert statuses[:10] == [200] * 10

    run(scenario)


def test_the_pages_load_only_the_laptops_own_script(rig: Rig) -> None:
    async def scenario() -> None:
        async with Phone(rig) as phone:
            async with phone.http.get(rig.server.join_url) as response:
                page = await response.text()
                policy = response.headers["Content-Security-Policy"]
                assert "script-src 'self'" in policy and "unsafe-inline" not in policy
                assert response.headers["Referrer-Policy"] == "no-referrer"
                cookie = response.headers["Set-Cookie"]
                assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
            assert '<script src="/static/phone.js" defer></script>' in page
            assert page.count("<script") == 2  # the script, and the phrases (data, never run)
            assert "http://" not in page and "https://" not in page
            async with phone.http.get(rig.server.base_url + "/static/phone.js") as response:
                assert response.content_type == "text/javascript"
                assert "http" not in (await response.text()).replace("https", "")
            async with phone.http.get(rig.server.join_url + "?lang=ar") as response:
                assert '<html lang="ar" dir="rtl">' in await response.text()
            async with phone.http.get(rig.server.base_url + "/j/not-this-session") as response:
                assert response.status == 404
                assert "This address is not for this session." in await response.text()

    run(scenario)


def test_the_event_stream_tells_the_phone_when_a_round_closes(rig: Rig) -> None:
    round_id = rig.open_round("approval")
    code = next(iter(rig.codes.values()))

    async def scenario() -> None:
        async with Phone(rig) as phone:
            await phone.join(code)
            async with phone.http.get(rig.server.base_url + "/api/events") as stream:
                assert stream.content_type == "text/event-stream"
                first = await _next_event(stream)
                assert [r["id"] for r in first["rounds"]] == [round_id]
                await asyncio.to_thread(rig.call, lambda s: s.voting.close_round(round_id))
                after = await _next_event(stream)
                assert after["rounds"] == []
                assert after["results"] == []  # not shown until the facilitator shows it
                rig.server.show_results(round_id)
                shown = await _next_event(stream)
                assert [r["id"] for r in shown["results"]] == [round_id]

    run(scenario)


async def _next_event(stream: Any) -> dict[str, Any]:
    while True:
        line = (await stream.content.readline()).decode()
        if line.startswith("data: "):
            found: dict[str, Any] = json.loads(line[len("data: ") :])
            return found


def test_a_proposal_lands_in_the_inbox_and_accepting_makes_it_a_contribution(rig: Rig) -> None:
    person, code = next(iter(rig.codes.items()))
    text = "Publier le calendrier de rationnement une semaine à l'avance — نشر الجدول مسبقاً"

    async def scenario() -> None:
        async with Phone(rig) as phone:
            await phone.join(code)
            status, answer = await phone.post(
                "/api/send", {"text": text, "kind": "proposal", "named": True}
            )
            assert (status, answer["message"]) == (200, "Sent to the facilitator.")
            status, _ = await phone.post("/api/send", {"text": "Who pays?", "kind": "question"})
            assert status == 200

    run(scenario)
    waiting = rig.call(lambda s: s.inbox.items())
    assert [(i.text, i.kind, i.participant) for i in waiting] == [
        (text, "proposal", person),
        ("Who pays?", "question", None),
    ]
    assert rig.call(lambda s: s.capture.contributions()) == []  # not in the record yet

    def accept(session: Session) -> Any:
        made = session.inbox.accept(waiting[0].id).result
        return session.contribution(made), [r.text for r in session.board.recommendations()]

    contribution, board = rig.call(accept)
    assert (contribution.text, contribution.participant, contribution.kind) == (
        text,
        person,
        "proposal",
    )
    assert text in board  # every proposal is a candidate on the board
    assert [i.text for i in rig.call(lambda s: s.inbox.items())] == ["Who pays?"]


def test_the_laptops_reach_check_gets_this_runs_name_and_nothing_else(rig: Rig) -> None:
    async def scenario() -> None:
        async with Phone(rig) as phone:
            async with phone.http.get(rig.server.here_url) as response:
                assert response.status == 200
                assert "default-src 'none'" in response.headers["Content-Security-Policy"]
                assert await response.json() == {"breakout_phones": rig.server.instance}
            assert len(phone.http.cookie_jar) == 0  # no device cookie handed out

    run(scenario)
    assert rig.server.app.devices.by_token == {}  # asking made no device
    assert rig.server.instance not in rig.server.join_url


def test_phones_sending_at_once_are_written_in_fewer_transactions_each_told_its_own(
    rig: Rig,
) -> None:
    labels: list[str] = []
    rig.call(lambda s: s.subscribe(lambda change: labels.append(change.label)))
    codes = list(rig.codes.values())[:12]

    async def one(n: int, code: str) -> list[tuple[int, dict[str, Any]]]:
        async with Phone(rig, f"127.0.5.{1 + n}") as phone:
            await phone.join(code)
            text = "" if n == 3 else f"Proposition {n} : cartographier la rue {n}"
            return [await phone.post("/api/send", {"text": text}) for _ in range(2)]

    async def scenario() -> list[list[tuple[int, dict[str, Any]]]]:
        return await asyncio.gather(*(one(n, code) for n, code in enumerate(codes)))

    answers = asyncio.run(scenario())
    for n, sent in enumerate(answers):
        expected = 409 if n == 3 else 200
        assert [status for status, _ in sent] == [expected, expected], (n, sent)
    assert answers[3][0][1]["error"] == "A proposal or question cannot be empty."
    texts = sorted(i.text for i in rig.call(lambda s: s.inbox.items()))
    assert texts == sorted(
        f"Proposition {n} : cartographier la rue {n}" for n in range(12) if n != 3 for _ in "ab"
    )
    writes = labels.count("Receive from phones")
    assert 1 <= writes < 22  # 22 sends written, several at a time


def test_stopping_and_starting_again_on_the_same_port_works_at_once(rig: Rig) -> None:
    """A facilitator who stops phones and starts them again is not told the port is busy.

    Phones still connected when the server stops leave its side of each connection
    waiting out TCP's TIME_WAIT for a minute or more; the port must be usable again.
    """
    port = rig.server.port

    async def scenario() -> None:
        async with Phone(rig) as phone:
            assert await phone.open() == 200  # a kept-alive connection, closed by the server
            rig.server.stop()

    run(scenario)
    again = PhoneServer(rig.owner, "127.0.0.1", port)
    again.start()
    try:
        rig.server = again
        run(lambda: _opens_the_join_page(rig))
    finally:
        again.stop()


async def _opens_the_join_page(rig: Rig) -> None:
    async with Phone(rig) as phone:
        assert await phone.open() == 200
