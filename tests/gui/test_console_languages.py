"""The console in the languages of the room: Arabic right to left with Arabic menus, French
menus and French plurals, every menu's underlined letters unique in every language, and
Edit ▸ Preferences choosing the languages (the room's screen follows at once)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from breakout.briefing import parse_briefing
from breakout.roster import parse_roster
from breakout.session import Session
from breakout_qt.balance_panel import BalancePanel
from breakout_qt.i18n import (
    KIOSK_LANGUAGE_KEY,
    LANGUAGE_KEY,
    LANGUAGES,
    ROOM_LANGUAGE_KEY,
    ROOM_SECOND_KEY,
    install,
)
from breakout_qt.main_window import MainWindow

pytestmark = pytest.mark.gui

FIXTURES = Path(__file__).parents[1] / "unit" / "data" / "briefings"
BRIEFING = FIXTURES / "coastal_fisheries.txt"
ROSTER = (
    "name,organisation,stakeholder group,may be named\n"
    "Ana Lima,Cooperativa Pesquera,Civil society,yes\n"
    "Fatima Al-Zahra (فاطمة الزهراء),Women Fish Traders,Civil society,yes\n"
    "Li Wei (李伟),Ocean Institute,Academia,no\n"
)
MORE = (
    "name,organisation,stakeholder group,may be named\n"
    "Ana Lima,Cooperativa Pesquera del Sur,Civil society,yes\n"
    "Zoë Ngata,Island Council,Government,yes\n"
    "Олег Петров,Северный порт,Business,yes\n"
)


@pytest.fixture
def briefed(session: Session) -> Session:
    """From a briefing and a roster, nobody checked in yet."""
    session.import_briefing(parse_briefing(BRIEFING.read_text(encoding="utf-8")))
    session.people.import_roster(parse_roster(ROSTER.encode("utf-8"), source="roster.csv"))
    return session


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def speak() -> Iterator[Callable[[str], None]]:
    """Make the application speak a language as ``app.run`` does; English again after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    installed: list[QTranslator] = []

    yield lambda language: installed.extend(install(app, language))

    for translator in installed:
        app.removeTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(before)


