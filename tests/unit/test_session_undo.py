"""Every engine operation undoes to the exact state before it and redoes to the state it made.

The operations are found, not listed by hand: every public method of
:class:`~breakout.session.Session` that returns a :class:`~breakout.changes.Change`
must appear in :data:`OPERATIONS` or in :data:`NOT_OPERATIONS` with the reason,
so a new operation nobody wrote an undo test for fails
:func:`test_every_operation_is_covered`.

The session is made from a briefing and a roster (accents, Arabic and Chinese
names, a 400-character point, nobody checked in) with a board and rounds in
every state, so each operation has something real to act on.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from breakout.briefing import parse_briefing
from breakout.changes import Change
from breakout.interchange import export_session
from breakout.roster import RosterEntry
from breakout.session import Session
from tests.helpers import FakeClock

LONG_POINT = (
    "Quién paga el mantenimiento de los drenajes cuando el presupuesto municipal se acaba "
    "a mitad de año, y cómo se reparte entre barrios ricos y pobres " * 3
).strip()
BRIEFING = f"""Foro regional sobre ciudades y agua

Breakout Session "Drenajes y árboles"

Background

Los barrios inundados piden mapas compartidos.

Points of Discussion:
- ¿Quién mapea los riesgos?
- {LONG_POINT}
- 谁来照顾城市里的树木？
"""
ROSTER = [
    RosterEntry(
        "María José Núñez", "Red de Barrios", "Civil society", "Latin America", "female", True
    ),
    RosterEntry("عمر الحداد", "بلدية عمّان", "Government", "Arab States", "male", False),
    RosterEntry("李伟", "北京水务局", "Government", "Asia", "male", True),
    RosterEntry("Zoë Ångström", "Nordic Drains AB", "Business", "Europe", "", False),
]


@pytest.fixture
def room(session: Session, clock: FakeClock) -> dict[str, int]:
    """Points, people, turns, contributions, a board and a round in each state."""
    session.import_briefing(parse_briefing(BRIEFING))
    session.people.import_roster(ROSTER)
    people = {p.name: p.id for p in session.people.participants()}
    points = [p.id for p in session.agenda.points()]
    ids = {"p1": points[0], "p2": points[1], "p3": points[2]}
    ids |= {"maria": people["María José Núñez"], "omar": people["عمر الحداد"]}
    ids |= {"li": people["李伟"], "zoe": people["Zoë Ångström"]}
    session.agenda.start_point(ids["p1"])
    clock.advance(60)
    ids["turn_waiting"] = session.queue.request_turn(ids["maria"]).result
    ids["turn_second"] = session.queue.request_turn(ids["omar"]).result
    ids["turn_active"] = session.queue.request_turn(ids["li"]).result
    session.queue.start_turn(ids["turn_active"])
    clock.advance(30)
    ids["comment"] = session.capture.add_contribution(
        "Los mapas deben ser públicos", participant_id=ids["maria"]
    ).result
    ids["proposal"] = session.capture.add_contribution(
        "在每个街区种树", participant_id=ids["li"], kind="proposal"
    ).result
    ids["rec_a"] = session.board.add_recommendation("Mapear con los vecinos").result
    ids["rec_b"] = session.board.add_recommendation("خرائط مشتركة للأحياء").result
    ids["rec_c"] = session.board.add_recommendation("Fund the drains").result
    ids["rec_d"] = session.board.add_recommendation("Plant trees street by street").result
    ids["group"] = session.board.add_cluster("Maps", members=[ids["rec_a"], ids["rec_b"]]).result
    ids["other_group"] = session.board.add_cluster("Money", members=[ids["rec_c"]]).result
    ids["suggested"] = session.board.add_cluster(
        "Trees", members=[ids["rec_d"]], suggested=True
    ).result
    items = ["Mapear con los vecinos", "Fund the drains"]
    ids["draft"] = session.voting.create_round(method="approval", items=items).result
    ids["open"] = session.voting.create_round(method="approval", items=items, title="Open").result
    session.voting.open_round(ids["open"])
    ids["open_item"] = session.voting.round_items(ids["open"])[0].id
    ids["inbox"] = session.inbox.send("¿Quién paga los mapas?", kind="question").result
    clock.advance(60)
    return ids


def _snapshot(session: Session) -> dict[str, Any]:
    doc = export_session(session)
    doc.pop("format")
    doc["inbox"] = [dict(r) for r in session.store.conn.execute("SELECT * FROM inbox ORDER BY id")]
    return doc


Operation = Callable[[Session, dict[str, int]], Change[Any]]

# Every operation a client can make, as (name, call), named after the method
# (a suffix after "/" tells two cases of one method apart).
OPERATIONS: list[tuple[str, Operation]] = [
    ("update_session", lambda s, r: s.update_session(title="Nuevo título", chatham_house=True)),
    ("import_briefing", lambda s, r: s.import_briefing(parse_briefing(BRIEFING + "- Otro\n"))),
    ("agenda.add_point", lambda s, r: s.agenda.add_point("Another question", minutes=8, index=0)),
    (
        "agenda.edit_point",
        lambda s, r: s.agenda.edit_point(r["p2"], text="Who pays, and when?", minutes=20),
    ),
    ("agenda.move_point", lambda s, r: s.agenda.move_point(r["p3"], 0)),
    ("agenda.delete_point", lambda s, r: s.agenda.delete_point(r["p2"])),
    ("agenda.delete_point/current", lambda s, r: s.agenda.delete_point(r["p3"])),
    ("agenda.start_point", lambda s, r: s.agenda.start_point(r["p2"])),
    ("agenda.pause_point", lambda s, r: s.agenda.pause_point()),
    ("agenda.end_point", lambda s, r: s.agenda.end_point(r["p1"])),
    ("agenda.next_point", lambda s, r: s.agenda.next_point()),
    ("agenda.start_or_pause", lambda s, r: s.agenda.start_or_pause()),
    ("agenda.start_or_pause/paused", lambda s, r: s.agenda.start_or_pause()),
    ("agenda.previous_point", lambda s, r: s.agenda.previous_point()),
    (
        "people.add_participant",
        lambda s, r: s.people.add_participant("Dee Ōta", region="Asia", present=True),
    ),
    (
        "people.edit_participant",
        lambda s, r: s.people.edit_participant(r["maria"], name="María Núñez"),
    ),
    (
        "people.import_roster",
        lambda s, r: s.people.import_roster([*ROSTER[:1], RosterEntry("Nuevo Persona")]),
    ),
    ("people.check_in", lambda s, r: s.people.check_in(r["omar"])),
    ("people.arrive", lambda s, r: s.people.arrive("Zoë Ångström")),
    ("people.arrive/walk-in", lambda s, r: s.people.arrive("Kwame Mensah-Ọlá")),
    ("queue.request_by_name", lambda s, r: s.queue.request_by_name("李伟")),
    ("queue.request_by_name/walk-in", lambda s, r: s.queue.request_by_name("Amara Diallo")),
    ("people.issue_voting_codes", lambda s, r: s.people.issue_voting_codes()),
    ("people.card_for", lambda s, r: s.people.card_for("Kwame Mensah-Ọlá")),
    ("people.card_for/unnamed", lambda s, r: s.people.card_for("", unnamed="Sans nom")),
    ("people.card_for/on the roster", lambda s, r: s.people.card_for("zoë ångström")),
    ("queue.request_turn", lambda s, r: s.queue.request_turn(r["zoe"])),
    ("queue.move_turn", lambda s, r: s.queue.move_turn(r["turn_second"], 0)),
    ("queue.withdraw_turn", lambda s, r: s.queue.withdraw_turn(r["turn_waiting"])),
    ("queue.start_turn", lambda s, r: s.queue.start_turn(r["turn_second"])),
    ("queue.end_turn", lambda s, r: s.queue.end_turn(r["turn_active"])),
    ("queue.call_next", lambda s, r: s.queue.call_next()),
    (
        "capture.add_contribution",
        lambda s, r: s.capture.add_contribution(LONG_POINT, participant_id=r["omar"]),
    ),
    (
        "capture.add_by_name",
        lambda s, r: s.capture.add_by_name("Mapas abiertos", speaker="عمر الحداد"),
    ),
    (
        "capture.add_by_name/walk-in",
        lambda s, r: s.capture.add_by_name("种树", speaker="Aiyana Léger", kind="proposal"),
    ),
    (
        "capture.add_contribution/proposal",
        lambda s, r: s.capture.add_contribution("Árboles", kind="proposal"),
    ),
    (
        "capture.edit_contribution",
        lambda s, r: s.capture.edit_contribution(r["comment"], participant_id=None),
    ),
    ("capture.delete_contribution", lambda s, r: s.capture.delete_contribution(r["proposal"])),
    ("board.promote", lambda s, r: s.board.promote(r["comment"], text="Mapas públicos")),
    (
        "board.add_recommendation",
        lambda s, r: s.board.add_recommendation("Fund drains", point_id=r["p2"]),
    ),
    (
        "board.edit_recommendation",
        lambda s, r: s.board.edit_recommendation(r["rec_c"], "Fund all drains"),
    ),
    (
        "board.withdraw_recommendations",
        lambda s, r: s.board.withdraw_recommendations([r["rec_c"], r["rec_d"]]),
    ),
    (
        "board.move_recommendations",
        lambda s, r: s.board.move_recommendations([r["rec_c"], r["rec_d"]], r["group"]),
    ),
    (
        "board.merge_recommendations",
        lambda s, r: s.board.merge_recommendations(r["rec_a"], [r["rec_b"]]),
    ),
    ("board.set_cluster", lambda s, r: s.board.set_cluster(r["rec_c"], r["group"])),
    ("board.add_cluster", lambda s, r: s.board.add_cluster("Maps", wording="Map together")),
    (
        "board.edit_cluster",
        lambda s, r: s.board.edit_cluster(r["group"], label="Mapas", wording="Juntos"),
    ),
    ("board.accept_cluster", lambda s, r: s.board.accept_cluster(r["suggested"])),
    ("board.delete_cluster", lambda s, r: s.board.delete_cluster(r["group"])),
    ("board.move_cluster", lambda s, r: s.board.move_cluster(r["other_group"], 0)),
    ("board.merge_clusters", lambda s, r: s.board.merge_clusters(r["group"], [r["other_group"]])),
    (
        "board.split_cluster",
        lambda s, r: s.board.split_cluster(r["group"], [r["rec_b"]], "Arabic maps"),
    ),
    (
        "board.apply_suggestions",
        lambda s, r: s.board.apply_suggestions([("Maps and money", [r["rec_c"], r["rec_d"]])]),
    ),
    ("board.accept_all_suggestions", lambda s, r: s.board.accept_all_suggestions()),
    (
        "voting.create_round",
        lambda s, r: s.voting.create_round(method="dots", items=["A", "B"], title="Dots"),
    ),
    (
        "voting.edit_round",
        lambda s, r: s.voting.edit_round(r["draft"], title="Renamed", secret=False),
    ),
    ("voting.open_round", lambda s, r: s.voting.open_round(r["draft"])),
    ("voting.close_round", lambda s, r: s.voting.close_round(r["open"])),
    (
        "voting.record_hand_tally",
        lambda s, r: s.voting.record_hand_tally(r["open"], {r["open_item"]: 3}),
    ),
    (
        "voting.record_hand_counts",
        lambda s, r: s.voting.record_hand_counts(r["open"], {0: {r["open_item"]: 2}}),
    ),
    ("inbox.send", lambda s, r: s.inbox.send("Mapas en cada barrio", participant_id=r["maria"])),
    (
        "inbox.send_together",
        lambda s, r: s.inbox.send_together(
            [
                ("Mapas en cada barrio", "proposal", None),
                ("", "proposal", None),
                ("谁来支付地图的费用？", "question", r["maria"]),
            ]
        ),
    ),
    ("inbox.edit", lambda s, r: s.inbox.edit(r["inbox"], "من يدفع ثمن الخرائط؟")),
    ("inbox.accept", lambda s, r: s.inbox.accept(r["inbox"])),
    ("inbox.dismiss", lambda s, r: s.inbox.dismiss(r["inbox"])),
    (
        "outcome.edit_point",
        lambda s, r: s.outcome.edit_point(
            r["p2"], key_messages="- Mapear con los barrios\n- 地图要公开", summary="عمر الحداد…"
        ),
    ),
    (
        "outcome.edit_session",
        lambda s, r: s.outcome.edit_session(
            key_messages="Los barrios mapean", next_steps="Plenaria", addressees="Municipios"
        ),
    ),
]

#: What some operations need first (not part of the change under test).
SETUP: dict[str, Callable[[Session, dict[str, int]], object]] = {
    "agenda.delete_point/current": lambda s, r: s.agenda.start_point(r["p3"]),
    "agenda.previous_point": lambda s, r: s.agenda.next_point(),
    "agenda.start_or_pause/paused": lambda s, r: s.agenda.pause_point(),
}

#: Public methods that return a Change but are not operations of their own, with why.
NOT_OPERATIONS: dict[str, str] = {
    "undo": "the inverse of an operation; every operation's test runs it",
    "redo": "applies an operation again; every operation's test runs it",
    "apply": "runs a recorded change (undo and redo go through it); not made by a client",
}


def _returning_change(cls: type, prefix: str) -> set[str]:
    found = set()
    for name, member in inspect.getmembers(cls, inspect.isfunction):
        if name.startswith("_"):
            continue
        returns = inspect.signature(member).return_annotation
        if returns is Change or str(returns).split("[")[0] in ("Change", "changes.Change"):
            found.add(prefix + name)
    return found


def _operations_of_session(session: Session) -> set[str]:
    """Operations on the session itself and on each of its parts (``voting.create_round``)."""
    found = _returning_change(Session, "")
    for attr, part in vars(session).items():
        if getattr(part, "_core", None) is session:
            found |= _returning_change(type(part), f"{attr}.")
    return found


def test_every_operation_is_covered(session: Session) -> None:
    tested = {name.split("/")[0] for name, _ in OPERATIONS}
    found = _operations_of_session(session)
    assert any(name.startswith("voting.") for name in found)  # the parts are walked
    assert len(found) >= 45  # the enumeration itself works
    assert sorted(found - tested - set(NOT_OPERATIONS)) == [], "operations with no undo test"
    assert sorted((tested | set(NOT_OPERATIONS)) - found) == [], "tests of methods that are gone"


@pytest.mark.parametrize(("name", "operation"), OPERATIONS, ids=[n for n, _ in OPERATIONS])
def test_undo_and_redo_restore_exact_states(
    session: Session, room: dict[str, int], name: str, operation: Operation
) -> None:
    if name in SETUP:
        SETUP[name](session, room)
    before = _snapshot(session)
    change = operation(session, room)
    after = _snapshot(session)
    assert change, f"{name} recorded no change"
    assert after != before
    session.undo(change)
    assert _snapshot(session) == before
    session.redo(change)
    assert _snapshot(session) == after
