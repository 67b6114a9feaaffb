"""The outcome report as a Word document, opened again with python-docx.

The session is made as a facilitator makes one: from the briefing and roster
in ``tests/data/real_session`` (40 people with accents, Arabic and Chinese
names, mixed consent; a 480-character point, an Arabic point, a Chinese one),
with a walk-in added at the door, everything the rapporteur typed during the
breakout (``captures.json``) and a final round of voting.
"""

from __future__ import annotations

import dataclasses
import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from breakout.briefing import read_briefing
from breakout.report import SECTIONS, build_content
from breakout.report import docx as word
from breakout.report.docx_word import BODY_CM, script_runs
from breakout.report.model import SECTION_TITLES, ReportContent
from breakout.roster import read_roster
from breakout.session import Session
from tests.cli.test_privacy import fold, has_word
from tests.helpers import FakeClock
from tests.unit.report.docxtext import docx_text, part_texts

DATA = Path(__file__).parent.parent.parent / "data" / "real_session"
FACILITATOR, RAPPORTEUR = "Hélène Dubois", "Tendai Moyo"
WALK_IN = "Walk-in Wanjiku Kamau"
ARABIC = "يجب أن تُلزم العقود الشركات الخاصة بخفض الفاقد"
CHINESE = "设立社区供水委员会的长期运营基金"
#: Name parts that are ordinary words of this session's text ("the walk-in" of the made-up name).
ORDINARY_HERE = {"in"}


def roster_names() -> list[str]:
    lines = (DATA / "roster.csv").read_text(encoding="utf-8").splitlines()[1:]
    return [line.split(",")[0] for line in lines if line]


def hold_breakout(session: Session, clock: FakeClock) -> None:
    """The breakout as it happened: check-ins, a walk-in, every capture, a final vote."""
    session.update_session(facilitator=FACILITATOR, rapporteur=RAPPORTEUR)
    walk_in = session.people.add_participant(WALK_IN, organisation="Kiosk Collective").result
    ids = {p.name: p.id for p in session.people.participants()}
    for pid in [*list(ids.values())[:24], walk_in]:
        session.people.check_in(pid)
    points = session.agenda.points()
    captures = json.loads((DATA / "captures.json").read_text(encoding="utf-8"))["captures"]
    current = 0
    for number, who, kind, text in captures:
        if number != current:
            session.agenda.start_point(points[number - 1].id)
            current = number
        clock.advance(80)
        session.capture.add_contribution(
            text, point_id=points[number - 1].id, participant_id=ids.get(who), kind=kind
        )
    recs = [r for r in session.board.recommendations()][:4]
    final = session.voting.create_round(
        method="approval",
        title="Final round",
        items=[{"label": r.text, "recommendation": r.id} for r in recs],
        secret=False,
    ).result
    items = [i.id for i in session.voting.round_items(final)]
    session.voting.open_round(final)
    for n, pid in enumerate(list(ids.values())[:16]):
        session.voting.cast_ballot(final, pid, {items[n % 4]: 1, items[(n + 1) % 4]: 1})
    clock.advance(60)
    session.voting.close_round(final)


def made(folder: Path) -> Session:
    clock = FakeClock()
    session = Session.create(folder / "forum.breakout", clock=clock)
    session.import_briefing(read_briefing(DATA / "briefing.md"))
    session.people.import_roster(read_roster(DATA / "roster.csv"))
    hold_breakout(session, clock)
    return session


