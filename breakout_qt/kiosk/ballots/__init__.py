"""The kiosk's ballot widgets, one per voting method, keyed by the method's name.

The keys are the engine's names (:data:`breakout.voting.METHODS`); a test
checks that every method has a widget.
"""

from __future__ import annotations

from breakout import voting as engine
from breakout_qt.kiosk.ballots.agreement import AgreementBallot
from breakout_qt.kiosk.ballots.approval import ApprovalBallot
from breakout_qt.kiosk.ballots.base import BallotWidget
from breakout_qt.kiosk.ballots.dots import DotsBallot
from breakout_qt.kiosk.ballots.majority import MajorityBallot
from breakout_qt.kiosk.ballots.ranking import RankingBallot

BALLOTS: dict[str, type[BallotWidget]] = {
    engine.dots.NAME: DotsBallot,
    engine.approval.NAME: ApprovalBallot,
    engine.ranking.NAME: RankingBallot,
    engine.agreement.NAME: AgreementBallot,
    engine.majority.NAME: MajorityBallot,
}

__all__ = ["BALLOTS", "BallotWidget"]
