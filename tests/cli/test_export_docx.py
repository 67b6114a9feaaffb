"""`breakout export --docx`: the outcome report as a Word document, from the command line.

The session is made with `breakout new` from the briefing and roster in
``tests/data/real_session``; the breakout itself (check-ins, a walk-in, every
capture, a final vote) is held through the engine as the app holds it. The
document is then written by the command as a real process and opened again
with python-docx. Converting it with LibreOffice, as a secretariat would open
it, runs where ``soffice`` is installed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document

from breakout.report.model import SECTION_TITLES, SECTIONS
from breakout.session import Session
from tests.cli.test_cli import assert_clean_error, breakout
from tests.cli.test_privacy import fold, has_word
from tests.helpers import FakeClock, files_in, need_poppler
from tests.unit.report.docxtext import docx_text
from tests.unit.report.test_docx import DATA, WALK_IN, hold_breakout, roster_names, styled

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-docx") / "forum.breakout"
    made = breakout(
        "new", path, "--briefing", DATA / "briefing.md", "--roster", DATA / "roster.csv"
    )
    assert made.returncode == 0, made.stderr
    clock = FakeClock()
    with Session.open(path, clock=clock) as opened:
        hold_breakout(opened, clock)
    return path


def test_export_writes_a_word_document_with_the_reports_headings(
    session: Path, tmp_path: Path
) -> None:
    done = breakout("export", session, "--docx", "r.docx", "--pdf", "r.pdf", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["wrote r.pdf", "wrote r.docx"]
    path = tmp_path / "r.docx"
    assert styled(path, "Title") == [
        "Who keeps the taps running? Partnerships between utilities, business and communities"
    ]
    # Page 1 (the outcome) is under the title; every other section has its heading.
    assert styled(path, "Heading 1") == [SECTION_TITLES[s] for s in SECTIONS if s != "outcome"]
    text = fold(docx_text(path))
    assert has_word(text, "Omar Haddad") and has_word(text, "Tendai Moyo")
    assert not has_word(text, "Zainab Al-Khatib") and not has_word(text, WALK_IN)
    # Some sections only, as for the PDF.
    done = breakout("export", session, "--docx", "s.docx", "--sections", "agenda", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert styled(tmp_path / "s.docx", "Heading 1") == [SECTION_TITLES["agenda"]]


@pytest.mark.parametrize("how", ["--anonymous", "chatham house"])
def test_anonymous_and_chatham_house_documents_name_no_one(
    session: Path, tmp_path: Path, how: str
) -> None:
    copy = tmp_path / "copy.breakout"
    shutil.copy(session, copy)
    if how == "chatham house":
        with Session.open(copy) as opened:
            opened.update_session(chatham_house=True)
    done = breakout(
        "export", copy, "--docx", tmp_path / "r.docx", *([how] if how[0] == "-" else [])
    )
    assert done.returncode == 0, done.stderr
    text = fold(docx_text(tmp_path / "r.docx"))
    assert has_word(text, "Final round")
    names = [*roster_names(), WALK_IN, "Hélène Dubois", "Tendai Moyo"]
    assert [n for n in names if has_word(text, n)] == []
    assert Document(str(tmp_path / "r.docx")).core_properties.author == ""


def test_a_bad_target_is_refused_in_one_line_and_nothing_is_written(
    session: Path, tmp_path: Path
) -> None:
    (tmp_path / "a folder").mkdir()
    (tmp_path / "keep.docx").write_bytes(b"an earlier document")
    before = files_in(tmp_path)
    cases = [
        (("--docx", "gone/r.docx"), "the folder gone does not exist; create it first"),
        (("--docx", "a folder"), "a folder is a folder; give a file name"),
        (("--docx", "keep.docx", "--markdown", "keep.docx"), "keep.docx is given twice"),
        (("--docx", str(session)), "forum.breakout is the session file; choose another name"),
        (("--docx", "new.docx", "--pdf", "gone/r.pdf"), "the folder gone does not exist"),
    ]
    for args, sentence in cases:
        result = breakout("export", session, *args, cwd=tmp_path)
        assert_clean_error(result, sentence)
    assert files_in(tmp_path) == before
    assert not (tmp_path / "new.docx").exists()


def test_libreoffice_opens_it(session: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: the .docx was not converted")
    done = breakout("export", session, "--docx", tmp_path / "r.docx")
    assert done.returncode == 0, done.stderr
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), "r.docx"],
        cwd=tmp_path,
        capture_output=True,
        check=True,
        timeout=300,
    )
    pdf = tmp_path / "r.pdf"
    assert pdf.exists()
    need_poppler()
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert SECTION_TITLES["appendix"] in text and "设立社区供水委员会" in text
