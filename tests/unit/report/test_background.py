"""The briefing's background is laid out as Markdown: no stray marks on the cover."""

from __future__ import annotations

from pathlib import Path

from breakout.briefing import parse_briefing
from breakout.report import build_content, render_pdf_bytes
from breakout.report.exports import markdown
from breakout.report.markdown_text import blocks, spans
from breakout.session import Session
from tests.helpers import FakeClock
from tests.unit.report.pdfwords import pdf_words

BRIEFING = """# Regional Forum on Water and Sanitation 2027

**Amman, Jordan — 14–15 October 2027**

## Breakout Session 3: "Who keeps the taps running?"

### Background

In many cities, *one household in four* still waits for water. This breakout asks
what each of them should **commit to** and ***by when***, as the
[Amman Declaration](https://example.org/amman) asks.

What the room should weigh:

* tariffs that the **poorest** can pay;
* metering, as in the file snake_case_name.csv (2 * 3 districts);
- __open data__ on service hours, with a literal \\* kept.

1. First, the _evidence_.
2. Then the commitments.

### Points of Discussion

1. Who pays for the pipes?
"""


def test_inline_marks_become_weights() -> None:
    assert spans("a **b** *c* ***d*** _e_ __f__ `g`") == (
        ("a ", "regular"),
        ("b", "bold"),
        (" ", "regular"),
        ("c", "italic"),
        (" ", "regular"),
        ("d", "bold"),
        (" ", "regular"),
        ("e", "italic"),
        (" ", "regular"),
        ("f", "bold"),
        (" g", "regular"),
    )
    assert spans("2 * 3 * 4 and snake_case_name") == (("2 * 3 * 4 and snake_case_name", "regular"),)
    assert spans("see [the text](https://x.org/a) and \\*this\\*") == (
        ("see the text (https://x.org/a) and *this*", "regular"),
    )


def test_lists_keep_their_items_and_numbers() -> None:
    found = blocks("Intro *text*.\n\n* one\n* two\n  continued\n\n1. first\n2. second")
    assert [(b.kind, b.marker, "".join(t for t, _ in b.spans)) for b in found] == [
        ("paragraph", "", "Intro text."),
        ("item", "•", "one"),
        ("item", "•", "two continued"),
        ("item", "1.", "first"),
        ("item", "2.", "second"),
    ]


def test_the_background_shows_no_markdown_marks(tmp_path: Path) -> None:
    with Session.create(tmp_path / "s.breakout", clock=FakeClock()) as session:
        session.import_briefing(parse_briefing(BRIEFING))
        content = build_content(session, sections=["background"])
        pdf = tmp_path / "r.pdf"
        pdf.write_bytes(render_pdf_bytes(content))
    words = [w.text for w in pdf_words(pdf)]
    text = " ".join(words)
    assert "**" not in text
    # Only the asterisks that were meant: "2 * 3" and the escaped one.
    assert [w for w in words if w.startswith(("*", "_")) or w.endswith(("*", "_"))] == ["*", "*"]
    assert "with a literal * kept." in text
    assert "one household in four still waits" in text
    assert "Amman Declaration (https://example.org/amman) asks." in text
    assert "• tariffs that the poorest can pay;" in text
    assert "2 * 3 districts" in text and "snake_case_name.csv" in text
    assert "1. First, the evidence." in text and "2. Then the commitments." in text
    # The Markdown export keeps the Markdown, its headings under "## Background".
    md = markdown(content)
    assert "should **commit to** and ***by when***" in md
    assert "\n* tariffs that the **poorest** can pay;\n" in md


def test_commonmark_blocks_keep_every_word_typed() -> None:
    found = blocks(
        "## Les *enjeux*\n\n"
        "> قال John إن **25** عاملا\n\n"
        "3) d'abord <https://x.org/a> et <b>gras</b>\n"
        "   * 工人的**工资**\n\n"
        "   second paragraph of the item\n"
    )
    assert [(b.kind, b.marker, b.spans) for b in found] == [
        ("heading", "", (("Les enjeux", "bold"),)),
        ("quote", "", (("قال John إن ", "regular"), ("25", "bold"), (" عاملا", "regular"))),
        ("item", "3)", (("d'abord https://x.org/a et <b>gras</b>", "regular"),)),
        ("item", "•", (("工人的", "regular"), ("工资", "bold"))),
        ("item", "", (("second paragraph of the item", "regular"),)),
    ]
