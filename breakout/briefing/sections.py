"""Finding the sections: the discussion points, the background and where the header ends."""

from __future__ import annotations

import re

from breakout.briefing.header import _MAX_HEADER_LINES, _read_header
from breakout.briefing.lines import (
    _ATX_RE,
    _BULLET_RE,
    _QUESTION_END_RE,
    _heading_key,
    _heading_text,
    _indent,
    _is_symbol_bullet,
    _markdown_paragraphs,
    _normalise_lines,
    _plain,
    _plain_paragraphs,
)
from breakout.briefing.model import MAX_POINT_CHARS, MAX_POINTS, Briefing
from breakout.errors import BreakoutError

# no trailing colon or parenthesis (see _heading_key).
_POINTS_HEADING_RE = re.compile(
    r"""(?:(?:key|main|guiding|suggested|proposed|possible|core|central|some|the)\s+)?
    (?:
        (?:points?|questions?|topics?|issues?|themes?|items?)\s+(?:of|for|to)\s+(?:the\s+)?
        (?:discussion|discuss|debate|consider|consideration|reflection|group|session|breakout
          |participants)
      | (?:discussion|debate|guiding|key|breakout|session)\s+(?:points?|questions?|topics?|issues?)
      | for\s+discussion
      | points | questions?
    )""",
    re.VERBOSE,
)
_BACKGROUND_HEADING_RE = re.compile(
    r"""background(?:\s+(?:information|and\s+context))?
    | context(?:\s+and\s+background)? | introduction | overview | rationale | summary
    | framing | setting\s+the\s+scene | session\s+description | description
    | about\s+(?:this|the)\s+(?:session|breakout(?:\s+session)?)""",
    re.VERBOSE,
)


# --------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------


def parse_briefing(text: str) -> Briefing:
    """Parse the text of a briefing note (plain text or Markdown).

    Raises :class:`BreakoutError` when no discussion points can be found;
    every other missing part comes back as an empty string.
    """
    return _parse(text, "")


def _parse(text: str, where: str) -> Briefing:
    """Parse ``text``; ``where`` (' in "file"' or "") goes into error messages."""
    lines = _split_inline_points(_normalise_lines(text))
    heading_at, points, intro, closing_at = _find_points(lines, where)
    background_at, background_first = _find_background_heading(lines[:heading_at])
    if background_at is not None:
        header = lines[:background_at]
        background = [*background_first, *lines[background_at + 1 : heading_at]]
    else:
        header_end = _header_end(lines[:heading_at])
        header = lines[:header_end]
        background = lines[header_end:heading_at]
    if intro:
        background = [*background, "", *intro]
    header, overflow = _split_header(header)
    if overflow:  # not a header: the lines stay, as background
        background = [*overflow, "", *background]
    fields = _read_header(header)
    return Briefing(
        title=fields.get("title", ""),
        event=fields.get("event", ""),
        venue=fields.get("venue", ""),
        dates=fields.get("dates", ""),
        background=_markdown_paragraphs(background),
        points=tuple(points),
        closing=_plain_paragraphs(lines[closing_at:]),
    )


def _is_points_heading(line: str) -> bool:
    return bool(line.strip()) and bool(_POINTS_HEADING_RE.fullmatch(_heading_key(line)[0]))


def _find_background_heading(lines: list[str]) -> tuple[int | None, list[str]]:
    """Find the first background heading; return its index and any text after its colon."""
    for index, line in enumerate(lines):
        if not line.strip() or _is_symbol_bullet(line):
            continue
        key, rest = _heading_key(line)
        if _BACKGROUND_HEADING_RE.fullmatch(key):
            return index, [rest] if rest else []
    return None, []


# --- The points list ------------------------------------------------------


def _split_header(lines: list[str]) -> tuple[list[str], list[str]]:
    """The header's first :data:`_MAX_HEADER_LINES` lines, and any after them."""
    seen = 0
    for at, line in enumerate(lines):
        if line.strip():
            seen += 1
            if seen > _MAX_HEADER_LINES:
                return lines[:at], lines[at:]
    return lines, []


