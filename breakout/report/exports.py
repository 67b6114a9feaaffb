"""The open exports: CSV, Markdown and JSON, and :func:`export_all` for the command line.

CSV and Markdown are written from the same :class:`ReportContent` as the PDF,
so they name exactly whom the PDF names (nobody, when anonymous).

* **CSV** — ``contributions.csv``, ``recommendations.csv`` and
  ``participants.csv`` in one folder; UTF-8 with a byte-order mark so that
  spreadsheets read accents and other scripts correctly; a cell that a
  spreadsheet would run as a formula (starting ``=``, ``+``, ``-`` or ``@``)
  gets a leading apostrophe. In an anonymous export the contributions have no
  speaker, organisation or time columns and ``participants.csv`` has its
  header only.
* **Markdown** — the report's text, for editing.
* **JSON** — the interchange format (:func:`breakout.interchange.export_session`)
  as an export may show it (:func:`disclose_document`): every field goes
  through its rule in :data:`FIELD_RULES`, under the same
  :class:`~breakout.redaction.Disclosure` as the report, and a field without
  a rule never leaves (a test fails when the interchange gains one). It stays
  a valid interchange document that ``breakout new --from-json`` accepts.

  - Anyone the export may not name — nobody in an anonymous export, those who
    did not agree in a named one — is "Participant N" and nothing more: no
    organisation, stakeholder group, region, gender or check-in time of their
    own, a number that follows neither the roster nor their attributes, and
    nothing points to them: their speaking turns are left out, and their
    contributions, proposals and ballots have ``participant: null``, with the
    point's start as the time they were said. Who voted (``voters``, not how)
    is kept under the new numbers.
  - Participation is published as aggregates only, the report's own figures
    (``participation``: people, turns and speaking time per stakeholder
    group, region and gender); when anonymous, groups of fewer than three
    people are merged, as in the report. Results keep support by stakeholder
    group, which already hides groups of fewer than three voters.
  - Every free text goes through the export's redactor (names, and when
    anonymous the roster's organisations); the facilitator and rapporteur are
    blank when anonymous; the facilitator's notes are empty unless a named
    export includes them; voting codes are null; private contributions, and
    board items that come only from them, are left out.
  - An anonymous document says ``"anonymous": true``.
"""

from __future__ import annotations

import copy
import csv
import io
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from breakout.errors import BreakoutError
from breakout.redaction import Disclosure, Person
from breakout.report.content import (
    SECTION_TITLES,
    ContributionLine,
    Participation,
    RankedItem,
    ReportContent,
    build_content,
    check_sections,
    duration,
    plural,
    session_disclosure,
)
from breakout.report.files import check_target, write_files
from breakout.session import Session

CSV_FILES = ("contributions.csv", "recommendations.csv", "participants.csv")


# -- CSV ----------------------------------------------------------------------------------


def csv_files(content: ReportContent) -> dict[str, bytes]:
    """The three CSV files, by name, as UTF-8 with a byte-order mark."""
    if content.appendix is None or content.recommendations is None:
        raise BreakoutError("the CSV export needs the appendix and the recommendations")
    return {
        "contributions.csv": _csv(*_contribution_rows(content)),
        "recommendations.csv": _csv(*_recommendation_rows(content)),
        "participants.csv": _csv(*_participant_rows(content)),
    }


def _contribution_rows(content: ReportContent) -> tuple[list[str], list[list[Any]]]:
    points = {row.number: row.text for row in content.agenda.rows} if content.agenda else {}
    named = not content.anonymous  # anonymous: no speaker, and no time finer than the point
    header = ["number", *(["time"] if named else []), "point", "point_text", "kind", "text"]
    if named:
        header += ["speaker", "organisation"]
    rows = []
    for line in content.appendix or ():
        row: list[Any] = [line.number, *([line.time] if named else [])]
        row += [line.point_number, points.get(line.point_number, ""), line.kind, line.text]
        if named:
            row += [line.speaker, line.affiliation]
        rows.append(row)
    return header, rows


