"""The agreement-scale ballot: a level from 0 Block to 5 Full support for every item."""

from __future__ import annotations

from breakout_qt.kiosk.ballots.scale import ScaleBallot
from breakout_qt.kiosk.wording import LEVELS


class AgreementBallot(ScaleBallot):
    names = LEVELS
    shown = tuple(range(len(LEVELS)))

    def button_text(self, value: int) -> str:
        return f"{value}  {super().button_text(value)}"
