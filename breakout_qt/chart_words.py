"""The words of a results chart in the chart's language.

Each item's figure ("23 dots", "mean 3.4 of 5 · 1 block") and how the round was counted
are the engine's own composition (:mod:`breakout.vote_words`), said through the engine's
catalogue for the chart's language; the chart's own words (the word under a shared rank,
its read-out rows, the turnout) come from the Qt catalogue it is given: the room's screen
gives its own :class:`~breakout_qt.i18n.Catalogue`, the console :class:`AppWords` (the
application's installed translators, so the console's language).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from breakout import vote_words
from breakout.voting.base import ItemResult, RoundResult
from breakout.words import LANGUAGES, words_for
from breakout.words import Words as EngineWords
from breakout_qt.i18n import PLURALS, Catalogue, fill, language_of


class Words(Protocol):
    """What a chart asks of a catalogue (a :class:`~breakout_qt.i18n.Catalogue` is one)."""

    @property
    def language(self) -> str: ...

    @property
    def direction(self) -> Qt.LayoutDirection: ...

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str: ...

    def tr(self, source: str, disambiguation: str | None, n: int) -> str: ...


class AppWords:
    """The application's language (the console's), as a catalogue."""

    @property
    def language(self) -> str:
        return language_of(QLocale())

    @property
    def direction(self) -> Qt.LayoutDirection:
        return QGuiApplication.layoutDirection()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return QCoreApplication.translate(context, source, disambiguation, n)

    def tr(self, source: str, disambiguation: str | None, n: int) -> str:
        if self.language == "en":  # no translator installed: English's plurals are its own
            words = _english()
            return words.tr(source, disambiguation, n)
        return QCoreApplication.translate(PLURALS, source, disambiguation, n)


@cache
def _english() -> Catalogue:
    return Catalogue("en")


def isolated(text: str) -> str:
    """A person's or the engine's text set inside a sentence of ours, kept in its own
    direction (a Unicode isolate): an English group name does not turn an Arabic sentence
    left to right, nor an Arabic one an English sentence."""
    return f"\u2068{text}\u2069" if text else text


def percent(words: Words, share: float) -> str:
    """A share as a whole percent, as the engine writes it in ``words``' language: "60 %",
    or "60%" in Arabic and Chinese (right to left, "60 %" would read "% 60")."""
    return vote_words.percent(share, engine_words(words.language))


def figure(words: Words, method: str, item: ItemResult) -> str:
    """An item's headline figure in ``words``' language, as the engine composes it
    (:func:`breakout.vote_words.figure`: "23 dots", "23 gommettes")."""
    return vote_words.figure(method, item, engine_words(words.language))


def engine_words(language: str) -> EngineWords:
    """The engine's catalogue for a window's language (English for one it does not know)."""
    return words_for(language if language in LANGUAGES else "en")


def turnout_words(words: Words, result: RoundResult) -> str:
    """ "18 of 20 voted (90 % turnout)"."""
    share = percent(words, result.turnout)
    return fill(
        words.tr("%1 of %n voted (%2 turnout)", None, result.eligible), result.ballots, share
    )


def explanation_words(
    language: str, result: RoundResult, settings: Mapping[str, Any] | None = None
) -> str:
    """How the round's figures were worked out, in ``language`` (the engine's catalogue).

    In English it is the engine's own sentence. Dot voting's sentence names the budget and
    the cap only when the round's ``settings`` are given."""
    if language == "en" or language not in LANGUAGES:
        return result.explanation
    return vote_words.explanation(result, settings or {}, engine_words(language))


def tie_word(words: Words) -> str:
    """The word under a shared rank."""
    return words.translate("Chart", "tie")


def chart_name(words: Words) -> str:
    return words.translate("Chart", "Results chart")


def ranked_words(words: Words, rank: int, tie: bool, label: str, value: str) -> str:
    """A row read out: "1 (tie). Wording: 23 dots"."""
    if tie:
        return fill(words.translate("Chart", "%1 (tie). %2: %3"), rank, label, value)
    return fill(words.translate("Chart", "%1. %2: %3"), rank, label, value)


__all__ = [
    "AppWords",
    "Words",
    "chart_name",
    "engine_words",
    "explanation_words",
    "figure",
    "percent",
    "tie_word",
    "turnout_words",
]
