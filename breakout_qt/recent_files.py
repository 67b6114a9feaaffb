"""File ▸ Open Recent: the sessions opened last, newest first, kept in the app's settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

RECENT_KEY = "recent_files"
RECENT_MAX = 8


class RecentFiles:
    """The recent sessions and their menu (``&1 name.breakout``; files gone are left out)."""

    def __init__(
        self, settings: QSettings, menu: QMenu, open_path: Callable[[Path], object]
    ) -> None:
        self.settings = settings
        self.menu = menu
        self._open = open_path
        self.refresh()

    def remember(self, path: Path) -> None:
        resolved = str(path.resolve())
        recent = [resolved] + [p for p in self.files() if p != resolved]
        self.settings.setValue(RECENT_KEY, recent[:RECENT_MAX])
        self.refresh()

    def files(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def refresh(self) -> None:
        self.menu.clear()
        files = [p for p in self.files() if Path(p).exists()]
        for number, name in enumerate(files, 1):
            action = self.menu.addAction(f"&{number} {Path(name).name}")
            action.setToolTip(name)
            action.triggered.connect(lambda _c=False, n=name: self._open(Path(n)))
        self.menu.setEnabled(bool(files))
