"""The engine's catalogues (breakout/words.py): every string of the report modules that reaches
a reader is marked, every language has every entry with the number of plural forms CLDR gives
it, the committed .mo files are what `make translations` compiles from the .po files today,
and the words are handed out explicitly, never installed as a global ``_``."""

from __future__ import annotations

import ast
import builtins
import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from breakout import vote_words
from breakout.errors import BreakoutError
from breakout.voting import METHODS, dots, ranking
from breakout.voting.base import ItemResult, RoundResult
from breakout.words import LANGUAGES, check_language, words_for

ROOT = Path(__file__).parents[2]
LOCALE = ROOT / "breakout" / "locale"
#: The modules whose words are in the catalogues (the Makefile's ENGINE_WORDS).
SOURCES = [
    ROOT / "breakout" / "words.py",
    ROOT / "breakout" / "vote_words.py",
    *sorted((ROOT / "breakout" / "report").glob("*.py")),
    *sorted((ROOT / "breakout" / "phone").glob("*.py")),
    ROOT / "breakout" / "forum" / "document.py",  # the forum report's words (the rest: CLI)
]
#: The modules whose refusals a phone can meet (the Makefile's ENGINE_REFUSALS): only their
#: ``refusal``/``refusal_n`` calls are extracted, their other strings being the console's.
REFUSAL_SOURCES = [
    ROOT / "breakout" / "rounds.py",
    ROOT / "breakout" / "session_core.py",
    ROOT / "breakout" / "inbox.py",
    *sorted((ROOT / "breakout" / "voting").glob("*.py")),
]
#: Babel's keywords as ``make translations`` runs it.
KEYWORDS = {**DEFAULT_KEYWORDS, "refusal": None, "refusal_n": (1, 2)}
TRANSLATED = [code for code in LANGUAGES if code != "en"]
#: Calls inside which a string is marked (Babel's default keywords we use).
MARKING = {"gettext", "ngettext", "N_"}
#: Calls whose strings are for whoever runs the export, not for the report's reader.
NOT_FOR_THE_READER = {"BreakoutError", "ExportCancelled", "Cancelled"}
#: A run of two words, or a capitalised word: what a reader would read as text.
PROSE = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}|^[A-Z][a-z]+\b")
#: Strings in the report modules that look like words but no reader sees as such: Word's own
#: style names and font, the PDF's creator, a code compared in the code, and the sentences of
#: breakout/report/files.py, which explain to the person exporting why a file was not written.
NOT_WORDS = {
    "Quote",
    "Subtitle",
    "Intense Quote",
    "List Bullet",
    "List Number",
    "Heading 2",
    "Heading ",
    "Title",
    "Normal",
    "Table Text",
    "Table Grid",
    "Arial",
    "Breakout",
    "on the roster",
    "English",  # each language is named in itself (breakout.words.LANGUAGE_NAMES)
    # The phone server's HTTP header names and values, and its modules' exported names.
    "Accept-Language",
    "Content-Type",
    "Content-Security-Policy",
    "Referrer-Policy",
    "Cache-Control",
    "Strict",
    "Owner",
    "Words",
}
#: HTML markup in the phone's page templates: whole tags, and a tag's end or start cut off
#: where an f-string puts a value in. The text left between tags is what a phone shows.
MARKUP = re.compile(r"<[^<>]*>|^[^<>]*>|<[^<>]*$")


def _unmarked(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))  # docstrings, of modules, classes, functions, attributes
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in MARKING | NOT_FOR_THE_READER:
                skip.update(id(sub) for sub in ast.walk(node))
    texts = [
        (node.lineno, node.value, MARKUP.sub(" ", node.value).strip())
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
    ]
    return [
        (line, text)
        for line, text, shown in texts
        if PROSE.search(shown) and not {text, shown} & NOT_WORDS
    ]


#: breakout/report/files.py writes files: its sentences tell the person exporting why a file
#: was not written (in the CLI's and the app's error), and never reach a report; and
#: breakout/phone/serve.py speaks to whoever runs `breakout serve` in a terminal, not to a phone.
READ = [path for path in SOURCES if path.name not in ("files.py", "serve.py")]


@pytest.mark.parametrize("path", READ, ids=lambda p: p.name)
def test_every_string_a_reader_sees_is_marked(path: Path) -> None:
    assert _unmarked(path) == []


