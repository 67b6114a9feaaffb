"""Arabic in the PDF report reads right to left, mixed with Latin names and digits.

The PDF is read back with poppler's ``pdftotext -bbox``: each word with its
position. Letters come back as the glyphs drawn (Arabic presentation forms),
so a word is recognised by its letters after NFKC, in any order.
"""

from __future__ import annotations

import unicodedata
from itertools import pairwise
from pathlib import Path

import icu

from breakout.report import build_content, render_pdf_bytes
from breakout.session import Session
from tests.helpers import FakeClock
from tests.unit.report.pdfwords import pdf_words

ARABIC = "يجب على الشركات دفع أجور عادلة للعمال في جميع مراحل التوريد."
MIXED = "قال John Smith إن 25 عاملا دفعوا الرسوم"


def letters(word: str) -> str:
    return "".join(sorted(unicodedata.normalize("NFKC", word)))


def words_on_pdf(tmp_path: Path, texts: list[str]) -> list[tuple[float, float, float, str]]:
    """(top, left, right, letters) of every word of a report whose contributions are ``texts``."""
    clock = FakeClock()
    with Session.create(tmp_path / "s.breakout", clock=clock, title="Recrutement") as session:
        who = session.people.add_participant("Amina Haddad", may_be_named=True, present=True)
        point = session.agenda.add_point("Les frais de recrutement").result
        session.agenda.start_point(point)
        for text in texts:
            clock.advance(60)
            session.capture.add_contribution(
                text, point_id=point, participant_id=who.result, kind="comment"
            )
        pdf = tmp_path / "r.pdf"
        pdf.write_bytes(render_pdf_bytes(build_content(session, sections=["appendix"])))
    return [(w.top, w.left, w.right, letters(w.text)) for w in pdf_words(pdf)]


def find(
    words: list[tuple[float, float, float, str]], word: str
) -> tuple[float, float, float, str]:
    (hit,) = [w for w in words if w[3] == letters(word)]
    return hit


def seen_and_expected(tmp_path: Path, sentence: str) -> tuple[list[str], list[str]]:
    """The sentence's words left to right on the PDF, and as ICU's visual reordering has them.

    The words are compared by their letters (see :func:`letters`), so an Arabic
    word matches whichever order its glyphs come back in.
    """
    bidi = icu.Bidi()
    bidi.setPara(icu.UnicodeString(sentence), 1)
    expected = [letters(w) for w in str(bidi.writeReordered(icu.Bidi.DO_MIRRORING)).split()]
    words = words_on_pdf(tmp_path, [sentence])
    top = find(words, sentence.split()[0])[0]
    line = sorted(
        (w for w in words if abs(w[0] - top) < 5 and w[3] in expected), key=lambda w: w[1]
    )
    return [w[3] for w in line], expected


def test_a_latin_sentence_ending_in_a_full_stop_reads_in_order_inside_arabic(
    tmp_path: Path,
) -> None:
    # The full stop stands at the Latin run's left, where the algorithm puts it;
    # "first" stays last of the Latin words instead of jumping before "Maria".
    seen, expected = seen_and_expected(tmp_path, "قال المدير إن Maria spoke first. ثم انتهى")
    assert seen == expected
    assert expected.index(letters("spoke")) < expected.index(letters("first"))


def test_a_latin_question_inside_arabic_keeps_its_words_in_order(tmp_path: Path) -> None:
    seen, expected = seen_and_expected(tmp_path, "سأل أحمد What is the matter? ثم سكت")
    assert seen == expected
    assert letters("?What") in seen, "the question mark is set where the algorithm puts it"


def test_a_list_of_latin_names_inside_arabic_keeps_each_name_in_order(tmp_path: Path) -> None:
    seen, expected = seen_and_expected(tmp_path, "تحدثت Ana Gómez; Marta Ruiz; ثم مريم علي")
    assert seen == expected
    # The second semicolon sits between Latin and Arabic: the algorithm sets it
    # at the names' left, and the names keep their typed order.
    names = [letters(w) for w in (";Ana", "Gómez;", "Marta", "Ruiz")]
    assert [w for w in seen if w in names] == names


def test_the_words_of_an_arabic_sentence_run_right_to_left(tmp_path: Path) -> None:
    words = words_on_pdf(tmp_path, [ARABIC])
    placed = [find(words, w) for w in ARABIC.split()]
    assert len({round(top) for top, *_ in placed}) == 1, "the sentence fits on one line"
    lefts = [left for _, left, _, _ in placed]
    assert lefts == sorted(lefts, reverse=True), "each word stands left of the one before"
    full_stop = placed[-1]
    assert full_stop[3].count(".") == 1
    assert full_stop[1] == min(lefts), "the full stop ends the sentence at its left end"


