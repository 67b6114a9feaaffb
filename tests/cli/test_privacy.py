"""Privacy of every export, attacked on a session made from a briefing and a roster.

The session of ``tests/data/real_session`` (40 people with accents, Arabic and
Chinese names, mixed consent, nobody's consent for a walk-in), with its
captures and more of our own (``privacy_captures.json``): people named inside
other people's words in other cases, accents and by title, roster
organisations, ordinary words that are also names, private contributions and
the facilitator's notes; speaking turns, check-ins, a named and a secret round
and voting codes. Everything goes through the command line as a user would,
then every output is read back (the PDF with pdftotext, every part of the
Word document) and attacked:

* every anonymous output is scanned for every roster name, name part and
  organisation in any case or accent form, for notes, private text and
  voting codes;
* every named output for the names of people who did not agree, and codes;
* the anonymous JSON is joined against the roster and the named JSON, as
  someone would to put names back on contributions.
"""

from __future__ import annotations

import copy
import csv
import json
import re
import subprocess
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from breakout.interchange import check_document
from breakout.redaction.view import FIELD_RULES, undecided_fields
from breakout.session import Session
from tests.cli.test_cli import assert_clean_error, breakout
from tests.helpers import files_in, need_poppler
from tests.unit.report.docxtext import part_texts

DATA = Path(__file__).parent.parent / "data" / "real_session"
START = 1_900_000_000.0
FACILITATOR, RAPPORTEUR = "Hélène Dubois", "Tendai Moyo"
WALK_IN = "Walk-in Wanjiku Kamau"
NOTES = ("facilitator note one", "facilitator note three")
PRIVATE = ("Off the record", "Unattributed and private")
pytestmark = pytest.mark.slow


def fold(text: str) -> str:
    """Text as an attacker compares it: no case, no accents, no line breaks."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("-\n", ""))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def has_word(haystack: str, needle: str) -> bool:
    """Whether ``needle`` stands in ``haystack`` (both folded) as whole words."""
    words = r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", fold(needle)))
    if any(0x2E80 <= ord(ch) <= 0x9FFF for ch in needle):  # no spaces: anywhere
        return fold(needle) in haystack
    return re.search(rf"(?<!\w){words}(?!\w)", haystack) is not None


def roster() -> list[dict[str, str]]:
    with (DATA / "roster.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def agreed(row: dict[str, str]) -> bool:
    return row["May be named"].strip().lower() == "yes"


def _json(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _captures() -> tuple[list[list[Any]], dict[str, str]]:
    shared = json.loads((DATA / "captures.json").read_text(encoding="utf-8"))["captures"]
    ours = json.loads((DATA / "privacy_captures.json").read_text(encoding="utf-8"))
    return [[*c, False] for c in shared] + ours["captures"], ours["notes"]


def _session_doc(prepared: dict[str, Any]) -> dict[str, Any]:
    """The prepared session after the breakout: turns, captures, check-ins, notes."""
    doc = copy.deepcopy(prepared)
    doc["session"]["facilitator"] = FACILITATOR
    doc["session"]["rapporteur"] = RAPPORTEUR
    captures, notes = _captures()
    people = {p["name"]: p["id"] for p in doc["participants"]}
    for n, person in enumerate(doc["participants"][:30]):
        person["checked_in_at"] = START - 900 + 11 * n
    points = [p["id"] for p in doc["points"]]
    for number, text in notes.items():
        doc["points"][int(number) - 1]["notes"] = text
    contributions: list[dict[str, object]] = []
    turns: list[dict[str, object]] = []
    for index, point_id in enumerate(points):
        begin = START + 1200 * index
        doc["points"][index]["runs"] = [{"started_at": begin, "ended_at": begin + 1100}]
        here = [c for c in captures if c[0] == index + 1]
        for k, (_, who, kind, text, private) in enumerate(here):
            if who and who not in people:  # a walk-in, added on the fly
                people[who] = max(people.values()) + 1
                doc["participants"].append({"id": people[who], "name": who})
            said = begin + 100 + 90 * k
            contributions.append(
                {
                    "id": len(contributions) + 1,
                    "point": point_id,
                    "participant": people[who] if who else None,
                    "kind": kind,
                    "text": text,
                    "private": private,
                    "created_at": said,
                }
            )
            if who:
                turns.append(
                    {
                        "id": len(turns) + 1,
                        "point": point_id,
                        "participant": people[who],
                        "requested_at": said - 150,
                        "started_at": said - 60,
                        "ended_at": said + 10,
                    }
                )
    doc["contributions"] = contributions
    doc["turns"] = turns
    return doc


def _with_rounds(doc: dict[str, Any]) -> dict[str, Any]:
    """A named approval round and a secret dot round on the board's first proposals."""
    doc = copy.deepcopy(doc)
    recs = doc["recommendations"][:6]
    people = [p["id"] for p in doc["participants"]]
    rounds = []
    for number, (method, secret) in enumerate((("approval", False), ("dots", True)), 1):
        items = [
            {"id": 10 * number + k, "label": r["text"], "recommendation": r["id"]}
            for k, r in enumerate(recs)
        ]
        voters = people[:25] if method == "approval" else people[5:35]
        ballots = [
            {
                "participant": None if secret else v,
                "entries": [
                    {"item": items[(v + k) % len(items)]["id"], "value": 1} for k in (0, 1)
                ],
            }
            for v in voters
        ]
        rounds.append(
            {
                "id": number,
                "title": f"Round {number}: which asks go to the ministers?",
                "method": method,
                "secret": secret,
                "state": "closed",
                "opened_at": START + 9800 + 1000 * number,
                "closed_at": START + 10300 + 1000 * number,
                "settings": {"budget": 2, "per_item_cap": 1} if method == "dots" else {},
                "items": items,
                "ballots": ballots,
                "voters": voters,
            }
        )
    doc["rounds"] = rounds
    return doc


