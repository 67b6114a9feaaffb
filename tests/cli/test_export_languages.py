"""``breakout export --language``: the report's own words in the language chosen at export.

On the realistic session of :mod:`tests.unit.report.document_session` (made from a briefing
and a roster: a point over 400 characters, contributions in Arabic and Chinese, walk-ins,
two voting rounds), exported by the real command.
"""

from __future__ import annotations

import csv
import json
import subprocess
import unicodedata
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from breakout.words import LANGUAGES
from tests.cli.test_cli import assert_clean_error, breakout
from tests.helpers import need_poppler
from tests.unit.report.document_session import realistic
from tests.unit.report.pdfwords import pdf_words

#: The English headings of the document; none may be left in a translated report.
ENGLISH_HEADINGS = (
    "OUTCOME OF THE BREAKOUT SESSION",
    "Key messages",
    "Top recommendations",
    "Contents",
    "Background",
    "Discussion by point",
    "Voting and recommendations",
    "Voting rounds",
    "Next steps",
    "Annex: agenda and time used",
    "Annex: participation",
    "Annex: participants",
    "Annex: every contribution",
    "About this document",
    "By stakeholder group",
    "Support by stakeholder group",
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("languages")
    realistic(where).close()
    return where


def _lines(pdf: Path) -> list[str]:
    need_poppler()
    out = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    text = unicodedata.normalize("NFKC", out.stdout)
    return [" ".join(line.split()) for line in text.splitlines()]


def _export(folder: Path, *args: str) -> None:
    done = breakout("export", "forum.breakout", *args, cwd=folder)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_a_french_pdf_has_french_headings_and_no_english_ones(folder: Path) -> None:
    _export(folder, "--pdf", "fr.pdf", "--language", "fr")
    lines = _lines(folder / "fr.pdf")
    for heading in (
        "RÉSULTATS DE LA SÉANCE EN PETITS GROUPES",
        "Messages clés",
        "Principales recommandations",
        "Table des matières",
        "Prochaines étapes",
        "Vote et recommandations",
        "Annexe : ensemble des contributions",
        "À propos du présent document",
        "Soutien par groupe de parties prenantes",
    ):
        assert heading in lines, heading
    assert not set(ENGLISH_HEADINGS) & set(lines)
    # the breakout's date, in French
    assert any("lundi 11 octobre 2027, 10:00" in line for line in lines)
    # what people typed stays as typed
    assert any("社区供水委员会需要可持续的资金" in line for line in lines)


def _letters(word: str) -> str:
    """A word of Arabic as pdftotext gives it back (presentation forms, drawn order)."""
    return "".join(sorted(unicodedata.normalize("NFKC", word)))


def test_an_arabic_pdf_has_arabic_headings_and_runs_right_to_left(folder: Path) -> None:
    _export(folder, "--pdf", "ar.pdf", "--language", "ar")
    lines = _lines(folder / "ar.pdf")
    assert not set(ENGLISH_HEADINGS) & set(lines)
    words = pdf_words(folder / "ar.pdf")
    drawn = {_letters(w.text) for w in words}
    # "Key messages", "Top recommendations", "Next steps", "Contents"
    for word in ("الرسائل", "الرئيسية", "التوصيات", "الخطوات", "التالية", "المحتويات"):
        assert _letters(word) in drawn, word
    # Page 1's facts are mirrored: the label "Rapporteur" stands right of the name.
    (label,) = [w for w in words if _letters(w.text) == _letters("المقرر")][:1]
    (name,) = [w for w in words if w.text == "Moyo"][:1]
    assert abs(label.top - name.top) < 3
    assert label.left > name.right


def test_a_russian_word_document_has_russian_headings(folder: Path) -> None:
    _export(folder, "--docx", "ru.docx", "--language", "ru")
    document = Document(str(folder / "ru.docx"))
    headings = [
        p.text
        for p in document.paragraphs
        if p.style is not None and (p.style.name or "").startswith("Heading")
    ]
    for heading in ("Основные тезисы", "Основные рекомендации", "Дальнейшие шаги"):
        assert heading in headings, heading
    assert "Приложение: все выступления" in headings
    assert not set(ENGLISH_HEADINGS) & set(headings)
    tables = [[c.text for c in t.rows[0].cells] for t in document.tables]
    assert ["#", "Пункт", "План", "Факт", "+/–", "Выступления"] in tables
    assert document.core_properties.language == "ru"


def test_an_arabic_word_document_runs_its_tables_right_to_left(folder: Path) -> None:
    _export(folder, "--docx", "ar.docx", "--language", "ar")
    _export(folder, "--docx", "en.docx")
    arabic, english = Document(str(folder / "ar.docx")), Document(str(folder / "en.docx"))
    assert "الرسائل الرئيسية" in [p.text for p in arabic.paragraphs]
    assert arabic.tables
    assert all(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in arabic.tables)
    assert all(t._tbl.tblPr.find(qn("w:bidiVisual")) is None for t in english.tables)


def test_a_chinese_markdown_has_chinese_headings(folder: Path) -> None:
    _export(folder, "--markdown", "zh.md", "--language", "zh_CN")
    lines = (folder / "zh.md").read_text(encoding="utf-8").splitlines()
    for heading in ("## 关键信息", "## 主要建议", "## 后续步骤", "## 附件：全部发言"):
        assert heading in lines, heading
    assert not {f"## {h}" for h in ENGLISH_HEADINGS} & set(lines)


def test_csv_and_json_keep_their_english_field_names(folder: Path) -> None:
    _export(folder, "--csv", "csv-fr", "--json", "fr.json", "--language", "fr")
    with (folder / "csv-fr" / "contributions.csv").open(encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle))
    assert header[:3] == ["number", "time", "point"]
    document = json.loads((folder / "fr.json").read_text(encoding="utf-8"))
    assert "contributions" in document


