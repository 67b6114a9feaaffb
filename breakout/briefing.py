"""Import a briefing note: the document a facilitator receives before a session.

A briefing is written by a person, in plain text or Markdown, and no two look
quite alike. The shape this module expects (see
``tests/unit/data/briefings/city_adaptation.txt``) is::

    <event>
    <venue>, <dates>

    Breakout Session "<title>"

    Background
    <paragraphs>

    Points of Discussion:
    - <point>
    - <point>

    <closing paragraphs>

Parsing works in four steps, each a small function below:

1. Normalise the text: one kind of line ending, no byte order mark, NFC
   Unicode, no control characters, horizontal rules turned into blank lines.
2. Find the discussion-points heading and read the list under it. This is the
   only part that must succeed: without points there is no agenda, so a
   briefing without them raises :class:`BreakoutError`.
3. Split what comes before the points into the header (title, event, venue,
   dates) and the background, at a "Background" heading when there is one or
   at the first paragraph of prose when there is not.
4. Classify the header lines and tidy every field: Markdown stays in the
   background and is removed everywhere else.

Everything the parser cannot find is returned as an empty string.
"""

from __future__ import annotations

import bisect
import codecs
import os
import re
import unicodedata
from dataclasses import dataclass

from breakout.errors import BreakoutError

__all__ = ["MAX_POINTS", "MAX_POINT_CHARS", "Briefing", "parse_briefing", "read_briefing"]


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


# --------------------------------------------------------------------------
# Reading files
# --------------------------------------------------------------------------

_MAX_BYTES = 2 * 1024 * 1024
"""A briefing is a few pages (tens of kilobytes); anything this large is the wrong file."""

MAX_POINTS = 100
"""The most discussion points a briefing may list: a session has six or eight."""
MAX_POINT_CHARS = 10_000
"""The longest discussion point, in characters: a question, or a paragraph, not a chapter."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),  # before UTF-16 LE, which starts the same
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
"""Byte order marks, the codec each one announces, and its name for messages."""

_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff")
"""PDF, Word/zip, old Office, PNG and JPEG: common wrong choices in a file dialog."""


def read_briefing(path: str | os.PathLike[str]) -> Briefing:
    """Read and parse the briefing file at ``path``.

    The bytes are decoded as UTF-8 (with or without a byte order mark), as
    UTF-16 or UTF-32 when a byte order mark says so, and otherwise as Windows
    code page 1252, which is what older word processors save as "plain text".
    Missing, unreadable, binary and empty files raise :class:`BreakoutError`
    naming the file.
    """
    name = os.fspath(path)
    data = _read_bytes(name)
    text = _decode(data, name)
    if not text.strip():
        raise BreakoutError(
            f'briefing file "{name}" is empty: choose a file with a title, '
            "background and discussion points"
        )
    return _parse(text, f' in "{name}"')


def _read_bytes(name: str) -> bytes:
    """Return the file's bytes, turning every operating-system error into a user message."""
    try:
        with open(name, "rb") as stream:
            data = stream.read(_MAX_BYTES + 1)
    except FileNotFoundError:
        raise BreakoutError(
            f'briefing file "{name}" does not exist: check the name and folder'
        ) from None
    except IsADirectoryError:
        raise BreakoutError(
            f'"{name}" is a folder, not a briefing file: choose a text or Markdown file'
        ) from None
    except PermissionError:
        raise BreakoutError(
            f'briefing file "{name}" cannot be read because permission was denied: '
            "copy it somewhere you can read it and try again"
        ) from None
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise BreakoutError(
            f'briefing file "{name}" cannot be read ({reason}): check that it is a readable file'
        ) from None
    if len(data) > _MAX_BYTES:
        raise BreakoutError(
            f'briefing file "{name}" is larger than 2 MB, too large to be a briefing note: '
            "choose the plain-text briefing"
        )
    return data