def _recommendation_rows(content: ReportContent) -> tuple[list[str], list[list[Any]]]:
    recs = content.recommendations
    assert recs is not None
    items = [*recs.ranked, *recs.others]
    groups: list[str] = []
    for item in items:
        for cell in item.support:
            if cell.group not in groups:
                groups.append(cell.group)
    header = ["rank", "recommendation", "wording", "result", "score", "blocks"]
    header += [f"support: {g}" for g in groups]
    header += ["proposals"]
    rows = []
    for item in items:
        support = {cell.group: cell.text for cell in item.support}
        row: list[Any] = [
            "" if item.rank is None else item.rank,
            item.title,
            item.wording,
            item.result,
            "" if item.score is None else _number(item.score),
            item.blocks,
        ]
        row += [support.get(g, "") for g in groups]
        row.append("\n".join(_proposal_text(p.text, p.speaker) for p in item.proposals))
        rows.append(row)
    return header, rows


def _participant_rows(content: ReportContent) -> tuple[list[str], list[list[Any]]]:
    header = ["name", "organisation", "stakeholder_group", "region"]
    people = content.participants
    rows = [
        [p.name, p.organisation, p.stakeholder_group, p.region]
        for p in (people.rows if people is not None and not content.anonymous else ())
    ]
    return header, rows


def _proposal_text(text: str, speaker: str) -> str:
    return f"{text} ({speaker})" if speaker else text


def _number(value: float) -> str:
    return f"{value:.0f}" if abs(value - round(value)) < 1e-9 else f"{value:.2f}"


def _csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return out.getvalue().encode("utf-8-sig")


def _cell(value: Any) -> Any:
    """Keep spreadsheets from running a cell as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


# -- Markdown ------------------------------------------------------------------------------


def markdown(content: ReportContent) -> str:
    """The report's text as Markdown (the sections the content holds)."""
    md: list[str] = []
    cover = content.cover
    md.append(f"# {_inline(content.title)}")
    md.append("")
    if cover is not None:
        for line in (cover.event, " · ".join(x for x in (cover.venue, cover.dates) if x)):
            if line:
                md.append(f"**{_inline(line)}**  ")
        people = [
            f"{label}: {_inline(value)}"
            for label, value in (
                ("Facilitator", cover.facilitator),
                ("Rapporteur", cover.rapporteur),
            )
            if value
        ]
        if people:
            md.append(" · ".join(people) + "  ")
        md.append(f"Report written {cover.generated}")
        md.append("")
        if cover.notice:
            md.append(f"> {_inline(cover.notice)}")
            md.append("")
        if cover.background:
            md += ["## Background", "", cover.background.strip(), ""]
    elif content.anonymous:
        md += ["> Anonymous report: it names no one.", ""]
    if content.summary is not None:
        md += [f"## {SECTION_TITLES['summary']}", ""]
        md += _md_table(["", ""], [[f.label, f.value] for f in content.summary.facts])
    if content.agenda is not None:
        md += [f"## {SECTION_TITLES['agenda']}", ""]
        rows = [
            [str(r.number), r.text, r.planned, r.used, r.difference, str(r.contributions)]
            for r in content.agenda.rows
        ]
        rows.append(
            [
                "",
                "**Total**",
                content.agenda.planned,
                content.agenda.used,
                content.agenda.difference,
                "",
            ]
        )
        md += _md_table(["#", "Point", "Planned", "Used", "+/–", "Contributions"], rows)
    if content.recommendations is not None:
        md += _md_recommendations(content)
    if content.points is not None:
        md += [f"## {SECTION_TITLES['points']}", ""]
        for point in content.points:
            md += [f"### {point.number}. {_inline(point.text)}", ""]
            if point.notes:  # only when a named report was asked to include them
                md += [f"*Facilitator's notes: {_inline(point.notes)}*", ""]
            if not point.groups:
                md += ["Nothing was captured under this point.", ""]
            for group in point.groups:
                md += [f"#### {group.title} ({len(group.lines) + group.more})", ""]
                md += [f"- {_line(line)}" for line in group.lines]
                if group.more:
                    md.append(f"- … and {group.more} more in the appendix")
                md.append("")
    if content.participation is not None:
        md += [f"## {SECTION_TITLES['participation']}", ""]
        for part in content.participation:
            md += [f"### By {part.title.lower()}", ""]
            md += _md_table(
                [part.title, "People", "Turns", "Speaking", "Time %", "Turns %", "People %"],
                [
                    [
                        r.group,
                        str(r.present),
                        str(r.turns),
                        duration(r.seconds),
                        f"{_pct(r.time_share)}%",
                        f"{_pct(r.turn_share)}%",
                        f"{_pct(r.presence_share)}%",
                    ]
                    for r in part.rows
                ],
            )
            if part.note:
                md += [f"*{part.note}*", ""]
    if content.participants is not None and not content.anonymous:
        md += [f"## {SECTION_TITLES['participants']}", "", content.participants.note, ""]
        if content.participants.rows:
            md += _md_table(
                ["Name", "Organisation", "Stakeholder group", "Region"],
                [
                    [p.name, p.organisation, p.stakeholder_group, p.region]
                    for p in content.participants.rows
                ],
            )
    if content.appendix is not None:
        md += [f"## {SECTION_TITLES['appendix']}", ""]
        for entry in content.appendix:
            when = f"{entry.time} · " if entry.time else ""
            md.append(
                f"{entry.number}. {when}point {entry.point_number} · {entry.kind}: " + _line(entry)
            )
        md.append("")
    return "\n".join(md).rstrip() + "\n"


