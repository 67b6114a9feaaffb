"""Every underlined letter does what it shows, on every page and in every dialog.

The walk collects each Alt+letter a person can see — menu titles, tabs,
buttons, labels with a buddy, group boxes — asserts no two of them share a
letter in the same window, then presses each one and checks that it opens the
menu, shows the tab, clicks the button or puts the keyboard in the field.
Inside each menu the letters are unique too, and each one triggers its item.
"""

from __future__ import annotations

import contextlib
import operator
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QRadioButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from breakout.session import Session
from breakout_qt.main_window import MainWindow
from tests.gui.real_session import make_session
from tests.helpers import FakeClock

pytestmark = pytest.mark.gui


def letter(text: str) -> str:
    """The letter Alt+ reaches in ``text`` ("" if none): what Qt itself reads."""
    keys = QKeySequence.mnemonic(text).toString()
    return keys.removeprefix("Alt+").upper() if keys else ""


@dataclass
class Target:
    key: str
    what: str  # menu, tab, button, label, group
    name: str
    widget: Any
    index: int = -1  # the tab's index


def shown(widget: QWidget, window: QWidget) -> bool:
    return widget.window() is window and widget.isVisible()


def targets(window: QWidget) -> list[Target]:
    """Everything an Alt+letter reaches in ``window`` as it is now."""
    found: list[Target] = []
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible() and letter(action.text()):
                found.append(Target(letter(action.text()), "menu", action.text(), action.menu()))
    for bar in window.findChildren(QTabBar):
        if shown(bar, window):
            for index in range(bar.count()):
                if letter(bar.tabText(index)) and bar.isTabVisible(index):
                    key = letter(bar.tabText(index))
                    found.append(Target(key, "tab", bar.tabText(index), bar, index))
    for button in window.findChildren(QAbstractButton):
        if shown(button, window) and letter(button.text()):
            found.append(Target(letter(button.text()), "button", button.text(), button))
    for label in window.findChildren(QLabel):
        if shown(label, window) and label.buddy() is not None and letter(label.text()):
            found.append(Target(letter(label.text()), "label", label.text(), label))
    for box in window.findChildren(QGroupBox):
        if shown(box, window) and letter(box.title()):
            found.append(Target(letter(box.title()), "group", box.title(), box))
    return found


def assert_no_clash(found: list[Target]) -> None:
    by_key: dict[str, list[str]] = {}
    for target in found:
        by_key.setdefault(target.key, []).append(f"{target.what} “{target.name}”")
    clashes = {key: names for key, names in by_key.items() if len(names) > 1}
    assert not clashes, f"Alt+letters shared in one window: {clashes}"


def assert_no_stray_ampersand(window: QWidget) -> None:
    """A plain label with "&" and no buddy would show the ampersand itself."""
    for label in window.findChildren(QLabel):
        text = label.text()
        if shown(label, window) and label.buddy() is None and "<" not in text:
            assert not letter(text), f"label “{text}” underlines a letter that goes nowhere"


