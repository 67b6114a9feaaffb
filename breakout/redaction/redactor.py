"""The index of names and organisations, and :class:`Redactor`, which withholds them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from breakout.redaction.folding import _script, _words, fold, unspaced
from breakout.redaction.lexicon import (
    _GIVEN,
    _HONORIFICS,
    _LEGAL_SUFFIXES,
    _ORG_SMALL_WORDS,
    _SURNAMES,
    _TITLE_STARTS,
    PARTICLES,
)
from breakout.redaction.passes import Span, _Pass

#: What stands in for a withheld name.
WITHHELD = "[name withheld]"
#: What stands in for a withheld organisation.
WITHHELD_ORGANISATION = "[organisation withheld]"


@dataclass(frozen=True)
class Person:
    """Someone whose name (and organisation) may appear in free text."""

    name: str
    organisation: str = ""
    named: bool = False  # this export may name them


# -- the index of names ----------------------------------------------------------------------


class Redactor:
    """Withholds names (and organisations) in free text; see the module docstring.

    ``people``: everyone whose name may turn up (participants, the facilitator,
    the rapporteur). Those with ``named=True`` are left as they are. With
    ``organisations=True`` every roster organisation is withheld too; without
    it, only one printed right next to a withheld name. ``active=False``
    withholds nothing.
    """

    def __init__(
        self, people: Iterable[Person], *, organisations: bool = False, active: bool = True
    ) -> None:
        self.people: tuple[Person, ...] = tuple(
            p for p in people if " ".join(p.name.split()) or p.organisation.strip()
        )
        self.organisations = organisations
        #: What stands in for a withheld name and organisation (a report says them in its
        #: own language).
        self.stand_ins = (WITHHELD, WITHHELD_ORGANISATION)
        self.active = active and any(not p.named for p in self.people)
        self._phrases: dict[tuple[str, ...], set[int]] = {}
        self._parts: dict[str, set[int]] = {}
        self._anywhere: dict[str, set[int]] = {}
        self._anywhere_orgs: set[str] = set()
        self._orgs: dict[tuple[str, ...], set[int]] = {}
        self._acronyms: set[tuple[str, ...]] = set()
        for index, person in enumerate(self.people):
            self._index_name(index, person.name)
            self._index_organisation(index, person.organisation)
        # Phrases and organisations by their first word, with their longest length.
        self._starts: dict[str, int] = {}
        for key in (*self._phrases, *self._orgs):
            self._starts[key[0]] = max(self._starts.get(key[0], 0), len(key))
        #: Words worth a closer look; a text with none of them (and no match of a
        #: name in a script without spaces) has nothing to withhold.
        self._notable = frozenset(self._parts) | frozenset(self._starts) | _TITLE_STARTS
        keys = sorted(self._anywhere, key=lambda k: (-len(k), k))
        self._anywhere_re = re.compile("|".join(map(re.escape, keys))) if keys else None

    @classmethod
    def anonymous(cls, names: Iterable[str], organisations: Iterable[str] = ()) -> Redactor:
        """Withholds every one of ``names`` and of ``organisations``."""
        people = [Person(n) for n in names] + [Person("", o) for o in organisations]
        return cls(people, organisations=True)

    # -- building ---------------------------------------------------------------------------

    def _add(self, table: dict[Any, set[int]], key: Any, index: int) -> None:
        table.setdefault(key, set()).add(index)

    def _index_name(self, index: int, name: str) -> None:
        clean = " ".join(name.split())
        if not clean:
            return
        spaced: list[str] = []
        for word in clean.split(" "):
            if unspaced(word):
                self._index_unspaced(index, word)
            else:
                spaced.append(word)
        if spaced:
            self._index_units(index, [_unit_forms(w) for w in spaced])

    def _index_unspaced(self, index: int, word: str) -> None:
        folded = fold(word)
        self._add(self._anywhere, folded, index)
        surname = next((s for s in _SURNAMES if len(s) == 2 and folded.startswith(s)), "")
        surname = surname or folded[:1]
        given = folded[len(surname) :]
        if len(folded) >= 2 and surname in _SURNAMES:
            for honorific in _HONORIFICS:
                self._add(self._anywhere, surname + honorific, index)
            for prefix in ("老", "小"):
                self._add(self._anywhere, prefix + surname, index)
            if given and all(ch in _GIVEN for ch in given):
                family = (_SURNAMES[surname],)
                syllables = tuple(_GIVEN[ch] for ch in given)
                self._index_units(index, [[family], [("".join(syllables),)]])
                if len(syllables) > 1:  # "Wang Xiao Ming", "Xiao Ming Wang"
                    self._add(self._phrases, family + syllables, index)
                    self._add(self._phrases, syllables + family, index)

    def _index_units(self, index: int, units: list[list[tuple[str, ...]]]) -> None:
        """Index a name given as words, each with its folded forms (as token tuples)."""
        for forms in units:
            for form in forms:
                if len(form) > 1:
                    self._add(self._phrases, form, index)
                for token in form:
                    if len(token) >= 2 and token not in PARTICLES:
                        self._add(self._parts, token, index)
                        bare = _arabic_bare(token)
                        if bare:
                            self._add(self._parts, bare, index)
        significant = [forms for forms in units if any(f[-1] not in PARTICLES for f in forms)]
        if len(units) > 1:
            for full in itertools.product(*units):
                self._add(self._phrases, tuple(t for form in full for t in form), index)
        for size in range(2, min(len(significant), 6) + 1):
            for chosen in itertools.combinations(significant, size):
                for combo in itertools.product(*chosen):
                    self._add(self._phrases, tuple(t for form in combo for t in form), index)
                    if size == 2:
                        back = combo[1] + combo[0]
                        self._add(self._phrases, back, index)

    def _index_organisation(self, index: int, organisation: str) -> None:
        clean = " ".join(organisation.split())
        if not clean:
            return
        variants = {clean}
        bracket = re.search(r"\(([^)]+)\)", clean)
        if bracket:
            variants.add(bracket.group(1).strip())
            variants.add((clean[: bracket.start()] + clean[bracket.end() :]).strip())
        for variant in list(variants):
            if unspaced(variant):
                key = fold(variant).replace(" ", "")
                if key not in self._anywhere:
                    self._anywhere_orgs.add(key)
                self._add(self._anywhere, key, index)
                continue
            tokens = tuple(_words(variant))
            if not tokens:
                continue
            forms = {tokens}
            if tokens[0] == "the" and len(tokens) > 1:
                forms.add(tokens[1:])
            for form in list(forms):
                for suffix in _LEGAL_SUFFIXES:
                    if len(form) > len(suffix) and form[-len(suffix) :] == suffix:
                        forms.add(form[: -len(suffix)])
            for form in forms:
                self._add(self._orgs, form, index)
            significant = [
                w for w in variant.split() if fold(w) not in _ORG_SMALL_WORDS and _words(w)
            ]
            if len(significant) >= 3:
                acronym = ("".join(_words(w)[0][0] for w in significant),)
                self._add(self._orgs, acronym, index)
                self._acronyms.add(acronym)

    # -- finding ------------------------------------------------------------------------------

    def __call__(self, text: str) -> str:
        if not text or not self.active:
            return text
        spans = self.spans(text)
        for span in reversed(spans):
            stand_in = self.stand_ins[0] if span.kind == "name" else self.stand_ins[1]
            text = text[: span.start] + stand_in + text[span.end :]
        return text

    def spans(self, text: str) -> list[Span]:
        """What to withhold in ``text``, in order, never overlapping."""
        if not text or not self.active:
            return []
        return _Pass(self, text).run()

    def hidden(self, owners: Iterable[int]) -> bool:
        """Whether a match owned by these people is withheld (any of them not named)."""
        return any(not self.people[i].named for i in owners)


def _unit_forms(word: str) -> list[tuple[str, ...]]:
    """The folded forms of one word of a name: "Müller" → ("muller",), ("mueller",)."""
    forms = [tuple(_words(word))]
    german = word.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    if german != word.lower():
        forms.append(tuple(_words(german)))
    return [f for f in dict.fromkeys(forms) if f]


def _arabic_bare(token: str) -> str:
    """An Arabic name part without its article: "الزهراء" → "زهراء" ("" if none)."""
    if _script(token[:1]) == "arabic" and token.startswith("ال") and len(token) >= 5:
        return token[2:]
    return ""
