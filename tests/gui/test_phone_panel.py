"""View ▸ Phone Participation: start and stop serving phones from the app."""

from __future__ import annotations

import ipaddress
import itertools
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from breakout_qt.main_window import MainWindow
from breakout_qt.phone_panel import PhonePanel, addresses
from tests.gui.real_session import make_session
from tests.gui.test_phone_owner import in_background, phone_posts, phone_votes, voting_session
from tests.gui.windows import shown_window


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def refused(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def on_loopback(panel: PhonePanel, port: int) -> None:
    index = panel.address_box.findData("127.0.0.1")
    assert index >= 0, [panel.address_box.itemText(i) for i in range(panel.address_box.count())]
    panel.address_box.setCurrentIndex(index)
    panel.port_box.setValue(port)


def test_the_addresses_are_this_computers_own_ipv4_first_loopback_last() -> None:
    found = [ipaddress.ip_address(address) for address, _ in addresses()]
    assert ipaddress.ip_address("127.0.0.1") in found
    loopback = [a.is_loopback for a in found]
    assert loopback == sorted(loopback)  # every loopback address after the others
    for group in (False, True):
        versions = [a.version for a in found if a.is_loopback == group]
        assert versions == sorted(versions)  # IPv4 before IPv6
    local = {info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None)}
    assert not {str(a) for a in found if not a.is_loopback} - (local | _interfaces_seen())


def _interfaces_seen() -> set[str]:
    """Every address the kernel lists for this computer (Linux), to check nothing is made up."""
    seen: set[str] = set()
    route = Path("/proc/net/fib_trie")
    if route.exists():
        lines = route.read_text(encoding="utf-8").splitlines()
        for before, line in itertools.pairwise(lines):
            if "/32 host LOCAL" in line:
                seen.add(before.split()[-1])
    inet6 = Path("/proc/net/if_inet6")
    if inet6.exists():
        for row in inet6.read_text(encoding="utf-8").splitlines():
            raw = row.split()[0]
            seen.add(str(ipaddress.ip_address(bytes.fromhex(raw))))
    return seen


def test_phones_start_show_their_address_and_count_then_stop(qtbot: QtBot, tmp_path: Path) -> None:
    session, codes, rid = voting_session(tmp_path)
    window = shown_window(qtbot, session, tmp_path)
    assert QKeySequence.mnemonic(window.phone_action.text()).toString() == "Alt+P"
    window.phone_action.trigger()
    panel = window.phone_panel
    assert panel is not None and panel.isVisible()
    assert panel.join_label.text() == "Phones are off."
    assert not panel.stop_button.isEnabled()
    port = free_port()
    on_loopback(panel, port)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.problem_label.text() == ""
    assert panel.server is not None
    url = panel.join_label.text()
    assert url.startswith(f"http://127.0.0.1:{port}/j/") and url == panel.server.join_url
    assert panel.phones_label.text() == "0 phones joined"
    assert not panel.start_button.isEnabled() and not panel.port_box.isEnabled()

    screen = window.open_shared_screen()  # opened after the start: it shows the code too
    assert screen.join_code.isVisibleTo(screen) and screen.join_code.address == url
    assert screen.join_code.modules > 21

    item = session.voting.round_items(rid)[0].id
    phone = in_background(phone_votes, panel.server, codes["عبد الرحمن الفاسي"], rid, item)
    qtbot.waitUntil(phone.done)
    assert [status for status, _ in phone.result()] == [200, 200]
    qtbot.waitUntil(lambda: panel.phones_label.text() == "1 phone joined")

    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    assert panel.server is None and refused(port)
    assert panel.join_label.text() == "Phones are off." and panel.phones_label.text() == ""
    assert not screen.join_code.isVisibleTo(screen)
    assert window.settings.value("phone_port") == port  # offered again next time
    window.close()


def test_a_busy_port_is_said_and_nothing_starts(qtbot: QtBot, tmp_path: Path) -> None:
    window = shown_window(qtbot, make_session(tmp_path), tmp_path)
    panel = window.ask_phones()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        on_loopback(panel, port)
        panel.start_button.click()
        assert panel.problem_label.text() == (
            f"port {port} is already in use on 127.0.0.1; choose another port or stop "
            "what is using it"
        )
    assert panel.server is None and panel.start_button.isEnabled()
    assert panel.join_label.text() == "Phones are off."
    window.close()