def mute(signal: Any) -> None:
    """Cut a signal from what it normally does: the walk checks where a letter
    goes, not the action behind it (tested elsewhere)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with contextlib.suppress(RuntimeError, TypeError):
            signal.disconnect()


def alt(qtbot: QtBot, window: QWidget, key: str) -> None:
    target = QApplication.focusWidget()
    if target is None or target.window() is not window:
        target = window
    qtbot.keyClick(target, Qt.Key(ord(key)), Qt.KeyboardModifier.AltModifier)


DialogT = TypeVar("DialogT", bound=QDialog)


def is_popup(widget: QWidget) -> bool:
    return QApplication.activePopupWidget() is widget


def is_closed(widget: QWidget) -> bool:
    return not widget.isVisible()


def focus_inside(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def press_each(qtbot: QtBot, window: QWidget, found: list[Target], rest: QWidget) -> None:
    """Press every target's letter and see it do what it shows. ``rest`` is a
    widget to put the keyboard back on between presses (not a target)."""
    clicks: list[QAbstractButton] = []
    for target in found:
        if target.what == "button":
            button = target.widget
            mute(button.clicked)
            button.setEnabled(True)  # a greyed-out button's letter is checked when it wakes
            button.clicked.connect(lambda _checked=False, b=button: clicks.append(b))
    before = {id(t.widget): t.widget.currentIndex() for t in found if t.what == "tab"}
    # Choices press last: picking one (a format, say) may grey out others.
    ordered = sorted(found, key=lambda t: isinstance(t.widget, QRadioButton))
    for target in ordered:
        rest.setFocus()
        qtbot.waitUntil(rest.hasFocus)
        alt(qtbot, window, target.key)
        description = f"Alt+{target.key} on {target.what} “{target.name}”"
        if target.what == "menu":
            menu = target.widget
            qtbot.waitUntil(partial(is_popup, menu))
            menu.close()
            qtbot.waitUntil(partial(is_closed, menu))
            window.activateWindow()  # the offscreen platform leaves the menu "active"
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        elif target.what == "tab":
            bar, index = target.widget, target.index
            assert bar.currentIndex() == index, description
            bar.setCurrentIndex(before[id(bar)])  # back where the walk started
        elif target.what == "button":
            qtbot.waitUntil(partial(operator.contains, clicks, target.widget))
            assert clicks.count(target.widget) == 1, description
        elif target.what == "label":
            buddy = target.widget.buddy()
            assert focus_inside(buddy), f"{description}: the keyboard is not in its field"
        else:
            assert focus_inside(target.widget), f"{description}: the keyboard is not in the box"
    assert sorted(map(id, clicks)) == sorted(id(t.widget) for t in found if t.what == "button")


def walk(qtbot: QtBot, window: QWidget, rest: QWidget) -> list[Target]:
    found = targets(window)
    assert found, "nothing in this window has an Alt+letter"
    assert_no_clash(found)
    assert_no_stray_ampersand(window)
    press_each(qtbot, window, found, rest)
    return found


# -- the main window --------------------------------------------------------------------------


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    session = make_session(tmp_path, FakeClock())
    points = session.agenda.points()
    session.agenda.start_point(points[1].id)  # the long one
    people = session.people.participants()
    for person in people[:3]:
        session.queue.request_turn(person.id)
    ids = [
        session.capture.add_contribution(
            f"Proposal {n}: map the flood lines street by street with residents",
            participant_id=people[n].id,
            kind="proposal",
        ).result
        for n in range(3)
    ]
    recs = [session.board.candidates_of(i)[0] for i in ids]  # every proposal is a candidate
    session.board.add_cluster("Risk maps made with residents", members=recs[:2])
    session.voting.create_round(method="dots", items=["Risk maps", "Early warning"], title="First")
    yield session
    session.close()


@pytest.fixture
def window(qtbot: QtBot, session: Session, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(session, settings=settings)
    win.show_error = lambda message: pytest.fail(f"unexpected error dialog: {message}")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()


MENUS = {"F": "File", "E": "Edit", "P": "Point", "Q": "Queue", "C": "Capture", "L": "People"}


def test_the_console_and_its_participants_tab(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(0)
    assert window.console is not None
    window.console.left_tabs.setCurrentIndex(0)
    found = walk(qtbot, window, window.console.capture.edit)
    keys = {t.key: t.name.replace("&", "") for t in found}
    # The complaints of issue 9, one by one: each letter reaches what shows it.
    assert {k: keys[k] for k in MENUS} == MENUS
    assert keys["W"] == "View" and keys["H"] == "Help" and keys["V"] == "Vote"
    assert keys["T"] == "Participants"
    window.console.left_tabs.setCurrentIndex(1)
    walk(qtbot, window, window.console.capture.edit)
    alt(qtbot, window, "T")
    assert window.console.people.view.hasFocus()
    alt(qtbot, window, "A")
    assert window.console.left_tabs.currentIndex() == 0 and window.console.agenda.view.hasFocus()


def test_the_board(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(1)
    board = window.ensure_board()
    qtbot.waitUntil(board.isVisible)
    found = walk(qtbot, window, board.tree)
    assert {"S", "A", "O", "U"} <= {t.key for t in found}


def test_the_vote_page(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(2)
    vote = window.ensure_vote()
    qtbot.waitUntil(vote.isVisible)
    found = walk(qtbot, window, vote.rounds_view)
    buttons = {t.name.replace("&", "") for t in found if t.what == "button"}
    assert {"Close voting…", "Hand count…", "Issue voting codes…"} <= buttons


def test_the_page_tabs_and_view_menu_do_not_clash(qtbot: QtBot, window: MainWindow) -> None:
    assert window.console is not None
    window.console.capture.edit.setFocus()
    alt(qtbot, window, "V")
    assert window.pages.currentIndex() == 2
    alt(qtbot, window, "W")
    view = next(a.menu() for a in window.menuBar().actions() if letter(a.text()) == "W")
    assert isinstance(view, QMenu)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is view)
    view.close()


def menu_walk(qtbot: QtBot, menu: QMenu) -> None:
    """Each item's letter, pressed with the menu open, triggers that item."""
    items = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    keys = [letter(a.text()) for a in items if letter(a.text())]
    assert len(keys) == len(set(keys)), f"menu “{menu.title()}” shares letters: {keys}"
    for action in items:
        key = letter(action.text())
        if not key or action.menu() is not None:
            continue
        fired: list[QAction] = []
        mute(action.triggered)
        action.setEnabled(True)
        action.triggered.connect(lambda _c=False, a=action, f=fired: f.append(a))
        menu.popup(QPoint(0, 0))
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
        qtbot.keyClick(menu, Qt.Key(ord(key)))
        assert fired == [action], f"{key} in “{menu.title()}” did not trigger “{action.text()}”"
        qtbot.waitUntil(lambda: not menu.isVisible())


