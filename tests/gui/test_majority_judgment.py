"""Majority judgment through the Qt client, on a session made from a briefing and a roster.

The session comes from ``tests/data/real_session`` (its briefing and 40-person
roster; nobody checked in until the facilitator does it, one walk-in). The
round's options are typed in Arabic, Chinese and French; voters grade them at
the kiosk by keyboard and by mouse; the results show on the page and the
shared screen, and the report is exported.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from breakout.briefing import read_briefing
from breakout.report.exports import export_all
from breakout.roster import read_roster
from breakout.session import Session
from breakout_qt.kiosk.ballots import BALLOTS
from breakout_qt.kiosk.ballots.majority import MajorityBallot
from breakout_qt.vote_dialogs import RoundDialog
from tests.gui.test_voting import Harness, screen_text, type_text, wait_for_start
from tests.helpers import FakeClock

pytestmark = pytest.mark.gui

DATA = Path(__file__).parent.parent / "data" / "real_session"
OPTIONS = (
    "تمويل شبكات الصرف في البلديات الصغيرة قبل موسم الأمطار",
    "由学校和青年团体帮助家庭准备疏散路线",
    "Cartographier les risques avec les comités de quartier",
)
TITLE = "Quelles priorités pour le plénier ?"
GRADES_SHOWN = ["Excellent", "Very good", "Good", "Fair", "Poor", "Reject"]


@pytest.fixture
def forum(tmp_path: Path) -> Session:
    session = Session.create(tmp_path / "forum.breakout", clock=FakeClock())
    session.import_briefing(read_briefing(DATA / "briefing.md"))
    session.people.import_roster(read_roster(DATA / "roster.csv"))
    for person in session.people.participants()[:4]:
        session.people.check_in(person.id)
    session.people.add_participant("Nguyễn Thị Hồng (walk-in)", present=True)
    session.people.issue_voting_codes()
    return session


def test_every_voting_method_has_a_ballot_widget() -> None:
    from breakout.voting import METHODS

    assert list(BALLOTS) == list(METHODS)


def _press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard"
        qtbot.keyClick(target, key)


def _new_majority_round(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> int:
    """The real set-up dialog: the method chosen by its button, the options typed in."""

    def run(dialog: RoundDialog) -> int:
        dialog.show()
        dialog.title_edit.setText(TITLE)
        harness.click(dialog.method_buttons["majority"])
        assert "best middle grade wins" in dialog.method_buttons["majority"].accessibleDescription()
        for option in OPTIONS:
            dialog.extra_edit.setFocus()
            type_text(dialog.extra_edit, option)
            dialog.add_extra()
        assert dialog.count_label.text() == "3 items on the ballot"
        dialog.buttons.buttons()[0].click()
        return dialog.result()

    monkeypatch.setattr(RoundDialog, "exec", run)
    harness.page.new_round()
    round_id = harness.page.selected_round_id()
    assert round_id is not None
    return round_id


def test_a_majority_judgment_round_from_kiosk_to_report(
    qtbot: QtBot, forum: Session, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    harness = Harness(qtbot, forum, monkeypatch)
    page = harness.page
    rid = _new_majority_round(harness, monkeypatch)
    assert "Majority judgment · every item gets a grade from Excellent to Reject" in (
        page.facts_label.text()
    )
    harness.click(page.open_button)
    harness.click(page.kiosk_button)  # F7: the kiosk window opens
    kiosk = harness.kiosk
    kiosk.thanks_ms = 10
    harness.click(page.kiosk_button)  # F7 again: the voters get the keyboard
    qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk.window())
    codes = [p.voting_code or "" for p in forum.people.participants() if p.present]
    arabic, chinese, french = (i.id for i in forum.voting.round_items(rid))

    # Voter 1, by keyboard only: the focus starts on the first option's Excellent.
    assert QApplication.focusWidget() is kiosk.code_edit
    qtbot.keyClicks(kiosk.code_edit, codes[0])
    qtbot.keyClick(kiosk.code_edit, Qt.Key.Key_Return)
    assert kiosk.stage == "ballot", kiosk.message()
    widget = kiosk.ballot_widget
    assert isinstance(widget, MajorityBallot)
    first_row = widget.controls()[:6]
    assert [b.text() for b in first_row if isinstance(b, QAbstractButton)] == GRADES_SHOWN
    assert kiosk.status_label.text() == "0 of 3 items have a grade"
    _press(qtbot, Qt.Key.Key_Space)  # Arabic: Excellent
    _press(qtbot, Qt.Key.Key_Right, 8)  # past the Arabic row to Chinese: Good
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_Right, 9)  # to French: Reject
    _press(qtbot, Qt.Key.Key_Return)
    assert kiosk.ballot() == {arabic: 5, chinese: 3, french: 0}
    assert kiosk.status_label.text() == "3 of 3 items have a grade"
    harness.click(kiosk.review_button)
    assert screen_text(kiosk.review_stage).count("—") == 3
    assert f"Excellent  —  {OPTIONS[0]}" in screen_text(kiosk.review_stage)
    assert f"Reject  —  {OPTIONS[2]}" in screen_text(kiosk.review_stage)
    _press(qtbot, Qt.Key.Key_Return)  # the focus is on Confirm
    wait_for_start(qtbot, kiosk)

    # Voters 2 to 5, by mouse; the third first leaves an option without a grade.
    cast = [
        {arabic: 3, chinese: 4, french: 2},
        {arabic: 1, chinese: 3, french: 2},
        {arabic: 3, chinese: 2, french: 1},
        {arabic: 2, chinese: 3, french: 3},
    ]
    for n, ballot in enumerate(cast, 1):
        qtbot.keyClicks(kiosk.code_edit, codes[n])
        harness.click(kiosk.continue_button)
        widget = kiosk.ballot_widget
        assert isinstance(widget, MajorityBallot)
        for item, grade in ballot.items():
            if n == 2 and item == french:
                harness.click(kiosk.review_button)
                assert kiosk.message() == "Give every item a grade."
                assert kiosk.stage == "ballot"
            harness.click(widget.level_buttons[item][grade])
        assert [b.isChecked() for b in widget.level_buttons[arabic]].count(True) == 1
        harness.click(kiosk.review_button)
        harness.click(kiosk.confirm_button)
        wait_for_start(qtbot, kiosk)
    assert len(forum.voting.voters(rid)) == 5
    assert all(who is None for who, _ in forum.voting.ballots(rid))

    # Results: on the page, then on the room's screen.
    harness.answer("ask_confirm_close", lambda rnd: True)
    harness.click(page.close_button)
    rows = [(r.rank, r.label, r.value) for r in page.results_box.chart.rows()]
    # Chinese: Fair Good Good Good Very good; Arabic: Poor Fair Good Good Excellent
    # (both Good; Chinese ahead on the majority value); French: Reject Poor Fair Fair Good.
    assert rows == [
        (1, OPTIONS[1], "majority grade Good"),
        (2, OPTIONS[0], "majority grade Good"),
        (3, OPTIONS[2], "majority grade Fair"),
    ]
    assert "Balinski and Laraki" in page.results_box.explanation_label.text()
    assert page.results_box.turnout_label.text().startswith("5 of 5 voted")
    harness.click(page.results_button)
    room = screen_text(harness.screen)
    assert "Results · Majority judgment" in room
    view = harness.screen.results_view
    assert view is not None
    assert [(r.rank, r.label, r.value) for r in view.chart.rows()] == rows

    # The report, in every format.
    report = tmp_path / "report"
    report.mkdir()
    export_all(
        forum,
        pdf=report / "forum.pdf",
        markdown_path=report / "forum.md",
        csv_dir=report / "csv",
        json_path=report / "forum.json",
    )
    text = (report / "forum.md").read_text(encoding="utf-8")
    assert "Majority judgment: every item gets a grade from Excellent to Reject" in text
    assert "majority grade Good (20 % graded it higher, 20 % lower; from 5 votes)" in text
    assert text.index(OPTIONS[1]) < text.index(OPTIONS[0]) < text.index(OPTIONS[2])
    doc = json.loads((report / "forum.json").read_text(encoding="utf-8"))
    (exported,) = doc["rounds"]
    assert exported["method"] == "majority"
    assert [r["label"] for r in exported["results"]["ranking"]] == [
        OPTIONS[1],
        OPTIONS[0],
        OPTIONS[2],
    ]
    csv_text = "".join(p.read_text(encoding="utf-8-sig") for p in (report / "csv").iterdir())
    assert OPTIONS[0] in csv_text and "majority grade Good" in csv_text
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler) is not installed: the PDF text is not checked")
    pdf = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(report / "forum.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Majority judgment" in pdf and "majority grade Good" in pdf


def test_a_hand_count_by_grade(
    qtbot: QtBot, forum: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness = Harness(qtbot, forum, monkeypatch)
    page = harness.page
    rid = _new_majority_round(harness, monkeypatch)
    harness.click(page.open_button)
    arabic, chinese, _ = (i.id for i in forum.voting.round_items(rid))
    dialog = page.hand_count_dialog(rid)
    qtbot.addWidget(dialog)
    header_items = [dialog.table.horizontalHeaderItem(c) for c in range(6)]
    headers = [item.text() if item else None for item in header_items]
    assert headers == ["Reject", "Poor", "Fair", "Good", "Very good", "Excellent"]
    dialog.spin(arabic, 3).setValue(3)
    dialog.spin(chinese, 5).setValue(2)
    dialog.spin(chinese, 0).setValue(1)
    assert dialog.check_label.text() == "Every count fits the 5 people present."
    harness.answer("ask_hand_counts", lambda round_id: dialog.counts())
    harness.click(page.hands_button)
    assert harness.errors == []
    assert [t for t in forum.voting.hand_tallies(rid) if t[2]] == [
        (arabic, 3, 3),
        (chinese, 0, 1),
        (chinese, 5, 2),
    ]
    harness.stack.undo()  # one step takes every grade's count back
    assert forum.voting.hand_tallies(rid) == []