def test_an_unknown_language_is_refused_and_nothing_is_written(folder: Path) -> None:
    before = sorted(p.name for p in folder.iterdir())
    done = breakout(
        "export",
        "forum.breakout",
        "--pdf",
        "de.pdf",
        "--markdown",
        "de.md",
        "--language",
        "de",
        cwd=folder,
    )
    assert_clean_error(done, "'de'")
    assert all(code in done.stderr for code in LANGUAGES)
    assert sorted(p.name for p in folder.iterdir()) == before


#: English the engine used to put in every report whatever its language: a round's
#: explanation, redaction's stand-ins, and the roster's gender values.
ENGLISH_WORDS = (
    "Dot voting:",
    "Approval:",
    "an item's score",
    "a raised hand counts as one dot",
    "[name withheld]",
    "[organisation withheld]",
    "withheld",
    "female",
    "male",
)


@pytest.fixture(scope="module")
def anonymous_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The realistic session (its two rounds closed) where one contribution names a
    participant and their organisation, for an anonymous export to withhold."""
    where = tmp_path_factory.mktemp("anonymous")
    session = realistic(where)
    point = session.agenda.points()[0].id
    session.capture.add_contribution(
        "As Élise Marchand of Eau Solidaire said, the tariff must fund the repairs.",
        point_id=point,
    )
    session.close()
    return where


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_an_anonymous_translated_pdf_says_no_engine_words_in_english(
    anonymous_folder: Path, code: str
) -> None:
    _export(anonymous_folder, "--pdf", "en.pdf", "--anonymous")
    english = " ".join(_lines(anonymous_folder / "en.pdf"))
    for word in ENGLISH_WORDS:  # the English report holds every one of them
        assert word in english, word
    _export(anonymous_folder, "--pdf", f"{code}.pdf", "--anonymous", "--language", code)
    text = " ".join(_lines(anonymous_folder / f"{code}.pdf"))
    for word in ENGLISH_WORDS:
        assert word not in text, word
    assert "Marchand" not in text and "Eau Solidaire" not in text


def test_a_french_pdf_explains_its_rounds_in_french(anonymous_folder: Path) -> None:
    _export(anonymous_folder, "--pdf", "fr.pdf", "--anonymous", "--language", "fr")
    text = " ".join(_lines(anonymous_folder / "fr.pdf"))
    assert "Vote par gommettes : chaque votant disposait de 3 gommettes" in text
    # what people typed stays as typed around the stand-ins
    assert "As [nom masqué] of [organisation masquée] said" in text
    assert "Genre femme" in text


@pytest.mark.parametrize(
    ("language", "said"), [("en", "none recorded"), ("fr", "aucune enregistrée")]
)
def test_a_session_with_nothing_captured_says_so_in_its_language(
    tmp_path: Path, language: str, said: str
) -> None:
    """Made from a briefing and a roster, exported before anyone spoke: not "0 on 0 points"."""
    data = Path(__file__).parent.parent / "data" / "real_session"
    session = tmp_path / "fresh.breakout"
    made = breakout(
        "new", session, "--briefing", data / "briefing.md", "--roster", data / "roster.csv"
    )
    assert made.returncode == 0, made.stderr
    out = tmp_path / "fresh.md"
    result = breakout("export", session, "--markdown", out, "--language", language)
    assert result.returncode == 0, result.stderr
    assert f"| {said} |" in out.read_text(encoding="utf-8")
