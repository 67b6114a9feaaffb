"""The registry of voting methods: one entry per method, each keeping the whole protocol."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from breakout import voting
from breakout.errors import BreakoutError
from breakout.voting.base import VotingMethod

ROOT = Path(__file__).parents[3]
LABELS = {1: "تمويل الصرف الصحي", 2: "学校和青年团体", 3: "Évacuation"}


def test_names_are_the_keys_and_the_schema_lists_the_same_methods() -> None:
    assert all(name == method.name for name, method in voting.METHODS.items())
    schema = json.loads((ROOT / "breakout" / "schema" / "session.schema.json").read_text())
    assert _method_enums(schema) == [list(voting.METHODS)]


def _method_enums(node: object) -> list[list[str]]:
    """Every ``"method": {"enum": [...]}`` in the schema, wherever it is nested."""
    if isinstance(node, list):
        return [enum for child in node for enum in _method_enums(child)]
    if not isinstance(node, dict):
        return []
    method = node.get("method")
    found = [method["enum"]] if isinstance(method, dict) and "enum" in method else []
    return found + [enum for child in node.values() for enum in _method_enums(child)]


@pytest.mark.parametrize("name", list(voting.METHODS))
def test_every_method_words_a_counted_round(name: str) -> None:
    method: VotingMethod = voting.METHODS[name]
    settings = method.normalise_settings({}, len(LABELS))
    ballot = {1: 1, 2: 1, 3: 1} if name != "dots" else {1: 1}
    if name == "ranking":
        ballot = {1: 1, 2: 2, 3: 3}
    clean = voting.validate_ballot(name, settings, list(LABELS), ballot)
    hands = [(3, 0, 1)] if method.hand_levels else []
    result = method.tally([clean, clean], LABELS, hands, settings, 4)
    assert [r.label for r in result.items] == [LABELS[r.item] for r in result.items]
    for item in result.items:
        assert method.figure(item).split()[0] in method.result_words(item)
        share, _flagged = method.bar(item)
        assert 0.0 <= share <= 1.0
    support = method.support([clean, clean, clean], LABELS)
    assert all(method.support_words(value) for value in support.values())
    summary = method.ballot_summary(clean, list(LABELS.items()), settings)
    assert any(LABELS[2] in line or LABELS[1] in line for line in summary)
    assert method.title and method.help and method.instruction(settings)
    assert method.rules(settings)


def test_an_unknown_method_is_refused_naming_those_there_are() -> None:
    with pytest.raises(BreakoutError, match="unknown voting method 'plurality'; use dots, appr"):
        voting.validate_ballot("plurality", {}, [1], {1: 1})


def _method_literals(path: Path) -> list[str]:
    """Method names written as literals where code compares or passes a method."""
    names = set(voting.METHODS)
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        values: list[ast.expr] = []
        if isinstance(node, ast.Compare):
            values = [node.left, *node.comparators]
        elif isinstance(node, ast.keyword) and node.arg == "method":
            values = [node.value]
        for value in values:
            for sub in ast.walk(value):
                if isinstance(sub, ast.Constant) and sub.value in names:
                    found.append(f"{path.relative_to(ROOT)}:{sub.lineno} {sub.value!r}")
    return found


def test_method_names_are_written_only_in_their_own_modules() -> None:
    sources = [
        path
        for folder in ("breakout", "breakout_qt")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if "voting" not in path.relative_to(ROOT).parts[1:2]
    ]
    assert [hit for path in sources for hit in _method_literals(path)] == []
