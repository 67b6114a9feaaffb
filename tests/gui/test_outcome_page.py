"""The rapporteur's outcome page, in the app's window.

On a session made from a briefing and a roster (a 430-character point with
Arabic and Chinese, nobody checked in), with contributions captured through
the console's capture box in French, Arabic and Chinese. What the rapporteur
types is in the session file when they move on (another point, another page,
closing the window), each save is one step of Edit ▸ Undo, drafts stay apart
until used, and a refused text stays where it was typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from breakout.outcome import MAX_TEXT
from breakout.session import Session
from breakout_qt.dialogs import SettingsDialog, SettingsEdit
from breakout_qt.main_window import MainWindow
from breakout_qt.outcome_page import OutcomePage
from tests.gui.real_session import LONG_POINT, make_session
from tests.gui.windows import shown_window
from tests.helpers import FakeClock

pytestmark = pytest.mark.gui

ARABIC = "يجب إشراك سكان الأحياء غير الرسمية في رسم خرائط المخاطر منذ البداية."
CHINESE = "港口物流公司可以为预警系统提供卡车和仓库。"
FRENCH = (
    "Les cartes des risques doivent être faites avec les habitants, quartier par quartier, "
    "et traduites en créole."
)
SAID = [
    ("عبد الرحمن الفاسي", ARABIC, "proposal"),
    ("王秀英", CHINESE, "comment"),
    ("Leila Mansour-Haddad", FRENCH, "proposal"),
    ("Tomás Ibarra Echeverría", "La municipalidad publicará las rutas antes de mayo.", "comment"),
    (
        "Nnamdi Okonkwo-Ibe",
        "Interpretation into Kreyòl must be budgeted from the start.",
        "concern",
    ),
]


def capture(qtbot: QtBot, window: MainWindow, who: str, text: str, kind: str) -> None:
    """As the facilitator does: the console's capture box, Enter."""
    assert window.console is not None
    panel = window.console.capture
    panel.speaker_box.setCurrentText(who)
    panel.set_kind(kind)
    panel.edit.setPlainText(text)
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
    assert panel.status.text().startswith("Saved"), panel.status.text()


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    made = make_session(tmp_path, FakeClock())
    yield made
    made.close()


@pytest.fixture
def window(qtbot: QtBot, session: Session, tmp_path: Path) -> Iterator[MainWindow]:
    win = shown_window(qtbot, session, tmp_path, size=(1366, 768))
    assert win.console is not None
    win.console.agenda.jump_to_row(1)  # the long point, with Arabic and Chinese in it
    for who, text, kind in SAID:
        capture(qtbot, win, who, text, kind)
    yield win
    win.close()


def outcome_page(qtbot: QtBot, window: MainWindow) -> OutcomePage:
    window.show_page(3)
    page = window.ensure_outcome()
    qtbot.waitUntil(page.isVisible)
    return page


def long_point(session: Session) -> int:
    return session.agenda.points()[1].id


def type_into(qtbot: QtBot, edit: object, text: str) -> None:
    """Click into ``edit`` and type ``text`` (ASCII: key by key)."""
    edit.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)


