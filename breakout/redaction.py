"""Finding people's names and organisations in free text, to withhold them from exports.

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

``benchmarks/bench_redaction.py`` measures names missed and words wrongly
withheld on ``tests/data/redaction/cases.json``.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from breakout.errors import BreakoutError

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


@dataclass(frozen=True)
class Span:
    """Characters ``text[start:end]`` to withhold: a ``"name"`` or an ``"organisation"``."""

    start: int
    end: int
    kind: str


# -- folding --------------------------------------------------------------------------

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


# -- what the rules know ------------------------------------------------------------------

#: Words that join a name but are not a name on their own.
PARTICLES = frozenset(
    _listed(
        "al el ul le la de da das do dos du del della der den di van von ter ten bin bint ibn "
        "ben abu abd st y e thi"
    )
)

#: Titles before a name (folded words). Personal titles also mark an unknown
#: capitalised word after them as a name (rule 5); role titles only mark parts.
PERSONAL_TITLES: frozenset[tuple[str, ...]] = frozenset(
    tuple(t.split())
    for t in (
        "mr",
        "mrs",
        "ms",
        "mx",
        "miss",
        "dr",
        "prof",
        "professor",
        "mme",
        "madame",
        "mlle",
        "m",
        "monsieur",
        "sr",
        "sra",
        "srta",
        "dra",
        "senor",
        "senora",
        "senhor",
        "senhora",
        "don",
        "dona",
        "herr",
        "frau",
        "sir",
        "h e",
        "doctor",
        "docteur",
        "doktor",
        "profesor",
        "profesora",
        "professeur",
        "г н",
        "г жа",
        "господин",
        "госпожа",
        "السيد",
        "السيده",
        "الدكتور",
        "الدكتوره",
        "الاستاذ",
        "الاستاذه",
        "د",
    )
)
ROLE_TITLES: frozenset[tuple[str, ...]] = frozenset(
    tuple(t.split())
    for t in (
        "ambassador",
        "amb",
        "ambassadeur",
        "ambassadrice",
        "embajador",
        "embajadora",
        "embaixador",
        "minister",
        "ministre",
        "ministro",
        "ministra",
        "deputy minister",
        "secretary",
        "senator",
        "mayor",
        "maire",
        "alcalde",
        "alcaldesa",
        "prefeito",
        "governor",
        "president",
        "presidente",
        "presidenta",
        "director",
        "directora",
        "directeur",
        "directrice",
        "commissioner",
        "judge",
        "justice",
        "excellency",
        "hon",
        "honourable",
        "honorable",
        "rev",
        "eng",
        "sheikh",
        "sheikha",
        "chief",
        "chair",
        "chairperson",
        "chairman",
        "chairwoman",
        "доктор",
        "профессор",
        "министр",
        "посол",
        "الوزير",
        "الوزيره",
        "الشيخ",
        "الشيخه",
        "السفير",
        "السفيره",
        "المهندس",
        "المهندسه",
    )
)
#: Titles that count in any case; the others count only when capitalised
#: ("Don Pedro", not "don a hat"), except in scripts without capitals.
_ANY_CASE_TITLES = frozenset(
    tuple(t.split()) for t in ("mr", "mrs", "ms", "mx", "dr", "prof", "mme", "mlle", "sra", "dra")
)
_TITLES = PERSONAL_TITLES | ROLE_TITLES
_TITLE_LEN = max(len(t) for t in _TITLES)
_TITLE_STARTS = frozenset(t[0] for t in _TITLES)

#: Ordinary words that are also name parts (folded). Such a part is withheld
#: only where the context says it is a name (module docstring, rule 2).
ORDINARY_WORDS = frozenset(
    _listed(
        # English
        "a an the and or but of to in on at by for with as is be he she it we me my so no do go "
        "up us if am our his her him its who may will can mark bill pat rich grant young long "
        "white black green brown gray grey king hall wood lane ward bell cook page rice price "
        "stone hill moss ray dawn summer winter sky star honey amber ruby iris lily ivy violet "
        "sage faith hope joy grace rose june april august chance case cash fox wolf bear lamb "
        "swan crane drake hawk finch bird fish wells banks fields burns cross frank earnest guy "
        "jack sterling noble strong little small short love major chase mercy patience prudence "
        "constance sunny river forest cliff glen dale vale heath marsh shore bush baker miller "
        "smith taylor carter turner mason cooper fisher hunter porter potter walker parker weaver "
        "butler day night light snow frost storm gale sun moon sow song tang pan fan ding hang "
        "ban min will angel clement constant desire prosper modest just "
        # French
        "le la les un une des du de et ou en au aux ce ces se sa son ses ma mon mes ta te tu il "
        "elle on nous vous ils que qui ne pas par pour sur dans avec est sont mai juin avril "
        "petit petite grand grande blanc blanche noir rouge vert fort bon bonne belle beau roi "
        "prince lion loup renard pierre marchand boulanger marin juste parfait aime fidele "
        "modeste salut lebrun clement "
        # Spanish, Portuguese, Italian
        "el los las una y o al con por para lo mi si ya su sus bello bella blanco rojo moreno "
        "rubio delgado alegre cruz paz luz sol mar rosa flor pastor leon lobo campo campos "
        "montes iglesias rey reyes santos cano calvo bueno leal franco dolores mercedes amparo "
        "socorro consuelo esperanza caridad pilar rocio soledad victoria fe herrero sastre "
        "castillo torre torres puente prado nieves vega lima rocha pereira oliveira costa silva "
        "um uma os as em nos nas seu sua lei cao rosso bianco piccolo conti serra "
        # German
        "der die das und oder ein eine im am zu zum mit von auf fur ist weiss schwarz klein "
        "lang kurz fuchs vogel koch meister hahn bauer jung "
        # Turkish
        "kaya demir celik yildiz deniz kara aydin "
        # Arabic (folded: alef forms unified, ta marbuta as ha, alef maqsura as ya)
        "امل نور كريم جميل سعيد فرح ورد صباح سلام عادل صالح حسن كمال جمال نبيل هدي ايمان وفاء "
        "رحمه امين فريد خالد ياسمين عمر علي منير"
    )
)

#: Words after (or before) a part that say a person is meant: "Sow said".
_SPEECH_AFTER: frozenset[tuple[str, ...]] = frozenset(
    tuple(t.split())
    for t in _listed(
        "said says say agrees agreed noted asked asks argued argues suggested suggests proposed "
        "proposes added adds explained explains warned warns insisted insists stressed stresses "
        "mentioned mentions thinks thought believes believed replied replies disagreed "
        "disagrees wants wanted recalled reminded pointed urged urges told tells wrote writes "
        "answered responded spoke speaks presented showed reported "
        "dit disait pense propose proposait souligne rappelle estime affirme demande ajoute "
        "dijo dice decia senalo senala propuso propone afirmo afirma pregunto pregunta anadio "
        "disse diz afirmou propos perguntou sagt sagte meint meinte fragt fragte "
        "сказал сказала говорит считает отметил отметила предложил предложила "
        "قال قالت يقول تقول اشار اشارت ذكر ذكرت اقترح اقترحت اكد اكدت يري تري"
    )
) | frozenset(
    tuple(t.split())
    for t in (
        "is right",
        "was right",
        "is correct",
        "a dit",
        "a raison",
        "avait raison",
        "a propose",
        "a souligne",
        "a rappele",
        "tiene razon",
        "tenia razon",
        "tem razao",
        "hat recht",
        "hakli",
        "dedi",
        "прав",
        "права",
    )
)
_SPEECH_BEFORE: frozenset[tuple[str, ...]] = frozenset(
    tuple(t.split())
    for t in (
        "said",
        "says",
        "asked",
        "dit",
        "dijo",
        "disse",
        "sagte",
        "according to",
        "selon",
        "segun",
        "laut",
        "thanks to",
        "merci a",
        "gracias a",
        "قال",
        "قالت",
        "اشار",
        "اشارت",
        "ذكر",
        "ذكرت",
        "اقترح",
        "اقترحت",
        "يري",
        "تري",
        "حسب",
        "сказал",
        "сказала",
    )
)
#: Words that may join a proper-noun phrase: "Bank of Lima".
_CONNECTORS = frozenset(_listed("of de del du des da do di la and y et for und von van dos das"))
_ARABIC_PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_RUSSIAN_ENDINGS = (
    "ого",
    "ому",
    "ами",
    "ым",
    "ом",
    "ой",
    "ую",
    "ах",
    "ях",
    "ов",
    "ев",
    "а",
    "у",
    "е",
    "ы",
)
_LEGAL_SUFFIXES: tuple[tuple[str, ...], ...] = tuple(
    tuple(t.split())
    for t in (
        "ltd",
        "limited",
        "inc",
        "plc",
        "llc",
        "gmbh",
        "ag",
        "sa",
        "s a",
        "sarl",
        "srl",
        "bv",
        "nv",
        "co",
        "corp",
        "spa",
        "s p a",
        "sas",
        "ab",
    )
)
_ORG_SMALL_WORDS = frozenset(
    _listed("of and the for de du des la le el del y et und fur da do dos das di & a")
)

# Pinyin of common Chinese surnames and given-name characters (rule 3).
_SURNAMES = dict(
    pair.split(":")
    for pair in _listed(
        "李:li 王:wang 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu "
        "孙:sun 马:ma 朱:zhu 胡:hu 郭:guo 何:he 高:gao 林:lin 罗:luo 郑:zheng 梁:liang 谢:xie "
        "宋:song 唐:tang 许:xu 韩:han 冯:feng 邓:deng 曹:cao 彭:peng 曾:zeng 肖:xiao 田:tian "
        "董:dong 袁:yuan 潘:pan 于:yu 蒋:jiang 蔡:cai 余:yu 杜:du 叶:ye 程:cheng 苏:su 魏:wei "
        "吕:lu 丁:ding 任:ren 沈:shen 姚:yao 卢:lu 姜:jiang 崔:cui 钟:zhong 谭:tan 陆:lu 汪:wang "
        "范:fan 金:jin 石:shi 廖:liao 贾:jia 夏:xia 韦:wei 付:fu 方:fang 白:bai 邹:zou 孟:meng "
        "熊:xiong 秦:qin 邱:qiu 江:jiang 尹:yin 薛:xue 闫:yan 段:duan 雷:lei 侯:hou 龙:long "
        "史:shi 陶:tao 黎:li 贺:he 顾:gu 毛:mao 郝:hao 龚:gong 邵:shao 万:wan 钱:qian 严:yan "
        "覃:qin 武:wu 戴:dai 莫:mo 孔:kong 向:xiang 汤:tang 欧阳:ouyang 司马:sima 上官:shangguan "
        "诸葛:zhuge 东方:dongfang 皇甫:huangfu 慕容:murong 司徒:situ 令狐:linghu 夏侯:xiahou"
    )
)
_GIVEN = dict(
    pair.split(":")
    for pair in _listed(
        "伟:wei 芳:fang 娜:na 敏:min 静:jing 丽:li 强:qiang 磊:lei 军:jun 洋:yang 勇:yong "
        "艳:yan 杰:jie 娟:juan 涛:tao 明:ming 超:chao 秀:xiu 霞:xia 平:ping 刚:gang 桂:gui "
        "英:ying 华:hua 玉:yu 兰:lan 萍:ping 红:hong 梅:mei 琳:lin 云:yun 鹏:peng 辉:hui 宇:yu "
        "浩:hao 凯:kai 健:jian 俊:jun 帆:fan 帅:shuai 旭:xu 宁:ning 亮:liang 建:jian 国:guo "
        "东:dong 海:hai 峰:feng 波:bo 斌:bin 欣:xin 婷:ting 雪:xue 晶:jing 颖:ying 倩:qian "
        "琴:qin 慧:hui 燕:yan 玲:ling 丹:dan 晓:xiao 小:xiao 文:wen 志:zhi 春:chun 金:jin "
        "永:yong 成:cheng 林:lin 龙:long 飞:fei 瑞:rui 佳:jia 嘉:jia 思:si 雨:yu 子:zi 梓:zi "
        "涵:han 轩:xuan 怡:yi 一:yi 博:bo 晨:chen 阳:yang 昊:hao 然:ran 诗:shi 琪:qi 悦:yue "
        "欢:huan 月:yue 新:xin 喜:xi 力:li 德:de 清:qing 中:zhong 正:zheng 家:jia 和:he 安:an "
        "福:fu 生:sheng 荣:rong 宏:hong 庆:qing 光:guang 天:tian 立:li 青:qing 秋:qiu 兵:bing "
        "松:song 山:shan 仁:ren 义:yi 智:zhi 信:xin 忠:zhong 友:you 善:shan 美:mei 莉:li "
        "蕾:lei 蓉:rong 薇:wei 琦:qi 璐:lu 露:lu 瑶:yao 洁:jie 淑:shu 惠:hui 珍:zhen 珠:zhu "
        "翠:cui 凤:feng 芬:fen 芝:zhi 莲:lian 菊:ju 彤:tong 彬:bin 振:zhen 泽:ze 铭:ming "
        "鑫:xin 森:sen 昕:xin 曦:xi 熙:xi 晖:hui 耀:yao 毅:yi 睿:rui 哲:zhe 锋:feng 岩:yan "
        "江:jiang 冰:bing 伦:lun 瑜:yu 琳:lin 蕊:rui 卫:wei 红:hong 亚:ya 萌:meng 晴:qing"
    )
)
#: Honorifics written after a Chinese surname: "李先生".
_HONORIFICS = _listed(
    "先生 女士 小姐 博士 教授 老师 部长 主任 经理 院长 局长 书记 市长 大使 总 夫人 太太 同志"
)


# -- the index of names ----------------------------------------------------------------------


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
            stand_in = WITHHELD if span.kind == "name" else WITHHELD_ORGANISATION
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
    if len(words) == 1 and _script(words[0][:1]) == "arabic" and words[0] not in _TITLES:
        for prefix in ("و", "ف", "ب", "ل", "ك", "ول", "فل", "لل"):
            rest = words[0][len(prefix) :]
            if words[0].startswith(prefix) and (rest,) in _TITLES:
                return (rest,)
            if words[0].startswith(prefix) and ("ال" + rest,) in _TITLES:
                return ("ال" + rest,)
    return words


# -- what one export shows ------------------------------------------------------------------


@dataclass(frozen=True)
class Disclosure:
    """What one export may show, decided once and used by every format.

    * ``named``: the participants this export may name — nobody when
      ``anonymous``, otherwise those who agreed. Everyone else is named
      nowhere, and nothing is attributed to them.
    * ``private``: contributions marked private, and ``private_recommendations``,
      the board items that come only from them: never exported.
    * ``include_notes``: the facilitator's prompt notes go in (a named export
      only, with the same names withheld).
    * ``redact``: the free-text rule (:class:`Redactor`) for this export.
    """

    anonymous: bool
    include_notes: bool
    named: frozenset[int]
    private: frozenset[int]
    private_recommendations: frozenset[int]
    redact: Redactor

    @classmethod
    def build(
        cls,
        people: Iterable[tuple[int, Person]],
        *,
        staff: Iterable[str] = (),
        anonymous: bool,
        include_notes: bool = False,
        chatham_house: bool = False,
        private: Iterable[int] = (),
        private_recommendations: Iterable[int] = (),
    ) -> Disclosure:
        """``people``: (participant id, person with ``named`` = agreed to be named).

        ``staff``: the facilitator and rapporteur, named on a named report's
        cover. Refuses notes in an anonymous export with one sentence.
        """
        anon = bool(anonymous or chatham_house)
        if include_notes and chatham_house:
            raise BreakoutError(
                "this session runs under the Chatham House Rule: its reports are anonymous and "
                "never carry the facilitator's notes; leave the notes out"
            )
        if include_notes and anon:
            raise BreakoutError(
                "the facilitator's notes go only into a named report, never an anonymous one; "
                "leave the notes out or export with names"
            )
        people = list(people)
        named = frozenset(pid for pid, person in people if person.named and not anon)
        everyone = [Person(p.name, p.organisation, named=pid in named) for pid, p in people] + [
            Person(name, named=not anon) for name in staff if name.strip()
        ]
        return cls(
            anonymous=anon,
            include_notes=include_notes,
            named=named,
            private=frozenset(private),
            private_recommendations=frozenset(private_recommendations),
            redact=Redactor(everyone, organisations=anon),
        )

    def names(self, participant: int | None) -> bool:
        """Whether this export may name (and attribute things to) a participant."""
        return participant is not None and participant in self.named