def test_the_phone_script_holds_no_sentence_of_its_own() -> None:
    """phone.js shows only the phrases the server hands it in the phone's language."""
    script = (ROOT / "breakout" / "phone" / "static" / "phone.js").read_text(encoding="utf-8")
    literals = re.findall(r'"([^"\n]*)"|\'([^\'\n]*)\'|`([^`]*)`', script)
    sentence = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}")  # two words: something to read
    words = [text for found in literals for text in found if sentence.search(text)]
    assert words == ["use strict"]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_marked_call_hides_its_words_from_the_extractor(path: Path) -> None:
    """Babel reads literal arguments only, and never inside an f-string."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    hidden = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for sub in ast.walk(node):
                if not isinstance(sub, ast.Call) or getattr(sub.func, "attr", "") not in MARKING:
                    continue
                if sub.args and isinstance(sub.args[0], ast.Constant):
                    hidden.append(sub.lineno)
    assert hidden == []


def _extracted() -> set[str | tuple[str, str]]:
    found: set[str | tuple[str, str]] = set()
    for path in [*SOURCES, *REFUSAL_SOURCES]:
        for _line, message, _comments, _context in extract_from_file(
            "python", str(path), keywords=KEYWORDS
        ):
            found.add(message if isinstance(message, str) else (message[0], message[1]))
    return found


def _ids(catalogue: Catalog) -> set[str | tuple[str, str]]:
    return {m.id if isinstance(m.id, str) else (m.id[0], m.id[1]) for m in catalogue if m.id}


def test_the_template_holds_what_the_sources_mark() -> None:
    with (LOCALE / "breakout.pot").open("rb") as handle:
        template = read_po(handle)
    assert _ids(template) == _extracted(), "run `make translations`"


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_catalogue_is_complete_with_its_plural_forms(code: str) -> None:
    with (LOCALE / code / "LC_MESSAGES" / "breakout.po").open("rb") as handle:
        catalogue = read_po(handle)
    assert _ids(catalogue) == _extracted(), "run `make translations`"
    cldr = Catalog(locale=code)
    assert catalogue.plural_forms == cldr.plural_forms  # the header, CLDR's rule
    assert catalogue.num_plurals == {"fr": 3, "es": 3, "ar": 6, "ru": 3, "zh_CN": 1}[code]
    for message in catalogue:
        if not message.id:
            continue
        assert not message.fuzzy, message.id
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.pluralizable:
            assert len(forms) == cldr.num_plurals, message.id
        assert all(forms), f"{code}: {message.id!r} is not translated"
    problems = [(m.id, errors) for m, errors in catalogue.check() if errors]
    assert problems == []  # placeholders as the English has them


#: Each catalogue's team, named in English as a translator would look for it.
TEAMS = {
    "fr": "French",
    "es": "Spanish",
    "ar": "Arabic",
    "ru": "Russian",
    "zh_CN": "Chinese (Simplified)",
}


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_catalogue_has_the_projects_header_and_no_placeholders(code: str) -> None:
    source = (LOCALE / code / "LC_MESSAGES" / "breakout.po").read_text(encoding="utf-8")
    header = source[: source.index("\n\n")]
    for placeholder in ("EMAIL@ADDRESS", "YEAR", "FIRST AUTHOR", "PROJECT", "LANGUAGE", "@"):
        assert placeholder not in header, placeholder
    assert '"Project-Id-Version: breakout ' in header
    assert f'"Language-Team: {TEAMS[code]}\\n"' in header


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_compiled_catalogue_is_its_source_compiled(code: str) -> None:
    folder = LOCALE / code / "LC_MESSAGES"
    with (folder / "breakout.po").open("rb") as handle:
        catalogue = read_po(handle, locale=code)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    assert (folder / "breakout.mo").read_bytes() == compiled.getvalue(), "run `make translations`"


def test_plural_forms_follow_each_language() -> None:
    def proposals(code: str, n: int) -> str:
        return words_for(code).ngettext("%(n)d proposal", "%(n)d proposals", n)

    assert [proposals("ru", n) for n in (1, 3, 5, 21)] == [
        "1 предложение",
        "3 предложения",
        "5 предложений",
        "21 предложение",
    ]
    assert [proposals("ar", n) for n in (1, 2, 3, 11, 100)] == [
        "مقترح واحد",
        "مقترحان",
        "3 مقترحات",
        "11 مقترحًا",
        "100 مقترح",
    ]
    assert proposals("en", 1) == "1 proposal"
    assert proposals("zh_CN", 4) == "4 项提议"


def test_dates_are_written_in_each_language() -> None:
    day = dt.date(2026, 11, 19)
    assert words_for("en").date(day, weekday=True) == "Thursday 19 November 2026"
    assert words_for("fr").date(day, weekday=True) == "jeudi 19 novembre 2026"
    assert words_for("es").date(day) == "19 de noviembre de 2026"
    assert words_for("ru").date(day) == "19 ноября 2026 года"
    assert words_for("zh_CN").date(day, weekday=True) == "2026年11月19日星期四"
    assert words_for("ar").date(day) == "19 تشرين الثاني/نوفمبر 2026"


def test_an_unknown_language_is_refused_naming_the_six() -> None:
    with pytest.raises(BreakoutError) as refused:
        words_for("de")
    message = str(refused.value)
    assert "'de'" in message
    assert all(code in message for code in LANGUAGES)
    assert check_language("zh-CN") == check_language("zh") == "zh_CN"


def test_no_global_underscore_is_installed() -> None:
    for code in LANGUAGES:
        words_for(code)
    assert not hasattr(builtins, "_")
    assert words_for("ar").right_to_left
    assert not words_for("fr").right_to_left


#: Results of every kind the methods report, with the details each method's words read.
ITEMS = [
    ItemResult(1, "A", 1, 23.0, 1.0, {"ballots": 9, "share_of_voters": 0.6}),
    ItemResult(2, "B", 2, 1.0, 0.1, {"ballots": 1, "share_of_voters": 0.05}),
    ItemResult(3, "C", 3, 0.0, 0.0, {}),
]
RANKED = ItemResult(1, "A", 1, 14.0, 1.0, {"schulze_wins": 3, "first_places": 1})
VOTED = {"votes": 7, "median": 3, "above": 2, "below": 3, "blocks": 1, "ballots": 7}
GRADED = ItemResult(1, "A", 1, 3.0, 1.0, VOTED)
RATED = ItemResult(1, "A", 1, 3.25, 1.0, {**VOTED, "blocks": 0, "share_of_voters": 0.5})
SETTINGS = {
    "dots": {"budget": 5, "per_item_cap": 2},
    "approval": {},
    "ranking": {"max_ranked": 3},
    "majority": {},
    "agreement": {},
}


@pytest.mark.parametrize("method", sorted(METHODS))
def test_a_rounds_words_in_english_are_the_methods_own(method: str) -> None:
    english, counter = words_for("en"), METHODS[method]
    assert vote_words.title(method, english) == counter.title
    assert vote_words.score_name(method, english) == counter.score_name
    assert vote_words.rules(method, SETTINGS[method], english) == counter.rules(SETTINGS[method])
    for value in (0.0, 0.6, 1.0, 3.4):
        assert vote_words.support_words(method, value, english) == counter.support_words(value)
    for item in [*ITEMS, RANKED, GRADED, RATED]:
        assert vote_words.figure(method, item, english) == counter.figure(item)
        assert vote_words.result_words(method, item, english) == counter.result_words(item)


def test_a_decimal_is_written_with_the_languages_decimal_sign() -> None:
    french, spanish, chinese = words_for("fr"), words_for("es"), words_for("zh_CN")
    assert vote_words.figure("agreement", RATED, french) == "moyenne 3,2 sur 5"
    assert vote_words.support_words("dots", 1.44, spanish).startswith("1,4 ")
    assert vote_words.support_words("agreement", 3.44, words_for("ru")).startswith("3,4 ")
    assert vote_words.figure("agreement", RATED, chinese) == "平均 3.2/5"


def test_a_rounds_words_in_other_languages() -> None:
    french, russian, arabic = words_for("fr"), words_for("ru"), words_for("ar")
    assert vote_words.figure("dots", ITEMS[0], french) == "23 gommettes"
    assert vote_words.result_words("dots", ITEMS[0], french) == "23 gommettes (de 9 votants)"
    assert vote_words.figure("dots", ITEMS[0], russian) == "23 точки"
    assert vote_words.figure("dots", ITEMS[1], arabic) == "نقطة واحدة"
    assert vote_words.title("approval", french) == "Vote par approbation"
    assert vote_words.speaker(2, french) == "Orateur 2"
    assert vote_words.speaker(None, arabic) == "المتحدث"


#: Ballots every method reads (a value per item: dots, a mark, a rank, a grade, a level).
BALLOTS: list[dict[int, int]] = [{1: 1, 2: 2, 3: 3}, {1: 2, 2: 1, 3: 3}, {1: 1, 2: 3, 3: 2}]


def _results() -> list[tuple[RoundResult, dict[str, Any]]]:
    out: list[tuple[RoundResult, dict[str, Any]]] = []
    for many in (2, 3, 5):
        labels = {i: f"Item {i}" for i in range(1, many + 1)}
        ballots = [{k: v for k, v in b.items() if k in labels} for b in BALLOTS]
        for name, settings in SETTINGS.items():
            tally = METHODS[name].tally
            if name == "approval":
                ballots = [{k: int(v == 1) for k, v in b.items()} for b in ballots]
            out.append((tally(ballots, labels, [], settings, 5), settings))
        out.append((ranking.borda(ballots, labels), {}))
        out.append((ranking.schulze(ballots, labels), {}))
    out.append((dots.dots(BALLOTS, {1: "A", 2: "B", 3: "C"}, hands={}), {}))
    return out


def test_a_rounds_explanation_and_order_in_english_are_the_methods_own() -> None:
    english, french = words_for("en"), words_for("fr")
    for result, settings in _results():
        assert vote_words.explanation(result, settings, english) == result.explanation
        assert vote_words.order_note(result, english) == result.order_note
        assert vote_words.explanation(result, settings, french) != result.explanation
        assert vote_words.order_note(result, french) != result.order_note
