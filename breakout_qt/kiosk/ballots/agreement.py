"""The agreement-scale ballot: a level from 0 Block to 5 Full support for every item."""

from __future__ import annotations

from breakout.voting.agreement import AGREEMENT_LEVELS
from breakout_qt.kiosk.ballots.scale import ScaleBallot


class AgreementBallot(ScaleBallot):
    names = AGREEMENT_LEVELS
    shown = tuple(range(len(AGREEMENT_LEVELS)))

    def button_text(self, value: int) -> str:
        return f"{value}  {AGREEMENT_LEVELS[value]}"
