"""The console page: its panels in three columns, and how they redraw after a change.

Left, the agenda and the participants (two tabs); centre, the current point's
clock over the capture and its contributions; right, the speaking queue over
the room's balance. Sized for a 1366-wide laptop; on a larger screen the
centre takes half the extra room and the agenda and the queue a quarter each.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from breakout.changes import Area, Change
from breakout.session import Session
from breakout_qt.console.agenda import AgendaPanel
from breakout_qt.console.base import Host
from breakout_qt.console.capture import CapturePanel
from breakout_qt.console.clock import ClockPanel
from breakout_qt.console.people import PeoplePanel
from breakout_qt.console.queue import QueuePanel
from breakout_qt.panels import SteadyTabs, focus_page_on_mnemonic
from breakout_qt.undo import Operations

# Every few seconds the agenda's times and the balance are read again.
SLOW_TICKS = 5


class Console(QSplitter):
    def __init__(
        self,
        session: Session,
        ops: Operations,
        host: Host,
        queue_buttons: tuple[Callable[[], object], Callable[[], object]],
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.session = session
        self.clock = ClockPanel(session, ops, host)
        self.agenda = AgendaPanel(session, ops, host, self.clock.start_point)
        self.capture = CapturePanel(session, ops, host)
        self.queue = QueuePanel(session, ops, host, queue_buttons)
        # The participants are behind a tab: built when first shown or used.
        self._people: PeoplePanel | None = None
        self._people_args = (session, ops, host)
        self.people_page = QWidget()
        QVBoxLayout(self.people_page).setContentsMargins(0, 0, 0, 0)

        self.left_tabs = SteadyTabs()
        self.left_tabs.addTab(self.agenda, QCoreApplication.translate("Console", "&Agenda"))
        self.left_tabs.addTab(
            self.people_page, QCoreApplication.translate("Console", "Par&ticipants")
        )
        self.left_tabs.currentChanged.connect(self._tab_shown)
        focus_page_on_mnemonic(self.left_tabs)
        self.left_tabs.setMinimumWidth(280)
        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.clock)
        layout.addWidget(self.capture, 1)

        self.addWidget(self.left_tabs)
        self.addWidget(centre)
        self.addWidget(self.queue)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 2)
        self.setStretchFactor(2, 1)
        self.setSizes([340, 660, 360])

    def panels(self) -> dict[str, QWidget]:
        return {
            "clock": self.clock,
            "agenda": self.agenda,
            "queue": self.queue,
            "capture": self.capture,
            "people": self.people,
        }

    @property
    def people(self) -> PeoplePanel:
        """The participants panel, built on first use."""
        if self._people is None:
            self._people = PeoplePanel(*self._people_args)
            layout = self.people_page.layout()
            assert layout is not None
            layout.addWidget(self._people)
            self.people_page.setFocusProxy(self._people)
            self._people.set_people(self.session.people.participants())
        return self._people

    def _tab_shown(self, index: int) -> None:
        if self.left_tabs.widget(index) is self.people_page:
            self.people  # noqa: B018 - built as it comes into view

    def show_tab_of(self, panel: QWidget) -> None:
        page = self.people_page if panel is self._people else panel
        if self.left_tabs.indexOf(page) >= 0:
            self.left_tabs.setCurrentWidget(page)

    # -- redrawing -------------------------------------------------------------

    def refresh_all(self) -> None:
        self.agenda.refresh()
        self.clock.refresh()
        current = self.session.info().current_point
        self.queue.set_point(current)
        self.capture.set_point(current)
        self._people_changed()
        self.capture.follow_speaker()
        self.queue.refresh_balance()

    def on_change(self, change: Change[Any]) -> bool:
        """Redraw what the change touched; True when everything was redrawn.

        The areas come from the engine (:meth:`Change.areas`): a change of the
        session's facts or of the agenda moves every panel (the current point,
        its clock, its queue and its contributions); the others redraw only the
        panels that show them. Voting and the board are not shown here.
        """
        areas = change.areas()
        if areas & {Area.SESSION, Area.AGENDA}:
            self.refresh_all()
            return True
        if not areas & {Area.PEOPLE, Area.QUEUE, Area.CAPTURE}:
            return False
        if Area.PEOPLE in areas:
            self._people_changed()
        if areas & {Area.QUEUE, Area.PEOPLE}:
            self.queue.model.reload()
            self.capture.follow_speaker()
        if Area.PEOPLE in areas:
            self.capture.model.reload()
        elif Area.CAPTURE in areas:
            self.capture.model.apply(change)
        self.agenda.refresh_summary()
        return False

    def _people_changed(self) -> None:
        people = self.session.people.participants()
        if self._people is not None:
            self._people.set_people(people)
        self.queue.set_names([p.name for p in people])
        self.capture.set_people(people)

    def tick(self, ticks: int) -> None:
        self.clock.tick()
        self.queue.tick()
        if ticks % SLOW_TICKS == 0:
            self.queue.refresh_balance()
            self.agenda.model.reload()
