"""A closed round's result on the voting page: the chart, the figures and the words.

The figures, the order and how it was counted are said in the console's language by the
engine's composition (:mod:`breakout.vote_words`), the same words the report and the
room's screen use.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from breakout import vote_words
from breakout.voting.base import RoundResult
from breakout_qt.chart_words import (
    AppWords,
    engine_words,
    explanation_words,
    isolated,
    turnout_words,
)
from breakout_qt.charts import BarChart, chart_rows, palette_colours
from breakout_qt.i18n import fill
from breakout_qt.vote_dialogs import short
from breakout_qt.vote_words import group_unit


class ResultsPanel(QFrame):
    """Ranked bars with ties as ties, turnout, how it was counted, blocks, support by group."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(QCoreApplication.translate("VotePage", "Results"))
        results = QVBoxLayout(self)
        results.setContentsMargins(0, 8, 0, 0)
        self.results_heading = QLabel(QCoreApplication.translate("VotePage", "<b>Results</b>"))
        self.chart = BarChart()
        self.chart.set_colours(palette_colours(self.palette()))
        self.turnout_label = QLabel()
        self.turnout_label.setAccessibleName(QCoreApplication.translate("VotePage", "Turnout"))
        self.explanation_label = QLabel()
        self.explanation_label.setAccessibleName(
            QCoreApplication.translate("VotePage", "How it was counted")
        )
        self.explanation_label.setWordWrap(True)
        self.order_label = QLabel()
        self.order_label.setAccessibleName(QCoreApplication.translate("VotePage", "Order"))
        self.order_label.setWordWrap(True)
        self.blocked_label = QLabel()
        self.blocked_label.setAccessibleName(QCoreApplication.translate("VotePage", "Blocks"))
        self.blocked_label.setWordWrap(True)
        self.blocked_label.setStyleSheet("color: #c62828; font-weight: bold;")
        self.groups_heading = QLabel()
        self.groups_heading.setWordWrap(True)
        self.groups_table = QTableWidget()
        self.groups_table.setAccessibleName(
            QCoreApplication.translate("VotePage", "Support by stakeholder group")
        )
        self.groups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groups_table.setWordWrap(True)
        self.hidden_label = QLabel()
        self.hidden_label.setAccessibleName(
            QCoreApplication.translate("VotePage", "Groups not shown")
        )
        self.hidden_label.setWordWrap(True)
        self.hidden_label.setToolTip(
            QCoreApplication.translate(
                "VotePage",
                "A group with fewer than 3 voters is not shown, so nobody's vote can be "
                "deduced; when the hidden groups hold fewer than 3 voters between them, the "
                "next smallest group is hidden too.",
            )
        )
        for widget in (
            self.results_heading,
            self.chart,
            self.turnout_label,
            self.explanation_label,
            self.order_label,
            self.blocked_label,
            self.groups_heading,
            self.groups_table,
            self.hidden_label,
        ):
            results.addWidget(widget)

    def show_result(self, result: RoundResult, settings: Mapping[str, Any] | None = None) -> None:
        """The result, with the round's ``settings`` (dot voting's budget and cap)."""
        words = AppWords()
        self.chart.set_rows(chart_rows(result, words))
        self.turnout_label.setText(turnout_words(words, result))
        self.explanation_label.setText(explanation_words(words.language, result, settings))
        self.order_label.setText(vote_words.order_note(result, engine_words(words.language)))
        blocked = ", ".join(result.blocked)
        said = QCoreApplication.translate("VotePage", "Blocked by at least one person: %1")
        self.blocked_label.setText(fill(said, isolated(blocked)) if blocked else "")
        self.blocked_label.setVisible(bool(blocked))
        by_group = result.by_group
        shown = by_group is not None
        for widget in (self.groups_heading, self.groups_table):
            widget.setVisible(shown and bool(by_group))
        self.hidden_label.setVisible(shown and bool(result.hidden_groups))
        if by_group is None:
            self.groups_table.setRowCount(0)
            return
        self._show_groups(result, by_group)

    def _show_groups(self, result: RoundResult, by_group: dict[str, dict[int, float]]) -> None:
        engine = engine_words(AppWords().language)
        self.groups_heading.setText(
            fill(
                QCoreApplication.translate("VotePage", "<b>Support by stakeholder group</b> (%1)"),
                group_unit(result.method),
            )
        )
        groups = list(by_group)
        table = self.groups_table
        table.setColumnCount(len(groups))
        table.setRowCount(len(result.items))
        table.setHorizontalHeaderLabels(groups)
        table.setVerticalHeaderLabels([short(r.label, 50) for r in result.items])
        for row, item in enumerate(result.items):
            for column, group in enumerate(groups):
                value = by_group[group].get(item.item)
                support = (
                    "—" if value is None else vote_words.support_words(result.method, value, engine)
                )
                cell = QTableWidgetItem(support)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, cell)
        table.resizeColumnsToContents()
        height = table.horizontalHeader().height() + 4
        height += sum(table.rowHeight(r) for r in range(len(result.items)))
        table.setFixedHeight(height)
        hidden = ", ".join(result.hidden_groups)
        said = QCoreApplication.translate("VotePage", "%1: fewer than 3 voters, not shown")
        self.hidden_label.setText(fill(said, isolated(hidden)) if hidden else "")
