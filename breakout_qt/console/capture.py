"""Capturing what is said, and the contributions at this point (the console's centre).

Ctrl+L goes to the capture box, Ctrl+Shift+L to "Who"; Ctrl+1-4 set the kind;
Enter saves (a walk-in named as "Who" is added in the same step). In the list:
F2 edits, Ctrl+M marks a proposal, Ctrl+P private, Delete deletes.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QVBoxLayout,
)

from breakout.model import KINDS, Contribution, Participant
from breakout.session import Session
from breakout_qt.console.base import Act, Host, Panel
from breakout_qt.i18n import QT_TRANSLATE_NOOP, fill
from breakout_qt.models import KIND_NAMES, ContributionsModel
from breakout_qt.panels import CaptureEdit, MovableTable, heading, names_completer, set_names
from breakout_qt.text_cells import LinesDelegate, keep_columns_fitted
from breakout_qt.undo import Operations

UNATTRIBUTED = QT_TRANSLATE_NOOP("Console", "Unattributed")
# The kinds' menu items (the kinds themselves are named in models.KIND_NAMES).
KIND_ACTS = {
    "comment": QT_TRANSLATE_NOOP("Console", "Kind: Comment"),
    "question": QT_TRANSLATE_NOOP("Console", "Kind: Question"),
    "proposal": QT_TRANSLATE_NOOP("Console", "Kind: Proposal"),
    "concern": QT_TRANSLATE_NOOP("Console", "Kind: Concern"),
}
# The kinds on their buttons.
KIND_BUTTONS = {
    "comment": QT_TRANSLATE_NOOP("Console", "Comment"),
    "question": QT_TRANSLATE_NOOP("Console", "Question"),
    "proposal": QT_TRANSLATE_NOOP("Console", "Proposal"),
    "concern": QT_TRANSLATE_NOOP("Console", "Concern"),
}
KIND_KEYS = {"comment": "Ctrl+1", "question": "Ctrl+2", "proposal": "Ctrl+3", "concern": "Ctrl+4"}
CONTRIBUTION_LINES = 4
# Rows fitted to their text at once; more than any screen shows.
FIT_AT_ONCE = 60
NAME_COLUMN_MOST = 180  # pixels for "Who" in the contributions; longer names end in "…"


def _kind_act(kind: str) -> Act:
    return Act(f"kind_{kind}", KIND_ACTS[kind], KIND_KEYS[kind], partial(_set_kind, kind))


def unattributed() -> str:
    return QCoreApplication.translate("Console", UNATTRIBUTED)


def select_first() -> str:
    return QCoreApplication.translate("Console", "select a contribution in the list first")


def _set_kind(kind: str, panel: CapturePanel) -> None:
    panel.set_kind(kind)


class CapturePanel(Panel):
    ACTIONS = (
        Act("capture", QT_TRANSLATE_NOOP("Console", "&Capture"), "Ctrl+L", lambda p: p.focus()),
        Act(
            "speaker",
            QT_TRANSLATE_NOOP("Console", "Choose &Speaker"),
            "Ctrl+Shift+L",
            lambda p: p.focus_speaker(),
        ),
        *(_kind_act(kind) for kind in KINDS),
        Act(
            "proposal",
            QT_TRANSLATE_NOOP("Console", "Mark / Unmark &Proposal"),
            "Ctrl+M",
            lambda p: p.toggle_proposal(),
        ),
        Act(
            "private",
            QT_TRANSLATE_NOOP("Console", "Mark / Unmark P&rivate"),
            "Ctrl+P",
            lambda p: p.toggle_private(),
        ),
        Act(
            "delete",
            QT_TRANSLATE_NOOP("Console", "&Delete Contribution"),
            "Ctrl+Shift+Delete",
            lambda p: p.delete_selected(),
        ),
    )

    def __init__(self, session: Session, ops: Operations, host: Host) -> None:
        super().__init__(session, ops, host)
        self._speaker_touched = False
        self._fitting = 0
        # False while rows beyond the first screenful are still being fitted to their text.
        self.rows_fitted = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_who_row())
        self.edit = CaptureEdit()
        self.edit.setMaximumHeight(90)
        self.edit.submitted.connect(self.save)
        layout.addWidget(self.edit)
        self.status = QLabel("")
        self.status.setAccessibleName(QCoreApplication.translate("Console", "Capture status"))
        layout.addWidget(self.status)
        self._build_list()
        layout.addWidget(
            heading(
                QCoreApplication.translate(
                    "Console",
                    "Co&ntributions — newest first; F2 edits, Ctrl+M proposal, "
                    "Ctrl+P private, Delete",
                ),
                self.view,
            )
        )
        layout.addWidget(self.view, 1)

    def _build_who_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.speaker_box = QComboBox()
        self.speaker_box.setEditable(True)
        self.speaker_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.speaker_box.setAccessibleName(QCoreApplication.translate("Console", "Who said it"))
        self.speaker_box.setMinimumWidth(200)
        self.speaker_box.setCompleter(names_completer(self.speaker_box))
        self.speaker_box.activated.connect(self._speaker_chosen)
        line = self.speaker_box.lineEdit()
        assert line is not None
        line.textEdited.connect(self._speaker_chosen)
        line.returnPressed.connect(self.focus)
        row.addWidget(heading(QCoreApplication.translate("Console", "Wh&o:"), self.speaker_box))
        row.addWidget(self.speaker_box, 1)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QToolButton] = {}
        for kind in KINDS:
            button = QToolButton()
            name = QCoreApplication.translate("Console", KIND_BUTTONS[kind])
            keys = KIND_KEYS[kind].replace("Ctrl+", "^")
            button.setText(name + " " + keys)
            button.setCheckable(True)
            button.setAccessibleName(QCoreApplication.translate("Console", KIND_ACTS[kind]))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            row.addWidget(button)
        self.kind_buttons["comment"].setChecked(True)
        return row

    def _build_list(self) -> None:
        self.model = ContributionsModel(self.session, self.edit_text)
        self.view = MovableTable(
            QCoreApplication.translate("Console", "Contributions at this point, newest first")
        )
        self.view.setModel(self.model)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.delete_pressed.connect(self.delete_selected)
        self.view.setItemDelegate(
            LinesDelegate(CONTRIBUTION_LINES, self.view, cell_key=self.model.cell_key)
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Time, who and kind follow the rows as they come (a new session's table
        # starts empty); a long name ends in "…" rather than squeezing the text.
        keep_columns_fitted(self.view, (0, 1, 2), NAME_COLUMN_MOST, rows=FIT_AT_ONCE)
        self.model.modelReset.connect(self._fit_rows)
        self.model.rowsInserted.connect(self._fit_new_rows)

    def _fit_rows(self) -> None:
        """Fit the rows a screen shows now; the rest just after the frame is drawn.

        A point may hold thousands of contributions: measuring every row before
        the console first shows (or after a change of point) would keep it blank.
        """
        self._fitting += 1
        self.rows_fitted = False
        self._fit_some(self._fitting, 0)

    def _fit_some(self, generation: int, first: int) -> None:
        if generation != self._fitting:
            return  # the list was reset again since; that round fits it
        last = min(self.model.rowCount(), first + FIT_AT_ONCE)
        for row in range(first, last):
            self.view.resizeRowToContents(row)
        if last < self.model.rowCount():
            QTimer.singleShot(0, self, lambda: self._fit_some(generation, last))
        else:
            self.rows_fitted = True

    def _fit_new_rows(self, _parent: object, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self.view.resizeRowToContents(row)

    # -- actions -------------------------------------------------------------

    def focus(self) -> None:
        self.host.reveal(self)
        self.edit.setFocus()

    def focus_speaker(self) -> None:
        self.host.reveal(self)
        self.speaker_box.setFocus()
        line = self.speaker_box.lineEdit()
        if line is not None:
            line.selectAll()

    def set_kind(self, kind: str) -> None:
        self.kind_buttons[kind].setChecked(True)

    def current_kind(self) -> str:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def _speaker_chosen(self, *_: object) -> None:
        self._speaker_touched = True

    def save(self) -> None:
        text = self.edit.toPlainText().strip()
        if not text:
            return
        if self.session.info().current_point is None:
            self.host.show_error(
                QCoreApplication.translate(
                    "Console", "start a point first (F6); contributions belong to a point"
                )
            )
            return
        who = " ".join(self.speaker_box.currentText().split())
        kind = self.current_kind()
        # Who "Who" means, and adding them if new, is one engine operation with the capture.
        nobody = {UNATTRIBUTED.casefold(), unattributed().casefold()}
        speaker = None if who.casefold() in nobody else who
        change = self.run(
            lambda: self.session.capture.add_by_name(text, speaker=speaker, kind=kind)
        )
        if change is None:
            return
        self.edit.clear()
        self.set_kind("comment")
        self._speaker_touched = False
        self.follow_speaker()
        said = QCoreApplication.translate("Console", "Saved: %1 by %2")
        kind_name = QCoreApplication.translate("Kinds", KIND_NAMES[kind])
        self.status.setText(fill(said, kind_name, who or unattributed()))
        row = self.model.row_of(change.result)
        if row >= 0:
            self.view.scrollTo(self.model.index(row, 0))

    def edit_text(self, contribution_id: int, text: str) -> bool:
        change = self.run(
            lambda: self.session.capture.edit_contribution(contribution_id, text=text)
        )
        return change is not None

    def selected(self) -> Contribution | None:
        item: Contribution | None = self.model.contribution_at(self.view.selected_row())
        return item

    def toggle_proposal(self) -> None:
        item = self.selected()
        if item is None:
            self.host.show_error(select_first())
            return
        kind = "comment" if item.kind == "proposal" else "proposal"
        self.run(lambda: self.session.capture.edit_contribution(item.id, kind=kind))

    def toggle_private(self) -> None:
        """Ctrl+P: a private contribution stays in the file, never on a screen or in an export."""
        item = self.selected()
        if item is None:
            self.host.show_error(select_first())
            return
        if self.run(
            lambda: self.session.capture.edit_contribution(item.id, private=not item.private)
        ):
            self.status.setText(
                QCoreApplication.translate(
                    "Console",
                    "Private: kept in the file, never on the shared screen or in an export",
                )
                if not item.private
                else QCoreApplication.translate(
                    "Console", "No longer private: it goes into exports again"
                )
            )

    def delete_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.run(lambda: self.session.capture.delete_contribution(item.id))

    # -- redrawing -------------------------------------------------------------

    def follow_speaker(self) -> None:
        """Follow the person with the floor, unless someone was chosen by hand."""
        if self._speaker_touched:
            return
        session = self.session
        current = session.info().current_point
        active = session.queue.active_turn(current) if current is not None else None
        name = unattributed()
        if active is not None:
            name = session.participant(active.participant).name
        self.speaker_box.setCurrentText(name)

    def set_point(self, point_id: int | None) -> None:
        self.model.set_point(point_id)

    def set_people(self, people: list[Participant]) -> None:
        current = self.speaker_box.currentText()
        self.speaker_box.blockSignals(True)
        self.speaker_box.clear()
        self.speaker_box.addItem(unattributed(), None)
        for person in people:
            self.speaker_box.addItem(person.name, person.id)
        completer = self.speaker_box.completer()
        if completer is not None:
            set_names(completer, [unattributed(), *(p.name for p in people)])
        self.speaker_box.setCurrentText(current)
        self.speaker_box.blockSignals(False)
