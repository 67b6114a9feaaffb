"""The outcome report and the open exports (PDF, CSV, Markdown, JSON).

Two steps, so the slow one can leave the GUI thread:

1. :func:`build_content` reads the session into plain data (on the thread
   that owns the session's SQLite connection). Anonymity is decided there,
   once: see :mod:`breakout.report.content`.
2. :func:`export_pdf` (or the writers in :mod:`breakout.report.exports`)
   lays that data out; given a :class:`ReportContent` it never touches the
   session, so it can run on a worker thread with progress and cancelling.

reportlab is imported only by :mod:`breakout.report.pdf` (and its pdf_* modules), only when a PDF
is made.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from breakout.errors import BreakoutError
from breakout.report.content import build_content, check_sections
from breakout.report.model import SECTIONS, ReportContent
from breakout.session import Session

__all__ = [
    "SECTIONS",
    "ExportCancelled",
    "ReportContent",
    "build_content",
    "export_pdf",
]


class ExportCancelled(BreakoutError):
    """The export was cancelled; no file was written."""


def export_pdf(
    session_or_content: Session | ReportContent,
    path: str | os.PathLike[str],
    *,
    anonymous: bool,
    sections: Iterable[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the report as a PDF at ``path``, whole or not at all.

    Given a session, the content is read here first (so call it on the
    session's thread). Given a :class:`ReportContent` built earlier, only the
    layout runs; it may then run on any thread. ``anonymous=True`` refuses
    content that was built with names. ``sections`` (names from
    :data:`SECTIONS`; default all) must be among those the content holds.
    ``progress(done, total)`` reports how far the layout is; when
    ``cancelled()`` returns true the export stops with :class:`ExportCancelled`
    and leaves no file. Any failure to write (disk full, folder not writable)
    is a :class:`BreakoutError` saying why, and leaves no file either.
    """
    from breakout.report.files import check_target, write_file

    target = Path(path)
    check_target(target)
    chosen = check_sections(sections)
    if isinstance(session_or_content, Session):
        content = build_content(session_or_content, anonymous=anonymous, sections=chosen)
    else:
        content = session_or_content
        if anonymous and not content.anonymous:
            raise BreakoutError(
                "this report was prepared with names; prepare it again as anonymous"
            )
        missing = [s for s in chosen if s not in content.sections]
        if sections is not None and missing:
            raise BreakoutError(
                f"this report was prepared without {', '.join(missing)}; prepare it again"
            )
    data = render_pdf_bytes(content, chosen, progress=progress, cancelled=cancelled)
    write_file(target, data)
    return target


def render_pdf_bytes(
    content: ReportContent,
    sections: Iterable[str] | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The PDF's bytes (nothing written); raises :class:`ExportCancelled` when cancelled."""
    from breakout.report import pdf
    from breakout.report.pdf_pages import Cancelled

    chosen = None if sections is None else list(sections)
    try:
        return pdf.render_pdf(content, sections=chosen, progress=progress, cancelled=cancelled)
    except Cancelled:
        raise ExportCancelled("the export was cancelled; no file was written") from None
