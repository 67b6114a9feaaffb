"""The outcome report: its content model, anonymity, fonts per script, and safe writing."""

from __future__ import annotations

import errno
import itertools
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from breakout.demo import build_demo, demo_content
from breakout.errors import BreakoutError
from breakout.interchange import check_document, create_from_json, export_session
from breakout.redaction import Redactor
from breakout.redaction.view import anonymise_document
from breakout.report import (
    SECTIONS,
    ExportCancelled,
    ReportContent,
    build_content,
    export_pdf,
    render_pdf_bytes,
)
from breakout.report.content import WITHHELD
from breakout.report.exports import csv_files, json_document, markdown
from breakout.report.model import starts_right_to_left
from breakout.report.pdf_text import (
    ARABIC,
    CJK,
    FONT_BREAK,
    LATIN,
    MISSING,
    SYMBOLS,
    keep_words_whole,
    markup,
    printable,
    register_fonts,
    split_runs,
)
from breakout.report.wording import all_text
from breakout.session import Session
from breakout.tally import tally_round
from tests.helpers import FakeClock, files_in, need_poppler

# -- sessions the tests read ------------------------------------------------------------

#: Participants of the multilingual session: (name, group, region, gender).
MULTILINGUAL_PEOPLE = (
    ("Zoé Lefèvre", "Civil society", "Europe", "female"),
    ("Νίκος Παπαδόπουλος", "Government", "Europe", "male"),
    ("Дмитрий Иванов", "Business", "Europe", "male"),
    ("فاطمة الزهراء", "UN / international organisation", "Middle East and North Africa", "female"),
    ("王小明", "Academia", "Asia-Pacific", "male"),
)
#: What each says, in their language (speaker index, kind, text).
MULTILINGUAL_TEXTS = (
    (
        0,
        "proposal",
        "Les fournisseurs doivent être payés à temps : c'est la clé d'un salaire décent.",
    ),
    (1, "comment", "Οι εργαζόμενοι χρειάζονται δίκαιους μισθούς και ασφαλείς συνθήκες εργασίας."),
    (2, "concern", "Поставщики должны получать оплату вовремя, иначе зарплаты не растут."),
    (3, "proposal", "يجب على الشركات دفع أجور عادلة للعمال في جميع مراحل سلسلة التوريد"),
    (4, "proposal", "企业应当支付公平工资，并尊重工人的结社自由。"),
    (0, "comment", "Mixed: «يجب على الشركات» and 公平工资 in 2026 — Ελλάδα, Россия."),
)


def build_multilingual(path: Path, clock: FakeClock | None = None) -> Session:
    """A finished session in five scripts, with a closed named approval round."""
    clock = clock or FakeClock()
    session = Session.create(path, clock=clock, title="Travail décent — Δίκαιη εργασία — Труд")
    session.update_session(
        event="Forum mondial 2026",
        venue="Genève",
        dates="18 novembre 2026",
        facilitator="Hélène Dubois",
        rapporteur="Tendai Moyo",
    )
    people = [
        session.people.add_participant(
            name,
            stakeholder_group=group,
            region=region,
            gender=gender,
            may_be_named=True,
            present=True,
        ).result
        for name, group, region, gender in MULTILINGUAL_PEOPLE
    ]
    point = session.agenda.add_point("Comment garantir un salaire décent ? كيف نحمي العمال؟").result
    session.agenda.start_point(point)
    for who, kind, text in MULTILINGUAL_TEXTS:
        clock.advance(30)
        session.queue.request_turn(people[who], point)
        session.queue.call_next(point)
        clock.advance(50)
        session.capture.add_contribution(
            text, point_id=point, participant_id=people[who], kind=kind
        )
    session.agenda.end_point(point)
    recs = session.board.recommendations()
    rid = session.voting.create_round(
        method="approval",
        items=[{"label": r.text, "recommendation": r.id} for r in recs],
        secret=False,
    ).result
    session.voting.open_round(rid)
    items = [i.id for i in session.voting.round_items(rid)]
    for n, pid in enumerate(people):
        session.voting.cast_ballot(rid, pid, {items[n % len(items)]: 1})
    session.voting.close_round(rid)
    return session


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    path = tmp_path_factory.mktemp("demo") / "demo.breakout"
    with build_demo(path) as session:
        yield session


def everyone(session: Session) -> list[str]:
    info = session.info()
    return [p.name for p in session.people.participants()] + [info.facilitator, info.rapporteur]


