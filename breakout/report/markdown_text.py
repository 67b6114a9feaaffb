"""The briefing's Markdown as the report shows it: blocks of text in regular, bold and italic.

The background keeps the Markdown it was written in (see
:mod:`breakout.briefing`). The PDF lays it out from :func:`blocks`:
paragraphs, list items (bulleted or numbered), headings and quotes, each as
spans of text with a weight — never with the marks themselves. Only marks
that open and close around words count: "2 * 3" and "snake_case_name" stay as
they are, and ``\\*`` is a literal asterisk. A link shows its text followed
by its address in brackets (a printed page cannot be clicked), so nothing
that was typed is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: (text, weight): weight is "regular", "bold" or "italic".
Span = tuple[str, str]

_ESCAPED = re.compile(r"\\([\\`*_\[\]()#+\-.!>|])")
#: Private-use stand-ins for escaped characters while the marks are read.
_STAND_IN = 0xF0000

_INLINE = re.compile(
    r"\[(?P<label>[^\]]+)\]\((?P<url>[^)\s]+)\)"
    r"|(?P<bi_mark>\*\*\*|___)(?=\S)(?P<bi>.+?)(?<=\S)(?P=bi_mark)"
    r"|(?P<b_mark>\*\*|__)(?=\S)(?P<b>.+?)(?<=\S)(?P=b_mark)"
    r"|(?<![\w*])\*(?=[^\s*])(?P<i>.+?)(?<=[^\s*])\*(?![\w*])"
    r"|(?<![\w_])_(?=[^\s_])(?P<u>.+?)(?<=[^\s_])_(?![\w_])"
    r"|`(?P<code>[^`]+)`"
)
_ITEM = re.compile(r"^\s*(?:(?P<bullet>[-*+•])|(?P<number>\d{1,3})[.)])\s+(?P<text>.*)$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.*?)\s*#*\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(?P<text>.*)$")


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph", "item", "heading" or "quote"
    spans: tuple[Span, ...]
    marker: str = ""  # "•" or "3." for a list item


def _hide_escapes(text: str) -> str:
    return _ESCAPED.sub(lambda m: chr(_STAND_IN + ord(m.group(1))), text)


def _show_escapes(text: str) -> str:
    return re.sub("[\U000f0000-\U000f00ff]", lambda m: chr(ord(m.group(0)) - _STAND_IN), text)


def _inline(text: str, weight: str) -> list[Span]:
    out: list[Span] = []
    at = 0
    for m in _INLINE.finditer(text):
        out.append((text[at : m.start()], weight))
        if m["label"] is not None:
            out += _inline(m["label"], weight)
            if m["url"] != m["label"]:
                out.append((f" ({m['url']})", weight))
        elif m["bi"] is not None:
            out += _inline(m["bi"], "bold")
        elif m["b"] is not None:
            out += _inline(m["b"], "bold")
        elif m["i"] is not None or m["u"] is not None:
            inner = m["i"] if m["i"] is not None else m["u"]
            out += _inline(inner, "italic" if weight == "regular" else weight)
        else:
            out.append((m["code"], weight))
        at = m.end()
    out.append((text[at:], weight))
    return out


def spans(text: str, weight: str = "regular") -> tuple[Span, ...]:
    """One line or paragraph of Markdown as spans of plain text (marks removed)."""
    found = _inline(_hide_escapes(" ".join(text.split())), weight)
    merged: list[Span] = []
    for part, w in found:
        part = _show_escapes(part)
        if not part:
            continue
        if merged and merged[-1][1] == w:
            merged[-1] = (merged[-1][0] + part, w)
        else:
            merged.append((part, w))
    return tuple(merged)


def plain(text: str) -> str:
    """Markdown as plain words (marks removed, one paragraph)."""
    return "".join(part for part, _ in spans(text))


def blocks(text: str) -> list[Block]:
    """The Markdown text's blocks, in order (blank lines part paragraphs)."""
    out: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines: list[tuple[str, str, str]] = []  # (kind, marker, text)
        for line in chunk.splitlines():
            if not line.strip():
                continue
            item, heading, quote = _ITEM.match(line), _HEADING.match(line), _QUOTE.match(line)
            if item:
                marker = "•" if item["bullet"] else f"{item['number']}."
                lines.append(("item", marker, item["text"]))
            elif heading:
                lines.append(("heading", "", heading["text"]))
            elif quote:
                lines.append(("quote", "", quote["text"]))
            elif lines and lines[-1][0] in ("item", "paragraph", "quote"):
                kind, marker, before = lines[-1]
                lines[-1] = (kind, marker, f"{before} {line.strip()}")
            else:
                lines.append(("paragraph", "", line))
        for kind, marker, body in lines:
            found = spans(body, "bold" if kind == "heading" else "regular")
            if found:
                out.append(Block(kind, found, marker))
    return out