def _check_points(points: list[str], where: str) -> None:
    """Refuse a list of points no session could hold (see :data:`MAX_POINTS`)."""
    if len(points) > MAX_POINTS:
        raise BreakoutError(
            f"the briefing{where} lists {len(points):,} discussion points, more than the "
            f"{MAX_POINTS} a session can hold: check that the list under the heading is "
            "the points of discussion"
        )
    for number, point in enumerate(points, 1):
        if len(point) > MAX_POINT_CHARS:
            raise BreakoutError(
                f"discussion point {number}{where} is {len(point):,} characters long, more "
                f"than the {MAX_POINT_CHARS:,} a point can have: check where the list ends "
                "(a blank line ends it), or shorten the point"
            )


def _find_points(lines: list[str], where: str) -> tuple[int, list[str], list[str], int]:
    """Find the discussion points.

    Returns the index of the points heading, the points, any introduction
    written between the heading and the list ("Participants will consider:"),
    and the index where the closing text starts. The first heading with a
    non-empty list under it wins.
    """
    empty_heading = ""
    for index, line in enumerate(lines):
        if _is_symbol_bullet(line) or not _is_points_heading(line):
            continue
        points, intro, end = _read_points(lines, index + 1)
        if points:
            _check_points(points, where)
            return index, points, intro, end
        empty_heading = empty_heading or _plain(_heading_text(line)).rstrip(":")
    if empty_heading:
        raise BreakoutError(
            f'the "{empty_heading}" heading{where} is not followed by a list: put each '
            'discussion point on its own line starting with "-" or "1."'
        )
    raise BreakoutError(
        f"no discussion points found{where}: expected a heading such as "
        '"Points of Discussion" or "Questions for discussion" followed by a bulleted '
        "or numbered list"
    )


def _split_inline_points(lines: list[str]) -> list[str]:
    """Move text after a points heading's colon to a line of its own.

    ``"Questions for discussion: 1. Who pays?"`` becomes the heading and
    ``"1. Who pays?"``; emphasis closing the heading (``"**Questions:** …"``)
    stays with the heading.
    """
    split: list[str] = []
    for line in lines:
        if ":" in line and _heading_key(line)[1] and _is_points_heading(line):
            heading, _, rest = line.partition(":")
            closers = len(rest) - len(rest.lstrip("*_"))
            split.extend([heading + ":" + rest[:closers], rest[closers:].strip()])
        else:
            split.append(line)
    return split


def _read_points(lines: list[str], start: int) -> tuple[list[str], list[str], int]:
    """Read the points under a heading: ``(points, intro lines, end index)``.

    A bulleted or numbered list is looked for within the first two paragraphs
    (anything before it is an introduction). Without one, the paragraphs of
    questions are read instead (see :func:`_read_questions`).
    """
    first = _next_non_blank(lines, start)
    if first is None:
        return [], [], len(lines)
    first_bullet = _first_bullet_nearby(lines, first)
    if first_bullet is None:
        points, end = _read_questions(lines, first)
        return points, [], end
    points, end = _read_bullets(lines, first_bullet)
    return points, lines[first:first_bullet], end


def _next_non_blank(lines: list[str], index: int) -> int | None:
    for at in range(index, len(lines)):
        if lines[at].strip():
            return at
    return None


_MAX_INTRO_LINES = 12
"""An introduction between the points heading and the list is a sentence or two."""
_MAX_QUESTION_LINES = 10
"""A question without a bullet spans a few lines at most; more is prose."""


def _first_bullet_nearby(lines: list[str], start: int) -> int | None:
    """Return the index of the first list item within two short paragraphs of ``start``."""
    paragraphs = 1
    for at in range(start, min(len(lines), start + _MAX_INTRO_LINES)):
        line = lines[at]
        if _BULLET_RE.match(line):
            return at
        if not line.strip() and at + 1 < len(lines) and lines[at + 1].strip():
            paragraphs += 1
            if paragraphs > 2:
                return None
        elif _ATX_RE.match(line):
            return None
    return None


