"""The kiosk and the room's screen in the room's languages: Arabic right to left, two
languages on the room's screen at once, and the choice kept in the app's settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from breakout.briefing import parse_briefing
from breakout.roster import parse_roster
from breakout.session import Session
from breakout.tally import tally_round
from breakout_qt.chart_words import turnout_words
from breakout_qt.i18n import (
    KIOSK_LANGUAGE_KEY,
    LANGUAGE_KEY,
    ROOM_LANGUAGE_KEY,
    ROOM_SECOND_KEY,
    Catalogue,
    RoomWords,
    console_language,
    install,
    kiosk_language,
    language_of,
    room_languages,
)
from breakout_qt.kiosk import Kiosk
from breakout_qt.kiosk.ballots.dots import DotsBallot
from breakout_qt.main_window import MainWindow
from breakout_qt.shared_screen import SharedScreen

pytestmark = pytest.mark.gui

BRIEFING = Path(__file__).parents[1] / "unit" / "data" / "briefings" / "coastal_fisheries.txt"
ROSTER = (
    "name,organisation,stakeholder group,may be named\n"
    "Ana Lima,Cooperativa Pesquera,Civil society,yes\n"
    "Fatima Al-Zahra (فاطمة الزهراء),Women Fish Traders,Civil society,yes\n"
    "Li Wei (李伟),Ocean Institute,Academia,no\n"
    "Zoë Ngata,Island Council,Government,yes\n"
)
LONG_ITEM = "إنشاء صندوق مشترك لصيانة المرافئ الصغيرة " * 12  # 500 characters and more


@pytest.fixture
def briefed(session: Session) -> Session:
    """From a briefing and a roster: three checked in (one a walk-in), one absent."""
    session.import_briefing(parse_briefing(BRIEFING.read_text(encoding="utf-8")))
    session.people.import_roster(parse_roster(ROSTER.encode("utf-8"), source="roster.csv"))
    for person in session.people.participants():
        if person.name != "Zoë Ngata":
            session.people.check_in(person.id)
    session.people.add_participant("Walk-in Nguyễn Thị Hoa", present=True)
    return session


def secret_dots_round(session: Session) -> int:
    session.people.issue_voting_codes()
    round_id = int(
        session.voting.create_round(
            method="dots",
            items=[LONG_ITEM, "Credit for new engines", "共享渔获数据"],
            settings={"budget": 5, "per_item_cap": 2},
            title="ما الذي نحمله إلى الجلسة العامة؟",
        ).result
    )
    session.voting.open_round(round_id)
    return round_id


def code_of(session: Session, name: str) -> str:
    return next(p.voting_code or "" for p in session.people.participants() if p.name == name)


def test_the_kiosk_in_arabic_reads_right_to_left_in_arabic(qtbot: QtBot, briefed: Session) -> None:
    round_id = secret_dots_round(briefed)
    kiosk = Kiosk(briefed, round_id, words=Catalogue("ar"))
    qtbot.addWidget(kiosk)
    kiosk.resize(1024, 700)
    kiosk.show()
    qtbot.waitExposed(kiosk)

    assert kiosk.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert kiosk.continue_button.isRightToLeft()  # the children follow
    assert kiosk.identify.prompt_label.text() == "اكتب الرمز المطبوع على بطاقتك"
    assert kiosk.continue_button.text() == "متابعة"
    # Continue stands left of the code field: the row reads from the right.
    assert kiosk.continue_button.x() < kiosk.code_edit.x()

    kiosk.code_edit.setText("NOPE42")
    kiosk.continue_button.click()
    assert (
        kiosk.message() == "هذا الرمز غير معروف. تحقق من الرمز المطبوع على بطاقتك وحاول مرة أخرى."
    )

    kiosk.code_edit.setText(code_of(briefed, "Li Wei (李伟)"))
    kiosk.continue_button.click()
    assert kiosk.stage == "ballot"
    assert kiosk.ballot_stage.instruction_label.text() == (
        "ضع ما يصل إلى 5 نقاط، و2 على الأكثر للخيار الواحد"
    )
    assert kiosk.status_label.text() == "المتبقي 5 من 5 نقاط"
    assert kiosk.cancel_button.text() == "إلغاء"
    assert "اقتراع سري" in kiosk.title_label.text()
    # Refused a third dot on one item, in Arabic: "two at most" is the dual form.
    widget = kiosk.ballot_widget
    assert isinstance(widget, DotsBallot)
    first = widget.items[0].id
    for _ in range(3):
        widget.plus_buttons[first].click()
    assert kiosk.message() == "نقطتان على الأكثر للخيار الواحد."
    assert kiosk.status_label.text() == "المتبقي 3 من 5 نقاط"
    # The ballot read back before confirming, in Arabic too.
    kiosk.review_button.click()
    assert kiosk.stage == "review"
    lines = [label.text() for label in kiosk.review_stage.summary_box.findChildren(QLabel)]
    assert lines == [f"نقطتان  —  {LONG_ITEM.strip()}", "(لم تُستخدم 3 نقاط)"]
    assert kiosk.confirm_button.text() == "تأكيد صوتي"


def test_russian_and_arabic_plurals_take_their_forms() -> None:
    russian, arabic = Catalogue("ru"), Catalogue("ar")
    assert [russian.tr("%n min", None, n) for n in (1, 3, 5, 21)] == [
        "1 мин",
        "3 мин",
        "5 мин",
        "21 мин",
    ]
    dots = "At most %n dots on one item."
    assert [russian.tr(dots, None, n) for n in (1, 2, 5, 21)] == [
        "Не больше 1 точки на один вариант.",
        "Не больше 2 точек на один вариант.",
        "Не больше 5 точек на один вариант.",
        "Не больше 21 точки на один вариант.",
    ]
    assert [arabic.tr("%n min", None, n) for n in (0, 1, 2, 3, 11, 100)] == [
        "0 دقيقة",
        "دقيقة واحدة",
        "دقيقتان",
        "3 دقائق",
        "11 دقيقة",
        "100 دقيقة",
    ]
    assert Catalogue("en").tr(dots, None, 1) == "At most 1 dot on one item."


def test_the_rooms_screen_shows_two_languages_at_once(qtbot: QtBot, briefed: Session) -> None:
    screen = SharedScreen(briefed, words=RoomWords(Catalogue("en"), Catalogue("fr")))
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.question_label.text() == "Starting soon\nDébut imminent"

    points = briefed.agenda.points()
    briefed.agenda.start_point(points[1].id)
    screen.refresh()
    assert screen.point_label.text() == (f"Point 2 of {len(points)}\nPoint 2 sur {len(points)}")
    minutes = points[1].minutes
    assert screen.time_words_label.text() == (f"{minutes} min left\nTemps restant : {minutes} min")
    assert screen.queue_label.text() == (
        "Raise your hand to speak\nLevez la main pour prendre la parole"
    )
    # The question is the participant's text: in the language it was written in, once.
    assert screen.question_label.text() == points[1].text
    assert screen.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_rooms_screen_in_arabic_first_is_mirrored(qtbot: QtBot, briefed: Session) -> None:
    screen = SharedScreen(briefed, words=RoomWords(Catalogue("ar"), Catalogue("en")))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The English line keeps its own order under the Arabic one (a left-to-right isolate).
    assert screen.question_label.text() == "نبدأ قريبًا\n\u2066Starting soon\u2069"


def test_the_languages_are_kept_in_the_apps_settings(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    system = language_of(QLocale.system())
    assert console_language(settings) == system
    assert room_languages(settings) == (system, "")
    settings.setValue(LANGUAGE_KEY, "ru")
    settings.setValue(ROOM_LANGUAGE_KEY, "en")
    settings.setValue(ROOM_SECOND_KEY, "fr")
    assert console_language(settings) == "ru"
    assert room_languages(settings) == ("en", "fr")
    assert kiosk_language(settings) == "ru"  # as the console until chosen
    settings.setValue(KIOSK_LANGUAGE_KEY, "ar")
    assert kiosk_language(settings) == "ar"
    settings.setValue(LANGUAGE_KEY, "tlh")  # not one of the six: the system's
    assert console_language(settings) == system
    assert language_of(QLocale("fr_CA")) == "fr"
    assert language_of(QLocale("zh_TW")) == "zh_CN"
    assert language_of(QLocale("de_DE")) == "en"


def test_view_language_changes_the_rooms_screen_at_once(
    qtbot: QtBot, briefed: Session, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "en")
    window = MainWindow(briefed, settings=settings)
    qtbot.addWidget(window)
    window.show()
    screen = window.open_shared_screen()
    assert screen.question_label.text() == "Starting soon"

    menu = window.language_menu
    menu.choices[ROOM_SECOND_KEY]["es"].trigger()
    assert screen.question_label.text() == "Starting soon\nComenzamos en breve"
    menu.choices[ROOM_LANGUAGE_KEY]["ar"].trigger()
    assert screen.question_label.text() == "نبدأ قريبًا\n\u2066Comenzamos en breve\u2069"
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The kiosk speaks the language chosen for it from the next round it opens.
    menu.choices[KIOSK_LANGUAGE_KEY]["zh_CN"].trigger()
    kiosk = screen.show_kiosk(secret_dots_round(briefed))
    assert kiosk.continue_button.text() == "继续"
    labels = [label.text() for label in kiosk.findChildren(QLabel)]
    assert "请输入卡片上的投票码" in labels
    # The console's own language waits for the next start, and says so.
    menu.choices[LANGUAGE_KEY]["fr"].trigger()
    assert settings.value(LANGUAGE_KEY) == "fr"
    assert "Français" in window.statusBar().currentMessage()
    assert all(b.text() != "Annuler" for b in window.findChildren(QPushButton))
    window.close()


def test_installing_arabic_turns_the_whole_app_and_qts_own_buttons(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    installed = install(app, "ar")
    try:
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QCoreApplication.translate("Kiosk", "Cancel") == "إلغاء"
        # Qt's own catalogue: a standard dialog button says Cancel in Arabic too.
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text().replace("&", "") == "ألغِ"  # Qt's word, not ours
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(before)
    assert QCoreApplication.translate("Kiosk", "Cancel") == "Cancel"


def test_a_share_in_arabic_keeps_its_percent_sign_by_the_number(briefed: Session) -> None:
    round_id = secret_dots_round(briefed)
    briefed.voting.close_round(round_id)
    result = tally_round(briefed, round_id)
    # "0 %" in a right-to-left line would show as "% 0".
    assert turnout_words(Catalogue("ar"), result) == "صوّت 0 من 4 أشخاص (نسبة المشاركة 0%)"
    assert turnout_words(Catalogue("en"), result) == "0 of 4 voted (0 % turnout)"
