"""Each page redraws when a change touches what it shows, and only then.

The engine says which areas a change touched (``Change.areas``); the board and
the voting page each declare the areas they show. A capture of a comment must
not rebuild a board of proposals, and a proposal must reach it. On a session
made from a briefing and a roster, nobody checked in, through the console's
own capture box.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from breakout_qt.main_window import MainWindow
from tests.gui.real_session import make_session
from tests.gui.windows import shown_window
from tests.helpers import FakeClock

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    session = make_session(tmp_path, FakeClock())
    win = shown_window(qtbot, session, tmp_path)
    yield win
    win.close()
    session.close()


def test_pages_redraw_for_the_areas_they_show_and_not_otherwise(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = window.session
    assert session is not None and window.console is not None
    board, vote = window.ensure_board(), window.ensure_vote()
    reloads: list[str] = []
    monkeypatch.setattr(board, "reload", lambda: reloads.append("board"))
    monkeypatch.setattr(vote, "reload", lambda: reloads.append("vote"))
    window.console.agenda.jump_to_row(0)  # start the first point: every page follows
    assert sorted(reloads) == ["board", "vote"]

    def capture(who: str, text: str, *, proposal: bool = False) -> list[str]:
        assert window.console is not None
        reloads.clear()
        panel = window.console.capture
        panel.speaker_box.setCurrentText(who)
        panel.set_kind("proposal" if proposal else "comment")
        panel.edit.setPlainText(text)
        qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
        assert panel.status.text().startswith("Saved"), panel.status.text()
        return sorted(reloads)

    # A comment by someone on the roster: neither page shows it.
    assert capture("王秀英", "港口物流公司可以分担排水费用。") == []
    # A proposal is a candidate on the board; the rounds keep their own wording.
    assert capture("Leila Mansour-Haddad", "Des cartes des risques faites avec les habitants",
                   proposal=True) == ["board"]  # fmt: skip
    # A walk-in named in the capture box is a new person: both pages show names.
    walk_in = capture("Nnamdi Okonkwo-Ibe", "Schools run evacuation drills", proposal=True)
    assert walk_in == [
        "board",
        "vote",
    ]
    # A group made on the board is something a round may put to the vote.
    reloads.clear()
    first, second = (r.id for r in session.board.recommendations()[:2])
    assert window.ops is not None
    window.ops.run(lambda: session.board.add_cluster("Cartes / 地图", members=[first, second]))
    assert sorted(reloads) == ["board", "vote"]
    # A ballot is never undoable, yet the voting page must show the turnout change.
    reloads.clear()
    item_labels = [r.text for r in session.board.recommendations()] + ["Autre"]
    rid = session.voting.create_round(method="approval", items=item_labels[:2]).result
    session.voting.open_round(rid)
    reloads.clear()
    first_item = session.voting.round_items(rid)[0].id
    session.voting.cast_ballot(rid, session.people.participants()[0].id, {first_item: 1})
    assert reloads == ["vote"]
