"""The command line, run as a real process the way a user types it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from breakout import store
from tests.helpers import files_in

BRIEFING = """\
Global Forum on Decent Work
Lisbon, Portugal, 3-4 March 2027

Breakout Session "Fair recruitment across borders"

Background

Migrant workers still pay **recruitment fees** that take months to repay.

Questions for discussion:

1. How can employers verify that no worker paid a fee?
2. What should governments require of labour recruiters?
3. How can workers report abuse safely?

The group will agree on three recommendations for the plenary.
"""

ROSTER = """\
Name;Organisation;Stakeholder group;Region;Gender;Consent to be named
Ana Lima;Workers Without Borders;Civil society;Latin America;female;yes
Bao Tran;Garment Exporters Association;Business;Asia-Pacific;male;no
Chidi Okafor;Ministry of Labour;Government;Africa;male;yes
"""


def breakout(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed `breakout` command (the console script) as a user would."""
    script = Path(sys.executable).with_name("breakout")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "breakout_qt.launch"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("BREAKOUT_DEBUG", None)  # (BREAKOUT_MODEL passes through: tests set it)
    return subprocess.run(
        [*command, *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def assert_clean_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("breakout: error: "), result.stderr
    assert fragment in lines[0], lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    (tmp_path / "briefing.txt").write_text(BRIEFING, encoding="utf-8")
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    return tmp_path


def test_new_from_briefing_and_roster_then_show(inputs: Path) -> None:
    made = breakout(
        "new", "s.breakout", "--briefing", "briefing.txt", "--roster", "roster.csv", cwd=inputs
    )
    assert made.returncode == 0, made.stderr
    assert "3 points, 3 participants" in made.stdout
    shown = breakout("show", "s.breakout", "--json", cwd=inputs)
    assert shown.returncode == 0, shown.stderr
    doc = json.loads(shown.stdout)
    assert doc["session"]["title"] == "Fair recruitment across borders"
    assert doc["session"]["event"] == "Global Forum on Decent Work"
    assert doc["session"]["venue"] == "Lisbon, Portugal"
    assert doc["session"]["dates"] == "3-4 March 2027"
    assert "**recruitment fees**" in doc["session"]["background"]
    assert doc["points"][0]["text"] == ("How can employers verify that no worker paid a fee?")
    assert [(p["name"], p["may_be_named"]) for p in doc["participants"]] == [
        ("Ana Lima", True),
        ("Bao Tran", False),
        ("Chidi Okafor", True),
    ]
    # show leaves no trace next to the file
    assert sorted(p.name for p in inputs.iterdir()) == ["briefing.txt", "roster.csv", "s.breakout"]


def test_show_json_then_new_from_json_is_lossless(tmp_path: Path) -> None:
    assert breakout("demo", "demo.breakout", cwd=tmp_path).returncode == 0
    first = breakout("show", "demo.breakout", "--json", cwd=tmp_path)
    (tmp_path / "demo.json").write_text(first.stdout, encoding="utf-8")
    made = breakout("new", "copy.breakout", "--from-json", "demo.json", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    second = breakout("show", "copy.breakout", "--json", cwd=tmp_path)
    assert second.stdout == first.stdout


def test_demo_session_is_believable(tmp_path: Path) -> None:
    assert breakout("demo", "demo.breakout", cwd=tmp_path).returncode == 0
    doc = json.loads(breakout("show", "demo.breakout", "--json", cwd=tmp_path).stdout)
    groups = {p["stakeholder_group"] for p in doc["participants"]}
    assert len(doc["participants"]) >= 18 and len(groups) >= 5
    assert len({p["region"] for p in doc["participants"]}) >= 5
    assert len(doc["points"]) == 6
    assert len(doc["contributions"]) >= 80
    active = [r for r in doc["recommendations"] if r["status"] == "active"]
    assert len(active) >= 25
    assert 5 <= len(doc["clusters"]) <= 8
    assert all(r["cluster"] is not None for r in active)
    (rnd,) = doc["rounds"]
    assert rnd["state"] == "closed" and len(rnd["ballots"]) >= 15
    summary = breakout("show", "demo.breakout", cwd=tmp_path)
    assert "Partnerships between civil society" in summary.stdout


def _newer_session(folder: Path) -> Path:
    assert breakout("new", "newer.breakout", cwd=folder).returncode == 0
    path = folder / "newer.breakout"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    return path


BAD_INVOCATIONS: list[tuple[list[str], str]] = [
    (["new", "exists.breakout"], "already exists"),
    (["new", "x.breakout", "--briefing", "missing.txt"], "missing.txt"),
    (["new", "x.breakout", "--briefing", "nopoints.txt"], "no discussion points"),
    (["new", "x.breakout", "--roster", "bad.csv"], "line 3"),
    (["new", "x.breakout", "--briefing", "briefing.txt", "--roster", "bad.csv"], "line 3"),
    (["new", "x.breakout", "--from-json", "bad.json"], "not valid JSON"),
    (
        ["new", "x.breakout", "--from-json", "briefing.txt", "--roster", "roster.csv"],
        "don't combine",
    ),
    (["new", "nofolder/x.breakout"], "does not exist"),
    (["show", "notes.txt", "--json"], "not a Breakout session"),
    (["show", "missing.breakout", "--json"], "does not exist"),
    (["show", "newer.breakout", "--json"], "newer version of Breakout"),
    (["open", "notes.txt"], "not a Breakout session"),
    (["open", "newer.breakout"], "newer version of Breakout"),
    (["demo", "exists.breakout"], "already exists"),
    (["frobnicate"], "invalid choice"),
    (["new"], "required"),
]


@pytest.mark.parametrize(
    ("args", "fragment"), BAD_INVOCATIONS, ids=[" ".join(a) for a, _ in BAD_INVOCATIONS]
)
def test_bad_input_gets_one_clear_line_and_changes_nothing(
    inputs: Path, args: list[str], fragment: str
) -> None:
    (inputs / "exists.breakout").write_text("not mine to overwrite")
    (inputs / "nopoints.txt").write_text("A title\n\nBackground\n\nSome text only.\n")
    (inputs / "bad.csv").write_text("name,may_be_named\nAna,yes\n,no\nBen,perhaps\n")
    (inputs / "bad.json").write_text('{"session": ')
    (inputs / "notes.txt").write_text("just notes\n" * 20)
    _newer_session(inputs)
    before = files_in(inputs)
    result = breakout(*args, cwd=inputs)
    assert_clean_error(result, fragment)
    assert files_in(inputs) == before