def test_typed_texts_are_saved_on_switching_point_and_each_undoes_in_one_step(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    page = outcome_page(qtbot, window)
    point = long_point(session)
    # The page opens on the point being discussed, with its record beside it.
    assert page.shown_point() is not None and page.shown_point().id == point  # type: ignore[union-attr]
    assert LONG_POINT[:40] in page.point_title.text()
    shown = [page.contributions.contribution_at(r).text for r in range(len(SAID))]  # type: ignore[union-attr]
    assert sorted(shown) == sorted(text for _, text, _ in SAID)

    type_into(qtbot, page.key_edit, "Residents draw the risk maps with the city")
    page.points_list.setCurrentRow(1)  # at once, the keyboard still in the box
    assert session.point(point).key_messages == "Residents draw the risk maps with the city"
    page.points_list.setCurrentRow(2)
    assert page.key_edit.toPlainText() == "Residents draw the risk maps with the city"
    type_into(qtbot, page.summary_edit, "Speakers agreed that maps drawn with residents last.")
    window.show_page(0)  # another page: saved on leaving this one
    assert session.point(point).summary == "Speakers agreed that maps drawn with residents last."

    window.undo_stack.undo()  # the summary, and only it
    assert session.point(point).summary == ""
    assert session.point(point).key_messages == "Residents draw the risk maps with the city"
    window.show_page(3)
    assert page.summary_edit.toPlainText() == ""
    window.undo_stack.undo()
    assert session.point(point).key_messages == ""
    assert page.key_edit.toPlainText() == ""
    window.undo_stack.redo()
    assert page.key_edit.toPlainText() == "Residents draw the risk maps with the city"


def test_edit_undo_from_the_menu_takes_back_what_was_just_typed(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    page = outcome_page(qtbot, window)
    point = long_point(session)
    type_into(qtbot, page.key_edit, "Maps first")
    page.key_edit.setFocus()
    qtbot.keyClicks(page.key_edit, "; drills next")  # no pause: not saved yet
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert isinstance(edit_menu, QMenu)
    edit_menu.aboutToShow.emit()  # the Edit menu opens
    assert session.point(point).key_messages == "Maps first; drills next"
    assert window.undo_action.text() == "&Undo Edit point outcome"
    window.undo_action.trigger()
    assert session.point(point).key_messages == ""
    assert page.key_edit.toPlainText() == ""


def test_a_pause_in_typing_saves_and_closing_the_window_keeps_the_rest(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    page = outcome_page(qtbot, window)
    point = long_point(session)
    type_into(qtbot, page.summary_edit, "Maps first, ")
    qtbot.waitUntil(lambda: session.point(point).summary == "Maps first,")
    assert page.summary_edit.toPlainText() == "Maps first, "  # the box is not touched
    assert page.summary_edit.hasFocus()
    qtbot.keyClicks(page.summary_edit, "then drills.")
    path = session.path
    window.close()  # at once: no pause, no other point
    assert window.session is None
    again = Session.open(path)
    try:
        assert again.point(point).summary == "Maps first, then drills."
    finally:
        again.close()


def test_the_whole_sessions_texts(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    page = outcome_page(qtbot, window)
    page.points_list.setCurrentRow(0)
    assert page.stack.currentIndex() == 0 and page.session_key_edit.isVisible()
    type_into(qtbot, page.session_key_edit, "Risk maps are drawn with residents")
    type_into(qtbot, page.next_steps_edit, "The municipality publishes the routes by May")
    type_into(qtbot, page.addressees_edit, "Municipalities; ")
    page.addressees_edit.insertPlainText("各国政府; الحكومات")  # as an input method gives it
    page.points_list.setCurrentRow(2)
    info = session.info()
    assert info.key_messages == "Risk maps are drawn with residents"
    assert info.next_steps == "The municipality publishes the routes by May"
    assert info.addressees == "Municipalities; 各国政府; الحكومات"
    window.undo_stack.undo()
    assert session.info().addressees == "" and session.info().next_steps != ""


def test_quoting_a_contribution_adds_it_to_the_key_messages_as_one_step(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    page = outcome_page(qtbot, window)
    point = long_point(session)
    type_into(qtbot, page.key_edit, "Maps with residents")
    view = page.contributions_view
    row = next(r for r in range(len(SAID)) if page.contributions.contribution_at(r).text == ARABIC)  # type: ignore[union-attr]
    rect = view.visualRect(page.contributions.index(row, 3))
    # A double-click: the first click takes the keyboard from the box (saving the line).
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert session.point(point).key_messages == "Maps with residents"
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert session.point(point).key_messages == f"Maps with residents\n{ARABIC}"
    assert page.key_edit.toPlainText() == f"Maps with residents\n{ARABIC}"
    window.undo_stack.undo()  # the quote alone
    assert session.point(point).key_messages == "Maps with residents"
    assert page.key_edit.toPlainText() == "Maps with residents"
    # The button quotes the selected contribution.
    view.setCurrentIndex(page.contributions.index(row, 0))
    qtbot.mouseClick(page.quote_button, Qt.MouseButton.LeftButton)
    assert session.point(point).key_messages == f"Maps with residents\n{ARABIC}"


def test_drafts_are_shown_apart_and_reach_the_session_only_when_used(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    page = outcome_page(qtbot, window)
    point = long_point(session)
    type_into(qtbot, page.key_edit, "My own line")
    qtbot.mouseClick(page.suggest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.worker is None, timeout=60_000)
    box = page.drafts_box
    assert box.isVisible()
    assert "not yet yours" in box.accessibleName() and "not yet yours" in box.title.text()
    drafts = [box.list.item(i) for i in range(box.list.count())]
    assert drafts, "no drafts offered"
    assert all(isinstance(d.font(), QFont) and d.font().italic() for d in drafts)
    texts = [d.text() for d in drafts]
    assert {*texts} <= {text for _, text, _ in SAID}
    # Offered, never written: not in the box, not in the file.
    assert page.key_edit.toPlainText() == "My own line"
    assert session.point(point).key_messages == "My own line"  # what was typed, saved on the click

    qtbot.mouseClick(box.use_all_button, Qt.MouseButton.LeftButton)
    assert session.point(point).key_messages == "\n".join(["My own line", *texts])
    assert not box.isVisible()
    window.undo_stack.undo()  # one step takes every draft back out
    assert session.point(point).key_messages == "My own line"


def test_one_draft_used_leaves_the_others_offered(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    page = outcome_page(qtbot, window)
    point = long_point(session)
    page.suggest_drafts()
    qtbot.waitUntil(lambda: page.worker is None, timeout=60_000)
    box = page.drafts_box
    count = box.list.count()
    assert count >= 2  # five contributions: two or three drafts
    first = box.list.item(0)
    assert first is not None
    chosen = first.text()
    box.list.itemActivated.emit(first)  # Enter or a double-click on it
    assert session.point(point).key_messages == chosen
    left = [box.list.item(i).text() for i in range(box.list.count())]
    assert len(left) == count - 1 and chosen not in left


def test_a_text_the_engine_refuses_stays_in_its_box_with_the_reason(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    told: list[str] = []
    window.show_error = lambda message: told.append(message)
    page = outcome_page(qtbot, window)
    point = long_point(session)
    too_long = "Maps. " * (MAX_TEXT // 6 + 1)
    page.key_edit.setFocus()
    page.key_edit.insertPlainText(too_long)  # a paste
    page.points_list.setCurrentRow(1)
    assert told and "shorten it" in told[0]
    assert page.points_list.currentRow() == 2  # still on the point, with the text
    assert page.key_edit.toPlainText() == too_long
    assert page.point_refusal.isVisible() and "shorten it" in page.point_refusal.text()
    assert session.point(point).key_messages == ""
    # Shortened, it saves, and the page can move on.
    page.key_edit.setPlainText("Maps.")
    page.points_list.setCurrentRow(1)
    assert session.point(point).key_messages == "Maps."
    assert page.points_list.currentRow() == 1 and not page.point_refusal.isVisible()


def test_closing_with_a_refused_text_asks_before_dropping_it(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    told: list[str] = []
    window.show_error = lambda message: told.append(message)
    page = outcome_page(qtbot, window)
    too_long = "Cartes. " * (MAX_TEXT // 8 + 1)
    page.summary_edit.setFocus()
    page.summary_edit.insertPlainText(too_long)
    asked: list[str] = []

    def keep(text: str) -> bool:
        asked.append(text)
        return False

    page.ask_discard = keep
    window.close()
    assert asked == [too_long.strip()]  # the person is asked, with the text
    assert window.isVisible() and window.session is session  # "No": nothing closes
    assert window.pages.currentIndex() == 3 and page.summary_edit.toPlainText() == too_long
    assert "shorten it" in page.point_refusal.text()
    page.ask_discard = lambda text: True
    window.close()
    assert window.session is None


def test_right_to_left_paragraphs_read_from_the_right(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    page = outcome_page(qtbot, window)
    type_into(qtbot, page.key_edit, "Maps with residents")
    qtbot.keyClick(page.key_edit, Qt.Key.Key_Return)
    page.key_edit.insertPlainText("إشراك السكان منذ البداية.")  # short: where it sits shows
    latin, arabic = page.key_edit.document().firstBlock(), page.key_edit.document().lastBlock()
    assert latin.textDirection() == Qt.LayoutDirection.LeftToRight
    assert arabic.textDirection() == Qt.LayoutDirection.RightToLeft
    width = page.key_edit.viewport().width()
    assert latin.layout().lineAt(0).naturalTextRect().right() < width / 2
    assert arabic.layout().lineAt(0).naturalTextRect().left() > width / 2  # from the right
    # In the list of contributions too, each cell in its own text's direction.
    view = page.contributions_view
    delegate = view.itemDelegate()
    for row in range(len(SAID)):
        item = page.contributions.contribution_at(row)
        assert item is not None
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, page.contributions.index(row, 3))  # type: ignore[attr-defined]
        rtl = item.text == ARABIC
        assert option.direction == (
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )


def test_the_consoles_contributions_read_each_in_its_own_direction(
    qtbot: QtBot, window: MainWindow
) -> None:
    # The console's list of contributions, where the facilitator sees what was just
    # captured: an Arabic contribution reads from the right among Latin and Chinese ones.
    assert window.console is not None
    panel = window.console.capture
    window.show_page(0)
    capture(qtbot, window, "王秀英", "学校每学期组织一次疏散演练。", "proposal")
    capture(qtbot, window, "عبد الرحمن الفاسي", ARABIC, "proposal")
    delegate = panel.view.itemDelegate()
    directions = {}
    for row in range(panel.model.rowCount()):
        index = panel.model.index(row, 3)
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)  # type: ignore[attr-defined]
        directions[index.data()] = option.direction
    assert directions[ARABIC] == Qt.LayoutDirection.RightToLeft
    assert directions["学校每学期组织一次疏散演练。"] == Qt.LayoutDirection.LeftToRight


def test_the_page_follows_captures_and_a_new_session(
    qtbot: QtBot, window: MainWindow, session: Session, tmp_path: Path
) -> None:
    page = outcome_page(qtbot, window)
    window.show_page(0)
    capture(qtbot, window, "王秀英", "学校每学期组织一次疏散演练。", "proposal")
    window.show_page(3)
    assert page.contributions.contribution_at(0).text == "学校每学期组织一次疏散演练。"  # type: ignore[union-attr]
    type_into(qtbot, page.key_edit, "Drills each term")
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    other = make_session(other_folder)
    other_path = other.path
    other.agenda.edit_point(other.agenda.points()[0].id, text="Who keeps the shelters open?")
    other.close()
    point = long_point(session)
    path = session.path
    assert window.open_path(other_path)  # File ▸ Open
    again = Session.open(path)
    try:
        assert again.point(point).key_messages == "Drills each term"
    finally:
        again.close()
    window.show_page(3)
    fresh = window.ensure_outcome()
    qtbot.waitUntil(fresh.isVisible)
    assert fresh is not page
    assert "Who keeps the shelters open?" in fresh.points_list.item(1).text()
    assert fresh.key_edit.toPlainText() == ""


# -- the start and time zone, in the session settings -------------------------------------------


def test_start_and_time_zone_are_saved_with_the_other_facts_in_one_step(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    before = session.info()
    dialog = SettingsDialog(window, before)
    qtbot.addWidget(dialog)
    assert not dialog.start_known.isChecked() and dialog.zone.currentText() == ""
    assert "this computer's zone" in dialog.zone.lineEdit().placeholderText().casefold()  # type: ignore[union-attr]
    dialog.title.setText("Villes et communautés")
    dialog.start_known.setChecked(True)
    dialog.start.setDateTime(QDateTime(QDate(2025, 10, 8), QTime(14, 30)))
    dialog.zone.setCurrentText("America/Santiago")
    dialog.show()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[union-attr]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    window.ask_settings_values = dialog.result_value
    window.ask_settings()
    info = session.info()
    start = dt.datetime(2025, 10, 8, 14, 30, tzinfo=ZoneInfo("America/Santiago"))
    assert (info.title, info.starts_at, info.time_zone) == (
        "Villes et communautés",
        start.timestamp(),
        "America/Santiago",
    )
    # Shown again as it was set, in the breakout's own zone.
    shown = SettingsDialog(window, info)
    qtbot.addWidget(shown)
    assert shown.start_known.isChecked() and shown.zone.currentText() == "America/Santiago"
    assert shown.start.dateTime().toString("yyyy-MM-dd HH:mm") == "2025-10-08 14:30"
    window.undo_stack.undo()  # title, start and zone were one step
    assert session.info() == before


def test_a_time_zone_nobody_knows_is_refused_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    before = session.info()
    steps = window.undo_stack.count()
    dialog = SettingsDialog(window, before)
    qtbot.addWidget(dialog)
    dialog.title.setText("Another title")
    dialog.zone.setCurrentText("Mars/Olympus_Mons")
    dialog.show()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[union-attr]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # still open, to correct the zone
    assert dialog.problem.isVisible()
    assert "'Mars/Olympus_Mons' is not a time zone this computer knows" in dialog.problem.text()
    dialog.close()
    # The window's own check, whatever gives it the values.
    told: list[str] = []
    window.show_error = lambda message: told.append(message)
    bad = SettingsEdit(
        "Another title", "", "", False, 10, dt.datetime(2025, 10, 8, 14, 0), "Mars/Olympus_Mons"
    )
    window.ask_settings_values = lambda: bad
    window.ask_settings()
    assert told and "is not a time zone this computer knows" in told[0]
    assert session.info() == before
    assert window.undo_stack.count() == steps


def test_drafts_can_be_stopped_and_a_point_without_contributions_says_so(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    page = outcome_page(qtbot, window)
    page.suggest_drafts()
    assert page.drafts_box.isVisible() and page.drafts_box.busy.isVisible()
    assert not page.suggest_button.isEnabled()
    page.drafts_box.cancel_button.click()  # before the result can arrive
    assert not page.drafts_box.isVisible() and "no drafts were kept" in page.drafts_note.text()
    qtbot.waitUntil(lambda: page.worker is None, timeout=60_000)
    assert not page.drafts_box.isVisible() and page.drafts_box.list.count() == 0
    assert page.suggest_button.isEnabled()
    page.points_list.setCurrentRow(1)  # nothing was said at the first point
    assert page.drafts_note.text() == ""
    page.suggest_drafts()
    assert page.worker is None and "No contributions to draft from" in page.drafts_note.text()
    assert session.point(session.agenda.points()[0].id).key_messages == ""


def test_every_underlined_letter_on_the_page_works(qtbot: QtBot, window: MainWindow) -> None:
    from tests.gui.test_mnemonics import walk

    page = outcome_page(qtbot, window)
    page.suggest_drafts()  # the drafts' buttons show with them
    qtbot.waitUntil(lambda: page.worker is None, timeout=60_000)
    assert page.drafts_box.use_all_button.isVisible()
    keys = {t.key for t in walk(qtbot, window, page.points_list)}
    assert {"M", "T", "K", "G", "A", "S", "I", "U", "B", "N"} <= keys
    window.show_page(3)
    page.points_list.setCurrentRow(0)  # the whole session's texts
    qtbot.waitUntil(page.next_steps_edit.isVisible)
    keys = {t.key for t in walk(qtbot, window, page.points_list)}
    assert {"K", "N", "O"} <= keys


def test_the_page_redraws_for_what_it_shows_and_not_for_votes(
    qtbot: QtBot, window: MainWindow, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = outcome_page(qtbot, window)
    reloads: list[str] = []
    monkeypatch.setattr(page, "reload", lambda: reloads.append("outcome"))
    assert window.ops is not None
    window.ops.run(lambda: session.voting.create_round(method="approval", items=["Maps", "Drills"]))
    assert reloads == []  # a voting round is not on this page
    window.ops.run(lambda: session.outcome.edit_session(next_steps="Publish the routes"))
    assert reloads == ["outcome"]
    reloads.clear()
    capture(qtbot, window, "王秀英", "学校每学期组织一次疏散演练。", "comment")
    assert reloads == ["outcome"]
