"""What an export may show: names withheld in free text, and every field through its rule.

One matcher serves every export format (PDF, Markdown, CSV and JSON are all
written through it): :class:`Redactor` is given the roster as :class:`Person`
records — each name, organisation, and whether this export may name them —
and :meth:`Redactor.spans` finds what to withhold in a text;
calling the redactor replaces each span with :data:`WITHHELD` (a name) or
:data:`WITHHELD_ORGANISATION`.

* A **named** export gives ``named=True`` to everyone who agreed to be named
  (and to the facilitator and rapporteur): only the others' names are
  withheld, with a roster organisation printed right next to a withheld name
  ("[name withheld] of [organisation withheld]").
* An **anonymous** export gives ``named=False`` to everyone and
  ``organisations=True``: every name and every roster organisation goes.

How text is compared
--------------------
Folded: Unicode NFKD with the combining marks dropped, then casefold, so
"MÜLLER", "Muller" and "müller" are one word (German "Mueller" is tried too),
plus ø→o, ł→l, æ→ae and the like, and in Arabic the alef forms, alef maqsura,
ta marbuta and tatweel unified. Words are compared whole: "Li" never matches
inside "Lima".

What counts as a name
---------------------
1. A person's whole name, or two or more of its words in order ("María
   Gutiérrez"), or two in either order ("Aliyev Farid"), in any case: always.
2. A single part of a name (two letters or more; particles such as *al*, *de*,
   *van*, *bin* or Vietnamese *Thi* are not parts on their own) is withheld
   when it stands next to a title ("Mr Muller", "Minister Haddad", "السيدة
   الزهراء") or another name part, and otherwise in any case ("as ngozi said",
   "OKONKWO agrees") — with two exceptions, for precision:

   * **proper-noun phrases**: a capitalised part with a capitalised
     neighbour, separated by a space, that is neither a name nor a title,
     is part of a proper noun and stays ("The Lima Declaration", "the Li
     River", "Bank of Lima"). A neighbour at the start of a sentence does not
     count (every sentence starts with a capital).
   * **ordinary words** (:data:`ORDINARY_WORDS`: words of English, French,
     Spanish, Portuguese, German, Italian, Turkish and Arabic that are also
     name parts, such as *sow*, *grace*, *petit*, *mai*, *kaya*, أمل, علي):
     such a part is withheld only next to a title or another name part,
     capitalised in mid-sentence (outside a proper-noun phrase), before a
     possessive ("Grace's"), or next to a speech verb ("Sow said", "Petit a
     raison", "قالت أمل"). So "we must sow trust" and "Sow trust first"
     keep their words, and "as Sow said" does not.

   There is no dictionary here (frequency lists rank names such as "Chen" as
   common as "Lima"), so these are rules of context; a place named like a
   person ("in Lima") is withheld — privacy first.
3. Scripts written without spaces (Chinese, Japanese, Korean, Thai): the
   whole name wherever it stands, and a Chinese surname with an honorific
   ("李先生", "王女士", "老王"). A Chinese name also yields its pinyin
   ("李伟" → "Li Wei", "Wei Li", and the parts "Li" and "Wei" under rule 2)
   when its characters are in the small table below.
4. Arabic script: a part with a one-letter proclitic attached (و ف ب ل ك, and
   the article) counts, and the proclitic is kept ("و[name withheld]").
   Russian: a surname with a case ending counts ("Ивановым").
5. After a personal title (Mr, Ms, Dr, Prof, Mme, M., Sr, Sra, Herr, Frau,
   H.E., …), a capitalised word not on the roster is a name too ("Mr Smith"):
   nobody off the roster agreed to be named.

A withheld span takes the titles before it and initials next to it ("N.
Okonkwo"). In a named export a part shared by someone named and someone not
("Haddad" of Omar and of Kamal Haddad) is withheld unless the whole name of the
person who agreed is written.

Organisations (anonymous exports, and next to a withheld name) match whole, in
any case, also without a leading "the" or a legal suffix (Ltd, S.A., GmbH…),
by an acronym given in brackets, and — in capitals only — by the initials of
an organisation of three words or more ("Jordan Valley Authority" → "JVA"). An
organisation typed all in lower case counts only from three words on, so
"une eau solidaire" is not "Eau Solidaire".

The modules
-----------
* :mod:`.folding` — text as it is compared; :mod:`.lexicon` — the word lists;
* :mod:`.redactor` — the index of names (:class:`Redactor`); :mod:`.passes` —
  the rules above, run once over one text;
* :mod:`.disclosure` — what one export may show (:class:`Disclosure`);
* :mod:`.view` — the session's records as one export may show them: every
  field through its rule in :data:`~.view.FIELD_RULES`. Every format renders
  this view: the JSON is the view itself, the CSV, Markdown and PDF are laid
  out from records taken through it. A field without a rule never leaves.

``benchmarks/bench_redaction.py`` measures names missed and words wrongly
withheld on ``tests/data/redaction/cases.json``.
"""

from breakout.redaction.disclosure import Disclosure
from breakout.redaction.folding import fold, unspaced
from breakout.redaction.lexicon import ORDINARY_WORDS, PARTICLES, PERSONAL_TITLES
from breakout.redaction.passes import Span
from breakout.redaction.redactor import WITHHELD, WITHHELD_ORGANISATION, Person, Redactor

__all__ = [
    "ORDINARY_WORDS",
    "PARTICLES",
    "PERSONAL_TITLES",
    "WITHHELD",
    "WITHHELD_ORGANISATION",
    "Disclosure",
    "Person",
    "Redactor",
    "Span",
    "fold",
    "unspaced",
]
