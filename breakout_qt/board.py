"""The recommendations board: proposals, suggested groups, and the people's edits.

A tree: one top-level row per group (suggested groups say so until accepted),
then "Not in a group"; under each, its recommendations. Everything — moving a
proposal between groups by drag and drop or by keyboard, merging, splitting,
renaming, wording — is an engine operation run by the main window, so it
commits at once and undoes with Ctrl+Z. The tree's model and view are in
:mod:`breakout_qt.board_model`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from breakout.changes import Area, Change
from breakout.model import Cluster, Recommendation
from breakout.session import Session
from breakout_qt.board_model import UNGROUPED, BoardModel, BoardTree, _Group
from breakout_qt.board_suggest import Suggesting, SuggestWorker
from breakout_qt.chart_words import AppWords, isolated
from breakout_qt.i18n import fill
from breakout_qt.panels import heading, page_actions
from breakout_qt.undo import Operations

DUPLICATES_SHOWN = 50  # the most alike pairs first; more would bury them


class Board(Suggesting):
    """The page: the tree, the chosen group's wording, and possible duplicates.

    Its actions run engine operations through the window's ``Operations``
    (so they land on the shared undo stack); its questions are ``ask_*``
    methods tests can replace.
    """

    # What the page shows: proposals and groups, with the names of who made them.
    AREAS = frozenset({Area.BOARD, Area.GROUPS, Area.PEOPLE})

    def __init__(
        self,
        session: Session,
        ops: Operations,
        *,
        anonymous: Callable[[], bool],
        show_error: Callable[[str], None],
    ) -> None:
        super().__init__()
        self.session = session
        self.ops = ops
        self.show_error = show_error
        self.duplicates: list[tuple[int, int, float]] = []
        # The group whose wording the editor holds (None: no group, or its group
        # is gone) and the wording it last had from the engine.
        self._wording_group: int | None = None
        self._wording_loaded = ""
        self._reloading = False
        self.worker: SuggestWorker | None = None
        self.progress: QProgressDialog | None = None
        self.model = BoardModel(session, anonymous=anonymous)
        self.model.move_requested.connect(self.move_to_group)
        self.model.edit_requested.connect(self._edit_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(self._grouping_bar())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_tree())
        splitter.addWidget(self._wording_side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 460])  # the proposals get the room; the wording the rest
        layout.addWidget(splitter, 1)
        self.actions_by_name = self._build_actions()

    # -- the board's parts: the grouping bar, the tree, the wording side ------------

    def _grouping_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.suggest_button = QPushButton(
            QCoreApplication.translate("Board", "&Suggest groups (Ctrl+G)")
        )
        self.suggest_button.clicked.connect(self.suggest_groups)
        self.accept_all_button = QPushButton(
            QCoreApplication.translate("Board", "&Accept all suggestions")
        )
        self.accept_all_button.clicked.connect(self.accept_all)
        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(QCoreApplication.translate("Board", "Grouping status"))
        bar.addWidget(self.suggest_button)
        bar.addWidget(self.accept_all_button)
        bar.addWidget(self.status_label, 1)
        return bar

    def _build_tree(self) -> BoardTree:
        self.tree = BoardTree()
        self.tree.setAccessibleName(QCoreApplication.translate("Board", "Recommendations by group"))
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        # One line a row (the full text is in the tooltip and the editor): a board
        # of 2,000 proposals then lays out in milliseconds, not a quarter second.
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing to contents would read every row on each redraw.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 70)
        header.resizeSection(2, 170)
        self.model.modelReset.connect(self.tree.expandAll)
        self.tree.expandAll()
        self.tree.key_action.connect(self._key_action)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._current_moved())
        return self.tree

    def _wording_side(self) -> QWidget:
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        self.group_title = QLabel(
            QCoreApplication.translate("Board", "Choose a group to word its recommendation")
        )
        self.group_title.setWordWrap(True)
        bold = self.group_title.font()
        bold.setBold(True)
        self.group_title.setFont(bold)
        self.wording = WordingEdit()
        self.wording.setAccessibleName(
            QCoreApplication.translate("Board", "The group's consolidated recommendation")
        )
        self.wording.setPlaceholderText(
            QCoreApplication.translate(
                "Board", "Write the recommendation this group puts to the vote. Ctrl+Enter saves."
            )
        )
        self.wording.save_requested.connect(self.save_wording)
        self.wording.left.connect(self.commit_wording)
        self.save_wording_button = QPushButton(
            QCoreApplication.translate("Board", "Save w&ording (Ctrl+Enter)")
        )
        self.save_wording_button.clicked.connect(self.save_wording)
        self.duplicates_list = QListWidget()
        self.duplicates_list.setAccessibleName(
            QCoreApplication.translate("Board", "Possible duplicates: Enter merges the pair")
        )
        self.duplicates_list.setWordWrap(True)
        self.duplicates_list.itemActivated.connect(
            lambda item: self.merge_duplicate(self.duplicates_list.row(item))
        )
        help_label = QLabel(
            QCoreApplication.translate(
                "Board",
                "Enter accepts a suggested group · Delete dissolves a group or withdraws a "
                "proposal · F2 renames or rewords · Ctrl+Shift+M moves the selection to a group "
                "· Ctrl+Shift+J merges this group into another · Ctrl+Shift+K splits the "
                "selection off · Ctrl+Shift+D merges selected proposals as duplicates · "
                "Alt+↑/↓ reorders",
            )
        )
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color: palette(dark);")
        side_layout.addWidget(self.group_title)
        side_layout.addWidget(self.wording, 2)
        side_layout.addWidget(self.save_wording_button)
        side_layout.addWidget(
            heading(
                QCoreApplication.translate("Board", "Possible d&uplicates — Enter merges"),
                self.duplicates_list,
            )
        )
        side_layout.addWidget(self.duplicates_list, 1)
        side_layout.addWidget(help_label)
        return side

    def _build_actions(self) -> dict[str, QAction]:
        app = QCoreApplication
        return page_actions(
            self,
            [
                (
                    "suggest",
                    app.translate("Board", "Suggest Groups"),
                    "Ctrl+G",
                    self.suggest_groups,
                ),
                (
                    "move",
                    app.translate("Board", "Move to Group…"),
                    "Ctrl+Shift+M",
                    self.ask_move_selection,
                ),
                (
                    "merge",
                    app.translate("Board", "Merge Group Into…"),
                    "Ctrl+Shift+J",
                    self.ask_merge_group,
                ),
                (
                    "split",
                    app.translate("Board", "Split Selection Off"),
                    "Ctrl+Shift+K",
                    self.split_selection,
                ),
                (
                    "duplicates",
                    app.translate("Board", "Merge Selected as Duplicates"),
                    "Ctrl+Shift+D",
                    self.merge_selected,
                ),
            ],
        )

    # -- refreshing -----------------------------------------------------------------

    def reload(self) -> None:
        current = self.selected_group()
        self._reloading = True
        try:
            self.model.reload()
            if current is not None:
                index = self.model.group_index(current.id)
                if index.isValid():
                    self.tree.setCurrentIndex(index)
        finally:
            self._reloading = False
        self._show_group()
        self._show_duplicates()

    # -- the wording: what a person types is saved, never dropped ---------------------
    #
    # Typed wording is saved (one engine operation, undoable like any other)
    # when the selection moves to another group, when the keyboard leaves the
    # box, when the page changes and when the window closes: the text typed is
    # what the person meant, and Ctrl+Z takes it back. Only when its group has
    # gone meanwhile (an undo, say) is there nowhere to save it: then the text
    # stays in the box until the person gives it to a group, and closing asks.

    def wording_pending(self) -> bool:
        """Is there typed wording the engine does not have?"""
        return self.wording.isEnabled() and (
            self.wording.toPlainText().strip() != self._wording_loaded.strip()
        )

    def commit_wording(self) -> bool:
        """Save typed wording to its group; False if it is still unsaved (its
        group is gone, or the engine refused and said why)."""
        if not self.wording_pending():
            return True
        owner = self._wording_group
        if owner is None or not self._group_exists(owner):
            return False
        text = self.wording.toPlainText()
        if self._run(lambda: self.session.board.edit_cluster(owner, wording=text)) is None:
            return False
        self._wording_loaded = text
        self._show_group()
        return True

    def settle_wording(self) -> bool:
        """Before the board goes away: save typed wording, or ask whether to
        drop what cannot be saved. False: keep the board (the person said no)."""
        if self.commit_wording():
            return True
        if not self.ask_discard_wording(self.wording.toPlainText()):
            self.wording.setFocus()
            return False
        self._wording_loaded = self.wording.toPlainText()
        return True

    def ask_discard_wording(self, text: str) -> bool:
        question = QCoreApplication.translate(
            "Board",
            "The group this wording was written for is gone, so it has not been saved:\n\n"
            "%1\n\nDiscard it? (No keeps it: choose a group and press "
            "Ctrl+Enter to give it this wording.)",
        )
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("Board", "Unsaved wording"),
            fill(question, text.strip()),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _group_exists(self, cluster_id: int) -> bool:
        return any(c.id == cluster_id for c in self.session.board.clusters())

    def _current_moved(self) -> None:
        if not self._reloading:
            self.commit_wording()  # the wording typed for the group being left
        self._show_group()

    def _show_group(self) -> None:
        group = self.selected_group()
        selected = group.cluster if group is not None else None
        if self.wording_pending():
            owner = self._wording_group
            if owner is not None and not self._group_exists(owner):
                self._wording_group = owner = None
            if owner is None or selected is None or selected.id != owner:
                self._show_unsaved(selected, owner)
                return
        if selected is None:
            self.group_title.setText(
                QCoreApplication.translate("Board", "Choose a group to word its recommendation")
            )
            self.wording.setPlainText("")
            self.wording.setEnabled(False)
            self._wording_group = None
            self._wording_loaded = ""
            return
        cluster = self.session.cluster(selected.id)
        label = cluster.label or QCoreApplication.translate("Board", "Untitled group")
        suggested = QCoreApplication.translate("Board", "%1 (suggested)")
        self.group_title.setText(label if cluster.accepted else fill(suggested, isolated(label)))
        self.wording.setEnabled(True)
        if not self.wording_pending() or self._wording_group != cluster.id:
            if self.wording.toPlainText() != cluster.wording:
                self.wording.setPlainText(cluster.wording)
            self._wording_group = cluster.id
            self._wording_loaded = cluster.wording

    def _show_unsaved(self, selected: Cluster | None, owner: int | None) -> None:
        """The box keeps typed wording that has no group to go to yet."""
        self.wording.setEnabled(True)
        untitled = QCoreApplication.translate("Board", "Untitled group")
        if owner is not None:
            label = self.session.cluster(owner).label or untitled
            said = QCoreApplication.translate("Board", "Not saved yet: the wording for “%1”")
            self.group_title.setText(fill(said, label))
        elif selected is not None:
            label = selected.label or untitled
            said = QCoreApplication.translate(
                "Board",
                "Its group is gone, so this wording is not saved: Ctrl+Enter gives it to “%1”",
            )
            self.group_title.setText(fill(said, label))
        else:
            self.group_title.setText(
                QCoreApplication.translate(
                    "Board",
                    "Its group is gone, so this wording is not saved: choose a group, then "
                    "Ctrl+Enter gives it this wording",
                )
            )

    def _show_duplicates(self) -> None:
        active = {r.id: r for r in self.session.board.recommendations(include_inactive=False)}
        self.duplicates = [d for d in self.duplicates if d[0] in active and d[1] in active]
        self.duplicates_list.clear()
        for a, b, similarity in self.duplicates[:DUPLICATES_SHOWN]:
            alike = QCoreApplication.translate("Board", "%1\n≈ %2  (%3 % alike)")
            pair = fill(alike, active[a].text, active[b].text, round(similarity * 100))
            self.duplicates_list.addItem(pair)
        hidden = len(self.duplicates) - DUPLICATES_SHOWN
        if hidden > 0:
            words = AppWords()
            self.duplicates_list.addItem(
                words.tr("… and %n more pairs; merge these first", None, hidden)
            )

    # -- selection helpers ------------------------------------------------------------

    def selected_group(self) -> _Group | None:
        index = self.tree.currentIndex()
        group = self.model.group_at(index)
        if group is None and index.isValid():
            group = self.model.group_at(index.parent())
        return group

    def selected_recommendations(self) -> list[Recommendation]:
        picked = []
        for index in self.tree.selectionModel().selectedRows(0):
            rec = self.model.recommendation_at(index)
            if rec is not None:
                picked.append(rec)
        return picked

    def ask_group(self, title: str, exclude: int | None = None) -> int | None:
        """Pick a group by name (keyboard-friendly); None if cancelled."""
        choices = [g for g in self.model.groups() if g.id != exclude]
        names = [self.model.data(self.model.group_index(g.id)) for g in choices]
        name, ok = QInputDialog.getItem(
            self, title, QCoreApplication.translate("Board", "Group:"), names, 0, False
        )
        if not ok:
            return None
        return choices[names.index(name)].id

    # -- actions -------------------------------------------------------------------

    def _run(self, operation: Callable[[], Change[Any]]) -> Change[Any] | None:
        return self.ops.run(operation)

    def move_to_group(self, rec_id: int, group_id: int) -> None:
        target = None if group_id == UNGROUPED else group_id
        if self.session.recommendation(rec_id).cluster != target:
            self._run(lambda: self.session.board.set_cluster(rec_id, target))

    def ask_move_selection(self) -> None:
        recs = self.selected_recommendations()
        if not recs:
            self.show_error(
                QCoreApplication.translate("Board", "select one or more proposals to move")
            )
            return
        target = self.ask_group(QCoreApplication.translate("Board", "Move to group"))
        if target is None:
            return
        group = None if target == UNGROUPED else target
        self._run(lambda: self.session.board.move_recommendations([r.id for r in recs], group))

    def ask_merge_group(self) -> None:
        group = self.selected_group()
        if group is None or group.cluster is None:
            self.show_error(QCoreApplication.translate("Board", "select a group to merge"))
            return
        target = self.ask_group(
            QCoreApplication.translate("Board", "Merge this group into"), exclude=group.id
        )
        if target is None or target == UNGROUPED:
            return
        self._run(lambda: self.session.board.merge_clusters(target, [group.id]))

    def split_selection(self) -> None:
        recs = self.selected_recommendations()
        groups = {r.cluster for r in recs}
        if not recs or len(groups) != 1 or None in groups:
            self.show_error(
                QCoreApplication.translate(
                    "Board", "select proposals of one group to split them off"
                )
            )
            return
        (cluster,) = groups
        assert cluster is not None
        self._run(lambda: self.session.board.split_cluster(cluster, [r.id for r in recs]))

    def merge_selected(self) -> None:
        recs = self.selected_recommendations()
        if len(recs) < 2:
            self.show_error(
                QCoreApplication.translate(
                    "Board", "select two or more proposals that say the same thing"
                )
            )
            return
        keep, *rest = recs
        self._run(lambda: self.session.board.merge_recommendations(keep.id, [r.id for r in rest]))

    def merge_duplicate(self, row: int) -> None:
        if 0 <= row < min(len(self.duplicates), DUPLICATES_SHOWN):
            keep, other, _ = self.duplicates[row]
            self._run(lambda: self.session.board.merge_recommendations(keep, [other]))

    def accept_all(self) -> None:
        self._run(self.session.board.accept_all_suggestions)

    def save_wording(self) -> None:
        """Ctrl+Enter: the box's wording to its group — or, if that group is
        gone, to the group chosen now."""
        target = self._wording_group
        if target is None or not self._group_exists(target):
            group = self.selected_group()
            target = group.cluster.id if group is not None and group.cluster else None
        if target is None:
            self.show_error(
                QCoreApplication.translate("Board", "choose a group to give this wording to")
            )
            return
        cluster_id = target
        text = self.wording.toPlainText()
        if self._run(lambda: self.session.board.edit_cluster(cluster_id, wording=text)) is None:
            return
        self._wording_group = cluster_id
        self._wording_loaded = text
        self._show_group()

    def _edit_requested(self, kind: str, ident: int, text: str) -> None:
        if kind == "group":
            self._run(lambda: self.session.board.edit_cluster(ident, label=text))
        else:
            self._run(lambda: self.session.board.edit_recommendation(ident, text))

    def _key_action(self, name: str) -> None:
        group = self.selected_group()
        recs = self.selected_recommendations()
        index = self.tree.currentIndex()
        on_group = self.model.group_at(index) is not None
        if name == "accept" and on_group and group is not None and group.cluster is not None:
            if not group.cluster.accepted:
                cluster_id = group.cluster.id
                self._run(lambda: self.session.board.accept_cluster(cluster_id))
            else:
                self.wording.setFocus()
        elif name == "delete" and on_group and group is not None and group.cluster is not None:
            cluster_id = group.cluster.id
            self._run(lambda: self.session.board.delete_cluster(cluster_id))
        elif name == "delete" and recs:
            self._run(lambda: self.session.board.withdraw_recommendations([r.id for r in recs]))
        elif name in ("up", "down") and group is not None and group.cluster is not None:
            step = -1 if name == "up" else 1
            cluster_id = group.cluster.id
            position = group.cluster.position + step
            self._run(lambda: self.session.board.move_cluster(cluster_id, max(0, position)))


class WordingEdit(QPlainTextEdit):
    """The consolidated wording; Ctrl+Enter saves, and so does leaving the box."""

    save_requested = Signal()
    left = Signal()  # the keyboard went elsewhere in the window

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # A menu or another window taking the keyboard for a moment is not leaving.
        passing = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
        if event.reason() not in passing:
            self.left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.save_requested.emit()
            return
        super().keyPressEvent(event)


__all__ = ["Board", "SuggestWorker", "WordingEdit"]
