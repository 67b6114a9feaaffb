"""One pass of the rules over one text: which words are names (see the package docstring)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from breakout.redaction.folding import _WORD, _fold_mapped, _script, _unspaced_char, unspaced
from breakout.redaction.lexicon import (
    _ANY_CASE_TITLES,
    _ARABIC_PROCLITICS,
    _CONNECTORS,
    _RUSSIAN_ENDINGS,
    _SPEECH_AFTER,
    _SPEECH_BEFORE,
    _TITLE_LEN,
    _TITLE_STARTS,
    _TITLES,
    ORDINARY_WORDS,
    PARTICLES,
    PERSONAL_TITLES,
)

if TYPE_CHECKING:
    from breakout.redaction.redactor import Redactor


@dataclass(frozen=True)
class Span:
    """Characters ``text[start:end]`` to withhold: a ``"name"`` or an ``"organisation"``."""

    start: int
    end: int
    kind: str


@dataclass
class _Found:
    """A candidate match: token range and who it may be."""

    first: int
    last: int  # inclusive
    owners: frozenset[int]
    kind: str  # "name" or "organisation"


@dataclass(frozen=True)
class _Token:
    start: int  # in the folded text
    end: int
    text: str  # folded
    surface: str  # as written
    o_start: int  # in the original text
    o_end: int


class _Pass:
    """One text, matched once."""

    def __init__(self, redactor: Redactor, text: str) -> None:
        self.r = redactor
        self.text = text
        self.folded, origin = _fold_mapped(text)
        self.origin = origin
        self.tokens = [self._token(m) for m in _WORD.finditer(self.folded)]
        self.used: list[str | None] = [None] * len(self.tokens)  # why a token is taken
        self._titles: dict[int, int] = {}
        self._owners: dict[int, tuple[frozenset[int], int]] = {}
        self.spans: list[Span] = []

    def _token(self, m: re.Match[str]) -> _Token:
        o_start = self.origin[m.start()]
        o_end = self.origin[m.end() - 1] + 1
        while o_end < len(self.text) and unicodedata.combining(self.text[o_end]):
            o_end += 1
        return _Token(m.start(), m.end(), m.group(), self.text[o_start:o_end], o_start, o_end)

    # -- helpers ----------------------------------------------------------------------------------

    def gap(self, a: int, b: int) -> str:
        """The original text between token a and token b (a < b)."""
        return self.text[self.tokens[a].o_end : self.tokens[b].o_start]

    def joined(self, a: int, b: int, *, hyphen: bool = True) -> bool:
        """Tokens a and b (adjacent) are written as parts of one name or phrase."""
        if not (0 <= a < b < len(self.tokens)):
            return False
        gap = self.gap(a, b)
        allowed = " \u00a0\t-\u2010\u2011'’" if hyphen else " \u00a0\t"
        if hyphen and (len(self.tokens[a].text) <= 4 or (self.tokens[a].text,) in _TITLES):
            allowed += "."  # after an initial or an abbreviation: "N. Okonkwo", "Prof. Dr. Chen"
        return 0 < len(gap) <= 3 and all(ch in allowed for ch in gap)

    def same_sentence(self, a: int, b: int) -> bool:
        if not (0 <= a < b < len(self.tokens)):
            return False
        gap = self.gap(a, b)
        return len(gap) <= 4 and not any(ch in '.!?;:\n。！？؟()[]"“”«»' for ch in gap)

    def starts_sentence(self, i: int) -> bool:
        at = self.tokens[i].o_start - 1
        while at >= 0 and self.text[at] in " \t\u00a0\"'“”‘’«»([{¿¡*_•–—-":
            at -= 1
        return at < 0 or self.text[at] in ".!?…:;\n\r。！？؟"

    def titlecase(self, i: int) -> bool:
        surface = self.tokens[i].surface
        return surface[:1].isupper() and not (len(surface) > 1 and surface.isupper())

    def capitalised(self, i: int) -> bool:
        return self.tokens[i].surface[:1].isupper()

    def cased(self, i: int) -> bool:
        first = self.tokens[i].surface[:1]
        return first.upper() != first.lower()

    def title_at(self, i: int) -> int:
        """How many tokens from i make a title (0: none)."""
        if i not in self._titles:
            self._titles[i] = self._title_at(i)
        return self._titles[i]

    def _title_at(self, i: int) -> int:
        first = self.tokens[i].text
        if first not in _TITLE_STARTS and _script(first[:1]) != "arabic":
            return 0
        for size in range(min(_TITLE_LEN, len(self.tokens) - i), 0, -1):
            words = tuple(t.text for t in self.tokens[i : i + size])
            words = _strip_proclitic_words(words)
            if words not in _TITLES:
                continue
            if size > 1 and not all(self.joined(i + k, i + k + 1) for k in range(size - 1)):
                continue
            if words == ("m",) or words == ("د",):
                after = self.text[self.tokens[i].o_end : self.tokens[i].o_end + 1]
                if after != ".":
                    continue
            if words not in _ANY_CASE_TITLES and self.cased(i) and not self.capitalised(i):
                continue
            return size
        return 0

    def title_before(self, i: int) -> int:
        """The first token of the titles right before token i (-1 if none): "H.E. Ambassador"."""
        first = -1
        while True:
            for size in range(1, _TITLE_LEN + 1):
                start = i - size
                if start >= 0 and self.title_at(start) == size and self.joined(i - 1, i):
                    first, i = start, start
                    break
            else:
                return first

    def owners(self, i: int) -> tuple[frozenset[int], int]:
        """Who a lone token may name, and how many leading characters are a proclitic."""
        if i not in self._owners:
            self._owners[i] = self._owners_of(i)
        return self._owners[i]

    def _owners_of(self, i: int) -> tuple[frozenset[int], int]:
        text = self.tokens[i].text
        found = self.r._parts.get(text)
        if found:
            return frozenset(found), 0
        script = _script(text[:1])
        if script == "arabic":
            for prefix in _ARABIC_PROCLITICS:
                rest = text[len(prefix) :]
                if text.startswith(prefix) and len(rest) >= 2 and rest in self.r._parts:
                    return frozenset(self.r._parts[rest]), len(prefix)
        if script == "cyrillic":
            for ending in _RUSSIAN_ENDINGS:
                base = text[: -len(ending)]
                if text.endswith(ending) and len(base) >= 3 and base in self.r._parts:
                    return frozenset(self.r._parts[base]), 0
        return frozenset(), 0

    def name_like(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and (
            self.used[i] in ("name", "kept") or bool(self.owners(i)[0])
        )

    def cue(self, i: int) -> bool:
        """A speech verb or a possessive next to token i."""
        end = self.tokens[i].o_end
        if re.match(r"['’]s(?!\w)", self.text[end : end + 3]):
            return True
        n = len(self.tokens)
        for size in (1, 2):
            after = i + 1
            if (
                after < n
                and self.tokens[after].text.endswith("ly")
                and self.same_sentence(i, after)
            ):
                after += 1  # an adverb: "Grace rightly said"
            words = tuple(t.text for t in self.tokens[after : after + size])
            if len(words) == size and words in _SPEECH_AFTER and self.same_sentence(i, i + 1):
                return True
            before = tuple(t.text for t in self.tokens[max(0, i - size) : i])
            if len(before) == size and before in _SPEECH_BEFORE and self.same_sentence(i - 1, i):
                return True
        return False

    def proper_phrase(self, i: int) -> bool:
        """Token i is inside a capitalised phrase that is not a name: "The Lima Declaration"."""

        def plain_capital(j: int, *, at_start_counts: bool) -> bool:
            if not (0 <= j < len(self.tokens)) or self.name_like(j) or self.title_at(j):
                return False
            if not self.titlecase(j) or self.tokens[j].text in _CONNECTORS:
                return False
            return at_start_counts or not self.starts_sentence(j)

        def connector(j: int) -> bool:
            return 0 <= j < len(self.tokens) and self.tokens[j].text in _CONNECTORS

        if self.joined(i, i + 1, hyphen=False):
            if plain_capital(i + 1, at_start_counts=True):
                return True
            if (
                connector(i + 1)
                and self.joined(i + 1, i + 2, hyphen=False)
                and plain_capital(i + 2, at_start_counts=True)
            ):
                return True
        if self.joined(i - 1, i, hyphen=False):
            if plain_capital(i - 1, at_start_counts=False):
                return True
            if (
                connector(i - 1)
                and self.joined(i - 2, i - 1, hyphen=False)
                and plain_capital(i - 2, at_start_counts=False)
            ):
                return True
        return False

    # -- the passes --------------------------------------------------------------------------------

    def run(self) -> list[Span]:
        notable = self.r._notable
        if not any(t.text in notable or not t.text.isascii() for t in self.tokens):
            return []
        self.unspaced_matches()
        self.phrase_matches()
        for i in range(len(self.tokens)):
            if self.used[i] is None and self.title_at(i):
                for k in range(self.title_at(i)):
                    self.used[i + k] = self.used[i + k] or "title"
        for i in range(len(self.tokens)):
            if self.used[i] is None:
                self.lone_part(i)
        for i in range(len(self.tokens)):
            if self.used[i] is None:
                self.unknown_after_title(i)
        self.organisations_next_to_names()
        return self.finish()

    def take(self, first: int, last: int, kind: str, *, skip: int = 0) -> None:
        for k in range(first, last + 1):
            self.used[k] = kind
        start = self.tokens[first].o_start
        if skip:
            start = self.origin[self.tokens[first].start + skip]
        self.spans.append(Span(start, self.tokens[last].o_end, kind))

    def unspaced_matches(self) -> None:
        pattern = self.r._anywhere_re
        if pattern is None:
            return
        for m in pattern.finditer(self.folded):
            owners = self.r._anywhere[m.group()]
            start = self.origin[m.start()]
            end = self.origin[m.end() - 1] + 1
            if m.group() in self.r._anywhere_orgs:
                if self.r.organisations:
                    self.spans.append(Span(start, end, "organisation"))
            elif self.r.hidden(owners):
                self.spans.append(Span(start, end, "name"))
        for k, token in enumerate(self.tokens):
            if _unspaced_char(token.text[0]) or (not token.text.isascii() and unspaced(token.text)):
                self.used[k] = self.used[k] or "unspaced"

    def phrase_matches(self) -> None:
        n = len(self.tokens)
        links = [self.joined(k, k + 1) for k in range(n)]  # token k joined to k + 1
        i = 0
        while i < n:
            best: _Found | None = None
            longest = self.r._starts.get(self.tokens[i].text, 0)
            for size in range(min(longest, n - i), 0, -1):
                if any(self.used[k] is not None for k in range(i, i + size)):
                    continue
                if size > 1 and not all(links[i : i + size - 1]):
                    continue
                key = tuple(t.text for t in self.tokens[i : i + size])
                if size > 1 and key in self.r._phrases:
                    best = _Found(i, i + size - 1, frozenset(self.r._phrases[key]), "name")
                    break
                if (key in self.r._orgs and key not in self.r._acronyms) or (
                    key in self.r._acronyms and self.upper(i, size)
                ):
                    kind = "organisation" if self.org_surface_ok(i, size, key) else "lowercase"
                    best = _Found(i, i + size - 1, frozenset(self.r._orgs[key]), kind)
                    break
            if best is None or any(self.used[k] for k in range(best.first, best.last + 1)):
                i += 1
                continue
            if best.kind == "name":
                if self.r.hidden(best.owners):
                    first = self.title_before(best.first)
                    self.take(best.first if first < 0 else first, best.last, "name")
                else:
                    for k in range(best.first, best.last + 1):
                        self.used[k] = "kept"
            elif self.r.organisations and best.kind == "organisation":
                self.take(best.first, best.last, "organisation")
            else:  # withheld only next to a withheld name (organisations_next_to_names)
                for k in range(best.first, best.last + 1):
                    self.used[k] = "org"
            i = best.last + 1

    def upper(self, i: int, size: int) -> bool:
        return all(t.surface.isupper() for t in self.tokens[i : i + size])

    def org_surface_ok(self, i: int, size: int, key: tuple[str, ...]) -> bool:
        """An organisation typed all in lower case counts from three words on."""
        surfaces = [t.surface for t in self.tokens[i : i + size]]
        if all(s == s.lower() for s in surfaces) and any(s.upper() != s for s in surfaces):
            return size >= 3 or (size == 1 and key[0] not in ORDINARY_WORDS)
        return True

    def lone_part(self, i: int) -> None:
        owners, skip = self.owners(i)
        if not owners or not self.r.hidden(owners):
            if owners:
                self.used[i] = "kept"
            return
        if self.is_name(i):
            first = self.title_before(i)
            if first >= 0 and not skip:
                self.take(first, i, "name")
            else:
                self.take(i, i, "name", skip=skip)

    def is_name(self, i: int) -> bool:
        """Rule 2 of the module docstring, for a lone part of someone to withhold."""
        token = self.tokens[i]
        if self.title_before(i) >= 0:
            return True
        ordinary = token.text in ORDINARY_WORDS or _stripped(token.text) in ORDINARY_WORDS
        mine = self.owners(i)[0]
        for j in (i - 1, i + 1):
            if 0 <= j < len(self.tokens) and self.joined(min(i, j), max(i, j)):
                if _is_initial(self, j):
                    return True
                theirs = self.owners(j)[0] if self.tokens[j].text not in PARTICLES else frozenset()
                # An ordinary word needs a part of the same person beside it ("Grace
                # Wanjiru"); any name beside it will do for the others ("Ana Sow").
                if theirs & mine or (not ordinary and (self.used[j] in ("name", "kept") or theirs)):
                    return True
        if not self.cased(i):
            return not ordinary or self.cue(i)
        at_start = self.starts_sentence(i)
        if ordinary:
            if self.titlecase(i) and not at_start and not self.proper_phrase(i):
                return True
            return self.cue(i)
        return not (self.capitalised(i) and self.proper_phrase(i))

    def unknown_after_title(self, i: int) -> None:
        """Rule 5: "Mr Smith" — a capitalised word after a personal title."""
        first = self.title_before(i)
        if first < 0:
            return
        title = tuple(t.text for t in self.tokens[first:i])
        if _strip_proclitic_words(title) not in PERSONAL_TITLES:
            return
        if not self.cased(i):
            return  # Arabic: too often a title is followed by an office, not a name
        if not self.capitalised(i) or self.tokens[i].text in _CONNECTORS:
            return
        last = i
        while (
            last + 1 < len(self.tokens)
            and self.used[last + 1] is None
            and self.joined(last, last + 1, hyphen=True)
            and self.titlecase(last + 1)
            and self.tokens[last + 1].text not in _CONNECTORS
            and not self.title_at(last + 1)
        ):
            last += 1
        self.take(first, last, "name")

    def organisations_next_to_names(self) -> None:
        """An organisation printed right next to a withheld name (in any case)."""
        names = [s for s in self.spans if s.kind == "name"]
        if not names:
            return
        n = len(self.tokens)
        i = 0
        while i < n:
            if self.used[i] != "org":
                i += 1
                continue
            last = i
            while last + 1 < n and self.used[last + 1] == "org" and self.joined(last, last + 1):
                last += 1
            start, end = self.tokens[i].o_start, self.tokens[last].o_end
            for span in names:
                after = self.text[span.end : start] if span.end <= start else None
                before = self.text[end : span.start] if end <= span.start else None
                if (after is not None and _NAME_THEN_ORG.fullmatch(after)) or (
                    before is not None and _ORG_THEN_NAME.fullmatch(before)
                ):
                    self.take(i, last, "organisation")
                    break
            i = last + 1

    def finish(self) -> list[Span]:
        spans = sorted(self.spans, key=lambda s: (s.start, -s.end))
        spans = self.with_initials(spans)
        merged: list[Span] = []
        for span in spans:
            if merged and span.start < merged[-1].end:
                last = merged[-1]
                merged[-1] = Span(last.start, max(last.end, span.end), last.kind)
                continue
            if (
                merged
                and merged[-1].kind == span.kind == "name"
                and re.fullmatch(r"[ \u00a0\t\-‐‑]{1,2}", self.text[merged[-1].end : span.start])
            ):
                merged[-1] = Span(merged[-1].start, span.end, "name")
                continue
            merged.append(span)
        return merged

    def with_initials(self, spans: list[Span]) -> list[Span]:
        """Widen name spans over an initial next to them: "N. Okonkwo", "Ngozi O."."""
        text = self.text
        out = []
        for span in spans:
            if span.kind == "name":
                at = span.start - 1
                at -= text[at : at + 1] == " "
                letter = at - 1
                if (
                    letter >= 0
                    and text[at : at + 1] == "."
                    and text[letter].isupper()
                    and (letter == 0 or not text[letter - 1].isalnum())
                ):
                    span = Span(letter, span.end, span.kind)
                end = span.end
                if (
                    text[end : end + 1] == " "
                    and text[end + 1 : end + 2].isupper()
                    and text[end + 2 : end + 3] == "."
                    and not text[end + 3 : end + 4].isalnum()
                ):
                    span = Span(span.start, end + 3, span.kind)
            out.append(span)
        return out


_NAME_THEN_ORG = re.compile(
    r"\s*[,(:–—-]?\s*(?:(?:of|from|at|with|for|de|du|des|del|da|do|di|von|van|chez|من|في)"
    r"(?:\s+(?:the|la|le|l'|los|las|el|der|die|das))?\s*)?(?:the\s+)?",
    re.IGNORECASE,
)
_ORG_THEN_NAME = re.compile(r"['’]s?\s+|\s*[,:–—-]\s*|\s+", re.IGNORECASE)


def _is_initial(p: _Pass, j: int) -> bool:
    token = p.tokens[j]
    return (
        len(token.surface) == 1
        and token.surface.isupper()
        and p.text[token.o_end : token.o_end + 1] == "."
    )


def _stripped(token: str) -> str:
    if _script(token[:1]) == "arabic":
        for prefix in ("و", "ف", "ب", "ل", "ك"):
            if token.startswith(prefix) and len(token) > 3:
                return token[1:]
    return token


def _strip_proclitic_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """An Arabic title with "and"/"to" attached ("وللسيد") is still the title."""
    if len(words) == 1 and _script(words[0][:1]) == "arabic" and words not in _TITLES:
        for prefix in ("و", "ف", "ب", "ل", "ك", "ول", "فل", "لل"):
            rest = words[0][len(prefix) :]
            if words[0].startswith(prefix) and (rest,) in _TITLES:
                return (rest,)
            if words[0].startswith(prefix) and ("ال" + rest,) in _TITLES:
                return ("ال" + rest,)
    return words
