"""Names the app proposes when it asks where to save: a session, a copy, an export.

A proposal sits next to the file it comes from (the briefing, the session) and
never names a file that is already there: "Recrutement équitable.breakout",
then "Recrutement équitable 2.breakout". The person can always change it.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from breakout_qt.i18n import QT_TRANSLATE_NOOP

# Characters no file name may hold on Windows, macOS or Linux, and control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
# Long titles are cut to this many characters, at a word when there is one.
NAME_MAX = 80

# The context the format names and filters are translated in (where they are shown).
FORMATS_CONTEXT = "FileNames"
# Export formats: what each is called, its file name ending, and a file chooser filter (the
# name and the filter in English; say them with ``translate(FORMATS_CONTEXT, …)``).
FORMATS: dict[str, tuple[str, str, str]] = {
    "pdf": (
        QT_TRANSLATE_NOOP("FileNames", "PDF report"),
        ".pdf",
        QT_TRANSLATE_NOOP("FileNames", "PDF files (*.pdf)"),
    ),
    "docx": (
        QT_TRANSLATE_NOOP("FileNames", "Word document"),
        ".docx",
        QT_TRANSLATE_NOOP("FileNames", "Word documents (*.docx)"),
    ),
    "markdown": (
        QT_TRANSLATE_NOOP("FileNames", "Markdown text"),
        ".md",
        QT_TRANSLATE_NOOP("FileNames", "Markdown files (*.md)"),
    ),
    "csv": (
        QT_TRANSLATE_NOOP("FileNames", "CSV files (a folder)"),
        "",
        QT_TRANSLATE_NOOP("FileNames", "Folders (*)"),
    ),
    "json": (
        QT_TRANSLATE_NOOP("FileNames", "JSON (interchange format)"),
        ".json",
        QT_TRANSLATE_NOOP("FileNames", "JSON files (*.json)"),
    ),
}


def safe_name(text: str, fallback: str = "Session") -> str:
    """A file name (without ending) made from a title: no characters a file system refuses."""
    name = unicodedata.normalize("NFC", text)
    name = _UNSAFE.sub(" ", name)
    name = " ".join(name.split()).strip(" .")
    if len(name) > NAME_MAX:
        cut = name[:NAME_MAX]
        name = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" .,;:-—")
    return name or fallback


def free_path(path: Path) -> Path:
    """``path`` when nothing is there yet, else the first free "<name> 2", "<name> 3"…"""
    if not path.exists():
        return path
    stem, suffix = (path.name, "") if path.is_dir() else (path.stem, path.suffix)
    number = 2
    while True:
        candidate = path.with_name(f"{stem} {number}{suffix}")
        if not candidate.exists():
            return candidate
        number += 1


def session_from_briefing(briefing_path: Path, title: str) -> Path:
    """Where a new session made from a briefing goes: beside it, named after its title."""
    name = safe_name(title, fallback=safe_name(briefing_path.stem))
    return free_path(briefing_path.parent / f"{name}.breakout")


def session_copy(session_path: Path) -> Path:
    """A copy of a session: beside it, "<name> copy.breakout"."""
    return free_path(session_path.with_name(f"{session_path.stem} copy.breakout"))


def export_target(session_path: Path, fmt: str, *, anonymous: bool) -> Path:
    """An export's proposed place: in the session's folder, named after the session file.

    "<name> report.pdf", "<name> report.docx", "<name> report.md", "<name>.json",
    a folder "<name> CSV"; with " (anonymous)" before the ending for an anonymous
    export. An existing file is proposed again (exporting anew replaces it; the dialog says so).
    """
    name = session_path.stem
    tag = " (anonymous)" if anonymous else ""
    if fmt == "csv":
        return session_path.with_name(f"{name} CSV{tag}")
    if fmt == "json":
        return session_path.with_name(f"{name}{tag}.json")
    return session_path.with_name(f"{name} report{tag}{FORMATS[fmt][1]}")


def with_ending(path: Path, fmt: str) -> Path:
    """The path with the format's ending added when the person typed none."""
    ending = FORMATS[fmt][1]
    if ending and path.suffix.lower() != ending:
        return path.with_name(path.name + ending)
    return path
