"""Suggesting groups for a session: people stay in charge, nothing reshuffles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from breakout import suggest
from breakout.changes import Change
from breakout.demo import build_demo
from breakout.session import Session


@pytest.fixture
def demo(tmp_path: Path) -> Session:
    """The demo with its groups dissolved: 31 loose proposals."""
    session = build_demo(tmp_path / "demo.breakout")
    with session.store.write() as conn:  # the demo's ballot holds the groups; start afresh
        conn.execute("UPDATE recommendations SET cluster = NULL")
        conn.execute("DELETE FROM ballot_entries")
        conn.execute("DELETE FROM ballots")
        conn.execute("DELETE FROM voters")
        conn.execute("DELETE FROM round_items")
        conn.execute("DELETE FROM rounds")
        conn.execute("DELETE FROM clusters")
    return session


def _suggest(session: Session) -> Change[Any]:
    """What the board does: prepare, compute, lay the groups out, keep the new vectors."""
    outcome = suggest.compute(suggest.prepare(session))
    change = session.board.apply_suggestions(outcome.groups)
    session.board.store_vectors(suggest.MODEL, outcome.new_vectors)
    return change


def _groups(session: Session) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    for rec in session.board.recommendations(include_inactive=False):
        if rec.cluster is not None:
            out.setdefault(rec.cluster, set()).add(rec.id)
    return out


def test_suggestions_group_the_demo_and_cache_vectors(demo: Session) -> None:
    job = suggest.prepare(demo)
    assert len(job.texts) == 31 and job.cached == {}
    outcome = suggest.compute(job)
    assert outcome.semantic, outcome.method
    change = demo.board.apply_suggestions(outcome.groups)
    demo.board.store_vectors(suggest.MODEL, outcome.new_vectors)
    groups = _groups(demo)
    assert change.result == len(groups) >= 3
    assert all(len(members) >= 2 for members in groups.values())
    assert all(c.origin == "suggested" and not c.accepted for c in demo.board.clusters())
    assert all(c.label for c in demo.board.clusters())
    # The vectors are cached: the next run embeds nothing.
    again = suggest.prepare(demo)
    assert set(again.cached) == set(again.texts)
    assert suggest.compute(again).new_vectors == {}


def test_same_input_same_groups_and_a_newcomer_joins(demo: Session) -> None:
    _suggest(demo)
    before = _groups(demo)
    _suggest(demo)
    assert sorted(map(sorted, _groups(demo).values())) == sorted(map(sorted, before.values()))
    # One more proposal, close to an existing one: nothing else moves.
    anchor = demo.board.recommendations(include_inactive=False)[0]
    new = demo.board.add_recommendation(anchor.text + " This is urgent.").result
    _suggest(demo)
    after = _groups(demo)
    old_members = {m for members in before.values() for m in members}
    for members in after.values():
        assert members - {new} in [b for b in before.values()] or not (members & old_members)
    home = next(cid for cid, members in after.items() if anchor.id in members)
    assert new in after[home]


def test_people_groups_are_never_touched(demo: Session) -> None:
    recs = demo.board.recommendations(include_inactive=False)
    mine = demo.board.add_cluster("Mine", members=[recs[0].id, recs[5].id]).result
    _suggest(demo)
    assert _groups(demo)[mine] == {recs[0].id, recs[5].id}
    assert demo.cluster(mine).origin == "human"


def test_lexical_fallback_says_so(demo: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    from breakout import embed

    monkeypatch.setenv(embed.SWITCH, "off")
    monkeypatch.setattr(embed, "_shared", None)  # forget a model loaded by earlier tests
    outcome = suggest.compute(suggest.prepare(demo))
    assert not outcome.semantic
    assert "lexical" in outcome.method and "not installed" in outcome.method
    assert "lexical" in outcome.summary()


def test_cancel_changes_nothing(demo: Session) -> None:
    job = suggest.prepare(demo)
    with pytest.raises(suggest.Cancelled):
        suggest.compute(job, cancelled=lambda: True)
    assert _groups(demo) == {}


def test_newcomers_join_open_groups_are_named_near_peoples_groups_or_group_together() -> None:
    """With open suggestions kept, each new proposal goes to the nearest suggested group;
    one that resembles only a group a person made is named, not moved; the rest that
    resemble each other form a new group. Vectors are given, so no model is needed."""
    import numpy as np

    from breakout import embed

    directions = {"water": 0, "fees": 1, "schools": 2}

    def vector(topic: str, wobble: float) -> bytes:
        v = np.zeros(embed.DIMENSION, dtype="<f4")  # the model's length: others are recomputed
        v[:4] = wobble
        v[directions[topic]] = 1.0
        return v.astype("<f4").tobytes()

    texts = [
        "Protéger les nappes d'eau",  # 1, the open suggestion "Water"
        "المياه الجوفية أولاً",  # 2, the open suggestion "Water"
        "Cap the fees",  # 3, a person's group (id 70)
        "降低费用",  # 4, a person's group (id 70)
        "Measure the water table every month",  # 5, new: joins "Water"
        "No fee rises this year",  # 6, new: near the person's group only
        "Build two schools",  # 7, new
        "More teachers for the schools",  # 8, new, with 7
    ]
    topics = ["water", "water", "fees", "fees", "water", "fees", "schools", "schools"]
    job = suggest.Job(
        ids=list(range(1, 9)),
        texts=texts,
        points=[None] * 8,
        free=[True, True, False, False, True, True, True, True],
        cached={
            t: vector(topic, 0.01 * i)
            for i, (t, topic) in enumerate(zip(texts, topics, strict=True))
        },
        open_groups=[("Water", [1, 2])],
        fixed_groups=[(70, [3, 4])],
    )
    outcome = suggest.compute(job)
    assert outcome.semantic and outcome.new_vectors == {}
    groups = [(label, sorted(members)) for label, members in outcome.groups]
    assert groups[0] == ("Water", [1, 2, 5])
    assert [members for _, members in groups[1:]] == [[7, 8]]
    assert outcome.joined == {6: 70}
    assert "1 new proposal(s) look like groups people made" in outcome.summary()


def test_vectors_an_older_model_left_in_the_file_are_never_used(demo: Session) -> None:
    """A session file grouped by an earlier Breakout holds all-MiniLM-L6-v2 vectors (384
    values). They are never mixed with this model's: every text is read again."""
    import numpy as np

    from breakout import embed

    texts = suggest.prepare(demo).texts
    old = {t: np.full(384, 0.05, dtype="<f4").tobytes() for t in texts}
    demo.board.store_vectors("all-MiniLM-L6-v2", old)
    job = suggest.prepare(demo)
    assert job.cached == {}
    # Even stored under this model's name, a vector of another length is read again.
    damaged = dict(job.__dict__, cached={texts[0]: old[texts[0]]})
    outcome = suggest.compute(suggest.Job(**damaged))
    assert outcome.semantic
    assert set(outcome.new_vectors) == set(texts)
    assert {len(v) for v in outcome.new_vectors.values()} == {embed.DIMENSION * 4}
