"""The Markdown-ish line reader: normalised lines, headings, list items, emphasis, paragraphs."""

from __future__ import annotations

import bisect
import re
import unicodedata

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

_SECTION_NUMBER_RE = re.compile(r"^(?:\d{1,2}|[ivxIVX]{1,4}|[A-Za-z])[.)]\s+")
_TRAILING_PARENTHESIS_RE = re.compile(r"\s*\([^()]*\)$")


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
