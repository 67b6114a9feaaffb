"""Who is in the room (the left column's second tab).

Space checks the selected person in or out, Enter edits them; a name typed
below (Ctrl+Shift+N) checks in a late arrival, or adds them checked in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QVBoxLayout

from breakout.model import Participant
from breakout.session import Session
from breakout_qt.console.base import Act, Host, Panel
from breakout_qt.i18n import QT_TRANSLATE_NOOP, console_words, fill
from breakout_qt.models import ParticipantsModel
from breakout_qt.panels import MovableTable, NameEntry, heading
from breakout_qt.undo import Operations


class PeoplePanel(Panel):
    ACTIONS = (
        Act(
            "participants",
            QT_TRANSLATE_NOOP("Console", "&Participants"),
            "Ctrl+Shift+P",
            lambda p: p.focus(),
        ),
        Act(
            "late",
            QT_TRANSLATE_NOOP("Console", "Add &Late Arrival…"),
            "Ctrl+Shift+N",
            lambda p: p.focus_late_arrival(),
        ),
    )

    def __init__(self, session: Session, ops: Operations, host: Host) -> None:
        super().__init__(session, ops, host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.model = ParticipantsModel(session, self.check_in)
        self.view = MovableTable(QCoreApplication.translate("Console", "Participants"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(lambda index: self.ask_edit(index.row()))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.late_entry = NameEntry(
            QCoreApplication.translate("Console", "Someone arriving? Type a name, Enter"),
            QCoreApplication.translate("Console", "Add a late arrival"),
        )
        self.late_entry.returnPressed.connect(self.add_late_arrival)
        self.present_label = QLabel()
        keys = heading(
            QCoreApplication.translate("Console", "Participants — Space checks in, Enter edits")
        )
        keys.setWordWrap(True)  # longer in some languages than the column is wide
        layout.addWidget(keys)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.present_label)
        layout.addWidget(self.late_entry)
        self.setFocusProxy(self.view)

    # -- actions -------------------------------------------------------------

    def focus(self) -> None:
        self.host.reveal(self)
        self.view.setFocus()

    def focus_late_arrival(self) -> None:
        self.host.reveal(self)
        self.late_entry.setFocus()

    def check_in(self, participant_id: int, present: bool) -> bool:
        return self.run(lambda: self.session.people.check_in(participant_id, present)) is not None

    def add_late_arrival(self) -> None:
        name = self.late_entry.text().strip()
        if name and self.run(lambda: self.session.people.arrive(name)) is not None:
            self.late_entry.setText("")

    def ask_participant(self, person: Participant | None) -> tuple[dict[str, str], bool] | None:
        from breakout_qt.dialogs import ParticipantDialog

        dialog = ParticipantDialog(self, person)
        return (
            dialog.result_value()
            if dialog.exec() == ParticipantDialog.DialogCode.Accepted
            else None
        )

    def ask_edit(self, row: int) -> None:
        person = self.model.participant_at(row)
        if person is None:
            return
        values = self.ask_participant(person)
        if values is None:
            return
        fields, named = values
        self.run(
            lambda: self.session.people.edit_participant(person.id, may_be_named=named, **fields)
        )

    # -- redrawing -------------------------------------------------------------

    def set_people(self, people: list[Participant]) -> None:
        self.model.reload()
        self.late_entry.set_names([p.name for p in people])
        present = sum(1 for p in people if p.present)
        words = console_words()
        self.present_label.setText(
            fill(words.tr("%1 of %n checked in", None, len(people)), present)
        )
