"""The demo session: a finished 75-minute breakout, written for this project.

``build_demo(path)`` replays the session through the same engine operations
the app uses — points started and ended, speakers queued and given the floor,
contributions captured, proposals made into recommendations and grouped, and
one closed secret dot-voting round — on a simulated clock, so every screen and
export has real-looking data. The words are in ``breakout/resources/demo/content.json``.
"""

from __future__ import annotations

import json
import os
import random
from importlib import resources
from typing import Any

from breakout.session import Session
from breakout.store import remove_session_files
from breakout.voting import dots as dot_voting

#: 18 November 2026, 14:00 in Geneva (13:00 UTC).
DEMO_START = 1795093200.0


class SimulatedClock:
    """A clock that only moves when told to."""

    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def demo_content() -> dict[str, Any]:
    text = resources.files("breakout.resources").joinpath("demo/content.json").read_text("utf-8")
    return dict(json.loads(text))


def build_demo(path: str | os.PathLike[str], *, seed: int = 2026) -> Session:
    """Write the demo session to a new file at ``path`` and return it open."""
    content = demo_content()
    clock = SimulatedClock(DEMO_START)
    rng = random.Random(seed)
    session = Session.create(path, clock=clock)
    try:
        _fill(session, content, clock, rng)
    except BaseException:
        session.close()
        remove_session_files(session.path)
        raise
    return session


def _fill(
    session: Session, content: dict[str, Any], clock: SimulatedClock, rng: random.Random
) -> None:
    info = content["session"]
    session.update_session(**info, default_minutes=12, starts_at=DEMO_START)

    people: dict[str, int] = {}
    absent = {content["participants"][-1]["key"]}  # one person never arrives
    for person in content["participants"]:
        fields = {k: v for k, v in person.items() if k != "key"}
        change = session.people.add_participant(**fields, present=person["key"] not in absent)
        people[person["key"]] = change.result
    session.people.issue_voting_codes()

    point_ids = [
        session.agenda.add_point(p["text"], minutes=p["minutes"], notes=p["notes"]).result
        for p in content["points"]
    ]

    clusters = {
        theme["key"]: session.board.add_cluster(theme["label"], wording=theme["wording"]).result
        for theme in content["themes"]
    }

    clock.advance(4 * 60)  # welcome and introductions
    # How long each point really took against its time-box: some run over.
    pace = (1.08, 0.92, 1.22, 0.97, 1.03, 1.15)
    for index, (point_id, point) in enumerate(zip(point_ids, content["points"], strict=True)):
        session.agenda.start_point(point_id)
        clock.advance(40)  # the facilitator reads the question
        items = point["contributions"]
        budget = point["minutes"] * 60 * pace[index % len(pace)] - 40
        weights = [len(item["text"]) * rng.uniform(0.7, 1.3) for item in items]
        for item, weight in zip(items, weights, strict=True):
            spoken = budget * weight / sum(weights)
            speaker = people[item["by"]] if item["by"] else None
            if speaker is not None:
                session.queue.request_turn(speaker, point_id)
                session.queue.call_next(point_id)
            clock.advance(spoken * 0.9)
            cid = session.capture.add_contribution(
                item["text"], point_id=point_id, participant_id=speaker, kind=item["kind"]
            ).result
            if speaker is not None:
                active = session.queue.active_turn(point_id)
                if active is not None:
                    session.queue.end_turn(active.id)
            if item.get("theme"):  # every themed item is a proposal, hence a candidate
                (rec,) = session.board.candidates_of(cid)
                session.board.set_cluster(rec, clusters[item["theme"]])
            clock.advance(spoken * 0.1)
        session.agenda.end_point(point_id)
        # The rapporteur writes the point's outcome while the next one starts.
        session.outcome.edit_point(
            point_id, key_messages=point["key_messages"], summary=point["summary"]
        )
        clock.advance(30)

    _vote(session, content, clusters, people, absent, clock, rng)


def _vote(
    session: Session,
    content: dict[str, Any],
    clusters: dict[str, int],
    people: dict[str, int],
    absent: set[str],
    clock: SimulatedClock,
    rng: random.Random,
) -> None:
    """A secret dot vote: 5 dots each, at most 2 per recommendation."""
    items = [
        {"label": theme["label"], "cluster": clusters[theme["key"]]} for theme in content["themes"]
    ]
    round_id = session.voting.create_round(
        method=dot_voting.NAME,
        title="Which recommendations should go to the plenary first?",
        items=items,
        settings={"budget": 5, "per_item_cap": 2},
        secret=True,
    ).result
    item_ids = [i.id for i in session.voting.round_items(round_id)]
    # Each theme has a broad appeal; people spread their dots by it, with noise.
    appeal = [rng.uniform(0.5, 3.0) for _ in item_ids]
    session.voting.open_round(round_id)
    for key, pid in people.items():
        if key in absent:
            continue
        dots: dict[int, int] = {}
        for _ in range(5):
            weights = [appeal[i] if dots.get(item, 0) < 2 else 0 for i, item in enumerate(item_ids)]
            choice = rng.choices(item_ids, weights=weights)[0]
            dots[choice] = dots.get(choice, 0) + 1
        clock.advance(rng.uniform(15, 40))
        session.voting.cast_ballot(round_id, pid, dots)
    session.voting.close_round(round_id)
