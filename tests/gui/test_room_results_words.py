"""A closed round's explanation, and a speaker who may not be named, in the language of the
window that shows them: the room's screen in the room's language(s), the voting page in the
console's."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from breakout.session import Session
from breakout.tally import tally_round
from breakout_qt.i18n import Catalogue, RoomWords
from breakout_qt.shared_screen import SharedScreen
from breakout_qt.vote_page import VotePage
from tests.gui.test_board_languages import (
    ARABIC,
    CHINESE,
    briefed,
    closed_round_with_a_tie,
    console_speaking,
    operations,
)

pytestmark = pytest.mark.gui

__all__ = ["briefed"]  # the fixture, used by name

ENGLISH = (
    "Dot voting: each voter had 5 dots to place, at most 2 on one item, and an item's score "
    "is the number of dots it got (a raised hand counts as one dot)."
)


def text_of(cell: QTableWidgetItem | None) -> str:
    assert cell is not None
    return cell.text()


def room(qtbot: QtBot, session: Session, words: RoomWords) -> SharedScreen:
    screen = SharedScreen(session, words=words)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_a_french_room_is_told_in_french_how_the_dots_were_counted(
    qtbot: QtBot, briefed: Session
) -> None:
    round_id = closed_round_with_a_tie(briefed)
    assert tally_round(briefed, round_id).explanation == ENGLISH
    screen = room(qtbot, briefed, RoomWords(Catalogue("fr")))
    screen.show_results(round_id)
    assert screen.results_view is not None
    assert screen.results_view.heading_label.text() == "Résultats · Vote par gommettes"
    assert screen.results_view.explanation_label.text() == (
        "Vote par gommettes : chaque votant disposait de 5 gommettes, au plus 2 sur une même "
        "option, et le score d’une option est le nombre de gommettes reçues (une main levée "
        "compte pour une gommette)."
    )


def test_an_arabic_and_english_room_is_told_in_both(qtbot: QtBot, briefed: Session) -> None:
    round_id = closed_round_with_a_tie(briefed)
    screen = room(qtbot, briefed, RoomWords(Catalogue("ar"), Catalogue("en")))
    screen.show_results(round_id)
    assert screen.results_view is not None
    arabic = (
        "التصويت بالنقاط: كان لكل مصوّت 5 نقاط، 2 على الأكثر على بند واحد، ونتيجة البند هي عدد"
        " النقاط التي نالها (اليد المرفوعة تُحسب نقطة واحدة)."
    )
    # The English line keeps its own order under the Arabic one (a left-to-right isolate).
    assert screen.results_view.explanation_label.text() == f"{arabic}\n\u2066{ENGLISH}\u2069"


def test_the_french_consoles_vote_page_says_how_it_was_counted_and_the_order_in_french(
    qtbot: QtBot, briefed: Session
) -> None:
    round_id = closed_round_with_a_tie(briefed)
    errors: list[str] = []
    with console_speaking("fr"):
        page = VotePage(
            briefed,
            operations(briefed, errors),
            show_error=errors.append,
            shared_screen=lambda: SharedScreen(briefed),
        )
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        page.select_round(round_id)
        said = page.results_box.explanation_label.text()
        order = page.results_box.order_label.text()
    assert said == (
        "Vote par gommettes : chaque votant disposait de 5 gommettes, au plus 2 sur une même "
        "option, et le score d’une option est le nombre de gommettes reçues (une main levée "
        "compte pour une gommette)."
    )
    assert (
        order
        == f"Ordre par gommettes : {ARABIC.strip()} > {CHINESE} = Crédit pour des moteurs propres"
    )
    assert errors == []


def test_a_named_rooms_screen_calls_whoever_declined_naming_a_speaker_in_its_languages(
    qtbot: QtBot, briefed: Session
) -> None:
    assert not briefed.info().chatham_house
    people = {p.name: p.id for p in briefed.people.participants()}
    briefed.agenda.start_point(briefed.agenda.points()[0].id)
    # Li Wei (李伟) did not agree to be named; the others did.
    for name in ("Ana Lima", "Li Wei (李伟)", "Jean-Éric Dubois"):
        briefed.queue.request_turn(people[name])
    briefed.queue.call_next()
    french = room(qtbot, briefed, RoomWords(Catalogue("fr")))
    both = room(qtbot, briefed, RoomWords(Catalogue("ar"), Catalogue("en")))
    assert french.speaker_label.text() == "À la parole : Ana Lima"
    assert french.queue_label.text() == "Ensuite : Orateur 1 · Jean-Éric Dubois"
    assert both.queue_label.text() == (
        "التالي: المتحدث 1 · Jean-Éric Dubois\n\u2066Next: Speaker 1 · Jean-Éric Dubois\u2069"
    )

    briefed.queue.call_next()
    for screen in (french, both):
        screen.refresh()
    assert french.speaker_label.text() == "À la parole : Orateur"
    assert both.speaker_label.text() == "يتحدث الآن: متحدث\n\u2066Speaking: Speaker\u2069"
    assert "Li Wei" not in french.speaker_label.text() + french.queue_label.text()


def test_the_french_consoles_support_by_group_is_in_french(qtbot: QtBot, briefed: Session) -> None:
    for name in ("Kofi Mensah", "Élodie Martin", "Sun Li (孙丽)"):
        briefed.people.add_participant(name, stakeholder_group="Industrie", present=True)
    round_id = int(
        briefed.voting.create_round(
            method="agreement", items=["Quotas partagés", CHINESE], title="Accord ?", secret=False
        ).result
    )
    briefed.voting.open_round(round_id)
    shared, chinese = (i.id for i in briefed.voting.round_items(round_id))
    industry = [p for p in briefed.people.participants() if p.stakeholder_group == "Industrie"]
    for person, level in zip(industry, (4, 3, 3), strict=True):
        briefed.voting.cast_ballot(round_id, person.id, {shared: level, chinese: 5})
    briefed.voting.close_round(round_id)
    errors: list[str] = []
    with console_speaking("fr"):
        page = VotePage(
            briefed,
            operations(briefed, errors),
            show_error=errors.append,
            shared_screen=lambda: SharedScreen(briefed),
        )
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        page.select_round(round_id)
        table = page.results_box.groups_table
        cells = {
            text_of(table.verticalHeaderItem(row)): text_of(table.item(row, 0))
            for row in range(table.rowCount())
        }
    assert text_of(table.horizontalHeaderItem(0)) == "Industrie"
    assert cells == {CHINESE: "5,0 sur 5", "Quotas partagés": "3,3 sur 5"}
    assert errors == []
