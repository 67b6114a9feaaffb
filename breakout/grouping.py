"""Suggested groups of similar proposals, near-duplicates, and where a new one fits.

This is the vector half of "Suggest groups"; :mod:`breakout.suggest` runs the
whole pipeline (read the session, embed, group, lay the groups on the board) for
the app and for ``breakout cluster`` alike. It works on sentence vectors (one row
per proposal, from :mod:`breakout.embed` centred per language, or
:func:`lexical_vectors` without the model) with NumPy, and leaves the community
detection to NetworkX.

The method (measured in ``benchmarks/bench_grouping.py``):

1. **Centre the vectors.** All proposals of one session share a topic, so their
   vectors share a large common component that hides the differences between
   themes. Each unit vector has the (shrunk) mean of the set taken away, and the
   rest is re-normalised; cosine similarity is then taken between these. The
   shrinkage ``n / (n + 4)`` keeps two or three proposals meaningful (fully
   centring two vectors always makes them opposite).
2. **A nearest-neighbour graph.** Each proposal is linked to its
   ``round(log2 n) + 1`` most similar ones (3 to 15), the link weighted by the
   centred cosine (links with no positive similarity are dropped); a link exists
   if either end chose it.
3. **The point prior.** Two proposals made under the same point of discussion get
   a small bonus (:data:`POINT_BONUS`) added to their similarity before the
   neighbours are chosen. It is a soft prior: themes often cut across points.
4. **Communities.** The graph is split by Louvain modularity optimisation
   (NetworkX's ``louvain_communities``) at resolution :data:`RESOLUTION`, so the
   number of groups follows from the data and is never given. Louvain visits
   nodes in a random order; it is run with several fixed seeds and the partition
   with the highest modularity is kept.

Determinism: the same input gives the same groups. Rows are first put in a
canonical order (sorted by their values), all work is done in that order with
fixed seeds, and the result is mapped back, so the order of the input does not
matter either (except between exactly equal rows, which are interchangeable).
Exact duplicates are always grouped together.

Labels: a group's label is its most central proposal (the one closest to the
group's mean vector), shortened at a word boundary to :data:`LABEL_LIMIT`
characters. A real sentence from the room reads naturally, works in any
language and for groups of one or two, and says concretely what the group is
about; key words picked by statistics from a handful of short texts often
include verbs and filler ("Offer, Pay, New") that read as broken.

When the embedding model is not installed, :mod:`breakout.suggest` falls back
to :func:`lexical_vectors` (TF-IDF over the proposals' own words) and says so.
Shared words are a weak signal for this task.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

import networkx as nx
import numpy as np
import numpy.typing as npt

F64 = npt.NDArray[np.float64]

RESOLUTION = 1.2
"""Louvain resolution: higher gives more, smaller groups (the default, used for lexical vectors)."""

MODEL_RESOLUTION = 2.5
"""Louvain resolution for the model's vectors centred per language: chosen on the food-systems
set (English and mixed) from a grid, then used unchanged on the others (benchmarks/bench_models.py).
The model spreads its cosines less than lexical vectors do, so its graph needs a higher one.
Smaller sets get less (:func:`model_resolution`)."""

POINT_BONUS = 0.08
"""Similarity bonus for two proposals made under the same point of discussion."""

NEAR_DUPLICATE_THRESHOLD = 0.65
"""Cosine (of the model's raw, uncentred vectors) from which two proposals are offered for merging.

Measured with the labelled sets: a proposal and its translation should reach it, two different
proposals of one set should not. On the food set (tuning) the most similar different proposals
reach 0.62 and 90 % of translations reach 0.65; held out (digital, oceans) 100 % and 86 % of
translations reach it and no pair of different proposals does."""

JOIN_THRESHOLD = 0.30
"""Cosine (centred vectors) between a new proposal and a group's centroid for it to join it.

The lowest value at which no proposal of the food set (English or mixed) joins another theme's
group (leave-one-out); held out, 3 % or fewer join a wrong group and the rest start their own."""

LEXICAL_NEAR_DUPLICATE_THRESHOLD = 0.40
"""The same as :data:`NEAR_DUPLICATE_THRESHOLD`, for :func:`lexical_vectors`."""

LEXICAL_JOIN_THRESHOLD = 0.15
"""The same as :data:`JOIN_THRESHOLD`, for :func:`lexical_vectors`."""

LABEL_LIMIT = 60
"""Longest label, in characters."""

MAX_FEATURES = 4096
"""Most distinct terms :func:`lexical_vectors` keeps (the most widespread ones)."""

_SHRINK = 4.0  # centring uses mean * n / (n + _SHRINK)
_SEEDS_SMALL = 8  # Louvain restarts for up to _SMALL proposals
_SEEDS_LARGE = 4
_SMALL = 500
_SAME = 1.0 - 1e-6  # cosine from which two rows count as the same vector
_DECIMALS = 6  # rows are rounded to this many decimals before anything else

Points = Sequence[Hashable | None]


@dataclass(frozen=True)
class Suggestion:
    """One suggested group of proposals."""

    members: tuple[int, ...]
    """Indices into the input, sorted."""
    label: str
    """Short readable label: the most central proposal, shortened."""
    central: int
    """Index of the most central member."""


# --------------------------------------------------------------------------- vectors


def _as_matrix(vectors: npt.ArrayLike) -> F64:
    matrix = np.asarray(vectors, dtype=np.float64)
    if matrix.ndim != 2:
        raise ValueError(f"vectors must be a 2-D array (one row per item), not {matrix.ndim}-D")
    if not np.all(np.isfinite(matrix)):
        raise ValueError("vectors contain NaN or infinite values")
    return matrix


def _unit_rows(matrix: F64) -> F64:
    """Rows scaled to length 1; all-zero rows stay zero."""
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    unit: F64 = np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 1e-12)
    return unit


def _canonical_order(unit: F64) -> npt.NDArray[np.intp]:
    """A permutation that sorts the rows by their values (stable for equal rows)."""
    if unit.shape[0] == 0 or unit.shape[1] == 0:
        return np.arange(unit.shape[0])
    # np.lexsort's primary key is the last one: columns reversed = sort by column 0 first.
    return np.lexsort(unit.T[::-1])


# --------------------------------------------------------------------------- grouping


def model_resolution(n: int) -> float:
    """The resolution for ``n`` of the model's vectors: 1.25 for two, rising to
    :data:`MODEL_RESOLUTION` from 64 on.

    Above 2, Louvain never puts two lone items together (keeping them apart
    scores higher), so two newcomers saying the same thing would stay apart.
    """
    return min(MODEL_RESOLUTION, 1.0 + math.log2(max(n, 2)) / 4.0)


def suggest_groups(
    vectors: npt.ArrayLike,
    *,
    points: Points | None = None,
    texts: Sequence[str] | None = None,
    resolution: float = RESOLUTION,
) -> list[Suggestion]:
    """Suggested groups of similar items; every item is in exactly one group.

    ``vectors`` has one row per item (any length; rows need not be normalised).
    ``points``, when given, is the point of discussion each item was made under
    (None where unknown): a soft prior that nudges items of the same point
    together. ``texts`` gives the labels; without it groups are labelled
    "Group 1", "Group 2", ... Groups come largest first, then by their first
    member. The number of groups is found from the data.
    """
    matrix = _as_matrix(vectors)
    n = matrix.shape[0]
    if points is not None and len(points) != n:
        raise ValueError(f"points has {len(points)} entries for {n} vectors")
    if texts is not None and len(texts) != n:
        raise ValueError(f"texts has {len(texts)} entries for {n} vectors")
    if n == 0:
        return []
    unit = _unit_rows(np.round(matrix, _DECIMALS))
    order = _canonical_order(unit)
    rank = np.empty(n, dtype=np.intp)
    rank[order] = np.arange(n)
    groups = _partition(unit, order, points, resolution)
    groups.sort(key=lambda g: (-len(g), g[0]))
    suggestions = []
    for number, members in enumerate(groups, start=1):
        central = _most_central(unit, members, rank)
        suggestions.append(
            Suggestion(
                members=tuple(members),
                label=_label(members, central, unit, rank, texts, number),
                central=central,
            )
        )
    return suggestions


def _partition(
    unit: F64, order: npt.NDArray[np.intp], points: Points | None, resolution: float
) -> list[list[int]]:
    """Groups of original indices (each sorted); ``order`` is the canonical order."""
    n = unit.shape[0]
    canon = unit[order]

    # Exact duplicates become one node: they are one proposal said twice. Zero
    # rows (texts with no usable word, in lexical mode) form a group of their own.
    raw = canon @ canon.T
    node_of = np.full(n, -1, dtype=np.intp)
    zero = np.linalg.norm(canon, axis=1) == 0
    reps: list[int] = []
    for i in range(n):
        if node_of[i] >= 0 or zero[i]:
            continue
        same = np.flatnonzero((raw[i] >= _SAME) & (node_of < 0))
        node_of[same] = len(reps)
        node_of[i] = len(reps)
        reps.append(i)
    m = len(reps)

    if m > 1:
        # Which points each node was made under (a node may stand for several copies).
        incidence: list[tuple[int, int]] = []
        if points is not None:
            codes: dict[Hashable, int] = {}
            for canon_index, original in enumerate(order):
                p = points[int(original)]
                node = int(node_of[canon_index])
                if p is not None and node >= 0:
                    incidence.append((node, codes.setdefault(p, len(codes))))
        same_point: F64 | None = None
        if incidence:
            made_under = np.zeros((m, max(c for _, c in incidence) + 1))
            made_under[tuple(np.array(incidence).T)] = 1.0
            same_point = ((made_under @ made_under.T) > 0).astype(np.float64)
        communities = _communities(canon[reps], same_point, resolution)
    else:
        communities = [0] * m

    members: dict[int, list[int]] = {}
    for canon_index, original in enumerate(order):
        node = int(node_of[canon_index])
        community = communities[node] if node >= 0 else -1
        members.setdefault(community, []).append(int(original))
    return [sorted(group) for group in members.values()]


def _neighbour_count(n: int) -> int:
    return max(1, min(n - 1, min(15, max(3, round(math.log2(n)) + 1))))


def _communities(unit: F64, same_point: F64 | None, resolution: float) -> list[int]:
    """Community number of each (distinct) row: centred kNN graph + Louvain.

    ``same_point[i, j]`` is 1 where rows i and j were made under the same point.
    """
    n = unit.shape[0]
    centred = _unit_rows(unit - unit.mean(axis=0) * (n / (n + _SHRINK)))
    sim = centred @ centred.T
    if same_point is not None:
        sim += POINT_BONUS * same_point
    np.fill_diagonal(sim, -np.inf)

    k = _neighbour_count(n)
    if k < n - 1:
        nearest = np.argpartition(-sim, k - 1, axis=1)[:, :k]
    else:
        nearest = np.tile(np.arange(n), (n, 1))[~np.eye(n, dtype=bool)].reshape(n, n - 1)
    rows = np.repeat(np.arange(n), nearest.shape[1])
    cols = nearest.ravel()
    # A link exists if either end chose it (with a positive weight), weighted by the similarity.
    link = np.zeros_like(sim)
    link[rows, cols] = np.maximum(sim[rows, cols], 0.0)
    link = np.maximum(link, link.T)
    a_end, b_end = np.nonzero(np.triu(link, k=1))
    if a_end.size == 0:
        return list(range(n))

    graph: nx.Graph[int] = nx.Graph()
    graph.add_nodes_from(range(n))  # canonical order: node i is the i-th row
    graph.add_weighted_edges_from(
        zip(a_end.tolist(), b_end.tolist(), link[a_end, b_end].tolist(), strict=True)
    )
    seeds = _SEEDS_SMALL if n <= _SMALL else _SEEDS_LARGE
    best: list[set[int]] = []
    best_q = -math.inf
    for seed in range(seeds):
        found = nx.community.louvain_communities(graph, resolution=resolution, seed=seed)
        q = nx.community.modularity(graph, found, resolution=resolution)
        if q > best_q + 1e-12:
            best, best_q = found, q
    community = [0] * n
    for number, members in enumerate(sorted(best, key=min)):
        for node in members:
            community[node] = number
    return community


def _most_central(unit: F64, members: Sequence[int], rank: npt.NDArray[np.intp]) -> int:
    """The member most similar to the group's mean direction.

    Computed in canonical order, so the input order changes nothing; ties go to
    the member first in that order.
    """
    ordered = sorted(members, key=lambda i: int(rank[i]))
    if len(ordered) <= 2:
        return ordered[0]
    block = unit[ordered]
    score = block @ block.sum(axis=0)
    return ordered[int(np.argmax(score))]


# --------------------------------------------------------------------------- labels


def shorten(text: str, limit: int = LABEL_LIMIT) -> str:
    """``text`` on one line, cut where a line may break, to at most ``limit`` characters.

    Break points come from ICU's line breaking, so a cut falls between words in
    languages written with spaces, and between words or after punctuation in
    Chinese (which has none); it never falls inside a grapheme cluster (a
    letter and its accents, an emoji sequence). A cut text ends with "…" at
    the end of its reading direction: for right-to-left text a right-to-left
    mark follows the ellipsis, so it shows on the left even in a left-to-right
    line. A final full stop of a whole text is dropped.
    """
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat[:-1] if flat.endswith(".") and not flat.endswith("..") else flat
    mark = "\u200f" if _right_to_left(flat) else ""
    room = limit - 1 - len(mark)  # leaves room for the ellipsis (and the mark)
    # A break may follow a space the cut then drops.
    fits = [b for b in _breaks(flat, "line") if len(flat[:b].rstrip()) <= room]
    clauses = [b for b in fits if flat[b - 1] in _CLAUSE_ENDS]  # Chinese: after punctuation
    cut = max(clauses, default=0) if " " not in flat[:room] else 0
    if cut < limit // 2:
        cut = max(fits, default=0)
    if cut < limit // 2:  # one very long word
        cut = max((b for b in _breaks(flat, "character") if b <= room), default=room)
    kept = flat[:cut].rstrip(" ,;:.-–—、，。；：")
    return kept + "…" + mark


_CLAUSE_ENDS = frozenset("，。；：、！？,;:")


def _breaks(text: str, kind: str) -> list[int]:
    """Where ICU allows a ``line`` break or a ``character`` (grapheme) boundary, in code points."""
    import icu

    locale = icu.Locale.getRoot()
    if kind == "line":
        iterator = icu.BreakIterator.createLineInstance(locale)
    else:
        iterator = icu.BreakIterator.createCharacterInstance(locale)
    iterator.setText(icu.UnicodeString(text))
    # ICU counts UTF-16 units: map them to Python's code points.
    point_at: dict[int, int] = {}
    units = 0
    for index, char in enumerate(text):
        point_at[units] = index
        units += 2 if ord(char) > 0xFFFF else 1
    point_at[units] = len(text)
    return [point_at[b] for b in iterator if b in point_at]


def _right_to_left(text: str) -> bool:
    """Whether the text's first strong character is right-to-left (Arabic, Hebrew, ...)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _label(
    members: Sequence[int],
    central: int,
    unit: F64,
    rank: npt.NDArray[np.intp],
    texts: Sequence[str] | None,
    number: int,
) -> str:
    if texts is None:
        return f"Group {number}"
    if texts[central].strip():
        return shorten(texts[central])
    written = [i for i in members if texts[i].strip()]
    if not written:
        return f"Group {number} (blank)"
    return shorten(texts[_most_central(unit, written, rank)])


