"""The console's board, voting page and results chart in the console's language, and the
room's results chart in the room's: a French board, Russian plural forms, an Arabic chart
mirrored on the room's screen while the English console's is not."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from breakout.briefing import parse_briefing
from breakout.roster import parse_roster
from breakout.session import Session
from breakout.voting.base import ItemResult
from breakout_qt.board import Board
from breakout_qt.chart_words import figure
from breakout_qt.charts import BarChart
from breakout_qt.i18n import Catalogue, RoomWords, install
from breakout_qt.shared_screen import SharedScreen
from breakout_qt.undo import Operations
from breakout_qt.vote_page import VotePage

pytestmark = pytest.mark.gui

BRIEFING = Path(__file__).parents[1] / "unit" / "data" / "briefings" / "coastal_fisheries.txt"
ROSTER = (
    "name,organisation,stakeholder group,may be named\n"
    "Ana Lima,Cooperativa Pesquera,Civil society,yes\n"
    "Fatima Al-Zahra (فاطمة الزهراء),Women Fish Traders,Civil society,yes\n"
    "Li Wei (李伟),Ocean Institute,Academia,no\n"
    "Zoë Ngata,Island Council,Government,yes\n"
    "Jean-Éric Dubois,Port Authority,Government,yes\n"
    "Olga Ivanova,Fisheries Agency,Government,yes\n"
)
ARABIC = "إنشاء صندوق مشترك لصيانة المرافئ الصغيرة وتدريب الصيادين الشباب على السلامة في البحر " * 5
CHINESE = "建立共享的渔获数据平台，让小规模渔民也能及时看到配额与价格信息"


@pytest.fixture
def briefed(session: Session) -> Session:
    """From a briefing and a roster: all but one checked in, and a walk-in."""
    session.import_briefing(parse_briefing(BRIEFING.read_text(encoding="utf-8")))
    session.people.import_roster(parse_roster(ROSTER.encode("utf-8"), source="roster.csv"))
    for person in session.people.participants():
        if person.name != "Zoë Ngata":
            session.people.check_in(person.id)
    session.people.add_participant("Walk-in Nguyễn Thị Hoa", present=True)
    return session


@contextmanager
def console_speaking(language: str) -> Iterator[None]:
    """The application in ``language`` (as `app.run` installs it), then back to English."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    installed = install(app, language)
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(before)


def operations(session: Session, errors: list[str]) -> Operations:
    return Operations(session, QUndoStack(), errors.append)


def test_the_board_in_french_says_its_headings_and_buttons_in_french(
    qtbot: QtBot, briefed: Session
) -> None:
    point = briefed.agenda.points()[0].id
    arabic = briefed.board.add_recommendation(ARABIC, point_id=point).result
    chinese = briefed.board.add_recommendation(CHINESE, point_id=point).result
    briefed.board.add_recommendation("Former les jeunes pêcheurs à la sécurité", point_id=point)
    briefed.board.add_cluster("Ports", members=[arabic])
    briefed.board.add_cluster("Données", members=[chinese], suggested=True)
    errors: list[str] = []
    with console_speaking("fr"):
        board = Board(
            briefed,
            operations(briefed, errors),
            anonymous=lambda: False,
            show_error=errors.append,
        )
        qtbot.addWidget(board)
        board.resize(1366, 700)
        board.show()
        qtbot.waitExposed(board)
        model = board.model
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
        shown = [model.data(model.index(r, 0)) for r in range(model.rowCount())]

        assert board.suggest_button.text() == "&Suggérer des groupes (Ctrl+G)"
        assert board.accept_all_button.text() == "&Accepter toutes les suggestions"
        assert board.save_wording_button.text() == "&Enregistrer le libellé (Ctrl+Entrée)"
        assert board.group_title.text() == "Choisissez un groupe pour rédiger sa recommandation"
        assert board.tree.accessibleName() == "Recommandations par groupe"
        assert headers == ["Recommandation", "Point", "Auteur"]
        # A group's name keeps its own direction inside the sentence (a Unicode isolate).
        assert shown == [
            "\u2068Ports\u2069 (1)",
            "\u2068Données\u2069 (1) — suggéré, Entrée pour l’accepter",
            "Hors groupe (1)",
        ]
        # The proposals themselves stay as they were written, in Arabic and Chinese.
        ports, data = model.index(0, 0), model.index(1, 0)
        assert model.data(model.index(0, 0, ports)) == ARABIC.strip()
        assert model.data(model.index(0, 0, data)) == CHINESE
        assert model.data(model.index(0, 1, ports)) == "Point 1"
        assert model.data(model.index(0, 0, QModelIndex()), Qt.ItemDataRole.ToolTipRole) == (
            "Pas encore de libellé consolidé"
        )
        actions = [a.text() for a in board.actions_by_name.values()]
        assert "Déplacer vers un groupe…" in actions
    assert errors == []


