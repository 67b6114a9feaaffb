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
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from breakout.errors import BreakoutError
from breakout.redaction.view import disclose_document
from breakout.report.content import build_content, check_sections, session_disclosure
from breakout.report.files import check_target, write_files
from breakout.report.markdown_out import markdown
from breakout.report.model import (
    ReportContent,
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
    language: str = "en",
) -> list[Path]:
    """Write every export asked for, all or nothing; return the files written.

    Every target is checked before any work starts; every file is made in
    memory, then all are written next to their targets and moved into place
    together (see :mod:`breakout.report.files`). ``language`` is the language of the PDF's,
    the Word document's and the Markdown's own words; the CSV and the JSON are interchange
    formats, read by programs as much as people, so their field names and the words the
    report adds stay English.
    """
    if not any((pdf, docx_path, csv_dir, markdown_path, json_path)):
        raise BreakoutError("choose at least one of --pdf, --docx, --csv, --markdown or --json")
    chosen = check_sections(sections)
    _check_targets(session, [pdf, docx_path, markdown_path, json_path], csv_dir)
    content = build_content(
        session, anonymous=anonymous, include_notes=include_notes, language=language
    )
    english = content
    if language != "en" and (json_path is not None or csv_dir is not None):
        english = build_content(session, anonymous=anonymous, include_notes=include_notes)
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
            session, anonymous=content.anonymous, include_notes=include_notes, content=english
        )
        files.append((json_path, dumps(doc).encode("utf-8")))
    if csv_dir is not None:
        for name, data in csv_files(english).items():
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