# --------------------------------------------------------------------------- pairs and joins


def near_duplicates(
    vectors: npt.ArrayLike, *, threshold: float | None = None, semantic: bool = True
) -> list[tuple[int, int, float]]:
    """Pairs ``(i, j, cosine)`` with ``i < j`` that say (nearly) the same thing.

    A pair qualifies when its cosine is at least ``threshold``; by default
    :data:`NEAR_DUPLICATE_THRESHOLD` for the model's vectors, or
    :data:`LEXICAL_NEAR_DUPLICATE_THRESHOLD` when ``semantic`` is false (vectors
    from :func:`lexical_vectors`). Most similar first (then by index). Within a
    set of exact duplicates only the first is paired with each of the others, so
    a proposal pasted 100 times gives 99 pairs, not 4,950.
    """
    if threshold is None:
        threshold = NEAR_DUPLICATE_THRESHOLD if semantic else LEXICAL_NEAR_DUPLICATE_THRESHOLD
    matrix = _as_matrix(vectors)
    n = matrix.shape[0]
    if n < 2:
        return []
    unit = _unit_rows(matrix)
    sim = unit @ unit.T
    present = np.linalg.norm(unit, axis=1) > 0
    first_of = np.arange(n)
    for i in range(n):
        if first_of[i] == i and present[i]:
            copies = np.flatnonzero(
                (sim[i] >= _SAME) & (np.arange(n) > i) & (first_of == np.arange(n))
            )
            first_of[copies] = i
    pairs: list[tuple[int, int, float]] = []
    for j in range(n):
        if first_of[j] != j:
            pairs.append((int(first_of[j]), j, 1.0))
    reps = np.flatnonzero((first_of == np.arange(n)) & present)
    if reps.size > 1:
        block = sim[np.ix_(reps, reps)]
        a, b = np.nonzero(np.triu(block >= threshold, k=1))
        for x, y in zip(a.tolist(), b.tolist(), strict=True):
            value = float(min(1.0, block[x, y]))
            pairs.append((int(reps[x]), int(reps[y]), value))
    pairs.sort(key=lambda p: (-p[2], p[0], p[1]))
    return pairs


