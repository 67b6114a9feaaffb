"""What the voting page asks the facilitator (dialogs tests can replace), and how it says
who has voted so far (a number, never who)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from breakout.model import Round
from breakout.session import Session
from breakout_qt.chart_words import AppWords
from breakout_qt.i18n import fill
from breakout_qt.vote_dialogs import (
    CodesDialog,
    HandCountDialog,
    RoundDialog,
    RoundSpec,
    round_name,
)


class VoteQuestions(QWidget):
    """The voting page's questions; ``ask_*`` methods tests replace."""

    session: Session

    def voters_words(self, rnd: Round) -> str:
        """ "12 of 20 present have voted" — a number, never who."""
        presence = self.session.presence()
        voted, _ = self.session.voting.turnout(rnd.id)
        words = AppWords()
        if presence.basis == "checked_in":
            said = words.tr("%n of %1 present have voted", None, voted)
        else:
            said = words.tr("%n of %1 on the roster have voted", None, voted)
        said = fill(said, presence.count)
        if self.session.voting.hand_tallies(rnd.id):
            said = fill(
                QCoreApplication.translate("VotePage", "%1 at the kiosk · hand counts entered"),
                said,
            )
        return said

    def ask_round(self) -> RoundSpec | None:
        dialog = RoundDialog(self, self.session.board.clusters())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value()

    def edit_round_dialog(self, rnd: Round) -> RoundDialog:
        items = self.session.voting.round_items(rnd.id)
        return RoundDialog(self, self.session.board.clusters(), editing=rnd, items=items)

    def ask_edit_round(self, rnd: Round) -> RoundSpec | None:
        dialog = self.edit_round_dialog(rnd)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value()

    def ask_confirm_close(self, rnd: Round) -> bool:
        question = QCoreApplication.translate(
            "VotePage",
            "Close voting on “%1”?\n\n%2. "
            "No more ballots or hand counts after this; the results can then be shown.",
        )
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("VotePage", "Close voting"),
            fill(question, round_name(rnd), self.voters_words(rnd)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def hand_count_dialog(self, round_id: int) -> HandCountDialog:
        rnd = self.session.voting.round(round_id)
        items = [(i.id, i.label) for i in self.session.voting.round_items(round_id)]
        present = self.session.presence().count
        return HandCountDialog(
            self, rnd, items, present, self.session.voting.hand_tallies(round_id)
        )

    def ask_hand_counts(self, round_id: int) -> dict[int, dict[int, int]] | None:
        dialog = self.hand_count_dialog(round_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.counts()

    def show_codes(self, rows: list[tuple[str, str]]) -> None:
        CodesDialog(self, rows, self.session.info().title).exec()


__all__ = ["VoteQuestions"]
