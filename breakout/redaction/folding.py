"""Text as the matcher compares it: folded case and accents, words, scripts."""

from __future__ import annotations

import functools
import re
import unicodedata

_EXTRA_FOLDS = {
    "ø": "o",
    "ł": "l",
    "đ": "d",
    "ı": "i",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
    "ð": "d",
    "ħ": "h",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ـ": "",
    "’": "'",
    "‘": "'",
}


@functools.lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    if ch.isascii():
        return ch.lower()
    out = []
    for part in unicodedata.normalize("NFKD", ch):
        if unicodedata.combining(part):
            continue
        for c in part.casefold():
            out.append(_EXTRA_FOLDS.get(c, c))
    return "".join(out)


def fold(text: str) -> str:
    """Text as it is compared: no accents, no case, Arabic letter forms unified."""
    return "".join(_fold_char(ch) for ch in text)


def _fold_mapped(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, where it came from in ``text``."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        for c in _fold_char(ch):
            chars.append(c)
            origin.append(i)
    return "".join(chars), origin


def _unspaced_char(ch: str) -> bool:
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x9FFF  # CJK, kana
        or 0xAC00 <= o <= 0xD7AF  # Hangul
        or 0xF900 <= o <= 0xFAFF
        or 0x0E00 <= o <= 0x0EFF  # Thai, Lao
        or 0x1000 <= o <= 0x109F  # Myanmar
        or 0x1780 <= o <= 0x17FF  # Khmer
        or o >= 0x20000
    )


def unspaced(text: str) -> bool:
    """Whether text has letters of a script written without spaces between words."""
    return any(_unspaced_char(ch) for ch in text)


def _script(ch: str) -> str:
    o = ord(ch)
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F:
        return "arabic"
    if 0x0400 <= o <= 0x04FF:
        return "cyrillic"
    return "other"


_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _listed(text: str) -> list[str]:
    """The words of a list written as one string (the tables below)."""
    return text.split()
