"""The board's tree: its model of groups and their recommendations, and the tree view.

One top-level row per group (suggested groups say so until accepted), then
"Not in a group"; under each, its recommendations. Dragging a proposal onto a
group, and editing a name or a wording in place, are asked of the board
(:class:`breakout_qt.board.Board`), which runs them as engine operations.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTreeView,
)

from breakout.model import Cluster, Recommendation
from breakout.session import Session
from breakout_qt.chart_words import AppWords, isolated
from breakout_qt.i18n import QT_TRANSLATE_NOOP, fill

Index = QModelIndex | QPersistentModelIndex

# What the tree and the model tell the board (names of things, never shown).
GROUP, RECOMMENDATION = "group", "recommendation"
UP, DOWN = "up", "down"
UNGROUPED = -1  # the pseudo-group of recommendations in no group
MIME = "application/x-breakout-recommendation"


@dataclass
class _Group:
    cluster: Cluster | None  # None: "Not in a group"
    members: list[Recommendation]

    @property
    def id(self) -> int:
        return self.cluster.id if self.cluster is not None else UNGROUPED


class BoardModel(QAbstractItemModel):
    """Groups and their recommendations, read from the engine."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Board", "Recommendation"),
        QT_TRANSLATE_NOOP("Board", "From"),
        QT_TRANSLATE_NOOP("Board", "By"),
    )
    move_requested = Signal(int, int)  # recommendation id, group id (UNGROUPED for none)

    def __init__(self, session: Session, *, anonymous: Callable[[], bool]) -> None:
        super().__init__()
        self._session = session
        self._anonymous = anonymous
        self._groups: list[_Group] = []
        self._hide_names = False
        self._names: dict[int, str] = {}
        self._points: dict[int, int] = {}
        self.reload()

    # -- reading ------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        session = self._session
        self._hide_names = self._anonymous()
        self._names = {p.id: p.name for p in session.people.participants()}
        self._points = {p.id: n for n, p in enumerate(session.agenda.points(), 1)}
        active = session.board.recommendations(include_inactive=False)
        groups = [
            _Group(c, [r for r in active if r.cluster == c.id]) for c in session.board.clusters()
        ]
        groups.append(_Group(None, [r for r in active if r.cluster is None]))
        self._groups = groups
        self.endResetModel()

    def group_at(self, index: Index) -> _Group | None:
        if not index.isValid() or index.internalId() != 0:
            return None
        return self._groups[index.row()] if index.row() < len(self._groups) else None

    def recommendation_at(self, index: Index) -> Recommendation | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group = self._groups[index.internalId() - 1]
        return group.members[index.row()] if index.row() < len(group.members) else None

    def group_index(self, group_id: int) -> QModelIndex:
        for row, group in enumerate(self._groups):
            if group.id == group_id:
                return self.index(row, 0)
        return QModelIndex()

    def recommendation_index(self, rec_id: int) -> QModelIndex:
        for row, group in enumerate(self._groups):
            for child, rec in enumerate(group.members):
                if rec.id == rec_id:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    def groups(self) -> list[_Group]:
        return list(self._groups)

    # -- the tree -----------------------------------------------------------------
    # internalId 0 marks a group row; n > 0 marks a child of group row n - 1.

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].members)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Board", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = self.group_at(index)
        if group is not None:
            return self._group_data(group, index.column(), role)
        rec = self.recommendation_at(index)
        if rec is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return rec.text
            if index.column() == 1:
                if rec.point not in self._points:
                    return ""
                return fill(
                    QCoreApplication.translate("Board", "Point %1"), self._points[rec.point]
                )
            if self._hide_names or rec.participant is None:
                return "—"
            return self._names.get(rec.participant, "")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return rec.text
        return None

    def _group_data(self, group: _Group, column: int, role: int) -> Any:
        cluster = group.cluster
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                words = AppWords()
                if cluster is None:
                    return words.tr("Not in a group (%n)", None, len(group.members))
                label = cluster.label or QCoreApplication.translate("Board", "Untitled group")
                if role == Qt.ItemDataRole.EditRole:
                    return label
                if cluster.accepted:
                    return f"{isolated(label)} ({len(group.members)})"
                suggested = words.tr("%1 (%n) — suggested, Enter accepts", None, len(group.members))
                return fill(suggested, isolated(label))
            if column == 1 and cluster is not None and cluster.wording:
                return QCoreApplication.translate("Board", "worded")
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            font.setItalic(cluster is not None and not cluster.accepted)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and cluster is not None:
            return cluster.wording or QCoreApplication.translate(
                "Board", "No consolidated wording yet"
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        group = self.group_at(index)
        if group is not None:
            flags = base | Qt.ItemFlag.ItemIsDropEnabled
            if group.cluster is not None and index.column() == 0:
                flags |= Qt.ItemFlag.ItemIsEditable
            return flags
        flags = base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing and drag and drop go to the engine ---------------------------------

    edit_requested = Signal(str, int, str)  # "group" | "recommendation", id, new text

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 0:
            return False
        text = str(value).strip()
        group = self.group_at(index)
        if group is not None and group.cluster is not None and text != group.cluster.label:
            self.edit_requested.emit(GROUP, group.cluster.id, text)
            return True
        rec = self.recommendation_at(index)
        if rec is not None and text and text != rec.text:
            self.edit_requested.emit(RECOMMENDATION, rec.id, text)
            return True
        return False

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({r.id for i in indexes if (r := self.recommendation_at(i)) is not None})
        data = QMimeData()
        data.setData(MIME, ",".join(map(str, ids)).encode())
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        raw = bytes(data.data(MIME).data()).decode(errors="replace")
        ids = [int(part) for part in raw.split(",") if part.isdigit()]
        target = self.group_at(parent)
        if target is None and parent.isValid():  # dropped onto a recommendation: its group
            target = self.group_at(parent.parent())
        if not ids or target is None:
            return False
        for rec_id in ids:
            self.move_requested.emit(rec_id, target.id)
        return False  # the engine moves them; the view must not remove rows itself


class BoardTree(QTreeView):
    """The board's tree, with keys for everything a mouse can do."""

    key_action = Signal(str)

    KEYS: ClassVar[dict[int, str]] = {
        Qt.Key.Key_Delete: "delete",
        Qt.Key.Key_Return: "accept",
        Qt.Key.Key_Enter: "accept",
    }

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() == Qt.Key.Key_Up:
            self.key_action.emit(UP)
            return
        if alt and event.key() == Qt.Key.Key_Down:
            self.key_action.emit(DOWN)
            return
        if self.state() != QAbstractItemView.State.EditingState and event.key() in self.KEYS:
            self.key_action.emit(self.KEYS[event.key()])
            return
        super().keyPressEvent(event)
