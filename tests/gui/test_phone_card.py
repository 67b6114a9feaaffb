"""A card for someone at the door, from the phone panel: a code in seconds, shown only to the
facilitator, printable as one card, and good on a phone for the round that is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from breakout_qt.main_window import MainWindow
from breakout_qt.phone_panel import PhonePanel
from tests.gui.test_phone_owner import in_background, phone_votes, voting_session
from tests.gui.test_phone_panel import free_port, on_loopback
from tests.gui.windows import shown_window


def _texts(widget: QWidget) -> str:
    """Every word a widget and its children show or say to a screen reader."""
    parts = [widget.accessibleName(), widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        parts += [child.accessibleName(), child.toolTip()]
        if isinstance(child, QLabel):
            parts.append(child.text())
    return "\n".join(parts)


def _give(qtbot: QtBot, panel: PhonePanel, name: str, *, enter: bool = False) -> str:
    """Type a name (QTest types only ASCII keys: the rest is put in as an input method does)
    and press Give a code, or Enter in the field."""
    card = panel.walk_in
    card.name_edit.clear()
    card.name_edit.insert(name)
    if enter:
        qtbot.keyClick(card.name_edit, Qt.Key.Key_Return)
    else:
        qtbot.mouseClick(card.give_button, Qt.MouseButton.LeftButton)
    return card.code_label.text()


def _panel(qtbot: QtBot, window: MainWindow) -> PhonePanel:
    panel = window.ask_phones()
    qtbot.waitExposed(panel)
    return panel


def test_a_walk_in_gets_a_code_that_votes_from_a_phone_and_never_reaches_the_room(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session, codes, rid = voting_session(tmp_path)
    window = shown_window(qtbot, session, tmp_path)
    screen = window.open_shared_screen()
    panel = _panel(qtbot, window)
    on_loopback(panel, free_port())
    panel.start_button.click()
    assert panel.server is not None

    name = "Léa Haddad-Ferreira ليلى 李蕾"
    code = _give(qtbot, panel, name)
    person = next(p for p in session.people.participants() if p.name == name)
    assert code == person.voting_code and len(code) >= 5
    assert person.checked_in_at is not None
    assert code not in codes.values()  # a new card, not someone else's
    assert name in panel.walk_in.who_label.text()
    assert panel.walk_in.name_edit.text() == ""  # ready for the next person
    qtbot.wait(50)  # the room's screen redraws from the change
    assert code not in _texts(screen)

    card = panel.walk_in.card_html()
    assert card.count("<td") == 1 and code in card and "Léa Haddad-Ferreira" in card
    assert panel.walk_in.print_button.isEnabled()

    item = session.voting.round_items(rid)[0].id
    phone = in_background(phone_votes, panel.server, code, rid, item)
    qtbot.waitUntil(phone.done)
    assert [status for status, _ in phone.result()] == [200, 200]
    assert person.id in session.voting.voters(rid)

    panel.hide()  # the code does not wait on the panel for the next person to see
    assert panel.walk_in.code_label.text() == "" and not panel.walk_in.print_button.isEnabled()
    panel.stop()
    window.close()


def test_walk_ins_without_a_name_are_numbered_and_undo_takes_a_card_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session, codes, _ = voting_session(tmp_path)
    late = session.people.add_participant("Zhou Xin 周昕").result  # on the roster, no card yet
    window = shown_window(qtbot, session, tmp_path)
    panel = _panel(qtbot, window)
    people = len(session.people.participants())

    first = _give(qtbot, panel, "")
    second = _give(qtbot, panel, "   ", enter=True)
    named = {p.name: p.voting_code for p in session.people.participants()}
    assert named["Walk-in 1"] == first and named["Walk-in 2"] == second and first != second

    # Someone on the roster is checked in and given a card, not added a second time.
    zhou = _give(qtbot, panel, "zhou xin 周昕")
    person = next(p for p in session.people.participants() if p.id == late)
    assert person.voting_code == zhou and person.checked_in_at is not None
    # Someone who lost their card gets the same code again.
    assert (
        _give(qtbot, panel, "Walk-in Wanjiru Kamau-Ōtsuka") == codes["Walk-in Wanjiru Kamau-Ōtsuka"]
    )
    assert len(session.people.participants()) == people + 2

    window.undo_stack.undo()  # Zhou Xin's card
    person = next(p for p in session.people.participants() if p.id == late)
    assert person.voting_code is None and person.checked_in_at is None
    window.undo_stack.undo()  # the second walk-in
    assert "Walk-in 2" not in {p.name for p in session.people.participants()}
    assert _give(qtbot, panel, "") == next(
        p.voting_code for p in session.people.participants() if p.name == "Walk-in 2"
    )
    window.close()
