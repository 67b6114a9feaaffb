"""The voting page: set up rounds, open and close them, count hands, read results.

Left, the session's rounds (draft, open or closed; method; secret or named).
Right, the chosen round: its items, who is left to vote (a number, never who
voted how), the actions, and once the round has closed its result: a ranked
bar chart with ties shown as ties, turnout, how it was counted, blocks, and
support by stakeholder group for a named round.

Every change — a new round, opening, closing, hand counts, voting codes — is
an engine operation run through the window's ``Operations``, so it commits at
once and Ctrl+Z undoes it — except that a round's state never goes back once a
vote is in (the engine refuses, and says why). A draft round can be edited
whole (F2) until it opens. Ballots are cast at the kiosk, in a window of its
own (F7; F7 again hands it the keyboard), while the room's screen shows only
how many have voted; they are not undoable. Results come only from
:func:`breakout.tally.tally_round`, which refuses a round that has not closed.
Questions to the facilitator are ``ask_*`` methods tests can replace.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from breakout import voting
from breakout.changes import Change
from breakout.errors import BreakoutError
from breakout.model import Cluster, Round, RoundItem
from breakout.session import Session
from breakout.tally import RoundResult, tally_round
from breakout.voting import dots, ranking
from ui.charts import BarChart, chart_rows, palette_colours, turnout_words
from ui.panels import page_actions
from ui.undo import Operations

if TYPE_CHECKING:
    from ui.shared_screen import SharedScreen

Index = QModelIndex | QPersistentModelIndex

KIOSK_OPEN = "&Kiosk window for voting (F7)"
KIOSK_HAND_OVER = "Hand the &keyboard to the kiosk (F7)"


def round_name(rnd: Round) -> str:
    return rnd.title or f"Round {rnd.position + 1}"


def settings_words(rnd: Round) -> str:
    """The round's rules in words: "5 dots each, at most 2 on one item"."""
    return voting.method(rnd.method).rules(json.loads(rnd.settings))


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
        self._rounds = self._session.rounds()
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
        secret = "secret" if rnd.secret else "named"
        facts = f"{voting.title(rnd.method)} · {secret} · {rnd.state}"
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{round_name(rnd)}\n{facts}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{round_name(rnd)} — {facts}: {settings_words(rnd)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{round_name(rnd)}, {facts}"
        if role == Qt.ItemDataRole.UserRole:
            return rnd.id
        return None


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
    return cluster.wording.strip() or cluster.label.strip() or "Untitled group"


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
        self.setWindowTitle("New voting round" if editing is None else "Edit voting round")
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName("Round title")
        self.title_edit.setPlaceholderText("e.g. Which recommendations go to the plenary first?")

        self.method_group = QButtonGroup(self)
        methods = QGroupBox("Method")
        method_layout = QGridLayout(methods)
        self.method_buttons: dict[str, QRadioButton] = {}
        for row, (method, counter) in enumerate(voting.METHODS.items()):
            button = QRadioButton(counter.title)
            button.setAccessibleDescription(counter.help)
            help_label = QLabel(counter.help)
            help_label.setWordWrap(True)
            help_label.setStyleSheet("color: palette(placeholder-text);")
            self.method_group.addButton(button, row)
            method_layout.addWidget(button, row, 0)
            method_layout.addWidget(help_label, row, 1)
            self.method_buttons[method] = button
        method_layout.setColumnStretch(1, 1)
        self.method_buttons[voting.DEFAULT_METHOD].setChecked(True)
        self.method_group.idToggled.connect(lambda *_: self._method_changed())

        self.budget = QSpinBox()
        self.budget.setAccessibleName("Dots per person")
        self.budget.setRange(1, 50)
        self.budget.setValue(5)
        self.budget.setSuffix(" dots each")
        self.cap = QSpinBox()
        self.cap.setAccessibleName("Most dots on one item")
        self.cap.setRange(1, 50)
        self.cap.setValue(2)
        self.cap.setSuffix(" at most on one item")
        self.budget.valueChanged.connect(lambda v: self.cap.setMaximum(v))
        self.max_ranked = QSpinBox()
        self.max_ranked.setAccessibleName("Most items one person ranks")
        self.max_ranked.setRange(0, 99)
        self.max_ranked.setSpecialValueText("as many as they like")
        self.max_ranked.setPrefix("up to ")
        self.settings_form = QFormLayout()
        self.settings_form.addRow("Dot &budget:", self.budget)
        self.settings_form.addRow("&Cap per item:", self.cap)
        self.settings_form.addRow("&Items to rank:", self.max_ranked)

        self.secret_box = QCheckBox(
            "&Secret ballot: people vote with the code on their card; ballots carry no name"
        )
        self.secret_box.setChecked(True)

        self.items_tree = ItemsTree()
        self.items_tree.setAccessibleName("Items on the ballot")
        self.items_tree.setHeaderLabels(["On the ballot as (F2 edits)", "Group"])
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
        by_id = {cluster.id: cluster for cluster in clusters}
        # Editing: the round's items first, ticked and in order; then the groups not on it.
        for on_ballot in items:
            group = by_id.get(on_ballot.cluster) if on_ballot.cluster is not None else None
            self._add_row(
                on_ballot.label,
                (group.label or "Untitled group") if group is not None else "—",
                cluster=on_ballot.cluster,
                recommendation=on_ballot.recommendation,
                checked=True,
            )
        used = {i.cluster for i in items}
        for cluster in clusters:
            if cluster.id in used:
                continue
            name = cluster.label or "Untitled group"
            self._add_row(
                ballot_label(cluster),
                name if cluster.accepted else f"{name} (suggested)",
                cluster=cluster.id,
                checked=cluster.accepted and editing is None,
            )
        self.items_tree.itemChanged.connect(lambda *_: self._count())
        self.extra_edit = ItemEntry()
        self.extra_edit.setAccessibleName("Another item for the ballot")
        self.extra_edit.setPlaceholderText("Another item, not from a group (Enter adds it)")
        self.extra_edit.returnPressed.connect(self.add_extra)
        add_button = QPushButton("&Add")
        add_button.setAutoDefault(False)
        add_button.clicked.connect(self.add_extra)
        extra_row = QHBoxLayout()
        extra_row.addWidget(self.extra_edit, 1)
        extra_row.addWidget(add_button)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Items chosen")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Create round" if editing is None else "Save round")
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow("&Title:", self.title_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(methods)
        layout.addLayout(self.settings_form)
        layout.addWidget(self.secret_box)
        layout.addWidget(QLabel("<b>Items</b> — tick at least two; a group's wording is used"))
        layout.addWidget(self.items_tree, 1)
        layout.addLayout(extra_row)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        if editing is not None:
            self._fill_from(editing)
        self._method_changed()
        self._count()
        self.resize(760, 680)

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
            self.count_label.setText(f"{n} items on the ballot")
        else:
            self.count_label.setText(f"{n} chosen: a ballot needs at least two items")

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
        self.setWindowTitle(f"Hand count — {round_name(rnd)}")
        self.present = present
        names = voting.method(rnd.method).hand_levels
        self.levels = list(range(len(names)))
        self.items = list(items)
        before = {(item, level): count for item, level, count in existing}
        headers = list(names) if len(names) > 1 else ["Hands"]
        self.table = QTableWidget(len(self.items), len(self.levels))
        self.table.setAccessibleName("Hands per item")
        self.table.setHorizontalHeaderLabels(headers)
        for row, (_, label) in enumerate(self.items):
            header = QTableWidgetItem(_short(label, 70))
            header.setToolTip(label)
            self.table.setVerticalHeaderItem(row, header)
        self.table.verticalHeader().setMaximumWidth(420)
        self.table.setWordWrap(True)
        self.spins: dict[tuple[int, int], QSpinBox] = {}
        for row, (item_id, label) in enumerate(self.items):
            for column, level in enumerate(self.levels):
                spin = QSpinBox()
                spin.setRange(0, 9999)
                spin.setValue(before.get((item_id, level), 0))
                name = label if len(self.levels) == 1 else f"{label}: {headers[column]}"
                name = name.replace("\n", " ")
                spin.setAccessibleName(f"Hands for {name}")
                spin.valueChanged.connect(lambda _v: self.check())
                self.table.setCellWidget(row, column, spin)
                self.spins[(item_id, level)] = spin
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.check_label.setAccessibleName("Check against the people present")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Record counts")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        how = (
            "For each item, count the hands at each level."
            if len(self.levels) > 1
            else "For each item, count the raised hands."
        )
        layout.addWidget(QLabel(f"{how} {present} people are present."))
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
                found.append(
                    f"{spin.value()} hands for “{_short(labels[item_id])}” is more than "
                    f"the {self.present} people present"
                )
        if len(self.levels) > 1:
            for item_id, label in self.items:
                total = sum(self.spins[(item_id, level)].value() for level in self.levels)
                if total > self.present:
                    found.append(
                        f"the levels for “{_short(label)}” add up to {total}, more than "
                        f"the {self.present} present (each person shows one level)"
                    )
        return found

    def check(self) -> None:
        found = self.problems()
        for spin in self.spins.values():
            spin.setStyleSheet(
                "color: #c62828; font-weight: bold;" if spin.value() > self.present else ""
            )
        if found:
            self.check_label.setStyleSheet("color: #c62828;")
            self.check_label.setText("Count again: " + "; ".join(found) + ".")
        else:
            self.check_label.setStyleSheet("")
            self.check_label.setText(f"Every count fits the {self.present} people present.")

    def counts(self) -> dict[int, dict[int, int]]:
        """Level -> {item: count}: what to record (0 for dots and approval)."""
        return {
            level: {item_id: self.spins[(item_id, level)].value() for item_id, _ in self.items}
            for level in self.levels
        }


