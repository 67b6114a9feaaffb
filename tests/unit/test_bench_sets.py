"""The labelled sets that choose the embedding model are well formed.

Each topic in benchmarks/data has an English file (``theme<TAB>text``) and a
mixed-language one (``theme<TAB>lang<TAB>text``): the same proposals in the same
order with the same themes, about half of them written in French, Spanish,
Arabic, Russian or Chinese. A mistake here (a row dropped, a theme changed in
translation, a "Chinese" row that is still English) would quietly make the
model comparison of benchmarks/bench_models.py wrong.
"""

from __future__ import annotations

import csv
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
TOPICS = (
    "tune_food_systems",
    "heldout_digital_inclusion",
    "heldout_oceans_fisheries",
    "unseen_education_emergencies",
)
OTHER_LANGUAGES = ("fr", "es", "ar", "ru", "zh")


def read(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[0], rows[1:]


def scripts(text: str) -> Counter[str]:
    """How many letters of ``text`` are in each script (LATIN, ARABIC, CYRILLIC, CJK...)."""
    found: Counter[str] = Counter()
    for ch in text:
        if ch.isalpha():
            found[unicodedata.name(ch, "UNKNOWN").split()[0]] += 1
    return found


EXPECTED_SCRIPT = {
    "en": "LATIN",
    "fr": "LATIN",
    "es": "LATIN",
    "ar": "ARABIC",
    "ru": "CYRILLIC",
    "zh": "CJK",
}


@pytest.mark.parametrize("topic", TOPICS)
def test_english_set_has_enough_proposals_in_several_themes(topic: str) -> None:
    header, rows = read(DATA / f"{topic}.tsv")
    assert header == ["theme", "text"]
    assert all(len(row) == 2 for row in rows), "every row is a theme and a text"
    assert 55 <= len(rows) <= 100
    themes = Counter(theme for theme, _ in rows)
    assert 6 <= len(themes) <= 10
    assert min(themes.values()) >= 5, "every theme has several proposals"
    for theme, text in rows:
        assert theme.strip() and text.strip(), "no empty theme or text"
        assert text == text.strip()
        assert set(scripts(text)) <= {"LATIN"}, f"not English: {text}"
    texts = [text for _, text in rows]
    assert len(set(texts)) == len(texts), "no proposal twice"


@pytest.mark.parametrize("topic", TOPICS)
def test_mixed_set_is_the_english_set_with_half_translated(topic: str) -> None:
    _, english = read(DATA / f"{topic}.tsv")
    header, mixed = read(DATA / f"{topic}_mixed.tsv")
    assert header == ["theme", "lang", "text"]
    assert all(len(row) == 3 for row in mixed)
    assert len(mixed) == len(english), "same number of proposals"
    assert [row[0] for row in mixed] == [row[0] for row in english], "same theme, row by row"

    translated = 0
    for (_, text_en), (theme, lang, text) in zip(english, mixed, strict=True):
        assert text.strip() and text == text.strip(), f"empty or padded text under {theme}"
        if lang == "en":
            assert text == text_en, "an English row is the English set's row"
        else:
            translated += 1
            assert text != text_en, f"a {lang} row is translated: {text}"
    assert 0.4 <= translated / len(mixed) <= 0.6, "about half the proposals are translated"

    languages = Counter(row[1] for row in mixed)
    assert set(languages) == {"en", *OTHER_LANGUAGES}
    counts = [languages[lang] for lang in OTHER_LANGUAGES]
    assert max(counts) - min(counts) <= 1, f"the five languages share the translations: {counts}"

    by_theme: dict[str, set[str]] = {}
    for theme, lang, _ in mixed:
        by_theme.setdefault(theme, set()).add(lang)
    for theme, langs in by_theme.items():
        assert "en" in langs and len(langs) >= 3, f"{theme} mixes English and other languages"


@pytest.mark.parametrize("topic", TOPICS)
def test_each_row_is_written_in_the_language_it_declares(topic: str) -> None:
    _, mixed = read(DATA / f"{topic}_mixed.tsv")
    for _, lang, text in mixed:
        letters = scripts(text)
        main, count = letters.most_common(1)[0]
        assert main == EXPECTED_SCRIPT[lang], f"{lang} row in {main} script: {text}"
        assert count >= 0.9 * sum(letters.values()), f"{lang} row mixes scripts: {text}"


def test_french_and_spanish_rows_are_not_english() -> None:
    # The script cannot tell French or Spanish from English: their own small words can.
    markers = {
        "fr": {"le", "la", "les", "des", "du", "pour", "et", "que", "une", "aux", "dans"},
        "es": {"el", "la", "los", "las", "del", "para", "y", "que", "una", "con", "por"},
    }
    english = {"the", "and", "of", "to", "for", "should", "with"}
    for topic in TOPICS:
        _, mixed = read(DATA / f"{topic}_mixed.tsv")
        for _, lang, text in mixed:
            if lang not in markers:
                continue
            words = {w.strip(".,;:—()«»\"'").lower() for w in text.replace("'", " ").split()}
            assert words & markers[lang], f"no {lang} word in: {text}"
            assert not words & english, f"English words in a {lang} row: {text}"


def test_readme_says_what_each_set_is_for() -> None:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for path in DATA.glob("*.tsv"):
        assert path.name in readme, f"benchmarks/data/README.md does not describe {path.name}"
    for role in ("tuning", "held out", "unseen"):
        assert role in readme
