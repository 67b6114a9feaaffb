"""``breakout serve``: a real process serving phones until Ctrl+C, and its refusals."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

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
