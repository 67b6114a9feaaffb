"""Draft key messages for a point: its most representative contributions.

A starting point for the rapporteur, offline and at once: the contributions
nearest the centre of the point's discussion, by the same sentence vectors
the board groups proposals with, each new pick skipping any contribution
that says nearly what an earlier pick said (maximal marginal relevance). A
draft is only ever offered; it reaches the outcome when the rapporteur takes
it with :meth:`breakout.outcome.Outcome.edit_point`.

As with grouping, ``prepare`` reads the session (on the thread that owns the
connection) and ``compute`` touches no file, so it may run anywhere.
Questions are left out (a key message states something), and so is every
private contribution.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from breakout import suggest

if TYPE_CHECKING:
    from breakout.session import Session

#: How far a pick's closeness to earlier picks counts against it (0: not at all).
REDUNDANCY_WEIGHT = 0.6


@dataclass(frozen=True)
class Draft:
    contribution: int
    text: str


@dataclass(frozen=True)
class DraftJob:
    point: int
    ids: list[int]
    texts: list[str]
    cached: dict[str, bytes]


@dataclass(frozen=True)
class Drafts:
    drafts: list[Draft]
    method: str  # suggest.SEMANTIC or suggest.LEXICAL
    new_vectors: dict[str, bytes]

    def text(self) -> str:
        """The drafts as a key-messages text: one message per line."""
        return "\n".join(draft.text for draft in self.drafts)


def how_many(count: int) -> int:
    """Drafts offered for a point with ``count`` usable contributions."""
    if count <= 3:
        return min(count, 1)
    return 2 if count <= 8 else 3


def prepare(session: Session, point_id: int) -> DraftJob:
    items = [
        c
        for c in session.capture.contributions(point_id)
        if not c.private and c.kind != "question" and c.text.strip()
    ]
    texts = [c.text for c in items]
    return DraftJob(
        point=point_id,
        ids=[c.id for c in items],
        texts=texts,
        cached=session.board.cached_vectors(suggest.MODEL, texts),
    )


def compute(job: DraftJob) -> Drafts:
    limit = how_many(len(job.ids))
    if not limit:
        return Drafts([], suggest.SEMANTIC, {})
    vectors, method, fresh = suggest.embed(
        suggest.Job(
            ids=job.ids,
            texts=job.texts,
            points=[job.point] * len(job.ids),
            free=[True] * len(job.ids),
            cached=job.cached,
        )
    )
    from breakout import grouping

    semantic = method == suggest.SEMANTIC
    same = (
        grouping.NEAR_DUPLICATE_THRESHOLD if semantic else grouping.LEXICAL_NEAR_DUPLICATE_THRESHOLD
    )
    picks = representative(vectors, limit, duplicate=same)
    return Drafts([Draft(job.ids[i], job.texts[i]) for i in picks], method, fresh)


def representative(vectors: Any, limit: int, *, duplicate: float = 1.0) -> list[int]:
    """Rows of ``vectors`` most central to them all, each new one unlike those before.

    Centrality is a row's cosine with the mean direction of all rows; a
    candidate's score is its centrality less :data:`REDUNDANCY_WEIGHT` times its
    highest cosine with a row already picked, and a row whose cosine with a
    pick reaches ``duplicate`` is never picked (fewer than ``limit`` rows may
    come back). Ties go to the earlier row.
    """
    matrix = np.asarray(vectors, dtype=np.float64)
    if matrix.ndim != 2 or not len(matrix) or limit <= 0:
        return []
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    unit = matrix / np.where(norms == 0, 1.0, norms)
    centre = unit.sum(axis=0)
    length = float(np.linalg.norm(centre))
    centrality = unit @ (centre / length) if length else np.zeros(len(unit))
    picked: list[int] = []
    nearest = np.full(len(unit), -np.inf)
    for _ in range(min(limit, len(unit))):
        penalty = np.where(np.isfinite(nearest), nearest, 0.0) * REDUNDANCY_WEIGHT
        score = centrality - penalty
        score[picked] = -np.inf
        score[nearest >= duplicate] = -np.inf
        if not np.isfinite(score).any():
            break
        best = int(np.argmax(score))
        picked.append(best)
        nearest = np.maximum(nearest, unit @ unit[best])
    return picked


def store(session: Session, drafts: Drafts) -> None:
    """Keep the vectors ``compute`` made, so the next draft of the point is instant."""
    if drafts.method == suggest.SEMANTIC:
        session.board.store_vectors(suggest.MODEL, drafts.new_vectors)