def test_every_menu_item_letter(qtbot: QtBot, window: MainWindow) -> None:
    window.ensure_board()
    window.ensure_vote()
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        menu_walk(qtbot, menu)


# -- dialogs ----------------------------------------------------------------------------------


def open_dialog(qtbot: QtBot, dialog: DialogT) -> DialogT:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def dialogs_of(
    window: MainWindow, session: Session, tmp_path: Path
) -> dict[str, Callable[[], QDialog]]:
    from breakout_qt import dialogs
    from breakout_qt.export_dialog import ExportDialog
    from breakout_qt.phone_panel import PhonePanel
    from breakout_qt.vote_dialogs import CodesDialog, RoundDialog

    ops = window.ops
    assert ops is not None
    point = session.agenda.points()[1]
    person = session.people.participants()[0]
    return {
        "export": lambda: ExportDialog(window, session, tmp_path / "report.pdf"),
        "point": lambda: dialogs.PointDialog(window, point, 10),
        "settings": lambda: dialogs.SettingsDialog(window, session.info()),
        "participant": lambda: dialogs.ParticipantDialog(window, person),
        "new round": lambda: RoundDialog(window, session.board.clusters()),
        "codes": lambda: CodesDialog(window, [("王秀英", "K7Q2")], "Forum"),
        "phones": lambda: PhonePanel(session, window.settings, ops, window),
    }


@pytest.mark.parametrize(
    "name", ["export", "point", "settings", "participant", "new round", "codes", "phones"]
)
def test_dialog_letters(
    qtbot: QtBot, window: MainWindow, session: Session, tmp_path: Path, name: str
) -> None:
    dialog = open_dialog(qtbot, dialogs_of(window, session, tmp_path)[name]())
    rest = QWidget(dialog)  # somewhere neutral for the keyboard between presses
    rest.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    rest.resize(1, 1)
    rest.show()
    walk(qtbot, dialog, rest)
    assert dialog.isVisible()
    dialog.close()


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar", "ru", "zh_CN"])
def test_the_phone_panels_letters_are_unique_in_every_language(
    qtbot: QtBot, window: MainWindow, session: Session, tmp_path: Path, language: str
) -> None:
    """Each of the panel's fields and buttons has its own letter in each console language
    (pressing them is walked in English above: QTest types only ASCII keys)."""
    from breakout_qt.i18n import install

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    installed = install(app, language)
    try:
        dialog = open_dialog(qtbot, dialogs_of(window, session, tmp_path)["phones"]())
        found = targets(dialog)
        assert_no_clash(found)
        assert_no_stray_ampersand(dialog)
        fields = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
        buttons = [b for b in dialog.findChildren(QAbstractButton) if b.text()]
        assert len(found) == len(fields) + len(buttons) == 13, [t.name for t in found]
        if language != "en":  # the letters are the language's own, not the English ones
            assert all("&" in t.name and t.name not in ENGLISH_PANEL for t in found)
        dialog.close()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(before)


