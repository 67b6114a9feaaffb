"""The kiosk's words that the engine also has in English: the methods' names, the levels and
grades, what each ballot asks, a ranking's places, a ballot read back and the refusals a voter
can meet.

The engine's sentences stay the engine's (the report and the console use them); the kiosk
speaks the voter's language, so it says the same things through its own catalogue. Each
English text below is the engine's, marked here for ``pyside6-lupdate``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from breakout import voting
from breakout.voting.ranking import ordinal
from breakout_qt.i18n import QT_TRANSLATE_NOOP, Catalogue, fill

METHOD_TITLES: dict[str, str] = {
    voting.dots.NAME: QT_TRANSLATE_NOOP("Voting", "Dot voting"),
    voting.approval.NAME: QT_TRANSLATE_NOOP("Voting", "Approval"),
    voting.ranking.NAME: QT_TRANSLATE_NOOP("Voting", "Ranking"),
    voting.agreement.NAME: QT_TRANSLATE_NOOP("Voting", "Agreement scale"),
    voting.majority.NAME: QT_TRANSLATE_NOOP("Voting", "Majority judgment"),
}

# The agreement scale's levels, 0 to 5, as :data:`breakout.voting.agreement.AGREEMENT_LEVELS`.
LEVELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Voting", "Block"),
    QT_TRANSLATE_NOOP("Voting", "Serious concerns"),
    QT_TRANSLATE_NOOP("Voting", "Concerns"),
    QT_TRANSLATE_NOOP("Voting", "Can live with it"),
    QT_TRANSLATE_NOOP("Voting", "Support"),
    QT_TRANSLATE_NOOP("Voting", "Full support"),
)

# Majority judgment's grades, worst first, as :data:`breakout.voting.majority.GRADES`.
GRADES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Voting", "Reject"),
    QT_TRANSLATE_NOOP("Voting", "Poor"),
    QT_TRANSLATE_NOOP("Voting", "Fair"),
    QT_TRANSLATE_NOOP("Voting", "Good"),
    QT_TRANSLATE_NOOP("Voting", "Very good"),
    QT_TRANSLATE_NOOP("Voting", "Excellent"),
)

# The refusals a ballot filled at the kiosk can still meet, as sentences: the engine's,
# and the kiosk's own when a person votes a second time.
REFUSALS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Kiosk", "You have already voted in this round. Each person votes once."),
    QT_TRANSLATE_NOOP("Kiosk", "The ballot is empty; choose at least one item."),
    QT_TRANSLATE_NOOP("Kiosk", "Give every item a level on the agreement scale."),
    QT_TRANSLATE_NOOP("Kiosk", "Give every item a grade."),
)


def method_title(words: Catalogue, name: str) -> str:
    english = METHOD_TITLES.get(name)
    return words.translate("Voting", english) if english is not None else voting.title(name)


def refusal(words: Catalogue, sentence: str) -> str:
    """An engine refusal (already a sentence) in the kiosk's language when it is one of
    :data:`REFUSALS`; otherwise the engine's own words."""
    return words.translate("Kiosk", sentence) if sentence in REFUSALS else sentence


def place(words: Catalogue, n: int) -> str:
    """A ranking's place on its badge: "1st", "1er", "第1"."""
    if words.language == "en":
        return ordinal(n)
    return words.tr("%n (a place in a ranking)", None, n)


def instruction(words: Catalogue, method: str, settings: Mapping[str, Any]) -> str:
    """What the ballot asks the voter to do, as the engine's ``instruction`` says it."""
    if method == voting.dots.NAME:
        budget = int(settings["budget"])
        plural = words.tr("Place up to %n dots, at most %1 on one item", None, budget)
        return fill(plural, settings["per_item_cap"])
    if method == voting.approval.NAME:
        return words.translate("Ballot", "Tap every item you can support")
    if method == voting.ranking.NAME:
        most = settings.get("max_ranked")
        if most:
            return words.tr(
                "Tap items in your order of preference (up to %n); tap again to remove",
                None,
                int(most),
            )
        return words.translate(
            "Ballot", "Tap items in your order of preference; tap again to remove"
        )
    if method == voting.agreement.NAME:
        return fill(
            words.translate("Ballot", "Give every item a level, from 0 %1 to 5 %2"),
            words.translate("Voting", LEVELS[0]),
            words.translate("Voting", LEVELS[-1]),
        )
    return fill(
        words.translate("Ballot", "Give every item a grade, from %1 to %2"),
        words.translate("Voting", GRADES[-1]),
        words.translate("Voting", GRADES[0]),
    )


def summary(
    words: Catalogue,
    method: str,
    ballot: Mapping[int, int],
    items: Sequence[tuple[int, str]],
    settings: Mapping[str, Any],
) -> list[str]:
    """The ballot read back for the voter to confirm, as the engine's ``ballot_summary``."""
    if method == voting.dots.NAME:
        lines = []
        for item, label in items:
            if item in ballot:
                dots = words.tr("%n dots", None, ballot[item])
                lines.append(f"{dots}  —  {label}")
        left = int(settings["budget"]) - sum(ballot.values())
        if left:
            lines.append(words.tr("(%n dots not used)", None, left))
        return lines
    if method == voting.approval.NAME:
        lines = [f"✓  {label}" for i, label in items if i in ballot]
        supported = words.tr("You support %n of %1 items.", None, len(ballot))
        return [*lines, fill(supported, len(items))]
    if method == voting.ranking.NAME:
        labels = dict(items)
        in_order = sorted(ballot, key=ballot.__getitem__)
        return [f"{place(words, ballot[i])}  —  {labels[i]}" for i in in_order]
    names = LEVELS if method == voting.agreement.NAME else GRADES
    shown = [words.translate("Voting", name) for name in names]
    if method == voting.agreement.NAME:
        shown = [f"{value} {name}" for value, name in enumerate(shown)]
    return [f"{shown[ballot[i]]}  —  {label}" for i, label in items]
