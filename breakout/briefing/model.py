"""What a briefing says once read, and the limits on its discussion points."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Briefing:
    """What a briefing note says, ready to become a session's agenda."""

    title: str
    """The breakout session's own title, without lead-in, quotes or emphasis."""
    event: str
    """The conference or forum the session belongs to."""
    venue: str
    """Where it takes place, as written (for example "Valparaíso, Chile")."""
    dates: str
    """When it takes place, as written (for example "8-10 October, 2025")."""
    background: str
    """The background section as Markdown, paragraphs separated by a blank line."""
    points: tuple[str, ...]
    """The discussion points as plain text, in order; never empty."""
    closing: str
    """Plain text after the points list, or "" when there is none."""


MAX_POINTS = 100
"""The most discussion points a briefing may list: a session has six or eight."""
MAX_POINT_CHARS = 10_000
"""The longest discussion point, in characters: a question, or a paragraph, not a chapter."""
