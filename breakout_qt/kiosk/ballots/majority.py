"""The majority-judgment ballot: a grade for every item, Excellent first, Reject last."""

from __future__ import annotations

from breakout.voting.majority import GRADES
from breakout_qt.kiosk.ballots.scale import ScaleBallot


class MajorityBallot(ScaleBallot):
    names = GRADES
    shown = tuple(reversed(range(len(GRADES))))  # best first, as people read a scale of words
    noun = "grade"