def _md_recommendations(content: ReportContent) -> list[str]:
    recs = content.recommendations
    assert recs is not None
    md = [f"## {SECTION_TITLES['recommendations']}", ""]
    if recs.voting is not None:
        v = recs.voting
        md += _md_table(
            ["", ""],
            [
                ["Final round", v.title or "—"],
                ["Method", v.method],
                ["Ballot", v.ballot],
                ["Turnout", v.turnout],
            ],
        )
        md += [f"*{_inline(v.explanation)}*", ""]
    md += [_inline(recs.note), ""]
    if not recs.ranked and not recs.others:
        md += ["No recommendations were recorded.", ""]
    for item in recs.ranked:
        md += _md_item(item, "###")
    if recs.others:
        title = "Not put to the vote" if recs.ranked else "Recommendations in board order"
        md += [f"### {title}", ""]
        for item in recs.others:
            md += _md_item(item, "####")
    return md


def _md_item(item: RankedItem, level: str) -> list[str]:
    prefix = f"{item.rank}. " if item.rank is not None else ""
    md = [f"{level} {prefix}{_inline(item.title)}", ""]
    if item.result:
        md += [f"**Result:** {_inline(item.result)}", ""]
    if item.wording and item.wording != item.title:
        md += [_inline(item.wording), ""]
    if item.blocks:
        md += [f"**Blocked by {plural(item.blocks, 'participant')}.**", ""]
    if item.support:
        md += _md_table(["Stakeholder group", "Support"], [[g.group, g.text] for g in item.support])
    if item.support_note:
        md += [f"*{_inline(item.support_note)}*", ""]
    if item.proposals:
        md += ["Proposals behind it:", ""]
        for prop in item.proposals:
            tail = ", ".join(
                x
                for x in (prop.speaker, f"point {prop.point_number}" if prop.point_number else "")
                if x
            )
            md.append(f"- {_inline(prop.text)}" + (f" — {_inline(tail)}" if tail else ""))
        md.append("")
    return md


def _line(line: ContributionLine) -> str:
    who = ", ".join(x for x in (line.speaker, line.affiliation) if x)
    return _inline(line.text) + (f" — {_inline(who)}" if who else "")


def _pct(share: float) -> int:
    from breakout.balance import percent

    return percent(share)


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|"})