def _pdf_text(path: Path) -> str:
    need_poppler()
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def _export(session: Path, out: Path, *extra: str) -> dict[str, str]:
    """Every format, written by the command line; their texts by name."""
    out.mkdir()
    result = breakout(
        "export",
        session,
        "--pdf",
        out / "report.pdf",
        "--docx",
        out / "report.docx",
        "--markdown",
        out / "report.md",
        "--json",
        out / "report.json",
        "--csv",
        out / "csv",
        *extra,
    )
    assert result.returncode == 0, result.stderr
    texts = {
        "pdf": _pdf_text(out / "report.pdf"),
        **{f"docx {part}": text for part, text in part_texts(out / "report.docx").items()},
        "markdown": (out / "report.md").read_text(encoding="utf-8"),
        "json": (out / "report.json").read_text(encoding="utf-8"),
    }
    for path in sorted((out / "csv").iterdir()):
        texts[path.name] = path.read_text(encoding="utf-8-sig")
    return texts


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("privacy")
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
    (folder / "captured.json").write_text(json.dumps(_session_doc(prepared)), encoding="utf-8")
    made = breakout("new", folder / "captured.breakout", "--from-json", folder / "captured.json")
    assert made.returncode == 0, made.stderr
    captured = _json(breakout("show", folder / "captured.breakout", "--json"))
    (folder / "voted.json").write_text(json.dumps(_with_rounds(captured)), encoding="utf-8")
    session = folder / "voted.breakout"
    made = breakout("new", session, "--from-json", folder / "voted.json")
    assert made.returncode == 0, made.stderr
    with Session.open(session) as opened:
        opened.people.issue_voting_codes()
    full = _json(breakout("show", session, "--json"))
    return {
        "folder": folder,
        "session": session,
        "full": full,
        "named": _export(session, folder / "named"),
        "notes": _export(session, folder / "notes", "--include-notes"),
        "anonymous": _export(session, folder / "anonymous", "--anonymous"),
    }


def _scan(texts: dict[str, str], needles: Iterable[str]) -> list[str]:
    """Every needle found, as "needle in format"."""
    found = []
    for where, text in texts.items():
        haystack = fold(text)
        found += [f"{n!r} in {where}" for n in needles if has_word(haystack, n)]
    return found


