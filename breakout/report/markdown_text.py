"""The briefing's Markdown as the report shows it: blocks of text in regular, bold and italic.

The background keeps the Markdown it was written in (see
:mod:`breakout.briefing`). It is read as CommonMark by markdown-it-py (raw
HTML is kept as typed text), and the PDF lays it out from :func:`blocks`:
paragraphs, list items (bulleted or numbered), headings and quotes, each as
spans of text with a weight — never with the marks themselves. What is
specific to the report is only how tokens become spans: strong text is bold
(also inside emphasis), emphasis is italic, code is plain text, and a link
shows its text followed by its address in brackets (a printed page cannot be
clicked), so nothing that was typed is lost. A code block is one paragraph of
its text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

#: (text, weight): weight is "regular", "bold" or "italic".
Span = tuple[str, str]


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph", "item", "heading" or "quote"
    spans: tuple[Span, ...]
    marker: str = ""  # "•" or "3." for a list item


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False})


def _weight(base: str, strong: int, em: int) -> str:
    if strong or base == "bold":
        return "bold"
    if em or base == "italic":
        return "italic"
    return base


def _inline_spans(children: Sequence[Token], base: str) -> list[Span]:
    """The spans of one inline token's children (text with weights, marks gone)."""
    out: list[Span] = []
    strong = em = 0
    links: list[str] = []  # the address of each open link, or "" when its text is it
    link_text: list[str] = []
    for token in children:
        weight = _weight(base, strong, em)
        if token.type in ("text", "code_inline"):
            out.append((token.content, weight))
            if link_text:
                link_text[-1] += token.content
        elif token.type in ("softbreak", "hardbreak"):
            out.append((" ", weight))
        elif token.type == "strong_open":
            strong += 1
        elif token.type == "strong_close":
            strong -= 1
        elif token.type == "em_open":
            em += 1
        elif token.type == "em_close":
            em -= 1
        elif token.type == "link_open":
            links.append(str(token.attrGet("href") or ""))
            link_text.append("")
        elif token.type == "link_close" and links:
            href, text = links.pop(), link_text.pop()
            if href and href not in (text, f"mailto:{text}"):
                out.append((f" ({href})", weight))
        elif token.type == "image":
            out += _inline_spans(token.children or [], weight)
            src = str(token.attrGet("src") or "")
            if src:
                out.append((f" ({src})", weight))
    return out


def _tidy(found: Sequence[Span]) -> tuple[Span, ...]:
    """Spans with runs of white space made one space, none at the ends, equal weights merged."""
    merged: list[Span] = []
    for part, weight in found:
        part = re.sub(r"\s+", " ", part)
        if not merged or merged[-1][0].endswith(" "):
            part = part.lstrip(" ")
        if not part:
            continue
        if merged and merged[-1][1] == weight:
            merged[-1] = (merged[-1][0] + part, weight)
        else:
            merged.append((part, weight))
    if merged:
        last, weight = merged[-1]
        if last.rstrip(" "):
            merged[-1] = (last.rstrip(" "), weight)
        else:
            merged.pop()
    return tuple(merged)


def spans(text: str, weight: str = "regular") -> tuple[Span, ...]:
    """One line or paragraph of Markdown as spans of plain text (marks removed)."""
    children = [
        child
        for line in _parser().parseInline(" ".join(text.split()))
        for child in line.children or []
    ]
    return _tidy(_inline_spans(children, weight))


def plain(text: str) -> str:
    """Markdown as plain words (marks removed, one paragraph)."""
    return "".join(part for part, _ in spans(text))


def blocks(text: str) -> list[Block]:
    """The Markdown text's blocks, in order: each paragraph, item, heading or quote."""
    out: list[Block] = []
    lists: list[str] = []  # the open lists' bullet marks ("" for a numbered list)
    item_marker: list[str] = []  # per open item, its marker until its first block takes it
    quotes = 0
    heading = False

    def add(kind: str, found: tuple[Span, ...]) -> None:
        if not found:
            return
        if item_marker:
            out.append(Block("item", found, item_marker[-1]))
            item_marker[-1] = ""
        else:
            out.append(Block("quote" if quotes else kind, found))

    for token in _parser().parse(text):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            lists.append("•" if token.type == "bullet_list_open" else "")
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif token.type == "list_item_open":
            item_marker.append(lists[-1] or f"{token.info}{token.markup}")
        elif token.type == "list_item_close":
            item_marker.pop()
        elif token.type == "blockquote_open":
            quotes += 1
        elif token.type == "blockquote_close":
            quotes -= 1
        elif token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        elif token.type == "inline":
            base = "bold" if heading else "regular"
            add(
                "heading" if heading else "paragraph",
                _tidy(_inline_spans(token.children or [], base)),
            )
        elif token.type in ("fence", "code_block"):
            add("paragraph", _tidy([(token.content, "regular")]))
    return out
