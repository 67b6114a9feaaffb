"""The voting page's dialogs: set up or edit a round, type in a hand count, hand out codes.

Each returns what was chosen; the page runs the engine operation.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from breakout import voting
from breakout.model import Cluster, Round, RoundItem
from breakout.voting import dots, ranking
from breakout_qt.chart_words import AppWords, isolated
from breakout_qt.i18n import fill
from breakout_qt.kiosk.wording import METHOD_TITLES
from breakout_qt.vote_codes import CodesDialog
from breakout_qt.vote_words import method_help


def round_name(rnd: Round) -> str:
    return rnd.title or fill(QCoreApplication.translate("VotePage", "Round %1"), rnd.position + 1)


# -- a new round ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RoundSpec:
    """What the new-round dialog returns: the arguments of ``Session.create_round``."""

    title: str
    method: str
    settings: dict[str, Any]
    secret: bool
    items: list[dict[str, Any]] = field(default_factory=list)


def ballot_label(cluster: Cluster) -> str:
    """A group goes on the ballot as its consolidated wording, or its label if unworded."""
    return cluster.wording.strip() or cluster.label.strip() or untitled_group()


def count_box() -> QSpinBox:
    """A box for a count, in Western digits as every other number here (an Arabic locale
    would show Eastern Arabic digits in the box alone)."""
    box = QSpinBox()
    box.setLocale(QLocale.c())
    return box


def untitled_group() -> str:
    return QCoreApplication.translate("Board", "Untitled group")


def level_header(name: str) -> str:
    """A level of a show of hands, as the engine names it ("2\nConcerns"), translated."""
    number, newline, word = name.rpartition("\n")
    return f"{number}{newline}{QCoreApplication.translate('Voting', word)}"


class ItemEntry(QLineEdit):
    """A line for one more ballot item: Enter adds it and goes no further.

    A plain line edit lets Enter through to the dialog, whose default button
    would then create the round while the facilitator is still typing items.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)  # emits returnPressed on Enter
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class ItemsTree(QTreeWidget):
    """The ballot's items: Enter ticks or unticks one (it never closes the dialog)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            item = self.currentItem()
            if item is not None:
                checked = item.checkState(0) == Qt.CheckState.Checked
                item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            event.accept()
            return
        super().keyPressEvent(event)


class RoundDialog(QDialog):
    """Set up a round — title, method and its settings, secret or named, and the items —
    or, given a draft round and its items, change it.

    Enter in "Another item" adds the item; Enter in the list ticks or unticks
    one. Only the default button ("Create round" / "Save round") makes the change.
    """

    def __init__(
        self,
        parent: QWidget | None,
        clusters: Sequence[Cluster],
        *,
        editing: Round | None = None,
        items: Sequence[RoundItem] = (),
    ) -> None:
        super().__init__(parent)
        self.editing = editing
        self.setWindowTitle(
            QCoreApplication.translate("VoteDialogs", "New voting round")
            if editing is None
            else QCoreApplication.translate("VoteDialogs", "Edit voting round")
        )
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(QCoreApplication.translate("VoteDialogs", "Round title"))
        self.title_edit.setPlaceholderText(
            QCoreApplication.translate(
                "VoteDialogs", "e.g. Which recommendations go to the plenary first?"
            )
        )

        methods = self._build_methods()
        self._build_settings()

        self.secret_box = QCheckBox(
            QCoreApplication.translate(
                "VoteDialogs",
                "&Secret ballot: people vote with the code on their card; ballots carry no name",
            )
        )
        self.secret_box.setChecked(True)

        self._build_items_tree()
        self._fill_items(clusters, items, checked=editing is None)
        self.items_tree.itemChanged.connect(lambda *_: self._count())
        self.extra_edit = ItemEntry()
        self.extra_edit.setAccessibleName(
            QCoreApplication.translate("VoteDialogs", "Another item for the ballot")
        )
        self.extra_edit.setPlaceholderText(
            QCoreApplication.translate(
                "VoteDialogs", "Another item, not from a group (Enter adds it)"
            )
        )
        self.extra_edit.returnPressed.connect(self.add_extra)
        add_button = QPushButton(QCoreApplication.translate("VoteDialogs", "&Add"))
        add_button.setAutoDefault(False)
        add_button.clicked.connect(self.add_extra)
        extra_row = QHBoxLayout()
        extra_row.addWidget(self.extra_edit, 1)
        extra_row.addWidget(add_button)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(
            QCoreApplication.translate("VoteDialogs", "Items chosen")
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(
            QCoreApplication.translate("VoteDialogs", "Create round")
            if editing is None
            else QCoreApplication.translate("VoteDialogs", "Save round")
        )
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("VoteDialogs", "&Title:"), self.title_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(methods)
        layout.addLayout(self.settings_form)
        layout.addWidget(self.secret_box)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "VoteDialogs", "<b>Items</b> — tick at least two; a group's wording is used"
                )
            )
        )
        layout.addWidget(self.items_tree, 1)
        layout.addLayout(extra_row)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        if editing is not None:
            self._fill_from(editing)
        self._method_changed()
        self._count()
        self.resize(760, 680)

    def _build_items_tree(self) -> None:
        self.items_tree = ItemsTree()
        self.items_tree.setAccessibleName(
            QCoreApplication.translate("VoteDialogs", "Items on the ballot")
        )
        self.items_tree.setHeaderLabels(
            [
                QCoreApplication.translate("VoteDialogs", "On the ballot as (F2 edits)"),
                QCoreApplication.translate("VoteDialogs", "Group"),
            ]
        )
        self.items_tree.setRootIsDecorated(False)
        self.items_tree.setWordWrap(True)
        self.items_tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        header = self.items_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 200)
        header.setStretchLastSection(False)

    def _fill_items(
        self, clusters: Sequence[Cluster], items: Sequence[RoundItem], *, checked: bool
    ) -> None:
        """The items to choose from; a new round ticks the accepted groups (``checked``)."""
        by_id = {cluster.id: cluster for cluster in clusters}
        # Editing: the round's items first, ticked and in order; then the groups not on it.
        for on_ballot in items:
            group = by_id.get(on_ballot.cluster) if on_ballot.cluster is not None else None
            self._add_row(
                on_ballot.label,
                (group.label or untitled_group()) if group is not None else "—",
                cluster=on_ballot.cluster,
                recommendation=on_ballot.recommendation,
                checked=True,
            )
        used = {i.cluster for i in items}
        for cluster in clusters:
            if cluster.id in used:
                continue
            name = cluster.label or untitled_group()
            suggested = QCoreApplication.translate("Board", "%1 (suggested)")
            self._add_row(
                ballot_label(cluster),
                name if cluster.accepted else fill(suggested, isolated(name)),
                cluster=cluster.id,
                checked=cluster.accepted and checked,
            )

    def _build_methods(self) -> QGroupBox:
        """One button per voting method, each with its line of help."""
        self.method_group = QButtonGroup(self)
        methods = QGroupBox(QCoreApplication.translate("VoteDialogs", "Method"))
        method_layout = QGridLayout(methods)
        self.method_buttons: dict[str, QRadioButton] = {}
        for row, (method, counter) in enumerate(voting.METHODS.items()):
            english = METHOD_TITLES.get(method)
            title = QCoreApplication.translate("Voting", english) if english else counter.title
            button = QRadioButton(title)
            button.setAccessibleDescription(method_help(method))
            help_label = QLabel(method_help(method))
            help_label.setWordWrap(True)
            help_label.setStyleSheet("color: palette(placeholder-text);")
            self.method_group.addButton(button, row)
            method_layout.addWidget(button, row, 0)
            method_layout.addWidget(help_label, row, 1)
            self.method_buttons[method] = button
        method_layout.setColumnStretch(1, 1)
        self.method_buttons[voting.DEFAULT_METHOD].setChecked(True)
        self.method_group.idToggled.connect(lambda *_: self._method_changed())
        return methods

    def _build_settings(self) -> None:
        """The settings of the methods that have any; only the chosen method's show."""
        self.budget = count_box()
        self.budget.setAccessibleName(QCoreApplication.translate("VoteDialogs", "Dots per person"))
        self.budget.setRange(1, 50)
        self.cap = count_box()
        self.cap.setAccessibleName(
            QCoreApplication.translate("VoteDialogs", "Most dots on one item")
        )
        self.cap.setRange(1, 50)
        # The units follow the number: "1 dot each", "5 dots each" (Russian has three forms).
        self.budget.valueChanged.connect(lambda v: self._units())
        self.cap.valueChanged.connect(lambda v: self._units())
        self.budget.setValue(5)
        self.cap.setValue(2)
        self.budget.valueChanged.connect(lambda v: self.cap.setMaximum(v))
        self.max_ranked = count_box()
        self.max_ranked.setAccessibleName(
            QCoreApplication.translate("VoteDialogs", "Most items one person ranks")
        )
        self.max_ranked.setRange(0, 99)
        self.max_ranked.setSpecialValueText(
            QCoreApplication.translate("VoteDialogs", "as many as they like")
        )
        self.max_ranked.setPrefix(QCoreApplication.translate("VoteDialogs", "up to "))
        self.settings_form = QFormLayout()
        self.settings_form.addRow(
            QCoreApplication.translate("VoteDialogs", "Dot &budget:"), self.budget
        )
        self.settings_form.addRow(
            QCoreApplication.translate("VoteDialogs", "&Cap per item:"), self.cap
        )
        self.settings_form.addRow(
            QCoreApplication.translate("VoteDialogs", "&Items to rank:"), self.max_ranked
        )

    def _units(self) -> None:
        """The spin boxes' units for their numbers (the number itself is the box's)."""
        words = AppWords()
        each = words.tr("%n dots each", None, self.budget.value())
        most = words.tr("%n at most on one item", None, self.cap.value())
        for box, said in ((self.budget, each), (self.cap, most)):
            before, _, after = said.partition(str(box.value()))
            box.setPrefix(before)
            box.setSuffix(after)

    def _add_row(
        self,
        label: str,
        group: str,
        *,
        cluster: int | None = None,
        recommendation: int | None = None,
        checked: bool = True,
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([label, group])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(0, Qt.ItemDataRole.UserRole, cluster)
        item.setData(1, Qt.ItemDataRole.UserRole, recommendation)
        item.setToolTip(0, label)
        self.items_tree.addTopLevelItem(item)
        return item

    def _fill_from(self, rnd: Round) -> None:
        self.title_edit.setText(rnd.title)
        self.set_method(rnd.method)
        self.secret_box.setChecked(rnd.secret)
        settings = json.loads(rnd.settings)
        if rnd.method == dots.NAME:
            self.budget.setValue(int(settings["budget"]))
            self.cap.setValue(int(settings["per_item_cap"]))
        elif rnd.method == ranking.NAME:
            self.max_ranked.setValue(int(settings.get("max_ranked") or 0))

    def method(self) -> str:
        return next(m for m, b in self.method_buttons.items() if b.isChecked())

    def set_method(self, method: str) -> None:
        self.method_buttons[method].setChecked(True)

    def _method_changed(self) -> None:
        method = self.method()
        for widget, shown in (
            (self.budget, method == dots.NAME),
            (self.cap, method == dots.NAME),
            (self.max_ranked, method == ranking.NAME),
        ):
            self.settings_form.setRowVisible(widget, shown)

    def add_extra(self) -> None:
        text = " ".join(self.extra_edit.text().split())
        if not text:
            return
        self._add_row(text, "—")
        self.extra_edit.clear()
        self._count()

    def accept(self) -> None:
        # An item typed but not yet added goes on the ballot too: nothing typed is lost.
        self.add_extra()
        super().accept()

    def chosen_items(self) -> list[dict[str, Any]]:
        chosen = []
        for row in range(self.items_tree.topLevelItemCount()):
            item = self.items_tree.topLevelItem(row)
            if item is None or item.checkState(0) != Qt.CheckState.Checked:
                continue
            label = " ".join(item.text(0).split())
            if label:
                chosen.append(
                    {
                        "label": label,
                        "cluster": item.data(0, Qt.ItemDataRole.UserRole),
                        "recommendation": item.data(1, Qt.ItemDataRole.UserRole),
                    }
                )
        return chosen

    def _count(self) -> None:
        n = len(self.chosen_items())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(n >= 2)
        if n >= 2:
            words = AppWords()
            self.count_label.setText(words.tr("%n items on the ballot", None, n))
        else:
            said = QCoreApplication.translate(
                "VoteDialogs", "%1 chosen: a ballot needs at least two items"
            )
            self.count_label.setText(fill(said, n))

    def result_value(self) -> RoundSpec:
        method = self.method()
        settings: dict[str, Any] = {}
        if method == dots.NAME:
            settings = {"budget": self.budget.value(), "per_item_cap": self.cap.value()}
        elif method == ranking.NAME:
            settings = {"max_ranked": self.max_ranked.value() or None}
        return RoundSpec(
            title=self.title_edit.text().strip(),
            method=method,
            settings=settings,
            secret=self.secret_box.isChecked(),
            items=self.chosen_items(),
        )


# -- hand counts -------------------------------------------------------------------------------


class HandCountDialog(QDialog):
    """Counts from a show of hands: per item (per item and level on the agreement scale).

    A live check compares every count with the number present; the engine has
    the last word and refuses a count above it.
    """

    def __init__(
        self,
        parent: QWidget | None,
        rnd: Round,
        items: Sequence[tuple[int, str]],
        present: int,
        existing: Sequence[tuple[int, int, int]] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            fill(QCoreApplication.translate("VoteDialogs", "Hand count — %1"), round_name(rnd))
        )
        self.present = present
        names = voting.method(rnd.method).hand_levels
        self.levels = list(range(len(names)))
        self.items = list(items)
        before = {(item, level): count for item, level, count in existing}
        headers = (
            [level_header(name) for name in names]
            if len(names) > 1
            else [QCoreApplication.translate("VoteDialogs", "Hands")]
        )
        self.table = QTableWidget(len(self.items), len(self.levels))
        self.table.setAccessibleName(QCoreApplication.translate("VoteDialogs", "Hands per item"))
        self.table.setHorizontalHeaderLabels(headers)
        for row, (_, label) in enumerate(self.items):
            header = QTableWidgetItem(short(label, 70))
            header.setToolTip(label)
            self.table.setVerticalHeaderItem(row, header)
        self.table.verticalHeader().setMaximumWidth(420)
        self.table.setWordWrap(True)
        self.spins: dict[tuple[int, int], QSpinBox] = {}
        for row, (item_id, label) in enumerate(self.items):
            for column, level in enumerate(self.levels):
                spin = count_box()
                spin.setRange(0, 9999)
                spin.setValue(before.get((item_id, level), 0))
                name = label if len(self.levels) == 1 else f"{label}: {headers[column]}"
                name = name.replace("\n", " ")
                spin.setAccessibleName(
                    fill(QCoreApplication.translate("VoteDialogs", "Hands for %1"), name)
                )
                spin.valueChanged.connect(lambda _v: self.check())
                self.table.setCellWidget(row, column, spin)
                self.spins[(item_id, level)] = spin
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.check_label.setAccessibleName(
            QCoreApplication.translate("VoteDialogs", "Check against the people present")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("VoteDialogs", "Record counts")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        words = AppWords()
        how = (
            words.tr(
                "For each item, count the hands at each level. %n people are present.",
                None,
                present,
            )
            if len(self.levels) > 1
            else words.tr(
                "For each item, count the raised hands. %n people are present.", None, present
            )
        )
        layout.addWidget(QLabel(how))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.check_label)
        layout.addWidget(buttons)
        rows_height = sum(self.table.rowHeight(r) for r in range(len(self.items)))
        self.resize(900 if len(self.levels) > 1 else 620, min(640, 220 + rows_height))
        self.check()

    def spin(self, item_id: int, level: int = 0) -> QSpinBox:
        return self.spins[(item_id, level)]

    def problems(self) -> list[str]:
        """What the live check finds: counts above the number present."""
        found = []
        labels = dict(self.items)
        for (item_id, _level), spin in self.spins.items():
            if spin.value() > self.present:
                said = QCoreApplication.translate(
                    "VoteDialogs", "%1 hands for “%2” is more than the %3 people present"
                )
                found.append(fill(said, spin.value(), short(labels[item_id]), self.present))
        if len(self.levels) > 1:
            for item_id, label in self.items:
                total = sum(self.spins[(item_id, level)].value() for level in self.levels)
                if total > self.present:
                    said = QCoreApplication.translate(
                        "VoteDialogs",
                        "the levels for “%1” add up to %2, more than the %3 present (each "
                        "person shows one level)",
                    )
                    found.append(fill(said, short(label), total, self.present))
        return found

    def check(self) -> None:
        found = self.problems()
        for spin in self.spins.values():
            spin.setStyleSheet(
                "color: #c62828; font-weight: bold;" if spin.value() > self.present else ""
            )
        if found:
            self.check_label.setStyleSheet("color: #c62828;")
            said = QCoreApplication.translate("VoteDialogs", "Count again: %1.")
            self.check_label.setText(fill(said, "; ".join(found)))
        else:
            self.check_label.setStyleSheet("")
            words = AppWords()
            fits = words.tr("Every count fits the %n people present.", None, self.present)
            self.check_label.setText(fits)

    def counts(self) -> dict[int, dict[int, int]]:
        """Level -> {item: count}: what to record (0 for dots and approval)."""
        return {
            level: {item_id: self.spins[(item_id, level)].value() for item_id, _ in self.items}
            for level in self.levels
        }


def short(text: str, most: int = 60) -> str:
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


__all__ = [
    "CodesDialog",
    "HandCountDialog",
    "RoundDialog",
    "RoundSpec",
    "ballot_label",
    "round_name",
    "short",
]