def text_of(content: ReportContent) -> str:
    return "\n".join(all_text(content))


# -- anonymity and consent ---------------------------------------------------------------


def test_anonymous_content_names_no_one_anywhere_charts_included(demo: Session) -> None:
    content = build_content(demo, anonymous=True)
    text = text_of(content)
    for name in everyone(demo):
        assert name not in text
        for part in name.split():
            if len(part) >= 3:
                assert not re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text), part
    assert content.author == ""
    assert content.outcome is not None and content.outcome.facilitator == ""
    assert content.participants is not None and content.participants.rows == ()
    assert content.appendix and all(line.speaker == "" for line in content.appendix)
    # the charts are there, labelled by groups, not people
    assert content.participation is not None
    assert all(p.chart.categories for p in content.participation)
    assert content.outcome is not None and content.outcome.participation


def test_named_content_names_only_those_who_agreed(demo: Session) -> None:
    content = build_content(demo)
    text = text_of(content)
    people = demo.people.participants()
    named = [p for p in people if p.may_be_named]
    unnamed = [p for p in people if not p.may_be_named]
    assert unnamed, "the demo has people who did not agree to be named"
    for person in unnamed:
        assert person.name not in text
        assert person.organisation not in text
    assert content.participants is not None
    assert [r.name for r in content.participants.rows] == sorted(
        (p.name for p in named), key=str.casefold
    )
    assert content.participants.not_named == len(unnamed)
    speakers = {line.speaker for line in content.appendix or ()}
    assert speakers - {""} <= {p.name for p in named}
    assert speakers & {p.name for p in named}, "consenting speakers are named"


def test_chatham_house_makes_every_export_anonymous(tmp_path: Path) -> None:
    with build_demo(tmp_path / "ch.breakout") as session:
        session.update_session(chatham_house=True)
        content = build_content(session, anonymous=False)
        assert content.anonymous and content.chatham_house
        assert content.outcome is not None and "Chatham House" in content.outcome.notice
        assert content.disclaimer is not None and "Chatham House Rule" in content.disclaimer[-1]
        text = text_of(content) + markdown(content)
        text += b"".join(csv_files(content).values()).decode("utf-8-sig")
        text += json.dumps(json_document(session, anonymous=False), ensure_ascii=False)
        for name in everyone(session):
            assert name not in text


def test_names_inside_free_text_are_withheld_when_anonymous(tmp_path: Path) -> None:
    with Session.create(tmp_path / "s.breakout", clock=FakeClock()) as session:
        ngozi = session.people.add_participant("Ngozi Okonkwo", may_be_named=True).result
        point = session.agenda.add_point("Which partnerships work?").result
        session.capture.add_contribution(
            "As Ngozi said, Okonkwo's union should sit on the board.",
            point_id=point,
            participant_id=ngozi,
        )
        named = build_content(session)
        anonymous = build_content(session, anonymous=True)
    assert named.appendix is not None and "As Ngozi said" in named.appendix[0].text
    assert anonymous.appendix is not None
    assert (
        anonymous.appendix[0].text
        == f"As {WITHHELD} said, {WITHHELD}'s union should sit on the board."
    )


def test_redactor_handles_scripts_with_and_without_spaces() -> None:
    redact = Redactor.anonymous(["فاطمة الزهراء", "王小明", "Kim Ji-yeon", "Al Bo"])
    assert redact("قالت فاطمة إن") == f"قالت {WITHHELD} إن"
    assert redact("王小明说") == f"{WITHHELD}说"
    assert redact("Kim Ji-yeon and Kimberly") == f"{WITHHELD} and Kimberly"
    # Two-letter names go too; a particle such as "al" is no name on its own.
    assert redact("Al and Bo") == f"Al and {WITHHELD}"


def test_anonymous_participation_merges_groups_under_three(demo: Session) -> None:
    named = build_content(demo)
    anonymous = build_content(demo, anonymous=True)
    assert named.participation and anonymous.participation
    by_group = {p.dimension: p for p in anonymous.participation}
    for part in anonymous.participation:
        assert all(row.present >= 3 for row in part.rows), part.dimension
    small = [
        r.group
        for r in next(p for p in named.participation if p.dimension == "gender").rows
        if r.present < 3
    ]
    assert small == ["non-binary"]
    assert "non-binary" not in by_group["gender"].chart.categories
    assert "Smaller groups" in by_group["gender"].chart.categories
    assert by_group["gender"].note