def _decode(data: bytes, name: str) -> str:
    """Decode ``data`` or raise :class:`BreakoutError` if it is not text.

    Without a byte order mark, a file full of zero bytes at odd (or even)
    positions is taken as UTF-16 without a mark; any other zero byte means the
    file is binary. Text that decodes but is more than 1% control characters
    is binary too (random bytes are about 10%).
    """
    not_text = BreakoutError(
        f'briefing file "{name}" is not a text file: save the briefing as plain text '
        "(.txt) or Markdown (.md) and import that file"
    )
    if data.startswith(_BINARY_MAGIC):
        raise not_text
    text: str | None = None
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = _try_decode(data[len(bom) :], codec)
            if text is None:
                raise BreakoutError(
                    f'briefing file "{name}" is marked as {label} text but is damaged: '
                    "save it again as UTF-8 plain text"
                )
            break
    else:
        if b"\x00" in data:
            text = _decode_utf16_without_bom(data)
        else:
            text = _try_decode(data, "utf-8")
            if text is None:
                text = _try_decode(data, "cp1252")
    if text is None or _looks_binary(text):
        raise not_text
    return text


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _decode_utf16_without_bom(data: bytes) -> str | None:
    """Decode UTF-16 text that lacks a byte order mark, or return None."""
    half = len(data) // 2
    if len(data) % 2 or half == 0:
        return None
    even_zeros, odd_zeros = data[0::2].count(0), data[1::2].count(0)
    if odd_zeros > 0.6 * half and even_zeros == 0:
        return _try_decode(data, "utf-16-le")
    if even_zeros > 0.6 * half and odd_zeros == 0:
        return _try_decode(data, "utf-16-be")
    return None


def _looks_binary(text: str) -> bool:
    return "\x00" in text or len(_BINARY_CONTROL_RE.findall(text)) > len(text) * 0.01


# --------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------

_CONTROL_RE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")
"""Control characters (Unicode category Cc) other than the tab."""
_BINARY_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
"""Control characters that a text file does not contain (not tab, line and page breaks)."""

_RULE_RE = re.compile(r"^\s*([-=*_~])(?:\s*\1){2,}\s*$")
"""A horizontal rule or a Setext underline ("---", "===", "* * *"): treated as a blank line."""

_ATX_RE = re.compile(r"^\s*(#{1,6})(?!#)\s*(.*)$")
"""A Markdown heading line; group 1 gives its level (see :func:`_atx` for its text)."""
_ATX_CLOSING_RE = re.compile(r"\s#+$")
"""The closing hashes of a heading ("## Title ##"), after a space."""

_BULLET_RE = re.compile(
    r"""^(?P<indent>\s*)
    (?:
        [-*+–—](?=\s)                                          # - * + – — need a space after
      | [•·‣▪◦●○■□➢➤►▸▹✓✔→]                                    # symbols that mean nothing else
      | \((?:\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,6})\)             # (1) (a) (iv)
      | (?:\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,6})[.)](?=\s)       # 1. 1) a) a. iv.
      | [Qq]\d{1,2}[.:)](?=\s)                                 # Q1.
    )
    \s*(?:\[[\sxX]\]\s+)?                                      # a Markdown task box
    (?P<text>\S.*)$""",
    re.VERBOSE,
)
"""A list item and its text. Letters and Roman numerals need "." or ")" and a space."""

_STRUCTURAL_RE = re.compile(r"^\s*(?:#|>|\|)")
"""Markdown lines whose line breaks matter: headings, quotes and table rows."""

_MARK_RUN_RE = {mark: re.compile(re.escape(mark) + "+") for mark in "*_"}
_MAX_EMPHASIS = 1000
"""The longest text emphasis is looked for in, in characters."""
_STRAY_STARS_RE = re.compile(r"\*{2,}")
_CODE_RE = re.compile(r"`([^`]{1,1000})`")
_LINK_RE = re.compile(r"!?\[([^\[\]]{0,1000})\]\([^()\s]{0,1000}\)")

_OPENING_QUOTES = "\"'“‘„‚«‹「『"
_CLOSING_QUOTES = "\"'”’“‘»›」』"

