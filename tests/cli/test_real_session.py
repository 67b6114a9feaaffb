"""A whole session made by hand, start to finish, through the command line.

Not the demo: a briefing and a roster written for these tests
(``tests/data/real_session``), eight points of which one is over 400
characters, names with accents and in Arabic and Chinese script, a walk-in
nobody put on the roster, and nobody checked in. What the rapporteur captured
goes in through the interchange JSON, as a script or another tool would; then
grouping, a dot round and every export.
"""

from __future__ import annotations

import copy
import csv
import json
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from breakout.session import Session
from tests.cli.test_cli import breakout
from tests.helpers import need_poppler

DATA = Path(__file__).parent.parent / "data" / "real_session"
pytestmark = pytest.mark.slow


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _roster_names() -> list[str]:
    with (DATA / "roster.csv").open(encoding="utf-8") as f:
        return [row["Name"] for row in csv.DictReader(f)]


def _json(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _captured(doc: dict[str, Any]) -> dict[str, Any]:
    """The document after the session: the walk-in, the clock runs, the captures."""
    doc = copy.deepcopy(doc)
    captures = json.loads((DATA / "captures.json").read_text(encoding="utf-8"))["captures"]
    people = {p["name"]: p["id"] for p in doc["participants"]}
    points = [p["id"] for p in doc["points"]]
    start = 1_900_000_000.0
    contributions = []
    for n, (point, who, kind, text) in enumerate(captures, 1):
        if who and who not in people:  # a walk-in, added on the fly
            people[who] = max(people.values()) + 1
            doc["participants"].append({"id": people[who], "name": who})
        contributions.append(
            {
                "id": n,
                "point": points[point - 1],
                "participant": people[who] if who else None,
                "kind": kind,
                "text": text,
                "created_at": start + 60 * n,
            }
        )
    doc["contributions"] = contributions
    for n, point in enumerate(doc["points"]):
        point["runs"] = [
            {"started_at": start + 600 * n, "ended_at": start + 600 * n + 540 + 120 * (n == 2)}
        ]
    return doc


@pytest.fixture(scope="module")
def finished(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run the session once through the CLI; the tests below read what it wrote."""
    folder = tmp_path_factory.mktemp("real")
    made = breakout(
        "new",
        folder / "prepared.breakout",
        "--briefing",
        DATA / "briefing.md",
        "--roster",
        DATA / "roster.csv",
    )
    assert made.returncode == 0, made.stderr
    prepared = _json(breakout("show", folder / "prepared.breakout", "--json"))

    (folder / "captured.json").write_text(json.dumps(_captured(prepared)), encoding="utf-8")
    made = breakout("new", folder / "captured.breakout", "--from-json", folder / "captured.json")
    assert made.returncode == 0, made.stderr
    captured = _json(breakout("show", folder / "captured.breakout", "--json"))
    groups = _json(breakout("cluster", folder / "captured.breakout", "--json"))

    # The facilitator accepts the suggestions as groups, words each, and runs
    # a secret dot round on them with ballots from 30 of the 41 people.
    voted = copy.deepcopy(captured)
    by_text = {r["text"]: r["id"] for r in voted["recommendations"]}
    voted["clusters"] = []
    for n, group in enumerate(groups["clusters"], 1):
        voted["clusters"].append(
            {"id": n, "label": group["label"], "wording": group["items"][0], "accepted": True}
        )
        for text in group["items"]:
            rec = next(r for r in voted["recommendations"] if r["id"] == by_text[text])
            rec["cluster"] = n
    items = [{"id": c["id"], "label": c["label"], "cluster": c["id"]} for c in voted["clusters"]]
    voters = [p["id"] for p in voted["participants"]][:30]
    ballots = [
        {"entries": [{"item": items[(v + k) % len(items)]["id"], "value": 1} for k in range(3)]}
        for v in range(30)
    ]
    voted["rounds"] = [
        {
            "id": 1,
            "title": "Which asks go to the ministers?",
            "method": "dots",
            "secret": True,
            "state": "closed",
            "opened_at": 1_900_006_000.0,
            "closed_at": 1_900_006_600.0,
            "settings": {"budget": 3, "per_item_cap": 1},
            "items": items,
            "ballots": ballots,
            "voters": voters,
        }
    ]
    (folder / "voted.json").write_text(json.dumps(voted), encoding="utf-8")
    made = breakout("new", folder / "voted.breakout", "--from-json", folder / "voted.json")
    assert made.returncode == 0, made.stderr

    outputs: dict[str, Any] = {"folder": folder, "prepared": prepared, "captured": captured}
    outputs["groups"] = groups
    for variant, extra in (("named", ()), ("anonymous", ("--anonymous",))):
        out = folder / variant
        out.mkdir()
        result = breakout(
            "export",
            folder / "voted.breakout",
            "--pdf",
            out / "report.pdf",
            "--markdown",
            out / "report.md",
            "--json",
            out / "report.json",
            "--csv",
            out / "csv",
            *extra,
        )
        assert result.returncode == 0, result.stderr
        outputs[variant] = out
    return outputs


def test_the_briefing_and_roster_become_the_agenda_and_the_room(finished: dict[str, Any]) -> None:
    prepared = finished["prepared"]
    briefing = (DATA / "briefing.md").read_text(encoding="utf-8")
    assert len(prepared["points"]) == 8
    longest = max(prepared["points"], key=lambda p: len(p["text"]))
    assert len(longest["text"]) > 400
    assert _folded(longest["text"]) in _folded(briefing)
    assert any("如何让社区供水委员会" in p["text"] for p in prepared["points"])
    assert [p["name"] for p in prepared["participants"]].count("李伟") == 1
    assert len(prepared["participants"]) == 40
    assert not any(p["checked_in_at"] for p in prepared["participants"])  # nobody checked in


def test_every_captured_proposal_reaches_the_board_and_is_grouped(
    finished: dict[str, Any],
) -> None:
    captured = finished["captured"]
    proposals = {c["id"] for c in captured["contributions"] if c["kind"] == "proposal"}
    assert len(proposals) == 14
    sources = {s for r in captured["recommendations"] for s in r["contributions"]}
    assert sources == proposals
    grouped = [text for group in finished["groups"]["clusters"] for text in group["items"]]
    assert len(grouped) == len(proposals)  # every candidate is placed in a suggestion
    assert len(finished["groups"]["clusters"]) >= 2


def _pdf_text(path: Path) -> str:
    need_poppler()
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def test_the_named_report_prints_every_point_whole(finished: dict[str, Any]) -> None:
    text = _folded(_pdf_text(finished["named"] / "report.pdf").replace("-\n", ""))
    for point in finished["prepared"]["points"]:
        words = _folded(point["text"]).split()
        if all(ord(ch) < 0x0600 for ch in point["text"]):  # Latin: pdftotext reads it whole
            assert " ".join(words[-8:]) in text, point["text"][:60]
    assert "which asks go to the ministers?" in text
    markdown = (finished["named"] / "report.md").read_text(encoding="utf-8")
    # Nobody checked in: the roster (and the walk-in) stands for the room, everywhere.
    assert "| Participants | 41 people on the roster (nobody was checked in) |" in markdown
    assert markdown.count("| Turnout | 30 of 41 (73%) |") >= 1
    for point in finished["prepared"]["points"]:
        assert point["text"] in markdown


def test_the_anonymous_outputs_name_nobody_in_any_case_or_accent(
    finished: dict[str, Any],
) -> None:
    out = finished["anonymous"]
    texts = {
        "pdf": _pdf_text(out / "report.pdf"),
        "markdown": (out / "report.md").read_text(encoding="utf-8"),
        "json": (out / "report.json").read_text(encoding="utf-8"),
    }
    for csv_file in sorted((out / "csv").iterdir()):
        texts[csv_file.name] = csv_file.read_text(encoding="utf-8")
    names = [*_roster_names(), "Walk-in Wanjiku Kamau"]
    for where, text in texts.items():
        haystack = _folded(text)
        for name in names:
            assert _folded(name) not in haystack, f"{name} in the anonymous {where}"


def test_no_export_carries_a_voting_code(tmp_path: Path) -> None:
    made = breakout(
        "new",
        tmp_path / "s.breakout",
        "--briefing",
        DATA / "briefing.md",
        "--roster",
        DATA / "roster.csv",
    )
    assert made.returncode == 0, made.stderr
    with Session.open(tmp_path / "s.breakout") as session:
        session.people.issue_voting_codes()
        people = session.people.participants()
        codes = [p.voting_code for p in people if p.voting_code]
    assert len(codes) == len(people)  # everyone has a code
    full = breakout("show", tmp_path / "s.breakout", "--json")
    assert all(code in full.stdout for code in codes)  # the full copy keeps them
    for variant in ((), ("--anonymous",)):
        out = tmp_path / ("anonymous" if variant else "named")
        out.mkdir()
        result = breakout(
            "export",
            tmp_path / "s.breakout",
            "--pdf",
            out / "r.pdf",
            "--json",
            out / "r.json",
            "--markdown",
            out / "r.md",
            "--csv",
            out / "csv",
            *variant,
        )
        assert result.returncode == 0, result.stderr
        texts = (
            [_pdf_text(out / "r.pdf")]
            + [f.read_text(encoding="utf-8") for f in (out / "r.json", out / "r.md")]
            + [f.read_text(encoding="utf-8") for f in sorted((out / "csv").iterdir())]
        )
        for code in codes:
            assert not any(code in text for text in texts), f"{code} in {out.name}"
