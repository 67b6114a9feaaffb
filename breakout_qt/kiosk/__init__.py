"""The voting kiosk: participants vote in turn, in a window of its own.

The kiosk is never the room's screen: :class:`KioskWindow` puts it on a
touch screen or the laptop turned round (see
:meth:`breakout_qt.shared_screen.SharedScreen.show_kiosk`), while the room's screen
shows only how many have voted. The stages are modules of this package
(``identify``, ``ballot``, ``review``); each voting method's ballot is a
widget in :mod:`breakout_qt.kiosk.ballots`, keyed by the method's name.
"""

from __future__ import annotations

from breakout_qt.kiosk.kiosk import Kiosk
from breakout_qt.kiosk.review import THANKS
from breakout_qt.kiosk.window import KioskWindow

__all__ = ["THANKS", "Kiosk", "KioskWindow"]