def group_centroids(vectors: npt.ArrayLike, groups: Iterable[Sequence[int]]) -> F64:
    """One unit-length mean direction per group (a zero row for an empty group)."""
    unit = _unit_rows(_as_matrix(vectors))
    rows = [unit[list(g)].sum(axis=0) if len(g) else np.zeros(unit.shape[1]) for g in groups]
    if not rows:
        return np.zeros((0, unit.shape[1]))
    return _unit_rows(np.vstack(rows))


def nearest_group(
    vector: npt.ArrayLike, centroids: npt.ArrayLike, *, threshold: float
) -> int | None:
    """The row of ``centroids`` a new item joins, or None when it should start a group.

    The item joins the most similar centroid (cosine; the first on ties) if that
    similarity is at least ``threshold`` (:data:`JOIN_THRESHOLD` for the model's
    vectors, :data:`LEXICAL_JOIN_THRESHOLD` for lexical ones). Existing groups
    are never reshuffled.
    """
    v = np.asarray(vector, dtype=np.float64).reshape(-1)
    c = np.asarray(centroids, dtype=np.float64)
    if c.size == 0:
        return None
    c = _as_matrix(c.reshape(1, -1) if c.ndim == 1 else c)
    if c.shape[1] != v.size:
        raise ValueError(f"vector has {v.size} values, centroids have {c.shape[1]}")
    if not np.all(np.isfinite(v)):
        raise ValueError("vector contains NaN or infinite values")
    norm = float(np.linalg.norm(v))
    if norm <= 1e-12:
        return None
    sims = _unit_rows(c) @ (v / norm)
    best = int(np.argmax(sims))
    return best if float(sims[best]) >= threshold else None