def _parts(name: str) -> set[str]:
    particles = {"al", "el", "de", "del", "thi", "van", "bin"}
    return {p for p in re.split(r"[\s\-]+", name) if len(p) >= 2 and fold(p) not in particles}


#: Name parts that stand in these outputs as ordinary words, each for a reason
#: the rapporteur's own text gives: "The Lima Declaration", "we must sow trust",
#: "petit à petit", and the "in" of the walk-in's made-up name.
ORDINARY_HERE = {"Lima", "Sow", "Petit", "in"}


def test_the_anonymous_outputs_name_no_one_and_no_organisation(run: dict[str, Any]) -> None:
    texts = run["anonymous"]
    people = roster()
    names = [r["Name"] for r in people] + [WALK_IN, FACILITATOR, RAPPORTEUR]
    assert _scan(texts, names) == []
    parts = {p for n in names for p in _parts(n)} - ORDINARY_HERE
    assert _scan(texts, sorted(parts)) == []
    assert _scan(texts, ["Li", "Wei", "Wang", "Fang"]) == []  # 李伟 and 王芳 in pinyin
    organisations = sorted({r["Organisation"] for r in people})
    assert _scan(texts, organisations) == []
    markdown = texts["markdown"]
    # Counts of people per group: none under three (merged into "Smaller groups").
    for label in ("Stakeholder groups", "Gender", "Regions"):
        row = next(line for line in markdown.splitlines() if line.startswith(f"| {label} |"))
        counts = [int(n) for n in re.findall(r" (\d+)(?:,| \|)", row)]
        assert counts and min(counts) >= 3, row
    # What was said stays, with the names out and the ordinary words in.
    assert "As \\[name withheld\\] said, the contracts that lasted" in markdown
    assert "\\[name withheld\\] agrees: Lagos publishes every contract." in markdown
    assert "as \\[name withheld\\] said, committees need a vote" in markdown
    assert "The Lima Declaration already asks" in markdown
    assert "we must sow trust" in markdown
    assert "Petit à petit, \\[name withheld\\] et moi" in markdown
    assert "\\[organisation withheld\\] members offered to audit" in markdown
    assert "\\[name withheld\\]的研究表明" in markdown


def test_no_export_carries_notes_private_text_or_voting_codes(run: dict[str, Any]) -> None:
    codes = [p["voting_code"] for p in run["full"]["participants"] if p["voting_code"]]
    assert len(codes) == 41
    for variant in ("named", "anonymous"):
        texts = run[variant]
        assert _scan(texts, NOTES) == [], variant
        assert _scan(texts, PRIVATE) == [], variant
        for code in codes:
            assert not any(code in text for text in texts.values()), f"{code} in {variant}"
    # The full copy keeps them all, as the schema says.
    full = json.dumps(run["full"], ensure_ascii=False)
    assert all(note in full for note in NOTES) and all(text in full for text in PRIVATE)
    assert all(code in full for code in codes)
    private = [c for c in run["full"]["contributions"] if c["private"]]
    assert len(private) == 2


def test_named_outputs_never_name_those_who_did_not_agree(run: dict[str, Any]) -> None:
    people = roster()
    unnamed = [r["Name"] for r in people if not agreed(r)] + [WALK_IN]
    shared = {p for r in people if agreed(r) for p in _parts(r["Name"])}
    parts = {p for n in unnamed for p in _parts(n)} - shared - ORDINARY_HERE
    for variant in ("named", "notes"):
        texts = run[variant]
        assert _scan(texts, unnamed) == [], variant
        assert _scan(texts, sorted(parts)) == [], variant
        assert _scan(texts, ["Wang", "Fang"]) == [], variant  # 王芳 did not agree
        markdown = texts["markdown"]
        # Those who agreed are still named, in any form the rapporteur typed.
        assert "As Li said" in markdown and "OKONKWO agrees" in markdown
        assert "Omar Haddad knows the banks" in markdown
        assert "\\[name withheld\\] is right that arrears" in markdown
        assert "Como dijo \\[name withheld\\], los bancos" in markdown
        # An organisation right next to a withheld name goes with it.
        assert "\\[name withheld\\] of the \\[organisation withheld\\] says the fund" in markdown
    named_doc = json.loads(run["named"]["json"])
    by_name = {p["name"]: p for p in named_doc["participants"]}
    for name in unnamed:
        assert name not in by_name
    stand_ins = [p for p in named_doc["participants"] if p["name"].startswith("Participant ")]
    assert len(stand_ins) == len(unnamed)
    assert all(
        not any(p[k] for k in ("organisation", "stakeholder_group", "region", "gender"))
        for p in stand_ins
    )
    assert by_name["Ngozi Okonkwo"]["organisation"] == "Lagos Water Corporation"