_QUESTION_END_RE = re.compile(r"\?[\s*_\"'”’»)\]]*$")

# Headings are compared as a "key": lower case, no Markdown, no section number,
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
_SECTION_NUMBER_RE = re.compile(r"^(?:\d{1,2}|[ivxIVX]{1,4}|[A-Za-z])[.)]\s+")
_TRAILING_PARENTHESIS_RE = re.compile(r"\s*\([^()]*\)$")

_TITLE_LEAD_IN_RE = re.compile(
    r"""^(?:
        (?:break[\s-]?out|parallel|thematic|working|round[\s-]?table)\s+
        (?:session|group|discussion|workshop)s?
      | session | workshop | breakout
    )
    (?:\s+(?:no\.?\s*)?(?:\d{1,2}|[a-z]|[ivx]{1,4})\b\.?)?      # an id: 3, B, IV, No. 2
    (?:\s*:|\s*[–—-](?=\s)|\s*(?=["'“‘„‚«‹])|\s*$)             # then ":", " – ", a quote or nothing
    \s*(?P<rest>.*)$""",
    re.VERBOSE | re.IGNORECASE,
)
""""Breakout Session “Title”", "Session 3: Title", "Parallel session B – Title"."""

_EVENT_LEAD_IN_RE = re.compile(
    r"^(?:an?\s+)?(?:break[\s-]?out\s+session|session|workshop)\s+"
    r"(?:at|of|during|held\s+at|organi[sz]ed\s+at)\s+(?:the\s+)?(?P<event>.+)$",
    re.IGNORECASE,
)
""""A breakout session at the Third Finance Dialogue": the event is what follows."""

_LABEL_RE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z &/-]{0,30}?)\s*:\s*(?P<value>.*)$")
_LABELS = {
    **dict.fromkeys(("event", "forum", "conference", "meeting", "summit"), "event"),
    **dict.fromkeys(("venue", "place", "location", "where", "city", "room"), "venue"),
    **dict.fromkeys(("date", "dates", "when", "time", "times", "date and time"), "dates"),
    **dict.fromkeys(
        ("title", "session", "session title", "breakout session", "breakout", "topic"), "title"
    ),
    **dict.fromkeys(
        (
            "venue and date",
            "venue and dates",
            "date and venue",
            "dates and venue",
            "place and date",
            "place and dates",
            "date and place",
            "dates and place",
            "location and date",
            "location and dates",
            "where and when",
        ),
        "venue and dates",
    ),
    **dict.fromkeys(
        (
            "moderator",
            "facilitator",
            "rapporteur",
            "chair",
            "co-chairs",
            "organiser",
            "organizer",
            "organised by",
            "organized by",
            "host",
            "hosted by",
            "language",
            "languages",
            "format",
            "duration",
            "contact",
            "prepared by",
            "speakers",
            "panellists",
            "panelists",
        ),
        "ignore",
    ),
}
"""Labels a header line may start with ("Venue: Geneva"), and the field each one fills."""

_EVENT_WORD_RE = re.compile(
    r"\b(?:forum|conference|congress|summit|meeting|dialogue|week|assembly|symposium|convention"
    r"|session|seminar|festival|expo)s?\b(?!\s+(?:centre|center|hall|hotel|palace|building))",
    re.IGNORECASE,
)
"""Words that name a gathering, used to tell an event from a place."""

