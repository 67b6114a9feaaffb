"""Words of a PDF with their positions, read back with poppler's ``pdftotext -bbox``."""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path
from typing import NamedTuple

from tests.helpers import need_poppler

_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


class PdfWord(NamedTuple):
    left: float
    top: float
    right: float
    bottom: float
    text: str


def pdf_words(pdf: Path) -> list[PdfWord]:
    """Every word drawn in the PDF, page after page (skips without poppler)."""
    need_poppler()
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        PdfWord(float(a), float(b), float(c), float(d), html.unescape(text))
        for a, b, c, d, text in _WORD.findall(xml)
    ]
