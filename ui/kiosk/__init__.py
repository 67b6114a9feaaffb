"""The voting kiosk: participants vote in turn, in a window of its own.

The kiosk is never the room's screen: :class:`KioskWindow` puts it on a
touch screen or the laptop turned round (see
:meth:`ui.shared_screen.SharedScreen.show_kiosk`), while the room's screen
shows only how many have voted. The stages are modules of this package
(``identify``, ``ballot``, ``review``); each voting method's ballot is a
widget in :mod:`ui.kiosk.ballots`, keyed by the method's name.
"""

from __future__ import annotations

from ui.kiosk.kiosk import Kiosk
from ui.kiosk.review import THANKS
from ui.kiosk.window import KioskWindow

__all__ = ["THANKS", "Kiosk", "KioskWindow"]
