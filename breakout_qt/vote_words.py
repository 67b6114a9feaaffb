"""The voting methods' own lines, as :mod:`breakout.voting` says them in English, marked
here to be said in the console's language: each method's line of help in the new-round
dialog, and the unit of its support by stakeholder group."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from breakout import voting
from breakout_qt.i18n import QT_TRANSLATE_NOOP

# As each method's ``help`` in breakout/voting.
METHOD_HELP = {
    voting.dots.NAME: QT_TRANSLATE_NOOP(
        "VotePage",
        "Each person places a budget of dots; several on one item shows strong support.",
    ),
    voting.approval.NAME: QT_TRANSLATE_NOOP(
        "VotePage", "Each person marks every item they can support."
    ),
    voting.ranking.NAME: QT_TRANSLATE_NOOP(
        "VotePage",
        "Each person puts the items in order; reports Borda points and the Schulze order.",
    ),
    voting.agreement.NAME: QT_TRANSLATE_NOOP(
        "VotePage", "Each person gives every item a level from 0 Block to 5 Full support."
    ),
    voting.majority.NAME: QT_TRANSLATE_NOOP(
        "VotePage",
        "Each person grades every item from Excellent to Reject; the best middle grade wins.",
    ),
}

# As each method's ``group_unit``.
GROUP_UNITS = {
    voting.dots.NAME: QT_TRANSLATE_NOOP("VotePage", "mean dots per voter"),
    voting.approval.NAME: QT_TRANSLATE_NOOP("VotePage", "share of the group's voters approving"),
    voting.ranking.NAME: QT_TRANSLATE_NOOP("VotePage", "mean Borda points per voter"),
    voting.agreement.NAME: QT_TRANSLATE_NOOP("VotePage", "mean agreement level (0–5)"),
    voting.majority.NAME: QT_TRANSLATE_NOOP("VotePage", "the group's majority grade"),
}


def method_help(method: str) -> str:
    english = METHOD_HELP.get(method)
    if english is None:
        return voting.method(method).help
    return QCoreApplication.translate("VotePage", english)


def group_unit(method: str) -> str:
    english = GROUP_UNITS.get(method)
    if english is None:
        return voting.method(method).group_unit
    return QCoreApplication.translate("VotePage", english)


__all__ = ["GROUP_UNITS", "METHOD_HELP", "group_unit", "method_help"]
