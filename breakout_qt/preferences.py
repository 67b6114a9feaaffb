"""Edit ▸ Preferences: the languages Breakout speaks, kept in the app's settings.

The console's language (from the next start: every window would otherwise have to be
rebuilt), the room's screen's language and its optional second language, and the
kiosk's. The keys are :mod:`breakout_qt.i18n`'s, the ones View ▸ Language also sets; the
console's language defaults to the system's when it is one of the six.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from breakout_qt.dialogs import buttons
from breakout_qt.i18n import (
    KIOSK_LANGUAGE_KEY,
    LANGUAGE_KEY,
    LANGUAGES,
    ROOM_LANGUAGE_KEY,
    ROOM_SECOND_KEY,
    console_language,
    fill,
)


class PreferencesDialog(QDialog):
    """The four language choices; OK stores them and calls ``stored`` with what to say
    (that the console's language changes at the next start, or "")."""

    def __init__(
        self, settings: QSettings, parent: QWidget | None, stored: Callable[[str], None]
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._stored = stored
        self.setWindowTitle(QCoreApplication.translate("Preferences", "Preferences"))
        same = QCoreApplication.translate("Preferences", "As the console")
        none = QCoreApplication.translate("Preferences", "None")
        self.choices: dict[str, QComboBox] = {
            LANGUAGE_KEY: self._choice(None, console_language(settings)),
            ROOM_LANGUAGE_KEY: self._choice(same, self._value(ROOM_LANGUAGE_KEY)),
            ROOM_SECOND_KEY: self._choice(none, self._value(ROOM_SECOND_KEY)),
            KIOSK_LANGUAGE_KEY: self._choice(same, self._value(KIOSK_LANGUAGE_KEY)),
        }
        restart = QLabel(
            QCoreApplication.translate(
                "Preferences",
                "The console's language applies when Breakout next starts; "
                "the room's screen changes at once, the kiosk from the next round it opens.",
            )
        )
        restart.setWordWrap(True)
        form = QFormLayout()
        for key, label in (
            (LANGUAGE_KEY, QCoreApplication.translate("Preferences", "&Console language:")),
            (ROOM_LANGUAGE_KEY, QCoreApplication.translate("Preferences", "&Room's screen:")),
            (
                ROOM_SECOND_KEY,
                QCoreApplication.translate("Preferences", "Room's screen, &second language:"),
            ),
            (KIOSK_LANGUAGE_KEY, QCoreApplication.translate("Preferences", "&Kiosk:")),
        ):
            form.addRow(label, self.choices[key])
            self.choices[key].setAccessibleName(label.replace("&", "").rstrip(":："))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(restart)
        layout.addWidget(buttons(self))
        self.resize(520, 240)

    def _value(self, key: str) -> str:
        value = self.settings.value(key, "")
        return value if isinstance(value, str) and value in LANGUAGES else ""

    @staticmethod
    def _choice(empty: str | None, chosen: str) -> QComboBox:
        box = QComboBox()
        if empty is not None:
            box.addItem(empty, "")
        for code, name in LANGUAGES.items():
            box.addItem(name, code)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        return box

    def choose(self, key: str, code: str) -> None:
        """Pick a language in one of the lists ("" for as the console, or none)."""
        box = self.choices[key]
        box.setCurrentIndex(box.findData(code))

    def accept(self) -> None:
        """Store the choices; the console's only when it changed, so that an untouched
        choice keeps following the system's language."""
        console = str(self.choices[LANGUAGE_KEY].currentData())
        said = ""
        if console != console_language(self.settings):
            self.settings.setValue(LANGUAGE_KEY, console)
            said = fill(
                QCoreApplication.translate(
                    "Preferences", "Breakout speaks %1 from its next start."
                ),
                LANGUAGES[console],
            )
        for key in (ROOM_LANGUAGE_KEY, ROOM_SECOND_KEY, KIOSK_LANGUAGE_KEY):
            self.settings.setValue(key, str(self.choices[key].currentData()))
        super().accept()
        self._stored(said)
