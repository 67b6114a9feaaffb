"""Small dialogs. Each returns what the person chose; the window runs the operation."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from breakout.errors import BreakoutError
from breakout.model import Participant, Point, SessionInfo
from breakout.when import check_time_zone, local_time, zone_label, zone_of
from breakout_qt.i18n import QT_TRANSLATE_NOOP, fill


def plain(text: str) -> str:
    """A menu text without its mnemonic: "&File" and "文件(&F)" are "File" and "文件"."""
    return re.sub(r"\s*\(&\w\)", "", text).replace("&", "")


def buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    # Plain texts: Enter and Escape are their keys, and no desktop theme adds a
    # letter ("&Cancel") that clashes with the dialog's own.
    for which, text in (
        (QDialogButtonBox.StandardButton.Ok, QCoreApplication.translate("Dialogs", "OK")),
        (QDialogButtonBox.StandardButton.Cancel, QCoreApplication.translate("Dialogs", "Cancel")),
    ):
        button = box.button(which)
        assert button is not None
        button.setText(text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


@dataclass(frozen=True)
class PointEdit:
    text: str
    notes: str
    minutes: int


class PointDialog(QDialog):
    """Edit a point's text, prompt notes and time-box (or write a new point)."""

    def __init__(self, parent: QWidget | None, point: Point | None, default_minutes: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("Dialogs", "Edit point")
            if point
            else QCoreApplication.translate("Dialogs", "New point")
        )
        self.text = QPlainTextEdit(point.text if point else "")
        self.text.setAccessibleName(QCoreApplication.translate("Dialogs", "Point text"))
        self.text.setTabChangesFocus(True)
        self.notes = QPlainTextEdit(point.notes if point else "")
        self.notes.setAccessibleName(
            QCoreApplication.translate("Dialogs", "Prompt notes for the facilitator")
        )
        self.notes.setTabChangesFocus(True)
        self.minutes = QSpinBox()
        self.minutes.setAccessibleName(QCoreApplication.translate("Dialogs", "Time-box in minutes"))
        self.minutes.setRange(1, 600)
        self.minutes.setSuffix(QCoreApplication.translate("Dialogs", " min"))
        self.minutes.setValue(point.minutes if point else default_minutes)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Dialogs", "&Question:"), self.text)
        form.addRow(
            QCoreApplication.translate("Dialogs", "&Notes (never on the shared screen):"),
            self.notes,
        )
        form.addRow(QCoreApplication.translate("Dialogs", "&Time-box:"), self.minutes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons(self))
        self.resize(560, 360)

    def result_value(self) -> PointEdit:
        return PointEdit(self.text.toPlainText(), self.notes.toPlainText(), self.minutes.value())


@dataclass(frozen=True)
class SettingsEdit:
    title: str
    facilitator: str
    rapporteur: str
    chatham_house: bool
    default_minutes: int
    start: dt.datetime | None = None  # the wall-clock time in ``time_zone``; None: not set
    time_zone: str = ""  # an IANA name; "": this computer's zone

    def starts_at(self) -> float | None:
        """The start as Unix seconds; a zone this computer does not know is refused."""
        if self.start is None:
            return None
        return self.start.replace(tzinfo=zone_of(self.time_zone.strip())).timestamp()


