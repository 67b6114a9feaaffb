"""The outcome document's structure, read back from the PDF and the Markdown a user gets.

On the realistic session of :mod:`tests.unit.report.document_session`: page 1 holds the
outcome (when, in the session's time zone, who, the key messages and the top
recommendations); then the background, the narrative per point, the voting rounds and
recommendations, the next steps, the annexes and the disclaimer, in that order; the
contributions are in the annex and not in the narratives; and in an anonymous document the
rapporteur's own texts name no one, however the name was typed.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from breakout.report import build_content, render_pdf_bytes
from breakout.report.exports import json_document, markdown
from breakout.report.model import SECTION_TITLES, ReportContent
from breakout.session import Session
from tests.cli.test_privacy import fold, has_word
from tests.helpers import need_poppler
from tests.unit.report.document_session import ADDRESSEES, realistic

#: A contribution that the narratives must not repeat (it is in the annex).
CAPTURED = "The contracts that lasted had a performance clause on service hours"
ORDER = (
    "background",
    "points",
    "recommendations",
    "next_steps",
    "agenda",
    "participation",
    "participants",
    "appendix",
    "disclaimer",
)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ReportContent, Path]]:
    folder = tmp_path_factory.mktemp("document")
    with realistic(folder) as session:
        content = build_content(session)
    pdf = folder / "report.pdf"
    pdf.write_bytes(render_pdf_bytes(content))
    yield content, pdf


def pages_of(pdf: Path) -> list[str]:
    need_poppler()
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in out.split("\f")]


def test_page_one_holds_the_outcome(made: tuple[ReportContent, Path]) -> None:
    content, pdf = made
    first, *rest = pages_of(pdf)
    assert "Monday 11 October 2027, 10:00–11:" in first
    assert "(Asia/Amman, UTC+03:00)" in first
    assert "Facilitator Hélène Dubois" in first and "Rapporteur Tendai Moyo" in first
    assert "Stakeholder groups" not in first or "Civil society 10" in first
    assert "Gender female 20, male 16" in first
    assert "Key messages" in first and "Top recommendations" in first
    assert "service hours, not revenue, should measure a partnership's success." in first
    assert "Users' committees want a vote, not a seat, on tariff decisions." in first
    assert "社区供水委员会需要可持续的资金。" in first
    page = content.outcome
    assert page is not None and len(page.top) == 4  # the final round had four items
    for item in page.top:
        assert " ".join(item.title.split()[:6]) in first
        assert item.result in first
    assert f"Addressed to: {ADDRESSEES}" in first
    # Only the outcome is on page 1: everything else starts after it.
    assert not any(SECTION_TITLES[name] in first for name in ORDER)
    assert rest[0].startswith(content.title[:40]) and "Contents" in rest[0]


def test_the_pdf_says_its_language_and_title(made: tuple[ReportContent, Path]) -> None:
    content, pdf = made
    data = pdf.read_bytes()
    assert b"/Lang (en)" in data and b"/DisplayDocTitle true" in data
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert f"Title:           {content.title}" in info
    assert "Author:          Tendai Moyo" in info


def test_the_sections_follow_in_the_document_order(made: tuple[ReportContent, Path]) -> None:
    content, pdf = made
    assert content.sections == ("outcome", *ORDER)
    pages = pages_of(pdf)
    body = " ".join(pages[1:])
    # each title's last mention is its heading (the contents and the narratives name some)
    starts = [body.rindex(SECTION_TITLES[name]) for name in ORDER]
    assert starts[0] > body.index("About this document"), "the contents come first"
    assert starts == sorted(starts), [SECTION_TITLES[n] for n in ORDER]
    last = next(page for page in reversed(pages) if page)
    assert "Chatham House" not in last and "It is not a transcript" in last
    # every time printed in the annex is in the session's zone, and says so
    assert "Times are in Asia/Amman, UTC+03:00." in body


def test_contributions_are_in_the_annex_not_in_the_narratives(
    made: tuple[ReportContent, Path],
) -> None:
    content, pdf = made
    pages = pages_of(pdf)
    annex = next(
        n for n, page in enumerate(pages) if page.find("Annex: every contribution Every") >= 0
    )
    shown = [n for n, page in enumerate(pages) if CAPTURED in page]
    assert shown and min(shown) >= annex, (shown, annex)
    assert content.points is not None
    first = content.points[0]
    assert first.contributions == 14 and first.kinds.startswith("4 proposals")
    assert "14 contributions captured (4 proposals" in " ".join(pages)
    assert first.key_messages == (
        "Point 1: the room wants commitments with dates.",
        "Point 1: residents must be heard before decisions.",
    )


def test_the_markdown_has_the_same_structure(made: tuple[ReportContent, Path]) -> None:
    content, _ = made
    md = markdown(content)
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Who took part",
        "## Key messages",
        "## Top recommendations",
        *(f"## {SECTION_TITLES[name]}" for name in ORDER),
    ]
    assert md.index(CAPTURED) > md.index("## Annex: every contribution")
    assert md.count(CAPTURED) == 1
    assert "- Users' committees want a vote, not a seat, on tariff decisions." in md
    assert "**When:** Monday 11 October 2027, 10:00–" in md
    assert "The discussion on point 1 was lively. **Many** spoke of service hours." in md
    assert "- The utilities' association drafts a model contract" in md
    assert "### Voting rounds" in md and "#### Shortlist" in md and "#### Final round" in md


def test_without_key_messages_page_one_says_so(tmp_path: Path) -> None:
    with realistic(tmp_path, key_messages="") as session:
        content = build_content(session, sections=["outcome"])
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(render_pdf_bytes(content))
    (first, *_) = pages_of(pdf)
    assert "The rapporteur has not written key messages for this session." in first


#: A roster name typed the way people type: other case, accents dropped or added.
ELISE = ("ELISE marchand", "élise Marchand", "Zainab AL-KHATIB", "zaïnab al-khatib")


def test_the_rapporteurs_texts_name_no_one_in_an_anonymous_document(tmp_path: Path) -> None:
    named = " and ".join(ELISE)
    with realistic(tmp_path, key_messages=f"As {named} said, tariffs must be public.") as s:
        _write_names(s, named)
        content = build_content(s, anonymous=True)
        doc = json_document(s, anonymous=True, content=content)
        plain = build_content(s)
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(render_pdf_bytes(content))
    texts = {
        "pdf": fold(" ".join(pages_of(pdf))),
        "markdown": fold(markdown(content)),
        "json": fold(json.dumps(doc, ensure_ascii=False)),
    }
    for name in ("Élise Marchand", "Zainab Al-Khatib", "Marchand", "Al-Khatib"):
        found = [where for where, text in texts.items() if has_word(text, name)]
        assert found == [], name
    for where, text in texts.items():
        assert text.count("name withheld") >= 4, where  # the texts are there, names out
    # The named document keeps Élise (she agreed) and still withholds Zainab.
    assert plain.outcome is not None
    assert "ELISE marchand" in plain.outcome.key_messages[0]
    assert not re.search("(?i)za[iï]nab", plain.outcome.key_messages[0])


def _write_names(session: Session, named: str) -> None:
    point = session.agenda.points()[0].id
    session.outcome.edit_point(point, key_messages=f"{named} asked for dates.", summary=named)
    session.outcome.edit_session(next_steps=f"- {named} will write to the ministers.")


def test_the_breakouts_time_comes_from_its_set_start_in_its_zone(tmp_path: Path) -> None:
    with realistic(tmp_path) as session:
        start = session.agenda.all_runs()[0][0] - 30 * 60  # it was announced for 9:30
        session.update_session(starts_at=start, time_zone="America/Santiago")
        page = build_content(session, sections=["outcome", "appendix"])
        session.update_session(starts_at=None, time_zone="")
        unnamed = build_content(session, sections=["outcome"])
    assert page.outcome is not None and unnamed.outcome is not None
    # 9:30 to 11:12 in Amman is 3:30 to 5:12 in Santiago (UTC-03:00 in October)
    assert page.outcome.when.startswith("Monday 11 October 2027, 03:30–05:12")
    assert page.outcome.when.endswith("(America/Santiago, UTC-03:00)")
    assert page.zone == "America/Santiago, UTC-03:00"
    assert page.appendix is not None and page.appendix[0].time == "04:00"
    # Without a zone: the exporting machine's, labelled by its offset.
    assert re.search(r"\(UTC[+-]\d\d:\d\d\)$", unnamed.outcome.when), unnamed.outcome.when


def test_the_annex_gives_no_false_time_for_a_contribution_whose_time_is_withheld(
    made: tuple[ReportContent, Path],
) -> None:
    # Zainab Al-Khatib did not agree to be named: her contributions carry no name and no
    # time of their own (a time could be matched with the speaking queue). The annex must
    # then leave the time out, not print the point's start as if she had spoken then.
    content, _ = made
    lines = content.appendix
    assert lines is not None
    withheld = [line for line in lines if "tanker price doubled" in line.text]
    assert withheld and all(line.time == "" and line.speaker == "" for line in withheld)
    timed = [line.time for line in lines if line.time]
    assert len(timed) > 50 and timed == sorted(timed)  # captured in order, one morning
