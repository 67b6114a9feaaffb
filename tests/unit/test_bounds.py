"""Numbers a room can produce, and parsing that takes time in proportion to the text.

Hand counts and dot budgets have ceilings, in the engine and in any file it
reads; the briefing's Markdown is read in linear time, with the same result
as the patterns it replaced (kept here as the oracle, on texts short enough
for them).
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from breakout.briefing.lines import _atx, _without_emphasis
from breakout.errors import BreakoutError
from breakout.session import Session
from breakout.tally import tally_round
from breakout.voting import MAX_DOT_BUDGET, MAX_HANDS, normalise_settings

ITEMS = ["Publier le calendrier", "نشر جدول التقنين", "公开配水时间表"]


def _round(session: Session, method: str) -> tuple[int, list[int]]:
    rid = session.voting.create_round(method=method, items=ITEMS).result
    session.voting.open_round(rid)
    return rid, [i.id for i in session.voting.round_items(rid)]


def test_a_hand_count_with_nobody_on_the_roster_has_a_ceiling(session: Session) -> None:
    rid, items = _round(session, "approval")
    with pytest.raises(BreakoutError, match=r"more than a count can hold \(9999\)"):
        session.voting.record_hand_tally(rid, {items[0]: 10**12})
    session.voting.record_hand_tally(rid, {items[0]: MAX_HANDS, items[1]: 12})
    assert session.voting.hand_tallies(rid) == [(items[0], 0, MAX_HANDS), (items[1], 0, 12)]


def test_a_hand_count_is_never_above_the_people_present(session: Session) -> None:
    for name in ("Élise Marchand", "Zainab Al-Khatib", "李伟"):
        session.people.add_participant(name)  # nobody checked in: the roster counts
    rid, items = _round(session, "agreement")
    with pytest.raises(BreakoutError, match="more than the 3 people"):
        session.voting.record_hand_tally(rid, {items[0]: 2**62}, level=4)
    with pytest.raises(BreakoutError, match="no level 6"):
        session.voting.record_hand_tally(rid, {items[0]: 1}, level=6)
    with pytest.raises(BreakoutError, match="whole number"):
        session.voting.record_hand_tally(rid, {items[0]: True}, level=2)
    assert session.voting.hand_tallies(rid) == []


@pytest.mark.parametrize(
    ("method", "values", "error"),
    [
        ("dots", {"budget": 10**12}, "the dot budget must be between 1 and 50"),
        ("dots", {"budget": MAX_DOT_BUDGET + 1}, "the dot budget must be between 1 and 50"),
        ("ranking", {"max_ranked": 2**63}, "the number of items to rank must be between 1 and 99"),
    ],
)
def test_voting_settings_have_ceilings(method: str, values: dict[str, int], error: str) -> None:
    with pytest.raises(BreakoutError, match=error):
        normalise_settings(method, values, 3)


def test_a_file_holding_an_impossible_hand_count_is_refused_when_counted(
    session: Session, session_path: Path
) -> None:
    rid, items = _round(session, "dots")
    session.voting.record_hand_tally(rid, {items[0]: 7})
    session.voting.close_round(rid)
    session.close()
    conn = sqlite3.connect(session_path)  # the file, changed behind Breakout's back
    conn.execute("UPDATE hand_tallies SET count = ?", (2**62,))
    conn.commit()
    conn.close()
    with (
        Session.open(session_path, readonly=True) as reopened,
        pytest.raises(BreakoutError, match="more than a count can hold"),
    ):
        tally_round(reopened, rid)


# -- linear Markdown -------------------------------------------------------------------------

OLD_STAR = re.compile(r"(?<!\*)(\*{1,3})(?![*\s])(.{1,1000}?)(?<=[^*\s])\1(?!\*)")
OLD_UNDERSCORE = re.compile(r"(?<![\w_])(_{1,3})(?![_\s])(.{1,1000}?)(?<=[^_\s])\1(?![\w_])")
OLD_ATX = re.compile(r"^\s*(#{1,6})(?!#)\s*(.*?)(?:\s+#+)?\s*$")

MARKDOWNISH = st.text(alphabet="*_# \t\na.é1", max_size=60)


@settings(max_examples=3000, derandomize=True, deadline=None)
@given(MARKDOWNISH)
def test_emphasis_is_removed_as_the_old_patterns_removed_it(text: str) -> None:
    assert _without_emphasis(text, "*") == OLD_STAR.sub(r"\2", text)
    assert _without_emphasis(text, "_") == OLD_UNDERSCORE.sub(r"\2", text)


@settings(max_examples=3000, derandomize=True, deadline=None)
@given(MARKDOWNISH)
def test_headings_are_read_as_the_old_pattern_read_them(text: str) -> None:
    line = text.replace("\n", " ")
    old = OLD_ATX.match(line)
    assert _atx(line) == (None if old is None else (len(old.group(1)), old.group(2)))


@pytest.mark.parametrize("size", [999, 1000, 1001])
def test_emphasis_spans_at_most_a_thousand_characters_as_before(size: int) -> None:
    text = f"*{'a' * size}* et _{'b' * size}_"
    expected = OLD_UNDERSCORE.sub(r"\2", OLD_STAR.sub(r"\2", text))
    assert _without_emphasis(_without_emphasis(text, "*"), "_") == expected