def _inline(text: str) -> str:
    """User text on one line, with Markdown's special characters escaped."""
    return " ".join(text.split()).translate(_MD_SPECIAL)


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    def cells(values: Sequence[str]) -> str:
        return "| " + " | ".join(_inline(v) if not v.startswith("**") else v for v in values) + " |"

    out = [cells(header), "|" + "|".join(" --- " for _ in header) + "|"]
    out += [cells(row) for row in rows]
    return [*out, ""]


# -- JSON ---------------------------------------------------------------------------------

# How each field of the interchange leaves the app (:func:`disclose_document`).
KEEP = "keep"  # says nothing about who anyone is
TEXT = "text"  # free text: through the export's redactor
NOTES = "notes"  # the facilitator's notes: "" unless a named export includes them
STAFF = "staff"  # the facilitator or rapporteur: "" when anonymous
SELF = "self"  # a participant's own field: a stand-in for anyone not named
ID = "id"  # a participant's id: kept for the named, a new number for the others
VOTER = "voter"  # who voted (not how): the participant's id as above
WHO = "who"  # who said, proposed, spoke or voted what: null unless they may be named
WHEN = "when"  # when someone did it: the point's start unless they may be named
EDITED = "edited"  # when it was edited: null unless they may be named
NEVER = "never"  # voting codes: always null
PRIVATE = "private"  # a private row never leaves; the flag of the others is false
SOURCES = "sources"  # contribution ids: private ones dropped
REC = "rec"  # a recommendation id: null (its row dropped) when it comes only from private text

#: Every field of the interchange with its rule. A field missing here never
#: leaves the app (:func:`undecided_fields` lists them, and a test fails).
FIELD_RULES: dict[str, Any] = {
    "format": KEEP,
    "version": KEEP,
    "anonymous": KEEP,
    "participation": KEEP,  # aggregates from the report, small groups merged when anonymous
    "session": {
        "title": TEXT,
        "event": TEXT,
        "venue": TEXT,
        "dates": TEXT,
        "background": TEXT,
        "closing": TEXT,
        "facilitator": STAFF,
        "rapporteur": STAFF,
        "chatham_house": KEEP,
        "default_minutes": KEEP,
        "current_point": KEEP,
        "created_at": KEEP,
    },
    "points": [
        {
            "id": KEEP,
            "text": TEXT,
            "notes": NOTES,
            "minutes": KEEP,
            "ended_at": KEEP,
            "runs": [{"started_at": KEEP, "ended_at": KEEP}],
        }
    ],
    "participants": [
        {
            "id": ID,
            "name": SELF,
            "organisation": SELF,
            "stakeholder_group": SELF,
            "region": SELF,
            "gender": SELF,
            "may_be_named": SELF,
            "checked_in_at": SELF,
            "voting_code": NEVER,
        }
    ],
    "turns": [
        {
            "id": KEEP,
            "point": KEEP,
            "participant": WHO,
            "requested_at": KEEP,
            "started_at": KEEP,
            "ended_at": KEEP,
            "withdrawn_at": KEEP,
        }
    ],
    "contributions": [
        {
            "id": KEEP,
            "point": KEEP,
            "participant": WHO,
            "kind": KEEP,
            "text": TEXT,
            "private": PRIVATE,
            "created_at": WHEN,
            "updated_at": EDITED,
        }
    ],
    "clusters": [
        {
            "id": KEEP,
            "label": TEXT,
            "wording": TEXT,
            "origin": KEEP,
            "accepted": KEEP,
            "edited": KEEP,
        }
    ],
    "recommendations": [
        {
            "id": REC,
            "text": TEXT,
            "point": KEEP,
            "participant": WHO,
            "cluster": KEEP,
            "status": KEEP,
            "duplicate_of": REC,
            "created_at": WHEN,
            "contributions": SOURCES,
        }
    ],
    "rounds": [
        {
            "id": KEEP,
            "title": TEXT,
            "method": KEEP,
            "settings": KEEP,
            "secret": KEEP,
            "state": KEEP,
            "opened_at": KEEP,
            "closed_at": KEEP,
            "items": [{"id": KEEP, "label": TEXT, "cluster": KEEP, "recommendation": REC}],
            "ballots": [{"participant": WHO, "entries": [{"item": KEEP, "value": KEEP}]}],
            "voters": [VOTER],
            "tallies": [{"item": KEEP, "level": KEEP, "count": KEEP}],
            "results": {
                "ranking": [
                    {"item": KEEP, "label": TEXT, "rank": KEEP, "score": KEEP, "detail": KEEP}
                ],
                "ballots": KEEP,
                "eligible": KEEP,
                "turnout": KEEP,
                "explanation": TEXT,
                "order": TEXT,
                "blocked": [TEXT],
                "by_group": KEEP,  # support by group: groups under 3 voters already hidden
                "hidden_groups": KEEP,
            },
        }
    ],
}
#: Rows dropped whole: a speaking turn of someone not named says when they spoke.
_DROP_ROW_UNLESS_NAMED = ("turns",)


