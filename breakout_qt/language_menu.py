"""View ▸ Language: the console's language, the room's screen's (one or two) and the kiosk's,
kept in the app's settings (see :mod:`breakout_qt.i18n`).

The console's language takes effect when Breakout next starts (every window and dialog would
otherwise have to be rebuilt); the room's screen changes at once, and the kiosk from the next
round it opens for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from breakout_qt.i18n import (
    KIOSK_LANGUAGE_KEY,
    LANGUAGE_KEY,
    LANGUAGES,
    ROOM_LANGUAGE_KEY,
    ROOM_SECOND_KEY,
    console_language,
    fill,
)


class LanguageMenu(QMenu):
    """The submenu; ``changed`` is called after the room's or the kiosk's language changes,
    ``restart`` with what to say when the console's changes (from the next start)."""

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget,
        changed: Callable[[], None],
        restart: Callable[[str], None],
    ) -> None:
        super().__init__(QCoreApplication.translate("LanguageMenu", "Lan&guage"), parent)
        self.settings = settings
        self._changed = changed
        self._restart = restart
        self.choices: dict[str, dict[str, QAction]] = {}
        chosen = console_language(settings)
        self._group(LANGUAGE_KEY, None, chosen, self)
        self.addSeparator()
        same = QCoreApplication.translate("LanguageMenu", "As the Console")
        none = QCoreApplication.translate("LanguageMenu", "None")
        for key, title, empty in (
            (ROOM_LANGUAGE_KEY, QCoreApplication.translate("LanguageMenu", "&Room's Screen"), same),
            (
                ROOM_SECOND_KEY,
                QCoreApplication.translate("LanguageMenu", "Room's Screen, &Second Language"),
                none,
            ),
            (KIOSK_LANGUAGE_KEY, QCoreApplication.translate("LanguageMenu", "&Kiosk"), same),
        ):
            value = settings.value(key, "")
            self._group(key, empty, value if isinstance(value, str) else "", self.addMenu(title))

    def _group(self, key: str, empty: str | None, chosen: str, menu: QMenu) -> None:
        group = QActionGroup(menu)
        group.setExclusive(True)
        options = ([("", empty)] if empty is not None else []) + list(LANGUAGES.items())
        self.choices[key] = {}
        for code, name in options:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, k=key, v=code: self.choose(k, v))
            self.choices[key][code] = action

    def sync(self) -> None:
        """Tick what the settings now hold (after Edit ▸ Preferences)."""
        for key, actions in self.choices.items():
            value = self.settings.value(key, "") if key != LANGUAGE_KEY else None
            chosen = console_language(self.settings) if value is None else value
            action = actions.get(chosen if isinstance(chosen, str) else "")
            if action is not None:
                action.setChecked(True)

    def choose(self, key: str, code: str) -> None:
        """Store a choice (as the menu does when one is picked)."""
        self.settings.setValue(key, code)
        self.choices[key][code].setChecked(True)
        if key == LANGUAGE_KEY:
            said = QCoreApplication.translate(
                "LanguageMenu", "Breakout speaks %1 from its next start."
            )
            self._restart(fill(said, LANGUAGES[code]))
        else:
            self._changed()
