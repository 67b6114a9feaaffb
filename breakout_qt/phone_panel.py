"""View ▸ Phone Participation: serve the open session to phones on this computer's network.

Off until the facilitator starts it. The address is chosen from this
computer's own network interfaces as Qt lists them (IPv4 first, loopback
last); nothing is guessed by reaching out to the internet. Started, the panel
shows the join address (the room's screen shows it as a QR code) and how many
phones have joined; under it, the inbox of what phones sent
(:mod:`breakout_qt.phone_inbox`). The server stops with Stop, when another
session is opened and when the app closes (:meth:`PhonePanel.stop`, called by
the window).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from breakout.errors import BreakoutError
from breakout.phone import PhoneServer
from breakout.session import Session
from breakout_qt.chart_words import AppWords
from breakout_qt.i18n import fill
from breakout_qt.phone_card import WalkInCard
from breakout_qt.phone_inbox import InboxBox
from breakout_qt.phone_owner import QtOwner
from breakout_qt.phone_reach import ReachCheck
from breakout_qt.undo import Operations

PORT_KEY = "phone_port"
DEFAULT_PORT = 8765


def addresses() -> list[tuple[str, str]]:
    """(address, interface) for every address of an interface that is up: IPv4 first,
    loopback last. IPv6 link-local addresses are left out (a phone's browser cannot
    open them without the interface's zone)."""
    found: list[tuple[tuple[bool, bool, str], str, str]] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            text = ip.toString().split("%")[0]
            try:
                parsed = ipaddress.ip_address(text)
            except ValueError:
                continue
            if parsed.is_link_local and parsed.version == 6:
                continue
            ipv4 = ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol
            name = interface.humanReadableName() or interface.name()
            found.append(((parsed.is_loopback, not ipv4, name), text, name))
    found.sort(key=lambda row: row[0])
    return [(text, name) for _, text, name in found]


def stored_port(settings: QSettings) -> int:
    """The port used last time, or the usual one if none (or a stored value is not a port)."""
    text = str(settings.value(PORT_KEY, DEFAULT_PORT))
    return int(text) if text.isdigit() and 1024 <= int(text) <= 65535 else DEFAULT_PORT


class PhonePanel(QDialog):
    """Start and stop serving phones; the join address and the phones connected."""

    def __init__(
        self,
        session: Session,
        settings: QSettings,
        ops: Operations,
        parent: QWidget | None = None,
        on_change: Callable[[str | None], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.on_change = on_change  # told the join address, or None when stopped
        self.server: PhoneServer | None = None
        self._asked: PhoneServer | None = None  # the server the reach check asked
        self.owner: QtOwner | None = None
        self.setWindowTitle(QCoreApplication.translate("PhonePanel", "Phone Participation"))
        form = self._form()
        self.start_button = QPushButton(QCoreApplication.translate("PhonePanel", "&Start"))
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(QCoreApplication.translate("PhonePanel", "S&top"))
        self.stop_button.clicked.connect(self.stop)
        self.reach_button = QPushButton(
            QCoreApplication.translate("PhonePanel", "Can phones &reach me?")
        )
        self.reach_button.clicked.connect(self.check_reach)
        self.reach = ReachCheck(self)
        self.reach.done.connect(self._reached)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reach_button)
        self.join_label = QLabel()
        self.join_label.setWordWrap(True)
        self.join_label.setTextInteractionFlags(
            self.join_label.textInteractionFlags().TextSelectableByMouse
        )
        self.phones_label = QLabel()
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.reach_label = QLabel()
        self.reach_label.setWordWrap(True)
        self.reach_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        for label in (self.join_label, self.phones_label, self.problem_label, self.reach_label):
            layout.addWidget(label)
        self.walk_in = WalkInCard(session, ops)
        layout.addWidget(self.walk_in)
        self.inbox = InboxBox(session, ops)
        layout.addWidget(self.inbox, 1)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self.show_state)
        self.fill_addresses()
        self.show_state()
        self.resize(560, 680)

    def _form(self) -> QFormLayout:
        """Where to serve: the address and port, and the venue's Wi-Fi (optional)."""
        form = QFormLayout()
        self.address_box = QComboBox()
        self.address_box.setAccessibleName(
            QCoreApplication.translate("PhonePanel", "Network address")
        )
        self.port_box = QSpinBox()
        self.port_box.setRange(1024, 65535)
        self.port_box.setValue(stored_port(self.settings))
        self.port_box.setAccessibleName(QCoreApplication.translate("PhonePanel", "Port"))
        self.address_label = QLabel(QCoreApplication.translate("PhonePanel", "&Network:"))
        self.address_label.setBuddy(self.address_box)
        form.addRow(self.address_label, self.address_box)
        self.port_label = QLabel(QCoreApplication.translate("PhonePanel", "P&ort:"))
        self.port_label.setBuddy(self.port_box)
        form.addRow(self.port_label, self.port_box)
        # The venue's Wi-Fi, optional: the room's screen then shows a code that joins it.
        self.wifi_name_edit = QLineEdit()
        self.wifi_name_edit.setAccessibleName(
            QCoreApplication.translate("PhonePanel", "Wi-Fi network name")
        )
        self.wifi_password_edit = QLineEdit()
        self.wifi_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.wifi_password_edit.setAccessibleName(
            QCoreApplication.translate("PhonePanel", "Wi-Fi password")
        )
        self.wifi_label = QLabel(QCoreApplication.translate("PhonePanel", "Wi-&Fi name:"))
        self.wifi_label.setBuddy(self.wifi_name_edit)
        form.addRow(self.wifi_label, self.wifi_name_edit)
        self.password_label = QLabel(QCoreApplication.translate("PhonePanel", "Pass&word:"))
        self.password_label.setBuddy(self.wifi_password_edit)
        form.addRow(self.password_label, self.wifi_password_edit)
        return form

    def fill_addresses(self) -> None:
        """List this computer's addresses as they are now, keeping the one chosen if still there."""
        chosen = self.address_box.currentData()
        self.address_box.clear()
        for address, interface in addresses():
            self.address_box.addItem(f"{address} ({interface})", address)
        index = self.address_box.findData(chosen)
        if index >= 0:
            self.address_box.setCurrentIndex(index)

    def wifi(self) -> tuple[str, str] | None:
        """The venue's Wi-Fi (name, password) as typed, or None if no name was typed."""
        name = self.wifi_name_edit.text().strip()
        return (name, self.wifi_password_edit.text()) if name else None

    def start(self) -> None:
        """Serve phones on the chosen address and port; a refusal is said in the panel."""
        if self.server is not None:
            return
        address = self.address_box.currentData()
        if not isinstance(address, str):
            self.problem_label.setText(
                QCoreApplication.translate(
                    "PhonePanel",
                    "This computer has no network address; join a network and open this again.",
                )
            )
            return
        owner = QtOwner(self.session, self)
        try:
            server = PhoneServer(owner, address, self.port_box.value())
            server.start()
        except BreakoutError as exc:
            owner.close()
            self.problem_label.setText(str(exc))
            return
        self.owner, self.server = owner, server
        self.settings.setValue(PORT_KEY, self.port_box.value())
        self.problem_label.clear()
        self.tick.start()
        self.show_state()
        if self.on_change is not None:
            self.on_change(server.join_url)

    def stop(self) -> None:
        """Stop serving: phones' pages stop, the port is freed, the devices are forgotten."""
        server, owner = self.server, self.owner
        self.server = self.owner = None
        if owner is not None:
            owner.close()  # work still waiting is refused before the server waits for it
        if server is not None:
            server.stop()
        self.tick.stop()
        self.show_state()
        if server is not None and self.on_change is not None:
            self.on_change(None)

    def check_reach(self) -> None:
        """This computer asks its own server at the address phones are given."""
        if self.server is None or self.reach.running:
            return
        said = QCoreApplication.translate("PhonePanel", "Asking %1…")
        self.reach_label.setText(fill(said, self.server.base_url))
        self.reach_button.setEnabled(False)
        self._asked = self.server
        self.reach.check(self.server.here_url, self.server.instance, self.server.host)

    def _reached(self, _reached: bool, sentence: str) -> None:
        if self.server is None or self.server is not self._asked:
            return  # stopped (or started again) while asking: the answer is about a server gone
        self.reach_label.setText(sentence)
        self.show_state()

    def show_state(self) -> None:
        on = self.server is not None
        self.start_button.setEnabled(not on)
        self.stop_button.setEnabled(on)
        self.reach_button.setEnabled(on and not self.reach.running)
        if not on:
            self.reach_label.clear()
        for field in (self.address_box, self.port_box):
            field.setEnabled(not on)
        for edit in (self.wifi_name_edit, self.wifi_password_edit):
            edit.setReadOnly(on)
        if self.server is None:
            self.join_label.setText(QCoreApplication.translate("PhonePanel", "Phones are off."))
            self.phones_label.clear()
            return
        self.join_label.setText(self.server.join_url)
        words = AppWords()
        self.phones_label.setText(words.tr("%n phones joined", None, self.server.phones))
