"""Chinese punctuation never starts a line of the PDF report.

Checked twice: on reportlab's own line breaking of a paragraph at many narrow
widths, and in a report's PDF read back with poppler's ``pdftotext -bbox``.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from breakout.report import build_content, render_pdf_bytes
from breakout.report.pdf_cjk import has_wide
from breakout.report.pdf_layout import _Writer
from breakout.report.pdf_text import register_fonts
from breakout.session import Session
from tests.helpers import FakeClock, need_poppler
from tests.unit.report.pdfwords import pdf_words

#: Marks a reader of Chinese never expects at the start of a line.
CLOSING = "，。、；：？！）」』"
TEXT = (
    "企业应当支付公平工资，并尊重工人的结社自由。供应商必须按时获得付款；否则工资无法增长！"
    "我们需要（透明的）「数据」和『报告』：谁来负责？招聘费用、证件费用、培训费用，"
    "都不应由工人承担。"
)
MIXED = "Les travailleurs migrants 企业应当支付公平工资，并尊重 ILO C181 in 2026 — Россия（公平）。"


def line_texts(text: str, width: float) -> list[str]:
    register_fonts()
    para = _Writer().para(text, "cell")
    para.wrap(width, 1e9)
    return ["".join(getattr(frag, "text", "") for frag in line.words) for line in para.blPara.lines]


@pytest.mark.parametrize("text", [TEXT, MIXED], ids=["chinese", "mixed"])
def test_no_line_starts_with_closing_punctuation_at_any_width(text: str) -> None:
    for width in range(30, 260, 3):
        lines = line_texts(text, width)
        assert "".join(lines).replace(" ", "") == text.replace(" ", ""), "nothing is lost"
        starts = [line[0] for line in lines[1:] if line]
        assert not [c for c in starts if c in CLOSING], (width, lines)
        if text is MIXED:
            words = " ".join(lines).split()
            assert "C181" in words and "Россия（公平）。" in "".join(words)


def test_a_long_chinese_contribution_in_the_report(tmp_path: Path) -> None:
    need_poppler()
    with Session.create(tmp_path / "s.breakout", clock=FakeClock(), title="公平招聘") as session:
        who = session.people.add_participant("王小明", may_be_named=True, present=True).result
        point = session.agenda.add_point("招聘费用由谁承担？").result
        session.agenda.start_point(point)
        for shift in range(12):  # each line break falls one character further on
            session.capture.add_contribution(
                "工" * shift + TEXT * 2, point_id=point, participant_id=who
            )
        pdf = tmp_path / "r.pdf"
        pdf.write_bytes(render_pdf_bytes(build_content(session, sections=["appendix"])))
    lines: dict[float, list[tuple[float, str]]] = defaultdict(list)
    for word in pdf_words(pdf):
        lines[round(word.bottom)].append((word.left, word.text))
    chinese = [sorted(words) for words in lines.values() if any(has_wide(w) for _, w in words)]
    assert len(chinese) > 8, "the contribution takes many lines"
    starts = [words[0][1][0] for words in chinese]
    assert not [c for c in starts if c in CLOSING], starts


def test_japanese_small_kana_and_long_marks_stay_with_what_comes_before() -> None:
    japanese = (
        "トラックのドライバーは、ちょっと待ってください。「ショッピング」センターへ行きましょう！"
    )
    never_first = set("ーっゃゅょッャュョ、。」！")
    # From four characters wide: "「ショッ" may not be broken, so it needs that much.
    for width in range(45, 200, 3):
        lines = line_texts(japanese, width)
        assert "".join(lines) == japanese, "nothing is lost"
        assert not [line for line in lines[1:] if line and line[0] in never_first], (width, lines)
        assert not [line for line in lines if line.endswith("「")], (width, lines)