def window_on(qtbot: QtBot, session: Session, settings: QSettings) -> MainWindow:
    window = MainWindow(session, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_a_console_in_arabic_is_right_to_left_with_arabic_menus(
    qtbot: QtBot, briefed: Session, settings: QSettings, speak: Callable[[str], None]
) -> None:
    speak("ar")
    window = window_on(qtbot, briefed, settings)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.console is not None
    assert window.console.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert menu_titles(window)[:3] == ["&ملف", "تح&رير", "ال&بند"]
    assert window.pages.tabText(2) == "الت&صويت"
    agenda = window.console.agenda
    # Six points and three participants, in Arabic's own plural forms.
    assert agenda.summary_label.text().startswith("6 بنود")
    assert "3 مشاركين" in agenda.summary_label.text()
    assert window.console.clock.point_number_label.text() == "6 بنود في جدول الأعمال"
    assert window.console.capture.edit.placeholderText().startswith("اكتب ما يُقال")
    window.close()


def test_a_console_in_french_has_french_menus_and_plurals(
    qtbot: QtBot,
    briefed: Session,
    settings: QSettings,
    speak: Callable[[str], None],
    tmp_path: Path,
) -> None:
    speak("fr")
    window = window_on(qtbot, briefed, settings)
    assert menu_titles(window)[:4] == ["&Fichier", "É&dition", "&Point", "&Orateurs"]
    assert window.console is not None
    assert window.console.clock.point_number_label.text() == "6 points à l'ordre du jour"
    balance = window.console.queue.balance
    assert isinstance(balance, BalancePanel)
    assert balance.title_label.text() == "Équilibre des temps de parole"
    assert balance.tab_bar.tabText(0) == "Groupe de parties prenantes"
    assert "les parts portent sur les 3 inscrits." in balance.facts_label.text()
    roster = tmp_path / "more.csv"
    roster.write_text(MORE, encoding="utf-8")
    window.ask_file_to_open = lambda title, filters: roster
    window.roster_action.trigger()
    assert window.statusBar().currentMessage() == (
        "Liste des participants importée : 2 participants ajoutés, 1 fiche mise à jour"
    )
    window.close()


def letter(text: str) -> str:
    keys = QKeySequence.mnemonic(text).toString()
    return keys.removeprefix("Alt+").upper() if keys else ""


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_menus_letters_are_unique_in_every_language(
    qtbot: QtBot, briefed: Session, settings: QSettings, speak: Callable[[str], None], language: str
) -> None:
    speak(language)
    window = window_on(qtbot, briefed, settings)
    titles = [letter(t) for t in menu_titles(window)]
    assert all(titles) and len(set(titles)) == len(titles), menu_titles(window)
    # The page tabs and the console's own tabs do not take a menu's letter either.
    assert window.console is not None
    tabs = [window.pages.tabText(i) for i in range(window.pages.count())]
    tabs += [window.console.left_tabs.tabText(i) for i in range(2)]
    keys = titles + [letter(t) for t in tabs]
    assert len(set(keys)) == len(keys), (menu_titles(window), tabs)
    menus = [a.menu() for a in window.menuBar().actions()]
    menus += [a.menu() for m in menus if isinstance(m, QMenu) for a in m.actions() if a.menu()]
    for menu in menus:
        assert isinstance(menu, QMenu)
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        found = [letter(t) for t in texts if letter(t)]
        assert len(found) == len(set(found)), f"{menu.title()}: {texts}"
    window.close()


def test_preferences_choose_the_languages_and_the_rooms_screen_follows(
    qtbot: QtBot, briefed: Session, settings: QSettings
) -> None:
    settings.setValue(LANGUAGE_KEY, "en")
    window = window_on(qtbot, briefed, settings)
    screen = window.open_shared_screen()
    assert screen.question_label.text() == "Starting soon"
    assert (
        window.preferences_action.menuRole() == window.preferences_action.MenuRole.PreferencesRole
    )

    dialog = window.preferences_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose(ROOM_LANGUAGE_KEY, "fr")
    dialog.choose(ROOM_SECOND_KEY, "ar")
    dialog.choose(KIOSK_LANGUAGE_KEY, "ru")
    dialog.choose(LANGUAGE_KEY, "zh_CN")
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert [settings.value(k) for k in (LANGUAGE_KEY, ROOM_LANGUAGE_KEY)] == ["zh_CN", "fr"]
    assert [settings.value(k) for k in (ROOM_SECOND_KEY, KIOSK_LANGUAGE_KEY)] == ["ar", "ru"]
    # The room's screen changes at once; the console's language from the next start.
    assert screen.question_label.text() == "Début imminent\n\u2067نبدأ قريبًا\u2069"
    assert "中文（简体）" in window.statusBar().currentMessage()
    assert menu_titles(window)[0] == "&File"
    # View ▸ Language shows the same choices.
    assert window.language_menu.choices[ROOM_LANGUAGE_KEY]["fr"].isChecked()
    assert window.language_menu.choices[LANGUAGE_KEY]["zh_CN"].isChecked()
    window.close()


def test_cancelling_preferences_changes_nothing(
    qtbot: QtBot, briefed: Session, settings: QSettings
) -> None:
    settings.setValue(LANGUAGE_KEY, "en")
    window = window_on(qtbot, briefed, settings)
    screen = window.open_shared_screen()
    dialog = window.preferences_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose(ROOM_LANGUAGE_KEY, "ru")
    dialog.choose(LANGUAGE_KEY, "ar")
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert settings.value(LANGUAGE_KEY) == "en"
    assert settings.value(ROOM_LANGUAGE_KEY) is None
    assert screen.question_label.text() == "Starting soon"
    assert window.statusBar().currentMessage() == ""
    window.close()


def test_preferences_default_to_the_system_language_when_it_is_one_of_the_six(
    qtbot: QtBot, settings: QSettings
) -> None:
    from breakout_qt.preferences import PreferencesDialog

    stored: list[str] = []
    dialog = PreferencesDialog(settings, None, stored.append)
    qtbot.addWidget(dialog)
    system = QLocale.system().name()
    expected = "zh_CN" if system.startswith("zh") else system.split("_")[0]
    shown = dialog.choices[LANGUAGE_KEY].currentData()
    assert shown == (expected if expected in LANGUAGES else "en")
    assert dialog.choices[ROOM_LANGUAGE_KEY].currentData() == ""  # as the console
    dialog.accept()
    assert settings.value(LANGUAGE_KEY) is None  # untouched: it keeps following the system
    assert stored == [""]
