"""What phones send waits in the console's inbox until the facilitator accepts, edits
or dismisses it, each an ordinary undoable step."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from breakout_qt.phone_inbox import InboxBox
from tests.gui.test_phone_owner import in_background, phone_posts, voting_session
from tests.gui.test_phone_panel import free_port, on_loopback
from tests.gui.windows import shown_window

LONG = (
    "Que les comités de vivienda de Quilpué co-signent les cartes des risques — "
    "وأن تُترجم خرائط المخاطر إلى العربية والكريولية — 并在冬季风暴前公布疏散路线; "
) * 4
LONG = LONG.strip()  # what a phone sends is kept without its outer spaces


def lines(box: InboxBox) -> list[str]:
    rows = (box.list.item(i) for i in range(box.list.count()))
    return [row.text() for row in rows if row is not None]


def test_phone_proposals_wait_in_the_inbox_and_each_choice_is_undoable(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session, codes, _ = voting_session(tmp_path)
    assert len(LONG) > 400
    window = shown_window(qtbot, session, tmp_path)
    panel = window.ask_phones()
    box = panel.inbox
    assert box.title() == "Inbox: 0 waiting" and not box.accept_button.isEnabled()
    on_loopback(panel, free_port())
    panel.start_button.click()
    assert panel.server is not None
    sent = [
        ("/api/send", {"text": LONG, "kind": "proposal", "named": True}),
        ("/api/send", {"text": "¿Quién paga las bombas de drenaje?", "kind": "question"}),
        ("/api/send", {"text": "社区水委员会", "kind": "proposal"}),
    ]
    phone = in_background(phone_posts, panel.server, codes["Leila Mansour-Haddad"], sent)
    qtbot.waitUntil(phone.done)
    assert [status for status, _ in phone.result()] == [200, 200, 200, 200]
    assert box.title() == "Inbox: 3 waiting"
    assert lines(box) == [
        f"Proposal · Leila Mansour-Haddad\n{LONG}",
        "Question · unnamed\n¿Quién paga las bombas de drenaje?",
        "Proposal · unnamed\n社区水委员会",
    ]
    point = session.info().current_point
    before = [c.text for c in session.capture.contributions(point)]

    box.list.setCurrentRow(0)
    box.accept_button.click()
    made = [c for c in session.capture.contributions(point) if c.text == LONG]
    leila = next(p.id for p in session.people.participants() if p.name == "Leila Mansour-Haddad")
    assert len(made) == 1 and made[0].participant == leila  # she asked to be named
    assert box.title() == "Inbox: 2 waiting"

    box.list.setCurrentRow(0)
    box.ask_text = lambda text: text.replace("bombas", "bombas de agua")
    box.edit_button.click()
    assert lines(box)[0] == "Question · unnamed\n¿Quién paga las bombas de agua de drenaje?"

    box.list.setCurrentRow(1)
    box.dismiss_button.click()
    assert lines(box) == ["Question · unnamed\n¿Quién paga las bombas de agua de drenaje?"]

    # Each was one step: undo takes back the dismissal, the edit and the acceptance.
    assert window.undo_stack.undoText() == "Dismiss inbox item"
    for _ in range(3):
        window.undo_stack.undo()
    assert box.title() == "Inbox: 3 waiting"
    assert lines(box)[1] == "Question · unnamed\n¿Quién paga las bombas de drenaje?"
    assert [c.text for c in session.capture.contributions(point)] == before
    panel.stop()
    window.close()
