"""``breakout export``, run as a real process, and its files read back as a reader would.

The PDF is checked with poppler's ``pdftotext``, ``pdffonts`` and ``pdfinfo``
(Debian package ``poppler-utils``); without them these tests fail and say so.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from breakout.demo import build_demo
from breakout.session import Session
from tests.cli.test_cli import assert_clean_error, breakout
from tests.helpers import files_in, need_poppler
from tests.unit.test_report import MULTILINGUAL_PEOPLE, MULTILINGUAL_TEXTS, build_multilingual

POPPLER = ("pdftotext", "pdffonts", "pdfinfo")


@pytest.fixture(scope="module", autouse=True)
def poppler() -> None:
    need_poppler(*POPPLER)


def pdf_text(pdf: Path) -> str:
    """The PDF's text, NFKC-normalised (Arabic comes out as presentation forms), one line."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", out.stdout).split())


def pdf_fonts(pdf: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) for every font the PDF uses."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()[2:]
    fonts = []
    for line in lines:
        name = line.split()[0]
        # columns: name type encoding emb sub uni object ID; type may hold a space
        emb = re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line)
        assert emb, line
        fonts.append((name, emb.group(1)))
    return fonts


def pdf_info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return {
        key.strip(): value.strip()
        for key, _, value in (line.partition(":") for line in out.stdout.splitlines())
    }


def names_in(session_path: Path) -> list[str]:
    with Session.open(session_path, readonly=True) as session:
        info = session.info()
        return [p.name for p in session.people.participants()] + [info.facilitator, info.rapporteur]


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.breakout"
    build_demo(path).close()
    return path


@pytest.fixture(scope="module")
def multilingual_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("multi") / "multi.breakout"
    build_multilingual(path).close()
    return path


