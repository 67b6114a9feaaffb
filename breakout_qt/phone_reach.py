"""The phone panel's "Can phones reach me?": this computer asks its own phone server.

The request goes from this computer to the address the server is bound to
(not to 127.0.0.1), with no proxy, and the answer must carry this run's name
(:attr:`breakout.phone.PhoneServer.instance`), so another program on the same
port does not pass for it. What a success proves is said plainly: the server
listens on that network and this computer's firewall lets it through. It does
not prove that the Wi-Fi lets phones reach the computer (many venue networks
keep devices apart), so the panel asks the facilitator to open the address on
one phone as well.
"""

from __future__ import annotations

import ipaddress
import json

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkProxy, QNetworkReply, QNetworkRequest

from breakout_qt.i18n import fill

#: How long the check waits for an answer, in milliseconds.
TIMEOUT_MS = 4000


class ReachCheck(QObject):
    """Ask ``url`` whether this run's server answers there; :attr:`done` tells the outcome."""

    done = Signal(bool, str)  # whether this computer reached its server, and the sentence

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.manager = QNetworkAccessManager(self)
        self.manager.setProxy(QNetworkProxy(QNetworkProxy.ProxyType.NoProxy))
        self.running = False

    def check(self, url: str, instance: str, host: str) -> None:
        """Ask the server at ``url`` (bound to ``host``) for its name, which should be
        ``instance``; the answer comes through :attr:`done`."""
        request = QNetworkRequest(QUrl(url))
        request.setTransferTimeout(TIMEOUT_MS)
        request.setAttribute(
            QNetworkRequest.Attribute.CacheLoadControlAttribute,
            QNetworkRequest.CacheLoadControl.AlwaysNetwork,
        )
        self.running = True
        reply = self.manager.get(request)
        reply.finished.connect(lambda: self._finished(reply, instance, host))

    def _finished(self, reply: QNetworkReply, instance: str, host: str) -> None:
        self.running = False
        reply.deleteLater()
        address = reply.url().authority()
        if reply.error() != QNetworkReply.NetworkError.NoError:
            said = QCoreApplication.translate(
                "PhoneReach",
                "This computer could not reach its own phone server at %1 (%2). Check that "
                "its firewall lets this port in, or choose another network or port.",
            )
            self.done.emit(False, fill(said, address, reply.errorString()))
            return
        try:
            answer = json.loads(bytes(reply.readAll().data()).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            answer = None
        if not isinstance(answer, dict) or answer.get("breakout_phones") != instance:
            said = QCoreApplication.translate(
                "PhoneReach",
                "Another program answers at %1, not this phone server; choose another port.",
            )
            self.done.emit(False, fill(said, address))
            return
        said = QCoreApplication.translate(
            "PhoneReach",
            "The phone server answers at %1: it listens on this network and this computer's "
            "firewall lets it through. That does not prove the Wi-Fi lets phones reach this "
            "computer (some networks keep devices apart): open the address on one phone to "
            "be sure.",
        )
        sentence = fill(said, address)
        if ipaddress.ip_address(host).is_loopback:
            sentence += " " + fill(
                QCoreApplication.translate(
                    "PhoneReach",
                    "%1 is this computer alone: no phone can reach it. Stop, and choose the "
                    "address of the Wi-Fi or cable the phones share.",
                ),
                host,
            )
        self.done.emit(True, sentence)


__all__ = ["TIMEOUT_MS", "ReachCheck"]