@pytest.fixture(scope="module")
def forum(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    with made(tmp_path_factory.mktemp("docx")) as session:
        yield session


def export(content: ReportContent, path: Path) -> Path:
    path.write_bytes(word.docx_bytes(content))
    return path


def package_files(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as package:
        return package.namelist()


def style_name(paragraph: Paragraph) -> str:
    return paragraph.style.name if paragraph.style is not None else ""


def styled(path: Path, style: str) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs if style_name(p) == style]


def prop(properties: Any, tag: str) -> Any:
    """A paragraph's, run's or row's property ``tag`` (from its pPr, rPr or trPr), or None."""
    return None if properties is None else properties.find(qn(tag))


def paragraph_with(path: Path, text: str) -> Paragraph:
    document = Document(str(path))
    found = [p for p in document.paragraphs if text in p.text]
    found += [p for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    return next(p for p in found if text in p.text)


def test_headings_follow_the_content_sections(forum: Session, tmp_path: Path) -> None:
    content = build_content(forum)
    path = export(content, tmp_path / "r.docx")
    assert styled(path, "Title") == [content.title]
    # Page 1 (the outcome) is under the document's title; every other section has its heading.
    body = [SECTION_TITLES[name] for name in content.sections if name != "outcome"]
    assert styled(path, "Heading 1") == body
    # Page 1 holds the outcome alone: the first section after it starts a new page.
    paragraphs = Document(str(path)).paragraphs
    first = next(p for p in paragraphs if p.style is not None and p.style.name == "Heading 1")
    assert first.paragraph_format.page_break_before
    assert content.points is not None and len(content.points) == 8
    points = [f"{p.number}. {' '.join(p.text.split())}" for p in content.points]
    second = styled(path, "Heading 2")
    assert [h for h in second if h in points] == points
    assert len(points[2]) > 400 and ARABIC[:3] not in points[3]  # the long point, whole
    # Only the sections asked for, still in report order.
    some = build_content(forum, sections=["appendix", "agenda"])
    path = export(some, tmp_path / "some.docx")
    assert styled(path, "Heading 1") == [SECTION_TITLES["agenda"], SECTION_TITLES["appendix"]]


def test_the_recommendations_table_has_its_rows(forum: Session, tmp_path: Path) -> None:
    content = build_content(forum)
    recs = content.recommendations
    assert recs is not None and len(recs.ranked) == 4
    document = Document(str(export(content, tmp_path / "r.docx")))
    table = next(t for t in document.tables if t.rows[0].cells[1].text == "Recommendation")
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["Rank", "Recommendation", "Result"]
    assert rows[1:] == [[str(i.rank), i.title, i.result] for i in recs.ranked]
    assert all("voter" in i.result for i in recs.ranked)
    # Its header row repeats at the top of every page the table runs over.
    assert prop(table.rows[0]._tr.trPr, "w:tblHeader") is not None
    # Every table fits between the margins of an A4 page.
    for each in document.tables:
        widths = [int(col.get(qn("w:w"))) for col in each._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert sum(widths) <= BODY_CM * 567 + len(widths)  # twentieths of a point; 567 per cm


def test_arabic_reads_right_to_left_and_chinese_has_its_language(
    forum: Session, tmp_path: Path
) -> None:
    path = export(build_content(forum), tmp_path / "r.docx")
    for text in (ARABIC, "ما الدور الذي يمكن أن تؤديه الشركات الخاصة"):
        paragraph = paragraph_with(path, text)
        assert prop(paragraph._p.pPr, "w:bidi") is not None, text
        arabic = [r for r in paragraph.runs if ARABIC[:3] in r.text or "ما" in r.text]
        assert arabic and all(prop(r._r.rPr, "w:rtl") is not None for r in arabic)
        langs = [prop(r._r.rPr, "w:lang") for r in arabic]
        assert all(lang is not None and lang.get(qn("w:bidi")) == "ar-SA" for lang in langs)
    chinese = paragraph_with(path, CHINESE)
    assert prop(chinese._p.pPr, "w:bidi") is None
    (run,) = [r for r in chinese.runs if CHINESE in r.text]
    assert prop(run._r.rPr, "w:lang").get(qn("w:eastAsia")) == "zh-CN"
    latin = paragraph_with(path, "Publish every utility–operator contract in full")
    assert prop(latin._p.pPr, "w:bidi") is None
    assert all(prop(r._r.rPr, "w:rtl") is None for r in latin.runs)


def test_a_mixed_line_is_cut_into_runs_of_one_script_each() -> None:
    text = "كيف يمكن (2027) and 中文（居民）, then Latin."
    assert script_runs(text) == [
        ("كيف يمكن (2027) ", "rtl"),
        ("and ", "ltr"),
        ("中文（居民）, ", "cjk"),  # what takes its neighbours' direction stays with the one before
        ("then Latin.", "ltr"),
    ]
    assert script_runs("  (12) ") == [("  (12) ", "ltr")]


@pytest.mark.parametrize("variant", ["anonymous", "chatham house"])
def test_an_anonymous_export_names_no_one(forum: Session, tmp_path: Path, variant: str) -> None:
    if variant == "anonymous":
        content = build_content(forum, anonymous=True)
    else:
        forum.update_session(chatham_house=True)
        try:
            content = build_content(forum)  # a named export asked for: the rule wins
        finally:
            forum.update_session(chatham_house=False)
    assert content.anonymous
    path = export(content, tmp_path / "r.docx")
    texts = part_texts(path)
    assert "Final round" in texts["word/document.xml"]  # (the text is there to search)
    names = [*roster_names(), WALK_IN, FACILITATOR, RAPPORTEUR]
    parts = {p for n in names for p in re.split(r"[\s\-]+", n) if len(p) >= 2} - ORDINARY_HERE
    found = [
        f"{needle!r} in {part}"
        for part, text in texts.items()
        for needle in [*names, *sorted(parts)]
        if has_word(fold(text), needle)
    ]
    assert found == []
    properties = Document(str(path)).core_properties
    assert properties.author == "" and properties.last_modified_by == ""
    assert properties.title == content.title and properties.language == "en-GB"


def test_a_named_export_names_whom_the_pdf_names(forum: Session, tmp_path: Path) -> None:
    content = build_content(forum)
    text = fold(docx_text(export(content, tmp_path / "r.docx")))
    assert content.appendix is not None
    speakers = {line.speaker for line in content.appendix if line.speaker}
    assert {"Omar Haddad", "Élise Marchand", "李伟"} <= speakers
    assert all(has_word(text, name) for name in speakers)
    for unnamed in ("Zainab Al-Khatib", WALK_IN):  # did not agree; a walk-in is never asked
        assert not has_word(text, unnamed)
    properties = Document(str(tmp_path / "r.docx")).core_properties
    assert properties.author == RAPPORTEUR
    # No preview picture of a blank page (python-docx's template has one).
    assert not [name for name in package_files(tmp_path / "r.docx") if "thumbnail" in name]


def test_the_background_is_real_headings_lists_and_emphasis(forum: Session, tmp_path: Path) -> None:
    background = (
        "In many cities, *one household in four* waits; they should **commit to** it.\n\n"
        "## What we ask\n\n"
        "3. Publish the hours\n4. Fund the committees\n\n"
        "- a bullet\n- another\n\n"
        "1. A new list\n2. Its second item\n"
    )
    content = build_content(forum, sections=["background"])
    content = dataclasses.replace(content, background=background)
    path = export(content, tmp_path / "r.docx")
    first = paragraph_with(path, "one household in four")
    assert [(r.text, bool(r.italic), bool(r.bold)) for r in first.runs] == [
        ("In many cities, ", False, False),
        ("one household in four", True, False),
        (" waits; they should ", False, False),
        ("commit to", False, True),
        (" it.", False, False),
    ]
    assert "*" not in docx_text(path).split("Background", 1)[1]
    assert "What we ask" in styled(path, "Heading 2")
    assert styled(path, "List Bullet") == ["a bullet", "another"]
    numbered = [p for p in Document(str(path)).paragraphs if style_name(p) == "List Number"]
    assert [p.text for p in numbered] == [
        "Publish the hours",
        "Fund the committees",
        "A new list",
        "Its second item",
    ]
    numbering = Document(str(path)).part.numbering_part.element
    starts = []
    for paragraph in numbered:
        num = numbering.num_having_numId(prop(paragraph._p.pPr, "w:numPr").numId.val)
        starts.append(num.find(qn("w:lvlOverride")).find(qn("w:startOverride")).get(qn("w:val")))
    assert starts == ["3", "3", "1", "1"]  # each list starts at its own first number


def test_contributions_are_in_the_annex_not_under_their_point(
    forum: Session, tmp_path: Path
) -> None:
    path = export(build_content(forum), tmp_path / "r.docx")
    said = "The contracts that lasted had a performance clause"  # a comment: only in the annex
    assert not any(p.startswith(said) for p in paragraph_texts(path))
    cells = [
        " ".join(cell.text.split())
        for table in Document(str(path)).tables
        for row in table.rows
        for cell in row.cells
    ]
    assert any(
        c.startswith(said) and c.endswith("Omar Haddad, Ministry of Water and Irrigation")
        for c in cells
    )


def paragraph_texts(path: Path) -> list[str]:
    return [" ".join(p.text.split()) for p in Document(str(path)).paragraphs]


def test_every_section_has_its_own_writer() -> None:
    missing = [name for name in SECTIONS if name not in word.WRITERS]
    assert missing == [], (
        f"the Word export writes {', '.join(missing)} only plainly (title and text): "
        "give each a writer in breakout/report/docx.py WRITERS"
    )


def test_a_section_without_a_writer_is_still_written(
    forum: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(word.WRITERS, "agenda")
    content = build_content(forum, sections=["agenda", "participants"])
    path = export(content, tmp_path / "r.docx")
    assert styled(path, "Heading 1") == [SECTION_TITLES["agenda"], SECTION_TITLES["participants"]]
    text = docx_text(path)
    assert content.agenda is not None
    assert all(" ".join(row.text.split()) in text for row in content.agenda.rows)


def test_a_section_without_a_writer_is_titled_in_the_reports_language(
    forum: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(word.WRITERS, "agenda")
    content = build_content(forum, sections=["agenda"], language="fr")
    path = export(content, tmp_path / "r.docx")
    assert styled(path, "Heading 1") == ["Annexe : ordre du jour et temps utilisé"]
