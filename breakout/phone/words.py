"""Which language a phone's pages speak: the one chosen on the page, else the phone's own.

The words themselves are the engine's (:mod:`breakout.words`, domain ``breakout``):
every phrase a phone shows is marked there for Babel and translated in
``breakout/locale``. Only the six UN languages are offered; Chinese is ``zh_CN``
whether the phone says ``zh``, ``zh-CN`` or ``zh-Hans``.
"""

from __future__ import annotations

from breakout.errors import BreakoutError
from breakout.words import LANGUAGE_NAMES, LANGUAGES, N_, Words, check_language, words_for

__all__ = ["LANGUAGES", "LANGUAGE_NAMES", "N_", "Words", "choose", "html_code", "words_in"]

#: The sentence a phone gets for work refused because phones were stopped on the laptop.
STOPPED = N_("Phones were stopped on this computer; ask the facilitator to start them again.")


def words_in(code: str) -> Words:
    """The words of a language known to be one of :data:`LANGUAGES` (English otherwise)."""
    return choose(code, None)


def _known(code: str) -> str | None:
    try:
        return check_language(code[:12])
    except BreakoutError:
        return None


def choose(chosen: str | None, accept_language: str | None) -> Words:
    """The phone's words: the language chosen on the page, else the one the phone prefers most.

    The phone's list is read as HTTP says: each language with its weight (``q``, 1 when not
    given), the heaviest first, those of equal weight in the phone's order, and a weight of
    0 meaning "not this one" — never chosen, even when nothing else fits.
    """
    if chosen and (code := _known(chosen)) is not None:
        return words_for(code)
    for tag in preferred(accept_language):
        code = _known(tag) or _known(tag.split("-")[0])  # "zh-Hans-CN" is Chinese too
        if code is not None:
            return words_for(code)
    return words_for("en")


def preferred(accept_language: str | None) -> list[str]:
    """The languages of an Accept-Language header, most wanted first, refused ones left out."""
    weighed: list[tuple[float, int, str]] = []
    for place, part in enumerate((accept_language or "").split(",")[:20]):
        tag, *parameters = (piece.strip() for piece in part.split(";"))
        weight = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    weight = float(value.strip()[:8])
                except ValueError:
                    weight = 0.0  # a weight that cannot be read is not a wish
        if tag and 0.0 < weight <= 1.0:
            weighed.append((-weight, place, tag))
    return [tag for _, _, tag in sorted(weighed)]


def html_code(words: Words) -> str:
    """The language as an HTML ``lang`` attribute spells it ("zh-CN")."""
    return words.code.replace("_", "-")
