"""The forum from the command line, as organisers use it: combine, theme, report; and
every refusal as one sentence that leaves the files as they were."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_clean_error, breakout
from tests.cli.test_privacy import fold
from tests.forum.sessions import ROOMS, SCHOOLS
from tests.helpers import files_in, need_poppler
from tests.unit.report.docxtext import docx_text

pytestmark = pytest.mark.slow
OPEN_DATA = "Publish open data on water quality and service hours every month"


def _pdf_text(path: Path) -> str:
    need_poppler()
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def forum(rooms: list[Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    """The four rooms combined, themes suggested and the open-data theme accepted and worded."""
    monkeypatch.setenv("BREAKOUT_MODEL", "off")
    path = rooms[0].parent / "forum.breakout"
    made = breakout("forum", path, *rooms, "--title", "Global Forum of Cities 2027")
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines() == [
        *(f"added {room.file}" for room in ROOMS),
        f"{path} holds 4 breakouts",
    ]
    doc = json.loads(breakout("forum-themes", path, "suggest", "--json").stdout)
    (theme,) = [t for t in doc["themes"] if OPEN_DATA in [r["text"] for r in t["recommendations"]]]
    words = "Cities publish open data on their services every month."
    assert breakout("forum-themes", path, "word", str(theme["id"]), words).returncode == 0
    return path


def test_the_forum_report_puts_the_forum_first_then_each_breakout(forum: Path) -> None:
    folder = forum.parent
    done = breakout("export", forum, "--pdf", folder / "f.pdf", "--docx", folder / "f.docx")
    assert done.returncode == 0, done.stderr
    for text in (" ".join(_pdf_text(folder / "f.pdf").split()), docx_text(folder / "f.docx")):
        order = [
            "Global Forum of Cities 2027",
            "Key messages",
            "Cities publish open data on their services every month. (3 breakouts)",
            "Themes across breakouts",
            "Who keeps the taps running?",
            "Held under the Chatham House Rule: it names no one.",
            "Participation across the forum",
            "Smaller groups",
            "Annex: the breakouts combined",
            "Annex: every recommendation",
        ]
        at = [text.find(words) for words in order]
        assert -1 not in at, [w for w, a in zip(order, at, strict=True) if a < 0]
        assert at == sorted(at)
        assert "5 approvals (100 % of voters)" in text  # a recommendation's final support
        assert "Créer un fonds rotatif pour les comités d'usagers de l'eau" in text
        for name in (*SCHOOLS.names(), *SCHOOLS.staff):
            assert fold(name) not in fold(text), name


def test_the_forum_report_speaks_the_language_asked_for(forum: Path) -> None:
    target = forum.parent / "forum-fr.md"
    done = breakout("export", forum, "--markdown", target, "--language", "fr")
    assert done.returncode == 0, done.stderr
    text = target.read_text(encoding="utf-8")
    for heading in ("## Messages clés", "## Thèmes communs aux ateliers", "## Annexe"):
        assert heading in text
    assert "城市气候适应" in text and "الشباب والعمل في المدن" in text
    assert "5 approbations (100 % des votants)" in text  # support in the report's words


def test_session_commands_refuse_a_forum_file_by_name(forum: Path) -> None:
    assert_clean_error(breakout("show", forum), "forum.breakout is a forum file that combines")
    assert_clean_error(
        breakout("export", forum, "--csv", forum.parent / "csv"),
        "forum.breakout is a forum file: it exports its report only",
    )
    assert_clean_error(
        breakout("export", forum.parent / "water.breakout", "--pdf", forum),
        "forum.breakout is a Breakout forum file; choose another name",
    )


def test_a_bad_forum_command_writes_nothing(rooms: list[Path]) -> None:
    folder = rooms[0].parent
    (folder / "notes.txt").write_text("not a session", encoding="utf-8")
    before = files_in(folder)
    assert_clean_error(
        breakout("forum", folder / "new.breakout", rooms[0], folder / "notes.txt"),
        "notes.txt is not a Breakout session file",
    )
    assert_clean_error(
        breakout("forum", rooms[0], *rooms[1:]), "water.breakout is a session file, not a forum"
    )
    assert_clean_error(
        breakout("forum", folder / "new.breakout", rooms[0], folder / "missing.breakout"),
        "missing.breakout does not exist",
    )
    assert files_in(folder) == before
    assert breakout("forum", folder / "forum.breakout", rooms[0]).returncode == 0
    before = files_in(folder)
    assert_clean_error(
        breakout("forum", folder / "forum.breakout", rooms[1], folder / "missing.breakout"),
        "missing.breakout does not exist",
    )
    assert files_in(folder) == before
    shutil.copy(rooms[0], folder / "water-copy.breakout")
    assert_clean_error(
        breakout("forum", folder / "new.breakout", rooms[0], folder / "water-copy.breakout"),
        "water.breakout and water-copy.breakout are copies of the same session",
    )


def test_a_session_open_in_the_app_is_combined_as_it_is_and_left_untouched(
    rooms: list[Path],
) -> None:
    """The app holds the file and its log (not yet folded in): the forum reads both."""
    from breakout.session import Session
    from tests.forum.sessions import fingerprint

    folder = rooms[0].parent
    with Session.open(rooms[0]) as live:
        point = live.agenda.points()[1].id
        live.capture.add_contribution(
            "Ouvrir les registres des tarifs à tous les usagers", point_id=point, kind="proposal"
        )
        log = Path(f"{rooms[0]}-wal")
        assert log.stat().st_size > 0  # the new proposal is in the log only
        before = fingerprint(rooms[0])
        beside = sorted(p.name for p in folder.iterdir())
        done = breakout("forum", folder / "forum.breakout", rooms[0])
        assert done.returncode == 0, done.stderr
        assert fingerprint(rooms[0]) == before
        assert sorted(p.name for p in folder.iterdir()) == sorted([*beside, "forum.breakout"])
    shown = breakout("forum-themes", folder / "forum.breakout", "--json")
    texts = [r["text"] for r in json.loads(shown.stdout)["unplaced"]]
    assert "Ouvrir les registres des tarifs à tous les usagers" in texts


#: Fixed English words the forum's report once left untranslated in another language.
ENGLISH_FIXED = ("name withheld", "Approval:", "mark every item", "5 of 5", "speaking time")


@pytest.mark.parametrize("language", ["fr", "zh_CN"])
def test_a_forum_report_in_another_language_leaves_no_fixed_words_in_english(
    forum: Path, language: str
) -> None:
    folder = forum.parent
    md, pdf = folder / f"forum-{language}.md", folder / f"forum-{language}.pdf"
    done = breakout("export", forum, "--markdown", md, "--pdf", pdf, "--language", language)
    assert done.returncode == 0, done.stderr
    markdown = md.read_text(encoding="utf-8").replace("\\", "")  # Markdown's escapes
    for text in (markdown, " ".join(_pdf_text(pdf).split())):
        for words in ENGLISH_FIXED:
            assert words not in text, (language, words)
        said = {"fr": "[nom masqué]", "zh_CN": "[姓名已隐去]"}[language]
        assert said in text


@pytest.mark.parametrize(
    ("language", "spoken", "said"),
    [
        ("en", "speaking time", "so that no one can be picked out by the group they belong to"),
        ("fr", "temps de parole", "afin que personne ne puisse être reconnu par son groupe"),
    ],
)
def test_the_forum_says_why_it_merges_small_groups_without_speaking_time(
    forum: Path, language: str, spoken: str, said: str
) -> None:
    target = forum.parent / f"forum-{language}.md"
    done = breakout("export", forum, "--markdown", target, "--language", language)
    assert done.returncode == 0, done.stderr
    text = " ".join(target.read_text(encoding="utf-8").split())
    assert said in text
    assert spoken not in text


def test_a_french_report_keeps_its_own_words_in_order_after_an_arabic_theme(forum: Path) -> None:
    target = forum.parent / "forum-fr.pdf"
    done = breakout("export", forum, "--pdf", target, "--language", "fr")
    assert done.returncode == 0, done.stderr
    text = " ".join(_pdf_text(target).split())
    assert "Créer un fonds rotatif" in text
    # the suggested theme named in Arabic: its French mark reads left to right after it
    assert "(accepté ,suggéré) pas encore" not in text
    assert text.count("(suggéré, pas encore accepté)") >= 2


def _pdf_lines(path: Path) -> list[list[str]]:
    """The PDF's lines as people see them: each line's words from left to right."""
    need_poppler()
    done = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    word = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>')
    lines: list[tuple[int, float, list[tuple[float, str]]]] = []
    for page, text in enumerate(done.stdout.split("<page ")):
        for x, y, said in sorted(word.findall(text), key=lambda w: float(w[1])):
            # words in other fonts sit a little higher or lower on the same line
            if not lines or lines[-1][0] != page or float(y) - lines[-1][1] > 4:
                lines.append((page, float(y), []))
            lines[-1][2].append((float(x), html.unescape(said)))
    return [[w for _, w in sorted(words)] for _, _, words in lines]


def test_a_support_after_an_arabic_recommendation_stays_beside_its_own_words(
    forum: Path,
) -> None:
    target = forum.parent / "forum-fr.pdf"
    done = breakout("export", forum, "--pdf", target, "--language", "fr")
    assert done.returncode == 0, done.stderr
    (line,) = [ws for ws in _pdf_lines(target) if "(40" in ws and "4." in ws]
    at = line.index("approbations")
    assert line[at - 2 : at] == ["—", "2"], line


def test_a_french_word_report_sets_an_arabic_themes_heading_left_to_right(forum: Path) -> None:
    from docx import Document as open_docx

    target = forum.parent / "forum-fr.docx"
    done = breakout("export", forum, "--docx", target, "--language", "fr")
    assert done.returncode == 0, done.stderr
    headings = [
        p
        for p in open_docx(str(target)).paragraphs
        if "(suggéré, pas encore accepté)" in p.text and "صندوق" in p.text
    ]
    assert headings
    for paragraph in headings:
        p_pr = paragraph._p.pPr
        assert p_pr is None or not p_pr.xpath("./w:bidi"), paragraph.text
