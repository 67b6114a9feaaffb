"""The benchmarks' adjusted Rand index (benchmarks/metrics.py) agrees with scikit-learn's."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import adjusted_rand_score

from benchmarks.metrics import adjusted_rand_index


def test_ari_known_values() -> None:
    assert adjusted_rand_index([0, 0, 1, 1], [0, 0, 1, 1]) == 1.0
    assert adjusted_rand_index([0, 0, 1, 1], [1, 1, 0, 0]) == 1.0
    assert adjusted_rand_index(["a", "a", "b"], [5, 5, 7]) == 1.0
    assert adjusted_rand_index([0, 0, 1, 1], [0, 1, 0, 1]) == pytest.approx(-0.5)
    assert adjusted_rand_index([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]) == pytest.approx(
        0.24242424242424243
    )
    # Trivial cases, as scikit-learn defines them.
    assert adjusted_rand_index([], []) == 1.0
    assert adjusted_rand_index([3], [4]) == 1.0
    assert adjusted_rand_index([1, 1, 1], [2, 2, 2]) == 1.0
    assert adjusted_rand_index([0, 1, 2], [0, 1, 2]) == 1.0
    assert adjusted_rand_index([0, 0, 0], [0, 1, 2]) == 0.0
    with pytest.raises(ValueError, match="length"):
        adjusted_rand_index([0, 1], [0])


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=0, max_value=40).flatmap(
        lambda n: st.tuples(
            st.lists(st.integers(0, 6), min_size=n, max_size=n),
            st.lists(st.integers(0, 6), min_size=n, max_size=n),
        )
    )
)
def test_ari_matches_sklearn(pair: tuple[list[int], list[int]]) -> None:
    a, b = pair
    assert adjusted_rand_index(a, b) == pytest.approx(adjusted_rand_score(a, b), abs=1e-12)


def test_ari_matches_sklearn_on_large_labellings() -> None:
    rng = np.random.default_rng(5)
    a = rng.integers(0, 30, size=5000).tolist()
    b = [x if rng.random() < 0.7 else int(rng.integers(0, 30)) for x in a]
    assert adjusted_rand_index(a, b) == pytest.approx(adjusted_rand_score(a, b), abs=1e-12)
