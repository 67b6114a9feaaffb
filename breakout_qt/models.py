"""Qt item models over engine queries. They read through ``Session`` only."""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from breakout.changes import Change
from breakout.clock import point_elapsed
from breakout.model import Contribution, Participant, Point, Turn, from_row
from breakout.session import Session
from breakout_qt.i18n import QT_TRANSLATE_NOOP, fill

Index = QModelIndex | QPersistentModelIndex


def format_minutes(seconds: float) -> str:
    """12:05 style, for clocks; negative values get a minus sign."""
    sign = "-" if seconds < 0 else ""
    seconds = abs(round(seconds))
    return f"{sign}{seconds // 60}:{seconds % 60:02d}"


class ListTableModel(QAbstractTableModel):
    """A flat table over a list of engine records; subclasses name ``COLUMNS``
    and keep their records in ``self._rows``."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Models", self.COLUMNS[section])
        return None


class AgendaModel(ListTableModel):
    """The agenda: one row per point, in order, with time planned and used.

    Rows can be dragged to a new place; the model does not move them itself
    but emits ``move_requested`` so the move goes through the engine (and undo).
    """

    COLUMNS = (
        "#",
        QT_TRANSLATE_NOOP("Models", "Point"),
        QT_TRANSLATE_NOOP("Models", "Time-box"),
        QT_TRANSLATE_NOOP("Models", "Used"),
    )
    MIME = "application/x-breakout-point"
    move_requested = Signal(int, int)  # point id, new index

    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self._rows: list[Point] = []
        self._used: dict[int, float] = {}
        self._current: int | None = None
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._session.agenda.points()
        now = self._session.clock()
        self._used = {
            p.id: point_elapsed(self._session.agenda.point_runs(p.id), now) for p in self._rows
        }
        self._current = self._session.info().current_point
        self.endResetModel()

    def point_at(self, row: int) -> Point:
        return self._rows[row]

    def row_of(self, point_id: int | None) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == point_id), -1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = {i.row() for i in indexes if i.isValid()}
        if rows:
            data.setData(self.MIME, str(self._rows[min(rows)].id).encode())
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        raw = bytes(data.data(self.MIME).data()).decode(errors="replace")
        if action != Qt.DropAction.MoveAction or not raw.isdigit():
            return False
        point_id = int(raw)
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        source = self.row_of(point_id)
        if source < 0:
            return False
        if target > source:
            target -= 1
        if target != source:
            self.move_requested.emit(point_id, target)
        return False  # the engine moves it; the view must not delete the source row

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        point = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(index.row() + 1)
            if column == 1:
                return point.text
            if column == 2:
                return fill(QCoreApplication.translate("Models", "%1 min"), point.minutes)
            used = self._used.get(point.id, 0.0)
            return format_minutes(used) if used else "—"
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return point.notes or point.text
        if role == Qt.ItemDataRole.FontRole and point.id == self._current:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 1:
            said = QCoreApplication.translate("Models", "Point %1: %2, %3 minutes")
            return fill(said, index.row() + 1, point.text, point.minutes)
        return None


def _newest_first(item: Contribution) -> tuple[float, int]:
    return (-item.created_at, -item.id)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class QueueModel(ListTableModel):
    """The speaking queue at one point: who has the floor, then who waits, in order."""

    COLUMNS = (
        "#",
        QT_TRANSLATE_NOOP("Models", "Speaker"),
        QT_TRANSLATE_NOOP("Models", "Group"),
        QT_TRANSLATE_NOOP("Models", "Waiting"),
    )

    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self._point: int | None = None
        self._rows: list[Turn] = []
        self._names: dict[int, Participant] = {}

    def set_point(self, point_id: int | None) -> None:
        self._point = point_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._names = {p.id: p for p in self._session.people.participants()}
        if self._point is None:
            self._rows = []
        else:
            active = self._session.queue.active_turn(self._point)
            self._rows = ([active] if active else []) + self._session.queue.waiting(self._point)
        self.endResetModel()

    def turn_at(self, row: int) -> Turn | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def waiting_row(self, turn_id: int) -> int:
        """The turn's index among the waiting turns (what ``move_turn`` takes)."""
        waiting = [t.id for t in self._rows if t.state == "waiting"]
        return waiting.index(turn_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        turn = self._rows[index.row()]
        person = self._names.get(turn.participant)
        speaking = turn.state == "active"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == 0:
                return "▶" if speaking else str(index.row() + (0 if self._has_active() else 1))
            if column == 1:
                return person.name if person else "?"
            if column == 2:
                return person.stakeholder_group if person else ""
            since = turn.started_at if speaking else turn.requested_at
            seconds = self._session.clock() - (since or 0)
            if speaking:
                return fill(
                    QCoreApplication.translate("Models", "speaking %1"), format_minutes(seconds)
                )
            return format_minutes(seconds)
        if role == Qt.ItemDataRole.ToolTipRole and person is not None and index.column() in (1, 2):
            return " · ".join(p for p in (person.name, person.stakeholder_group) if p)
        if role == Qt.ItemDataRole.FontRole and speaking:
            return _bold()
        return None

    def _has_active(self) -> bool:
        return bool(self._rows) and self._rows[0].state == "active"


# A table cell's flags (as ``QAbstractTableModel.flags`` gives them), and the editable text's.
_CELL = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_TEXT_CELL = _CELL | Qt.ItemFlag.ItemIsEditable

# What a private contribution's tooltip adds.
PRIVATE_NOTE = QT_TRANSLATE_NOOP(
    "Models", "Private (Ctrl+P): kept in the file, never on the shared screen or in an export."
)
# The kinds of contribution, as shown (the engine names them in English).
KIND_NAMES = {
    "comment": QT_TRANSLATE_NOOP("Kinds", "comment"),
    "question": QT_TRANSLATE_NOOP("Kinds", "question"),
    "proposal": QT_TRANSLATE_NOOP("Kinds", "proposal"),
    "concern": QT_TRANSLATE_NOOP("Kinds", "concern"),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("Kinds", KIND_NAMES.get(kind, kind))


class ContributionsModel(ListTableModel):
    """The current point's contributions, newest first; the text edits in place."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Models", "Time"),
        QT_TRANSLATE_NOOP("Models", "Who"),
        QT_TRANSLATE_NOOP("Models", "Kind"),
        QT_TRANSLATE_NOOP("Models", "Contribution"),
    )
    TEXT_COLUMN = 3

    def __init__(self, session: Session, edit: Callable[[int, str], bool]) -> None:
        super().__init__()
        self._session = session
        self._edit = edit
        self._point: int | None = None
        self._rows: list[Contribution] = []
        self._ids: set[int] = set()
        self._names: dict[int, str] = {}

    def set_point(self, point_id: int | None) -> None:
        self._point = point_id
        self.reload()

    def reload(self) -> None:
        """Re-read the point's contributions, changing only what changed.

        A new contribution is inserted at the top and an edited one updated in
        place, so selection, scrolling and any open editor stay put.
        """
        self._names = {p.id: p.name for p in self._session.people.participants()}
        rows = [] if self._point is None else self._session.capture.contributions(self._point)[::-1]
        old_ids = [c.id for c in self._rows]
        new_ids = [c.id for c in rows]
        self._ids = set(new_ids)
        if new_ids == old_ids:
            changed = [i for i, (a, b) in enumerate(zip(self._rows, rows, strict=True)) if a != b]
            self._rows = rows
            if changed:
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), last))
            return
        if new_ids[1:] == old_ids:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._rows = rows
            self.endInsertRows()
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def apply(self, change: Change[Any]) -> None:
        """Follow one change without re-reading the point: the change carries
        the rows it touched. Anything unusual falls back to ``reload``."""
        for row in change.rows:
            if row.table != "contributions":
                continue
            if row.after is not None and row.after["point"] != self._point:
                if row.before is None or row.before["point"] != self._point:
                    continue
                self.reload()
                return
            ident = (row.after or row.before or {}).get("id")
            at = self.row_of(ident) if ident is not None else -1
            if row.before is None and row.after is not None and at < 0:
                item = from_row(Contribution, row.after)
                position = self._place_of(item)
                self.beginInsertRows(QModelIndex(), position, position)
                self._rows.insert(position, item)
                self._ids.add(item.id)
                self.endInsertRows()
            elif row.after is None and at >= 0:
                self.beginRemoveRows(QModelIndex(), at, at)
                self._ids.discard(self._rows[at].id)
                del self._rows[at]
                self.endRemoveRows()
            elif row.after is not None and at >= 0:
                self._rows[at] = from_row(Contribution, row.after)
                self.dataChanged.emit(self.index(at, 0), self.index(at, self.columnCount() - 1))
            elif row.after is not None or at >= 0:
                self.reload()
                return

    def contribution_at(self, row: int) -> Contribution | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, contribution_id: int) -> int:
        if contribution_id not in self._ids:
            return -1
        return next((i for i, c in enumerate(self._rows) if c.id == contribution_id), -1)

    def _place_of(self, item: Contribution) -> int:
        """Where ``item`` goes in the newest-first list: at the top, as a rule."""
        rows = self._rows
        if not rows or (item.created_at, item.id) > (rows[0].created_at, rows[0].id):
            return 0
        return bisect.bisect_left(rows, (-item.created_at, -item.id), key=_newest_first)

    def cell_key(self, index: Index) -> Hashable:
        """All a cell shows, as one value: equal keys draw the same cell."""
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        item = self._rows[row]
        return (index.column(), item, self._names.get(item.participant or -1))

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Asked for every cell drawn: the answers are worked out once.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _TEXT_CELL if index.column() == self.TEXT_COLUMN else _CELL

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return time.strftime("%H:%M", time.localtime(item.created_at))
            if column == 1:
                if item.participant is None:
                    return QCoreApplication.translate("Console", "Unattributed")
                return self._names.get(item.participant, "?")
            if column == 2:
                kind = kind_name(item.kind)
                return (
                    fill(QCoreApplication.translate("Models", "%1 · private"), kind)
                    if item.private
                    else kind
                )
            return item.text
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT_COLUMN:
            note = (
                "\n\n" + QCoreApplication.translate("Models", PRIVATE_NOTE) if item.private else ""
            )
            return item.text + note
        if role == Qt.ItemDataRole.FontRole and (item.kind == "proposal" or item.private):
            font = _bold() if item.kind == "proposal" else QFont()
            font.setItalic(item.private)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            who = self._names.get(
                item.participant or -1, QCoreApplication.translate("Console", "Unattributed")
            )
            said = QCoreApplication.translate("Models", "%1 by %2: %3")
            if item.private:
                said = QCoreApplication.translate("Models", "%1 (private) by %2: %3")
            return fill(said, kind_name(item.kind), who, item.text)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.TEXT_COLUMN:
            return False
        item = self.contribution_at(index.row())
        if item is None or str(value).strip() == item.text:
            return False
        # The edit goes through the engine (and the undo stack); the model then reloads.
        return self._edit(item.id, str(value))


class ParticipantsModel(ListTableModel):
    """The roster, with check-in as a checkbox."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Models", "Here"),
        QT_TRANSLATE_NOOP("Models", "Name"),
        QT_TRANSLATE_NOOP("Models", "Organisation"),
        QT_TRANSLATE_NOOP("Models", "Group"),
        QT_TRANSLATE_NOOP("Models", "Region"),
        QT_TRANSLATE_NOOP("Models", "Gender"),
    )

    def __init__(self, session: Session, check_in: Callable[[int, bool], bool]) -> None:
        super().__init__()
        self._session = session
        self._check_in = check_in
        self._rows: list[Participant] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._session.people.participants()
        self.endResetModel()

    def participant_at(self, row: int) -> Participant | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if person.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole and column > 0:
            return (
                person.name,
                person.organisation,
                person.stakeholder_group,
                person.region,
                person.gender,
            )[column - 1]
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return (
                QCoreApplication.translate("Models", "present")
                if person.present
                else QCoreApplication.translate("Models", "not checked in")
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        person = self.participant_at(index.row())
        if person is None:
            return False
        present = Qt.CheckState(value) == Qt.CheckState.Checked
        return self._check_in(person.id, present)
