"""Qt item models over engine queries. They read through ``Session`` only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from breakout.clock import point_elapsed
from breakout.model import Point
from breakout.session import Session

Index = QModelIndex | QPersistentModelIndex


def format_minutes(seconds: float) -> str:
    """12:05 style, for clocks; negative values get a minus sign."""
    sign = "-" if seconds < 0 else ""
    seconds = abs(round(seconds))
    return f"{sign}{seconds // 60}:{seconds % 60:02d}"


class AgendaModel(QAbstractTableModel):
    """The agenda: one row per point, in order, with time planned and used."""

    COLUMNS = ("#", "Point", "Time-box", "Used")

    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self._points: list[Point] = []
        self._used: dict[int, float] = {}
        self._current: int | None = None
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._points = self._session.points()
        now = self._session.clock()
        self._used = {
            p.id: point_elapsed(self._session.point_runs(p.id), now) for p in self._points
        }
        self._current = self._session.info().current_point
        self.endResetModel()

    def point_at(self, row: int) -> Point:
        return self._points[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._points)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._points):
            return None
        point = self._points[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(index.row() + 1)
            if column == 1:
                return point.text
            if column == 2:
                return f"{point.minutes} min"
            used = self._used.get(point.id, 0.0)
            return format_minutes(used) if used else "—"
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return point.notes or point.text
        if role == Qt.ItemDataRole.FontRole and point.id == self._current:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 1:
            return f"Point {index.row() + 1}: {point.text}, {point.minutes} minutes"
        return None