def test_notes_go_only_into_a_named_report_that_asks_for_them(run: dict[str, Any]) -> None:
    texts = run["notes"]
    for where in ("pdf", "markdown", "json"):
        haystack = fold(texts[where])
        assert all(fold(note) in haystack for note in NOTES), where
    assert "ask \\[name withheld\\] first, then Ngozi Okonkwo" in texts["markdown"]
    assert _scan(texts, ["Rashid Mansour", "Farid Aliyev"]) == []


def test_notes_are_refused_for_an_anonymous_report_and_chatham_house_names_no_one(
    run: dict[str, Any], tmp_path: Path
) -> None:
    before = files_in(tmp_path)
    result = breakout(
        "export", run["session"], "--pdf", tmp_path / "r.pdf", "--anonymous", "--include-notes"
    )
    assert_clean_error(result, "notes go only into a named report")
    full = copy.deepcopy(run["full"])
    full["session"]["chatham_house"] = True
    (tmp_path / "ch.json").write_text(json.dumps(full), encoding="utf-8")
    made = breakout("new", tmp_path / "ch.breakout", "--from-json", tmp_path / "ch.json")
    assert made.returncode == 0, made.stderr
    before = files_in(tmp_path)
    result = breakout(
        "export", tmp_path / "ch.breakout", "--pdf", tmp_path / "r.pdf", "--include-notes"
    )
    assert_clean_error(result, "Chatham House Rule")
    assert files_in(tmp_path) == before
    # Without notes a Chatham House session exports, anonymous without being asked.
    texts = _export(tmp_path / "ch.breakout", tmp_path / "ch")
    assert json.loads(texts["json"])["anonymous"] is True
    people = roster()
    assert _scan(texts, [r["Name"] for r in people] + [WALK_IN, FACILITATOR]) == []
    assert _scan(texts, sorted({r["Organisation"] for r in people})) == []
    assert _scan(texts, NOTES + PRIVATE) == []


def _reidentify(
    doc: dict[str, Any], people: list[dict[str, str]], named: dict[str, Any] | None = None
) -> dict[int, set[str]]:
    """Who may have said each contribution, by joining what the document gives away.

    Each participant of ``doc`` is matched to the roster rows that agree with
    every attribute it still has (name, organisation, group, region, gender);
    a contribution goes to the participant it names, or to whoever held the
    floor when it was said — in ``doc``'s speaking turns, or in the named
    export's (whose speakers are named).
    """
    keys = {
        "name": "Name",
        "organisation": "Organisation",
        "stakeholder_group": "Stakeholder group",
        "region": "Region",
        "gender": "Gender",
    }

    def matching(person: dict[str, Any]) -> set[str]:
        return {
            row["Name"]
            for row in people
            if all(
                not person.get(k) or fold(str(person[k])) == fold(row[v])
                for k, v in keys.items()
                if not (k == "name" and str(person.get(k, "")).startswith("Participant "))
            )
        }

    candidates = {p["id"]: matching(p) for p in doc["participants"]}
    floors = [
        (t["started_at"], t["ended_at"], candidates.get(t["participant"], set()))
        for t in doc.get("turns", [])
        if t.get("started_at") is not None and t.get("ended_at") is not None
    ]
    if named is not None:
        names = {p["id"]: p["name"] for p in named["participants"]}
        floors += [
            (t["started_at"], t["ended_at"], {names[t["participant"]]})
            for t in named.get("turns", [])
            if t.get("started_at") is not None and t.get("ended_at") is not None
        ]
    found: dict[int, set[str]] = {}
    for item in doc["contributions"]:
        evidence: list[set[str]] = []
        if item.get("participant") is not None:
            evidence.append(candidates.get(item["participant"], set()))
        for start, end, who in floors:
            if start <= item["created_at"] <= end:
                evidence.append(who)
        if evidence:
            found[item["id"]] = set.intersection(*evidence)
    return found