_DOCUMENT_KIND_RE = re.compile(
    r"(?:draft\s+)?(?:(?:briefing|concept|background|information|session|guidance)\s+"
    r"(?:note|paper|document|brief)s?|draft|confidential|for\s+participants)",
    re.IGNORECASE,
)
"""Lines like "Concept note" or "DRAFT" that describe the document, not the session."""

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–—]\s*\d{1,2}(?:st|nd|rd|th)?)?"
_YEAR = r"(?:19|20)\d{2}"
_NUMERIC_DATE = r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
_TIME = r"\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?"
_DATE_TOKEN = rf"(?:{_NUMERIC_DATE}|{_TIME}|{_WEEKDAY}|{_MONTH}|{_YEAR}|{_DAY})(?!\w)"
_DATE_SEPARATOR = r"(?:\s*[,/–—-]\s*|\s+(?:to|and|until|till|through)\s+|\s+)"
_DATE_SPAN_RE = re.compile(
    rf"(?<!\w)(?:(?:from|on)\s+)?{_DATE_TOKEN}(?:{_DATE_SEPARATOR}{_DATE_TOKEN})*",
    re.IGNORECASE,
)
"""A run of date words: "8-10 October, 2025", "Wednesday 3 March 2026, 14:00–15:30"."""
_MONTH_RE = re.compile(rf"(?<!\w){_MONTH}(?!\w)", re.IGNORECASE)
_NUMERIC_DATE_RE = re.compile(rf"(?<!\w)(?:{_NUMERIC_DATE})(?!\w)")
_DAY_OR_YEAR_RE = re.compile(rf"(?<![\w:.])(?:{_DAY}|{_YEAR})(?![\w:])", re.IGNORECASE)
_YEAR_RE = re.compile(rf"^{_YEAR}$")
_TIME_ONLY_RE = re.compile(rf"^(?:{_TIME})(?:{_DATE_SEPARATOR}(?:{_TIME}))*$", re.IGNORECASE)
_FIELD_SEPARATORS = " \t,;|·•–—-."


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


def _normalise_lines(text: str) -> list[str]:
    """Split ``text`` into lines with the differences between editors ironed out.

    Any line ending (CRLF, CR, LF, Unicode separators) splits lines; byte order
    marks and zero-width spaces are dropped; Unicode is composed (NFC) so that
    "í" is one character; control characters become spaces; tabs become four
    spaces; trailing whitespace goes; horizontal rules and Setext underlines
    become blank lines.
    """
    text = text.replace("\ufeff", "").replace("\u200b", "").replace("\u2060", "")
    text = unicodedata.normalize("NFC", text)
    lines = []
    for raw in text.splitlines():
        line = _CONTROL_RE.sub(" ", raw).expandtabs(4).rstrip()
        lines.append("" if _RULE_RE.match(line) else line)
    return lines


def _atx(line: str) -> tuple[int, str] | None:
    """A Markdown heading's level and text (closing hashes removed), or None.

    Done in two steps rather than one pattern: a single pattern for the text
    and its optional closing hashes backtracks over every run of spaces, which
    takes hours on a long line.
    """
    atx = _ATX_RE.match(line)
    if atx is None:
        return None
    text = atx.group(2).rstrip()
    closing = _ATX_CLOSING_RE.search(text)
    if closing is not None:
        text = text[: closing.start()].rstrip()
    return len(atx.group(1)), text


def _heading_text(line: str) -> str:
    """The line without its heading marks (the line itself when it is no heading)."""
    atx = _atx(line)
    return line if atx is None else atx[1]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _plain(text: str) -> str:
    """Remove Markdown from one piece of text and collapse its whitespace.

    Emphasis (``*x*``, ``**x**``, ``***x***``, ``_x_``, ``__x__``) is removed
    from the outside in, links keep their text, code keeps its content, and
    leftover runs of two or more asterisks are dropped. Underscores inside
    words (``file_name``) and single asterisks (``cost*``) stay.
    """
    text = _LINK_RE.sub(r"\1", text)
    text = _CODE_RE.sub(r"\1", text)
    for _ in range(6):
        stripped = _without_emphasis(_without_emphasis(text, "*"), "_")
        if stripped == text:
            break
        text = stripped
    text = _STRAY_STARS_RE.sub("", text)
    return " ".join(text.split())


