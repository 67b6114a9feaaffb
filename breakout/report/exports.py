"""The open exports: CSV, Markdown and JSON, and :func:`export_all` for the command line.

CSV, Markdown and the Word document (:mod:`breakout.report.docx`) are written
from the same :class:`ReportContent` as the PDF, so they name exactly whom the
PDF names (nobody, when anonymous).

* **CSV** — ``contributions.csv``, ``recommendations.csv`` and
  ``participants.csv`` in one folder; UTF-8 with a byte-order mark so that
  spreadsheets read accents and other scripts correctly; a cell that a
  spreadsheet would run as a formula (starting ``=``, ``+``, ``-`` or ``@``)
  gets a leading apostrophe. In an anonymous export the contributions have no
  speaker, organisation or time columns and ``participants.csv`` has its
  header only.
* **Markdown** — the report's text, for editing.
* **JSON** — the interchange format (:func:`breakout.interchange.export_session`)
  as an export may show it: the :class:`~breakout.redaction.view.View` of
  the session under the same :class:`~breakout.redaction.Disclosure` as the
  report, where every field goes through its rule and a field without one
  never leaves. Participation is published as aggregates only, the report's
  own figures (small groups merged when anonymous). It stays a valid
  interchange document that ``breakout new --from-json`` accepts.

The CSV files, Markdown and PDF are laid out from the report's content, whose
records come through the same view: a field the view lets out that a writer
does not lay out by name becomes an extra CSV column, and a field without a
rule reaches no format.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from breakout.errors import BreakoutError
from breakout.redaction.view import disclose_document
from breakout.report.content import build_content, check_sections, session_disclosure
from breakout.report.files import check_target, write_files
from breakout.report.model import (
    SECTION_TITLES,
    ContributionLine,
    RankedItem,
    ReportContent,
    duration,
    plural,
)
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
    lines = content.appendix or ()
    extra = _extra_columns(line.extra for line in lines)
    rows = []
    for line in lines:
        row: list[Any] = [line.number, *([line.time] if named else [])]
        row += [line.point_number, points.get(line.point_number, ""), line.kind, line.text]
        if named:
            row += [line.speaker, line.affiliation]
        rows.append(row + _extra_cells(line.extra, extra))
    return header + extra, rows


def _extra_columns(extras: Iterable[tuple[tuple[str, Any], ...]]) -> list[str]:
    """The names of the fields the view lets out beyond the fixed columns, in order."""
    return list(dict.fromkeys(name for extra in extras for name, _ in extra))


def _extra_cells(extra: tuple[tuple[str, Any], ...], columns: Sequence[str]) -> list[Any]:
    values = dict(extra)
    return ["" if values.get(name) is None else values[name] for name in columns]


def _recommendation_rows(content: ReportContent) -> tuple[list[str], list[list[Any]]]:
    recs = content.recommendations
    assert recs is not None
    items = [*recs.ranked, *recs.eliminated, *recs.others]
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
    shown = people.rows if people is not None and not content.anonymous else ()
    extra = _extra_columns(p.extra for p in shown)
    rows = [
        [p.name, p.organisation, p.stakeholder_group, p.region, *_extra_cells(p.extra, extra)]
        for p in shown
    ]
    return header + extra, rows


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
    md: list[str] = [f"# {_inline(content.title)}", ""]
    md += _md_cover(content)
    if content.summary is not None:
        md += [f"## {SECTION_TITLES['summary']}", ""]
        md += _md_table(["", ""], [[f.label, f.value] for f in content.summary.facts])
    md += _md_agenda(content)
    if content.recommendations is not None:
        md += _md_recommendations(content)
    md += _md_points(content)
    md += _md_participation(content)
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


def _md_cover(content: ReportContent) -> list[str]:
    cover = content.cover
    if cover is None:
        return ["> Anonymous report: it names no one.", ""] if content.anonymous else []
    md: list[str] = []
    for line in (cover.event, " · ".join(x for x in (cover.venue, cover.dates) if x)):
        if line:
            md.append(f"**{_inline(line)}**  ")
    people = [
        f"{label}: {_inline(value)}"
        for label, value in (("Facilitator", cover.facilitator), ("Rapporteur", cover.rapporteur))
        if value
    ]
    if people:
        md.append(" · ".join(people) + "  ")
    md += [f"Report written {cover.generated}", ""]
    if cover.notice:
        md += [f"> {_inline(cover.notice)}", ""]
    if cover.background:
        md += ["## Background", "", _under_heading(cover.background.strip()), ""]
    return md


def _under_heading(markdown_text: str) -> str:
    """The briefing's own Markdown, its headings moved below the section's "## Background"."""
    return re.sub(
        r"^( {0,3})(#{1,6})(?=\s)",
        lambda m: m.group(1) + "#" * min(6, len(m.group(2)) + 2),
        markdown_text,
        flags=re.M,
    )


def _md_agenda(content: ReportContent) -> list[str]:
    agenda = content.agenda
    if agenda is None:
        return []
    rows = [
        [str(r.number), r.text, r.planned, r.used, r.difference, str(r.contributions)]
        for r in agenda.rows
    ]
    rows.append(["", "**Total**", agenda.planned, agenda.used, agenda.difference, ""])
    header = ["#", "Point", "Planned", "Used", "+/–", "Contributions"]
    return [f"## {SECTION_TITLES['agenda']}", "", *_md_table(header, rows)]


def _md_points(content: ReportContent) -> list[str]:
    if content.points is None:
        return []
    md = [f"## {SECTION_TITLES['points']}", ""]
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
    return md


def _md_participation(content: ReportContent) -> list[str]:
    if content.participation is None:
        return []
    md = [f"## {SECTION_TITLES['participation']}", ""]
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
    return md


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
    if not recs.ranked and not recs.others and not recs.eliminated:
        md += ["No recommendations were recorded.", ""]
    for item in recs.ranked:
        md += _md_item(item, "###")
    if recs.earlier:
        md += ["### Earlier voting rounds", ""]
    for rnd in recs.earlier:
        v = rnd.voting
        md += [f"#### {_inline(v.title or 'An earlier round')}", ""]
        md += [" · ".join(x for x in (v.method, v.ballot, f"turnout {v.turnout}") if x), ""]
        if rnd.note:
            md += [f"*{_inline(rnd.note)}*", ""]
            continue
        rows = [["" if i.rank is None else str(i.rank), i.title, i.result] for i in rnd.ranked]
        md += _md_table(["#", "Recommendation", "Result"], rows)
    others = (
        "Not put to the vote"
        if recs.ranked or recs.eliminated
        else "Recommendations in board order"
    )
    for title, items in (
        ("Not carried to the final round", recs.eliminated),
        (others, recs.others),
    ):
        if items:
            md += [f"### {title}", ""]
            for item in items:
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


# -- everything at once (the command line) ---------------------------------------------------


def export_all(
    session: Session,
    *,
    pdf: Path | None = None,
    docx_path: Path | None = None,
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
    if not any((pdf, docx_path, csv_dir, markdown_path, json_path)):
        raise BreakoutError("choose at least one of --pdf, --docx, --csv, --markdown or --json")
    chosen = check_sections(sections)
    _check_targets(session, [pdf, docx_path, markdown_path, json_path], csv_dir)
    content = build_content(session, anonymous=anonymous, include_notes=include_notes)
    files: list[tuple[Path, bytes]] = []
    if pdf is not None:
        from breakout.report import render_pdf_bytes

        files.append((pdf, render_pdf_bytes(content, chosen, progress=progress)))
    if docx_path is not None:
        from breakout.report.docx import docx_bytes

        files.append((docx_path, docx_bytes(_only(content, chosen))))
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


def _check_targets(session: Session, singles: Sequence[Path | None], csv_dir: Path | None) -> None:
    """Refuse the session file, a name given twice, and any target that cannot be written."""
    session_file = session.path.resolve()
    targets: list[Path] = [p for p in singles if p is not None]
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
    for single in singles:
        if single is not None:
            check_target(single)
    if csv_dir is not None:
        check_target(csv_dir, folder=True)


def _only(content: ReportContent, sections: Sequence[str]) -> ReportContent:
    """The content with only some sections (the others set to None)."""
    import dataclasses

    if tuple(sections) == content.sections:
        return content
    dropped: dict[str, Any] = {name: None for name in content.sections if name not in sections}
    return dataclasses.replace(content, sections=tuple(sections), **dropped)


__all__ = [
    "CSV_FILES",
    "csv_files",
    "export_all",
    "json_document",
    "markdown",
]
