"""The facilitator's main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from breakout.errors import BreakoutError
from breakout.session import Session
from ui.models import AgendaModel


class MainWindow(QMainWindow):
    def __init__(self, session: Session | None = None) -> None:
        super().__init__()
        self.session: Session | None = None
        self.agenda_model: AgendaModel | None = None
        self.resize(1200, 760)
        self._build_menus()
        self.set_session(session)

    # -- building ----------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = QAction(
            "&Open…", self, shortcut=QKeySequence(QKeySequence.StandardKey.Open)
        )
        self.open_action.triggered.connect(self.ask_open)
        self.copy_action = QAction("Save a &Copy…", self, shortcut=QKeySequence("Ctrl+Shift+S"))
        self.copy_action.triggered.connect(self.ask_save_copy)
        quit_action = QAction("&Quit", self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        for action in (self.open_action, self.copy_action, quit_action):
            file_menu.addAction(action)

    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            self.session.close()
        self.session = session
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        if session is None:
            self.setWindowTitle("Breakout")
            empty = QLabel("Open a session file (Ctrl+O) to begin.")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(empty)
            self.copy_action.setEnabled(False)
            self.setCentralWidget(central)
            return
        self.copy_action.setEnabled(True)
        info = session.info()
        self.setWindowTitle(f"{session.path.name} — Breakout")
        self.title_label = QLabel(info.title or "Untitled session")
        self.title_label.setObjectName("sessionTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        facts = " · ".join(part for part in (info.event, info.venue, info.dates) if part)
        self.facts_label = QLabel(facts)
        self.facts_label.setObjectName("sessionFacts")
        layout.addWidget(self.title_label)
        layout.addWidget(self.facts_label)

        self.agenda_model = AgendaModel(session)
        self.agenda_view = QTableView()
        self.agenda_view.setAccessibleName("Agenda")
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_view.setWordWrap(True)
        self.agenda_view.verticalHeader().hide()
        header = self.agenda_view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: self.agenda_view.resizeRowsToContents())
        agenda_label = QLabel("Agenda")
        agenda_label.setBuddy(self.agenda_view)
        bold = agenda_label.font()
        bold.setBold(True)
        agenda_label.setFont(bold)
        layout.addWidget(agenda_label)
        layout.addWidget(self.agenda_view, 1)
        planned = sum(p.minutes for p in session.points())
        self.summary_label = QLabel(
            f"{len(session.points())} points, {planned} minutes planned · "
            f"{len(session.participants())} participants · "
            f"{len(session.contributions())} contributions · "
            f"{len(session.recommendations(include_inactive=False))} recommendations"
        )
        layout.addWidget(self.summary_label)
        self.setCentralWidget(central)

    # -- actions -----------------------------------------------------------

    def ask_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Open session", "", "Breakout sessions (*.breakout);;All files (*)"
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        try:
            session = Session.open(path)
        except BreakoutError as exc:
            self.show_error(str(exc))
            return False
        self.set_session(session)
        return True

    def ask_save_copy(self) -> None:
        if self.session is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, "Save a copy", "", "Breakout sessions (*.breakout)"
        )
        if name:
            try:
                self.session.store.save_copy(Path(name), overwrite=True)
            except BreakoutError as exc:
                self.show_error(str(exc))

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, "Breakout", message)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None
        super().closeEvent(event)