def undecided_fields(doc: Any, rules: Any = None, where: str = "") -> list[str]:
    """Fields of ``doc`` that :data:`FIELD_RULES` says nothing about ("rounds[].weight")."""
    rules = FIELD_RULES if rules is None else rules
    found: list[str] = []
    if isinstance(rules, dict) and isinstance(doc, dict):
        for key, value in doc.items():
            if key not in rules:
                found.append(f"{where}.{key}".lstrip("."))
            else:
                found += undecided_fields(value, rules[key], f"{where}.{key}")
    elif isinstance(rules, list) and isinstance(doc, list):
        for item in doc:
            found += undecided_fields(item, rules[0], f"{where}[]")
    return sorted(set(found))


def json_document(
    session: Session,
    *,
    anonymous: bool,
    include_notes: bool = False,
    content: ReportContent | None = None,
) -> dict[str, Any]:
    """The interchange document as an export: named or anonymous (module docstring).

    Anonymous when asked or under the Chatham House Rule. ``content`` (built
    with the same choice) gives the participation figures; read when absent.
    """
    from breakout.interchange import export_session

    disclosure = session_disclosure(session, anonymous=anonymous, include_notes=include_notes)
    if content is None or content.participation is None:
        content = build_content(session, anonymous=disclosure.anonymous, sections=["participation"])
    return disclose_document(export_session(session), disclosure, content.participation)


def document_disclosure(
    doc: Mapping[str, Any], *, anonymous: bool, include_notes: bool = False
) -> Disclosure:
    """The :class:`Disclosure` for an interchange document, as for its session."""
    info = doc.get("session", {})
    private = {c["id"] for c in doc.get("contributions", []) if c.get("private")}
    private_recs = {
        r["id"]
        for r in doc.get("recommendations", [])
        if r.get("contributions") and all(c in private for c in r["contributions"])
    }
    return Disclosure.build(
        [
            (p["id"], Person(p["name"], p.get("organisation", ""), bool(p.get("may_be_named"))))
            for p in doc.get("participants", [])
        ],
        staff=[info.get("facilitator", ""), info.get("rapporteur", "")],
        anonymous=anonymous,
        include_notes=include_notes,
        chatham_house=bool(info.get("chatham_house")),
        private=private,
        private_recommendations=private_recs,
    )


def anonymise_document(doc: Mapping[str, Any]) -> dict[str, Any]:
    """An interchange document with nobody named and nothing attributed."""
    return disclose_document(doc, document_disclosure(doc, anonymous=True))


