"""Every voting round appears in the report: a shortlisting dot vote, then a final round.

The session is made from the briefing and roster in ``tests/data/real_session``.
"""

from __future__ import annotations

from pathlib import Path

from breakout.briefing import read_briefing
from breakout.report import build_content, render_pdf_bytes
from breakout.report.exports import csv_files, markdown
from breakout.roster import read_roster
from breakout.session import Session
from tests.helpers import FakeClock
from tests.unit.report.pdfwords import pdf_words

DATA = Path(__file__).parent.parent.parent / "data" / "real_session"
PROPOSALS = (
    "Publish service hours for every district each week",
    "Let water committees sit on the tariff board",
    "Fund leak repairs before new pipes",
    "Tanker water at the piped price during rationing",
    "Train women as pump mechanics",
)
#: Dots each voter gives (budget 3): the first three go to the final round.
DOTS = (0, 0, 1, 1, 2, 2, 0, 1, 2, 3, 4, 0)


def two_rounds(folder: Path) -> Session:
    clock = FakeClock()
    session = Session.create(folder / "forum.breakout", clock=clock)
    session.import_briefing(read_briefing(DATA / "briefing.md"))
    session.people.import_roster(read_roster(DATA / "roster.csv"))
    people = [p.id for p in session.people.participants()][:12]
    for pid in people:
        session.people.check_in(pid)
    point = session.agenda.points()[0].id
    session.agenda.start_point(point)
    for n, text in enumerate(PROPOSALS):
        clock.advance(40)
        session.capture.add_contribution(
            text, point_id=point, participant_id=people[n], kind="proposal"
        )
    recs = {r.text: r.id for r in session.board.recommendations()}
    shortlist = session.voting.create_round(
        method="dots",
        title="Shortlist",
        items=[{"label": t, "recommendation": recs[t]} for t in PROPOSALS],
        settings={"budget": 3, "per_item_cap": 3},
        secret=False,
    ).result
    ids = [i.id for i in session.voting.round_items(shortlist)]
    session.voting.open_round(shortlist)
    for n, pid in enumerate(people):
        session.voting.cast_ballot(shortlist, pid, {ids[DOTS[n]]: 3})
    clock.advance(60)
    session.voting.close_round(shortlist)
    final = session.voting.create_round(
        method="approval",
        title="Final round",
        items=[{"label": t, "recommendation": recs[t]} for t in PROPOSALS[:3]],
        secret=False,
    ).result
    ids = [i.id for i in session.voting.round_items(final)]
    session.voting.open_round(final)
    for n, pid in enumerate(people):
        session.voting.cast_ballot(final, pid, {ids[n % 3]: 1})
    clock.advance(60)
    session.voting.close_round(final)
    return session


def test_the_shortlist_round_and_its_eliminated_items_are_reported(tmp_path: Path) -> None:
    with two_rounds(tmp_path) as session:
        content = build_content(session)
        pdf = tmp_path / "r.pdf"
        pdf.write_bytes(render_pdf_bytes(content))
    recs = content.recommendations
    assert recs is not None and recs.voting is not None
    assert recs.voting.title == "Final round"
    assert sorted(i.title for i in recs.ranked) == sorted(PROPOSALS[:3])
    (shortlist,) = recs.earlier
    assert shortlist.voting.title == "Shortlist"
    assert [(i.rank, i.title, i.result) for i in shortlist.ranked] == [
        (1, PROPOSALS[0], "12 dots (from 4 voters)"),
        (2, PROPOSALS[1], "9 dots (from 3 voters)"),
        (2, PROPOSALS[2], "9 dots (from 3 voters)"),
        (4, PROPOSALS[3], "3 dots (from 1 voter)"),
        (4, PROPOSALS[4], "3 dots (from 1 voter)"),
    ]
    assert {i.title for i in recs.eliminated} == set(PROPOSALS[3:])
    assert {i.result for i in recs.eliminated} == {
        "Shortlist: 3 dots (from 1 voter), placed 4 of 5"
    }
    assert all(i.rank is None for i in recs.eliminated)
    assert recs.others == (), "every proposal was put to a vote"

    text = " ".join(w.text for w in pdf_words(pdf))
    assert "Voting rounds" in text and "Shortlist" in text and "12 dots" in text
    assert "Not carried to the final round" in text
    assert "Not put to the vote" not in text
    md = markdown(content)
    assert "#### Shortlist" in md and "### Not carried to the final round" in md
    assert "Not put to the vote" not in md
    csv = csv_files(content)["recommendations.csv"].decode("utf-8-sig")
    assert all(p in csv for p in PROPOSALS)


def test_page_one_names_the_rounds_behind_the_top_recommendations(tmp_path: Path) -> None:
    with two_rounds(tmp_path) as session:
        page = build_content(session, sections=["summary"]).outcome  # the old name works
    assert page is not None
    assert sorted(i.title for i in page.top) == sorted(PROPOSALS[:3])
    assert "in the final vote (Final round), after 1 earlier round (Shortlist)" in page.top_note
