"""The interface's languages: Qt's catalogues (``translations/breakout_<code>.qm``), which
one each window speaks, and the setting that chooses them.

English is the source language; French, Spanish, Arabic, Russian and Chinese come from
``breakout_qt/translations/breakout_<code>.ts``, compiled to ``.qm`` by ``make translations``
(the ``.qm`` files are committed and ship as package data; a test fails when one is stale).

The console speaks the application's language: :func:`install` puts its translator, and Qt's
own (``qtbase_<code>.qm``, for the standard dialog buttons), on the application, and turns the
whole application right-to-left for Arabic. The room's screen and the kiosk may speak other
languages than the console, so they do not go through the application's translators: each is
given a :class:`Catalogue` (one language; the room's screen a :class:`RoomWords`, one
language or two at once) and asks it for every word it shows, with the same
``translate(context, text)`` call as :meth:`QCoreApplication.translate`, which
``pyside6-lupdate`` finds.

Plural forms (``%n``: three in Russian, six in Arabic) are asked for with
``words.tr(text, disambiguation, n)``, spelled exactly so, the catalogue in a variable named
``words``: ``pyside6-lupdate`` marks a ``translate`` call as plural only when its count is a
literal number, while it reads ``x.tr(text, disambiguation, n)`` with any count and files it
under the context ``x`` — hence the one spelling, and :data:`PLURALS` as the context at run
time (a test holds the marked modules to it). In those modules ``#:`` is lupdate's
comment for translators, so their attributes are described with plain ``#`` comments.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

#: The six languages, by the code their catalogue is named with, each in its own words.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
    "ru": "Русский",
    "zh_CN": "中文（简体）",
}
RIGHT_TO_LEFT = frozenset({"ar"})
#: The context ``pyside6-lupdate`` gives ``words.tr(...)``: where plural forms are.
PLURALS = "words"

#: The app's settings (QSettings) for the languages. An empty room or kiosk language means
#: "as the console"; an empty second language means the room's screen shows one.
LANGUAGE_KEY = "language"
ROOM_LANGUAGE_KEY = "room_language"
ROOM_SECOND_KEY = "room_second_language"
KIOSK_LANGUAGE_KEY = "kiosk_language"


def translations_folder() -> Path:
    return Path(str(files("breakout_qt") / "translations"))


def language_of(locale: QLocale) -> str:
    """The one of the six languages a locale speaks, else English."""
    name = locale.name()  # "fr_CA", "zh_TW", "ar_EG"
    if name.startswith("zh"):
        return "zh_CN"
    code = name.split("_")[0]
    return code if code in LANGUAGES else "en"


def _stored(settings: QSettings, key: str) -> str:
    value = settings.value(key, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def console_language(settings: QSettings) -> str:
    """The language chosen in Edit ▸ Preferences (or View ▸ Language), else the system's if
    it is one of the six."""
    return _stored(settings, LANGUAGE_KEY) or language_of(QLocale.system())


def room_languages(settings: QSettings) -> tuple[str, str]:
    """The room's screen's language and its second language ("" for none)."""
    first = _stored(settings, ROOM_LANGUAGE_KEY) or console_language(settings)
    second = _stored(settings, ROOM_SECOND_KEY)
    return first, "" if second == first else second


def kiosk_language(settings: QSettings) -> str:
    return _stored(settings, KIOSK_LANGUAGE_KEY) or console_language(settings)


def direction_of(language: str) -> Qt.LayoutDirection:
    if language in RIGHT_TO_LEFT:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


class Catalogue:
    """One language's words, asked for as :meth:`QCoreApplication.translate` asks.

    English has a catalogue too, holding only the plural forms ("1 dot", "2 dots"):
    everything else is the source text itself.
    """

    def __init__(self, language: str = "en") -> None:
        self.language = language if language in LANGUAGES else "en"
        self.translator = QTranslator()
        self.translator.load(str(translations_folder() / f"breakout_{self.language}.qm"))

    @property
    def direction(self) -> Qt.LayoutDirection:
        return direction_of(self.language)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """``source`` in this language (``%n`` replaced by ``n``), or ``source`` itself."""
        found = self.translator.translate(context, source, disambiguation, n) or source
        return found.replace("%n", str(n)) if n >= 0 else found

    def tr(self, source: str, disambiguation: str | None, n: int) -> str:
        """A text with plural forms, for ``n``."""
        return self.translate(PLURALS, source, disambiguation, n)


class RoomWords:
    """The room's screen's languages: one, or two shown together, each line in both
    (:func:`breakout_qt.room_words.lines` says a sentence in each)."""

    def __init__(self, first: Catalogue, second: Catalogue | None = None) -> None:
        self.first = first
        self.second = second if second is not None and second.language != first.language else None

    @property
    def direction(self) -> Qt.LayoutDirection:
        """The first language's: the screen is laid out for it."""
        return self.first.direction

    def each(self) -> list[Catalogue]:
        """The catalogues in the order their lines stand."""
        return [self.first] if self.second is None else [self.first, self.second]


def room_words(settings: QSettings) -> RoomWords:
    """The room's screen's catalogues, as the settings choose them."""
    first, second = room_languages(settings)
    return RoomWords(Catalogue(first), Catalogue(second) if second else None)


def kiosk_words(settings: QSettings) -> Catalogue:
    return Catalogue(kiosk_language(settings))


def fill(text: str, *values: object) -> str:
    """Put values in a translated text's ``%1``, ``%2`` … (as QString.arg does)."""
    for number, value in reversed(list(enumerate(values, 1))):
        text = text.replace(f"%{number}", str(value))
    return text


@cache
def _catalogue(language: str) -> Catalogue:
    return Catalogue(language)


def console_words() -> Catalogue:
    """The console's catalogue (the language :func:`install` gave the application, which is
    the default locale's), for its plural forms: ``words = console_words()`` then
    ``words.tr("%n points", None, n)``."""
    return _catalogue(language_of(QLocale()))


def install(app: QApplication, language: str) -> list[QTranslator]:
    """Make the application speak ``language``: its catalogue, Qt's own for the standard
    buttons, and right-to-left for Arabic. Returns the translators (keep them alive)."""
    installed: list[QTranslator] = []
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours, qts = QTranslator(app), QTranslator(app)
        for translator, path in (
            (ours, translations_folder() / f"breakout_{language}.qm"),
            (qts, Path(qt_folder) / f"qtbase_{language}.qm"),
        ):
            if translator.load(str(path)) and app.installTranslator(translator):
                installed.append(translator)
    app.setLayoutDirection(direction_of(language))
    QLocale.setDefault(QLocale(language))
    return installed


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark a text for ``pyside6-lupdate`` where it is defined, to be translated where it
    is shown (PySide6's own marker is typed as returning ``object``)."""
    del context
    return source
