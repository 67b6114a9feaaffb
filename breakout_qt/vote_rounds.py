"""The voting page's list of rounds, and the words it and the page say about a round
(its method, its state) in the console's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from breakout import voting
from breakout.model import Round
from breakout.session import Session
from breakout_qt.chart_words import AppWords
from breakout_qt.i18n import QT_TRANSLATE_NOOP, fill
from breakout_qt.kiosk.wording import GRADES, LEVELS, METHOD_TITLES
from breakout_qt.vote_dialogs import round_name

Index = QModelIndex | QPersistentModelIndex

KIOSK_OPEN = QT_TRANSLATE_NOOP("VotePage", "&Kiosk window for voting (F7)")
KIOSK_HAND_OVER = QT_TRANSLATE_NOOP("VotePage", "Hand the &keyboard to the kiosk (F7)")


def method_name(name: str) -> str:
    """A voting method's name in the console's language."""
    english = METHOD_TITLES.get(name)
    return QCoreApplication.translate("Voting", english) if english else voting.title(name)


def kiosk_text(text: str) -> str:
    return QCoreApplication.translate("VotePage", text)


# -- the rounds list --------------------------------------------------------------------


class RoundsModel(QAbstractListModel):
    """The session's voting rounds, in order, with their state."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self._rounds: list[Round] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rounds = self._session.voting.rounds()
        self.endResetModel()

    def round_at(self, row: int) -> Round | None:
        return self._rounds[row] if 0 <= row < len(self._rounds) else None

    def row_of(self, round_id: int) -> int:
        return next((n for n, r in enumerate(self._rounds) if r.id == round_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rounds)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rounds):
            return None
        rnd = self._rounds[index.row()]
        secret = (
            QCoreApplication.translate("VotePage", "secret")
            if rnd.secret
            else QCoreApplication.translate("VotePage", "named")
        )
        facts = f"{method_name(rnd.method)} · {secret} · {state_short(rnd.state)}"
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{round_name(rnd)}\n{facts}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{round_name(rnd)} — {facts}: {settings_words(rnd)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{round_name(rnd)}, {facts}"
        if role == Qt.ItemDataRole.UserRole:
            return rnd.id
        return None


def settings_words(rnd: Round) -> str:
    """The round's rules in words: "5 dots each, at most 2 on one item"."""
    settings = rnd.rules
    method = rnd.method
    words = AppWords()
    app = QCoreApplication
    if method == voting.dots.NAME:
        each = words.tr("%n dots each", None, int(settings["budget"]))
        most = app.translate("VotePage", "at most %1 on one item")
        return fill(app.translate("VotePage", "%1, %2"), each, fill(most, settings["per_item_cap"]))
    if method == voting.ranking.NAME:
        if settings.get("max_ranked"):
            return words.tr("rank up to %n items", None, int(settings["max_ranked"]))
        return app.translate("VotePage", "rank as many items as you like")
    if method == voting.approval.NAME:
        return app.translate("VotePage", "mark every item you support")
    if method == voting.agreement.NAME:
        lowest = f"0 {app.translate('Voting', LEVELS[0])}"
        highest = f"{len(LEVELS) - 1} {app.translate('Voting', LEVELS[-1])}"
        said = app.translate("VotePage", "every item gets a level from %1 to %2")
        return fill(said, lowest, highest)
    if method == voting.majority.NAME:
        said = app.translate("VotePage", "every item gets a grade from %1 to %2")
        return fill(said, app.translate("Voting", GRADES[-1]), app.translate("Voting", GRADES[0]))
    return voting.method(method).rules(settings)


def state_short(state: str) -> str:
    """A round's state in a word, as the list of rounds shows it."""
    if state == "draft":
        return QCoreApplication.translate("VotePage", "draft")
    if state == "open":
        return QCoreApplication.translate("VotePage", "open")
    if state == "closed":
        return QCoreApplication.translate("VotePage", "closed")
    return state


def state_words(state: str) -> str:
    if state == "draft":
        return QCoreApplication.translate("VotePage", "not open yet")
    if state == "open":
        return QCoreApplication.translate("VotePage", "voting is open")
    if state == "closed":
        return QCoreApplication.translate("VotePage", "voting has closed")
    return state


__all__ = [
    "KIOSK_HAND_OVER",
    "KIOSK_OPEN",
    "RoundsModel",
    "kiosk_text",
    "method_name",
    "settings_words",
    "state_words",
]