def _without_emphasis(text: str, mark: str) -> str:
    """Remove one layer of emphasis made with ``mark`` (``*`` or ``_``), in linear time.

    An opening run of one to three marks is followed by a non-space; its
    closing run has as many marks, follows a non-space and comes within
    :data:`_MAX_EMPHASIS` characters on the same line; the nearest one
    closes. A ``_`` run does not open or close inside a word (``file_name``).
    Each run is looked at once, and its closing run found by bisection.
    """
    runs = [(m.start(), m.end()) for m in _MARK_RUN_RE[mark].finditer(text)]
    if len(runs) < 2:
        return text
    inside_word = mark == "_"

    def word(at: int) -> bool:
        return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")

    def space(at: int) -> bool:
        return not 0 <= at < len(text) or text[at].isspace()

    closers: dict[int, list[int]] = {1: [], 2: [], 3: []}
    for start, end in runs:
        if end - start <= 3 and not space(start - 1) and not (inside_word and word(end)):
            closers[end - start].append(start)
    breaks = [at for at, char in enumerate(text) if char == "\n"] if "\n" in text else []
    out: list[str] = []
    done = 0  # text[:done] is in out
    for start, end in runs:
        size = end - start
        if start < done or size > 3 or space(end) or (inside_word and word(start - 1)):
            continue
        places = closers[size]
        at = bisect.bisect_left(places, end + 1)
        if at == len(places) or places[at] - end > _MAX_EMPHASIS:
            continue
        close = places[at]
        line_break = bisect.bisect_left(breaks, end)
        if line_break < len(breaks) and breaks[line_break] < close:
            continue
        out += [text[done:start], text[end:close]]
        done = close + size
    return "".join([*out, text[done:]]) if out else text


def _strip_quotes(text: str) -> str:
    """Remove quotation marks around the whole of ``text`` (straight or curly).

    A lone opening or closing mark is removed too, when ``text`` holds no other
    quotation mark: a forgotten closing quote should not end up in a title.
    """
    text = text.strip()
    if len(text) >= 2 and text[0] in _OPENING_QUOTES and text[-1] in _CLOSING_QUOTES:
        return text[1:-1].strip()
    inner = text[1:-1]
    if not any(char in _OPENING_QUOTES + _CLOSING_QUOTES for char in inner):
        if text[:1] in _OPENING_QUOTES:
            return text[1:].strip()
        if text[-1:] in _CLOSING_QUOTES:
            return text[:-1].strip()
    return text


def _heading_key(line: str) -> tuple[str, str]:
    """Return a line as a heading key and the text after its colon.

    ``"## 2. **Points of Discussion** (45 min):"`` gives
    ``("points of discussion", "")``; ``"Context: Cities grow"`` gives
    ``("context", "Cities grow")``. Long lines are never headings.
    """
    if len(line) > 100:
        return "", ""
    text = _plain(_heading_text(line))
    text = _SECTION_NUMBER_RE.sub("", text)
    key, _, rest = text.partition(":")
    key = _TRAILING_PARENTHESIS_RE.sub("", key).strip().rstrip(".").strip()
    return " ".join(key.lower().split()), rest.strip()


def _is_symbol_bullet(line: str) -> bool:
    """A list item marked with a symbol: never a heading ("3. Background" may be one)."""
    return bool(_BULLET_RE.match(line)) and not _SECTION_NUMBER_RE.match(line.strip())


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


@dataclass
class _HeaderLine:
    """A header line with Markdown removed, where it was, and its heading level (0 if none)."""

    text: str
    index: int
    level: int


_MAX_HEADER_LINE = 300
"""Longer lines are prose, never a title, event, venue or date."""
_MAX_HEADER_LINES = 40
"""A header is a few lines; lines after this many are background."""


def _clean_header_lines(lines: list[str]) -> list[_HeaderLine]:
    """Strip heading marks, bullets and emphasis; drop blank, long and document-kind lines."""
    cleaned = []
    for index, line in enumerate(lines):
        atx = _atx(line)
        level, text = atx if atx else (0, line.strip())
        bullet = _BULLET_RE.match(text)
        text = _plain(bullet["text"] if bullet else text)
        if text and len(text) <= _MAX_HEADER_LINE and not _DOCUMENT_KIND_RE.fullmatch(text):
            cleaned.append(_HeaderLine(text, index, level))
    return cleaned