def test_the_vote_page_in_russian_counts_voters_in_the_right_form(
    qtbot: QtBot, briefed: Session
) -> None:
    present = [p for p in briefed.people.participants() if p.present]
    round_id = int(
        briefed.voting.create_round(
            method="dots",
            items=[ARABIC, CHINESE, "Crédit pour des moteurs propres"],
            settings={"budget": 5, "per_item_cap": 2},
            title="Что вынести на пленарное заседание?",
            secret=False,
        ).result
    )
    briefed.voting.open_round(round_id)
    first = briefed.voting.round_items(round_id)[0].id
    errors: list[str] = []
    seen = {}
    with console_speaking("ru"):
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
        assert page.open_button.text() == "&Открыть голосование"
        assert page.close_button.text() == "&Закрыть голосование…"
        assert page.facts_label.text() == (
            "Голосование точками · 5 точек на человека, не больше 2 на один вариант · "
            "поимённое голосование · голосование открыто"
        )
        for voter in present[:5]:
            briefed.voting.cast_ballot(round_id, voter.id, {first: 1})
            page.reload()
            seen[briefed.voting.turnout(round_id)[0]] = page.voters_label.text()
    n = len(present)
    assert n == 6
    assert seen[1] == f"Проголосовал 1 человек из {n} присутствующих"
    assert seen[3] == f"Проголосовали 3 человека из {n} присутствующих"
    assert seen[5] == f"Проголосовали 5 человек из {n} присутствующих"
    assert errors == []


def closed_round_with_a_tie(session: Session) -> int:
    """Dots: the Arabic proposal first (4 dots), the Chinese one and a third tied (2 each)."""
    round_id = int(
        session.voting.create_round(
            method="dots",
            items=[ARABIC, CHINESE, "Crédit pour des moteurs propres"],
            settings={"budget": 5, "per_item_cap": 2},
            title="ما الذي نحمله إلى الجلسة العامة؟",
            secret=False,
        ).result
    )
    session.voting.open_round(round_id)
    arabic, chinese, third = (i.id for i in session.voting.round_items(round_id))
    voters = [p for p in session.people.participants() if p.present]
    session.voting.cast_ballot(round_id, voters[0].id, {arabic: 2, chinese: 1, third: 1})
    session.voting.cast_ballot(round_id, voters[1].id, {arabic: 2, chinese: 1, third: 1})
    session.voting.close_round(round_id)
    return round_id


def colour_at(chart: BarChart, x: float, y: float) -> QColor:
    image = chart.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(x * ratio), round(y * ratio))


def test_the_rooms_chart_mirrors_in_arabic_while_the_english_consoles_does_not(
    qtbot: QtBot, briefed: Session
) -> None:
    round_id = closed_round_with_a_tie(briefed)
    screen = SharedScreen(briefed, words=RoomWords(Catalogue("ar"), Catalogue("en")))
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    screen.show_results(round_id)
    assert screen.results_view is not None
    room_chart = screen.results_view.chart
    errors: list[str] = []
    page = VotePage(
        briefed, operations(briefed, errors), show_error=errors.append, shared_screen=lambda: screen
    )
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.select_round(round_id)
    console_chart = page.results_box.chart

    # The room's chart speaks Arabic, plural forms and the word under a shared rank too.
    assert [r.value for r in room_chart.rows()] == ["4 نقاط", "نقطتان", "نقطتان"]
    assert "تعادل" in room_chart.accessibleDescription()
    assert [r.value for r in console_chart.rows()] == ["4 dots", "2 dots", "2 dots"]
    assert "2 (tie)" in console_chart.accessibleDescription()

    assert room_chart.layoutDirection() == Qt.LayoutDirection.RightToLeft
    room_chart.grab()  # paints it
    top, second, third = room_chart.painted_bars()
    # Right to left: every bar grows from the same right edge, near the chart's right side,
    # and the shorter bars end further right than the full one.
    assert top.right() == second.right() == third.right()
    assert top.right() > room_chart.width() * 0.75
    assert second.left() > top.left()
    bar = QColor(screen.colours.normal)
    assert colour_at(room_chart, top.right() - top.height(), top.center().y()) == bar
    assert colour_at(room_chart, second.left() - 4, second.center().y()) != bar

    assert console_chart.layoutDirection() == Qt.LayoutDirection.LeftToRight
    console_chart.grab()
    top, second, third = console_chart.painted_bars()
    assert top.left() == second.left() == third.left()
    assert top.left() < console_chart.width() * 0.25
    assert second.right() < top.right()
    assert errors == []


def test_a_french_chart_shows_the_french_figures(qtbot: QtBot, briefed: Session) -> None:
    round_id = closed_round_with_a_tie(briefed)
    screen = SharedScreen(briefed, words=RoomWords(Catalogue("fr")))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.show_results(round_id)
    assert screen.results_view is not None
    chart = screen.results_view.chart
    assert [r.value for r in chart.rows()] == ["4 gommettes", "2 gommettes", "2 gommettes"]
    assert "2 (ex æquo)" in chart.accessibleDescription()


@pytest.mark.parametrize(
    ("language", "detail", "said"),
    [
        ("fr", {"votes": 5, "blocks": 1}, "moyenne 3,4 sur 5 · 1 blocage"),
        ("ru", {"votes": 5, "blocks": 2}, "в среднем 3,4 из 5 · 2 блокировки"),
        ("ar", {"votes": 5, "blocks": 0}, "المتوسط 3.4 من 5"),
        ("zh_CN", {}, "未评定"),
    ],
)
def test_an_agreement_figure_is_said_with_the_languages_decimal_sign(
    language: str, detail: dict[str, float], said: str
) -> None:
    item = ItemResult(item=1, label="x", rank=1, score=3.44, share=1.0, detail=detail)
    assert figure(Catalogue(language), "agreement", item) == said
