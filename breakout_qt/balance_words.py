"""The speaking-balance panel's words, in the console's language: each row's figures and
details, the tags, the dimensions' names, and the whole picture for screen readers.

The nudges themselves are the engine's sentences (:func:`breakout.balance.balances`), shown
as they come; so are the groups' names, which come from the roster (but "Not recorded").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from breakout.balance import NOT_RECORDED, Balance, Share, percent, sentence_case
from breakout_qt.i18n import QT_TRANSLATE_NOOP, console_words, fill
from breakout_qt.models import format_minutes

# The dimensions as tabs, and inside a sentence ("Speaking time by region").
TITLES = {
    "stakeholder_group": QT_TRANSLATE_NOOP("Balance", "Stakeholder group"),
    "region": QT_TRANSLATE_NOOP("Balance", "Region"),
    "gender": QT_TRANSLATE_NOOP("Balance", "Gender"),
}
IN_SENTENCE = {
    "stakeholder_group": QT_TRANSLATE_NOOP("Balance", "stakeholder group"),
    "region": QT_TRANSLATE_NOOP("Balance", "region"),
    "gender": QT_TRANSLATE_NOOP("Balance", "gender"),
}
TAGS = {
    "over": QT_TRANSLATE_NOOP("Balance", "▲ over"),
    "under": QT_TRANSLATE_NOOP("Balance", "▼ under"),
    "silent": QT_TRANSLATE_NOOP("Balance", "○ not heard yet"),
}
# How a row's sentence ends, by the engine's flag.
ENDINGS = {
    "over": QT_TRANSLATE_NOOP("Balance", "%1; more than its share."),
    "under": QT_TRANSLATE_NOOP("Balance", "%1; less than its share."),
    "silent": QT_TRANSLATE_NOOP("Balance", "%1; not heard yet."),
    "": QT_TRANSLATE_NOOP("Balance", "%1."),
}


def said(source: str) -> str:
    return QCoreApplication.translate("Balance", source)


def title(dimension: str) -> str:
    """ "Stakeholder group", as a tab."""
    return said(TITLES.get(dimension, dimension))


def in_sentence(dimension: str) -> str:
    """ "stakeholder group", inside a sentence."""
    return said(IN_SENTENCE.get(dimension, dimension))


def tag(share: Share) -> str:
    return said(TAGS[share.flag]) if share.flag in TAGS else ""


def group_name(share: Share) -> str:
    if share.group == NOT_RECORDED:
        return QCoreApplication.translate("Balance", "Not recorded")
    return sentence_case(share.group)


def turns(count: int) -> str:
    words = console_words()
    return words.tr("%n turns", None, count)


def figures(share: Share) -> str:
    """ "12:30 · 7 turns"."""
    if share.turns == 0 and share.speaking_seconds == 0:
        return QCoreApplication.translate("Balance", "no turns")
    return f"{format_minutes(share.speaking_seconds)} · {turns(share.turns)}"


def spoken_duration(seconds: float) -> str:
    """ "62 minutes 5 seconds", for screen readers."""
    words = console_words()
    minutes, secs = divmod(round(seconds), 60)
    parts = []
    if minutes:
        parts.append(words.tr("%n minutes", None, minutes))
    if secs or not minutes:
        parts.append(words.tr("%n seconds", None, secs))
    return " ".join(parts)


def present(count: int) -> str:
    words = console_words()
    return words.tr("%n present", None, count)


def detail(share: Share, result: Balance) -> str:
    """ "45% of time · 20% of people present"."""
    time = percent(share.time_share)
    if share.present == 0:
        return fill(QCoreApplication.translate("Balance", "%1% of time · nobody present"), time)
    if result.presence_basis == "checked_in":
        text = QCoreApplication.translate("Balance", "%1% of time · %2% of people present")
    else:
        text = QCoreApplication.translate("Balance", "%1% of time · %2% of the roster")
    return fill(text, time, percent(share.presence_share))


def row_text(share: Share, result: Balance) -> str:
    """One row in words: for tooltips and the screen-reader summary."""
    if result.presence_basis == "checked_in":
        text = QCoreApplication.translate(
            "Balance", "%1: %2% of speaking time (%3, %4), %5, %6% of people present"
        )
    else:
        text = QCoreApplication.translate(
            "Balance", "%1: %2% of speaking time (%3, %4), %5, %6% of the roster"
        )
    row = fill(
        text,
        group_name(share),
        percent(share.time_share),
        spoken_duration(share.speaking_seconds),
        turns(share.turns),
        present(share.present),
        percent(share.presence_share),
    )
    return fill(said(ENDINGS.get(share.flag or "", ENDINGS[""])), row)


def summary(result: Balance) -> str:
    """The whole panel in words, for screen readers (accessibleDescription)."""
    words = console_words()
    if result.presence_basis == "checked_in":
        basis = present(result.present)
    else:
        basis = words.tr(
            "nobody checked in yet, so shares are of the %n on the roster", None, result.present
        )
    if result.point_id is not None:
        text = QCoreApplication.translate(
            "Balance", "Speaking balance by %1, this point: %2 of speaking in %3; %4."
        )
    else:
        text = QCoreApplication.translate(
            "Balance", "Speaking balance by %1, all points: %2 of speaking in %3; %4."
        )
    duration = spoken_duration(result.total_seconds)
    parts = [fill(text, in_sentence(result.dimension), duration, turns(result.total_turns), basis)]
    if result.nudges:
        nudges = fill(
            QCoreApplication.translate("Balance", "Nudges: %1."), "; ".join(result.nudges)
        )
        parts.append(nudges)
    parts.extend(row_text(share, result) for share in result.rows)
    return " ".join(parts)


def facts(result: Balance) -> str:
    """ "All points: 10:00 in 5 turns · 10 present"."""
    words = console_words()
    if result.point_id is not None:
        where = QCoreApplication.translate("Balance", "This point")
    else:
        where = QCoreApplication.translate("Balance", "All points")
    spoken = format_minutes(result.total_seconds)
    if result.presence_basis == "checked_in":
        text = QCoreApplication.translate("Balance", "%1: %2 in %3 · %4")
        return fill(text, where, spoken, turns(result.total_turns), present(result.present))
    text = words.tr(
        "%1: %2 in %3.\nNobody checked in yet: shares are of the %n on the roster.",
        None,
        result.present,
    )
    return fill(text, where, spoken, turns(result.total_turns))
