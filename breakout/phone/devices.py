"""The phones the server knows, in memory only: tokens, who joined, and rate limits.

A phone gets a device token the first time it opens the join page: 32 random
bytes in an HttpOnly, SameSite=Strict cookie, bound to the network address it
came from, so the cookie copied to another device is refused. With it comes a
second random token the page sends in a header with every write (cross-site
request forgery protection: another site can neither read it nor set the
header). Joining with a card's code binds the device to that participant.
None of this is ever written to the session file or to any log.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field

#: Writes a device may burst, and how many more it earns a second.
BURST = 12
REFILL_PER_SECOND = 1.0
#: Wrong codes a device may type in five minutes, and room-wide in a minute
#: (so guessing codes with fresh devices is as slow as with one).
WRONG_CODES_PER_DEVICE = 5
WRONG_CODES_PER_MINUTE = 30
#: Devices one network address may have at a time (a shared phone, a few reloads).
DEVICES_PER_ADDRESS = 20


@dataclass
class Device:
    token: str
    address: str
    csrf: str
    participant: int | None = None
    language: str = "en"
    tokens: float = BURST
    refilled: float = 0.0
    wrong_codes: list[float] = field(default_factory=list)


@dataclass
class Devices:
    """Every device this server run has seen, by token."""

    by_token: dict[str, Device] = field(default_factory=dict)
    wrong_code_times: list[float] = field(default_factory=list)

    def new(self, address: str, now: float) -> Device | None:
        """A new device for ``address``, or None when that address has too many."""
        if sum(1 for d in self.by_token.values() if d.address == address) >= DEVICES_PER_ADDRESS:
            return None
        device = Device(secrets.token_urlsafe(32), address, secrets.token_urlsafe(32))
        device.refilled = now
        self.by_token[device.token] = device
        return device

    def find(self, token: str | None, address: str) -> Device | None:
        """The device with ``token`` if it is used from the address it was given to."""
        if not token or len(token) > 100:
            return None
        device = self.by_token.get(token)
        if device is None or device.address != address:
            return None
        return device

    def take(self, device: Device, now: float) -> bool:
        """Spend one write from the device's allowance; False when it has none left."""
        device.tokens = min(BURST, device.tokens + (now - device.refilled) * REFILL_PER_SECOND)
        device.refilled = now
        if device.tokens < 1:
            return False
        device.tokens -= 1
        return True

    def may_try_code(self, device: Device, now: float) -> bool:
        self.wrong_code_times = [t for t in self.wrong_code_times if now - t < 60]
        device.wrong_codes = [t for t in device.wrong_codes if now - t < 300]
        return (
            len(device.wrong_codes) < WRONG_CODES_PER_DEVICE
            and len(self.wrong_code_times) < WRONG_CODES_PER_MINUTE
        )

    def wrong_code(self, device: Device, now: float) -> None:
        device.wrong_codes.append(now)
        self.wrong_code_times.append(now)

    def forget_all(self) -> None:
        self.by_token.clear()


def same(given: str | None, expected: str) -> bool:
    """Compare two tokens in constant time."""
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())