def _read_header(lines: list[str]) -> dict[str, str]:
    """Work out title, event, venue and dates from the header lines.

    Lines are recognised in this order: a title with a lead-in ("Breakout
    Session “…”", "Session 3: …"; a lead-in alone means the next line is the
    title), a labelled line ("Venue: …", "**Dates:** …"), a line with dates
    in it, whose other words are the venue ("Valparaíso, Chile, 8-10 October,
    2025"), and a line wholly in quotation marks (a title). The remaining
    lines are "free"; see :func:`_assign_free_lines`.
    """
    fields: dict[str, str] = {}
    free: list[_HeaderLine] = []
    date_index: int | None = None
    title_pending = False
    for line in _clean_header_lines(lines):
        lead_in = _TITLE_LEAD_IN_RE.match(line.text)
        label = _LABEL_RE.match(line.text)
        field = _LABELS.get(_label_key(label["label"])) if label else None
        if lead_in and "title" not in fields:
            title = _strip_quotes(lead_in["rest"])
            if title:
                fields["title"] = title
            title_pending = not title
        elif label and field:
            _fill_labelled(fields, field, label["value"].strip())
        elif _fill_dates(fields, line.text):
            date_index = line.index if date_index is None else date_index
        elif title_pending or (_is_quoted(line.text) and "title" not in fields):
            fields["title"] = _strip_quotes(line.text)
            title_pending = False
        else:
            free.append(line)
    _assign_free_lines(fields, free, date_index)
    return {name: value.strip() for name, value in fields.items()}


def _label_key(label: str) -> str:
    return " ".join(label.lower().replace("&", "and").split())


def _is_quoted(text: str) -> bool:
    return len(text) > 2 and text[0] in _OPENING_QUOTES and text[-1] in _CLOSING_QUOTES


def _append(fields: dict[str, str], name: str, value: str) -> None:
    """Set a field, or add to it after a comma when it is already set."""
    if value:
        fields[name] = f"{fields[name]}, {value}" if fields.get(name) else value


def _fill_labelled(fields: dict[str, str], field: str, value: str) -> None:
    """Store the value of a labelled header line ("Venue: Geneva")."""
    if field == "title":
        fields["title"] = _strip_quotes(value)
    elif field == "venue and dates":
        if not _fill_dates(fields, value):
            _append(fields, "venue", value)
    elif field != "ignore":
        _append(fields, field, value)


def _fill_dates(fields: dict[str, str], text: str) -> bool:
    """If ``text`` holds dates, store them (and any venue beside them) and return True.

    Dates count when a month name stands next to a day or a year, when the
    date is numeric (2025-10-08, 8/10/2025), or when a year stands alone at the
    end after a comma ("Geneva, 2025"). A line of times only ("14:00–15:30")
    counts when dates are already known. A bare "May" or "Forum 2025" does not.
    """
    for span in _DATE_SPAN_RE.finditer(text):
        value = span.group().strip()
        before = text[: span.start()]
        after = text[span.end() :].strip(_FIELD_SEPARATORS)
        if _is_date(value, before, after, have_dates="dates" in fields):
            _append(fields, "dates", value)
            venue = ", ".join(part for part in (before.strip(_FIELD_SEPARATORS), after) if part)
            if venue and not fields.get("venue"):
                fields["venue"] = venue
            return True
    return False


def _is_date(value: str, before: str, after: str, *, have_dates: bool) -> bool:
    """Whether a run of date words is really a date (see :func:`_fill_dates`)."""
    if _NUMERIC_DATE_RE.search(value):
        return True
    if _MONTH_RE.search(value) and _DAY_OR_YEAR_RE.search(_MONTH_RE.sub(" ", value)):
        return True
    alone = not before.strip() and not after
    if _YEAR_RE.match(value) and not after:
        return alone or before.rstrip()[-1:] in tuple(",;|·–—-")
    return have_dates and alone and bool(_TIME_ONLY_RE.match(value))