def disclose_document(
    doc: Mapping[str, Any],
    disclosure: Disclosure,
    participation: Sequence[Participation] | None = None,
) -> dict[str, Any]:
    """The document as an export may show it: every field through :data:`FIELD_RULES`.

    Anyone the export may not name (everyone, when anonymous) becomes
    "Participant N" with nothing else: no organisation, group, region, gender
    or own check-in time, a number that says nothing, and nothing attributed
    to them — no speaking turn, contribution, proposal or ballot points to
    them, and what they said carries the point's start for its time. Private
    contributions and what comes only from them are left out. ``participation``
    (from the report) is added as aggregates.
    """
    writer = _Discloser(doc, disclosure)
    out = writer.walk(doc, FIELD_RULES, "")
    if "participants" in out:  # listed by their new numbers: the roster's order tells who
        out["participants"].sort(key=lambda p: p["id"])
    if disclosure.anonymous:
        out["anonymous"] = True
    if participation is not None:
        out["participation"] = [
            {
                "dimension": part.dimension,
                "basis": part.basis,
                "groups": [
                    {
                        "group": row.group,
                        "people": row.present,
                        "turns": row.turns,
                        "speaking_seconds": round(row.seconds, 1),
                    }
                    for row in part.rows
                ],
            }
            for part in participation
        ]
    return out


class _Discloser:
    """Applies :data:`FIELD_RULES` to one document."""

    def __init__(self, doc: Mapping[str, Any], disclosure: Disclosure) -> None:
        self.d = disclosure
        people = list(doc.get("participants", []))
        shown = sorted(p["id"] for p in people if disclosure.names(p["id"]))
        others = [p["id"] for p in people if not disclosure.names(p["id"])]
        # Their order must say nothing (not the roster's order): shuffled, then
        # sorted by the only things they still carry, presence and votes.
        secrets.SystemRandom().shuffle(others)
        voted = {pid: 0 for pid in others}
        for rnd in doc.get("rounds", []):
            for pid in rnd.get("voters", []):
                if pid in voted:
                    voted[pid] += 1
        present = {p["id"]: p.get("checked_in_at") is not None for p in people}
        others.sort(key=lambda pid: (not present[pid], -voted[pid]))
        first = max(shown, default=0) + 1
        self.ids = {pid: pid for pid in shown} | {pid: first + n for n, pid in enumerate(others)}
        times = [p["checked_in_at"] for p in people if p.get("checked_in_at") is not None]
        self.door = min(times) if times else None  # one check-in time for all not named
        self.starts: dict[Any, float] = {}
        for point in doc.get("points", []):
            runs = point.get("runs") or []
            if runs:
                self.starts[point["id"]] = min(r["started_at"] for r in runs)
        firsts: dict[Any, float] = {}  # a point that never ran starts at its first capture
        for item in doc.get("contributions", []):
            point = item.get("point")
            if point not in self.starts and "created_at" in item:
                firsts[point] = min(firsts.get(point, item["created_at"]), item["created_at"])
        self.starts |= firsts
        self.session_start = doc.get("session", {}).get("created_at", 0.0)

    def walk(self, value: Any, rule: Any, where: str, row: Mapping[str, Any] | None = None) -> Any:
        if isinstance(rule, dict):
            if not isinstance(value, dict):
                return value
            return {
                key: self.walk(item, rule[key], f"{where}.{key}", value)
                for key, item in value.items()
                if key in rule  # a field with no rule never leaves
            }
        if isinstance(rule, list):
            if not isinstance(value, list):
                return value
            out = []
            for item in value:
                if isinstance(item, dict) and self.dropped(where, item):
                    continue
                out.append(self.walk(item, rule[0], f"{where}[]", row))
            return out
        return self.leaf(rule, value, where, row or {})

    def dropped(self, where: str, row: Mapping[str, Any]) -> bool:
        if where == ".contributions":
            return bool(row.get("private"))
        if where == ".recommendations":
            return row.get("id") in self.d.private_recommendations
        if where.lstrip(".") in _DROP_ROW_UNLESS_NAMED:
            return not self.d.names(row.get("participant"))
        return False

    def leaf(self, rule: str, value: Any, where: str, row: Mapping[str, Any]) -> Any:
        field = where.rsplit(".", 1)[-1]
        if rule == KEEP:
            return copy.deepcopy(value)
        if rule == TEXT:
            return self.d.redact(value) if isinstance(value, str) else value
        if rule == NOTES:
            return self.d.redact(value) if self.d.include_notes else ""
        if rule == STAFF:
            return "" if self.d.anonymous else value
        if rule == NEVER:
            return None
        if rule == PRIVATE:
            return False
        if rule == SOURCES:
            return [c for c in value if c not in self.d.private]
        if rule == REC:
            return None if value in self.d.private_recommendations else value
        if rule in (ID, VOTER):
            return self.ids.get(value, value)
        if rule == WHO:
            return value if self.d.names(value) else None
        author = row.get("participant")
        if rule == WHEN:
            if self.d.names(author):
                return value
            return self.starts.get(row.get("point"), self.session_start)
        if rule == EDITED:
            return value if self.d.names(author) else None
        if rule == SELF:
            if self.d.names(row.get("id")):
                return value
            return {
                "name": f"Participant {self.ids.get(row.get('id'), 0)}",
                "may_be_named": False,
                "checked_in_at": None if value is None else self.door,
            }.get(field, "")
        raise AssertionError(f"no rule {rule!r} for {where}")