def test_every_format_on_the_demo(demo_path: Path, tmp_path: Path) -> None:
    before = demo_path.read_bytes()
    done = breakout(
        "export", demo_path, "--pdf", "r.pdf", "--csv", "csv", "--markdown", "r.md",
        "--json", "r.json", cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "wrote r.pdf" in done.stdout
    assert demo_path.read_bytes() == before, "export never changes the session"

    pdf = tmp_path / "r.pdf"
    text = pdf_text(pdf)
    for heading in (
        "Key messages", "Top recommendations", "Annex: agenda and time used",
        "Voting and recommendations", "Discussion by point", "Annex: participation",
        "Annex: participants", "Annex: every contribution", "Stay-and-improve support for SMEs",
    ):  # fmt: skip
        assert heading in text, heading
    assert "Page 3 of" in text
    assert all(emb == "yes" for _, emb in pdf_fonts(pdf))
    info = pdf_info(pdf)
    assert info["Title"].startswith("Partnerships between civil society")
    assert info["Subject"].startswith("Outcome report — Global Forum on Responsible Business")
    assert b"/Outlines" in pdf.read_bytes()

    rows = list(
        csv.reader(io.StringIO((tmp_path / "csv" / "contributions.csv").read_text("utf-8-sig")))
    )
    assert rows[0][:6] == ["number", "time", "point", "point_text", "kind", "text"]
    assert len(rows) == 1 + 94
    assert (tmp_path / "csv" / "recommendations.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    people = (tmp_path / "csv" / "participants.csv").read_text("utf-8-sig")
    assert "Lucía Fernández" in people and "Markus Weber" not in people  # consent

    doc = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert doc["format"] == "breakout-session" and "anonymous" not in doc
    assert (tmp_path / "r.md").read_text("utf-8").startswith("# Partnerships between")


def test_multilingual_text_survives_into_the_pdf(multilingual_path: Path, tmp_path: Path) -> None:
    done = breakout(
        "export", multilingual_path, "--pdf", "m.pdf", "--markdown", "m.md", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "m.pdf"
    text = pdf_text(pdf)
    for phrase in (
        "Les fournisseurs doivent être payés à temps",
        "δίκαιους μισθούς και ασφαλείς συνθήκες",
        "Поставщики должны получать оплату вовремя",
        "企业应当支付公平工资",
        "结社自由",
        "Zoé Lefèvre",
        "Νίκος Παπαδόπουλος",
        "Дмитрий Иванов",
        "王小明",
    ):
        assert phrase in text, phrase
    # Arabic is shaped and laid out right to left; the extracted letters of each
    # word are in logical order, while the words come out in visual order.
    arabic = next(t for _, _, t in MULTILINGUAL_TEXTS if "يجب على الشركات دفع" in t)
    for word in arabic.split():
        assert word in text, word
    for word in MULTILINGUAL_PEOPLE[3][0].split():
        assert word in text, word
    fonts = pdf_fonts(pdf)
    assert all(emb == "yes" for _, emb in fonts), fonts
    names = " ".join(name for name, _ in fonts)
    for family in ("NotoSans-Regular", "NotoSansArabic", "DroidSansFallback"):
        assert family in names, names
    assert "企业应当支付公平工资" in (tmp_path / "m.md").read_text("utf-8")


@pytest.mark.parametrize("how", ["anonymous", "chatham-house"])
def test_anonymous_exports_name_no_one(
    how: str, demo_path: Path, multilingual_path: Path, tmp_path: Path
) -> None:
    for source in (demo_path, multilingual_path):
        session = tmp_path / f"{how}-{source.name}"
        shutil.copy(source, session)
        args = ["--anonymous"]
        if how == "chatham-house":
            with Session.open(session) as s:
                s.update_session(chatham_house=True)
            args = []
        out = tmp_path / f"out-{source.stem}"
        out.mkdir()
        done = breakout(
            "export", session, "--pdf", "r.pdf", "--csv", "csv", "--markdown", "r.md",
            "--json", "r.json", *args, cwd=out,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        if how == "chatham-house":
            assert "Chatham House" in done.stdout
        texts = {
            "pdf": pdf_text(out / "r.pdf"),
            "markdown": (out / "r.md").read_text("utf-8"),
            "json": (out / "r.json").read_text("utf-8"),
        }
        for name in ("contributions.csv", "recommendations.csv", "participants.csv"):
            texts[name] = (out / "csv" / name).read_text("utf-8-sig")
        texts["pdf metadata"] = json.dumps(pdf_info(out / "r.pdf"), ensure_ascii=False)
        for person in names_in(session):
            for where, text in texts.items():
                flat = " ".join(text.split())
                assert person not in flat, f"{person} in the {where} ({source.name})"
                for word in person.split():
                    if len(word) >= 3:
                        assert not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", flat), (
                            f"{word} in the {where} ({source.name})"
                        )
        assert "Anonymous report" in texts["pdf"]
        assert json.loads(texts["json"])["anonymous"] is True
        # the anonymous interchange file still makes a session
        again = breakout("new", "again.breakout", "--from-json", "r.json", cwd=out)
        assert again.returncode == 0, again.stderr


def test_sections_choose_what_the_pdf_holds(demo_path: Path, tmp_path: Path) -> None:
    done = breakout(
        "export", demo_path, "--pdf", "r.pdf", "--sections", "agenda,appendix", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    text = pdf_text(tmp_path / "r.pdf")
    assert "Annex: agenda and time used" in text and "Annex: every contribution" in text
    assert "Discussion by point" not in text and "Annex: participation" not in text
    assert "Key messages" not in text


def test_existing_files_are_replaced_whole(demo_path: Path, tmp_path: Path) -> None:
    (tmp_path / "r.md").write_text("old", encoding="utf-8")
    done = breakout("export", demo_path, "--markdown", "r.md", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "r.md").read_text("utf-8").startswith("# ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.md"]


# -- errors: one line, no traceback, nothing written ----------------------------------------


def test_no_format_given(demo_path: Path, tmp_path: Path) -> None:
    result = breakout("export", demo_path, cwd=tmp_path)
    assert_clean_error(result, "choose at least one of --pdf, --docx, --csv, --markdown or --json")
    assert list(tmp_path.iterdir()) == []


def test_missing_session(tmp_path: Path) -> None:
    result = breakout("export", "nothing.breakout", "--pdf", "r.pdf", cwd=tmp_path)
    assert_clean_error(result, "nothing.breakout does not exist")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder(demo_path: Path, tmp_path: Path) -> None:
    result = breakout(
        "export", demo_path, "--pdf", "gone/r.pdf", "--markdown", "r.md", cwd=tmp_path
    )
    assert_clean_error(result, "the folder gone does not exist")
    assert list(tmp_path.iterdir()) == []


def test_a_file_where_a_folder_should_be(demo_path: Path, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
    before = files_in(tmp_path)
    result = breakout("export", demo_path, "--pdf", "notes.txt/r.pdf", cwd=tmp_path)
    assert_clean_error(result, "notes.txt is not a folder")
    result = breakout("export", demo_path, "--csv", "notes.txt", cwd=tmp_path)
    assert_clean_error(result, "notes.txt is a file")
    assert files_in(tmp_path) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_unwritable_folder(demo_path: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "r.pdf").write_bytes(b"earlier")
    locked.chmod(0o555)
    try:
        before = files_in(locked)
        result = breakout(
            "export", demo_path, "--pdf", "locked/r.pdf", "--markdown", "r.md", cwd=tmp_path
        )
        assert_clean_error(result, "not writable")
        assert files_in(locked) == before
        assert not (tmp_path / "r.md").exists()
    finally:
        locked.chmod(0o755)


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux's /proc")
def test_a_read_only_disk_leaves_nothing(demo_path: Path, tmp_path: Path) -> None:
    """Root may write anywhere, but not on a read-only file system (/proc here)."""
    target = Path("/proc/breakout-report.pdf")
    result = breakout("export", demo_path, "--pdf", target, cwd=tmp_path)
    assert result.returncode != 0
    assert_clean_error(result, "breakout-report.pdf")
    assert not target.exists()


def test_the_session_file_is_never_a_target(demo_path: Path, tmp_path: Path) -> None:
    session = tmp_path / "s.breakout"
    shutil.copy(demo_path, session)
    before = session.read_bytes()
    result = breakout("export", "s.breakout", "--markdown", "s.breakout", cwd=tmp_path)
    assert_clean_error(result, "is the session file")
    assert session.read_bytes() == before


def test_unknown_section(demo_path: Path, tmp_path: Path) -> None:
    result = breakout(
        "export", demo_path, "--pdf", "r.pdf", "--sections", "agenda,epilogue", cwd=tmp_path
    )
    assert_clean_error(result, "unknown report section(s) epilogue")
    assert list(tmp_path.iterdir()) == []