@pytest.mark.parametrize("how", ["another session", "the app closing"])
def test_phones_stop_when_the_session_goes(qtbot: QtBot, tmp_path: Path, how: str) -> None:
    window: MainWindow = shown_window(qtbot, make_session(tmp_path), tmp_path)
    panel = window.ask_phones()
    port = free_port()
    on_loopback(panel, port)
    panel.start_button.click()
    assert panel.server is not None and not refused(port)
    if how == "another session":
        other = tmp_path / "other"
        other.mkdir()
        window.set_session(make_session(other))
        assert window.phone_panel is None  # a new session starts with phones off
    else:
        window.close()
    assert refused(port)
    if how == "another session":
        window.close()


def test_phones_see_a_result_once_the_room_is_shown_it(qtbot: QtBot, tmp_path: Path) -> None:
    session, codes, rid = voting_session(tmp_path)
    window = shown_window(qtbot, session, tmp_path)
    screen = window.open_shared_screen()  # open before phones start: it still tells them
    panel = window.ask_phones()
    on_loopback(panel, free_port())
    panel.start_button.click()
    assert panel.server is not None
    code = codes["Tomás Ibarra Echeverría"]
    item = session.voting.round_items(rid)[2].id
    vote = ("/api/vote", {"round": rid, "code": code, "ballot": {str(item): 1}})
    phone = in_background(phone_posts, panel.server, code, [vote], then="/api/state")
    qtbot.waitUntil(phone.done)
    assert phone.result()[-1][1]["results"] == []
    session.voting.close_round(rid)
    phone = in_background(phone_posts, panel.server, code, [], then="/api/state")
    qtbot.waitUntil(phone.done)
    assert phone.result()[-1][1]["results"] == []  # closed, but not shown to the room yet

    screen.show_results(rid)
    phone = in_background(phone_posts, panel.server, code, [], then="/api/state")
    qtbot.waitUntil(phone.done)
    status, state = phone.result()[-1]
    assert status == 200 and [r["id"] for r in state["results"]] == [rid]
    panel.stop()
    window.close()


def test_a_spoilt_stored_port_falls_back_to_the_usual_one(qtbot: QtBot, tmp_path: Path) -> None:
    window = shown_window(qtbot, make_session(tmp_path), tmp_path)
    window.settings.setValue("phone_port", "80a")
    assert window.ask_phones().port_box.value() == 8765
    window.close()


def test_opening_the_panel_again_lists_the_addresses_anew_keeping_the_choice(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown_window(qtbot, make_session(tmp_path), tmp_path)
    panel = window.ask_phones()
    on_loopback(panel, free_port())
    panel.close()
    joined = [("10.20.30.40", "wlan0"), *addresses()]  # a Wi-Fi network joined meanwhile
    monkeypatch.setattr("breakout_qt.phone_panel.addresses", lambda: joined)
    assert window.ask_phones() is panel and panel.isVisible()
    assert panel.address_box.itemText(0) == "10.20.30.40 (wlan0)"
    assert panel.address_box.currentData() == "127.0.0.1"
    window.close()


def test_a_wifi_typed_in_is_shown_to_the_room_as_a_code_while_phones_are_on(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = shown_window(qtbot, make_session(tmp_path), tmp_path)
    screen = window.open_shared_screen()
    panel = window.ask_phones()
    on_loopback(panel, free_port())
    panel.wifi_name_edit.setText("  Sala Valparaíso 2 ")  # (keyClicks aborts on "í")
    qtbot.keyClicks(panel.wifi_password_edit, "agua;lluvia:2025")
    panel.start_button.click()
    assert panel.server is not None
    assert screen.join_code.captions == ["Sala Valparaíso 2", panel.server.join_url]
    assert panel.wifi_name_edit.isReadOnly() and panel.wifi_password_edit.isReadOnly()
    panel.stop_button.click()
    assert screen.join_code.captions == [] and not screen.join_code.isVisibleTo(screen)
    panel.wifi_name_edit.clear()  # no network named: only the address's code
    panel.start_button.click()
    assert panel.server is not None
    assert screen.join_code.captions == [panel.server.join_url]
    panel.stop()
    window.close()


def test_the_panels_letters_are_its_own(qtbot: QtBot, tmp_path: Path) -> None:
    window = shown_window(qtbot, make_session(tmp_path), tmp_path)
    panel = window.ask_phones()
    texts = [label.text() for label in panel.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in panel.findChildren(QPushButton)]
    keys = [QKeySequence.mnemonic(text).toString() for text in texts]
    assert all(keys) and len(set(keys)) == len(keys) == 13, texts
    window.close()