def test_support_by_group_hides_groups_under_three_voters(tmp_path: Path) -> None:
    clock = FakeClock()
    with Session.create(tmp_path / "s.breakout", clock=clock) as session:
        groups = ["Business"] * 4 + ["Academia"] * 3 + ["Government"] * 1 + ["Union"] * 2
        people = [
            session.people.add_participant(f"P{n}", stakeholder_group=g, present=True).result
            for n, g in enumerate(groups)
        ]
        rid = session.voting.create_round(
            method="agreement", items=["Fund audits", "Share data"], secret=False
        ).result
        a, b = (i.id for i in session.voting.round_items(rid))
        session.voting.open_round(rid)
        for n, pid in enumerate(people):
            session.voting.cast_ballot(rid, pid, {a: 0 if n == 0 else 4, b: 3})
        session.voting.close_round(rid)
        content = build_content(session)
    recs = content.recommendations
    assert recs is not None and recs.voting is not None
    first = next(item for item in recs.ranked if item.title == "Fund audits")
    assert {g.group for g in first.support} == {"Academia", "Business"}
    assert "Government" in first.support_note and "Union" in first.support_note
    assert first.blocks == 1  # the block shows


# -- ranking ---------------------------------------------------------------------------------


def test_ranking_follows_the_last_closed_round(tmp_path: Path) -> None:
    clock = FakeClock()
    with Session.create(tmp_path / "s.breakout", clock=clock) as session:
        people = [session.people.add_participant(f"P{n}", present=True).result for n in range(4)]
        labels = ["Alpha", "Beta", "Gamma"]
        orders = ({"Alpha": 1, "Beta": 2, "Gamma": 3}, {"Gamma": 1, "Alpha": 2, "Beta": 3})
        rounds = []
        for order in orders:
            rid = session.voting.create_round(method="ranking", items=labels).result
            ids = {i.label: i.id for i in session.voting.round_items(rid)}
            session.voting.open_round(rid)
            for pid in people:
                session.voting.cast_ballot(rid, pid, {ids[k]: v for k, v in order.items()})
            clock.advance(60)
            session.voting.close_round(rid)
            rounds.append(rid)
        content = build_content(session)
        expected = [item.label for item in tally_round(session, rounds[-1]).items]
    assert content.recommendations is not None
    assert [item.title for item in content.recommendations.ranked] == expected
    assert expected == ["Gamma", "Alpha", "Beta"]
    assert [item.rank for item in content.recommendations.ranked] == [1, 2, 3]


def test_demo_ranking_and_the_proposals_behind_each_group(demo: Session) -> None:
    content = build_content(demo)
    recs = content.recommendations
    assert recs is not None and recs.voting is not None
    (rnd,) = demo.voting.rounds()
    result = tally_round(demo, rnd.id)
    assert [i.title for i in recs.ranked] == [r.label for r in result.items]
    themes = {t["label"]: t for t in demo_content()["themes"]}
    for item in recs.ranked:
        assert item.wording == themes[item.title]["wording"]
        assert item.proposals, item.title
        assert item.support == () and "secret" in item.support_note
    total = sum(len(i.proposals) for i in recs.ranked) + sum(len(i.proposals) for i in recs.others)
    assert total == len(demo.board.recommendations(include_inactive=False))


def test_without_a_closed_round_recommendations_keep_board_order(tmp_path: Path) -> None:
    with Session.create(tmp_path / "s.breakout", clock=FakeClock()) as session:
        point = session.agenda.add_point("What next?").result
        for text in ("First idea", "Second idea"):
            session.capture.add_contribution(text, point_id=point, kind="proposal")
        content = build_content(session)
    recs = content.recommendations
    assert recs is not None and recs.ranked == () and recs.voting is None
    assert [i.title for i in recs.others] == ["First idea", "Second idea"]
    assert "No voting round" in recs.note


# -- sections -----------------------------------------------------------------------------------


def test_sections_can_be_chosen(demo: Session) -> None:
    content = build_content(demo, sections=["appendix", "agenda"])
    assert content.sections == ("agenda", "appendix")
    assert content.agenda is not None and content.appendix is not None
    for name in set(SECTIONS) - {"agenda", "appendix"}:
        assert getattr(content, name) is None
    with pytest.raises(BreakoutError, match="unknown report section"):
        build_content(demo, sections=["agenda", "epilogue"])
    with pytest.raises(BreakoutError, match="at least one"):
        build_content(demo, sections=[])


