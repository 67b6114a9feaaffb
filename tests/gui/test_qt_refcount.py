"""A guard against a Qt binding that leaks (or over-releases) references.

PySide6 6.12.0 on Python 3.11 released one reference to ``None`` on every
call to a Qt method returning nothing; a console refreshing once a second
aborted with "deallocating None" after about six minutes. The version is
excluded in pyproject.toml; this test keeps it (or a relapse) out.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui


def test_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setVisible(False)
    assert abs(sys.getrefcount(None) - before) < 50
