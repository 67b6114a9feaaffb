"""How well and how fast breakout.grouping suggests groups.

Run: ``.venv/bin/python benchmarks/bench_grouping.py`` (``--quick`` skips the
2,000-proposal timing). Prints figures, asserts nothing.

Quality, as the adjusted Rand index (ARI) between the suggested groups and the
themes a person gave each proposal (1 = the same groups, 0 = chance), with the
number of groups not given:

- ``../shared/fixtures/recommendations_city_adaptation.tsv``: 60 proposals, 6
  themes. The method's few settings were chosen on this set only.
- ``benchmarks/data/heldout_health_workforce.tsv``: 48 proposals, 6 themes, on
  health-worker migration; written for this project, held out (never tuned on).
- the demo session's 31 proposals (``breakout/resources/demo/content.json``), 6 themes
  that cut across its 6 points; measured with and without the point prior.

Each set is measured once as a whole and as the mean over 30 random subsets
(60-90 % of it), which is steadier than one number on 30-60 items. Both methods
are shown: semantic (the model's vectors) and lexical (the fallback without the
model).

Speed, warm (model loaded, one call done before timing), on generated
proposal-like sentences: embedding, grouping, near-duplicates, for 200 and
2,000 proposals.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.metrics import adjusted_rand_index  # noqa: E402
from breakout.grouping import (  # noqa: E402
    RESOLUTION,
    Suggestion,
    lexical_vectors,
    model_resolution,
    near_duplicates,
    suggest_groups,
)

if TYPE_CHECKING:
    from breakout.embed import Embedder

T = TypeVar("T")

FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures"
CITY = FIXTURES / "recommendations_city_adaptation.tsv"
HEALTH = ROOT / "benchmarks" / "data" / "heldout_health_workforce.tsv"
DEMO = ROOT / "breakout" / "resources" / "demo" / "content.json"


class LabelledSet:
    def __init__(
        self, name: str, texts: list[str], themes: list[str], points: list[int] | None
    ) -> None:
        self.name = name
        self.texts = texts
        self.themes = themes
        self.points = points


def read_tsv(name: str, path: Path) -> LabelledSet | None:
    if not path.is_file():
        print(f"  (missing: {path})")
        return None
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return LabelledSet(name, [r["text"] for r in rows], [r["theme"] for r in rows], None)


def read_demo() -> LabelledSet:
    content = json.loads(DEMO.read_text(encoding="utf-8"))
    texts, themes, points = [], [], []
    for number, point in enumerate(content["points"]):
        for c in point["contributions"]:
            if c.get("kind") == "proposal":
                texts.append(c["text"])
                themes.append(c["theme"])
                points.append(number)
    return LabelledSet("demo session", texts, themes, points)


def labels(suggestions: Sequence[Suggestion], n: int) -> list[int]:
    out = [-1] * n
    for number, s in enumerate(suggestions):
        for i in s.members:
            out[i] = number
    return out


def score(
    vectorise: Callable[[list[str]], np.ndarray],
    data: LabelledSet,
    *,
    use_points: bool,
    subsets: int = 30,
) -> tuple[float, int, float, float]:
    """ARI on the whole set, its number of groups, and the mean and s.e. over subsets."""
    n = len(data.texts)
    vectors = vectorise(data.texts)
    points = data.points if use_points else None
    whole = suggest_groups(vectors, points=points, resolution=_resolution(vectorise, n))
    ari = adjusted_rand_index(data.themes, labels(whole, n))
    rng = np.random.default_rng(99)
    values = []
    for k in range(subsets):
        size = int(n * (0.6, 0.75, 0.9)[k % 3])
        pick = np.sort(rng.choice(n, size, replace=False))
        texts = [data.texts[i] for i in pick]
        # Lexical vectors depend on the whole set (vocabulary, IDF): recompute per subset.
        sub_vectors = vectorise(texts) if vectorise is lexical_vectors else vectors[pick]
        sub_points = [points[i] for i in pick] if points is not None else None
        found = suggest_groups(
            sub_vectors, points=sub_points, resolution=_resolution(vectorise, size)
        )
        values.append(adjusted_rand_index([data.themes[i] for i in pick], labels(found, size)))
    return ari, len(whole), float(np.mean(values)), float(np.std(values) / np.sqrt(subsets))


def _resolution(vectorise: Callable[[list[str]], np.ndarray], n: int) -> float:
    """The resolution the app uses for these vectors (lexical or the model's)."""
    if vectorise is lexical_vectors:
        return RESOLUTION
    return model_resolution(n)


def kmeans_k_given(vectors: np.ndarray, k: int, seeds: int = 10) -> list[int]:
    """Reference only: k-means (k-means++ start, best of ``seeds``) with the true k."""
    x = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    best: tuple[float, list[int]] = (float("inf"), [])
    for seed in range(seeds):
        rng = np.random.default_rng(seed)
        centres = [x[rng.integers(len(x))]]
        for _ in range(1, k):
            d = np.min(((x[:, None, :] - np.array(centres)[None]) ** 2).sum(-1), axis=1)
            centres.append(x[rng.choice(len(x), p=d / d.sum())])
        c = np.array(centres)
        for _ in range(100):
            assign = ((x[:, None, :] - c[None]) ** 2).sum(-1).argmin(1)
            new = np.array(
                [x[assign == j].mean(0) if (assign == j).any() else c[j] for j in range(k)]
            )
            if np.allclose(new, c):
                break
            c = new
        inertia = float(((x - c[assign]) ** 2).sum())
        if inertia < best[0]:
            best = (inertia, assign.tolist())
    return best[1]


# Generated proposals for timing: topic phrases mixed with actors and qualifiers.
ACTORS = [
    "The municipality",
    "Every district council",
    "Schools",
    "Local businesses",
    "Civil society organisations",
    "The regional health authority",
    "Neighbourhood committees",
    "Universities",
    "The national government",
    "Youth groups",
    "Water utilities",
    "Housing cooperatives",
]
VERBS = [
    "should fund",
    "must publish",
    "could pilot",
    "should train volunteers for",
    "ought to co-design",
    "should report every year on",
    "must set aside a budget for",
    "should evaluate",
]
TOPICS = [
    "cooling centres for older residents during heatwaves",
    "early warning messages in local languages",
    "flood-risk maps drawn with residents of informal settlements",
    "green roofs on public buildings",
    "shaded playgrounds next to primary schools",
    "rainwater storage under new car parks",
    "evacuation drills in every neighbourhood",
    "small grants for community gardens",
    "an open register of blocked drains",
    "insurance schemes for street vendors",
    "repairs to the sea wall",
    "a hotline for people who live alone",
]
QUALIFIERS = [
    "before the next rainy season",
    "with a budget that is published online",
    "so that the poorest households benefit first",
    "and measure the results every six months",
    "in partnership with the people most affected",
    "without waiting for national legislation",
    "while protecting the privacy of residents",
    "with special attention to women, children and people with disabilities",
]


def generated(n: int, seed: int = 7) -> tuple[list[str], list[int]]:
    rng = random.Random(seed)
    texts, topics = [], []
    for _ in range(n):
        topic = rng.randrange(len(TOPICS))
        words = [rng.choice(ACTORS), rng.choice(VERBS), TOPICS[topic]]
        words += rng.sample(QUALIFIERS, rng.randint(0, 2))
        texts.append(" ".join(words) + ".")
        topics.append(topic)
    return texts, topics


def best_of(repeat: int, action: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = action()
    best = time.perf_counter() - start
    for _ in range(repeat - 1):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip the 2,000-proposal timing")
    parser.add_argument("--repeat", type=int, default=3, help="timing repeats (best is shown)")
    args = parser.parse_args()

    print(f"# bench_grouping  ({platform.python_version()}, {os.cpu_count()} CPUs)")

    embedder: Embedder | None = None
    try:
        from breakout.embed import Embedder, installed

        if installed():
            embedder = Embedder()
            start = time.perf_counter()
            embedder.load()
            print(
                f"model loaded in {time.perf_counter() - start:.2f} s"
                " (breakout.embed, multilingual USE)"
            )
        else:
            print("the embedding model is not installed: semantic figures are skipped")
    except ImportError as exc:
        print(f"breakout.embed unavailable ({exc}): semantic figures are skipped")

    sets: list[LabelledSet] = []
    print("\n## Quality: adjusted Rand index, number of groups not given")
    for name, path in (("city fixture, held out", CITY), ("health, held out", HEALTH)):
        data = read_tsv(name, path)
        if data is not None:
            sets.append(data)
    sets.append(read_demo())

    methods: list[tuple[str, Callable[[list[str]], np.ndarray]]] = []
    if embedder is not None:
        from breakout.suggest import centred

        methods.append(
            ("semantic", lambda texts: np.asarray(centred(embedder.embed(texts), texts)))
        )
    methods.append(("lexical", lexical_vectors))
    print(f"  {'set':<24} {'method':<9} {'prior':<7} {'ARI':>5} {'groups':>7}   subsets")
    for data in sets:
        themes = len(set(data.themes))
        for method, vectorise in methods:
            for use_points in (False, True) if data.points is not None else (False,):
                ari, k, mean, se = score(vectorise, data, use_points=use_points)
                prior = "points" if use_points else "none"
                print(
                    f"  {data.name:<24} {method:<9} {prior:<7} {ari:5.2f} {k:3d} of {themes:<2}"
                    f"  {mean:.2f} ± {se:.2f}"
                )

    if embedder is not None:
        print("\n  for reference, k-means on the model's vectors with the true number of themes:")
        for data in sets:
            k = len(set(data.themes))
            found = kmeans_k_given(np.asarray(embedder.embed(data.texts)), k)
            print(f"  {data.name:<24} k = {k}: ARI {adjusted_rand_index(data.themes, found):.2f}")

    print(f"\n## Speed, warm (best of {args.repeat})")
    sizes = [200] if args.quick else [200, 2000]
    for n in sizes:
        texts, topics = generated(n)
        if embedder is not None:
            embedder.embed(texts[:32])  # warm
            t_embed, vectors = best_of(args.repeat, partial(embedder.embed, texts))
            kind = "semantic"
        else:
            t_embed, vectors = best_of(args.repeat, partial(lexical_vectors, texts))
            kind = "lexical"
        t_group, suggested = best_of(args.repeat, partial(suggest_groups, vectors, texts=texts))
        t_dups, pairs = best_of(args.repeat, partial(near_duplicates, vectors))
        ari = adjusted_rand_index(topics, labels(suggested, n))
        print(
            f"  {n:5d} proposals ({kind}): embed {t_embed:6.2f} s  group {t_group:5.2f} s"
            f"  near-duplicates {t_dups:5.2f} s  total {t_embed + t_group + t_dups:6.2f} s"
            f"  | {len(suggested)} groups, ARI vs generating topic {ari:.2f}, {len(pairs)} pairs"
        )
        t_lex, lex = best_of(args.repeat, partial(lexical_vectors, texts))
        t_lex_group, _ = best_of(args.repeat, partial(suggest_groups, lex))
        print(f"  {n:5d} proposals (lexical):  vectors {t_lex:5.2f} s  group {t_lex_group:5.2f} s")


if __name__ == "__main__":
    main()