def test_pdf_has_only_the_chosen_sections(demo: Session) -> None:
    content = build_content(demo)
    data = render_pdf_bytes(content, ["agenda"])
    assert data.startswith(b"%PDF")
    assert b"Appendix" not in data  # the outline names only what is there
    full = render_pdf_bytes(content)
    assert b"/Outlines" in full and len(full) > len(data)


# -- fonts per script ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def coverage() -> dict[str, frozenset[int]]:
    return dict(register_fonts())


def test_scripts_go_to_the_font_that_has_them(coverage: dict[str, frozenset[int]]) -> None:
    assert split_runs("Zoé, Νίκος и Дмитрий", coverage) == [(LATIN, "Zoé, Νίκος и Дмитрий")]
    assert split_runs("Tiếng Việt Đức", coverage) == [(LATIN, "Tiếng Việt Đức")]
    arabic = "يجب على الشركات، دفع 2026"
    assert split_runs(arabic, coverage) == [(ARABIC, arabic)]
    assert split_runs("企业应当支付公平工资。", coverage) == [(CJK, "企业应当支付公平工资。")]
    assert split_runs("Workers said يجب على and 公平工资, twice.", coverage) == [
        (LATIN, "Workers said "),
        (ARABIC, "يجب على "),
        (LATIN, "and "),
        (CJK, "公平工资"),
        (LATIN, ", twice."),
    ]
    # A leading mark goes with the letters that follow when their font has it.
    assert split_runs("«يجب»", coverage) == [(ARABIC, "«يجب»")]
    # Droid Sans Fallback has no Latin digits: they stay in the Latin font.
    assert split_runs("2026年", coverage) == [(LATIN, "2026"), (CJK, "年")]
    # DejaVu Sans is the last resort, for what the others lack.
    assert split_runs("a → b − c", coverage) == [
        (LATIN, "a "),
        (SYMBOLS, "→ "),
        (LATIN, "b "),
        (SYMBOLS, "− "),
        (LATIN, "c"),
    ]
    assert split_runs("שלום", coverage) == [(SYMBOLS, "שלום")]


def test_a_character_no_font_has_shows_as_a_replacement_mark(
    coverage: dict[str, frozenset[int]],
) -> None:
    assert printable("Zoé → 한국", coverage) == f"Zoé → {MISSING}{MISSING}"
    assert printable("plain text", coverage) == "plain text"
    assert printable("e\u0301 a\u200db", coverage) == "e\u0301 a\u200db"  # marks, joiners


@settings(deadline=None)  # the first example registers the fonts
@given(st.text(max_size=60))
def test_runs_join_back_to_the_text(text: str) -> None:
    runs = split_runs(text, register_fonts())
    assert "".join(run for _, run in runs) == text
    assert all(run for _, run in runs)
    assert all(a[0] != b[0] for a, b in itertools.pairwise(runs))


def test_a_word_in_two_fonts_gets_a_font_break_when_shaped() -> None:
    runs = [(LATIN, "("), (ARABIC, "ملاحظة"), (LATIN, ") and "), (ARABIC, "يجب")]
    assert keep_words_whole(runs) == [
        (LATIN, "(" + FONT_BREAK),
        (ARABIC, "ملاحظة" + FONT_BREAK),
        (LATIN, ") and "),
        (ARABIC, "يجب"),
    ]


def test_markup_wraps_other_scripts_escapes_and_asks_for_shaping() -> None:
    body, shaped = markup([("A & B <c> 公平", "regular", "")], "BreakoutSans")
    assert body == 'A &amp; B &lt;c&gt; <font name="BreakoutCJK">公平</font>'
    assert not shaped
    body, shaped = markup([("Say يجب", "bold", "")], "BreakoutSans-Bold")
    assert shaped and '<font name="BreakoutArabic-Bold">يجب</font>' in body
    _, shaped = markup([("Hebrew שלום", "regular", "")], "BreakoutSans")
    assert shaped
    assert starts_right_to_left("2. كيف نحمي") and not starts_right_to_left("2. How")


