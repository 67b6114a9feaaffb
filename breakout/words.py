"""The engine's own words in the six UN languages: stdlib gettext, one catalogue per language.

The sources are ``breakout/locale/<code>/LC_MESSAGES/breakout.po`` (the template
``breakout/locale/breakout.pot``), compiled to ``breakout.mo`` beside them; both are
committed and the ``.mo`` files ship as package data (``make translations`` extracts and
compiles them with Babel; ``tests/unit/test_engine_words.py`` fails when a catalogue lags).

Nothing here installs a global ``_``: a report's language is chosen at export and may
differ from the console's and the room's, so every caller is handed a :class:`Words`
explicitly (:func:`words_for`). English is the source language: its ``Words`` returns the
text as written, with English plurals.

Marking, so Babel's extractor finds a string: ``t.gettext("…")`` and ``t.ngettext("…%(n)d…",
"…%(n)d…", n)`` (the count is substituted as ``n``) on a ``Words`` named anything, never
inside an f-string (the extractor does not look there), and :func:`N_` around a string kept
in a constant and said later with ``t.gettext(CONSTANT)``.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
from importlib import resources
from typing import Any

from breakout.errors import BreakoutError

#: The six UN languages, as the codes the catalogues and the interface use.
LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ar", "ru", "zh_CN")
#: Each language's name in itself, for choosers.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
    "ru": "Русский",
    "zh_CN": "中文",
}
DOMAIN = "breakout"
RIGHT_TO_LEFT = frozenset({"ar"})


def N_(text: str) -> str:
    """Marks a string kept in a constant for extraction; say it later with ``gettext``."""
    return text


_MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)
_WEEKDAYS = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)


class Words:
    """One language's catalogue of the engine's words."""

    def __init__(self, code: str, catalogue: gettext.NullTranslations) -> None:
        self.code = code
        self._catalogue = catalogue

    @property
    def right_to_left(self) -> bool:
        return self.code in RIGHT_TO_LEFT

    def gettext(self, text: str) -> str:
        return self._catalogue.gettext(text)

    def ngettext(self, singular: str, plural: str, n: int, **values: Any) -> str:
        """The form for ``n`` in this language, with ``%(n)d`` and any other values filled in."""
        return self._catalogue.ngettext(singular, plural, n) % {"n": n, **values}

    def refusal(self, error: BreakoutError) -> str | None:
        """An engine refusal in this language, or None when the catalogue does not hold it.

        A refusal made with :func:`breakout.errors.refusal` is said from its marked words
        and values; any other is looked up as the English sentence it is.
        """
        said = error.said
        if said is None:
            english = str(error)
            found = self.gettext(english)
            return found if found != english or self.code == "en" else None
        if said.plural is not None:
            return self.ngettext(said.text, said.plural, said.n, **said.values)
        text = self.gettext(said.text)
        return text % dict(said.values) if said.values else text

    def date(self, day: dt.date, *, weekday: bool = False) -> str:
        """A date in this language's long form: "19 November 2026", "jeudi 19 novembre 2026"."""
        # A month's name as it stands in a date (in Russian the genitive: "ноября").
        month = self.gettext(_MONTHS[day.month - 1])
        values = {"day": day.day, "month": month, "year": day.year}
        if weekday:
            values["weekday"] = self.gettext(_WEEKDAYS[day.weekday()])
            # Translators: a date with its weekday, e.g. "Thursday 19 November 2026".
            return self.gettext("{weekday} {day} {month} {year}").format(**values)
        # Translators: a date, e.g. "19 November 2026".
        return self.gettext("{day} {month} {year}").format(**values)


def check_language(code: str) -> str:
    """The code as :data:`LANGUAGES` spells it ("zh-cn" and "zh" are "zh_CN"); otherwise a
    :class:`BreakoutError` naming the six."""
    wanted = code.strip().replace("-", "_").casefold()
    for known in LANGUAGES:
        if wanted in (known.casefold(), known.split("_")[0]):
            return known
    names = ", ".join(f"{c} ({LANGUAGE_NAMES[c]})" for c in LANGUAGES)
    raise BreakoutError(f"there is no report language {code!r}; choose one of {names}")


@functools.cache
def words_for(code: str = "en") -> Words:
    """The engine's words in ``code`` (one of :data:`LANGUAGES`), loaded once."""
    code = check_language(code)
    if code == "en":
        return Words(code, gettext.NullTranslations())
    mo = resources.files("breakout").joinpath("locale", code, "LC_MESSAGES", f"{DOMAIN}.mo")
    with mo.open("rb") as handle:
        return Words(code, gettext.GNUTranslations(handle))
