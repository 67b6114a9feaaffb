""" "Can phones reach me?": this computer asks its own phone server at the address phones are
given, and says what that proves and what it does not."""

from __future__ import annotations

import http.server
import ipaddress
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from breakout.phone import PhoneServer, SessionThread
from breakout_qt.main_window import MainWindow
from breakout_qt.phone_panel import PhonePanel, addresses
from breakout_qt.phone_reach import ReachCheck
from tests.gui.real_session import make_session
from tests.gui.test_phone_panel import free_port
from tests.gui.windows import shown_window


def _network_address() -> str | None:
    """An IPv4 address of this computer that is not loopback, as the panel lists them."""
    for address, _ in addresses():
        parsed = ipaddress.ip_address(address)
        if parsed.version == 4 and not parsed.is_loopback:
            return address
    return None


def _serving(qtbot: QtBot, window: MainWindow, address: str) -> PhonePanel:
    panel = window.ask_phones()
    index = panel.address_box.findData(address)
    assert index >= 0
    panel.address_box.setCurrentIndex(index)
    panel.port_box.setValue(free_port())
    assert not panel.reach_button.isEnabled()  # nothing to ask while phones are off
    panel.start_button.click()
    assert panel.server is not None and panel.reach_button.isEnabled()
    return panel


def _ask(qtbot: QtBot, panel: PhonePanel) -> str:
    qtbot.mouseClick(panel.reach_button, Qt.MouseButton.LeftButton)
    assert panel.reach_label.text().startswith("Asking http://")
    qtbot.waitUntil(lambda: not panel.reach_label.text().startswith("Asking"), timeout=10000)
    return panel.reach_label.text()


def test_the_server_answers_on_the_network_address_and_the_panel_says_what_that_proves(
    qtbot: QtBot, tmp_path: Path
) -> None:
    address = _network_address()
    if address is None:
        pytest.skip("this computer has no network address besides loopback to serve on")
    window = shown_window(qtbot, make_session(tmp_path), tmp_path)
    panel = _serving(qtbot, window, address)
    assert panel.server is not None
    said = _ask(qtbot, panel)
    assert said.startswith(f"The phone server answers at {address}:{panel.server.port}")
    assert "firewall lets it through" in said
    assert "does not prove the Wi-Fi lets phones reach this computer" in said
    assert "open the address on one phone" in said
    assert "this computer alone" not in said
    panel.stop()
    assert panel.reach_label.text() == "" and not panel.reach_button.isEnabled()
    window.close()


def test_on_loopback_the_panel_says_no_phone_can_reach_it(qtbot: QtBot, tmp_path: Path) -> None:
    window = shown_window(qtbot, make_session(tmp_path), tmp_path)
    panel = _serving(qtbot, window, "127.0.0.1")
    said = _ask(qtbot, panel)
    assert "The phone server answers at 127.0.0.1:" in said
    assert "127.0.0.1 is this computer alone: no phone can reach it." in said
    panel.stop()
    window.close()


class _Other(http.server.BaseHTTPRequestHandler):
    """Another program on the port: it answers, but not as this run's server."""

    def do_GET(self) -> None:
        body = b'{"breakout_phones": "someone else"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def other_program() -> Iterator[int]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Other)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield int(server.server_address[1])
    server.shutdown()
    server.server_close()


@pytest.fixture
def holder(qtbot: QtBot) -> QWidget:
    """A window that keeps the check for the test's length, as the panel keeps its own."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_another_program_on_the_port_does_not_pass_for_the_server(
    qtbot: QtBot, holder: QWidget, other_program: int
) -> None:
    check = ReachCheck(holder)
    with qtbot.waitSignal(check.done, timeout=10000) as answer:
        check.check(f"http://127.0.0.1:{other_program}/api/here", "this run", "127.0.0.1")
    assert answer.args == [
        False,
        f"Another program answers at 127.0.0.1:{other_program}, not this phone server; "
        "choose another port.",
    ]


def test_a_server_that_stopped_is_said_not_to_answer(
    qtbot: QtBot, holder: QWidget, tmp_path: Path
) -> None:
    session = make_session(tmp_path)
    session.close()
    owner = SessionThread(tmp_path / "forum.breakout")
    server = PhoneServer(owner, "127.0.0.1", 0)
    server.start()
    url, instance = server.here_url, server.instance
    server.stop()
    owner.close()
    check = ReachCheck(holder)
    with qtbot.waitSignal(check.done, timeout=10000) as answer:
        check.check(url, instance, "127.0.0.1")
    reached, said = answer.args
    assert reached is False
    assert said.startswith("This computer could not reach its own phone server at 127.0.0.1:")
    assert "firewall lets this port in" in said