def _assign_free_lines(
    fields: dict[str, str], free: list[_HeaderLine], date_index: int | None
) -> None:
    """Fill title, event and venue from the lines nothing else claimed.

    Without an explicit title, a single level-1 Markdown heading is the title
    ("# Title"), otherwise the last free line is (the event and place come
    first in a briefing). The venue, if still unknown, is the free line next to
    the dates line, or the last of two or more free lines when there are no
    dates. Whatever is left is the event, joined with commas ("A breakout
    session at the X" gives "X"); when nothing is left, the event may share
    the venue's line (see :func:`_split_event_from_venue`).
    """
    free = list(free)
    if "title" not in fields and free:
        top = [line for line in free if line.level == 1]
        chosen = top[0] if len(top) == 1 else free[-1]
        fields["title"] = _strip_quotes(chosen.text)
        free.remove(chosen)
    if not fields.get("venue") and free:
        venue = _venue_line(free, date_index)
        if venue is not None:
            fields["venue"] = venue.text
            free.remove(venue)
    if not free and not fields.get("event"):
        _split_event_from_venue(fields)
    for line in free:
        if "event" in fields:
            _append(fields, "event", line.text)
        else:
            lead_in = _EVENT_LEAD_IN_RE.match(line.text)
            fields["event"] = lead_in["event"] if lead_in else line.text


def _split_event_from_venue(fields: dict[str, str]) -> None:
    """Take the event off the front of the venue when they share a line.

    "Third Africa Skills Forum, Nairobi, 5 Feb 2026" has no line for the event:
    the first comma-separated part is the event when it names a kind of
    gathering ("Forum", "Conference", "Summit", ...).
    """
    first, comma, rest = fields.get("venue", "").partition(",")
    if comma and rest.strip() and _EVENT_WORD_RE.search(first):
        fields["event"], fields["venue"] = first.strip(), rest.strip()


def _venue_line(free: list[_HeaderLine], date_index: int | None) -> _HeaderLine | None:
    """The free line holding the venue, or None (the first free line is the event)."""
    if date_index is not None:
        for line in free:
            if abs(line.index - date_index) == 1 and line is not free[0]:
                return line
        return None
    return free[-1] if len(free) >= 2 else None


# --- Output text ----------------------------------------------------------


def _paragraphs(lines: list[str]) -> list[list[str]]:
    """Split lines at blank lines into paragraphs, removing the common indentation."""
    indents = [_indent(line) for line in lines if line.strip()]
    margin = min(indents, default=0)
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line[margin:])
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def _keeps_line_breaks(paragraph: list[str]) -> bool:
    """A paragraph of list items, headings, quotes or table rows keeps its line breaks."""
    return any(_BULLET_RE.match(line) or _STRUCTURAL_RE.match(line) for line in paragraph)


def _markdown_paragraphs(lines: list[str]) -> str:
    """Background text: Markdown kept, wrapped lines joined, paragraphs blank-separated."""
    paragraphs = []
    for paragraph in _paragraphs(lines):
        if _keeps_line_breaks(paragraph):
            paragraphs.append("\n".join(paragraph))
        else:
            paragraphs.append(" ".join(line.strip() for line in paragraph))
    return "\n\n".join(paragraphs)


def _plain_paragraphs(lines: list[str]) -> str:
    """Closing text: like the background, but with Markdown removed.

    A Markdown heading becomes a paragraph of its own.
    """
    spaced: list[str] = []
    for line in lines:
        spaced.extend([line, ""] if _ATX_RE.match(line) else [line])
    paragraphs = []
    for paragraph in _paragraphs(spaced):
        plain = [_plain(_heading_text(line)) for line in paragraph]
        separator = "\n" if _keeps_line_breaks(paragraph) else " "
        paragraphs.append(separator.join(line for line in plain if line))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