class SettingsDialog(QDialog):
    """Session settings: Chatham House mode, default time-box, who runs it, and
    when and where (the time zone) the breakout takes place."""

    def __init__(self, parent: QWidget | None, info: SessionInfo) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Session settings"))
        self.title = QLineEdit(info.title)
        self.facilitator = QLineEdit(info.facilitator)
        self.rapporteur = QLineEdit(info.rapporteur)
        self.chatham = QCheckBox(
            QCoreApplication.translate(
                "Dialogs", "&Chatham House Rule: no names on the shared screen or in exports"
            )
        )
        self.chatham.setChecked(info.chatham_house)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 600)
        self.minutes.setSuffix(QCoreApplication.translate("Dialogs", " min"))
        self.minutes.setValue(info.default_minutes)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Dialogs", "&Title:"), self.title)
        form.addRow(QCoreApplication.translate("Dialogs", "&Facilitator:"), self.facilitator)
        form.addRow(QCoreApplication.translate("Dialogs", "&Rapporteur:"), self.rapporteur)
        form.addRow("", self.chatham)
        form.addRow(QCoreApplication.translate("Dialogs", "&Default time-box:"), self.minutes)
        self._add_when(form, info)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(QCoreApplication.translate("Dialogs", "What to correct"))
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons(self))
        self.resize(560, 300)

    def _add_when(self, form: QFormLayout, info: SessionInfo) -> None:
        """The start (date and time in the session's zone) and the zone."""
        self.start_known = QCheckBox(QCoreApplication.translate("Dialogs", "&Starts at:"))
        self.start_known.setToolTip(
            QCoreApplication.translate(
                "Dialogs", "Leave unticked to take the time the first point started"
            )
        )
        self.start = QDateTimeEdit()
        self.start.setAccessibleName(
            QCoreApplication.translate("Dialogs", "When the breakout starts, in its time zone")
        )
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm")
        now = QDateTime.currentDateTime()
        self.start.setDateTime(QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.setAccessibleName(
            QCoreApplication.translate("Dialogs", "Time zone of the breakout")
        )
        self.zone.addItems(["", *sorted(available_timezones())])
        completer = QCompleter(self.zone.model(), self.zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(completer)
        line = self.zone.lineEdit()
        assert line is not None
        here = zone_label(dt.datetime.now().astimezone(), "")
        line.setPlaceholderText(
            fill(QCoreApplication.translate("Dialogs", "This computer's zone (%1)"), here)
        )
        self.zone.setCurrentText(info.time_zone)
        if info.starts_at is not None:
            self.start_known.setChecked(True)
            try:
                moment = local_time(info.starts_at, info.time_zone)
            except BreakoutError:  # a zone this computer does not know: its own
                moment = local_time(info.starts_at, "")
            self.start.setDateTime(
                QDateTime(
                    QDate(moment.year, moment.month, moment.day),
                    QTime(moment.hour, moment.minute),
                )
            )
        self.start.setEnabled(self.start_known.isChecked())
        self.start_known.toggled.connect(self.start.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.start, 1)
        form.addRow(self.start_known, row)
        form.addRow(QCoreApplication.translate("Dialogs", "Time &zone:"), self.zone)

    def accept(self) -> None:
        """Close with OK only when the zone is one this computer knows."""
        try:
            check_time_zone(self.zone.currentText())
        except BreakoutError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            self.zone.setFocus()
            return
        super().accept()

    def result_value(self) -> SettingsEdit:
        start = None
        if self.start_known.isChecked():
            value = self.start.dateTime()
            day, clock = value.date(), value.time()
            start = dt.datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())
        return SettingsEdit(
            self.title.text(),
            self.facilitator.text(),
            self.rapporteur.text(),
            self.chatham.isChecked(),
            self.minutes.value(),
            start,
            self.zone.currentText().strip(),
        )


class ParticipantDialog(QDialog):
    """A participant's details (and consent to be named in the report)."""

    FIELDS = (
        ("name", QT_TRANSLATE_NOOP("Dialogs", "&Name:")),
        ("organisation", QT_TRANSLATE_NOOP("Dialogs", "&Organisation:")),
        ("stakeholder_group", QT_TRANSLATE_NOOP("Dialogs", "Stakeholder &group:")),
        ("region", QT_TRANSLATE_NOOP("Dialogs", "&Region:")),
        ("gender", QT_TRANSLATE_NOOP("Dialogs", "G&ender:")),
    )

    def __init__(self, parent: QWidget | None, person: Participant | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Participant"))
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name, source in self.FIELDS:
            label = QCoreApplication.translate("Dialogs", source)
            edit = QLineEdit(getattr(person, name) if person else "")
            edit.setAccessibleName(plain(label).rstrip(":："))
            self.edits[name] = edit
            form.addRow(label, edit)
        self.named = QCheckBox(QCoreApplication.translate("Dialogs", "&May be named in the report"))
        self.named.setChecked(bool(person and person.may_be_named))
        form.addRow("", self.named)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons(self))
        self.resize(460, 260)

    def result_value(self) -> tuple[dict[str, str], bool]:
        return {k: e.text() for k, e in self.edits.items()}, self.named.isChecked()


class ShortcutsDialog(QDialog):
    """Every action that has a key, listed from the actions themselves.

    A list to read, not to edit: Enter or Escape closes it.
    """

    def __init__(self, parent: QWidget | None, actions: list[QAction]) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Keyboard shortcuts"))
        rows = [
            (plain(a.text()).rstrip("…"), a.shortcut().toString())
            for a in actions
            if not a.shortcut().isEmpty()
        ]
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName(QCoreApplication.translate("Dialogs", "Keyboard shortcuts"))
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Dialogs", "Action"),
                QCoreApplication.translate("Dialogs", "Keys"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for row, (text, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(text))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = box.button(QDialogButtonBox.StandardButton.Close)
        assert close is not None
        close.setText(QCoreApplication.translate("Dialogs", "Close"))
        close.setDefault(True)  # Enter in the list closes it, as Escape does
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(480, 620)