def _attributed(found: dict[int, set[str]], truth: dict[int, str]) -> list[int]:
    """Contributions the join puts on exactly one person, and the right one."""
    return [cid for cid, who in found.items() if len(who) == 1 and truth.get(cid) in who]


def test_joining_the_anonymous_json_against_the_roster_attributes_nothing(
    run: dict[str, Any],
) -> None:
    full = run["full"]
    names = {p["id"]: p["name"] for p in full["participants"]}
    truth = {c["id"]: names[c["participant"]] for c in full["contributions"] if c["participant"]}
    people = [*roster(), {"Name": WALK_IN}]
    for row in people:
        for key in ("Organisation", "Stakeholder group", "Region", "Gender"):
            row.setdefault(key, "")
    # The join works: on the full copy it puts almost every contribution on its speaker.
    assert len(_attributed(_reidentify(full, people), truth)) >= 0.9 * len(truth)
    anonymous = json.loads(run["anonymous"]["json"])
    named = json.loads(run["named"]["json"])
    assert _attributed(_reidentify(anonymous, people), truth) == []
    assert _attributed(_reidentify(anonymous, people, named), truth) == []
    # Nor does the named JSON give away anyone who did not agree to be named.
    unnamed = {r["Name"] for r in people if r["Name"] == WALK_IN or not agreed(r)}
    theirs = {cid for cid, who in truth.items() if who in unnamed}
    assert theirs, "people who did not agree spoke"
    leaked = set(_attributed(_reidentify(named, people), truth)) & theirs
    assert leaked == set()


def test_the_anonymous_json_is_a_valid_session_with_only_aggregates(
    run: dict[str, Any], tmp_path: Path
) -> None:
    doc = json.loads(run["anonymous"]["json"])
    check_document(doc)
    assert doc["anonymous"] is True
    assert doc["turns"] == []
    people = doc["participants"]
    assert [p["id"] for p in people] == list(range(1, len(people) + 1))
    assert {p["checked_in_at"] for p in people} <= {
        None,
        min(p["checked_in_at"] for p in people if p["checked_in_at"]),
    }
    starts = {p["id"]: p["runs"][0]["started_at"] for p in doc["points"]}
    assert all(c["created_at"] == starts[c["point"]] for c in doc["contributions"])
    assert all(c["participant"] is None for c in doc["contributions"])
    named = {p["dimension"]: p for p in json.loads(run["named"]["json"])["participation"]}
    for part in doc["participation"]:
        assert all(group["people"] >= 3 for group in part["groups"]), part["dimension"]
        same = named[part["dimension"]]["groups"]
        assert any(group["people"] < 3 for group in same)  # small groups merged, not lost
        for key in ("people", "turns"):
            assert sum(g[key] for g in part["groups"]) == sum(g[key] for g in same)
    for variant in ("anonymous", "named", "notes"):  # every export imports again
        path = tmp_path / f"{variant}.json"
        path.write_text(run[variant]["json"], encoding="utf-8")
        check_document(json.loads(run[variant]["json"]))
        made = breakout("new", tmp_path / f"{variant}.breakout", "--from-json", path)
        assert made.returncode == 0, made.stderr


def test_every_field_of_the_interchange_has_a_privacy_rule(run: dict[str, Any]) -> None:
    full = run["full"]
    assert undecided_fields(full) == []
    grown = copy.deepcopy(full)
    grown["contributions"][0]["mood"] = "angry"
    grown["rounds"][0]["ballots"][0]["cast_at"] = START
    assert undecided_fields(grown) == ["contributions[].mood", "rounds[].ballots[].cast_at"]
    assert "mood" not in FIELD_RULES["contributions"][0]
