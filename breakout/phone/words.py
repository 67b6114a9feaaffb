"""The phone pages' words: every English phrase goes through one function.

:func:`words_for` gives a phone's language a :class:`Words`, which looks each
phrase up in the engine's gettext catalogue (domain ``breakout`` under
``breakout/locale``) and falls back to the English phrase where there is no
translation yet. The language follows the phone (``Accept-Language``) and can
be switched on the page (``?lang=``); only the six UN languages are offered.
"""

from __future__ import annotations

import functools
import gettext
from pathlib import Path

#: The languages a phone page can be in, by code, with their own names.
LANGUAGES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
    "zh": "中文",
    "ar": "العربية",
}
RIGHT_TO_LEFT = frozenset({"ar"})
_LOCALE = Path(__file__).resolve().parent.parent / "locale"


class Words:
    """One language's phrases: ``words("Vote")`` is "Vote" in that language."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "en"
        self._catalogue = gettext.translation(
            "breakout", localedir=_LOCALE, languages=[self.language], fallback=True
        )

    def __call__(self, phrase: str) -> str:
        return self._catalogue.gettext(phrase)

    @property
    def direction(self) -> str:
        return "rtl" if self.language in RIGHT_TO_LEFT else "ltr"


@functools.cache
def words_in(language: str) -> Words:
    return Words(language)


def words_for(chosen: str | None, accept_language: str | None) -> Words:
    """The phone's language: the one chosen on the page, else the phone's first offered one."""
    if chosen and chosen in LANGUAGES:
        return words_in(chosen)
    for part in (accept_language or "").split(",")[:20]:
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return words_in(code)
    return words_in("en")
