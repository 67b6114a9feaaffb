"""`breakout cluster`: suggested groups as JSON, for a session or a text file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypedDict

import pytest

from tests.cli.test_cli import assert_clean_error, breakout
from tests.helpers import files_in

PROPOSALS = [
    "Map flood-prone streets together with residents",
    "Residents should help draw the flood risk map",
    "Walk the neighbourhood with residents to mark where water rises",
    "Create a regional fund small towns can draw on",
    "A simple fund for small municipalities to pay for drainage",
    "Pool money between towns to buy pumps",
    "Train youth groups to guide evacuations",
    "Schools should rehearse evacuation with families",
]


class Group(TypedDict):
    label: str
    items: list[str]


class Grouping(TypedDict):
    """What ``breakout cluster --json`` prints."""

    clusters: list[Group]
    method: str


def _cluster(folder: Path, *args: str) -> Grouping:
    result = breakout("cluster", *args, "--json", cwd=folder)
    assert result.returncode == 0, result.stderr
    doc: Grouping = json.loads(result.stdout)
    return doc


def _items(doc: Grouping) -> list[str]:
    return [item for cluster in doc["clusters"] for item in cluster["items"]]


def test_texts_file_gives_every_text_exactly_once(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text("\n".join(PROPOSALS) + "\n\n  \n", encoding="utf-8")
    doc = _cluster(tmp_path, "--texts", "p.txt")
    assert sorted(_items(doc)) == sorted(PROPOSALS)
    assert doc["method"].startswith("semantic")
    assert all(c["label"] and len(c["label"]) <= 60 for c in doc["clusters"])
    assert 2 <= len(doc["clusters"]) <= 6
    assert doc == _cluster(tmp_path, "--texts", "p.txt")  # same input, same groups


def test_session_mode_groups_the_demo(tmp_path: Path) -> None:
    assert breakout("demo", "demo.breakout", cwd=tmp_path).returncode == 0
    shown = json.loads(breakout("show", "demo.breakout", "--json", cwd=tmp_path).stdout)
    active = [r["text"] for r in shown["recommendations"] if r["status"] == "active"]
    doc = _cluster(tmp_path, "demo.breakout")
    assert sorted(_items(doc)) == sorted(active)
    assert len(doc["clusters"]) >= 3


@pytest.mark.parametrize(
    "lines",
    [
        ["Only one proposal here"],
        ["Same words", "Same words", "Same words"],
        ["x" * 10_000, "A short one"],
        ["تمويل محلي للصرف الصحي", "为社区建立预警系统", "Финансирование дренажа в малых городах"],
    ],
    ids=["single", "identical", "very-long", "other-scripts"],
)
def test_awkward_input_still_groups(tmp_path: Path, lines: list[str]) -> None:
    (tmp_path / "p.txt").write_text("\n".join(lines), encoding="utf-8")
    doc = _cluster(tmp_path, "--texts", "p.txt")
    assert sorted(_items(doc)) == sorted(lines)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--texts", "missing.txt"], "does not exist"),
        (["--texts", "empty.txt"], "has no proposals"),
        (["--texts", "binary.txt"], "not a text file"),
        (["--texts", "."], "is a folder"),
        ([], "either a session file or --texts"),
        (["notes.txt"], "not a Breakout session"),
    ],
)
def test_bad_input_is_one_clear_line(tmp_path: Path, args: list[str], fragment: str) -> None:
    (tmp_path / "empty.txt").write_text("\n \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02proposal")
    (tmp_path / "notes.txt").write_text("just notes\n" * 20)
    before = files_in(tmp_path)
    result = breakout("cluster", *args, "--json", cwd=tmp_path)
    assert_clean_error(result, fragment)
    assert files_in(tmp_path) == before


def test_without_the_model_it_falls_back_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BREAKOUT_MODEL", "off")  # as if the model were not installed
    (tmp_path / "p.txt").write_text("\n".join(PROPOSALS), encoding="utf-8")
    result = breakout("cluster", "--texts", "p.txt", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["method"].startswith("lexical")
    assert "not installed" in doc["method"]
    assert result.stderr.startswith("breakout: note: grouping is lexical")
    assert sorted(_items(doc)) == sorted(PROPOSALS)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Only one proposal here.", "Only one proposal here"),
        (
            "Give every school a shaded playground, a water fountain, and a nurse on duty in "
            "heatwaves.",
            "Give every school a shaded playground, a water fountain…",
        ),
    ],
)
def test_a_lone_proposal_is_labelled_as_the_board_labels_a_group(
    tmp_path: Path, line: str, label: str
) -> None:
    (tmp_path / "p.txt").write_text(line, encoding="utf-8")
    doc = _cluster(tmp_path, "--texts", "p.txt")
    assert doc["clusters"] == [{"label": label, "items": [line]}]
