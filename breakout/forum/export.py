"""``breakout export FORUM --pdf/--docx/--markdown``: the forum's outcome document."""

from __future__ import annotations

from pathlib import Path

from breakout.errors import BreakoutError
from breakout.forum.document import build_document
from breakout.forum.file import open_forum
from breakout.report.files import check_target, write_files


def export_forum(
    forum: Path,
    *,
    pdf: Path | None = None,
    docx_path: Path | None = None,
    markdown_path: Path | None = None,
    language: str = "en",
) -> list[Path]:
    """Write the chosen formats, all or none; returns the paths written."""
    from breakout.forum import writers

    targets = [p for p in (pdf, docx_path, markdown_path) if p is not None]
    if not targets:
        raise BreakoutError("choose at least one of --pdf, --docx or --markdown for a forum")
    for target in targets:
        check_target(target)
    conn = open_forum(forum, readonly=True)
    try:
        doc = build_document(conn, language)
    finally:
        conn.close()
    files: list[tuple[Path, bytes]] = []
    if pdf is not None:
        files.append((pdf, writers.render_pdf(doc)))
    if docx_path is not None:
        files.append((docx_path, writers.docx_bytes(doc)))
    if markdown_path is not None:
        files.append((markdown_path, writers.markdown(doc).encode("utf-8")))
    write_files(files)
    return [path for path, _ in files]
