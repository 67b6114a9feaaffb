"""The order a reader expects names in: the Unicode Collation Algorithm (ICU's root collation).

Code point order puts "Élise" after "Zainab" and "Ōta" after every Latin
name; the root collation sorts letters with accents beside their base letter,
ignores case at first, and keeps scripts together (Latin, Greek, Cyrillic,
Arabic, then Chinese characters).
"""

from __future__ import annotations

import functools
import unicodedata

import icu


@functools.cache
def _collator() -> icu.Collator:
    return icu.Collator.createInstance(icu.Locale.getRoot())


def name_key(name: str) -> bytes:
    """A sort key for a name in the reader's alphabet order."""
    key: bytes = _collator().getSortKey(unicodedata.normalize("NFC", name.strip()))
    return key
