"""How well names are withheld: misses and words wrongly withheld, on a labelled set.

Run from the project folder::

    .venv/bin/python benchmarks/bench_redaction.py          # both modes, every error listed
    .venv/bin/python benchmarks/bench_redaction.py --quiet  # the figures only

The set (``tests/data/redaction/cases.json``, written for Breakout) is a
25-person roster with mixed consent — accents, a Chinese name in characters,
Arabic and Russian names, shared surnames, names that are ordinary words
("Sow", "Grace", "Petit", "Lima", "Kaya") — and 125 sentences in English,
French, Spanish, Portuguese, German, Arabic, Chinese, Russian and Turkish
with what must be withheld tagged. Each mode is scored on its own tags:

* **anonymous**: every name and every roster organisation;
* **named**: names of people who did not agree to be named, and an
  organisation printed next to one of them.

A tagged span is **missed** when any letter of it survives; a withheld span is
**wrong** when it covers a letter outside every tagged span. Recall is the
share of tagged spans not missed; precision the share of withheld spans not
wrong. ``tests/unit/redaction/test_redactor.py`` holds the figures this prints.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from breakout.redaction import Person, Redactor

CASES = Path(__file__).resolve().parent.parent / "tests" / "data" / "redaction" / "cases.json"
MODES = ("anonymous", "named")
_TAG = re.compile(r"<(n|c|o|on)>(.*?)</\1>")


@dataclass(frozen=True)
class Case:
    lang: str
    text: str  # without tags
    tags: tuple[tuple[int, int, str], ...]  # (start, end, tag) in ``text``
    known: str  # why the rules get it wrong on purpose, or ""


@dataclass
class Score:
    mode: str
    tagged: int = 0
    missed: list[str] = field(default_factory=list)
    withheld: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return 1.0 - len(self.missed) / self.tagged if self.tagged else 1.0

    @property
    def precision(self) -> float:
        return 1.0 - len(self.wrong) / self.withheld if self.withheld else 1.0


def parse(tagged: str) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """ "As <n>Li</n> said" → ("As Li said", ((3, 5, "n"),))."""
    plain: list[str] = []
    tags = []
    at = 0
    length = 0
    for m in _TAG.finditer(tagged):
        before = tagged[at : m.start()]
        plain.append(before)
        length += len(before)
        tags.append((length, length + len(m.group(2)), m.group(1)))
        plain.append(m.group(2))
        length += len(m.group(2))
        at = m.end()
    plain.append(tagged[at:])
    return "".join(plain), tuple(tags)


def load(path: Path = CASES) -> tuple[list[dict[str, object]], list[Case]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    cases = []
    for case in data["cases"]:
        text, tags = parse(case["text"])
        cases.append(Case(case["lang"], text, tags, case.get("known", "")))
    return data["people"], cases


def redactor(people: list[dict[str, object]], mode: str) -> Redactor:
    anonymous = mode == "anonymous"
    return Redactor(
        [
            Person(str(p["name"]), str(p["organisation"]), named=bool(p["named"]) and not anonymous)
            for p in people
        ],
        organisations=anonymous,
    )


def evaluate(mode: str, path: Path = CASES) -> Score:
    people, cases = load(path)
    redact = redactor(people, mode)
    wanted = {"n", "c", "o", "on"} if mode == "anonymous" else {"n", "on"}
    score = Score(mode)
    for case in cases:
        gold = [(s, e) for s, e, tag in case.tags if tag in wanted]
        spans = redact.spans(case.text)
        covered = [False] * len(case.text)
        for span in spans:
            for k in range(span.start, span.end):
                covered[k] = True
        inside = [False] * len(case.text)
        for start, end in gold:
            for k in range(start, end):
                inside[k] = True
        score.tagged += len(gold)
        for start, end in gold:
            if any(case.text[k].isalnum() and not covered[k] for k in range(start, end)):
                score.missed.append(f"{case.text[start:end]!r} in {case.text!r}")
        score.withheld += len(spans)
        for span in spans:
            if any(case.text[k].isalnum() and not inside[k] for k in range(span.start, span.end)):
                note = f" (known: {case.known})" if case.known else ""
                score.wrong.append(f"{case.text[span.start : span.end]!r} in {case.text!r}{note}")
    return score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quiet", action="store_true", help="the figures only")
    args = parser.parse_args()
    _, cases = load()
    print(f"{len(cases)} sentences, {len({c.lang for c in cases})} languages ({CASES.name})")
    for mode in MODES:
        score = evaluate(mode)
        print(
            f"{mode:>9}: {score.tagged} spans to withhold, {len(score.missed)} missed "
            f"(recall {100 * score.recall:.1f}%); {score.withheld} withheld, "
            f"{len(score.wrong)} wrongly (precision {100 * score.precision:.1f}%)"
        )
        if not args.quiet:
            for line in score.missed:
                print(f"           missed: {line}")
            for line in score.wrong:
                print(f"           wrongly withheld: {line}")


if __name__ == "__main__":
    main()