#: The phone panel's English labels and buttons, to tell a translated one from a forgotten one.
ENGLISH_PANEL = {
    "&Network:",
    "P&ort:",
    "Wi-&Fi name:",
    "Pass&word:",
    "&Start",
    "S&top",
    "Can phones &reach me?",
    "Wal&k-in's name:",
    "&Give a code",
    "Print &card…",
    "&Accept",
    "&Edit…",
    "&Dismiss",
}


def test_export_dialog_has_letters_for_every_choice(
    qtbot: QtBot, window: MainWindow, session: Session, tmp_path: Path
) -> None:
    from breakout_qt.export_dialog import ExportDialog

    dialog = open_dialog(qtbot, ExportDialog(window, session, tmp_path / "report.pdf"))
    boxes = [
        dialog.named,
        dialog.anonymous,
        dialog.open_when_done,
        dialog.change_button,
        *dialog.section_boxes.values(),
        *dialog.format_buttons.values(),
    ]
    assert all(letter(box.text()) for box in boxes)
    dialog.close()


# -- page keys work however the page was reached ------------------------------------------------


def reach_by_alt_number(qtbot: QtBot, window: MainWindow, index: int) -> None:
    assert window.console is not None
    qtbot.keyClick(
        window.console.capture.edit, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.AltModifier
    )


def reach_by_tab_keys(qtbot: QtBot, window: MainWindow, index: int) -> None:
    """Tab to the page tabs, then the arrow keys: the keyboard stays on the tabs."""
    bar = window.pages.tabBar()
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(index - bar.currentIndex()):
        qtbot.keyClick(bar, Qt.Key.Key_Right)


def reach_by_mouse(qtbot: QtBot, window: MainWindow, index: int) -> None:
    """A click on the tab when nothing had the keyboard (a window just opened)."""
    focus = QApplication.focusWidget()
    if focus is not None:
        focus.clearFocus()
    bar = window.pages.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def reach_by_menu(qtbot: QtBot, window: MainWindow, index: int) -> None:
    (window.run_page_action, window.board_page_action, window.vote_page_action)[index].trigger()


@pytest.mark.parametrize(
    "reach", [reach_by_alt_number, reach_by_tab_keys, reach_by_mouse, reach_by_menu]
)
@pytest.mark.parametrize("index", [1, 2], ids=["board", "vote"])
def test_page_keys_work_however_the_page_was_reached(
    qtbot: QtBot, window: MainWindow, reach: Callable[..., None], index: int
) -> None:
    page = window.ensure_board() if index == 1 else window.ensure_vote()
    fired: list[str] = []
    for name, action in page.actions_by_name.items():
        mute(action.triggered)
        action.triggered.connect(lambda _c=False, n=name: fired.append(n))
    window.show_page(0)
    assert window.console is not None
    window.console.capture.edit.setFocus()
    reach(qtbot, window, index)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == index)
    qtbot.waitUntil(page.isVisible)
    for name, action in page.actions_by_name.items():
        target = QApplication.focusWidget() or window
        qtbot.keySequence(target, action.shortcut())
        assert fired[-1:] == [name], (
            f"{action.shortcut().toString()} did nothing after {reach.__name__}"
        )
    # On another page the same keys do nothing.
    window.show_page(0)
    window.console.capture.edit.setFocus()
    fired.clear()
    for action in page.actions_by_name.values():
        qtbot.keySequence(window.console.capture.edit, action.shortcut())
    assert fired == []