# -- everything at once (the command line) ---------------------------------------------------


def export_all(
    session: Session,
    *,
    pdf: Path | None = None,
    csv_dir: Path | None = None,
    markdown_path: Path | None = None,
    json_path: Path | None = None,
    anonymous: bool = False,
    sections: Iterable[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    include_notes: bool = False,
) -> list[Path]:
    """Write every export asked for, all or nothing; return the files written.

    Every target is checked before any work starts; every file is made in
    memory, then all are written next to their targets and moved into place
    together (see :mod:`breakout.report.files`).
    """
    if not any((pdf, csv_dir, markdown_path, json_path)):
        raise BreakoutError("choose at least one of --pdf, --csv, --markdown or --json")
    chosen = check_sections(sections)
    session_file = session.path.resolve()
    targets: list[Path] = [p for p in (pdf, markdown_path, json_path) if p is not None]
    if csv_dir is not None:
        targets += [csv_dir / name for name in CSV_FILES]
    seen: set[Path] = set()
    for target in targets:
        resolved = target.resolve()
        if resolved == session_file:
            raise BreakoutError(f"{target.name} is the session file; choose another name")
        if resolved in seen:
            raise BreakoutError(f"{target.name} is given twice; choose a name per export")
        seen.add(resolved)
    for single in (pdf, markdown_path, json_path):
        if single is not None:
            check_target(single)
    if csv_dir is not None:
        check_target(csv_dir, folder=True)

    content = build_content(session, anonymous=anonymous, include_notes=include_notes)
    files: list[tuple[Path, bytes]] = []
    if pdf is not None:
        from breakout.report import render_pdf_bytes

        files.append((pdf, render_pdf_bytes(content, chosen, progress=progress)))
    if markdown_path is not None:
        files.append((markdown_path, markdown(_only(content, chosen)).encode("utf-8")))
    if json_path is not None:
        from breakout.interchange import dumps

        doc = json_document(
            session, anonymous=content.anonymous, include_notes=include_notes, content=content
        )
        files.append((json_path, dumps(doc).encode("utf-8")))
    if csv_dir is not None:
        for name, data in csv_files(content).items():
            files.append((csv_dir / name, data))
    write_files(files, make_folders=[csv_dir] if csv_dir is not None else [])
    return [path for path, _ in files]


def _only(content: ReportContent, sections: Sequence[str]) -> ReportContent:
    """The content with only some sections (the others set to None)."""
    import dataclasses

    if tuple(sections) == content.sections:
        return content
    dropped: dict[str, Any] = {name: None for name in content.sections if name not in sections}
    return dataclasses.replace(content, sections=tuple(sections), **dropped)


__all__ = [
    "CSV_FILES",
    "anonymise_document",
    "csv_files",
    "disclose_document",
    "export_all",
    "json_document",
    "markdown",
]