def test_a_latin_name_and_a_number_stay_whole_inside_arabic(tmp_path: Path) -> None:
    words = words_on_pdf(tmp_path, [MIXED])
    said, john, smith, that, number = (find(words, w) for w in MIXED.split()[:5])
    assert john[2] < smith[1], "John Smith reads left to right"
    assert number[3] == letters("25")
    # Logical order runs right to left: قال, then the name, then إن, then 25.
    assert said[1] > smith[2] and john[1] > that[2] and that[1] > number[2]


def test_brackets_around_an_arabic_word_open_on_its_right(tmp_path: Path) -> None:
    sentence = "قال (ملاحظة) مهمة"
    words = words_on_pdf(tmp_path, [sentence])
    note = find(words, "ملاحظة")
    brackets = [w for w in words if w[3] in {"(", ")"} and abs(w[0] - note[0]) < 5]
    left_of = [w[3] for w in brackets if w[2] <= note[1] + 0.5]
    right_of = [w[3] for w in brackets if w[1] >= note[2] - 0.5]
    # Typed "(" first: in a right-to-left line it stands on the word's right,
    # drawn as the bracket that opens toward the word.
    assert (left_of, right_of) == (["("], [")"])


def test_brackets_around_arabic_words_stand_close_to_them(tmp_path: Path) -> None:
    # The brackets are in the Latin font, the words in the Arabic one: no space
    # was typed between them, so none shows.
    words = words_on_pdf(tmp_path, ["قال (مقترح، لم يقبل بعد) أمس"])
    said, proposal, yet, yesterday = (find(words, w) for w in ("قال", "مقترح،", "بعد", "أمس"))
    # Drawn right to left: the typed "(" is the glyph ")" right of its word.
    opening, closing = (
        next(w for w in words if w[3] == glyph and abs(w[0] - said[0]) < 5) for glyph in ")("
    )
    typed = said[1] - opening[2]  # the space typed before the bracket
    assert typed > 1.5
    assert opening[1] - proposal[2] < typed / 4, "the opening bracket touches its word"
    assert yet[1] - closing[2] < typed / 4, "the closing bracket touches its word"
    assert closing[1] - yesterday[2] > typed / 2


def test_every_line_of_a_long_arabic_paragraph_runs_right_to_left(tmp_path: Path) -> None:
    bases = [w.rstrip(".") for w in ARABIC.split()]
    typed = [prefix + base for prefix in ("", "و", "ف", "ب") for base in bases]
    words = words_on_pdf(tmp_path, [" ".join(typed)])
    placed = [find(words, w) for w in typed]
    tops = sorted({round(top) for top, *_ in placed})
    assert len(tops) >= 3, "the paragraph wraps"
    for earlier, later in pairwise(placed):
        if abs(earlier[0] - later[0]) < 5:
            assert later[2] < earlier[1], "on one line each word stands left of the one before"
        else:
            assert later[0] > earlier[0] + 5, "the next line is below"


def test_an_arabic_key_message_has_its_bullet_on_the_right(tmp_path: Path) -> None:
    # reportlab draws bullets at the left edge; a right-to-left item must start, and so
    # carry its bullet, at the right, where a reader of Arabic looks for it.
    with Session.create(tmp_path / "s.breakout", clock=FakeClock(), title="Eau") as session:
        session.outcome.edit_session(key_messages=f"- {ARABIC}\n- Water first")
        pdf = tmp_path / "r.pdf"
        pdf.write_bytes(render_pdf_bytes(build_content(session, sections=["outcome"])))
    words = pdf_words(pdf)
    first = find([(w.top, w.left, w.right, letters(w.text)) for w in words], ARABIC.split()[0])
    bullets = [w for w in words if w.text.startswith("•")]
    (rtl_bullet,) = [b for b in bullets if abs(b.top - first[0]) < 6]  # on its line
    assert rtl_bullet.left > first[2], "the bullet stands right of the first word"
    (ltr_bullet,) = [b for b in bullets if b is not rtl_bullet]
    water = next(w for w in words if w.text == "Water")
    assert ltr_bullet.right < water.left, "a left-to-right item keeps its bullet on the left"


def test_an_arabic_report_ends_a_point_s_contribution_count_with_its_full_stop_at_the_left(
    tmp_path: Path,
) -> None:
    # The sentence is the report's own, in Arabic: it runs right to left like
    # the text around it, so "… تحت البند 1." ends at the left with its full stop.
    clock = FakeClock()
    with Session.create(tmp_path / "s.breakout", clock=clock, title="Eau") as session:
        point = session.agenda.add_point("Les frais de recrutement").result
        session.agenda.start_point(point)
        session.capture.add_contribution(ARABIC, point_id=point, kind="comment")
        content = build_content(session, sections=["points", "appendix"], language="ar")
        pdf = tmp_path / "r.pdf"
        pdf.write_bytes(render_pdf_bytes(content))
    words = pdf_words(pdf)
    item = next(w for w in words if letters(w.text) == letters("البند"))
    line = sorted((w for w in words if abs(w.top - item.top) < 5), key=lambda w: w.left)
    assert letters(line[0].text) in {letters("1."), letters(".")}, [w.text for w in line]
    assert line[0].text.count(".") == 1
