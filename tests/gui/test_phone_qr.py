"""The room's screen shows the phones' join address as a QR code a camera can read."""

from __future__ import annotations

from pathlib import Path

import segno
import segno.helpers
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from breakout_qt.i18n import Catalogue, RoomWords
from breakout_qt.shared_screen import SharedScreen
from tests.gui.real_session import make_session

ADDRESS = "http://192.168.1.20:8765/j/pF3kq9Zr-wXy7B2mNcT0aQ"


def test_the_code_drawn_is_the_join_address_dark_on_white_in_any_scheme(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = make_session(tmp_path)
    session.agenda.start_point(session.agenda.points()[1].id)  # the 430-character question
    screen = SharedScreen(session)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.set_scheme("dark")
    screen.show()
    qtbot.waitExposed(screen)
    code = screen.join_code
    assert not code.isVisible()  # phones off: no code
    code.show_address(ADDRESS)
    qtbot.waitUntil(lambda: code.isVisible() and code.width() >= 768 // 4)
    picture = code.grab().toImage()
    expected = [list(row) for row in segno.make_qr(ADDRESS, error="m").matrix_iter(border=4)]
    step = code.width() / len(expected)
    side = code.height() - code.width()
    assert side > 0  # room under the code for the address in text
    for y, row in enumerate(expected):
        for x, dark in enumerate(row):
            pixel = picture.pixelColor(int((x + 0.5) * step), int((y + 0.5) * step))
            assert (pixel.lightness() < 128) == bool(dark), (x, y)
    # The question keeps the rest of the width, and shrinks to fit beside the code: not cut.
    label = screen.question_label
    assert label.width() > screen.width() // 2
    room = QRect(0, 0, label.width(), 100 * label.height())
    used = QFontMetrics(label.font()).boundingRect(room, Qt.TextFlag.TextWordWrap, label.text())
    assert used.height() <= label.height()
    code.show_address(None)
    assert not code.isVisible()
    screen.close()


def test_the_venues_wifi_gets_a_code_of_its_own_before_the_address(
    qtbot: QtBot, tmp_path: Path
) -> None:
    screen = SharedScreen(make_session(tmp_path))
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    code = screen.join_code
    code.show_address(ADDRESS, ("Sala Valparaíso 2", "agua;lluvia:2025"))
    qtbot.waitUntil(lambda: code.isVisible() and code.width() > 2 * (768 // 4))
    assert code.captions == ["Sala Valparaíso 2", ADDRESS]  # the password is not written out
    picture = code.grab().toImage()
    wifi = segno.helpers.make_wifi_data("Sala Valparaíso 2", "agua;lluvia:2025", "WPA")
    side = 768 // 4
    for data, left in ((wifi, 0), (ADDRESS, side + side // 10)):
        expected = list(segno.make_qr(data, error="m").matrix_iter(border=4))
        step = side / len(expected)
        for y, row in enumerate(expected):
            for x, dark in enumerate(row):
                pixel = picture.pixelColor(left + int((x + 0.5) * step), int((y + 0.5) * step))
                assert (pixel.lightness() < 128) == bool(dark), (data, x, y)
    label = screen.question_label
    assert label.width() > screen.width() // 2
    screen.close()


def test_the_code_is_named_in_the_rooms_language_not_the_consoles(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The console speaks English here; the room, Arabic, then French: a screen reader in the
    room names the code in the room's language."""
    session = make_session(tmp_path)
    screen = SharedScreen(session, words=RoomWords(Catalogue("ar"), Catalogue("en")))
    qtbot.addWidget(screen)
    screen.show()
    screen.join_code.show_address(ADDRESS)
    assert screen.join_code.accessibleName() == "رمز QR لعنوان انضمام الهواتف"
    assert screen.join_code.accessibleDescription() == ADDRESS
    screen.set_languages(RoomWords(Catalogue("fr")), Catalogue("fr"))
    assert screen.join_code.accessibleName() == (
        Catalogue("fr").translate("JoinCode", "QR code of the address phones join at")
    )
    assert "QR code of" not in screen.join_code.accessibleName()
