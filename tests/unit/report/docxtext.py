"""Reading a .docx back as someone would who looks for names in it: every part's text.

A Word document is a zip of XML parts; the words of ``word/document.xml`` are
split over runs (and ours over runs of one script each), so the text of each
paragraph is joined before it is searched. Every other part (the document's
properties in ``docProps/core.xml``, styles, numbering…) is searched too.
"""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

_PARAGRAPH_END = re.compile(r"</w:p>|<w:br/>|<w:tab/>|</dc:\w+>|</cp:\w+>|</dcterms:\w+>")
_TAG = re.compile(r"<[^>]*>")


def part_texts(path: Path) -> dict[str, str]:
    """The text of every XML part of the package, by part name (one line per paragraph)."""
    texts: dict[str, str] = {}
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if not name.endswith((".xml", ".rels")):
                continue
            xml = package.read(name).decode("utf-8")
            texts[name] = html.unescape(_TAG.sub("", _PARAGRAPH_END.sub("\n", xml)))
    return texts


def docx_text(path: Path) -> str:
    """All the text of the package, part after part."""
    return "\n".join(part_texts(path).values())
