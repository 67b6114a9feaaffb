"""Point headings of any length, wherever a page happens to break, in the PDF report.

A session is made from a briefing and a roster (as a facilitator would), with
points whose headings take one, two, three, six and seven lines, in several
scripts. Proposals are added under the first point one at a time, which moves
every later heading down the page a little more than one line each time, so
over a page's worth of steps each heading meets the page's end at every
possible line: whole on the page, cut after its first line, its second…, or
pushed to the next page. The report must be written every time, and a reader
must find every point's whole text in the agenda and as its heading, each on
one page.

The PDF is read back with poppler's ``pdftotext`` (Debian package
``poppler-utils``).
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from breakout.briefing import parse_briefing
from breakout.report import build_content, render_pdf_bytes
from breakout.report.pdf_layout import BODY_W, _Writer
from breakout.report.pdf_text import register_fonts
from breakout.roster import parse_roster
from breakout.session import Session
from tests.helpers import FakeClock, need_poppler

#: Each heading is set as "<n>. <text>"; the test checks how many lines each takes.
ONE_LINE = "Qui paie les frais de recrutement ?"
TWO_LINES = (
    "Quelles preuves un employeur peut-il demander à une agence de recrutement pour "
    "s'assurer qu'aucun travailleur n'a payé"
)
THREE_LINES = (
    "Comment les ministères du travail des pays d'origine et de destination peuvent-ils "
    "échanger leurs listes d'agences agréées 已注册机构名单 et les tenir à jour chaque "
    "mois, y compris pour les agences sous-traitantes ?"
)
LONG = (
    "Comment les États, les employeurs et les syndicats peuvent-ils garantir ensemble que "
    "les travailleurs migrants — y compris ceux recrutés par des agences privées, "
    "intermédiaires ou sous-traitants — ne paient aucun frais de recrutement, reçoivent "
    "un contrat écrit dans une langue qu'ils comprennent — العقد بلغة يفهمها العامل — et "
    "disposent d'un recours effectif 有效的申诉机制 lorsque ces règles sont violées, même "
    "après leur retour au pays d'origine ?"
)
LONGER = (
    "Retour et réintégration 回国与重新融入 : quels services les pays d'origine devraient-ils "
    "offrir aux travailleurs qui rentrent — reconnaissance des compétences acquises à "
    "l'étranger, aide à la création d'entreprise, accompagnement psychologique, "
    "remboursement des frais indûment payés — et comment les associations de migrants "
    "de retour (جمعيات العائدين) peuvent-elles prévenir ceux qui s'apprêtent à partir "
    "contre les agences qui les ont trompés ?"
)
POINTS = (
    "Tour de table",
    ONE_LINE,
    LONG,
    TWO_LINES,
    THREE_LINES,
    "Les travailleurs domestiques : وثائق العمال",
    LONGER,
    "Trois recommandations pour la plénière",
)
LINES = {ONE_LINE: 1, TWO_LINES: 2, THREE_LINES: 3, LONG: 6, LONGER: 7}

BRIEFING = "\n".join(
    [
        "Forum mondial sur le travail décent",
        "Genève, Suisse — 3-4 mars 2027",
        "",
        'Breakout Session "Recrutement équitable — التوظيف العادل — 公平招聘"',
        "",
        "Background",
        "",
        "Des millions de travailleurs paient encore des **frais de recrutement**.",
        "",
        "Points of Discussion:",
        *(f"- {text}" for text in POINTS),
        "",
    ]
)

ROSTER = """\
Name;Organisation;Stakeholder group;Region;Gender;Consent to be named
Zoé Lefèvre;Syndicat des travailleurs;Civil society;Europe;female;yes
فاطمة الزهراء;Organisation internationale;UN / international organisation;MENA;female;yes
王小明;Université de Pékin;Academia;Asia-Pacific;male;no
Chidi Okafor;Ministry of Labour;Government;Africa;male;yes
"""

#: Proposals added under the first point, one per step: more than a page's worth.
STEPS = 46


@pytest.fixture(scope="module", autouse=True)
def poppler() -> None:
    need_poppler()


def contribute(session: Session, clock: FakeClock, padding: int = 0) -> None:
    """What people said: a walk-in and the roster (nobody checked in) on every point,
    then ``padding`` proposals under the first point."""
    walk_in = session.people.add_participant("Ngozi Okonkwo", may_be_named=True).result
    people = [p.id for p in session.people.participants()]
    points = session.agenda.points()
    for n, point in enumerate(points):
        clock.advance(60)
        session.capture.add_contribution(
            f"Une remarque sur le point {n + 1}, في الموضوع, 关于这一点.",
            point_id=point.id,
            participant_id=people[n % len(people)],
        )
        session.capture.add_contribution(
            "Publier la liste des agences agréées.",
            point_id=point.id,
            participant_id=walk_in,
            kind="proposal",
        )
    for step in range(padding):
        pad(session, step)


def pad(session: Session, step: int) -> None:
    session.capture.add_contribution(
        f"Proposition {step + 1} : publier chaque mois la liste des agences agréées.",
        point_id=session.agenda.points()[0].id,
        kind="proposal",
    )


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    clock = FakeClock()
    briefing = parse_briefing(BRIEFING)
    assert briefing.points == POINTS
    with Session.create(tmp_path / "recrutement.breakout", clock=clock) as session:
        session.import_briefing(briefing)
        session.people.import_roster(parse_roster(ROSTER.encode("utf-8")))
        contribute(session, clock)
        yield session


def page_texts(pdf: bytes, folder: Path) -> list[str]:
    """Each page's text, NFKC-normalised (Arabic comes out as presentation forms)."""
    path = folder / "report.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [unicodedata.normalize("NFKC", page) for page in out.split("\f")]