def test_multilingual_pdf_embeds_a_font_for_every_script(tmp_path: Path) -> None:
    with build_multilingual(tmp_path / "m.breakout") as session:
        data = render_pdf_bytes(build_content(session))
    for font in (b"NotoSans-Regular", b"NotoSansArabic", b"DroidSansFallback"):
        assert font in data
    assert b"/Helvetica" not in data and b"/Times-Roman" not in data


# -- writing the PDF -----------------------------------------------------------------------------


def test_export_pdf_reports_progress_and_writes_the_file(demo: Session, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    out = export_pdf(
        demo, tmp_path / "r.pdf", anonymous=False, progress=lambda d, t: calls.append((d, t))
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]


def test_export_pdf_from_content_runs_without_the_session(demo: Session, tmp_path: Path) -> None:
    content = build_content(demo, anonymous=True)
    export_pdf(content, tmp_path / "a.pdf", anonymous=True)
    with pytest.raises(BreakoutError, match="prepared with names"):
        export_pdf(build_content(demo), tmp_path / "b.pdf", anonymous=True)
    partial = build_content(demo, sections=["agenda"])
    with pytest.raises(BreakoutError, match="without"):
        export_pdf(partial, tmp_path / "c.pdf", anonymous=False, sections=["appendix"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]


def test_cancelling_leaves_no_file(demo: Session, tmp_path: Path) -> None:
    content = build_content(demo)
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 20

    with pytest.raises(ExportCancelled, match="cancelled"):
        export_pdf(content, tmp_path / "r.pdf", anonymous=False, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_leaves_no_half_written_file(
    demo: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "r.pdf").write_bytes(b"the earlier report")
    before = files_in(tmp_path)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("breakout.report.files.os.fsync", full)
    with pytest.raises(BreakoutError, match=r"cannot write r\.pdf: the disk is full"):
        export_pdf(demo, tmp_path / "r.pdf", anonymous=False)
    assert files_in(tmp_path) == before


@pytest.mark.parametrize(
    ("code", "says"),
    [
        (errno.EACCES, "is not writable"),
        (errno.EROFS, "read-only disk"),
        (errno.EDQUOT, "the disk is full"),
    ],
)
def test_write_failures_say_why_in_one_sentence(
    code: int, says: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from breakout.report.files import write_files

    def fail(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("breakout.report.files.os.fsync", fail)
    with pytest.raises(BreakoutError, match=says) as caught:
        write_files([(tmp_path / "a.csv", b"1"), (tmp_path / "b.csv", b"2")])
    assert "\n" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_several_files_are_all_written_or_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from breakout.report import files

    (tmp_path / "a.csv").write_bytes(b"old a")
    real = files._write_temp
    made: list[Path] = []

    def second_fails(path: Path, data: bytes) -> tuple[Path, int]:
        if made:
            raise BreakoutError(f"cannot write {path.name}: the disk is full")
        made.append(path)
        return real(path, data)

    monkeypatch.setattr(files, "_write_temp", second_fails)
    with pytest.raises(BreakoutError, match="disk is full"):
        files.write_files(
            [(tmp_path / "new" / "a.csv", b"new a"), (tmp_path / "new" / "b.csv", b"b")],
            make_folders=[tmp_path / "new"],
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv"]
    assert (tmp_path / "a.csv").read_bytes() == b"old a"


def test_a_missing_folder_is_refused_before_any_work(demo: Session, tmp_path: Path) -> None:
    with pytest.raises(BreakoutError, match="does not exist"):
        export_pdf(demo, tmp_path / "nowhere" / "r.pdf", anonymous=False)


# -- the other exports ---------------------------------------------------------------------------


def test_csv_has_a_bom_no_formulas_and_no_speakers_when_anonymous(tmp_path: Path) -> None:
    with Session.create(tmp_path / "s.breakout", clock=FakeClock()) as session:
        who = session.people.add_participant("Ana Lima", may_be_named=True).result
        point = session.agenda.add_point("Costs").result
        session.capture.add_contribution(
            "=SUM(A1:A9) is what it costs", point_id=point, participant_id=who
        )
        named = csv_files(build_content(session))
        anonymous = csv_files(build_content(session, anonymous=True))
    contributions = named["contributions.csv"]
    assert contributions.startswith(b"\xef\xbb\xbf")
    text = contributions.decode("utf-8-sig")
    assert "'=SUM(A1:A9)" in text and "Ana Lima" in text
    assert text.splitlines()[0].endswith("speaker,organisation")
    assert "Ana Lima" in named["participants.csv"].decode("utf-8-sig")
    for data in anonymous.values():
        assert "Ana Lima" not in data.decode("utf-8-sig")
    assert anonymous["participants.csv"].decode("utf-8-sig").strip() == (
        "name,organisation,stakeholder_group,region"
    )


def test_markdown_holds_the_report_text(demo: Session) -> None:
    text = markdown(build_content(demo))
    assert text.startswith("# Partnerships between civil society")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Who took part",
        "## Key messages",
        "## Top recommendations",
        "## Background",
        "## Discussion by point",
        "## Voting and recommendations",
        "## Next steps",
        "## Annex: agenda and time used",
        "## Annex: participation",
        "## Annex: participants",
        "## Annex: every contribution",
        "## About this document",
    ]
    first = build_content(demo).recommendations
    assert first is not None
    assert f"#### 1. {first.ranked[0].title}" in text


def test_anonymous_json_is_valid_interchange_with_nobody_in_it(
    demo: Session, tmp_path: Path
) -> None:
    doc = json_document(demo, anonymous=True)
    check_document(doc)
    text = json.dumps(doc, ensure_ascii=False)
    for name in everyone(demo):
        assert name not in text
    assert doc["anonymous"] is True
    people = doc["participants"]
    assert [p["id"] for p in people] == list(range(1, len(people) + 1))
    assert all(p["name"].startswith("Participant ") and not p["organisation"] for p in people)
    assert all(c["participant"] is None for c in doc["contributions"])
    assert all(b["participant"] is None for r in doc["rounds"] for b in r["ballots"])
    # Nothing per person: no turns, no attributes; participation as aggregates instead.
    assert doc["turns"] == []
    key = ("stakeholder_group", "region", "gender")
    assert all(not p[k] for p in people for k in key)
    figures = {part["dimension"]: part["groups"] for part in doc["participation"]}
    assert set(figures) == set(key)
    assert all(g["people"] >= 3 for groups in figures.values() for g in groups)
    assert sum(g["people"] for g in figures["gender"]) == len(people)
    with create_from_json(tmp_path / "anon.breakout", doc, clock=FakeClock()) as copy_:
        assert len(copy_.capture.contributions()) == len(demo.capture.contributions())


def test_anonymising_a_named_round_drops_who_cast_which_ballot(tmp_path: Path) -> None:
    with build_multilingual(tmp_path / "m.breakout") as session:
        original = export_session(session)
        assert any(b["participant"] for b in original["rounds"][0]["ballots"])
        names = everyone(session)
        doc = anonymise_document(original)
    check_document(doc)
    assert all(b["participant"] is None for b in doc["rounds"][0]["ballots"])
    assert doc["rounds"][0]["results"] == original["rounds"][0]["results"]
    text = json.dumps(doc, ensure_ascii=False)
    assert all(name not in text for name in names)


def test_reportlab_is_not_imported_until_a_pdf_is_made() -> None:
    code = (
        "import sys, breakout.cli, breakout.report, breakout.report.exports;"
        "print('reportlab' in ' '.join(sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_markdown_emphasis_in_the_briefing_prints_as_plain_words(tmp_path: Path) -> None:
    from breakout.briefing import parse_briefing

    briefing = parse_briefing(
        "Forum mondial sur le travail décent\n\n"
        'Breakout Session "Recrutement équitable"\n\n'
        "Background\n\n"
        "Workers pay **recruitment fees**. They are _never_, ever **refunded (yet)**; "
        "the file snake_case_name.csv lists 2 * 3 * 4 agencies.\n\n"
        "Points of Discussion:\n- Who pays?\n"
    )
    with Session.create(tmp_path / "s.breakout", clock=FakeClock()) as session:
        session.import_briefing(briefing)
        point = session.agenda.points()[0].id
        session.agenda.edit_point(point, notes="Ask about **fees** first.")
        pdf = tmp_path / "r.pdf"
        chosen = ["cover", "background", "points"]  # "cover": the old name of page 1
        content = build_content(session, sections=chosen, include_notes=True)
        export_pdf(content, pdf, anonymous=False, sections=chosen)
    need_poppler()
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split()
    )
    assert "Workers pay recruitment fees. They are never, ever refunded (yet);" in text
    assert "snake_case_name.csv lists 2 * 3 * 4 agencies." in text
    assert "Facilitator's notes: Ask about fees first." in text  # notes only when asked
    assert "**" not in text