# --------------------------------------------------------------------------- lexical fallback

_WORD = re.compile(r"\w+")
_CJK = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]"
)
_STOP_TEXT = """
    a about above across after again against all almost also although always am among an
    and another any anyone anything are around as at be because been before being below
    between both but by can cannot could did do does doing done down during each either
    else enough etc even ever every for from further get gets give given had has have
    having he her here hers herself him himself his how however if in into is it its
    itself just least less let lets like made make makes many may me might more most
    much must my myself neither no nor not now of off often on once one only onto or
    other others our ours ourselves out over own per rather same shall she should since
    so some such than that the their theirs them themselves then there these they this
    those though through thus to too under until up upon us use used very via was we
    well were what whatever when where whether which while who whom whose why will with
    within without would yet you your yours yourself
"""
_STOP_WORDS = frozenset(_STOP_TEXT.split())
_SUFFIXES = (
    "ational",
    "ations",
    "ation",
    "ings",
    "ing",
    "ies",
    "ied",
    "edly",
    "ed",
    "es",
    "s",
    "ly",
)


def _stem(word: str) -> str:
    """A light English stemmer (suffix stripping); other scripts are left alone."""
    if not word.isascii():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def _terms(text: str) -> list[str]:
    """Stemmed content words; Chinese/Japanese/Korean runs as character pairs."""
    terms: list[str] = []
    for word in _WORD.findall(unicodedata.normalize("NFKC", text).casefold()):
        if _CJK.search(word):
            chars = list(word)
            terms.extend(a + b for a, b in itertools.pairwise(chars))
            if len(chars) == 1:
                terms.append(word)
            continue
        if len(word) < 2 or word.isdigit() or word in _STOP_WORDS or "_" in word:
            continue
        terms.append(_stem(word))
    return terms


def lexical_vectors(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """TF-IDF vectors over the texts' own words, one unit-length row per text.

    Sub-linear term frequency (1 + log tf) times smoothed inverse document
    frequency, over stemmed content words (English stop words dropped) and
    character pairs for Chinese, Japanese and Korean. At most
    :data:`MAX_FEATURES` columns (the most widespread terms). A text with no
    usable word gives a zero row.
    """
    term_lists = [_terms(str(t)) for t in texts]
    n = len(term_lists)
    df: Counter[str] = Counter()
    for terms in term_lists:
        df.update(set(terms))
    vocabulary = sorted(df, key=lambda t: (-df[t], t))[:MAX_FEATURES]
    column = {t: i for i, t in enumerate(sorted(vocabulary))}
    out = np.zeros((n, max(1, len(column))), dtype=np.float64)
    for row, terms in enumerate(term_lists):
        for term, count in Counter(terms).items():
            col = column.get(term)
            if col is not None:
                idf = math.log((1 + n) / (1 + df[term])) + 1.0
                out[row, col] = (1.0 + math.log(count)) * idf
    return _unit_rows(out).astype(np.float32)