_ARABIC = re.compile(r"[\u0600-\u06ff]+")


def holds(page: str, text: str) -> bool:
    """Whether a page shows all of ``text``.

    Spaces do not count (lines wrap; a space is added where the font changes
    inside a word). Arabic is laid out right to left, so its words are looked
    for one by one; the text around it must come out whole, in order.
    """
    flat = "".join(page.split())
    arabic = _ARABIC.findall(text)
    rest = [
        "".join(part.split()).strip("—-:,() ")
        for part in re.split(r"[\u0600-\u06ff\s]*[\u0600-\u06ff]+[\u0600-\u06ff\s]*", text)
    ]
    return all(word in flat for word in arabic) and all(part in flat for part in rest if part)


def test_the_headings_take_the_lines_this_test_is_about() -> None:
    register_fonts()
    writer = _Writer()
    for text, lines in LINES.items():
        para = writer.para(f"{POINTS.index(text) + 1}. {text}", "h2")
        _, height = para.wrap(BODY_W, 10_000)
        assert round(height / writer.style("h2").leading) == lines, text


def test_point_headings_survive_every_page_position(session: Session, tmp_path: Path) -> None:
    for step in range(STEPS):
        pad(session, step)
        anonymous = step % 2 == 1
        content = build_content(
            session, anonymous=anonymous, sections=["outcome", "agenda", "points"]
        )
        pages = page_texts(render_pdf_bytes(content), tmp_path)
        where = f"after {step + 1} proposals ({'anonymous' if anonymous else 'named'})"
        for number, text in enumerate(POINTS, 1):
            # the agenda row and the heading, each whole on one page (the
            # contents cut long points short)
            heading = [n for n, page in enumerate(pages, 1) if holds(page, f"{number}. {text}")]
            shown = [n for n, page in enumerate(pages, 1) if holds(page, text)]
            assert heading, f"point {number}'s heading {where}: not whole on any page"
            assert len(shown) >= 2, f"point {number} {where}: whole on pages {shown} only"


def test_a_point_longer_than_a_page_is_printed_whole(tmp_path: Path) -> None:
    sentence = (
        "Chaque pays d'origine tient un registre public des agences agréées, "
        "سجل عام للوكالات المرخصة, 公开的许可机构名单, mis à jour chaque mois. "
    )
    huge = "Le registre : " + sentence * 45  # taller than a page, as a heading and in the agenda
    with Session.create(tmp_path / "s.breakout", clock=FakeClock()) as session:
        session.agenda.add_point("Ouverture")
        point = session.agenda.add_point(huge).result
        session.agenda.add_point("Clôture")
        session.capture.add_contribution("Un registre par région.", point_id=point, kind="proposal")
        content = build_content(session, sections=["outcome", "agenda", "points"])
    pages = page_texts(render_pdf_bytes(content), tmp_path)
    flat = "".join("".join(pages).split())
    start = "".join(f"2. {huge[:60]}".split())
    # the heading runs over pages, as does its agenda row; nothing is lost
    assert flat.count("".join(sentence.split()[:8])) == 2 * 45
    starts = [n for n, page in enumerate(pages[2:], 3) if start in "".join(page.split())]
    assert len(starts) == 1, starts
    # the contents (on page 2, after the outcome) link to the page where the heading starts
    listed = re.search(r"2\. Le registre[^\n]*\.\.\.\s*(\d+)", pages[1])  # "…" after NFKC
    assert listed is not None, pages[1]
    assert int(listed.group(1)) == starts[0]


def test_a_proposal_longer_than_a_page_is_printed_whole(tmp_path: Path) -> None:
    sentence = "Chaque agence publie ses tarifs, تنشر كل وكالة أسعارها, 每家机构公布收费标准. "
    huge = "Transparence : " + sentence * 60
    with Session.create(tmp_path / "s.breakout", clock=FakeClock()) as session:
        point = session.agenda.add_point("Qui paie les frais de recrutement ?").result
        session.agenda.start_point(point)
        for text in (huge, "Un registre par région."):
            session.capture.add_contribution(
                text, point_id=point, kind="proposal"
            )  # a candidate at once
        content = build_content(session, sections=["recommendations", "points", "appendix"])
    pages = page_texts(render_pdf_bytes(content), tmp_path)
    flat = "".join("".join(pages).split())
    # as a recommendation, the proposal behind it and in the appendix (the narrative of
    # its point only counts it)
    assert flat.count("".join(sentence.split()[:4])) == 3 * 60
    assert "Unregistreparrégion." in flat
