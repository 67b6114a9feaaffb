"""The majority-judgment ballot: a grade for every item, Excellent first, Reject last."""

from __future__ import annotations

from breakout_qt.i18n import fill
from breakout_qt.kiosk.ballots.scale import ScaleBallot
from breakout_qt.kiosk.wording import GRADES


class MajorityBallot(ScaleBallot):
    names = GRADES
    shown = tuple(reversed(range(len(GRADES))))  # best first, as people read a scale of words

    def status(self) -> str:
        words = self.words
        template = words.tr("%1 of %n items have a grade", None, len(self.items))
        return fill(template, len(self._entries))
