"""The order a reader expects names in: the Unicode Collation Algorithm (pyuca).

Code point order puts "Élise" after "Zainab" and "Ōta" after every Latin
name; the collation's default table sorts letters with accents beside their
base letter, ignores case at first, and keeps scripts together (Latin, Greek,
Cyrillic, Arabic, then Chinese characters).
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Any

from pyuca import Collator


@functools.cache
def _collator() -> Any:
    return Collator()  # reads its table once per process (about 0.4 s)


def name_key(name: str) -> tuple[int, ...]:
    """A sort key for a name in the reader's alphabet order."""
    key: tuple[int, ...] = _collator().sort_key(unicodedata.normalize("NFC", name.strip()))
    return key