def _short(text: str, most: int = 60) -> str:
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


# -- voting codes ----------------------------------------------------------------------------


class CodesDialog(QDialog):
    """Everyone's voting code, to print on cards or copy elsewhere."""

    def __init__(self, parent: QWidget | None, rows: Sequence[tuple[str, str]], title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle("Voting codes")
        self.rows = list(rows)
        self.session_title = title
        self.table = QTableWidget(len(self.rows), 2)
        self.table.setAccessibleName("Voting codes by name")
        self.table.setHorizontalHeaderLabels(["Name", "Code"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, (name, code) in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            code_item = QTableWidgetItem(code)
            font = code_item.font()
            font.setFamily("monospace")
            font.setBold(True)
            code_item.setFont(font)
            self.table.setItem(row, 1, code_item)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        note = QLabel(
            "Hand each person the card with their code before the vote. A code lets its "
            "holder vote once in each secret round; ballots are stored without names."
        )
        note.setWordWrap(True)
        copy_button = QPushButton("&Copy")
        copy_button.clicked.connect(self.copy)
        print_button = QPushButton("&Print cards…")
        print_button.clicked.connect(self.print_cards)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(copy_button)
        bar.addWidget(print_button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.resize(520, 560)

    def text(self) -> str:
        return "".join(f"{name}\t{code}\n" for name, code in self.rows)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def cards_html(self) -> str:
        """One card per person, three to a row, to cut out."""
        cells = [
            "<td style='border:1px dashed #888; padding:14px; width:33%'>"
            f"<div style='font-size:9pt'>{html.escape(self.session_title)}</div>"
            f"<div style='font-size:12pt; font-weight:bold'>{html.escape(name)}</div>"
            "<div style='font-size:9pt'>Your voting code</div>"
            f"<div style='font-size:24pt; font-weight:bold; font-family:monospace'>"
            f"{html.escape(code)}</div></td>"
            for name, code in self.rows
        ]
        rows = ["<tr>" + "".join(cells[i : i + 3]) + "</tr>" for i in range(0, len(cells), 3)]
        return "<table cellspacing='0' width='100%'>" + "".join(rows) + "</table>"

    def print_cards(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setHtml(self.cards_html())
        document.print_(printer)


# -- the page --------------------------------------------------------------------------------


class VotePage(QWidget):
    """Voting rounds: set up, run, count and read. See the module notes."""

    def __init__(
        self,
        session: Session,
        ops: Operations,
        *,
        show_error: Callable[[str], None],
        shared_screen: Callable[[], SharedScreen],
    ) -> None:
        super().__init__()
        self.session = session
        self.ops = ops
        self.show_error = show_error
        self.shared_screen = shared_screen
        self._screen: SharedScreen | None = None  # the last one shared_screen() gave
        self.result: RoundResult | None = None

        self.model = RoundsModel(session)
        self.rounds_view = QListView()
        self.rounds_view.setAccessibleName("Voting rounds")
        self.rounds_view.setModel(self.model)
        self.rounds_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rounds_view.setSpacing(3)
        self.rounds_view.setWordWrap(True)
        self.rounds_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rounds_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.rounds_view.selectionModel().currentChanged.connect(lambda *_: self._show_round())
        self.rounds_view.doubleClicked.connect(lambda *_: self._edit_if_draft())
        self.new_button = QPushButton("&New round… (Ctrl+Shift+R)")
        self.new_button.clicked.connect(self.new_round)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        heading = QLabel("<b>Voting rounds</b>")
        left_layout.addWidget(heading)
        left_layout.addWidget(self.rounds_view, 1)
        left_layout.addWidget(self.new_button)

        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(6, 0, 6, 6)
        self.title_label = QLabel()
        self.title_label.setAccessibleName("Round")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.title_label.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.25)
        self.title_label.setFont(bold)
        self.facts_label = QLabel()
        self.facts_label.setAccessibleName("Method, rules and state")
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.items_label = QLabel()
        self.items_label.setAccessibleName("Items on the ballot")
        self.items_label.setWordWrap(True)
        self.items_label.setTextFormat(Qt.TextFormat.PlainText)
        self.items_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.items_label.setContentsMargins(8, 0, 0, 0)
        self.voters_label = QLabel()
        self.voters_label.setAccessibleName("Voters so far")
        self.voters_label.setWordWrap(True)
        bold_voters = self.voters_label.font()
        bold_voters.setBold(True)
        self.voters_label.setFont(bold_voters)

        self.edit_button = QPushButton("Edit ro&und… (F2)")
        self.edit_button.setToolTip(
            "Change the title, method, settings or items until voting opens"
        )
        self.edit_button.clicked.connect(self.edit_round)
        self.open_button = QPushButton("&Open voting")
        self.open_button.clicked.connect(self.open_voting)
        self.close_button = QPushButton("Close vo&ting…")
        self.close_button.clicked.connect(self.close_voting)
        self.kiosk_button = QPushButton(KIOSK_OPEN)
        self.kiosk_button.setToolTip(
            "Open the voting kiosk in a window of its own (a touch screen, or this laptop "
            "turned round); the room's screen shows how many have voted. The console keeps "
            "the keyboard until you press F7 again."
        )
        self.kiosk_button.clicked.connect(self.show_kiosk)
        self.hands_button = QPushButton("H&and count…")
        self.hands_button.clicked.connect(self.hand_count)
        self.codes_button = QPushButton("&Issue voting codes…")
        self.codes_button.clicked.connect(self.issue_codes)
        self.results_button = QPushButton("&Show results on the shared screen (Shift+F7)")
        self.results_button.clicked.connect(self.show_results)
        self.live_button = QPushButton("&Back to the session (Ctrl+F7)")
        self.live_button.setToolTip("The shared screen shows the session again")
        self.live_button.clicked.connect(self.show_live)
        grid = QGridLayout()
        for column, button in enumerate(
            (
                self.edit_button,
                self.open_button,
                self.close_button,
                self.hands_button,
                self.codes_button,
            )
        ):
            grid.addWidget(button, 0, column)
        screen_label = QLabel("<b>Shared screen</b>")
        grid.addWidget(screen_label, 1, 0, 1, 5)
        grid.addWidget(self.kiosk_button, 2, 0, 1, 2)
        grid.addWidget(self.results_button, 2, 2, 1, 2)
        grid.addWidget(self.live_button, 2, 4)

        self.results_box = QFrame()
        self.results_box.setAccessibleName("Results")
        results = QVBoxLayout(self.results_box)
        results.setContentsMargins(0, 8, 0, 0)
        self.results_heading = QLabel("<b>Results</b>")
        self.chart = BarChart()
        self.chart.set_colours(palette_colours(self.palette()))
        self.turnout_label = QLabel()
        self.turnout_label.setAccessibleName("Turnout")
        self.explanation_label = QLabel()
        self.explanation_label.setAccessibleName("How it was counted")
        self.explanation_label.setWordWrap(True)
        self.order_label = QLabel()
        self.order_label.setAccessibleName("Order")
        self.order_label.setWordWrap(True)
        self.blocked_label = QLabel()
        self.blocked_label.setAccessibleName("Blocks")
        self.blocked_label.setWordWrap(True)
        self.blocked_label.setStyleSheet("color: #c62828; font-weight: bold;")
        self.groups_heading = QLabel()
        self.groups_heading.setWordWrap(True)
        self.groups_table = QTableWidget()
        self.groups_table.setAccessibleName("Support by stakeholder group")
        self.groups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groups_table.setWordWrap(True)
        self.hidden_label = QLabel()
        self.hidden_label.setAccessibleName("Groups not shown")
        self.hidden_label.setWordWrap(True)
        self.hidden_label.setToolTip(
            "A group with fewer than 3 voters is not shown, so nobody's vote can be deduced; "
            "when the hidden groups hold fewer than 3 voters between them, the next smallest "
            "group is hidden too."
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
        self.results_note = QLabel()
        self.results_note.setAccessibleName("Results note")
        self.results_note.setWordWrap(True)
        self.results_note.setStyleSheet("color: palette(placeholder-text);")

        detail.addWidget(self.title_label)
        detail.addWidget(self.facts_label)
        detail.addWidget(QLabel("<b>On the ballot</b>"))
        detail.addWidget(self.items_label)
        detail.addWidget(self.voters_label)
        detail.addLayout(grid)
        detail.addWidget(self.results_note)
        detail.addWidget(self.results_box)
        detail.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.detail)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(splitter)

        self.actions_by_name = self._build_actions()
        self.reload()

    def _build_actions(self) -> dict[str, QAction]:
        return page_actions(
            self,
            [
                ("new", "New Voting Round…", "Ctrl+Shift+R", self.new_round),
                ("edit", "Edit Voting Round…", "F2", self.edit_round),
                ("kiosk", "Kiosk Window (Again: Hand It the Keyboard)", "F7", self.show_kiosk),
                ("results", "Results on the Shared Screen", "Shift+F7", self.show_results),
                ("live", "Shared Screen Back to the Session", "Ctrl+F7", self.show_live),
                ("hands", "Hand Count…", "Ctrl+Shift+H", self.hand_count),
            ],
        )

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the rounds again (call after any change to the session)."""
        current = self.selected_round_id()
        self.model.reload()
        if current is None and self.model.rowCount():
            current = self.model.round_at(self.model.rowCount() - 1).id  # type: ignore[union-attr]
        if current is not None:
            self.select_round(current)
        self._show_round()

    def select_round(self, round_id: int) -> None:
        row = self.model.row_of(round_id)
        if row >= 0:
            self.rounds_view.setCurrentIndex(self.model.index(row, 0))

    def selected_round_id(self) -> int | None:
        index = self.rounds_view.currentIndex()
        rnd = self.model.round_at(index.row()) if index.isValid() else None
        return rnd.id if rnd is not None else None

    def selected_round(self) -> Round | None:
        round_id = self.selected_round_id()
        if round_id is None:
            return None
        try:
            return self.session.round(round_id)
        except BreakoutError:
            return None

    def voters_words(self, rnd: Round) -> str:
        """ "12 of 20 present have voted" — a number, never who."""
        presence = self.session.presence()
        voted, _ = self.session.turnout(rnd.id)
        have = "has" if voted == 1 else "have"
        words = f"{voted} of {presence.count} {presence.words()} {have} voted"
        if self.session.hand_tallies(rnd.id):
            words += " at the kiosk · hand counts entered"
        return words

    def _show_round(self) -> None:
        rnd = self.selected_round()
        self.results_note.show()
        has_round = rnd is not None
        for widget in (self.title_label, self.facts_label, self.items_label, self.voters_label):
            widget.setVisible(has_round)
        self.result = None
        if rnd is None:
            for button in (
                self.edit_button,
                self.open_button,
                self.close_button,
                self.kiosk_button,
                self.hands_button,
                self.codes_button,
                self.results_button,
            ):
                button.setEnabled(False)
            self.results_box.hide()
            self.results_note.setText(
                "No voting round yet. Press Ctrl+Shift+R to set one up from the board's groups."
            )
            return
        self.title_label.setText(round_name(rnd))
        secret = "secret ballot" if rnd.secret else "named vote"
        self.facts_label.setText(
            f"{voting.title(rnd.method)} · {settings_words(rnd)} · {secret} · "
            f"{_state_words(rnd.state)}"
        )
        self.items_label.setText(
            "\n".join(
                f"{n}. {item.label}" for n, item in enumerate(self.session.round_items(rnd.id), 1)
            )
        )
        self.voters_label.setText(self.voters_words(rnd))
        state = rnd.state
        self.edit_button.setEnabled(self._editable(rnd))
        self.open_button.setEnabled(state == "draft")
        self.close_button.setEnabled(state == "open")
        self.kiosk_button.setEnabled(state == "open")
        self.kiosk_button.setText(KIOSK_HAND_OVER if self._kiosk_open(rnd.id) else KIOSK_OPEN)
        counter = voting.method(rnd.method)
        self.hands_button.setEnabled(state != "closed" and bool(counter.hand_levels))
        self.hands_button.setToolTip(
            "" if counter.hand_levels else f"A show of hands cannot express a {counter.title}"
        )
        # Codes identify voters in secret rounds, and in every round under Chatham House.
        self.codes_button.setEnabled(rnd.secret or self.session.info().chatham_house)
        self.results_button.setEnabled(state == "closed")
        if state != "closed":
            self.results_box.hide()
            self.results_note.setText("Results stay hidden until voting closes.")
            return
        try:
            result = tally_round(self.session, rnd.id)
        except BreakoutError as exc:
            self.results_box.hide()
            self.results_note.setText(str(exc))
            return
        self.results_note.setText("")
        self.results_note.hide()
        self._show_result(result)

    def _show_result(self, result: RoundResult) -> None:
        self.result = result
        self.results_box.show()
        self.chart.set_rows(chart_rows(result))
        self.turnout_label.setText(turnout_words(result))
        self.explanation_label.setText(result.explanation)
        self.order_label.setText(result.order_note)
        blocked = ", ".join(result.blocked)
        self.blocked_label.setText(f"Blocked by at least one person: {blocked}" if blocked else "")
        self.blocked_label.setVisible(bool(blocked))
        by_group = result.by_group
        shown = by_group is not None
        for widget in (self.groups_heading, self.groups_table):
            widget.setVisible(shown and bool(by_group))
        self.hidden_label.setVisible(shown and bool(result.hidden_groups))
        if by_group is None:
            self.groups_table.setRowCount(0)
            return
        counter = voting.method(result.method)
        unit = counter.group_unit
        self.groups_heading.setText(f"<b>Support by stakeholder group</b> ({unit})")
        groups = list(by_group)
        self.groups_table.setColumnCount(len(groups))
        self.groups_table.setRowCount(len(result.items))
        self.groups_table.setHorizontalHeaderLabels(groups)
        self.groups_table.setVerticalHeaderLabels([_short(r.label, 50) for r in result.items])
        for row, item in enumerate(result.items):
            for column, group in enumerate(groups):
                value = by_group[group].get(item.item)
                cell = QTableWidgetItem("—" if value is None else counter.support_words(value))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.groups_table.setItem(row, column, cell)
        self.groups_table.resizeColumnsToContents()
        height = self.groups_table.horizontalHeader().height() + 4
        height += sum(self.groups_table.rowHeight(r) for r in range(len(result.items)))
        self.groups_table.setFixedHeight(height)
        hidden = ", ".join(result.hidden_groups)
        self.hidden_label.setText(f"{hidden}: fewer than 3 voters, not shown" if hidden else "")

    # -- questions (replaceable in tests) --------------------------------------------------------

    def ask_round(self) -> RoundSpec | None:
        dialog = RoundDialog(self, self.session.clusters())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value()

    def edit_round_dialog(self, rnd: Round) -> RoundDialog:
        items = self.session.round_items(rnd.id)
        return RoundDialog(self, self.session.clusters(), editing=rnd, items=items)

    def ask_edit_round(self, rnd: Round) -> RoundSpec | None:
        dialog = self.edit_round_dialog(rnd)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value()

    def ask_confirm_close(self, rnd: Round) -> bool:
        answer = QMessageBox.question(
            self,
            "Close voting",
            f"Close voting on “{round_name(rnd)}”?\n\n{self.voters_words(rnd)}. "
            "No more ballots or hand counts after this; the results can then be shown.",
        )
        return answer == QMessageBox.StandardButton.Yes

    def hand_count_dialog(self, round_id: int) -> HandCountDialog:
        rnd = self.session.round(round_id)
        items = [(i.id, i.label) for i in self.session.round_items(round_id)]
        present = self.session.presence().count
        return HandCountDialog(self, rnd, items, present, self.session.hand_tallies(round_id))

    def ask_hand_counts(self, round_id: int) -> dict[int, dict[int, int]] | None:
        dialog = self.hand_count_dialog(round_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.counts()

    def show_codes(self, rows: list[tuple[str, str]]) -> None:
        CodesDialog(self, rows, self.session.info().title).exec()

    # -- actions ----------------------------------------------------------------------------------

    def _round_or_say(self) -> Round | None:
        rnd = self.selected_round()
        if rnd is None:
            self.show_error("choose a voting round first, or set one up with Ctrl+Shift+R")
        return rnd

    def new_round(self) -> None:
        spec = self.ask_round()
        if spec is None:
            return
        change = self.ops.run(
            lambda: self.session.create_round(
                method=spec.method,
                items=spec.items,
                title=spec.title,
                settings=spec.settings,
                secret=spec.secret,
            )
        )
        self.model.reload()
        if change is not None:
            self.select_round(int(change.result))
        self._show_round()

    def _editable(self, rnd: Round) -> bool:
        return rnd.state == "draft" and not self.session.hand_tallies(rnd.id)

    def _edit_if_draft(self) -> None:
        rnd = self.selected_round()
        if rnd is not None and self._editable(rnd):
            self.edit_round()

    def edit_round(self) -> None:
        """Change a draft round (title, method, settings, items) before it opens."""
        rnd = self._round_or_say()
        if rnd is None:
            return
        if not self._editable(rnd):
            self.show_error(
                (
                    "voting has opened in this round"
                    if rnd.state != "draft"
                    else "hand counts are in for this round"
                )
                + ", so it can no longer change; set up a new round (Ctrl+Shift+R) instead"
            )
            return
        spec = self.ask_edit_round(rnd)
        if spec is None:
            return
        self._run(
            lambda: self.session.edit_round(
                rnd.id,
                title=spec.title,
                method=spec.method,
                settings=spec.settings,
                secret=spec.secret,
                items=spec.items,
            )
        )

    def _run(self, operation: Callable[[], Change]) -> Change | None:
        change = self.ops.run(operation)
        self.reload()
        return change

    def open_voting(self) -> None:
        rnd = self._round_or_say()
        if rnd is not None:
            self._run(lambda: self.session.open_round(rnd.id))

    def close_voting(self) -> None:
        rnd = self._round_or_say()
        if rnd is None:
            return
        if rnd.state != "open":
            self.show_error(f"the round is {rnd.state}, not open")
            return
        if self.ask_confirm_close(rnd):
            self._run(lambda: self.session.close_round(rnd.id))

    def show_kiosk(self) -> None:
        rnd = self._round_or_say()
        if rnd is None:
            return
        if rnd.state != "open":
            self.show_error(
                "open voting first; the kiosk takes ballots only while a round is open"
                if rnd.state == "draft"
                else "voting has closed in this round"
            )
            return
        screen = self.shared_screen()
        self._screen = screen
        if screen.kiosk_round() == rnd.id:
            screen.hand_over_kiosk()  # F7 again: the voters get the keyboard
            return
        try:
            screen.show_kiosk(rnd.id)  # opens without taking the console's keyboard
        except BreakoutError as exc:
            self.show_error(str(exc))
            return
        self.kiosk_button.setText(KIOSK_HAND_OVER)

    def _kiosk_open(self, round_id: int) -> bool:
        """Whether this round's kiosk window is open (without opening any screen)."""
        screen = self._screen
        return screen is not None and isValid(screen) and screen.kiosk_round() == round_id

    def show_results(self) -> None:
        rnd = self._round_or_say()
        if rnd is None:
            return
        try:
            self.shared_screen().show_results(rnd.id)  # refuses a round that has not closed
        except BreakoutError as exc:
            self.show_error(str(exc))
            return
        self.kiosk_button.setText(KIOSK_OPEN)  # the kiosk window has closed

    def show_live(self) -> None:
        self.shared_screen().show_live()
        self.kiosk_button.setText(KIOSK_OPEN)  # the kiosk window has closed

    def hand_count(self) -> None:
        rnd = self._round_or_say()
        if rnd is None:
            return
        counts = self.ask_hand_counts(rnd.id)
        if counts is None:
            return
        self._run(lambda: self.session.record_hand_counts(rnd.id, counts))

    def issue_codes(self) -> None:
        if self.ops.run(self.session.issue_voting_codes) is None:
            return
        rows = [(p.name, p.voting_code) for p in self.session.participants() if p.voting_code]
        self.reload()
        self.show_codes([(name, code) for name, code in rows if code is not None])


def _state_words(state: str) -> str:
    return {
        "draft": "not open yet",
        "open": "voting is open",
        "closed": "voting has closed",
    }.get(state, state)


__all__ = [
    "CodesDialog",
    "HandCountDialog",
    "RoundDialog",
    "RoundSpec",
    "RoundsModel",
    "VotePage",
    "ballot_label",
]
