"""Changes that used to be several steps glued in the window are one engine operation each.

Each runs in one transaction, undoes and redoes exactly, and a refusal leaves
the file as it was. The session is made from ``tests/data/real_session``
(40 people with accents and Arabic and Chinese names, nobody checked in).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from breakout.briefing import read_briefing
from breakout.changes import Change
from breakout.errors import BreakoutError
from breakout.interchange import export_session
from breakout.people import People
from breakout.roster import read_roster
from breakout.session import Session
from tests.helpers import FakeClock, files_in

DATA = Path(__file__).parent.parent / "data" / "real_session"


@pytest.fixture
def real(tmp_path: Path, clock: FakeClock) -> Iterator[Session]:
    """The real session, made as the facilitator makes it, with its first point started."""
    session = Session.new(
        tmp_path / "forum.breakout",
        briefing=read_briefing(DATA / "briefing.md"),
        roster=read_roster(DATA / "roster.csv"),
        clock=clock,
    )
    session.agenda.start_point(session.agenda.points()[0].id)
    clock.advance(30)
    yield session
    session.close()


def snapshot(session: Session) -> dict[str, Any]:
    doc = export_session(session)
    doc.pop("format")
    return doc


def named(session: Session, name: str) -> int:
    return next(p.id for p in session.people.participants() if p.name == name)


def undoes_exactly(session: Session, operation: Callable[[], Change[Any]]) -> Change[Any]:
    before = snapshot(session)
    change = operation()
    after = snapshot(session)
    assert change and after != before
    session.undo(change)
    assert snapshot(session) == before
    session.redo(change)
    assert snapshot(session) == after
    return change


def refused(session: Session, operation: Callable[[], Change[Any]], words: str) -> None:
    before = snapshot(session)
    with pytest.raises(BreakoutError, match=words):
        operation()
    assert snapshot(session) == before


# -- which person a typed name means ---------------------------------------------------


def test_a_typed_name_means_one_person_by_name_or_type_ahead(real: Session) -> None:
    def name_meant(typed: str) -> str | None:
        person = real.people.person_named(typed)
        return None if person is None else person.name

    assert name_meant("  élise   MARCHAND ") == "Élise Marchand"
    assert name_meant("Marchand") == "Élise Marchand"
    assert name_meant("李") == "李伟"
    assert real.people.person_named("Nobody Here Yet") is None


def test_a_name_that_could_mean_several_people_is_refused_with_them_named(real: Session) -> None:
    with pytest.raises(BreakoutError, match=r"could be .*Omar Haddad.*type more of the name"):
        real.people.person_named("Haddad")


# -- add a walk-in and queue them ------------------------------------------------------


def test_queueing_a_walk_in_adds_them_and_their_turn_as_one_step(real: Session) -> None:
    change = undoes_exactly(real, lambda: real.queue.request_by_name("عائشة  الراشد"))
    walk_in = named(real, "عائشة الراشد")
    assert [t.participant for t in real.queue.waiting(real.info().current_point or 0)] == [walk_in]
    assert change.label == "Add عائشة الراشد to the queue"
    assert not real.participant(walk_in).present  # taking part, not check-in, makes them count


def test_queueing_someone_known_adds_no_one(real: Session) -> None:
    before = len(real.people.participants())
    undoes_exactly(real, lambda: real.queue.request_by_name("chloé"))
    assert len(real.people.participants()) == before
    assert real.queue.waiting(real.info().current_point or 0)[0].participant == named(
        real, "Chloé Dubois"
    )


@pytest.mark.parametrize(
    ("typed", "words"),
    [("Haddad", "could be"), ("   ", "type a name"), ("Chloé Dubois", "already in the queue")],
)
def test_a_refused_queue_by_name_changes_nothing(real: Session, typed: str, words: str) -> None:
    real.queue.request_by_name("Chloé Dubois")
    refused(real, lambda: real.queue.request_by_name(typed), words)


def test_no_walk_in_is_added_when_no_point_is_started(tmp_path: Path) -> None:
    with Session.new(tmp_path / "s.breakout", roster=read_roster(DATA / "roster.csv")) as s:
        refused(s, lambda: s.queue.request_by_name("Walk-in Person"), "start a point first")


# -- add a walk-in and capture what they said ------------------------------------------


def test_capturing_a_walk_in_adds_them_and_the_contribution_as_one_step(real: Session) -> None:
    text = "Les comités de quartier doivent cosigner les cartes de risque. " * 7
    change = undoes_exactly(
        real, lambda: real.capture.add_by_name(text, speaker="Rémi Saint-Éloi", kind="proposal")
    )
    item = real.contribution(change.result)
    assert item.participant == named(real, "Rémi Saint-Éloi")
    assert item.text == text.strip() and item.kind == "proposal"
    assert real.board.candidates_of(item.id)  # a proposal is a candidate on the board, also undone


def test_capturing_unattributed_or_a_known_speaker_adds_no_one(real: Session) -> None:
    before = len(real.people.participants())
    unattributed = undoes_exactly(
        real, lambda: real.capture.add_by_name("Drains first.", speaker=None)
    )
    known = undoes_exactly(real, lambda: real.capture.add_by_name("Shade next.", speaker="ngozi"))
    assert real.contribution(unattributed.result).participant is None
    assert real.contribution(known.result).participant == named(real, "Ngozi Okonkwo")
    assert len(real.people.participants()) == before


@pytest.mark.parametrize(
    ("text", "speaker", "kind", "words"),
    [
        ("", "New Person", "comment", "cannot be empty"),
        ("Text", "New Person", "rant", "unknown kind"),
        ("Text", "Haddad", "comment", "could be"),
    ],
)
def test_a_refused_capture_adds_no_walk_in(
    real: Session, text: str, speaker: str, kind: str, words: str
) -> None:
    refused(real, lambda: real.capture.add_by_name(text, speaker=speaker, kind=kind), words)


# -- late arrivals ---------------------------------------------------------------------


def test_a_late_arrival_is_checked_in_or_added_checked_in(real: Session) -> None:
    known = undoes_exactly(real, lambda: real.people.arrive("omar haddad"))
    assert real.participant(known.result).present
    new = undoes_exactly(real, lambda: real.people.arrive("Zhang  Wei 张伟"))
    assert real.participant(new.result).name == "Zhang Wei 张伟"
    assert real.participant(new.result).present
    assert not real.people.arrive("Omar Haddad")  # already in: nothing to change


def test_a_late_arrival_without_a_name_is_refused(real: Session) -> None:
    refused(real, lambda: real.people.arrive("  "), "type the name")


# -- F6 ---------------------------------------------------------------------------------


def test_f6_starts_the_first_point_then_pauses_then_resumes(tmp_path: Path) -> None:
    with Session.new(tmp_path / "s.breakout", briefing=read_briefing(DATA / "briefing.md")) as s:
        first = s.agenda.points()[0].id
        undoes_exactly(s, s.agenda.start_or_pause)
        assert s.info().current_point == first and s.agenda.running_point() == first
        undoes_exactly(s, s.agenda.start_or_pause)
        assert s.agenda.running_point() is None
        s.agenda.start_or_pause()
        assert s.agenda.running_point() == first and len(s.agenda.point_runs(first)) == 2


def test_f6_on_an_empty_agenda_is_refused(session: Session) -> None:
    refused(session, session.agenda.start_or_pause, "the agenda is empty")


# -- the board: several proposals at once -------------------------------------------


@pytest.fixture
def proposals(real: Session) -> list[int]:
    for n, person in enumerate(["Omar Haddad", "李伟", "Layla Nasser", "Chloé Dubois"]):
        real.capture.add_by_name(
            f"Proposal {n}: shared water kiosks run by women's groups",
            speaker=person,
            kind="proposal",
        )
    return [r.id for r in real.board.recommendations()]


def test_moving_several_proposals_is_one_step(real: Session, proposals: list[int]) -> None:
    group = real.board.add_cluster("Kiosks").result
    real.board.set_cluster(proposals[0], group)
    change = undoes_exactly(real, lambda: real.board.move_recommendations(proposals, group))
    assert change.result == 3  # the one already there is left as it was
    assert {real.recommendation(r).cluster for r in proposals} == {group}
    undoes_exactly(real, lambda: real.board.move_recommendations(proposals[:2], None))


def test_withdrawing_several_proposals_is_one_step(real: Session, proposals: list[int]) -> None:
    change = undoes_exactly(real, lambda: real.board.withdraw_recommendations(proposals[1:]))
    assert change.result == 3
    assert [real.recommendation(r).status for r in proposals] == ["active"] + ["withdrawn"] * 3


def test_a_refused_move_or_withdrawal_changes_nothing(real: Session, proposals: list[int]) -> None:
    refused(real, lambda: real.board.move_recommendations([proposals[0], 9999], None), "9999")
    refused(real, lambda: real.board.move_recommendations(proposals, 9999), "group 9999")
    refused(real, lambda: real.board.withdraw_recommendations([proposals[0], 9999]), "9999")
    refused(real, lambda: real.board.withdraw_recommendations([]), "choose one or more")


# -- a new session from its inputs -------------------------------------------------


def test_a_failed_new_session_leaves_no_file_and_no_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails_midway(self: People, entries: Any, **_: Any) -> Change[Any]:
        raise BreakoutError("the roster could not be imported")

    monkeypatch.setattr(People, "import_roster", fails_midway)
    with pytest.raises(BreakoutError, match="roster could not"):
        Session.new(
            tmp_path / "forum.breakout",
            briefing=read_briefing(DATA / "briefing.md"),
            roster=read_roster(DATA / "roster.csv"),
        )
    assert files_in(tmp_path) == {}
