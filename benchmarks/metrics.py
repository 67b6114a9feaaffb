"""How close suggested groups come to the themes a person gave: for the benchmarks only.

The app never scores its own groups; ``bench_grouping.py`` does, against
labelled sets. Kept here, beside the benchmarks, so the engine carries no code
that only measures it (``tests/unit/test_bench_metrics.py`` checks it against
scikit-learn).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence


def adjusted_rand_index(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Adjusted Rand index of two labellings of the same items (1 = identical groups).

    Same definition and edge cases as scikit-learn's ``adjusted_rand_score``.
    """
    if len(a) != len(b):
        raise ValueError(f"labellings differ in length: {len(a)} and {len(b)}")
    n = len(a)
    pairs = Counter(zip(a, b, strict=True))
    rows = Counter(a)
    cols = Counter(b)
    sum_squares = sum(c * c for c in pairs.values())
    same_both = sum_squares - n
    only_b = sum(c * c for c in cols.values()) - sum_squares
    only_a = sum(c * c for c in rows.values()) - sum_squares
    neither = n * n - only_a - only_b - sum_squares
    if only_a == 0 and only_b == 0:
        return 1.0
    numerator = 2 * (same_both * neither - only_a * only_b)
    denominator = (same_both + only_a) * (only_a + neither) + (same_both + only_b) * (
        only_b + neither
    )
    return float(numerator / denominator)