def _read_bullets(lines: list[str], start: int) -> tuple[list[str], int]:
    """Read a list starting at ``lines[start]``; return its points and where it ends.

    An item continues over following lines that are not list items, and over
    blank lines when the next line is indented more deeply than the list.
    More deeply indented items (sub-points) are joined to their parent point,
    separated from each other by semicolons. The list ends at a Markdown
    heading, or at a blank line followed by a line that is neither a list item
    nor indented (the closing text).
    """
    base = _indent(lines[start])
    items: list[list[tuple[str, bool]]] = []  # per item: (text, is a sub-point)
    at = start
    while at < len(lines):
        line = lines[at]
        if not line.strip():
            after = _next_non_blank(lines, at)
            at = len(lines) if after is None else after
            if after is None or not (
                _BULLET_RE.match(lines[after]) or _indent(lines[after]) >= base + 2
            ):
                break
            continue
        if _ATX_RE.match(line):
            break
        bullet = _BULLET_RE.match(line)
        if bullet and (not items or _indent(line) < base + 2):
            items.append([(bullet["text"], False)])
        elif bullet:
            items[-1].append((bullet["text"], True))
        else:
            items[-1].append((line.strip(), False))
        at += 1
    points = [_plain(_join_item(parts)) for parts in items]
    return [point for point in points if point], at


def _join_item(parts: list[tuple[str, bool]]) -> str:
    """Join an item's lines with spaces, and its second and later sub-points with "; "."""
    pieces = [parts[0][0]]
    seen_sub = False
    for part, is_sub in parts[1:]:
        pieces += ["; " if is_sub and seen_sub else " ", part]
        seen_sub = seen_sub or is_sub
    return "".join(pieces)


def _read_questions(lines: list[str], start: int) -> tuple[list[str], int]:
    """Read points written without bullets, one question after another.

    Each question ends with a line ending in "?"; lines before it (a question
    wrapped over several lines) are joined to it. Reading stops at a Markdown
    heading or at a paragraph that does not end with a question, which starts
    the closing text.
    """
    points: list[str] = []
    current: list[str] = []
    current_start: int | None = None
    at = start
    while at < len(lines):
        text = lines[at].strip()
        if not text or len(current) >= _MAX_QUESTION_LINES:
            if current:
                break
        elif _ATX_RE.match(text):
            break
        else:
            current_start = at if current_start is None else current_start
            current.append(text)
            if _QUESTION_END_RE.search(text):
                points.append(_plain(" ".join(current)))
                current, current_start = [], None
        at += 1
    end = current_start if current_start is not None else at
    return [point for point in points if point], end


# --- Header and background ------------------------------------------------


def _header_end(lines: list[str]) -> int:
    """Where the header ends when there is no Background heading: at the first prose."""
    at = 0
    while at < len(lines):
        start = _next_non_blank(lines, at)
        if start is None:
            return len(lines)
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        if _is_prose([line.strip() for line in lines[start:end]]):
            return start
        at = end
    return len(lines)


def _is_prose(paragraph: list[str]) -> bool:
    """Whether a paragraph reads as running text rather than header lines.

    Header lines are short and rarely end a sentence. A paragraph is prose when
    a line is longer than 160 characters, when one line is a sentence of ten
    words or more, or when it has twelve words or more, ends with "." or "!"
    and has a line of at least 60 characters (text wrapped by an editor).
    """
    words = " ".join(paragraph).split()
    ends_sentence = bool(words) and words[-1][-1] in ".!"
    return (
        any(len(line) > 160 for line in paragraph)
        or any(len(line.split()) >= 10 and line[-1] in ".!" for line in paragraph)
        or (len(words) >= 12 and ends_sentence and max(map(len, paragraph)) >= 60)
    )
