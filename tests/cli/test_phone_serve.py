"""``breakout serve``: a real process serving phones until Ctrl+C, and its refusals."""

from __future__ import annotations

import http.cookiejar
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from breakout.briefing import read_briefing
from breakout.roster import read_roster
from breakout.session import Session
from tests.helpers import files_in
from tests.unit.phone_rig import DATA


@pytest.fixture
def forum(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "forum.breakout"
    Session.new(
        path, briefing=read_briefing(DATA / "briefing.md"), roster=read_roster(DATA / "roster.csv")
    ).close()
    yield path


def _serve(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "breakout", "serve", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_prints_the_join_address_serves_it_and_stops_cleanly_on_ctrl_c(
    forum: Path,
) -> None:
    process = _serve(str(forum), "--host", "127.0.0.1", "--port", str(_free_port()))
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("Phones can join at http://127.0.0.1:"), process.stderr
    url = line.split(" at ", 1)[1].strip()
    with urllib.request.urlopen(url) as response:
        assert response.status == 200
        assert "Join with the code on your card" in response.read().decode()
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate()
    assert process.returncode == 0
    assert "Stopped serving phones." in err
    assert not forum.with_name(forum.name + ".lock").exists()  # the session was closed
    Session.open(forum).close()  # and can be opened again at once


@pytest.mark.parametrize(
    ("host", "port", "message"),
    [
        ("laptop.local", "8080", "'laptop.local' is not an IP address"),
        ("192.0.2.1", "8080", "192.0.2.1 is not an address of this computer"),
        ("127.0.0.1", "70000", "port 70000 is out of range"),
    ],
)
def test_a_bad_address_is_refused_with_one_sentence(
    forum: Path, host: str, port: str, message: str
) -> None:
    before = files_in(forum.parent)
    process = _serve(str(forum), "--host", host, "--port", port)
    _out, err = process.communicate()
    assert process.returncode == 1
    assert err.startswith(f"breakout: error: {message}")
    assert err.count("\n") == 1
    assert files_in(forum.parent) == before


def test_a_busy_port_is_refused(forum: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        process = _serve(str(forum), "--host", "127.0.0.1", "--port", str(port))
        _out, err = process.communicate()
    assert process.returncode == 1
    assert err.startswith(f"breakout: error: port {port} is already in use on 127.0.0.1")


def test_a_session_the_app_has_open_is_refused(forum: Path) -> None:
    with Session.open(forum):
        process = _serve(str(forum), "--host", "127.0.0.1", "--port", str(_free_port()))
        _out, err = process.communicate()
    assert process.returncode == 1
    assert err.startswith("breakout: error:") and "forum.breakout" in err


class _Phone:
    """A phone as a real HTTP client: its own cookies, the page's token on each send."""

    def __init__(self, join_url: str) -> None:
        self.base = join_url.split("/j/", 1)[0]
        self.session_token = join_url.rsplit("/", 1)[1]
        self.http = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        with self.http.open(join_url) as response:
            page = response.read().decode()
        found = re.search(r'name="breakout-token" content="([^"]+)"', page)
        assert found is not None
        self.token = found.group(1)

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        request = urllib.request.Request(
            self.base + path,
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json", "X-Breakout-Token": self.token},
        )
        with self.http.open(request) as response:
            answer: dict[str, Any] = json.load(response)
        return answer

    def events(self) -> Any:
        """The page's event stream, open (each event a ``data:`` line of the state)."""
        return self.http.open(self.base + "/api/events")

    def state(self) -> dict[str, Any]:
        with self.http.open(self.base + "/api/state") as response:
            answer: dict[str, Any] = json.load(response)
        return answer


@pytest.fixture
def voting(forum: Path) -> tuple[Path, int, str]:
    """The forum with codes on the cards and a secret approval round open."""
    with Session.open(forum) as session:
        session.people.issue_voting_codes()
        code = str(session.people.participants()[0].voting_code)
        labels = ["Tarifs publics à l'échelle", "عدادات مسبقة الدفع للأحياء", "社区水委员会"]
        round_id = session.voting.create_round(
            method="approval", items=labels, secret=True, settings={}, title="Priorités"
        ).result
        session.voting.open_round(round_id)
    return forum, round_id, code


@pytest.fixture
def ended() -> Iterator[list[subprocess.Popen[str]]]:
    """Serve processes a test started: ended if a failed test left them running."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.communicate()


def _said(process: subprocess.Popen[str], until: str) -> list[str]:
    """What serve printed up to its line starting with ``until``.

    Not a measure of speed: a serve that never says it (one that ignores its
    input) is ended after a generous while, so the test fails instead of hanging.
    """
    assert process.stdout is not None
    hang_guard = threading.Timer(120, process.kill)
    hang_guard.start()
    try:
        lines = [process.stdout.readline()]
        while not lines[-1].startswith(until):
            assert lines[-1], f"serve ended before saying {until!r}"
            lines.append(process.stdout.readline())
    finally:
        hang_guard.cancel()
    return lines


def _results_pushed(process: subprocess.Popen[str], stream: Any) -> list[dict[str, Any]]:
    """The first results the event stream sends a phone (under the same hang guard)."""
    hang_guard = threading.Timer(120, process.kill)
    hang_guard.start()
    try:
        while True:
            line = stream.readline().decode()
            assert line, "the event stream ended before it sent any result"
            if line.startswith("data: "):
                results: list[dict[str, Any]] = json.loads(line[6:])["results"]
                if results:
                    return results
    finally:
        hang_guard.cancel()


@pytest.mark.parametrize("flag", [True, False])
def test_a_closed_round_result_reaches_phones_with_show_results_or_a_show_command(
    voting: tuple[Path, int, str], flag: bool, ended: list[subprocess.Popen[str]]
) -> None:
    forum, round_id, code = voting
    args = [str(forum), "--host", "127.0.0.1", "--port", str(_free_port())]
    process = _serve(*args, *(["--show-results"] if flag else []))
    ended.append(process)
    assert process.stdin is not None
    started = _said(process, "Press Ctrl+C")
    assert f"Round {round_id} (open): Priorités\n" in started
    phone = _Phone(started[0].split(" at ", 1)[1].strip())
    phone.post("/api/join", {"session": phone.session_token, "code": code})
    items = [item["id"] for item in phone.state()["rounds"][0]["items"]]
    ballot = {str(items[1]): 1, str(items[2]): 1}
    assert phone.post("/api/vote", {"round": round_id, "code": code, "ballot": ballot})["ok"]
    assert phone.state()["results"] == []  # an open round's standing is never shown
    stream = phone.events()  # the page's own event stream, open while the round closes

    process.stdin.write(f"close {round_id}\n")
    process.stdin.flush()
    assert _said(process, "Round")[-1] == f"Round {round_id} is closed.\n"
    if not flag:
        assert phone.state()["results"] == []  # only when the facilitator shows it
        process.stdin.write(f"show {round_id}\n")
        process.stdin.flush()
        assert (
            _said(process, "Phones now see")[-1] == f"Phones now see round {round_id}'s result.\n"
        )
    results = _results_pushed(process, stream)  # the open page updates by itself
    assert phone.state()["results"] == results  # and a page opened now shows it too
    assert [r["id"] for r in results] == [round_id]
    lines = {line["label"]: line["figure"] for line in results[0]["lines"]}
    assert set(lines) == {
        "Tarifs publics à l'échelle",
        "عدادات مسبقة الدفع للأحياء",
        "社区水委员会",
    }
    assert lines["社区水委员会"].startswith("1 approval (")  # totals only: the round is secret
    assert lines["Tarifs publics à l'échelle"].startswith("0 approvals (")
    stream.close()
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate()
    assert process.returncode == 0 and "Stopped serving phones." in err


def test_a_mistyped_command_is_refused_in_one_sentence_and_serving_goes_on(
    voting: tuple[Path, int, str], ended: list[subprocess.Popen[str]]
) -> None:
    forum, round_id, _code = voting
    process = _serve(str(forum), "--host", "127.0.0.1", "--port", str(_free_port()))
    ended.append(process)
    assert process.stdin is not None
    _said(process, "Press Ctrl+C")
    process.stdin.write(f"shut {round_id}\nshow {round_id}\n")
    process.stdin.flush()
    assert isinstance(process.stdin, io.TextIOWrapper)
    process.stdin.buffer.write(b"close \xff\xfe\n")  # not UTF-8: refused, not the end
    process.stdin.write(f"close {round_id}\n")
    process.stdin.flush()
    assert _said(process, "Round")[-1] == f"Round {round_id} is closed.\n"
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate()
    assert err.splitlines()[:3] == [
        f"breakout: error: 'shut {round_id}' is not a command; type open ROUND, close ROUND "
        "or show ROUND",
        f"breakout: error: round {round_id} is open; close it before showing its result",
        "breakout: error: 'close \ufffd\ufffd' is not a command; type open ROUND, close ROUND "
        "or show ROUND",
    ]
    with Session.open(forum, readonly=True) as session:
        assert session.voting.round(round_id).state == "closed"
